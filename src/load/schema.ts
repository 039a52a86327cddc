import {
  FAILSAFE_SCHEMA,
  NOT_RESOLVED,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  mergeTag,
  type Schema,
} from 'js-yaml';
import { FIRST_CHARS, resolvePlainScalar } from './go-yaml-scalars.js';
import { isRecord, setOwn } from './plain-data.js';

/**
 * The js-yaml schema that reads compose files the way docker does: go-yaml v3 scalar typing,
 * `<<` merge keys, string-only mapping keys, and the compose-spec `!reset` / `!override` tags
 * accepted (their values are constructed as usual; the tags themselves are recorded separately,
 * from the event stream, only for files that contain them).
 */


function resolveAs(kinds: readonly string[]) {
  return (source: string) => {
    const r = resolvePlainScalar(source);
    return kinds.includes(r.kind) ? r.value : NOT_RESOLVED;
  };
}

const nullTag = defineScalarTag('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: FIRST_CHARS.null,
  resolve: resolveAs(['null']),
  identify: (v) => v === null,
});

const boolTag = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: FIRST_CHARS.bool,
  resolve: resolveAs(['bool']),
  identify: (v) => typeof v === 'boolean',
});

// One implicit tag for ints, floats and timestamps: go-yaml decides between them in a fixed order
// (timestamp, int, uint, float), which resolvePlainScalar reproduces in one pass.
const numberTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: FIRST_CHARS.number,
  resolve: resolveAs(['int', 'float', 'timestamp']),
  identify: (v) => typeof v === 'number',
});

const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  resolve: resolveAs(['int', 'float']),
  identify: () => false,
});

const timestampTag = defineScalarTag('tag:yaml.org,2002:timestamp', {
  resolve: resolveAs(['timestamp']),
  identify: () => false,
});

type PlainMap = Record<string, unknown>;

/** Mapping options shared by the default map and the `!reset`/`!override` mappings. */
const mapOptions = {
  create: (): PlainMap => ({}),
  identify: isRecord,
  addPair: (container: PlainMap, key: unknown, value: unknown): string => {
    // docker decodes into string-keyed maps: a number, boolean or null key fails there
    // ("json: unsupported type: map[interface {}]interface {}"); say it where it is written.
    if (typeof key !== 'string') return `mapping key ${String(key)} is not a string; quote it`;
    setOwn(container, key, value);
    return '';
  },
  has: (container: PlainMap, key: unknown) => typeof key === 'string' && Object.prototype.hasOwnProperty.call(container, key),
  keys: (container: PlainMap) => Object.keys(container),
  get: (container: PlainMap, key: unknown) => container[String(key)],
};

const seqOptions = {
  create: (): unknown[] => [],
  addItem: (carrier: unknown[], item: unknown) => {
    carrier.push(item);
  },
  identify: (v: unknown) => Array.isArray(v),
};

const mapTag = defineMappingTag('tag:yaml.org,2002:map', mapOptions);

/** The compose-spec merge tags, constructed like untagged nodes of each kind. */
const mergeControlTags = ['!reset', '!override'].flatMap((name) => [
  defineScalarTag(name, { resolve: (s: string) => (resolvePlainScalar(s).value as unknown), identify: () => false }),
  defineSequenceTag(name, { ...seqOptions, identify: () => false }),
  defineMappingTag(name, { ...mapOptions, identify: () => false }),
]);

/** The schema `loadFile` parses with. */
export const COMPOSE_YAML_SCHEMA: Schema = FAILSAFE_SCHEMA.withTags(
  mapTag,
  nullTag,
  boolTag,
  numberTag,
  floatTag,
  timestampTag,
  mergeTag,
  ...mergeControlTags,
);
