/**
 * Inputs and outputs of `applyPlan`, shared by its phase files.
 */
import type { Report } from '../diagnostics/diagnostic.js';
import type { PlanKind, PlanStep } from '../emit/plan/types.js';
import type { ReadFile } from '../options.js';
import type { EngineClient } from './client.js';

/** What `applyPlan` needs from the outside world. */
export interface ApplyOptions {
  /** Reads secret/config `DataSource` files. */
  readonly readFile: ReadFile;
  /** Receives engine errors (`engine/<slug>`) and update warnings. */
  readonly report: Report;
  /** Progress lines as docker prints them on stdout (`Creating network s1_default`), no newline. */
  readonly log: (line: string) => void;
}

/**
 * What happened to one step. `exists`: a network already there (docker never updates those);
 * `not-run`: an earlier failure stopped the deploy first.
 */
export type StepOutcome = 'created' | 'updated' | 'exists' | 'failed' | 'not-run';

/** One plan step's fate. */
export interface StepResult {
  readonly id: string;
  readonly kind: PlanKind;
  readonly name: string;
  readonly outcome: StepOutcome;
  /** The engine's ID for the object, when known. */
  readonly engineId?: string;
  /** The error text, for `failed`. */
  readonly error?: string;
}

/** Result of `applyPlan`: `ok` when every step ran and no error was reported. */
export interface ApplyResult {
  readonly ok: boolean;
  /** Every plan step, in plan order. */
  readonly steps: readonly StepResult[];
}

/** State threaded through the phases of one apply. */
export interface ApplyContext {
  readonly client: EngineClient;
  readonly options: ApplyOptions;
  readonly stack: string;
  /** Outcomes so far, by step id. */
  readonly outcomes: Map<string, StepResult>;
  /** IDs of secrets and configs created or updated in this run, by name. */
  readonly ids: { readonly secret: Map<string, string>; readonly config: Map<string, string> };
}

/** A phase's verdict: keep going, or stop (the error is already reported). */
export type PhaseResult = 'continue' | 'stop';

/** Record what happened to `step`. */
export function recordOutcome(ctx: ApplyContext, step: PlanStep, outcome: StepOutcome, extra: { engineId?: string; error?: string } = {}): void {
  ctx.outcomes.set(step.id, { id: step.id, kind: step.kind, name: step.name, outcome, ...extra });
}
