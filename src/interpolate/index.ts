/**
 * The interpolate stage: substitute variables in every string value of one file's data, the way
 * `docker stack config` does (stack-deploy.md §1.5), and apply docker's casts.
 */
import type { Report } from '../diagnostics/diagnostic.js';
import { setOwn } from '../load/plain-data.js';
import type { Env } from '../options.js';
import { applyCast, dockerPath } from './casts.js';
import { goQuote } from './go-quote.js';
import { DOCKER_STACK_MODE, type InterpolationMode } from './mode.js';
import type { Lookup, TemplateProblem } from './template.js';

export { substitute, type Lookup, type Substituter, type SubstituteResult, type TemplateProblem } from './template.js';
export { applyCast, castFor, CAST_TABLE, dockerPath, type CastKind, type CastResult } from './casts.js';
export { DOCKER_STACK_MODE, type InterpolationMode } from './mode.js';
export { goQuote } from './go-quote.js';

/** What the stage needs to know about the file being interpolated. */
export interface InterpolateContext {
  /** Display name of the file, for diagnostics. */
  readonly file: string;
  /** Variables visible to substitution; an `undefined` value means unset. */
  readonly env: Env;
  /** The grammar to use; docker stack's by default. */
  readonly mode?: InterpolationMode;
  /**
   * The loader's list of the mappings and sequences that hold a string with a `$` at any depth
   * (`LoadedFile.withDollar`): any other is returned as it is, unwalked. Absent, every container
   * is walked.
   */
  readonly withDollar?: ReadonlySet<object>;
}

const ESCAPE_HINT = 'you may need to escape any $ with another $';

/** Only plain data containers are walked; anything else is a scalar to leave alone. */
function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}


/**
 * Substitute variables in every string value of one file's data (keys are never interpolated), then
 * apply docker's casts at the listed paths when (and only when) interpolation changed the string.
 *
 * Never mutates `data`. Containers on the way to a changed value are new; subtrees without any
 * change are shared with the input (strings without `$` cost one `indexOf`), so both trees must be
 * treated as immutable.
 *
 * Docker stops at its first error (in random map order); we report every problem and keep going:
 * a string with a template error keeps its original text (as docker's code returns it), a failed
 * cast keeps the substituted string.
 */
export function interpolateDocument(data: unknown, ctx: InterpolateContext, report: Report): unknown {
  const mode = ctx.mode ?? DOCKER_STACK_MODE;
  const env = ctx.env;
  const lookup: Lookup = (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
  const path: (string | number)[] = [];

  const reportTemplate = (text: string, problem: TemplateProblem): void => {
    const where = dockerPath(path);
    const quoted = problem.kind === 'invalid' ? goQuote(text) : goQuote(problem.message);
    const dockerMessage = `invalid interpolation format for ${where}: ${quoted}; ${ESCAPE_HINT}`;
    if (problem.kind === 'invalid') {
      report({
        code: 'interpolate/invalid-template',
        severity: 'error',
        message: `invalid interpolation format: ${goQuote(text)}; ${ESCAPE_HINT}`,
        file: ctx.file,
        path: path.slice(),
        inner: [problem.start, problem.end],
        data: { dockerMessage },
      });
    } else {
      report({
        code: 'interpolate/required-variable',
        severity: 'error',
        message: problem.message,
        file: ctx.file,
        path: path.slice(),
        inner: [problem.start, problem.end],
        data: { variable: problem.variable, dockerMessage },
      });
    }
  };

  const interpolateString = (text: string): unknown => {
    const { value, problem } = mode.substitute(text, lookup);
    if (problem) {
      reportTemplate(text, problem);
      return text;
    }
    // Docker casts only when the text changed: `replicas: "3"` stays a string (and fails the schema),
    // while `"$$"` counts as a change and is cast (verified: `strconv.Atoi: parsing "$"`).
    if (value === text) return text;
    const kind = mode.castFor(path);
    if (kind === undefined) return value;
    const cast = applyCast(kind, value);
    if (cast.ok) return cast.value;
    const reason = `failed to cast to expected type: ${cast.error}`;
    report({
      code: 'interpolate/cast',
      severity: 'error',
      message: reason,
      file: ctx.file,
      path: path.slice(),
      data: { cast: kind, value, dockerMessage: `error while interpolating ${dockerPath(path)}: ${reason}` },
    });
    return value;
  };

  // Leaves are handled in the loops below, without a call or a path entry: most values are strings
  // without `$`, numbers and booleans, and the walk visits every value of the file.
  const withDollar = ctx.withDollar;
  /** Whether a container can be returned as it is: the loader saw no `$` in it. */
  const skip = (node: object): boolean => withDollar !== undefined && !withDollar.has(node);
  const walkContainer = (node: object): unknown => {
    if (Array.isArray(node)) return walkList(node);
    return isPlainObject(node) ? walkMapping(node) : node;
  };

  const walkValue = (value: unknown, key: string | number): unknown => {
    if (typeof value === 'string') {
      if (value.indexOf('$') < 0) return value;
      path.push(key);
      const next = interpolateString(value);
      path.pop();
      return next;
    }
    if (value === null || typeof value !== 'object' || skip(value)) return value;
    path.push(key);
    const next = walkContainer(value);
    path.pop();
    return next;
  };

  const walkList = (list: readonly unknown[]): unknown[] => {
    let out: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const next = typeof item === 'string' && item.indexOf('$') < 0 ? item : walkValue(item, i);
      if (next !== item && out === undefined) out = list.slice();
      if (out !== undefined) out[i] = next;
    }
    return out ?? (list as unknown[]);
  };

  const walkMapping = (mapping: Record<string, unknown>): Record<string, unknown> => {
    let out: Record<string, unknown> | undefined;
    const keys = Object.keys(mapping);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = mapping[key];
      const next = typeof value === 'string' && value.indexOf('$') < 0 ? value : walkValue(value, key);
      if (next !== value && out === undefined) {
        out = Object.create(Object.getPrototypeOf(mapping)) as Record<string, unknown>;
        for (let j = 0; j < i; j++) setOwn(out, keys[j] as string, mapping[keys[j] as string]);
      }
      if (out !== undefined) setOwn(out, key, next);
    }
    return out ?? mapping;
  };

  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.indexOf('$') < 0 ? node : interpolateString(node);
    if (node === null || typeof node !== 'object' || skip(node)) return node;
    return walkContainer(node);
  };

  return walk(data);
}
