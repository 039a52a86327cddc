/**
 * The stack emitter: a {@link StackConfig} printed exactly as `docker stack config` prints it
 * (docker CLI 28, yaml.v3 with indent 2), plus the fixes that make the text a valid stack file for
 * its own `version` (see `legacy-forms.ts`) and, on request, `$` escaping.
 */

import type { StackConfig } from '../../model/stack-config.js';
import { buildStackDocument } from './stack-document.js';
import { toPlain } from './to-plain.js';
import { writeYamlDocument } from './yaml-writer.js';

/** How to print. */
export interface EmitOptions {
  /** Escape every literal `$` as `$$` in string values, so that `docker stack deploy`, which interpolates again,
   *  reads back exactly the values we mean. On when the input was interpolated. */
  escapeDollar: boolean;
  /**
   * Write forms too new for the printed `version` in the older spelling that version reads
   * (default true). Off, the text is docker's exactly, even where docker can't read it back.
   */
  legacyForms?: boolean;
}

/** The canonical stack as plain ordered data (object key insertion order = docker's print order). Used for JSON output too. */
export function toCanonicalObject(config: StackConfig, options: EmitOptions): Record<string, unknown> {
  return toPlain(buildStackDocument(config, options.escapeDollar, options.legacyForms ?? true)) as Record<string, unknown>;
}

/** The canonical stack YAML text, byte-for-byte what docker stack config prints for the same config. */
export function emitStackYaml(config: StackConfig, options: EmitOptions): string {
  return writeYamlDocument(buildStackDocument(config, options.escapeDollar, options.legacyForms ?? true));
}
