import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { formatStylish } from '../../../src/diagnostics/format/stylish.js';

const list: Diagnostic[] = [
  { code: 'lint/image-tag', severity: 'warning', message: 'image "nginx" has no tag', file: 'compose.yml', line: 3, column: 12 },
  { code: 'validate/type', severity: 'error', message: 'must be a string', file: 'compose.yml', line: 10, column: 5 },
  { code: 'lint/no-expose', severity: 'info', message: 'expose is ignored', file: 'compose.prod.yml', line: 4, column: 5 },
];

describe('formatStylish', () => {
  it('groups by file, aligns columns and sums up', () => {
    expect(formatStylish(list)).toBe(
      [
        'compose.yml',
        '  3:12  warning  image "nginx" has no tag  lint/image-tag',
        '  10:5  error    must be a string          validate/type',
        '',
        'compose.prod.yml',
        '  4:5  info  expose is ignored  lint/no-expose',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when clean', () => {
    expect(formatStylish([])).toBe('');
  });
});
