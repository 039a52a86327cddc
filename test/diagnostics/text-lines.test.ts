import { describe, expect, it } from 'vitest';
import { TextLines, linesOf } from '../../src/diagnostics/text-lines.js';

describe('TextLines', () => {
  const lines = new TextLines('a: 1\r\n\nb:\t2\r\nlast\r');

  it('gives line texts without their line break', () => {
    expect([1, 2, 3, 4].map((l) => lines.lineText(l))).toEqual(['a: 1', '', 'b:\t2', 'last\r']);
    expect(lines.lineText(5)).toBe('');
  });

  it('gives 1-based positions', () => {
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(9)).toEqual({ line: 3, column: 3 });
  });
});

describe('linesOf', () => {
  it('shares the lines of a file among readers of one sources map, until its text changes', () => {
    const sources = new Map([['c.yml', 'x: 1\n']]);
    const first = linesOf(sources, 'c.yml');
    expect(linesOf(sources, 'c.yml')).toBe(first);
    sources.set('c.yml', 'y: 2\n');
    expect(linesOf(sources, 'c.yml')?.lineText(1)).toBe('y: 2');
    expect(linesOf(sources, 'other.yml')).toBeUndefined();
  });
});
