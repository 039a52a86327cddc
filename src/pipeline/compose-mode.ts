import { resolve } from 'node:path';
import type { CompileOptions } from '../compile-options.js';
import type { Report } from '../diagnostics/diagnostic.js';
import { prepareComposeProject } from '../compose/index.js';
import type { LoadedFile } from '../load/index.js';
import { mergeStackConfigs } from '../merge/index.js';
import type { StackConfig } from '../model/stack-config.js';
import { normalizeDocument } from '../normalize/index.js';
import type { ReadFile } from '../options.js';
import { validateSchema } from '../validate/index.js';
import type { Run } from './run.js';

/** The stack version compose mode prints: the newest, whose schema has every key translation keeps. */
const COMPOSE_MODE_VERSION = '3.13';

/**
 * Compose mode (see src/compose): the Compose Specification's interpolation, include, extends and
 * profiles, then a translation into stack form; docker stack's own validate, normalize and merge
 * stages take it from there, against the newest stack schema.
 */
export function buildComposeStack(usable: readonly LoadedFile[], options: CompileOptions, readFile: ReadFile, run: Run): StackConfig | undefined {
  const { report } = run;
  const prepared = prepareComposeProject(
    usable.map((f) => ({ file: f.file, ...(f.absPath ? { absPath: f.absPath } : {}), data: f.data as Record<string, unknown>, mergeTags: f.mergeTags })),
    {
      cwd: options.cwd,
      env: options.env,
      readFile,
      exists: options.exists ?? ((p) => existsThroughRead(readFile, p)),
      ...(options.envFiles?.length ? { envFiles: options.envFiles } : {}),
      ...(options.projectDirectory ? { projectDirectory: options.projectDirectory } : {}),
      ...(options.projectName ? { projectName: options.projectName } : {}),
      ...(options.profiles ? { profiles: options.profiles } : {}),
      strict: options.strict === true,
      onLoaded: (file: string, text: string) => void run.texts.set(file, text),
    },
    report,
  );
  // Generated files live next to the output (with -o), else in the project directory; the stack
  // refers to them by absolute path, so it deploys from anywhere.
  const generatedBase = options.outputDir ? resolve(options.cwd, options.outputDir) : prepared.projectDir;
  const generatedAt = new Map(prepared.generated.map((g) => [g.path, resolve(generatedBase, g.path)]));
  for (const g of prepared.generated) run.generated.push({ absPath: generatedAt.get(g.path)!, content: g.content });
  if (run.hasErrors()) return undefined;
  // Files given inline are read from memory: they exist only once the CLI writes them.
  const withGenerated = run.readThrough(readFile);
  const toStack = (raw: { file: string; data: Record<string, unknown> }, sink: Report): StackConfig | undefined => {
    const doc = { ...raw, data: pointAtGenerated(raw.data, generatedAt) };
    return validateSchema(doc.data, { file: doc.file, version: COMPOSE_MODE_VERSION }, sink)
      ? normalizeDocument(doc.data, { file: doc.file, workingDir: prepared.projectDir, env: prepared.env, readFile: withGenerated, version: COMPOSE_MODE_VERSION }, sink)
      : undefined;
  };
  // Problems in the merged project name only a path: the file that wrote it is found when located.
  const mergedReport: Report = prepared.perFile ? (d) => report(d.path === undefined ? d : { ...d, file: undefined }) : report;
  const stack = toStack(prepared.merged, mergedReport);
  if (!stack || run.hasErrors()) return undefined;
  if (prepared.perFile) warnWhereDockerRulesDiffer(stack, prepared.perFile, toStack, report);
  const merged = stack;
  // docker compose refuses a service it could neither pull nor build (docker stack only finds out
  // at deploy); after translation every built service has an image, so this is the rest.
  for (const [name, service] of Object.entries(merged.services)) {
    if (!service.image) {
      report({ code: 'compose/no-image', severity: 'error', path: ['services', name], atKey: true,
        message: `service "${name}" has neither an image nor a build context specified: swarm has nothing to run` });
    }
  }
  if (run.hasErrors()) return undefined;
  return { ...merged, version: COMPOSE_MODE_VERSION };
}

/**
 * docker stack merges `-f` files by its own rules, which differ from compose's in places (ports
 * and volumes keyed differently, lists appended, booleans that can't be turned off). Compose mode
 * follows compose's; where docker stack's would give another result, say so, per service.
 */
function warnWhereDockerRulesDiffer(
  stack: StackConfig,
  perFile: readonly { file: string; data: Record<string, unknown> }[],
  toStack: (doc: { file: string; data: Record<string, unknown> }, sink: Report) => StackConfig | undefined,
  report: Report,
): void {
  const quiet: Report = () => {};
  const configs = perFile.map((doc) => toStack(doc, quiet));
  if (configs.some((c) => c === undefined)) return;
  const docker = configs.slice(1).reduce((acc, next) => mergeStackConfigs(acc!, next!, { report: quiet }), configs[0])!;
  for (const name of Object.keys(stack.services).sort()) {
    const field = firstDifference(stack.services[name], docker.services[name]);
    if (field === undefined) continue;
    report({
      code: 'compose/merge-rules-differ',
      severity: 'warning',
      path: ['services', name, ...(field === '' ? [] : [field])],
      message: `docker stack's merge rules would give service "${name}" a different ${field === '' ? 'definition' : `"${field}"`}; stackc merged these compose files with docker compose's rules`,
    });
  }
}

/** The first top-level field of two services that differs ('' when only one exists). */
function firstDifference(a: object | undefined, b: object | undefined): string | undefined {
  if (a === undefined || b === undefined) return a === b ? undefined : '';
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
    if (JSON.stringify(ra[key]) !== JSON.stringify(rb[key])) return key;
  }
  return undefined;
}

/** Configs and secrets whose `file` is a generated one, pointed at where it is written. */
function pointAtGenerated(data: Record<string, unknown>, generatedAt: ReadonlyMap<string, string>): Record<string, unknown> {
  if (generatedAt.size === 0) return data;
  const out = { ...data };
  for (const kind of ['configs', 'secrets']) {
    const section = data[kind];
    if (section === null || typeof section !== 'object' || Array.isArray(section)) continue;
    out[kind] = Object.fromEntries(
      Object.entries(section as Record<string, unknown>).map(([key, entry]) => {
        const file = (entry as { file?: unknown } | null)?.file;
        const at = typeof file === 'string' ? generatedAt.get(file) : undefined;
        return [key, at === undefined ? entry : { ...(entry as object), file: at }];
      }),
    );
  }
  return out;
}

function existsThroughRead(readFile: ReadFile, absPath: string): boolean {
  try {
    readFile(absPath);
    return true;
  } catch {
    return false;
  }
}
