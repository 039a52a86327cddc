/**
 * `restart` → `deploy.restart_policy` (compose-spec.md §7.3). Docker stack warns that `restart`
 * is unsupported yet still reads it as a fallback policy (stack-deploy.md §4.9); writing the
 * policy out makes the meaning explicit and independent of that fallback.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { isMapping, has, own, withKey, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

/** The swarm restart policy a compose `restart` value means, or a reason it means none. */
export function restartPolicyFor(value: string): { policy: Mapping } | { problem: string } {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const count = colon < 0 ? undefined : value.slice(colon + 1);
  if (name === 'no' || name === '') {
    return count === undefined ? { policy: { condition: 'none' } } : { problem: 'policy "no" takes no retry count' };
  }
  let maxAttempts: number | undefined;
  if (count !== undefined) {
    if (!/^\d+$/.test(count)) return { problem: `maximum retry count must be a non-negative integer, got "${count}"` };
    maxAttempts = Number(count);
  }
  // Swarm's max_attempts 0 means "unlimited", the same as no count at all.
  const attempts = maxAttempts ? { max_attempts: maxAttempts } : {};
  if (name === 'always' || name === 'unless-stopped') return { policy: { condition: 'any', ...attempts } };
  if (name === 'on-failure') return { policy: { condition: 'on-failure', ...attempts } };
  return { problem: `unknown policy "${name}" (must be one of "no", "always", "on-failure", "unless-stopped")` };
}

/** Moves a service's `restart` into `deploy.restart_policy`, unless a policy is already there. */
export function translateRestart(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  if (!has(service, 'restart')) return service;
  const value = own(service, 'restart');
  const deploy = own(service, 'deploy') ?? {};
  const path = [...at, 'restart'];
  // Wrong types are the validator's to report, with docker's wording.
  if (typeof value !== 'string' || !isMapping(deploy)) return service;
  if (has(deploy, 'restart_policy')) {
    note(scope, {
      code: 'compose/restart',
      message: `"restart: ${value}" is dropped: deploy.restart_policy is set and wins`,
      path,
      atKey: true,
      data: { restart: value },
    });
    return withoutKeys(service, 'restart');
  }
  const result = restartPolicyFor(value);
  if ('problem' in result) {
    note(scope, { code: 'compose/invalid-restart', severity: 'error', message: `invalid restart policy: ${result.problem}`, path, data: { restart: value } });
    return service;
  }
  const condition = String(result.policy['condition']);
  const extra = value.startsWith('unless-stopped') ? ' (swarm has no "unless-stopped": a stopped task is restarted)' : '';
  note(scope, {
    code: 'compose/restart',
    message: `"restart: ${value}" is translated to deploy.restart_policy.condition: ${condition}${extra}`,
    path,
    atKey: true,
    data: { restart: value, restartPolicy: result.policy },
  });
  return withoutKeys(withKey(service, 'deploy', withKey(deploy, 'restart_policy', result.policy)), 'restart');
}
