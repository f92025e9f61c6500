import type { Markdown } from '../../src/core/replies.js';
import { renderEscapes } from '../../src/core/text/literal.js';

export interface PlainTextOptions {
  /**
   * `keep` where the reader types what a code span shows (the console: "tapez `étape 2`"), `drop`
   * where the text is only read (a notification's preview, a card's fallback).
   */
  code: 'keep' | 'drop';
}

/**
 * Boussole's markdown subset (src/core/replies.ts) as plain text, for every adapter: bold,
 * italics and heading marks removed, links as "label (url)", bullets left as `- `.
 */
export function toPlainText(text: Markdown, options: PlainTextOptions = { code: 'drop' }): string {
  // People's escaped characters (src/core/text/literal.ts) are held aside, then shown as typed.
  return renderEscapes(text, (held) => markupRemoved(held, options), (char) => char);
}

function markupRemoved(text: Markdown, options: PlainTextOptions): string {
  const plain = text
    .replace(/\r\n/g, '\n')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/^#{1,3}\s+/gm, '');
  return options.code === 'drop' ? plain.replace(/`([^`\n]+)`/g, '$1') : plain;
}
