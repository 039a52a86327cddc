import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { applyDisableComments } from '../../src/lint/disable-comments.js';

const text = [
  'services:', // 1
  '  web:', // 2
  '    # stackc-disable-next-line image-tag', // 3
  '    image: nginx', // 4
  '    expose: ["80"] # stackc-disable-line no-expose, lint/no-depends-on', // 5
  '    # stackc-disable-next-line', // 6
  '    container_name: web', // 7
  '    restart: always # stackc-disable-line other-rule -- not this one', // 8
].join('\n');

const at = (code: string, line: number): Diagnostic => ({ code, severity: 'warning', message: code, file: 'compose.yml', line, column: 5 });

describe('applyDisableComments', () => {
  const sources = new Map([['compose.yml', text]]);
  it('drops lint diagnostics covered by a directive, keeps the rest', () => {
    const input = [
      at('lint/image-tag', 4),
      at('lint/require-healthcheck', 4),
      at('lint/no-expose', 5),
      at('lint/no-depends-on', 5),
      at('lint/no-container-name', 7),
      at('lint/anything', 7),
      at('lint/restart-without-restart-policy', 8),
      at('validate/type', 7),
    ];
    expect(applyDisableComments(input, sources).map((d) => `${d.code}@${d.line}`)).toEqual([
      'lint/require-healthcheck@4',
      'lint/restart-without-restart-policy@8',
      'validate/type@7',
    ]);
  });

  it('keeps unlocated diagnostics and files without text', () => {
    const unlocated: Diagnostic = { code: 'lint/image-tag', severity: 'warning', message: 'x', file: 'compose.yml' };
    const other = { ...at('lint/image-tag', 4), file: 'other.yml' };
    expect(applyDisableComments([unlocated, other], sources)).toEqual([unlocated, other]);
  });
});
