import { describe, expect, it } from 'vitest';
import { mergeLogging, type LoggingConfig } from '../../src/merge/logging.js';

// Observed with `docker stack config` (fixtures/merge/logging, empty-base-values), §7 item 9.
describe('mergeLogging', () => {
  it.each<[string, LoggingConfig | undefined, LoggingConfig | undefined, LoggingConfig | undefined]>([
    [
      'same driver: options merged, override wins per key',
      { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
      { driver: 'json-file', options: { 'max-size': '20m', tag: '' } },
      { driver: 'json-file', options: { 'max-size': '20m', 'max-file': '3', tag: '' } },
    ],
    [
      'different driver replaces the block',
      { driver: 'json-file', options: { 'max-size': '10m' } },
      { driver: 'syslog', options: { 'syslog-address': 'tcp://1.2.3.4:514' } },
      { driver: 'syslog', options: { 'syslog-address': 'tcp://1.2.3.4:514' } },
    ],
    ['different driver without options drops them', { driver: 'json-file', options: { a: 'b' } }, { driver: 'syslog' }, { driver: 'syslog' }],
    [
      'base without driver takes the override driver',
      { options: { 'max-size': '10m' } },
      { driver: 'syslog', options: { tag: 't' } },
      { driver: 'syslog', options: { 'max-size': '10m', tag: 't' } },
    ],
    ['bug: base without options loses the override options', { driver: 'syslog' }, { driver: 'syslog', options: { tag: 'lost' } }, { driver: 'syslog' }],
    ['bug: empty base block keeps only the driver', {}, { driver: 'syslog', options: { tag: 'lost' } }, { driver: 'syslog' }],
    ['override without driver merges options', { driver: 'json-file', options: { a: '1' } }, { options: { tag: 't' } }, { driver: 'json-file', options: { a: '1', tag: 't' } }],
    ['base absent', undefined, { driver: 'syslog', options: { tag: 't' } }, { driver: 'syslog', options: { tag: 't' } }],
    ['override absent', { driver: 'json-file' }, undefined, { driver: 'json-file' }],
  ])('%s', (_label, base, override, want) => {
    expect(mergeLogging(base, override)).toStrictEqual(want);
  });
});
