/**
 * Stand-ins for a case's external objects. Corpus stacks name external networks, secrets and
 * configs that a real deployer creates beforehand; creating them (when missing) lets docker get
 * past its existence checks, so the rest of the deploy can be compared.
 */
import type { PlanExternals } from '../../src/emit/plan/types.js';
import { directClient } from './docker-cli.js';

/** Label on every stand-in, so a crashed run's leftovers can be recognized. */
const MARK = { 'stackc.test.external': '1' };

/** What {@link ensureExternals} created, for {@link removeExternals}. */
export interface CreatedExternals {
  readonly networks: string[];
  readonly secrets: string[];
  readonly configs: string[];
}

/** Create each external that does not exist yet: overlay networks, secrets and configs holding `x`. */
export async function ensureExternals(externals: PlanExternals): Promise<CreatedExternals> {
  const client = directClient();
  const created: CreatedExternals = { networks: [], secrets: [], configs: [] };
  for (const name of externals.networks) {
    if (['host', 'bridge', 'none', 'default'].includes(name) || (await client.inspectNetwork(name))) continue;
    await client.createNetwork({ Name: name, Driver: 'overlay', Attachable: true, Labels: MARK });
    created.networks.push(name);
  }
  for (const kind of ['secrets', 'configs'] as const) {
    for (const name of externals[kind]) {
      if (await client.inspectObject(kind, name)) continue;
      await client.createObject(kind, { Name: name, Labels: MARK, Data: Buffer.from('x').toString('base64') });
      created[kind].push(name);
    }
  }
  return created;
}

/** Remove what {@link ensureExternals} created (after the stack that used them is gone). */
export async function removeExternals(created: CreatedExternals): Promise<void> {
  const client = directClient();
  for (const name of created.networks) await client.removeNetwork(name).catch(() => undefined);
  for (const kind of ['secrets', 'configs'] as const) {
    for (const name of created[kind]) await client.removeObject(kind, name).catch(() => undefined);
  }
}
