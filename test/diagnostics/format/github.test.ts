import { expect, it } from 'vitest';
import { formatGithub } from '../../../src/diagnostics/format/github.js';

it('prints workflow commands with GitHub escaping', () => {
  const out = formatGithub([
    { code: 'lint/image-tag', severity: 'warning', message: '100% sure:\nline two', file: 'dir,x/compose:1.yml', line: 3, column: 12, endLine: 3, endColumn: 17 },
    { code: 'lint/no-expose', severity: 'info', message: 'note', file: 'compose.yml' },
    { code: 'cli/no-files', severity: 'error', message: 'no compose file' },
  ]);
  expect(out).toBe(
    '::warning file=dir%2Cx/compose%3A1.yml,line=3,col=12,endLine=3,endColumn=17,title=lint/image-tag::100% sure:%0Aline two\n'.replace('100% sure', '100%25 sure') +
      '::notice file=compose.yml,title=lint/no-expose::note\n' +
      '::error title=cli/no-files::no compose file\n',
  );
});
