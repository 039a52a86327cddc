/**
 * Image references as docker's API client rewrites them before `POST /services/create`
 * (stack-deploy.md §5.4): parsed with the distribution reference grammar, then printed in the
 * familiar form with `:latest` added when neither a tag nor a digest is given. With
 * `--resolve-image never` nothing else happens to the image.
 */

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const HEX_ID = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** A parsed reference: `docker.io`-qualified name, optional tag and digest. */
export interface ImageReference {
  readonly domain: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Result of {@link parseImageReference}: the reference or docker's error text. */
export type ImageParseResult = { ok: true; ref: ImageReference } | { ok: false; error: string };

/** Splits off the registry host the way `ParseNormalizedNamed` does (`splitDockerDomain`). */
function splitDomain(name: string): { domain: string; rest: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { domain: 'docker.io', rest: name };
  }
  return { domain: first === 'index.docker.io' ? 'docker.io' : first, rest: name.slice(slash + 1) };
}

/** Docker's `reference.ParseNormalizedNamed`, with its error texts. */
export function parseImageReference(image: string): ImageParseResult {
  if (HEX_ID.test(image)) {
    return { ok: false, error: `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, rest: split } = splitDomain(image);
  let rest = split;
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  // Docker checks case on everything before the first `:` after the domain (the tag separator).
  const colon = rest.indexOf(':');
  const repository = colon < 0 ? rest : rest.slice(0, colon);
  if (repository.toLowerCase() !== repository) {
    return { ok: false, error: `invalid reference format: repository name (${repository}) must be lowercase` };
  }
  const m = REFERENCE.exec(`${domain}/${rest}`);
  if (!m) return { ok: false, error: 'invalid reference format' };
  if (m[1]!.length > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, error: `invalid reference format: repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  const path = m[1]!.slice(domain.length + 1);
  return { ok: true, ref: { domain, path, ...(m[2] ? { tag: m[2] } : {}), ...(m[3] ? { digest: m[3] } : {}) } };
}

/** The familiar string: `docker.io/` and `library/` dropped again. */
function familiarName(ref: ImageReference): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  const short = ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return short.includes('/') ? ref.path : short;
}

/**
 * The image the API client sends: `nginx` → `nginx:latest`, `docker.io/library/x` → `x:latest`,
 * `busybox@sha256:…` kept. An image that doesn't parse is sent as written (the client gives up).
 */
export function normalizeImage(image: string): string {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return image;
  const { ref } = parsed;
  const tag = ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
  return `${familiarName(ref)}${tag !== undefined ? `:${tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
