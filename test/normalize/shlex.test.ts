import { describe, it, expect } from 'vitest';
import { shlexSplit } from '../../src/normalize/shlex.js';

// google/shlex semantics; the comment and quote cases were observed with `docker stack config`.
describe('shlexSplit', () => {
  it.each([
    ['', []],
    ['echo hi', ['echo', 'hi']],
    ['  a\tb\nc  ', ['a', 'b', 'c']],
    [`sh -c 'echo hi'`, ['sh', '-c', 'echo hi']],
    ['"a\\"b"', ['a"b']],
    ['a\\ b', ['a b']],
    ["''", ['']],
    ['echo # hi "there"', ['echo']],
    ['a#b', ['a#b']],
    ['# c\nx', ['x']],
    [`"it's"`, ["it's"]],
    [`'a\\b'`, ['a\\b']],
  ])('%j', (input, words) => {
    expect(shlexSplit(input)).toEqual({ ok: true, words });
  });

  it.each([
    ['echo "hi', 'EOF found when expecting closing quote'],
    ["echo 'hi", 'EOF found when expecting closing quote'],
    ['a\\', 'EOF found after escape character'],
    ['"a\\', 'EOF found after escape character'],
  ])('rejects %j', (input, error) => {
    expect(shlexSplit(input)).toEqual({ ok: false, error });
  });
});
