import { describe, it, expect } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { COMPOSE_SPEC_MODE, composeCastFor, composeSubstitute } from '../../src/interpolate/compose-grammar.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import type { Lookup } from '../../src/interpolate/template.js';

// Expectations follow compose-spec.md §3.1 and the cases of compose-go's `template/template_test.go`
// (FOO=first, BAR set and empty).
const ENV: Record<string, string> = { FOO: 'first', BAR: '', ZOT: 'zot' };
const lookup: Lookup = (name) => (Object.prototype.hasOwnProperty.call(ENV, name) ? ENV[name] : undefined);
const sub = (text: string) => composeSubstitute(text, lookup);

describe('composeSubstitute: values', () => {
  it.each([
    ['no dollar', 'no dollar'],
    // escapes
    ['$${foo}', '${foo}'],
    ['$$FOO', '$FOO'],
    ['$$$FOO', '$first'],
    // a `$` not followed by `$`, a name or `{` stays literal
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$', '$'],
    ['$1 and $-', '$1 and $-'],
    // plain forms
    ['This $FOO var', 'This first var'],
    ['This ${FOO} var', 'This first var'],
    ['This ${missing} var', 'This  var'],
    ['This ${BAR} var', 'This  var'],
    // unbraced takes no modifier
    ['$FOO-bar', 'first-bar'],
    ['$missing:-x', ':-x'],
    // defaults
    ['ok ${missing:-def}', 'ok def'],
    ['ok ${missing-def}', 'ok def'],
    ['ok ${BAR:-def}', 'ok def'],
    ['ok ${BAR-def}', 'ok '],
    ['ok ${FOO:-def}', 'ok first'],
    // presence alternatives
    ['ok ${UNSET_VAR:+presence_value}', 'ok '],
    ['ok ${UNSET_VAR+presence_value}', 'ok '],
    ['ok ${FOO:+presence_value}', 'ok presence_value'],
    ['ok ${FOO+presence_value}', 'ok presence_value'],
    ['ok ${BAR:+presence_value}', 'ok '],
    ['ok ${BAR+presence_value}', 'ok presence_value'],
    // operator = the first one after the name; the rest of the word is verbatim
    ['ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
    ['${missing:-a-b}', 'a-b'],
    ['${missing-a:-b}', 'a:-b'],
    // satisfied requirements
    ['ok ${FOO:?err}', 'ok first'],
    ['ok ${BAR?err}', 'ok '],
    // nesting
    ['ok ${UNSET_VAR-$FOO}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO}}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR+$FOO}', 'ok first'],
    ['ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
    ['${A:-${B:-x}}', 'x'],
    ['${missing:-${BAR:-${ZOT:-qix}}}', 'zot'],
    ['${missing:-${other:-${more:-qix}}}', 'qix'],
    ['${missing:-{"json":1}}', '{"json":1}'],
    ['{{{ ${missing:-foo_} }}}', '{{{ foo_ }}}'],
    ['${FOO:-x}} tail ${ZOT}', 'first} tail zot'],
    // names are case-sensitive but may use either case
    ['${foo:-lower}', 'lower'],
  ])('%s → %s', (input, expected) => {
    const result = sub(input);
    expect(result.problem).toBeUndefined();
    expect(result.value).toBe(expected);
  });
});

describe('composeSubstitute: errors', () => {
  it.each([
    ['${', 0, 2],
    ['${}', 0, 3],
    ['${ }', 0, 4],
    ['${ foo}', 0, 7],
    ['${foo }', 0, 7],
    ['${foo!}', 0, 7],
    ['${A.B}', 0, 6],
    ['${A:x}', 0, 6],
    ['x ${A:-y', 2, 8],
    ['ok ${missing:-${}}', 14, 17],
  ])('%s is an invalid template at [%i, %i)', (input, start, end) => {
    const { problem } = sub(input);
    expect(problem).toMatchObject({ kind: 'invalid', start, end });
  });

  it.each([
    ['not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'UNSET_VAR', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
    ['not ok ${BAR:?Mandatory Variable Empty}', 'BAR', 'required variable BAR is missing a value: Mandatory Variable Empty'],
    ['not ok ${UNSET_VAR:?}', 'UNSET_VAR', 'required variable UNSET_VAR is missing a value'],
    ['not ok ${UNSET_VAR?Mandatory Variable Unset}', 'UNSET_VAR', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
    ['not ok ${UNSET_VAR?}', 'UNSET_VAR', 'required variable UNSET_VAR is missing a value'],
    ['not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'required variable UNSET_VAR is missing a value: Mandatory Variable first'],
    ['${UNSET?bar-baz}', 'UNSET', 'required variable UNSET is missing a value: bar-baz'],
    ['${missing:-${INNER:?deep}}', 'INNER', 'required variable INNER is missing a value: deep'],
  ])('%s fails on %s', (input, variable, message) => {
    const { problem } = sub(input);
    expect(problem).toMatchObject({ kind: 'required', variable, message });
  });

  it('reports the first problem and locates it in the original string', () => {
    const text = 'a ${X:?one} b ${Y:?two}';
    expect(sub(text).problem).toMatchObject({ variable: 'X', start: 2, end: 11 });
    const nested = 'a ${U:-${X:?deep}}';
    expect(sub(nested).problem).toMatchObject({ variable: 'X', start: 7, end: 17 });
  });

  it('evaluates default words lazily but messages and alternatives eagerly', () => {
    expect(sub('${FOO:-${X:?unused}}').problem).toBeUndefined();
    expect(sub('${FOO:?${X:?eager}}').problem).toMatchObject({ variable: 'X' });
    expect(sub('${missing:+${X:?eager}}').problem).toMatchObject({ variable: 'X' });
  });
});

describe('composeSubstitute: unset warnings', () => {
  it.each([
    ['${missing}', ['missing']],
    ['$missing and $missing ${other}', ['missing', 'other']],
    ['${missing:-d} ${missing-d} ${missing:+a} ${missing+a}', []],
    ['${missing:-${deeper}}', ['deeper']],
    ['${FOO:-${unused}}', []],
    ['${BAR} $FOO', []],
  ])('%s warns about %j', (input, unset) => {
    expect(sub(input).unset).toEqual(unset);
  });
});

describe('composeCastFor', () => {
  it.each([
    [['services', 'web', 'tty'], 'bool'],
    [['services', 'web', 'init'], 'bool'],
    [['services', 'a.b', 'privileged'], 'bool'],
    [['services', 'web', 'depends_on', 'db', 'required'], 'bool'],
    [['services', 'web', 'volumes', 0, 'read_only'], 'bool'],
    [['networks', 'n', 'enable_ipv6'], 'bool'],
    [['services', 'web', 'deploy', 'replicas'], 'int'],
    [['services', 'web', 'scale'], 'int'],
    [['services', 'web', 'ports', 2, 'target'], 'int'],
    [['services', 'web', 'ulimits', 'nofile', 'soft'], 'int'],
    [['services', 'web', 'pids_limit'], 'int'],
    [['services', 'web', 'cpus'], 'float'],
    [['services', 'web', 'deploy', 'update_config', 'max_failure_ratio'], 'float'],
    [['services', 'web', 'ports', 2, 'published'], undefined],
    [['services', 'web', 'secrets', 0, 'mode'], undefined],
    [['services', 'web', 'volumes', 'x', 'read_only'], undefined],
    [['services', 'web', 'image'], undefined],
  ] as const)('%j → %s', (path, cast) => {
    expect(composeCastFor(path)).toBe(cast);
  });
});

describe('COMPOSE_SPEC_MODE in interpolateDocument', () => {
  it('substitutes, casts changed values and reports located problems', () => {
    const diagnostics: DiagnosticInput[] = [];
    const data = {
      services: {
        web: {
          image: '${IMG:-nginx}:${TAG:+v$TAG}',
          deploy: { replicas: '${N:-2}' },
          tty: '${T:-yes}',
          command: 'echo ${X:?set X}',
        },
      },
    };
    const out = interpolateDocument(data, { file: 'c.yml', env: { TAG: '1' }, mode: COMPOSE_SPEC_MODE }, (d) => diagnostics.push(d));
    expect(out).toEqual({ services: { web: { image: 'nginx:v1', deploy: { replicas: 2 }, tty: true, command: 'echo ${X:?set X}' } } });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'interpolate/required-variable', path: ['services', 'web', 'command'], inner: [5, 16] }),
    ]);
    expect(COMPOSE_SPEC_MODE.name).toBe('compose-spec');
  });
});
