// Every document as a Word file, read back by mammoth: its headings are Word headings, its bullets
// a Word list, its tables Word tables, with the edition in the header and footer.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../src/documents/docx/build-docx.js';
import { DOCUMENTS } from '../../../src/documents/index.js';
import { completePlan } from '../../conversations/fixtures.js';
import { markdownStructure, readWordFile } from '../../support/word-file.js';
import { render } from '../render.js';

const edition = { organization: 'Musée de la Côte', version: '12', date: '28 novembre 2026' };

describe('buildDocx', () => {
  for (const document of DOCUMENTS) {
    for (const locale of ['fr', 'en'] as const) {
      it(`${document.id} (${locale}): headings, list items and table cells as Word structures`, async () => {
        const rendered = render(document.id, completePlan(), locale, edition.organization);
        const word = await readWordFile(await buildDocx({ title: rendered.title, markdown: rendered.markdown, locale, edition }));
        const expected = markdownStructure(rendered.markdown);
        expect(word.headings).toEqual(expected.headings);
        expect(word.headings[1]).toEqual([rendered.title]);
        expect(word.listItems).toEqual(expected.listItems);
        expect(word.cells).toEqual(expected.cells);
        // A document with a table and a list, so neither assertion above is vacuous.
        if (document.id === 'comment-playbook') {
          expect(expected.cells.length).toBeGreaterThan(10);
          // The table's first row is its header row (Word repeats it on each page).
          expect(word.headerCells).toEqual(expected.cells.slice(0, word.headerCells.length));
          expect(word.headerCells.length).toBe(7);
          expect(expected.listItems.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('puts the organization in the header, the version, date and page numbers in the footer', async () => {
    const word = await readWordFile(await buildDocx({ title: 'Politique', markdown: '# Politique\n\nTexte.\n', locale: 'fr', edition }));
    expect(word.paragraphs[0]).toBe('Version 12 — 28 novembre 2026');
    expect(word.headerXml).toContain('Musée de la Côte');
    expect(word.footerXml).toContain('Version 12 — 28 novembre 2026');
    expect(word.footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(word.footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(word.footerXml).toContain(' sur ');
    expect(word.coreXml).toContain('<dc:title>Politique</dc:title>');
    expect(word.coreXml).toContain('<dc:creator>Musée de la Côte</dc:creator>');
  });

  it('keeps bold, italic, code and links as formatting, not as markup characters', async () => {
    const markdown = '# T\n\n- **Gras** et _italique_ avec `code`\n- Voir [le site](https://example.org/a)\n\n| a \\| b | c |\n| --- | --- |\n| d | e |\n';
    const word = await readWordFile(await buildDocx({ title: 'T', markdown, locale: 'en', edition }));
    expect(word.listItems).toEqual(['Gras et italique avec code', 'Voir le site']);
    expect(word.cells).toEqual(['a | b', 'c', 'd', 'e']);
  });
});
