import { describe, it, expect } from 'vitest';
import { parseRamInBytes } from '../../src/normalize/sizes.js';

// Values as docker (go-units RAMInBytes) computes them; `1.5g` was observed with `docker stack config`.
describe('parseRamInBytes', () => {
  it.each([
    ['100', 100],
    ['512M', 536870912],
    ['512m', 536870912],
    ['1.5g', 1610612736],
    ['1 GiB', 1073741824],
    ['1gb', 1073741824],
    ['10k', 10240],
    ['2b', 2],
    ['1.9', 1],
    ['1p', 1024 ** 5],
  ])('%s → %d', (input, bytes) => {
    expect(parseRamInBytes(input)).toEqual({ ok: true, bytes });
  });

  it.each([
    ['lots', "invalid size: 'lots'"],
    ['-1m', "invalid size: '-1m'"],
    ['12x', "invalid suffix: 'x'"],
    ['1gig', "invalid suffix: 'gig'"],
    ['1bb', "invalid suffix: 'bb'"],
    ['1mx', "invalid suffix: 'mx'"],
    ['1.2.3m', 'strconv.ParseFloat: parsing "1.2.3": invalid syntax'],
  ])('rejects %j', (input, error) => {
    expect(parseRamInBytes(input)).toEqual({ ok: false, error });
  });
});
