/**
 * Rebasing relative paths (compose-spec.md §4.1, §4.2, §5.11). A relative path in a compose file
 * means "relative to the project directory"; when a service comes from a file read with another
 * base directory (an extended file, an included project), its relative paths must be rewritten so
 * they still name the same place once they are read relative to this project's directory.
 *
 * Results stay relative (`./sub/x`, `../x`) so the later stages resolve them as they resolve any
 * other relative path, and bind-mount sources keep the leading `.` that marks them as paths.
 */
import { posix } from 'node:path';
import { cloneValue, isMapping, putKey, type Mapping } from './extends-values.js';

/** Remote build contexts and special references that are not paths. */
function isRemoteOrSpecial(p: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('service:') || p.startsWith('github.com/') || p.startsWith('git@');
}

/** Absolute on Linux or Windows (`C:\x`, `\\srv\share`), or home-relative: never rebased. */
function isAnchored(p: string): boolean {
  return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/**
 * `p`, written relative to `fromDir`, rewritten relative to `toDir` (both absolute). Absolute,
 * `~`, remote and empty values are returned as they are.
 */
export function rebasePath(p: string, fromDir: string, toDir: string): string {
  if (p === '' || fromDir === toDir || isAnchored(p) || isRemoteOrSpecial(p)) return p;
  const rel = posix.relative(toDir, posix.resolve(fromDir, p));
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith('../') || rel.startsWith('/')) return rel;
  return `./${rel}`;
}

/** A short-syntax service volume: only a source that is a relative path (starts with `.`) moves. */
function rebaseShortVolume(spec: string, fromDir: string, toDir: string): string {
  const colon = spec.indexOf(':');
  if (colon <= 0) return spec;
  const source = spec.slice(0, colon);
  if (!source.startsWith('.')) return spec;
  return rebasePath(source, fromDir, toDir) + spec.slice(colon);
}

/** `name=path` items (`build.additional_contexts`, `build.ssh` lists): the part after `=` moves. */
function rebaseAssignment(item: unknown, fromDir: string, toDir: string): unknown {
  if (typeof item !== 'string') return item;
  const eq = item.indexOf('=');
  if (eq === -1) return item;
  return item.slice(0, eq + 1) + rebasePath(item.slice(eq + 1), fromDir, toDir);
}

function rebaseNamedPaths(v: unknown, fromDir: string, toDir: string): unknown {
  if (Array.isArray(v)) return v.map((x) => rebaseAssignment(x, fromDir, toDir));
  if (!isMapping(v)) return v;
  const out: Mapping = {};
  for (const [k, x] of Object.entries(v)) putKey(out, k, typeof x === 'string' ? rebasePath(x, fromDir, toDir) : x);
  return out;
}

function rebaseBuild(build: unknown, fromDir: string, toDir: string): unknown {
  if (typeof build === 'string') return rebasePath(build, fromDir, toDir);
  if (!isMapping(build)) return build;
  const out = { ...build };
  // A build without `context` stays without one: its default "." then means the project directory
  // (compose-go behaves the same way, compose-spec.md §4.1).
  if (typeof out.context === 'string') out.context = rebasePath(out.context, fromDir, toDir);
  if (out.additional_contexts !== undefined) out.additional_contexts = rebaseNamedPaths(out.additional_contexts, fromDir, toDir);
  if (out.ssh !== undefined) out.ssh = rebaseNamedPaths(out.ssh, fromDir, toDir);
  return out;
}

function rebaseFileList(v: unknown, fromDir: string, toDir: string): unknown {
  const one = (x: unknown): unknown => {
    if (typeof x === 'string') return rebasePath(x, fromDir, toDir);
    if (isMapping(x) && typeof x.path === 'string') return { ...x, path: rebasePath(x.path, fromDir, toDir) };
    return x;
  };
  return Array.isArray(v) ? v.map(one) : one(v);
}

function rebaseVolumes(v: unknown, fromDir: string, toDir: string): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((x) => {
    if (typeof x === 'string') return rebaseShortVolume(x, fromDir, toDir);
    if (isMapping(x) && x.type === 'bind' && typeof x.source === 'string') return { ...x, source: rebasePath(x.source, fromDir, toDir) };
    return x;
  });
}

function rebaseWatch(develop: unknown, fromDir: string, toDir: string): unknown {
  if (!isMapping(develop) || !Array.isArray(develop.watch)) return develop;
  const watch = develop.watch.map((w) => (isMapping(w) && typeof w.path === 'string' ? { ...w, path: rebasePath(w.path, fromDir, toDir) } : w));
  return { ...develop, watch };
}

function rebaseExtends(ext: unknown, fromDir: string, toDir: string): unknown {
  if (!isMapping(ext) || typeof ext.file !== 'string') return ext;
  return { ...ext, file: rebasePath(ext.file, fromDir, toDir) };
}

/**
 * A service definition with every relative path compose resolves (build context, additional
 * contexts and ssh keys, `env_file`, `label_file`, bind-mount sources, `extends.file`,
 * `develop.watch[].path`) rewritten from `fromDir` to `toDir`. Not `dockerfile` (relative to the
 * context), devices, tmpfs or anything in `x-*`, which compose does not resolve either.
 */
export function rebaseService(service: unknown, fromDir: string, toDir: string): unknown {
  if (!isMapping(service) || fromDir === toDir) return cloneValue(service);
  const out = cloneValue(service);
  const set = (key: string, f: (v: unknown) => unknown): void => {
    if (Object.hasOwn(out, key)) putKey(out, key, f(out[key]));
  };
  set('build', (v) => rebaseBuild(v, fromDir, toDir));
  set('env_file', (v) => rebaseFileList(v, fromDir, toDir));
  set('label_file', (v) => rebaseFileList(v, fromDir, toDir));
  set('volumes', (v) => rebaseVolumes(v, fromDir, toDir));
  set('develop', (v) => rebaseWatch(v, fromDir, toDir));
  set('extends', (v) => rebaseExtends(v, fromDir, toDir));
  return out;
}

function mapEntries(v: unknown, f: (entry: unknown) => unknown): unknown {
  if (!isMapping(v)) return v;
  const out: Mapping = {};
  for (const [k, x] of Object.entries(v)) putKey(out, k, f(x));
  return out;
}

/** A top-level config or secret: its `file` source. */
function rebaseFileSource(def: unknown, fromDir: string, toDir: string): unknown {
  return isMapping(def) && typeof def.file === 'string' ? { ...def, file: rebasePath(def.file, fromDir, toDir) } : def;
}

/** A top-level volume of the local driver bound to a host directory: its `driver_opts.device`. */
function rebaseVolumeDevice(def: unknown, fromDir: string, toDir: string): unknown {
  if (!isMapping(def) || !isMapping(def.driver_opts)) return def;
  const opts = def.driver_opts;
  const local = def.driver === undefined || def.driver === null || def.driver === 'local';
  const bind = typeof opts.o === 'string' && opts.o.split(',').includes('bind');
  if (!local || !bind || typeof opts.device !== 'string') return def;
  return { ...def, driver_opts: { ...opts, device: rebasePath(opts.device, fromDir, toDir) } };
}

/**
 * A whole document's relative paths (every service, plus top-level configs/secrets `file` and
 * local bind volumes' `device`) rewritten from `fromDir` to `toDir`; other keys are copied.
 */
export function rebaseDocument(data: Mapping, fromDir: string, toDir: string): Mapping {
  if (fromDir === toDir) return cloneValue(data);
  const out = cloneValue(data);
  if (Object.hasOwn(out, 'services')) out.services = mapEntries(out.services, (s) => rebaseService(s, fromDir, toDir));
  if (Object.hasOwn(out, 'configs')) out.configs = mapEntries(out.configs, (c) => rebaseFileSource(c, fromDir, toDir));
  if (Object.hasOwn(out, 'secrets')) out.secrets = mapEntries(out.secrets, (c) => rebaseFileSource(c, fromDir, toDir));
  if (Object.hasOwn(out, 'volumes')) out.volumes = mapEntries(out.volumes, (v) => rebaseVolumeDevice(v, fromDir, toDir));
  return out;
}
