// Boussole's document markdown (the subset of src/core/replies.ts) read as blocks, so each can
// become a real Word structure: a heading style, a list paragraph, a table.

import { holdEscapes, restoreHeld } from '../../core/text/literal.js';

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; lines: Span[][] }
  | { kind: 'bullets'; items: Span[][] }
  | { kind: 'table'; header: Span[][] | undefined; rows: Span[][][] };

const INLINE = /\*\*(.+?)\*\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/gu;

/** `**bold**`, `_italic_`, `` `code` ``, `[label](https://…)`; everything else is plain text. */
export function spans(escaped: string): Span[] {
  // A person's escaped characters (src/core/text/literal.ts) are held aside, then written as typed.
  return markupSpans(holdEscapes(escaped)).map((span) => ({ ...span, text: restoreHeld(span.text, (char) => char) }));
}

function markupSpans(text: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    const [, bold, italic, code, label, url] = match;
    if (bold !== undefined) out.push({ text: bold, bold: true });
    else if (italic !== undefined) out.push({ text: italic, italic: true });
    else if (code !== undefined) out.push({ text: code, code: true });
    else out.push({ text: label!, link: url! });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** The cells of `| a | b \| c |` (an escaped pipe stays in its cell). */
function cells(line: string): Span[][] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => spans(cell.trim().replace(/\\\|/g, '|')));
}

const isSeparator = (line: string) => /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(line.trim());
const isTableLine = (line: string) => line.trim().startsWith('|');
const bullet = (line: string) => /^\s*[-*]\s+(.*)$/.exec(line)?.[1];

export function markdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: Span[][] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, spans: spans(heading[2]!.trim()) });
    } else if (isTableLine(line)) {
      flush();
      const table: string[] = [];
      while (i < lines.length && isTableLine(lines[i]!)) table.push(lines[i++]!);
      i--;
      const withHeader = table.length > 1 && isSeparator(table[1]!);
      const rows = table.filter((l) => !isSeparator(l)).map(cells);
      blocks.push({ kind: 'table', header: withHeader ? rows[0] : undefined, rows: withHeader ? rows.slice(1) : rows });
    } else if (bullet(line) !== undefined) {
      flush();
      const items: Span[][] = [];
      while (i < lines.length && bullet(lines[i]!) !== undefined) items.push(spans(bullet(lines[i++]!)!));
      i--;
      blocks.push({ kind: 'bullets', items });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(spans(line.trim()));
    }
  }
  flush();
  return blocks;
}
