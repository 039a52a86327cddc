import { describe, it, expect } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import type { Env } from '../../src/options.js';

// Expected values and docker messages below were observed with `docker stack config` (CLI 28.2.2)
// run as `env -i FOO=xyz EMPTYV= R=... docker stack config -c f.yml`.
function run(data: unknown, env: Env = { FOO: 'xyz', EMPTYV: '' }) {
  const diagnostics: DiagnosticInput[] = [];
  const out = interpolateDocument(data, { file: 'f.yml', env }, (d) => diagnostics.push(d));
  return { out, diagnostics };
}

const svc = (fields: Record<string, unknown>) => ({ version: '3.8', services: { a: { image: 'x', ...fields } } });

describe('interpolateDocument: substitution', () => {
  it('substitutes every string value, including version, x-* and list items, but never keys', () => {
    const { out, diagnostics } = run({
      version: '${V:-3.8}',
      'x-$FOO': { k: '$FOO' },
      services: { '$FOO': { image: 'img:$FOO', command: ['a', '$FOO', 1, true, null] } },
    });
    expect(diagnostics).toEqual([]);
    expect(out).toEqual({
      version: '3.8',
      'x-$FOO': { k: 'xyz' },
      services: { '$FOO': { image: 'img:xyz', command: ['a', 'xyz', 1, true, null] } },
    });
  });

  it('treats an env entry holding undefined as unset', () => {
    expect(run({ a: '${U-unset}' }, { U: undefined }).out).toEqual({ a: 'unset' });
    expect(run({ a: '${constructor-unset}' }, {}).out).toEqual({ a: 'unset' });
  });

  it('never mutates its input and shares unchanged subtrees', () => {
    const untouched = { image: 'plain', command: ['x'] };
    const data = { services: { a: { image: '$FOO' }, b: untouched }, list: ['a', 'b'] };
    const snapshot = structuredClone(data);
    const out = run(data).out as typeof data;
    expect(data).toEqual(snapshot);
    expect(out).not.toBe(data);
    expect(out.services.a).not.toBe(data.services.a);
    expect(out.services.b).toBe(untouched);
    expect(out.list).toBe(data.list);
    expect(Object.keys(out.services)).toEqual(['a', 'b']);
  });

  it('returns the input itself when nothing changes', () => {
    const data = { services: { a: { image: 'x', ports: ['80:80'] } } };
    expect(run(data).out).toBe(data);
  });

  it('keeps a key named __proto__ as an own key', () => {
    const data = JSON.parse('{"x-a": {"__proto__": "$FOO", "b": "$FOO"}}');
    const out = run(data).out as Record<string, Record<string, unknown>>;
    expect(Object.keys(out['x-a'] as object)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(out['x-a'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out['x-a'], '__proto__')?.value).toBe('xyz');
  });
});

describe('interpolateDocument: template diagnostics', () => {
  it.each([
    [
      svc({ image: 'x${FOO' }),
      ['services', 'a', 'image'],
      [1, 6],
      'invalid interpolation format for services.a.image: "x${FOO"; you may need to escape any $ with another $',
    ],
    [
      svc({ command: ['a', 'x$'] }),
      ['services', 'a', 'command', 1],
      [1, 2],
      'invalid interpolation format for services.a.command.[]: "x$"; you may need to escape any $ with another $',
    ],
  ] as const)('reports invalid templates (%#)', (data, path, inner, dockerMessage) => {
    const text = dockerMessage.match(/: (".*"); you/)?.[1];
    const { out, diagnostics } = run(data);
    expect(diagnostics).toEqual([
      {
        code: 'interpolate/invalid-template',
        severity: 'error',
        message: `invalid interpolation format: ${text}; you may need to escape any $ with another $`,
        file: 'f.yml',
        path,
        inner,
        data: { dockerMessage },
      },
    ]);
    expect(out).toEqual(data); // the original text is kept
  });

  it('reports required variables with docker\'s wrapper and Go quoting', () => {
    const { diagnostics } = run(svc({ image: 'x\ty${UNSETV:?é\u00a0"q}' }));
    expect(diagnostics).toEqual([
      {
        code: 'interpolate/required-variable',
        severity: 'error',
        message: 'required variable UNSETV is missing a value: é\u00a0"q',
        file: 'f.yml',
        path: ['services', 'a', 'image'],
        inner: [3, 18],
        data: {
          variable: 'UNSETV',
          dockerMessage:
            'invalid interpolation format for services.a.image: "required variable UNSETV is missing a value: é\\u00a0\\"q"; you may need to escape any $ with another $',
        },
      },
    ]);
  });

  it('applies the error-reset quirk per string', () => {
    expect(run(svc({ image: '${UNSETV:?boom} ${FOO:-d}' })).diagnostics).toEqual([]);
    expect(run(svc({ image: '${FOO:-d} ${UNSETV:?boom}' })).diagnostics).toHaveLength(1);
  });

  it('reports every failing string, in document order', () => {
    const { diagnostics } = run({ a: '$1', b: ['${X:?m}'], c: { d: 'ok', e: '${}' } });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['interpolate/invalid-template', ['a']],
      ['interpolate/required-variable', ['b', 0]],
      ['interpolate/invalid-template', ['c', 'e']],
    ]);
  });
});

describe('interpolateDocument: casts', () => {
  it.each([
    [{ deploy: { replicas: '${R}' } }, '+007', { deploy: { replicas: 7 } }],
    [{ privileged: '${R}' }, 'On', { privileged: true }],
    [{ deploy: { update_config: { max_failure_ratio: '${R}' } } }, '1_0.5', { deploy: { update_config: { max_failure_ratio: 10.5 } } }],
    [{ ports: [{ target: '${R}', published: 8080 }] }, '80', { ports: [{ target: 80, published: 8080 }] }],
    [{ ulimits: { nproc: '$R', nofile: { soft: '$R' } } }, '5', { ulimits: { nproc: 5, nofile: { soft: 5 } } }],
    // off the table: interpolated values stay strings
    [{ init: '${R}' }, 'true', { init: 'true' }],
    [{ 'x-n': '${R}' }, '5', { 'x-n': '5' }],
  ])('%j with R=%j', (fields, r, expected) => {
    const { out, diagnostics } = run(svc(fields), { R: r });
    expect(diagnostics).toEqual([]);
    expect(out).toEqual(svc(expected));
  });

  it('casts only when interpolation changed the string', () => {
    expect(run(svc({ deploy: { replicas: '3' } })).out).toEqual(svc({ deploy: { replicas: '3' } }));
    expect(run(svc({ privileged: '${R}' }), { R: '${R}' }).out).toEqual(svc({ privileged: '${R}' }));
  });

  it('casts at top-level resource paths but not under a dotted service name', () => {
    const data = { networks: { n: { external: '$R' } }, services: { 'a.b': { privileged: '$R' } } };
    expect(run(data, { R: 'yes' }).out).toEqual({ networks: { n: { external: true } }, services: { 'a.b': { privileged: 'yes' } } });
  });

  it.each([
    [{ deploy: { replicas: '${R}' } }, 'xyz', ['services', 'a', 'deploy', 'replicas'],
      'error while interpolating services.a.deploy.replicas: failed to cast to expected type: strconv.Atoi: parsing "xyz": invalid syntax'],
    [{ privileged: '${R}' }, 'xyz', ['services', 'a', 'privileged'],
      'error while interpolating services.a.privileged: failed to cast to expected type: invalid boolean: xyz'],
    [{ deploy: { update_config: { max_failure_ratio: '${R}' } } }, '1e400', ['services', 'a', 'deploy', 'update_config', 'max_failure_ratio'],
      'error while interpolating services.a.deploy.update_config.max_failure_ratio: failed to cast to expected type: strconv.ParseFloat: parsing "1e400": value out of range'],
    // `$$` counts as a change, so the cast runs on "$"
    [{ ports: [{ target: 80, published: '$$' }] }, '', ['services', 'a', 'ports', 0, 'published'],
      'error while interpolating services.a.ports.[].published: failed to cast to expected type: strconv.Atoi: parsing "$": invalid syntax'],
  ])('reports cast failures (%#)', (fields, r, path, dockerMessage) => {
    const { diagnostics } = run(svc(fields), { R: r });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'interpolate/cast',
      severity: 'error',
      message: dockerMessage.replace(/^error while interpolating [^:]*: /, ''),
      file: 'f.yml',
      path,
      data: { dockerMessage },
    });
    expect(diagnostics[0]?.inner).toBeUndefined();
  });
});

// Speed is measured by `npm run bench`; this checks a large document is handled correctly.
describe('interpolateDocument: large documents', () => {
  it('walks 20,000 services', () => {
    const services: Record<string, unknown> = {};
    for (let i = 0; i < 20000; i++) {
      services[`s${i}`] = { image: i % 10 === 0 ? 'img:${TAG:-1}' : 'img:1', environment: ['A=1', 'B=2'], deploy: { replicas: 2 } };
    }
    const { out, diagnostics } = run({ version: '3.8', services });
    expect(diagnostics).toEqual([]);
    expect((out as { services: Record<string, { image: string }> }).services['s0']?.image).toBe('img:1');
  });
});
