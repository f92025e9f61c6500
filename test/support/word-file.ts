// Reads a Word file back with independent readers: mammoth for the body (headings, lists, tables as
// Word structures), the zip's own XML for what mammoth leaves out (header, footer, properties).
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

const all = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'gs'))].map((m) => decode(m[1]!));

export interface WordFile {
  headings: Record<1 | 2 | 3, string[]>;
  listItems: string[];
  /** Every table cell, header cells first in each table, in reading order. */
  cells: string[];
  headerCells: string[];
  paragraphs: string[];
  /** The XML of the header and footer parts, and the core properties. */
  headerXml: string;
  footerXml: string;
  coreXml: string;
}

export async function readWordFile(bytes: Uint8Array): Promise<WordFile> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  if (messages.some((m) => m.type === 'error')) throw new Error(messages.map((m) => m.message).join('; '));
  const parts = unzipSync(bytes);
  const text = (prefix: string) =>
    Object.entries(parts)
      .filter(([name]) => name.startsWith(prefix))
      .map(([, data]) => strFromU8(data))
      .join('\n');
  return {
    headings: { 1: all(html, 'h1'), 2: all(html, 'h2'), 3: all(html, 'h3') },
    listItems: all(html, 'li'),
    cells: [...html.matchAll(/<(td|th)>(.*?)<\/\1>/gs)].map((m) => decode(m[2]!)),
    headerCells: all(html, 'th'),
    paragraphs: all(html.replace(/<(td|th|li)>.*?<\/\1>/gs, ''), 'p'),
    headerXml: text('word/header'),
    footerXml: text('word/footer'),
    coreXml: text('docProps/core.xml'),
  };
}

/** What the document markdown shows as text: its inline markup (bold, italic, code, links, escaped pipes) removed. */
export function shown(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/(^|[^\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\\\|/g, '|')
    .trim();
}

/** The headings, bullet items and table cells a document's markdown has, as shown text. */
export function markdownStructure(markdown: string) {
  const lines = markdown.split('\n');
  const headings = { 1: [] as string[], 2: [] as string[], 3: [] as string[] };
  for (const line of lines) {
    const m = /^(#{1,3})\s+(.*)$/.exec(line);
    if (m) headings[m[1]!.length as 1 | 2 | 3].push(shown(m[2]!));
  }
  const listItems = lines.filter((l) => /^\s*- /.test(l)).map((l) => shown(l.replace(/^\s*- /, '')));
  const cells = lines
    .filter((l) => l.trim().startsWith('|') && !/^\|?\s*:?-{2,}/.test(l.trim()))
    .flatMap((l) => l.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => shown(c)));
  return { headings, listItems, cells };
}
