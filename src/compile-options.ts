import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Plan } from './emit/plan/types.js';
import type { StackConfig } from './model/stack-config.js';
import type { Env, ReadFile } from './options.js';

/** Input of {@link compile}: what `stackc compile` gathers from its flags, as data. */
export interface CompileOptions {
  /** Compose files in merge order, as the user wrote them (relative to `cwd`); `-` reads `stdin`. */
  readonly files: readonly string[];
  /** Absolute directory that relative `files` are resolved against. */
  readonly cwd: string;
  /** The process environment (interpolation, value-less `environment` keys, `HOME` for `~`). */
  readonly env: Env;
  /** Text of standard input, when a file is `-`. */
  readonly stdin?: string;
  /** File reader; defaults to the real filesystem. */
  readonly readFile?: ReadFile;
  /** Like `docker stack config --skip-interpolation`: `${...}` left as written. */
  readonly skipInterpolation?: boolean;
  /** Extra variable files (`--env-file`), read in order; the process environment wins over them. */
  readonly envFiles?: readonly string[];
  /**
   * The YAML text is not wanted: editors and `lint` want only diagnostics, and JSON output is
   * built from `stack`. Skips printing the stack; `yaml` is then absent, `stack` is not.
   */
  readonly diagnosticsOnly?: boolean;
  /**
   * Also run the swarm lint rules on the merged stack. Their findings join `diagnostics` with
   * their configured severity but never make `ok` false: whether docker accepts the input is
   * decided by the pipeline alone. A broken lint configuration is an error.
   */
  readonly lint?: LintRequest;
  /**
   * `stack` follows docker stack's rules only; `compose` reads the input as the Compose
   * Specification and translates it (see `src/compose`); `auto` (default) uses compose mode only
   * for input that needs it, so whatever docker stack accepts compiles exactly as docker prints it.
   */
  readonly mode?: 'auto' | 'stack' | 'compose';
  /** Compose mode: active profiles (`--profile`; `COMPOSE_PROFILES` adds to them). */
  readonly profiles?: readonly string[];
  /** Compose mode: `-p/--project-name`. */
  readonly projectName?: string;
  /** Compose mode: `--project-directory` (default: the first file's folder). */
  readonly projectDirectory?: string;
  /** Compose mode: translations that need a human (an image to build and push) are errors, not warnings. */
  readonly strict?: boolean;
  /** Whether a path exists (compose mode's `.env` lookup); default: the real filesystem. */
  readonly exists?: (absPath: string) => boolean;
  /**
   * Compose mode: where files generated for inline configs/secrets go (`.stackc/` inside it): the
   * output's folder with `-o`. Default: the project directory.
   */
  readonly outputDir?: string;
}

/** How to find the lint configuration. */
export interface LintRequest {
  /** An explicit configuration file (absolute, or relative to `cwd`); default: looked up from the first file's folder. */
  readonly configFile?: string;
  /** Whether a path exists, to look the configuration up. */
  readonly exists: (absPath: string) => boolean;
}

/** Output of {@link compile}. */
export interface CompileResult {
  /** True when no error-severity diagnostic was reported. */
  readonly ok: boolean;
  /** The merged, normalized stack (absent when an error stopped the pipeline). */
  readonly stack?: StackConfig;
  /** The stack file as YAML text, exactly as `docker stack config` prints it (absent on error). */
  readonly yaml?: string;
  /** Every diagnostic, located and sorted (file, line, column, code). */
  readonly diagnostics: readonly Diagnostic[];
  /** Decoded text of every input read (compose and env files), by display name: for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** Each compose file's first YAML document as loaded (before interpolation), in `files` order. */
  readonly documents: readonly { readonly file: string; readonly data: unknown }[];
  /** Compose mode: files the stack refers to for configs/secrets given as `content:`/`environment:`. */
  readonly generatedFiles?: readonly { readonly absPath: string; readonly content: string }[];
}

/** Input of `planStack`: a compile plus the stack name to deploy as. */
export interface PlanOptions extends CompileOptions {
  /** The stack (namespace) name, as in `docker stack deploy NAME`. */
  readonly stack: string;
  /** Put secret and config data into the plan (base64, as the engine receives it). Default: a file reference. */
  readonly revealSecrets?: boolean;
}

/** Output of `planStack`. */
export interface PlanResult {
  readonly ok: boolean;
  readonly stack?: StackConfig;
  /** The ordered Engine API calls (absent on error). */
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
}
