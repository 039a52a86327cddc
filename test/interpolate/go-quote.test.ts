import { describe, it, expect } from 'vitest';
import { goQuote } from '../../src/interpolate/go-quote.js';

describe('goQuote', () => {
  it.each([
    ['x${FOO', '"x${FOO"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\there\nnl', '"tab\\there\\nnl"'],
    ['\u0001\u007f', '"\\x01\\x7f"'],
    // observed with docker stack config: é kept, no-break space escaped
    ['é\u00a0"q', '"é\\u00a0\\"q"'],
    ['\u200b', '"\\u200b"'],
    ['日本', '"日本"'],
    ['😀', '"😀"'],
  ])('%j quotes as %s', (text, quoted) => {
    expect(goQuote(text)).toBe(quoted);
  });
});
