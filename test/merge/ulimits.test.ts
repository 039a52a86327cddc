import { describe, expect, it } from 'vitest';
import { mergeUlimits } from '../../src/merge/ulimits.js';
import type { UlimitConfig } from '../../src/model/stack-config.js';

// Observed with `docker stack config` (fixtures/merge/ulimits), TestMergeUlimitsConfig.
describe('mergeUlimits', () => {
  it.each<[string, UlimitConfig, UlimitConfig, UlimitConfig]>([
    ['single to soft/hard', 65535, { soft: 100, hard: 200 }, { soft: 100, hard: 200 }],
    ['soft/hard to single', { soft: 1000, hard: 2000 }, 3000, 3000],
    ['soft/hard replaced whole', { soft: 1, hard: 2 }, { soft: 5 }, { soft: 5 }],
  ])('%s', (_label, base, override, want) => {
    expect(mergeUlimits({ k: base, keep: 10 }, { k: override, add: 42 })).toStrictEqual({ k: want, keep: 10, add: 42 });
  });
});
