import { withoutEscapes } from '../../src/core/text/literal.js';

/**
 * A label cut to at most `max` characters for a button that shows no more: at a word boundary
 * when one falls in the second half, ending with an ellipsis; never inside a UTF-16 surrogate
 * pair. The full label then goes elsewhere on the message (see each platform's renderer).
 */
export function shortLabel(label: string, max: number): string {
  // A button shows no markdown: a person's escaped characters (src/core/text/literal.ts) as typed.
  const text = withoutEscapes(label).trim();
  if (text.length <= max) return text;
  let end = max - 1;
  const space = text.lastIndexOf(' ', end);
  if (space > max / 2) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).replace(/[\s,;:.\u00a0\u202f—–-]+$/, '')}…`;
}

/** The labels that `shortLabel` would cut, in order, each once. */
export function cutLabels(labels: string[], max: number): string[] {
  return [...new Set(labels.map((l) => l.trim()).filter((l) => withoutEscapes(l).length > max))];
}
