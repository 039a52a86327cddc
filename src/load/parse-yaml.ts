import { constructFromEvents, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { constructComposeDocuments } from './construct.js';
import { parseLenient } from './parse-yaml-lenient.js';
import { COMPOSE_YAML_SCHEMA } from './schema.js';

/**
 * Parse the first YAML document of a compose file into plain data.
 *
 * The fast path is js-yaml, which keeps no positions: a 40,000-line file parses in a tenth of the
 * time `yaml`'s positioned document takes, and positions are only needed when something is wrong.
 * When js-yaml rejects the text, the file is parsed again with `yaml` (see parse-yaml-lenient.ts),
 * which reports every syntax problem at once with offsets, so the user sees all of them in one run.
 */
export type ParsedYaml =
  | { ok: true; data: unknown; events?: readonly Event[]; withDollar?: ReadonlySet<object> }
  | { ok: false; problems: Omit<DiagnosticInput, 'file'>[] };

/** Aliases allowed per document: generous for real files, fatal for "billion laughs" inputs. */
const MAX_ALIASES = 10_000;

/** Parse `text` (the whole file); only the first document counts, as in docker. */
export function parseFirstDocument(text: string): ParsedYaml {
  const first = firstDocumentText(text);
  try {
    // js-yaml's `load` is these two steps; doing them here keeps the events, from which positions
    // are read later without parsing the text a second time.
    const events = parseEvents(first, {});
    // The compose-specific constructor builds the same data much faster; whatever it leaves
    // undecided (errors, rare constructs) js-yaml's own constructor builds or rejects.
    // It also notes the containers that hold a `$`, so interpolation skips all the others.
    const withDollar = new Set<object>();
    const documents = constructComposeDocuments(events, first, MAX_ALIASES, withDollar);
    if (documents) return { ok: true, data: documents[0], events, withDollar };
    return { ok: true, data: constructFromEvents(events, { schema: COMPOSE_YAML_SCHEMA, maxAliases: MAX_ALIASES, source: first })[0], events };
  } catch (err) {
    return parseAfterRefusal(first, err);
  }
}

/**
 * docker reads only the first document of a multi-document stream and never looks at the rest, so
 * later documents may even be broken. Cut the text at the second document marker.
 */
export function firstDocumentText(text: string): string {
  const marker = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let started = false;
  let from = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (m[1] === '...' || started || hasContent(text.slice(from, m.index))) return text.slice(0, m.index);
    // A leading `---` opens the first document; the next marker closes it.
    started = true;
    from = m.index + 3;
  }
  return text;
}

function hasContent(s: string): boolean {
  return /^[ \t]*[^\s#%]/m.test(s);
}

/**
 * js-yaml refused the text: let the lenient parser decide. If it accepts the file, that is the
 * data (docker accepts it too); otherwise it lists every syntax problem with offsets. If it sees
 * nothing wrong where js-yaml did for a reason of its own, use js-yaml's words.
 */
function parseAfterRefusal(text: string, err: unknown): ParsedYaml {
  const lenient = parseLenient(text, MAX_ALIASES);
  if (lenient.ok || lenient.problems.some((p) => p.offset)) return lenient;
  const ex = err instanceof YAMLException ? err : undefined;
  const pos = ex?.mark?.position ?? 0;
  return {
    ok: false,
    problems: [{ code: 'load/invalid-yaml', severity: 'error', message: ex?.reason ?? String(err), offset: [pos, pos + 1] }],
  };
}
