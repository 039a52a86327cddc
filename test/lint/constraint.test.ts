import { describe, expect, it } from 'vitest';
import { parseConstraint, parseConstraints } from '../../src/lint/constraint.js';

describe('parseConstraints', () => {
  const list = ['node.role == manager', 'node.labels.zone != a', 'node.role = manager', 'bad key! == x'];

  it('parses each constraint as parseConstraint does, in order', () => {
    expect(parseConstraints(list)).toEqual(list.map((c) => parseConstraint(c)));
  });

  it('parses a list once, however many rules read it', () => {
    expect(parseConstraints(list)).toBe(parseConstraints(list));
    expect(parseConstraints([...list])).not.toBe(parseConstraints(list));
  });
});
