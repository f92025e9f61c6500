import { z } from 'zod';
import { literal } from '../../text/literal.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';

export function parseText(raw: string, maxLength: number): ParseResult<string> {
  const text = raw.trim();
  if (text === '') return refuse(ANSWER_TEXT.both('emptyText'));
  if (text.length > maxLength) {
    return refuse(ANSWER_TEXT.both('textTooLong', { length: text.length, max: maxLength }));
  }
  return ok(text);
}

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export function parseUrl(raw: string): ParseResult<string> {
  let text = raw.trim().replace(/^<(.+?)(\|.*)?>$/, '$1'); // Slack wraps links as <url|label>
  if (text !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  if (text.length > 2000 || !httpUrl.safeParse(text).success) {
    return refuse(ANSWER_TEXT.both('badUrl', { raw: literal(raw.trim().slice(0, 80)) }));
  }
  return ok(text);
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»' };

/**
 * A list's items as the person wrote them. Lines, when there are several: Slack and Teams ask for
 * one item per line, and an item may hold a comma (« Budget, taxes et tarification »). On one
 * line (the console): commas or semicolons, except inside quotes, which keep an item whole.
 */
function listItems(raw: string): string[] {
  const lines = raw.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 1) return lines.map((line) => unquoted(line.replace(/[,;]\s*$/, '')));
  const items: string[] = [];
  let current = '';
  let closing: string | undefined;
  for (const char of raw) {
    if (closing !== undefined) {
      if (char === closing) closing = undefined;
      current += char;
    } else if (char === ',' || char === ';') {
      items.push(current);
      current = '';
    } else {
      if (QUOTES[char] !== undefined && current.trim() === '') closing = QUOTES[char];
      current += char;
    }
  }
  items.push(current);
  return items.map(unquoted);
}

function unquoted(item: string): string {
  // A bullet is a marker and a space (« - item », « * item »); « *urgent* » is a word.
  const text = item.trim().replace(/^(?:[-*]\s+|•\s*)/, '');
  const close = QUOTES[text[0] ?? ''];
  return close !== undefined && text.length > 1 && text.endsWith(close) ? text.slice(1, -1).trim() : text;
}

/** Items separated by new lines, or on one line by commas or semicolons (see listItems); duplicates dropped. */
export function parseList(raw: string, options: { maxItems: number; itemMaxLength: number; itemKind: 'text' | 'url' }): ParseResult<string[]> {
  const parts = (options.itemKind === 'url' ? raw.split(/[\n;,\s]+/).map((p) => p.trim()) : listItems(raw)).filter(Boolean);
  if (parts.length === 0) return refuse(ANSWER_TEXT.both('emptyList'));
  const items: string[] = [];
  for (const part of parts) {
    let item = part;
    if (options.itemKind === 'url') {
      const url = parseUrl(part);
      if (!url.ok) return url;
      item = url.value;
    } else if (part.length > options.itemMaxLength) {
      return refuse(ANSWER_TEXT.both('itemTooLong', { raw: literal(part.slice(0, 40)), max: options.itemMaxLength }));
    }
    if (!items.some((i) => i.toLowerCase() === item.toLowerCase())) items.push(item);
  }
  if (items.length > options.maxItems) {
    return refuse(ANSWER_TEXT.both('tooManyItems', { count: items.length, max: options.maxItems }));
  }
  return ok(items);
}
