import { describe, it, expect } from 'vitest';
import { applyCast, castBool, castFor, CAST_TABLE, dockerPath, matchesPattern } from '../../src/interpolate/casts.js';

describe('dockerPath', () => {
  it.each([
    [['services', 'a', 'image'], 'services.a.image'],
    [['services', 'a', 'command', 1], 'services.a.command.[]'], // as docker prints it
    [['services', 'a', 'ports', 0, 'target'], 'services.a.ports.[].target'],
    [['version'], 'version'],
    [[], ''],
  ] as const)('%j is %j', (path, dotted) => {
    expect(dockerPath(path)).toBe(dotted);
  });
});

describe('matchesPattern', () => {
  it.each([
    [['services', 'web', 'privileged'], 'services.*.privileged', true],
    [['services', 'web', 'ulimits', 'nofile'], 'services.*.ulimits.*', true],
    [['services', 'web', 'ulimits', 'nofile', 'soft'], 'services.*.ulimits.*', false],
    [['services', 'web', 'ports', 3, 'target'], 'services.*.ports.[].target', true],
    [['services', 'web', 'ports', 'x', 'target'], 'services.*.ports.[].target', false],
    // docker splits the dotted path again: a key holding a dot adds a part
    [['services', 'a.b', 'privileged'], 'services.*.privileged', false],
  ] as const)('%j against %s: %s', (path, pattern, expected) => {
    expect(matchesPattern(path, pattern.split('.'))).toBe(expected);
  });
});

describe('castFor', () => {
  it('covers every row of the table', () => {
    for (const [pattern, cast] of CAST_TABLE) {
      const path = pattern.split('.').map((p) => (p === '*' ? 'k' : p === '[]' ? 0 : p));
      expect(castFor(path)).toBe(cast);
    }
  });

  it.each([
    [['services', 'a', 'deploy', 'replicas'], 'int'],
    [['services', 'a', 'deploy', 'update_config', 'max_failure_ratio'], 'float'],
    [['services', 'a', 'volumes', 2, 'volume', 'nocopy'], 'bool'],
    [['services', 'a', 'ulimits', 'nproc'], 'int'],
    [['services', 'a', 'ulimits', 'nofile', 'hard'], 'int'],
    [['networks', 'n', 'attachable'], 'bool'],
    [['configs', 'c', 'external'], 'bool'],
    [['services', 'a', 'configs', 0, 'mode'], 'int'],
    // not in docker's table: stays a string (and then fails the schema)
    [['services', 'a', 'init'], undefined],
    [['services', 'a', 'tmpfs', 0, 'size'], undefined],
    [['services', 'a', 'deploy', 'resources', 'limits', 'pids'], undefined],
    [['x-replicas'], undefined],
    [['services', 'a', 'secrets', 'mode'], undefined],
    [['volumes', 'v', 'external', 'name'], undefined],
    [['services', 'a.b', 'privileged'], undefined],
    // the re-split can also make a longer pattern match, and a key spelled `[]` reads as a list item
    [['services', 'x.deploy', 'replicas'], 'int'],
    [['services.x', 'tty'], 'bool'],
    [['services', 'a', 'ports', '[]', 'target'], 'int'],
  ] as const)('%j casts to %s', (path, cast) => {
    expect(castFor(path)).toBe(cast);
  });
});

describe('castBool', () => {
  it.each([
    ['y', true], ['Yes', true], ['TRUE', true], ['On', true],
    ['n', false], ['NO', false], ['False', false], ['oFF', false],
  ])('%j is %s', (text, value) => {
    expect(castBool(text)).toEqual({ ok: true, value });
  });

  it.each(['xyz', '1', '0', '', ' true'])('%j is invalid', (text) => {
    // observed with docker stack config: `invalid boolean: xyz`
    expect(castBool(text)).toEqual({ ok: false, error: `invalid boolean: ${text}` });
  });
});

describe('applyCast', () => {
  it.each([
    ['int', '42', { ok: true, value: 42 }],
    ['float', '0.25', { ok: true, value: 0.25 }],
    ['bool', 'on', { ok: true, value: true }],
    ['int', 'xyz', { ok: false, error: 'strconv.Atoi: parsing "xyz": invalid syntax' }],
    ['float', 'x', { ok: false, error: 'strconv.ParseFloat: parsing "x": invalid syntax' }],
  ] as const)('%s %j', (kind, text, result) => {
    expect(applyCast(kind, text)).toEqual(result);
  });
});
