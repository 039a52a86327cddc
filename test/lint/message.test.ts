import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/lint/message.js';

describe('formatMessage', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(formatMessage('{{a}} and {{ b }}, {{a}} again', { a: 'x', b: 2 })).toBe('x and 2, x again');
  });

  it('leaves unknown and malformed placeholders as written', () => {
    expect(formatMessage('{{ missing }} {{not-a-name}} {{a}}', { a: 1 })).toBe('{{ missing }} {{not-a-name}} 1');
  });

  it('reads only own properties of the data', () => {
    expect(formatMessage('{{toString}}', {})).toBe('{{toString}}');
  });

  it('handles templates without placeholders and placeholders at both ends', () => {
    expect(formatMessage('plain text')).toBe('plain text');
    expect(formatMessage('{{a}}{{b}}', { a: 'x', b: 'y' })).toBe('xy');
  });

  it('gives the same text on every call of one template', () => {
    const template = 'service "{{service}}" is {{state}}';
    expect(formatMessage(template, { service: 'web', state: 'up' })).toBe('service "web" is up');
    expect(formatMessage(template, { service: 'db' })).toBe('service "db" is {{state}}');
  });
});
