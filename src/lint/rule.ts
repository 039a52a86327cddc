/**
 * The shape of a lint rule, after ESLint's (`meta` + a function over a context), typed like
 * typescript-eslint's `RuleCreator`: generic over its message ids and options, so reporting an
 * unknown message id is a compile-time error rather than a runtime one.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { StackConfig } from '../model/stack-config.js';

/** Severities a rule can be configured to (`off` disables it). */
export type LintSeverity = 'error' | 'warning' | 'info';

/** One raw loaded document, in `-f` order, before interpolation (what the user typed). */
export interface RawDocument {
  readonly file: string;
  readonly data: unknown;
}

/** Replace the value at `path` in `file` with `replacement` (YAML text of the new value). */
export interface FixEdit {
  readonly file: string;
  readonly path: DocPath;
  readonly replacement: string;
}

/** A fix the rule is sure of; the language server turns the edits into text edits. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly FixEdit[];
}

/**
 * Where a finding is. A bare document path is a path of the merged stack; the engine attributes it
 * to the file that wrote it. Rules that found the node in a raw document name the file themselves.
 */
export type Where = DocPath | { readonly file?: string; readonly path: DocPath; readonly atKey?: boolean };

/** Values substituted into `{{placeholders}}` of a message. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule's `check` receives. */
export interface RuleContext<MessageId extends string, Options> {
  /** The merged, normalized stack (what `docker stack config` prints). */
  readonly stack: StackConfig;
  /** The raw documents, in `-f` order, before interpolation. */
  readonly documents: readonly RawDocument[];
  /** The configured options, over `meta.defaultOptions`. */
  readonly options: Options;
  report(messageId: MessageId, where: Where, data?: MessageData, fix?: Fix): void;
}

/** A rule's description: documentation, messages and options. */
export interface RuleMeta<MessageId extends string, Options> {
  /** Equals the rule's file name; the diagnostic code is `lint/<id>`. */
  readonly id: string;
  /** One line: what the rule reports. */
  readonly description: string;
  /** `error` only when docker itself would fail the deploy (or the service could never run). */
  readonly defaultSeverity: LintSeverity;
  /** Message templates by id, with `{{placeholders}}`. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** Why this matters on swarm. */
  readonly rationale: string;
  /** Compose snippets: one the rule reports, one it accepts. */
  readonly examples: { readonly bad: string; readonly good: string };
  /** JSON Schema (draft-07) of the options object, when the rule has options. */
  readonly schema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Options;
}

/** A lint rule. */
export interface Rule<MessageId extends string = string, Options = unknown> {
  readonly meta: RuleMeta<MessageId, Options>;
  check(ctx: RuleContext<MessageId, Options>): void;
}

/**
 * A rule of any message ids and options, as the registry holds them. `check` is declared as a
 * method, so TypeScript compares its parameter bivariantly and any rule fits.
 */
export type AnyRule = Rule<string, any>;

/** Identity function that fixes the type parameters of a rule from its `meta.messages`. */
export function defineRule<MessageId extends string, Options = Record<string, never>>(rule: Rule<MessageId, Options>): Rule<MessageId, Options> {
  return rule;
}
