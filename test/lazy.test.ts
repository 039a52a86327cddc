import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.js';

describe('lazy', () => {
  it('builds the value on the first call only, and keeps it (undefined included)', () => {
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return builds === 1 ? undefined : 'rebuilt';
    });
    expect(builds).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(builds).toBe(1);
  });
});
