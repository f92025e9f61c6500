import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Locale } from '../../core/i18n/locale.js';
import { DOCUMENT_TEXT } from '../messages.js';
import { markdownBlocks, type Block, type Span } from './markdown-blocks.js';

/** What a Word document says about itself, besides its content. */
export interface Edition {
  organization?: string;
  /** e.g. the plan's revision, or the staff policy's date of adoption. */
  version: string;
  /** Already in the reader's language and the team's zone. */
  date: string;
}

export interface DocxInput {
  title: string;
  markdown: string;
  locale: Locale;
  edition: Edition;
}


const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: Span[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return items.map((span) => {
    const run = new TextRun({
      text: span.text,
      ...(span.bold || extra.bold ? { bold: true } : {}),
      ...(span.italic ? { italics: true } : {}),
      ...(span.code ? { font: 'Consolas' } : {}),
      ...(span.link ? { style: 'Hyperlink' } : {}),
    });
    return span.link ? new ExternalHyperlink({ link: span.link, children: [run] }) : run;
  });
}

/** Lines of one paragraph stay one paragraph, with line breaks between them. */
function lines(all: Span[][]): ParagraphChild[] {
  return all.flatMap((line, i) => (i === 0 ? runs(line) : [new TextRun({ text: '', break: 1 }), ...runs(line)]));
}

function table(header: Span[][] | undefined, rows: Span[][][]): Table {
  const width = Math.max(1, header?.length ?? 0, ...rows.map((row) => row.length));
  const row = (cells: Span[][], isHeader: boolean) =>
    new TableRow({
      // Only on the header row: docx writes the element even for `false`, and readers take it as true.
      ...(isHeader ? { tableHeader: true } : {}),
      children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph({ children: runs(cells[i] ?? [], { bold: isHeader }) })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(header ? [row(header, true)] : []), ...rows.map((cells) => row(cells, false))],
  });
}

function element(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.spans) })];
    case 'paragraph':
      return [new Paragraph({ children: lines(block.lines) })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      // An empty paragraph after a table keeps two tables in a row from merging in Word.
      return [table(block.header, block.rows), new Paragraph({})];
  }
}

/** The blocks, with the version line under the title (or first, without a title). */
function body(blocks: Block[], versionLine: string): Array<Paragraph | Table> {
  const version = new Paragraph({ children: [new TextRun({ text: versionLine, italics: true })] });
  const titled = blocks[0]?.kind === 'heading' && blocks[0].level === 1;
  const [first, ...rest] = blocks.map(element);
  return titled ? [...first!, version, ...rest.flat()] : [version, ...(first ?? []), ...rest.flat()];
}

/**
 * A document as a Word file: headings as Word's heading styles (so they make the navigation pane
 * and a table of contents), bullets as a real list, tables as Word tables; the organization in
 * the header; the version, date and page numbers in the footer.
 */
export async function buildDocx(input: DocxInput): Promise<Buffer> {
  const { locale, edition } = input;
  const versionLine = DOCUMENT_TEXT.t(locale, 'docx.version', { version: edition.version, date: edition.date });
  const document = new Document({
    title: input.title,
    ...(edition.organization ? { creator: edition.organization } : {}),
    description: versionLine,
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: edition.organization ?? '', bold: true })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${versionLine} · ` }), new TextRun({ children: [DOCUMENT_TEXT.t(locale, 'docx.page'), PageNumber.CURRENT, DOCUMENT_TEXT.t(locale, 'docx.of'), PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body(markdownBlocks(input.markdown), versionLine),
      },
    ],
  });
  return Packer.toBuffer(document);
}
