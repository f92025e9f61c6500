import type { Markdown } from '../../../src/core/replies.js';
import { cardLineBreaks, escapeCardText } from './card-text.js';
import { renderEscapes } from '../../../src/core/text/literal.js';

/**
 * Boussole's markdown subset as an Adaptive Card TextBlock shows it in Teams. TextBlocks render
 * `**bold**`, `_italic_`, `[label](url)` and `- ` bullets as we write them; they have no inline
 * code, so backticks are dropped and the code shown as is. Angle brackets and ampersands are
 * escaped and line breaks made paragraphs (see `card-text.ts`). Headings and tables (documents
 * only) become their own elements (see `document-blocks.ts`).
 */
export function toCardMarkdown(text: Markdown): string {
  // People's escaped characters (src/core/text/literal.ts) keep their backslash: Teams honours it.
  return renderEscapes(text, (held) => cardLineBreaks(escapeCardText(held.replace(/`([^`\n]+)`/g, '$1'))), (char) => `\\${char}`);
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Splits text into pieces of at most `maxBytes` (UTF-8), cutting at the safest place available:
 * a blank line (paragraph), then a line end (a bullet stays whole), then a space; a single word
 * longer than the limit is cut by characters, never inside a character.
 */
export function splitText(text: string, maxBytes: number): string[] {
  if (bytes(text) <= maxBytes) return [text];
  for (const separator of ['\n\n', '\n', ' ']) {
    const parts = text.split(separator);
    if (parts.length < 2) continue;
    const pieces: string[] = [];
    let current = '';
    for (const part of parts) {
      const candidate = current === '' ? part : `${current}${separator}${part}`;
      if (bytes(candidate) <= maxBytes) {
        current = candidate;
        continue;
      }
      if (current !== '') pieces.push(current);
      current = part;
    }
    if (current !== '') pieces.push(current);
    return pieces.flatMap((piece) => splitText(piece, maxBytes));
  }
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    if (bytes(current + char) > maxBytes) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
