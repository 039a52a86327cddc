import { parseVolumeSpec } from '../../normalize/parse-volume-spec.js';
import { defineRule, type Fix } from '../rule.js';
import { isRecord, rawServices, sortedKeys } from '../source.js';

/** Absolute in Unix or Windows terms (the stack loader leaves such sources untouched). */
function isAbsolute(source: string): boolean {
  return source.startsWith('/') || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\');
}

/**
 * A relative (or `~`) bind source is resolved on the machine that runs `docker stack deploy`, then
 * mounted from that absolute path on whichever node runs the task: the deploying laptop's path.
 * Read from the raw documents, since the merged stack holds the resolved path.
 */
export default defineRule({
  meta: {
    id: 'bind-mount-relative-source',
    description: 'A bind mount source is a relative or home-relative path.',
    defaultSeverity: 'warning',
    messages: {
      relative:
        'service "{{service}}": bind source "{{source}}" is relative; docker stack deploy resolves it on the deploying machine (to {{resolved}}) and every node then mounts that path from its own disk. Use an absolute path that exists on the nodes, or a named volume.',
    },
    rationale:
      'Compose resolves relative bind sources against the project directory, which works on one host. On swarm the resolved path is sent to the manager and the task fails ("invalid mount config: bind source path does not exist") on every node where that directory is missing.',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["./html:/usr/share/nginx/html:ro"]\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["/srv/web/html:/usr/share/nginx/html:ro"]\n',
    },
  },
  check({ stack, documents, report }) {
    for (const { file, services } of rawServices(documents)) {
      for (const service of sortedKeys(services)) {
        const raw = services[service];
        const volumes = isRecord(raw) ? raw.volumes : undefined;
        if (!Array.isArray(volumes)) continue;
        volumes.forEach((item, index) => {
          const found = bindSource(item);
          if (!found || isAbsolute(found.source)) return;
          const resolved = stack.services[service]?.volumes?.find((v) => v.type === 'bind' && v.target === found.target)?.source;
          const itemPath = ['services', service, 'volumes', index];
          const path = typeof item === 'string' ? itemPath : [...itemPath, 'source'];
          // Offer the resolved path only when the raw text is literal (no `${...}` still to expand).
          const fix: Fix | undefined =
            resolved && !found.source.includes('$')
              ? { title: `Use the absolute path ${resolved}`, edits: [{ file, path, replacement: JSON.stringify(typeof item === 'string' ? resolved + item.slice(found.source.length) : resolved) }] }
              : undefined;
          report('relative', { file, path }, { service, source: found.source, resolved: resolved ?? 'an absolute path' }, fix);
        });
      }
    }
  },
});

function bindSource(item: unknown): { source: string; target?: string } | undefined {
  if (typeof item === 'string') {
    if (!mayBeRelativeBind(item)) return undefined;
    const parsed = parseVolumeSpec(item);
    if (!parsed.ok || parsed.volume.type !== 'bind' || !parsed.volume.source) return undefined;
    return { source: parsed.volume.source, target: parsed.volume.target };
  }
  if (!isRecord(item) || item.type !== 'bind' || typeof item.source !== 'string' || item.source === '') return undefined;
  return { source: item.source, target: typeof item.target === 'string' ? item.target : undefined };
}

/**
 * Whether a short spec can have a relative bind source at all, decided from its first two
 * characters so that most specs (named volumes, absolute paths) skip docker's character-by-character
 * parse. The source is the spec's first field, and docker infers a bind only from a source led by
 * `.`, `/`, `~`, `\\` or a drive (`C:`); of those, only `.`, `~` and drive-relative (`C:dir`) ones
 * are relative.
 */
function mayBeRelativeBind(spec: string): boolean {
  const first = spec.charCodeAt(0);
  // A non-ASCII first character may take two code units, so the second character is elsewhere.
  if (first >= 0x80) return true;
  return first === DOT || first === TILDE || spec.charCodeAt(1) === COLON;
}

const DOT = 0x2e;
const TILDE = 0x7e;
const COLON = 0x3a;
