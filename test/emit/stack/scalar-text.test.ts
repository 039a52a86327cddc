import { describe, it, expect } from 'vitest';
import { scalarLine } from '../../../src/emit/stack/scalar-text.js';
import { isSimpleKey } from '../../../src/emit/stack/scalar-style.js';
import { canBePlainString, isObviouslyPlain } from '../../../src/emit/stack/plain-resolve.js';

// Expected texts observed with `docker stack config` (docker CLI 28.2.2) on labels holding
// these values, key at column 6 so continuation lines are at column 8.
describe('scalarLine (value position, indent 8)', () => {
  it.each([
    ['plain', 'node.role == worker', 'node.role == worker\n'],
    ['plain colon inside', 'a:b', 'a:b\n'],
    ['plain leading dash', '-x', '-x\n'],
    ['plain NaN', 'NaN', 'NaN\n'],
    ['plain non-ascii', 'naïve ü', 'naïve ü\n'],
    ['plain nbsp', 'x\u00a0y', 'x\u00a0y\n'],
    ['plain <<', '<<', '<<\n'],
    ['plain invalid date', '2001-02-30', '2001-02-30\n'],
    ['plain hex float', '0x1p-2', '0x1p-2\n'],
    ['plain out-of-range float', '1e400', '1e400\n'],
    ['plain base-60 look-alike', '1000:1000', '1000:1000\n'],
    ['plain long', 'a'.repeat(200), 'a'.repeat(200) + '\n'],
    ['double int', '3000', '"3000"\n'],
    ['double octal', '0777', '"0777"\n'],
    ['double 08 (float)', '08', '"08"\n'],
    ['double 0o', '0o17', '"0o17"\n'],
    ['double hex underscore', '0x_1F', '"0x_1F"\n'],
    ['double underscore int', '1_000', '"1_000"\n'],
    ['double trailing underscore', '1_', '"1_"\n'],
    ['double float', '1.0', '"1.0"\n'],
    ['double dot float', '.5', '".5"\n'],
    ['double exp', '1e3', '"1e3"\n'],
    ['double uint64 max', '18446744073709551615', '"18446744073709551615"\n'],
    ['double int64 min', '-9223372036854775808', '"-9223372036854775808"\n'],
    ['double huge (float)', '99999999999999999999', '"99999999999999999999"\n'],
    ['double base60', '1:20', '"1:20"\n'],
    ['double base60 float', '+1:20.5', '"+1:20.5"\n'],
    ['double date', '2001-12-14', '"2001-12-14"\n'],
    ['double leap date', '2000-02-29', '"2000-02-29"\n'],
    ['plain non-leap date', '1900-02-29', '1900-02-29\n'],
    ['double timestamp', '2001-12-14t21:59:43.10-05:00', '"2001-12-14t21:59:43.10-05:00"\n'],
    ['double spaced timestamp', '2001-12-14 21:59:43.10', '"2001-12-14 21:59:43.10"\n'],
    ['double bool', 'True', '"True"\n'],
    ['plain odd-case bool', 'tRUE', 'tRUE\n'],
    ['double yaml 1.1 bool', 'off', '"off"\n'],
    ['double y', 'y', '"y"\n'],
    ['double null', 'null', '"null"\n'],
    ['double tilde', '~', '"~"\n'],
    ['double inf', '+.inf', '"+.inf"\n'],
    ['plain odd inf', '.iNf', '.iNf\n'],
    ['double empty', '', '""\n'],
    ['double tab', 'tab\tx', '"tab\\tx"\n'],
    ['double emoji', '\u{1F600}', '"\\U0001F600"\n'],
    ['double NEL', 'x\u0085y', '"x\\Ny"\n'],
    ['double CR', 'x\ry', '"x\\ry"\n'],
    ['double C1 control', 'x\u0080y', '"x\\x80y"\n'],
    ['double DEL', 'x\u007fy', '"x\\x7Fy"\n'],
    ['double space before break', 'trail \nx', '"trail \\nx"\n'],
    ['double trailing space multi-line', 'ends with space\n ', '"ends with space\\n "\n'],
    ['single leading space', ' xyz', "' xyz'\n"],
    ['single trailing space', 'x ', "'x '\n"],
    ['single dash', '-', "'-'\n"],
    ['single dash space', '- ', "'- '\n"],
    ['single question space', '? x', "'? x'\n"],
    ['single colon', ':', "':'\n"],
    ['single trailing colon', 'x:', "'x:'\n"],
    ['single colon space', 'a: b', "'a: b'\n"],
    ['single space hash', 'a #b', "'a #b'\n"],
    ['single hash', '#x', "'#x'\n"],
    ['single bracket', '[x', "'[x'\n"],
    ['single quote', "'x", "'''x'\n"],
    ['single dquote', '"q"', `'"q"'\n`],
    ['single document marker', '---', "'---'\n"],
    ['single backquote', '`x', "'`x'\n"],
    ['literal strip', 'a\nb', '|-\n        a\n        b\n'],
    ['literal clip', 'a\nb\n', '|\n        a\n        b\n'],
    ['literal keep', 'a\nb\n\n', '|+\n        a\n        b\n\n'],
    ['literal blank line', 'x\n\ny', '|-\n        x\n\n        y\n'],
    ['literal leading space', ' lead\nx', '|2-\n         lead\n        x\n'],
    ['literal tab', 'a\tb\nc', '|-\n        a\tb\n        c\n'],
    ['literal indented line', 'a\n b', '|-\n        a\n         b\n'],
  ])('%s', (_name, value, expected) => {
    expect(scalarLine(value, 8, false)).toBe(expected);
  });

  it('U+2028 is a break: single quotes, next line indented (as docker prints it)', () => {
    expect(scalarLine('x\u2028y', 8, false)).toBe("'x\u2028        y'\n");
  });

  it.each([
    // docker prints `|2-` + `abc` for "\nabc", which reads back as "abc" (verified by feeding
    // docker its own output); we keep the leading break with an empty first line.
    ['\nabc', '|2-\n\n        abc\n'],
    ['\n', '|2+\n\n'],
    ['\n\nx\n', '|2\n\n\n        x\n'],
  ])('literal starting with a break keeps it: %j', (value, expected) => {
    expect(scalarLine(value, 8, false)).toBe(expected);
  });
});

describe('keys', () => {
  it.each([
    ['n', '"n"\n'],
    ['y', '"y"\n'],
    ['true', '"true"\n'],
    ['0o7', '"0o7"\n'],
    ['#k', "'#k'\n"],
    ['k: v', "'k: v'\n"],
    ['<<', '<<\n'],
    ['é', 'é\n'],
  ])('key %j', (key, expected) => {
    expect(scalarLine(key, 0, true)).toBe(expected);
  });

  it('a literal is impossible in an implicit key: double quotes', () => {
    expect(scalarLine('a\nb', 0, true)).toBe('"a\\nb"\n');
  });

  it.each([
    ['k'.repeat(128), true],
    ['k'.repeat(129), false],
    ['é'.repeat(65), false],
    ['é'.repeat(64), true],
    ['€'.repeat(42), true],
    ['€'.repeat(43), false],
    ['😀'.repeat(32), true],
    ['😀'.repeat(32) + 'k', false],
    ['multi\nkey', false],
  ])('isSimpleKey(%j) = %s (over 128 bytes or multi-line → `? key`)', (key, simple) => {
    expect(isSimpleKey(key)).toBe(simple);
  });
});

describe('canBePlainString', () => {
  it.each([
    ['abc', true], ['+', true], ['.', true], ['_1', true], ['Inf', true], ['1e', true], ['-0b2', true],
    ['0', false], ['-0', false], ['0.', false], ['+0.5e-3', false], ['-0b101', false], ['0O17', false],
    ['0X1F', false], ['.5_0', false], ['12:30:45', false], ['2001-12-14T21:59:43Z', false], ['No', false],
  ])('%j → %s', (s, plain) => {
    expect(canBePlainString(s)).toBe(plain);
  });
});

describe('isObviouslyPlain (fast path)', () => {
  it.each([
    ['registry.example.com/team1/api', true], ['/var/lib/app', true], ['tcp', true], ['a-b_c.d=e@f+g', true], ['node.role', true],
    ['', false], ['yes', false], ['null', false], ['1a', false], ['-x', false], ['.x', false], ['a b', false], ['a:b', false],
    ['a#b', false], ['aé', false], ['a$b', false], ['a\tb', false], ['a,b', false], ['a~', false],
  ])('%j → %s', (s, fast) => {
    expect(isObviouslyPlain(s)).toBe(fast);
    // The fast path may only say yes where the full analysis would print plain too.
    if (fast) expect(scalarLine(s, 8, false)).toBe(s + '\n');
  });
});
