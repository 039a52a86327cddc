import { describe, expect, it } from 'vitest';
import type { MergeContext } from '../../src/merge/context.js';
import {
  appendList,
  overrideDuration,
  overrideNonZero,
  overrideString,
  overrideTrue,
  pointerBool,
  pointerDuration,
  pointerStruct,
  replaceIfNonEmpty,
  setWins,
  unionMap,
  valueStruct,
  type StructRules,
} from '../../src/merge/scalars.js';

const ctx: MergeContext = { report: undefined, file: undefined, service: 'web', path: ['services', 'web'] };

// Expected values follow stack-deploy.md §2.2 and were observed with `docker stack config`
// (fixtures/merge/strings, bools, pointer-scalars, uint64).
describe('overrideString', () => {
  it.each([
    ['base', 'over', 'over'],
    ['base', '', 'base'],
    ['base', undefined, 'base'],
    [undefined, 'over', 'over'],
    [undefined, '', undefined],
  ])('%j + %j = %j', (b, o, want) => {
    expect(overrideString(b, o, ctx)).toBe(want);
  });
});

describe('overrideTrue', () => {
  it.each([
    [true, false, true],
    [undefined, true, true],
    [undefined, false, undefined],
    [true, undefined, true],
  ])('%j + %j = %j', (b, o, want) => {
    expect(overrideTrue(b, o, ctx)).toBe(want);
  });
});

describe('numbers', () => {
  it.each([
    [2, 0, 2],
    [2, 5, 5],
    [undefined, 0, undefined],
  ])('overrideNonZero %j + %j = %j', (b, o, want) => {
    expect(overrideNonZero(b, o, ctx)).toBe(want);
  });
  it.each([
    [3, 0, 0],
    [3, undefined, 3],
    [undefined, 0, 0],
    [3, 1, 1],
  ])('setWins (*uint64) %j + %j = %j', (b, o, want) => {
    expect(setWins(b, o, ctx)).toBe(want);
  });
});

describe('pointer scalars', () => {
  it.each([
    [true, false, true],
    [false, true, true],
    [undefined, false, false],
    [false, undefined, false],
  ])('init %j + %j = %j', (b, o, want) => {
    expect(pointerBool(b, o, ctx)).toBe(want);
  });
  it.each([
    ['10s', '0s', '10s'],
    ['10s', '20s', '20s'],
    [undefined, '0s', '0s'],
    ['0s', '5s', '5s'],
    ['10s', '-2s', '-2s'],
  ])('stop_grace_period %j + %j = %j', (b, o, want) => {
    expect(pointerDuration(b, o, ctx)).toBe(want);
  });
  it.each([
    ['10s', '0s', '10s'],
    [undefined, '0s', undefined],
    ['10s', '1m0s', '1m0s'],
  ])('plain duration %j + %j = %j', (b, o, want) => {
    expect(overrideDuration(b, o, ctx)).toBe(want);
  });
});

describe('lists and maps', () => {
  it.each<[string[] | undefined, string[] | undefined, string[] | undefined]>([
    [['A'], ['A', 'B'], ['A', 'A', 'B']],
    [['CMD', 'base'], ['CMD', 'over'], ['CMD', 'base', 'CMD', 'over']],
    [undefined, ['x'], ['x']],
    [['x'], undefined, ['x']],
    [[], [], undefined],
  ])('appendList %j + %j = %j', (b, o, want) => {
    expect(appendList(b, o)).toEqual(want);
  });
  it.each<[string[] | undefined, string[], string[]]>([
    [['a'], [], ['a']],
    [['a'], ['b'], ['b']],
    [undefined, ['b'], ['b']],
  ])('replaceIfNonEmpty %j + %j = %j', (b, o, want) => {
    expect(replaceIfNonEmpty(b, o)).toEqual(want);
  });
  it('unionMap lets the override win per key, even with ""', () => {
    expect(unionMap({ a: '1', b: '2' }, { b: '', c: '3' })).toEqual({ a: '1', b: '', c: '3' });
  });
});

interface Pair {
  name?: string;
  count?: number;
}
const pairRules: StructRules<Pair> = { name: overrideString, count: setWins };

describe('structs', () => {
  it.each([
    ['base absent takes the override', undefined, { count: 0 }, { count: 0 }],
    ['override absent keeps the base', { name: 'a' }, undefined, { name: 'a' }],
    ['both merge field by field', { name: 'a', count: 1 }, { name: '', count: 0 }, { name: 'a', count: 0 }],
    ['empty set struct survives', {}, {}, {}],
  ])('pointerStruct: %s', (_label, b, o, want) => {
    expect(pointerStruct(pairRules)(b, o, ctx)).toStrictEqual(want);
  });
  it('valueStruct omits an all-zero result', () => {
    expect(valueStruct(pairRules)({}, { name: '' }, ctx)).toBeUndefined();
    expect(valueStruct(pairRules)(undefined, { name: 'x' }, ctx)).toStrictEqual({ name: 'x' });
  });
});
