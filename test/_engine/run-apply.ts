/**
 * `applyPlan` through a recorder, with everything it says collected: the tests compare its calls
 * with docker's and its log lines with docker's stdout.
 */
import { readFileSync } from 'node:fs';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import type { Plan } from '../../src/emit/plan/types.js';
import { applyPlan, type ApplyResult } from '../../src/engine/apply.js';
import { EngineClient } from '../../src/engine/client.js';
import type { Recorder, RecordedCall } from './recorder.js';

/** What one apply did. */
export interface AppliedRun {
  readonly result: ApplyResult;
  readonly diagnostics: readonly DiagnosticInput[];
  readonly logs: readonly string[];
  readonly calls: readonly RecordedCall[];
}

/** Apply `plan` with a fresh client routed through `recorder` (cleared first). */
export async function applyThrough(recorder: Recorder, plan: Plan, dockerHost = recorder.dockerHost): Promise<AppliedRun> {
  recorder.clear();
  const client = EngineClient.create({ dockerHost, timeoutMs: 10_000 });
  if ('error' in client) throw new Error(client.error);
  const diagnostics: DiagnosticInput[] = [];
  const logs: string[] = [];
  const result = await applyPlan(plan, client, {
    readFile: (p) => readFileSync(p),
    report: (d) => diagnostics.push(d),
    log: (line) => logs.push(line),
  });
  return { result, diagnostics, logs, calls: recorder.calls() };
}

/** docker's progress lines (`Creating …`, `Updating …`), IDs masked, sorted (docker's order is random). */
export function progressLines(text: string | readonly string[]): string[] {
  const lines = typeof text === 'string' ? text.split('\n') : [...text];
  return lines
    .map((l) => l.trim())
    .filter((l) => /^(Creating|Updating) /.test(l))
    .map((l) => l.replace(/\(id: \w+\)/, '(id: ID)'))
    .sort();
}
