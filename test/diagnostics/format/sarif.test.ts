import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { formatSarif } from '../../../src/diagnostics/format/sarif.js';
import { RULES } from '../../../src/lint/registry.js';

const rules = RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, rationale: meta.rationale, defaultSeverity: meta.defaultSeverity }));
const list: Diagnostic[] = [
  { code: 'lint/image-tag', severity: 'warning', message: 'no tag', file: 'compose.yml', line: 3, column: 12, endLine: 3, endColumn: 17, path: ['services', 'web', 'image'], data: { service: 'web', image: 'nginx', messageId: 'missing' } },
  { code: 'validate/type', severity: 'error', message: 'must be a string', file: '/work/app/sub dir/compose.prod.yml', line: 1, column: 1, path: ['version'] },
  { code: 'lint/no-expose', severity: 'info', message: 'ignored', file: '/elsewhere/c.yml' },
  { code: 'cli/no-files', severity: 'error', message: 'no compose file given' },
];

function validator() {
  const require = createRequire(import.meta.url);
  const Ajv2020 = (require('ajv/dist/2020') as { default: new (o: object) => { compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown } } }).default;
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schema);
}

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(list, { cwd: '/work/app', version: '1.2.3', rules }));

  it('is valid SARIF 2.1.0', () => {
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? null).toBeNull();
    expect(ok).toBe(true);
  });

  it('describes stackc and every rule, plus the non-lint codes that appear', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'stackc', version: '1.2.3' });
    expect(driver.informationUri).toMatch(/^https:/);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('lint/published-port-conflict');
    expect(ids).toContain('validate/type');
    expect(ids).toContain('cli/no-files');
    expect(ids).toEqual([...ids].sort());
    for (const r of driver.rules) expect(r.shortDescription.text && r.fullDescription.text && r.help.text).toBeTruthy();
  });

  it('gives results with rule ids, levels, relative locations and stable fingerprints', () => {
    const [tag, type, expose, noFiles] = log.runs[0].results;
    expect(tag).toMatchObject({
      ruleId: 'lint/image-tag',
      level: 'warning',
      message: { text: 'no tag' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'compose.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 17 } } }],
    });
    expect(log.runs[0].tool.driver.rules[tag.ruleIndex].id).toBe('lint/image-tag');
    expect(type.locations[0].physicalLocation.artifactLocation.uri).toBe('sub%20dir/compose.prod.yml');
    expect(type.level).toBe('error');
    expect(expose.level).toBe('note');
    expect(expose.locations[0].physicalLocation.artifactLocation.uri).toBe('file:///elsewhere/c.yml');
    expect(noFiles.locations).toBeUndefined();
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/app/');
  });

  it('fingerprints ignore positions but not identity', () => {
    const moved = { ...list[0]!, line: 30, column: 2, endLine: 30, endColumn: 9 };
    const other = { ...list[0]!, data: { ...list[0]!.data, image: 'redis' } };
    const fp = (d: Diagnostic) => JSON.parse(formatSarif([d], { cwd: '/work/app', version: '1', rules })).runs[0].results[0].partialFingerprints['stackcFinding/v1'];
    expect(fp(moved)).toBe(fp(list[0]!));
    expect(fp(other)).not.toBe(fp(list[0]!));
    expect(fp(list[0]!)).toMatch(/^[0-9a-f]{64}$/);
  });
});
