import type { Plan, PlanStep } from '../emit/plan/types.js';

/**
 * A readable summary of a plan, one line per object, like `terraform plan`. Secret and config
 * data is never shown here, whatever the flags.
 */
export function formatPlanText(plan: Plan): string {
  const lines = [`stack ${plan.stack}: ${plan.steps.length} object${plan.steps.length === 1 ? '' : 's'} to create`];
  const width = Math.max(0, ...plan.steps.map((s) => s.name.length));
  for (const step of plan.steps) lines.push(`  + ${step.kind.padEnd(7)} ${step.name.padEnd(width)}  ${describe(step)}`.trimEnd());
  const ext = plan.externals;
  const uses = [
    ...ext.networks.map((n) => `network ${n}`),
    ...ext.secrets.map((n) => `secret ${n}`),
    ...ext.configs.map((n) => `config ${n}`),
  ];
  if (uses.length) lines.push(`  uses existing: ${uses.join(', ')}`);
  return lines.join('\n') + '\n';
}

function describe(step: PlanStep): string {
  const b = step.body as Record<string, any>;
  switch (step.kind) {
    case 'network':
      return [b.Driver, b.Attachable ? 'attachable' : '', b.Internal ? 'internal' : ''].filter(Boolean).join(', ');
    case 'secret':
    case 'config':
      return b.Driver?.Name ? `driver ${b.Driver.Name}` : typeof b.Data === 'string' ? 'data inline' : b.Data?.path ? `from ${b.Data.path}` : '';
    case 'service': {
      const spec = b.TaskTemplate?.ContainerSpec ?? {};
      const mode = b.Mode?.Global ? 'global' : b.Mode?.GlobalJob ? 'global job' : b.Mode?.ReplicatedJob ? 'replicated job'
        : b.Mode?.Replicated?.Replicas !== undefined ? `replicas ${b.Mode.Replicated.Replicas}` : 'replicated';
      const ports = (b.EndpointSpec?.Ports ?? []).map((p: any) => `${p.PublishedPort ? `${p.PublishedPort}:` : ''}${p.TargetPort}/${p.Protocol}`);
      return [spec.Image, mode, ports.length ? `ports ${ports.join(' ')}` : ''].filter(Boolean).join('  ');
    }
  }
}
