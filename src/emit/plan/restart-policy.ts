/**
 * `TaskTemplate.RestartPolicy` (stack-deploy.md §4.9): `deploy.restart_policy` when present,
 * else the legacy `restart` string. This follows the 28.2.2 CLI on this machine (recorded):
 * `on-failure` without a count sends `MaxAttempts: 0`, and a count after `always` or
 * `unless-stopped` is ignored. A negative count, which 28.2.2 wraps to 2^64-1, is rejected with
 * the newer CLI's message instead.
 */
import type { ServiceConfig } from '../../model/stack-config.js';
import { compact } from './go-order.js';
import { durationNanos } from './durations.js';
import type { ServiceProblems } from './problems.js';

const INT64_MAX = 2n ** 63n - 1n;

/** Docker's `opts.ParseRestartPolicy` + the swarm mapping; `null` = no policy. */
function fromRestart(restart: string, problems: ServiceProblems): Record<string, unknown> | null | undefined {
  const colon = restart.indexOf(':');
  const name = colon < 0 ? restart : restart.slice(0, colon);
  const countText = colon < 0 ? '' : restart.slice(colon + 1);
  const bad = (text: string): undefined => {
    problems.fail('restart-policy', ['restart'], text, text, { restart });
    return undefined;
  };
  if (colon >= 0 && name === '') return bad('invalid restart policy format: no policy provided before colon');
  let count = 0n;
  if (countText !== '') {
    // Go's strconv.Atoi: optional sign, decimal digits, int64 range.
    if (!/^[+-]?[0-9]+$/.test(countText) || BigInt(countText) > INT64_MAX || BigInt(countText) < -INT64_MAX - 1n) {
      return bad('invalid restart policy format: maximum retry count must be an integer');
    }
    count = BigInt(countText);
  }
  switch (name) {
    case '':
    case 'no':
      return null;
    case 'always':
    case 'unless-stopped':
      return { Condition: 'any' };
    case 'on-failure':
      if (count < 0n) return bad('invalid restart policy: maximum retry count cannot be negative');
      return { Condition: 'on-failure', MaxAttempts: Number(count) };
    default:
      return bad(`unknown restart policy: ${restart}`);
  }
}

/** The restart policy member, or `undefined` when none is sent. Reports `plan/restart-policy`. */
export function convertRestartPolicy(service: ServiceConfig, problems: ServiceProblems): Record<string, unknown> | undefined {
  const policy = service.deploy?.restart_policy;
  if (policy === undefined) return fromRestart(service.restart ?? '', problems) ?? undefined;
  const path = ['deploy', 'restart_policy'];
  return compact({
    Condition: policy.condition === '' ? undefined : policy.condition,
    Delay: durationNanos(policy.delay, [...path, 'delay'], problems),
    MaxAttempts: policy.max_attempts,
    Window: durationNanos(policy.window, [...path, 'window'], problems),
  });
}
