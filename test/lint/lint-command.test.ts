import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerLint } from '../../src/cli/commands/lint.js';
import { memoryIo } from '../cli/memory-io.js';

/** Runs `stackc lint ...` with only the lint command registered (run.ts wiring is the lead's). */
async function lint(argv: string[], files: Record<string, string>) {
  const { io, out } = memoryIo(files);
  let code = -1;
  const program = new Command('stackc').exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerLint(program, { io, setExitCode: (c) => void (code = c) });
  try {
    await program.parseAsync(['lint', ...argv], { from: 'user' });
  } catch {
    code = 2;
  }
  return { code, ...out };
}

const clean = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n    deploy:\n      resources:\n        limits: { memory: 64M }\n';
const warned = 'services:\n  web:\n    image: nginx\n    healthcheck:\n      test: ["CMD", "true"]\n    deploy:\n      resources:\n        limits: { memory: 64M }\n';

describe('stackc lint', () => {
  it('exits 0 and prints nothing for a clean stack', async () => {
    const r = await lint(['-f', 'compose.yml'], { 'compose.yml': clean });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints warnings (stylish) and honours --max-warnings', async () => {
    const ok = await lint(['-f', 'compose.yml'], { 'compose.yml': warned });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('3:12  warning  service "web": image "nginx" has no tag');
    const over = await lint(['-f', 'compose.yml', '--max-warnings', '0'], { 'compose.yml': warned });
    expect(over.code).toBe(1);
  });

  it('applies the config file and disable comments', async () => {
    const off = await lint(['-f', 'compose.yml'], { 'compose.yml': warned, 'stackc.config.json': '{"rules": {"image-tag": "error"}}' });
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('error  ');
    const disabled = await lint(['-f', 'compose.yml'], { 'compose.yml': warned.replace('image: nginx', 'image: nginx # stackc-disable-line image-tag') });
    expect(disabled).toMatchObject({ code: 0, stdout: '' });
  });

  it('prints compile errors with lint output, in JSON', async () => {
    const r = await lint(['-f', 'compose.yml', '--format', 'json'], { 'compose.yml': 'services:\n  web:\n    image: 12\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ code: 'validate/type', line: 3 });
  });

  it('prints github annotations and SARIF', async () => {
    const gh = await lint(['-f', 'compose.yml', '--format', 'github'], { 'compose.yml': warned });
    expect(gh.stdout).toMatch(/^::warning file=compose\.yml,line=3,col=12,endLine=3,endColumn=17,title=lint\/image-tag::/);
    const sarif = await lint(['-f', 'compose.yml', '--format', 'sarif'], { 'compose.yml': warned });
    expect(JSON.parse(sarif.stdout).runs[0].results[0].ruleId).toBe('lint/image-tag');
  });

  it('exits 2 on a broken configuration or a bad --max-warnings', async () => {
    const bad = await lint(['-f', 'compose.yml'], { 'compose.yml': clean, 'stackc.config.json': '{"rules": {"nope": "error"}}' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('1:12  error  unknown rule "nope"  lint/config');
    const max = await lint(['-f', 'compose.yml', '--max-warnings', 'x'], { 'compose.yml': clean });
    expect(max.code).toBe(2);
  });
});
