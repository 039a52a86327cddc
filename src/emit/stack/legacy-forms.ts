/**
 * Forms docker prints that its own schema for the printed `version` rejects, rewritten to an
 * equivalent form that version accepts. Found by feeding docker's output for every accepted corpus
 * case back to `docker stack config`:
 * - before 3.2, ports and service volumes are short strings only, yet docker prints the long
 *   syntax (`services.x.ports.0 must be a string or number`);
 * - `name:` on networks (before 3.5), volumes (before 3.4), secrets and configs (before 3.5) is
 *   rejected (`Additional property name is not allowed`), yet docker adds `name: <key>` to every
 *   external entry. The older spelling `external: {name: x}` means the same.
 */

import type { PortConfig, ServiceVolumeConfig, StackVersion } from '../../model/stack-config.js';

/** The minor number of a `3.x` version (`3.13` → 13); unknown forms count as the newest. */
export function minorVersion(version: StackVersion): number {
  const m = /^3\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** Long-syntax ports and volumes exist from 3.2. */
export function supportsLongSyntax(version: StackVersion): boolean {
  return minorVersion(version) >= 2;
}

/** First version whose schema allows `name:` on each top-level section. */
const NAME_SINCE = { networks: 5, volumes: 4, secrets: 5, configs: 5 } as const;

/** Whether the printed version's schema accepts `name:` in that top-level section. */
export function supportsName(version: StackVersion, section: keyof typeof NAME_SINCE): boolean {
  return minorVersion(version) >= NAME_SINCE[section];
}

/**
 * The short string for a port, or `undefined` when only the long form can say it. Short syntax
 * always means `mode: ingress` with an explicit protocol, which is exactly what the loader
 * produced for the pre-3.2 files that reach here: `published:target/proto`, or `target/proto` when
 * not published (checked with `docker stack config`: both read back identically).
 */
export function shortPort(p: PortConfig): string | undefined {
  if (p.mode !== 'ingress' || !p.protocol || !p.target) return undefined;
  return p.published ? `${p.published}:${p.target}/${p.protocol}` : `${p.target}/${p.protocol}`;
}

/** A source the short-syntax parser reads as a bind mount (`.`, `/`, `~`, `\\` or a drive letter). */
function looksLikePath(source: string): boolean {
  return /^[./~]/.test(source) || source.startsWith('\\\\') || /^[A-Za-z]:/.test(source);
}

/**
 * The short `[source:]target[:options]` string for a service volume, or `undefined` when the long
 * form is needed (tmpfs, consistency, subpath, a type the parser would not infer, a `:` inside a
 * part, or options on an anonymous volume, which short syntax cannot express).
 */
export function shortVolume(v: ServiceVolumeConfig): string | undefined {
  const target = v.target;
  if (!target || v.consistency || v.tmpfs || v.volume?.subpath) return undefined;
  if ((v as { image?: unknown; cluster?: unknown }).image || (v as { cluster?: unknown }).cluster) return undefined;
  const source = v.source ?? '';
  if (v.type === 'bind' ? !looksLikePath(source) : v.type !== 'volume' || (source !== '' && looksLikePath(source))) {
    return undefined;
  }
  if (v.type === 'volume' && v.bind) return undefined;
  if (v.type === 'bind' && v.volume) return undefined;
  const opts: string[] = [];
  if (v.read_only) opts.push('ro');
  if (v.volume?.nocopy) opts.push('nocopy');
  if (v.bind?.propagation) opts.push(v.bind.propagation);
  if (source === '') return opts.length === 0 && !target.includes(':') ? target : undefined;
  if (source.slice(2).includes(':') || target.includes(':')) return undefined;
  return [source, target, ...(opts.length > 0 ? [opts.join(',')] : [])].join(':');
}
