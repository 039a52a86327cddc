import { describe, expect, it } from 'vitest';
import { normalizeImage } from '../../../src/emit/plan/image-ref.js';
import { parseNanoCpus } from '../../../src/emit/plan/rational.js';
import { taskTemplate } from './helpers.js';
import { plan } from './helpers.js';

// All recorded from docker stack deploy --resolve-image never (CLI 28.2.2, API 1.41).
describe('cpus → NanoCPUs (Go big.Rat grammar)', () => {
  it.each<[string, number | string]>([
    ['0.5', 500000000], ['3/2', 1500000000], ['0x10', 16000000000], ['1e-9', 1], ['-1', -1000000000],
    ['1_0', 10000000000], ['+2', 2000000000], ['0x1p-2', 250000000], ['1.5e1', 15000000000], ['0b1/0x2', 500000000],
    ['010', 10000000000], ['1.', 1000000000], ['.5', 500000000], ['0.000000001', 1], ['1E2', 100000000000],
    [' 1', 'failed to parse  1 as a rational number'], ['1/0', 'failed to parse 1/0 as a rational number'],
    ['1/2.0', 'failed to parse 1/2.0 as a rational number'], ['abc', 'failed to parse abc as a rational number'],
    ['0.0000000001', 'value is too precise'],
  ])('%j', (input, want) => {
    const r = parseNanoCpus(input);
    expect(r.ok ? r.nanoCpus : r.error).toBe(want);
  });
});

describe('image normalization', () => {
  const digest = 'sha256:7c3c3cea5d4d6133d6a694d23382f6a7b32652f23855abdba3eb039ca5995447';
  it.each<[string, string]>([
    ['nginx', 'nginx:latest'], ['docker.io/library/nginx', 'nginx:latest'], ['docker.io/nginx:1', 'nginx:1'],
    ['index.docker.io/library/nginx', 'nginx:latest'], ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['library/nginx', 'nginx:latest'], ['user/app', 'user/app:latest'], ['docker.io/user/app', 'user/app:latest'],
    [`docker.io/library/busybox@${digest}`, `busybox@${digest}`], [`busybox:1@${digest}`, `busybox:1@${digest}`],
    ['ghcr.io/x/y', 'ghcr.io/x/y:latest'], ['localhost/app:v1', 'localhost/app:v1'], ['Foo.io/app', 'Foo.io/app:latest'],
    ['docker.io/library/a/b', 'library/a/b:latest'], ['a'.repeat(64), 'a'.repeat(64)],
  ])('%s', (image, want) => {
    expect(normalizeImage(image)).toBe(want);
  });
});

describe('legacy restart → RestartPolicy', () => {
  it.each<[string, unknown]>([
    ['always', { Condition: 'any' }], ['always:3', { Condition: 'any' }], ['unless-stopped:2', { Condition: 'any' }],
    ['no', undefined], ['no:2', undefined], ['', undefined], ['on-failure', { Condition: 'on-failure', MaxAttempts: 0 }],
    ['on-failure:4', { Condition: 'on-failure', MaxAttempts: 4 }],
  ])('%j', (restart, want) => {
    expect(taskTemplate({ image: 'x', restart }).RestartPolicy).toStrictEqual(want);
  });

  it.each<[string, string]>([
    ['sometimes', 'service a: unknown restart policy: sometimes'],
    ['ON-FAILURE', 'service a: unknown restart policy: ON-FAILURE'],
    ['on-failure:x', 'service a: invalid restart policy format: maximum retry count must be an integer'],
    [':3', 'service a: invalid restart policy format: no policy provided before colon'],
    // 28.2.2 sends 2^64-1 here; newer CLIs reject it, which is what we do.
    ['on-failure:-1', 'service a: invalid restart policy: maximum retry count cannot be negative'],
  ])('%j is rejected', (restart, message) => {
    expect(plan({ services: { a: { image: 'x', restart } } }).diagnostics.map((d) => d.data?.dockerMessage)).toStrictEqual([message]);
  });
});
