import type { Markdown } from '../../../src/core/replies.js';
import { toCardMarkdown } from './markdown.js';
import { textBlock, type CardElement } from './elements.js';

const HEADING_SIZES = { 1: 'Large', 2: 'Medium', 3: 'Default' } as const;

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

const isSeparatorRow = (line: string) => /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(line.trim());

/** A table as an Adaptive Card 1.5 Table, its first row the header. */
export function tableElement(rows: string[][], withHeader: boolean): CardElement {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    type: 'Table',
    columns: Array.from({ length: width }, () => ({ width: 1 })),
    firstRowAsHeader: withHeader,
    showGridLines: true,
    rows: rows.map((row) => ({
      type: 'TableRow',
      cells: Array.from({ length: width }, (_, i) => ({ type: 'TableCell', items: [textBlock(toCardMarkdown(row[i] ?? ''))] })),
    })),
  };
}

/** The markdown without its first line when that is the `# title` the card already shows. */
function withoutTitle(markdown: Markdown, title: string | undefined): Markdown {
  const match = /^\s*#\s+(.*)\n?/.exec(markdown);
  return title !== undefined && match && match[1]!.trim() === title.trim() ? markdown.slice(match[0].length) : markdown;
}

/**
 * A document's markdown as card elements: `#`–`###` headings become bold TextBlocks of
 * decreasing size, `| a | b |` tables become Table elements, everything else stays text. A
 * leading `# title` equal to `shownTitle` is left out: the card shows its title once, above.
 */
export function documentElements(markdown: Markdown, shownTitle?: string): CardElement[] {
  const elements: CardElement[] = [];
  const lines = withoutTitle(markdown, shownTitle).replace(/\r\n/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const text = paragraph.join('\n').trim();
    if (text) elements.push(textBlock(toCardMarkdown(text)));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      const level = heading[1]!.length as 1 | 2 | 3;
      elements.push(textBlock(toCardMarkdown(heading[2]!), { weight: 'Bolder', size: HEADING_SIZES[level], spacing: 'Medium' }));
      continue;
    }
    if (line.trim().startsWith('|')) {
      flushParagraph();
      const tableLines: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) tableLines.push(lines[i++]!);
      i--;
      const withHeader = tableLines.length > 1 && isSeparatorRow(tableLines[1]!);
      const rows = tableLines.filter((l) => !isSeparatorRow(l)).map(cells);
      elements.push(tableElement(rows, withHeader));
      continue;
    }
    paragraph.push(line);
  }
  flushParagraph();
  return elements;
}
