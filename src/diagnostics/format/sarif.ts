import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeCrypto } from '../../lazy-builtins.js';
import { toPointer, type Diagnostic } from '../diagnostic.js';

/** What SARIF needs to know about a rule (the lint registry's meta, reduced). */
export interface SarifRule {
  readonly id: string;
  readonly description: string;
  readonly rationale?: string;
  readonly help?: string;
  readonly defaultSeverity?: 'error' | 'warning' | 'info';
}

/** Context of a SARIF log. */
export interface SarifOptions {
  /** Absolute directory the artifact URIs are relative to (`%SRCROOT%`). */
  readonly cwd: string;
  readonly version: string;
  readonly informationUri?: string;
  /** Documented rules (the lint registry), listed even when they found nothing. */
  readonly rules: readonly SarifRule[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0: one run, `tool.driver` = stackc with its rules, one result per diagnostic. Codes
 * from other stages (`validate/...`) get a rule entry too, so every `ruleId` resolves. The
 * fingerprint hashes what identifies a finding (code, file, document path, template data), not
 * its line, so code scanning keeps tracking it across unrelated edits.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const rules = new Map<string, SarifRule>();
  for (const rule of options.rules) rules.set(`lint/${rule.id}`, rule);
  for (const d of diagnostics) if (!rules.has(d.code)) rules.set(d.code, { id: d.code, description: `stackc ${d.code.split('/')[0]} diagnostic ${d.code}` });
  const ids = [...rules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const root = pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stackc',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri ?? 'https://www.npmjs.com/package/stackc',
            rules: ids.map((id) => describeRule(id, rules.get(id)!)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        results: diagnostics.map((d) => result(d, index.get(d.code)!, options.cwd)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function describeRule(id: string, rule: SarifRule) {
  const full = rule.rationale ?? rule.description;
  return {
    id,
    name: id.replace(/^lint\//, ''),
    shortDescription: { text: rule.description },
    fullDescription: { text: full },
    help: { text: rule.help ?? full },
    ...(rule.defaultSeverity ? { defaultConfiguration: { level: LEVEL[rule.defaultSeverity] } } : {}),
  };
}

function result(d: Diagnostic, ruleIndex: number, cwd: string) {
  const location =
    d.file === undefined
      ? undefined
      : {
          physicalLocation: {
            artifactLocation: artifact(d.file, cwd),
            ...(d.line === undefined
              ? {}
              : { region: { startLine: d.line, startColumn: d.column ?? 1, endLine: d.endLine ?? d.line, endColumn: Math.max(d.endColumn ?? (d.column ?? 1) + 1, 1) } }),
          },
          ...(d.path ? { logicalLocations: [{ fullyQualifiedName: toPointer(d.path), kind: 'element' }] } : {}),
        };
  const { fixes: _fixes, ...data } = (d.data ?? {}) as Record<string, unknown>;
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    ...(location ? { locations: [location] } : {}),
    partialFingerprints: { 'stackcFinding/v1': fingerprint(d.code, d.file, d.path, data) },
  };
}

/** A relative URI under `%SRCROOT%` when the file is inside `cwd`, else an absolute file URI. */
function artifact(file: string, cwd: string) {
  if (file === '-') return { uri: 'stdin' };
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(isAbsolute(file) ? file : rel).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function fingerprint(code: string, file: string | undefined, path: Diagnostic['path'], data: Record<string, unknown>): string {
  const stable = JSON.stringify([code, file ?? '', path ? toPointer(path) : '', sortKeys(data)]);
  return nodeCrypto().createHash('sha256').update(stable).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}
