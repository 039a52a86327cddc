import type { DiagnosticInput } from '../../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../../src/emit/plan/index.js';
import type { Plan, PlanStep } from '../../../src/emit/plan/types.js';
import type { ServiceConfig, StackConfig } from '../../../src/model/stack-config.js';
import type { ReadFile } from '../../../src/options.js';

/** An in-memory file system: path → text; anything else is ENOENT, `/dir` is EISDIR. */
export function memoryFiles(files: Record<string, string>): ReadFile {
  return (path) => {
    if (path === '/dir') throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
}

/** Files every test stack may reference. */
export const DEFAULT_FILES: Record<string, string> = { '/p/c': 'c\n', '/p/s': 's\n' };

/** Runs buildPlan on `config` as stack `s1`, collecting diagnostics. */
export function plan(
  config: Partial<StackConfig> & { services: StackConfig['services'] },
  options: { files?: Record<string, string>; revealSecrets?: boolean; stack?: string } = {},
): { plan: Plan | undefined; diagnostics: DiagnosticInput[] } {
  const diagnostics: DiagnosticInput[] = [];
  const result = buildPlan(
    { version: '3.13', ...config },
    { stack: options.stack ?? 's1', readFile: memoryFiles({ ...DEFAULT_FILES, ...options.files }), revealSecrets: options.revealSecrets ?? true },
    (d) => void diagnostics.push(d),
  );
  return { plan: result, diagnostics };
}

/** The body of the one service `a` of stack `s1` built from `service`. */
export function serviceBody(service: ServiceConfig, rest: Partial<StackConfig> = {}, files: Record<string, string> = {}): Record<string, unknown> {
  const { plan: p, diagnostics } = plan({ ...rest, services: { a: service } }, { files });
  if (!p) throw new Error(`unexpected diagnostics: ${diagnostics.map((d) => d.message).join('; ')}`);
  return p.steps.find((s) => s.kind === 'service')!.body;
}

/** The `ContainerSpec` of {@link serviceBody}. */
export function containerSpec(service: ServiceConfig, rest: Partial<StackConfig> = {}): Record<string, unknown> {
  return (serviceBody(service, rest).TaskTemplate as Record<string, unknown>).ContainerSpec as Record<string, unknown>;
}

/** The `TaskTemplate` of {@link serviceBody}. */
export function taskTemplate(service: ServiceConfig, rest: Partial<StackConfig> = {}): Record<string, unknown> {
  return serviceBody(service, rest).TaskTemplate as Record<string, unknown>;
}

/** Steps of one kind. */
export function stepsOf(p: Plan | undefined, kind: PlanStep['kind']): PlanStep[] {
  return (p?.steps ?? []).filter((s) => s.kind === kind);
}

/** The minimal always-present privileges block. */
export const NO_PRIVILEGES = { CredentialSpec: null, SELinuxContext: null, NoNewPrivileges: false };
