import type { MessageData } from './rule.js';

/** Fills `{{name}}` placeholders; an unknown placeholder is left as written, so it shows in tests. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : all,
  );
}
