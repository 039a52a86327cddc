import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { Locator } from '../../src/diagnostics/locate.js';
import { loadLintConfig } from '../../src/lint/config.js';
import { RULES } from '../../src/lint/registry.js';

function memoryFs(files: Record<string, string>) {
  return {
    readFile: (p: string) => {
      const t = files[p];
      if (t === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(t);
    },
    exists: (p: string) => p in files,
  };
}

function load(files: Record<string, string>, startDir = '/repo/deploy/prod', explicit?: string) {
  const problems: DiagnosticInput[] = [];
  const config = loadLintConfig(startDir, memoryFs(files), (d) => void problems.push(d), explicit, { cwd: '/repo' });
  const locator = new Locator(new Map(config.source ? [[config.source.file, config.source.text]] : []));
  return { config, problems: problems.map((d) => locator.locate(d)) };
}

const severityOf = (config: ReturnType<typeof load>['config'], id: string) => config.rules.find((r) => r.rule.meta.id === id)?.severity;

describe('loadLintConfig', () => {
  it('uses every rule at its default without a config file', () => {
    const { config, problems } = load({});
    expect(problems).toEqual([]);
    expect(config.source).toBeUndefined();
    expect(config.rules.map((r) => r.rule.meta.id)).toEqual(RULES.map((r) => r.meta.id));
  });

  it('finds stackc.config.json upward and applies severities and options', () => {
    const { config, problems } = load({
      '/repo/stackc.config.json': JSON.stringify({ rules: { 'image-tag': 'error', 'no-expose': 'off', 'require-healthcheck': 'warn', 'no-published-internal-port': ['info', { ports: { '8080': 'admin' } }] } }),
    });
    expect(problems).toEqual([]);
    expect(config.source?.file).toBe('stackc.config.json');
    expect(severityOf(config, 'image-tag')).toBe('error');
    expect(severityOf(config, 'no-expose')).toBeUndefined();
    expect(severityOf(config, 'require-healthcheck')).toBe('warning');
    const internal = config.rules.find((r) => r.rule.meta.id === 'no-published-internal-port')!;
    expect(internal.severity).toBe('info');
    expect(internal.options).toEqual({ ports: { '8080': 'admin' } });
  });

  it('prefers the nearest file: stackc.config.json, then a package.json with a "stackc" key', () => {
    const { config } = load({
      '/repo/stackc.config.json': '{"rules": {"image-tag": "error"}}',
      '/repo/deploy/package.json': '{"name": "x"}',
      '/repo/deploy/prod/package.json': '{"name": "y", "stackc": {"rules": {"image-tag": "off"}}}',
    });
    expect(config.source?.file).toBe('deploy/prod/package.json');
    expect(severityOf(config, 'image-tag')).toBeUndefined();
  });

  it('reads an explicit file instead of looking up', () => {
    const { config } = load({ '/repo/stackc.config.json': '{}', '/repo/ci.json': '{"rules": {"image-tag": "error"}}' }, '/repo/deploy', '/repo/ci.json');
    expect(config.source?.file).toBe('ci.json');
    expect(severityOf(config, 'image-tag')).toBe('error');
  });

  it('reports an unreadable explicit file', () => {
    const { problems } = load({}, '/repo', '/repo/missing.json');
    expect(problems).toMatchObject([{ code: 'lint/config', severity: 'error', file: 'missing.json' }]);
  });

  it('locates JSON syntax errors', () => {
    const { problems } = load({ '/repo/stackc.config.json': '{\n  "rules": {\n    "image-tag": "error",\n  }\n}\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'lint/config', file: 'stackc.config.json', line: 4, column: 3 });
    expect(problems[0]!.message).toMatch(/^invalid JSON/);
  });

  it('locates unknown rules (with a suggestion), bad severities, bad options and unknown keys', () => {
    const text = [
      '{', // 1
      '  "rules": {', // 2
      '    "image-tags": "error",', // 3
      '    "no-expose": "fatal",', // 4
      '    "bind-mount-without-placement": ["warning", {"ignore": "/srv", "other": 1}],', // 5
      '    "require-image": ["error", {"x": 1}]', // 6
      '  },', // 7
      '  "extends": "recommended"', // 8
      '}',
    ].join('\n');
    const { config, problems } = load({ '/repo/stackc.config.json': text });
    const shown = problems.map((d) => `${d.line}:${d.column} ${d.message}`).sort((a, b) => parseFloat(a.replace(':', '.')) - parseFloat(b.replace(':', '.')));
    expect(shown).toEqual([
      '3:5 unknown rule "image-tags"; did you mean "image-tag"?',
      '4:18 rule "no-expose": expected "off", "info", "warning" ("warn"), "error", or [severity, options]; got "fatal"',
      '5:60 rule "bind-mount-without-placement": option ignore must be array',
      '5:68 rule "bind-mount-without-placement": unknown option "other"',
      '6:33 rule "require-image": unknown option "x"',
      '8:3 unknown configuration key "extends" (expected "rules")',
    ]);
    expect(problems.every((d) => d.code === 'lint/config' && d.severity === 'error' && d.file === 'stackc.config.json')).toBe(true);
    // Invalid entries keep their defaults; the rest of the file still applies.
    expect(severityOf(config, 'no-expose')).toBe('warning');
    expect(severityOf(config, 'require-image')).toBe('error');
  });
});
