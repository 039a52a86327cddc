import type { Report } from '../diagnostics/diagnostic.js';
import type { Env, ReadFile } from '../options.js';
/** One compose file's first document as plain data (as the loader returns it), with its display and absolute path. */
export interface RawDocument { readonly file: string; readonly absPath?: string; readonly data: Record<string, unknown> }
/** What the compose-mode steps share. */
export interface ComposeContext {
  readonly projectDir: string;     // absolute; relative paths resolve against it
  readonly projectName: string;
  readonly env: Env;               // resolved project environment (shell > --env-file > .env)
  readonly readFile: ReadFile;
  readonly report: Report;
}
