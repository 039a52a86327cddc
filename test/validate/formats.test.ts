import { describe, it, expect } from 'vitest';
import { isGoDuration, isPortSpec } from '../../src/validate/formats.js';

// Expected values observed with `docker stack config` (docker CLI 28.2.2): accepted values load,
// rejected ones fail with `Does not match format 'ports'` / `'duration'`.
describe('isPortSpec (docker `ports` format)', () => {
  it.each<[unknown, boolean]>([
    ['80', true],
    ['8080:80', true],
    ['8080:80/udp', true],
    ['53:53/UDP', true],
    ['80/sctp', true],
    ['1.2.3.4:5:6/udp', true],
    ['[::1]:80:80', true],
    ['::80', true],
    ['0080:80', true],
    ['1-2:3-4', true],
    ['5000-5010:80', true],
    ['1-2-3', true], // text after a second '-' is ignored by docker
    ['80/tcp/x', true], // so is text after a second '/'
    ['80/', true],
    [80, true],
    [0, true],
    [65535, true],
    [80.5, true], // checked as its numerator, "161"
    ['1-3:4-5', false],
    ['65536', false],
    [70000, false],
    [-1, false],
    ['x', false],
    ['', false],
    ['/tcp', false],
    ['80/http', false],
    ['2-1', false],
    ['+80', false],
    ['01.2.3.4:5:6', false],
    ['fe80::1%eth0:5:6', false],
    ['[::1:80:80', false],
    ['a:80:80', false],
    [true, false],
    [null, false],
  ])('%j -> %s', (value, ok) => {
    expect(isPortSpec(value)).toBe(ok);
  });
});

describe('isGoDuration (docker `duration` format, Go time.ParseDuration)', () => {
  it.each<[unknown, boolean]>([
    ['0', true],
    ['-0', true],
    ['+0', true],
    ['10s', true],
    ['1h2m3.5s', true],
    ['300ms', true],
    ['1us', true],
    ['1µs', true], // micro sign
    ['1μs', true], // Greek mu
    ['2ns', true],
    ['-2s', true],
    ['-.5s', true],
    ['5.s', true],
    ['1.5h2µs', true],
    ['2562047h', true], // just under the int64 nanosecond limit
    ['', false],
    ['10', false],
    ['s', false],
    ['.s', false],
    ['1d', false],
    ['1sec', false],
    ['1h 2m', false],
    ['9999999999999h', false],
    ['2562048h', false],
    [10, false],
    [null, false],
  ])('%j -> %s', (value, ok) => {
    expect(isGoDuration(value)).toBe(ok);
  });
});
