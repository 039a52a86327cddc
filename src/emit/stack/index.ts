/**
 * The stack emitter: a {@link StackConfig} printed exactly as `docker stack config` prints it
 * (docker CLI 28, yaml.v3 with indent 2), plus the fixes that make the text a valid stack file for
 * its own `version` (see `legacy-forms.ts`) and, on request, `$` escaping.
 *
 * The field builders write straight to a sink, so the text (or the plain objects) is produced
 * without an intermediate document tree.
 */

import type { StackConfig } from '../../model/stack-config.js';
import { ObjectSink } from './object-sink.js';
import { writeStackDocument } from './stack-document.js';
import { YamlSink } from './yaml-sink.js';

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
  const sink = new ObjectSink();
  writeStackDocument(sink, config, options.escapeDollar, options.legacyForms ?? true);
  return sink.result();
}

/** The canonical stack YAML text, byte-for-byte what docker stack config prints for the same config. */
export function emitStackYaml(config: StackConfig, options: EmitOptions): string {
  const sink = new YamlSink();
  writeStackDocument(sink, config, options.escapeDollar, options.legacyForms ?? true);
  return sink.result();
}
