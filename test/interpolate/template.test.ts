import { describe, it, expect } from 'vitest';
import { substitute, type Lookup } from '../../src/interpolate/template.js';

// Every expected value in this file was observed with `docker stack config` (docker CLI 28.2.2),
// running `env -i FOO=xyz EMPTYV= docker stack config -c f.yml` with the input as `image: "<input>"`.
const ENV: Record<string, string> = { FOO: 'xyz', EMPTYV: '', 'ſx': 'QQ' };
const lookup: Lookup = (name) => (Object.prototype.hasOwnProperty.call(ENV, name) ? ENV[name] : undefined);

describe('substitute: successful substitutions', () => {
  it.each([
    // plain forms
    ['no dollar at all', 'no dollar at all'],
    ['$FOO', 'xyz'],
    ['${FOO}', 'xyz'],
    ['a${FOO}b', 'axyzb'],
    ['${UNSETV}', ''],
    ['$foo', ''],
    ['${Foo_1}', ''],
    // escapes
    ['$$HOME', '$HOME'],
    ['$$$FOO', '$xyz'],
    ['$${FOO}', '${FOO}'],
    // soft and hard defaults
    ['a${EMPTYV:-d}b', 'adb'],
    ['${UNSETV:-d}', 'd'],
    ['${FOO:-}', 'xyz'],
    ['${EMPTYV-d}', ''],
    ['${UNSETV-d}', 'd'],
    // required forms that are satisfied
    ['${EMPTYV?}', ''],
    ['${FOO:?msg}', 'xyz'],
    ['${FOO?msg}', 'xyz'],
    // unbraced modifiers swallow up to `}` or the end
    ['$FOO-bar', 'xyz'],
    ['$UNSETV-bar', 'bar'],
    ['$FOO:-bar', 'xyz'],
    ['$FOO?x', 'xyz'],
    ['$FOO.bar', 'xyz.bar'],
    ['$FOO}', 'xyz}'],
    ['$UNSETV-a}b', 'a}b'],
    ['$FOO bar-$FOO', 'xyz bar-xyz'],
    ['$FOO:x', 'xyz:x'],
    // operator precedence is a substring test in the order :-, -, :?, ?
    ['${UNSETV:?must be set-ok}', 'ok'],
    ['${FOO-a:-b}', 'b'],
    // defaults are verbatim, no nesting
    ['${UNSETV:-${FOO}}', '${FOO}'],
    // the error-reset quirk: a later substitution clears an earlier error
    ['${UNSETV:?boom} ${FOO:-d}', ' xyz'],
    ['$1 $FOO', '1 xyz'],
    ['${ $FOO}', '{ xyz}'],
    // Go's (?i) folds ſ and the Kelvin sign into [_a-z]
    ['a$ſ', 'a'],
    ['a$\u212a', 'a'],
    ['a${ſx}b', 'aQQb'],
  ])('%j gives %j', (input, expected) => {
    expect(substitute(input, lookup)).toEqual({ value: expected });
  });

  it('returns the very same string when there is no $', () => {
    const text = 'x'.repeat(100);
    expect(substitute(text, lookup).value).toBe(text);
  });
});

describe('substitute: problems', () => {
  it.each([
    // [input, kind, message, start, end]
    ['$1', 'invalid', 'invalid template "$1"', 0, 2],
    ['x$', 'invalid', 'invalid template "$"', 1, 2],
    ['x${FOO', 'invalid', 'invalid template "${FOO"', 1, 6],
    ['${}', 'invalid', 'invalid template "${}"', 0, 3],
    ['${ foo}', 'invalid', 'invalid template "${ foo}"', 0, 7],
    ['${foo!}', 'invalid', 'invalid template "${foo!}"', 0, 7],
    ['${VAR:+x}', 'invalid', 'invalid template "${VAR:+x}"', 0, 9],
    ['${FOO+x}', 'invalid', 'invalid template "${FOO+x}"', 0, 8],
    ['a$é', 'invalid', 'invalid template "$é"', 1, 3],
    ['${FOO:-d} ${UNSETV:?boom}', 'required', 'required variable UNSETV is missing a value: boom', 10, 25],
    ['${EMPTYV:?}', 'required', 'required variable EMPTYV is missing a value: ', 0, 11],
    ['${UNSETV?}', 'required', 'required variable UNSETV is missing a value: ', 0, 10],
    ['x $UNSETV?no value', 'required', 'required variable UNSETV is missing a value: no value', 2, 18],
    // the last non-escape match decides: invalid after required, required kept across `$$`
    ['${UNSETV:?x} $1', 'invalid', 'invalid template "$1"', 13, 15],
    ['${UNSETV:?x} $$', 'required', 'required variable UNSETV is missing a value: x', 0, 12],
  ] as const)('%j: %s %j at [%i, %i)', (input, kind, message, start, end) => {
    const { problem } = substitute(input, lookup);
    expect(problem).toMatchObject({ kind, message, start, end });
    expect(input.slice(start, end).startsWith('$')).toBe(true);
  });

  it('names the missing variable', () => {
    expect(substitute('${UNSETV:?boom}', lookup).problem?.variable).toBe('UNSETV');
  });

  it('looks up odd names literally, as docker does', () => {
    const seen: string[] = [];
    substitute('${FOO-a:-b}${UNSETV:?must be set-ok}', (n) => (seen.push(n), undefined));
    expect(seen).toEqual(['FOO-a', 'UNSETV:?must be set']);
  });
});
