// Every text a card carries reaches the reader whole: what Teams reads as Markdown is escaped,
// what it shows as plain text is left as written (escaping it would show `&lt;`).
import { describe, expect, it } from 'vitest';
import { renderReplies } from '../../../../adapters/teams/cards/render.js';
import { TEAMS_TEXT } from '../../../../adapters/teams/texts.js';
import type { Reply } from '../../../../src/core/replies.js';
import { cardsOf, elementsOf, type Json } from '../../../support/teams-cards.js';

const ref = { step: 4, key: 'content.topics', turn: 3 };
const elementsFor = (reply: Reply, locale: 'fr' | 'en' = 'en', documentLinks?: Map<string, string>) =>
  renderReplies([reply], { locale, userId: 'aad-alice', ...(documentLinks ? { documentLinks } : {}) }).flatMap((activity) =>
    cardsOf(activity as unknown as Json).flatMap(elementsOf),
  );

describe('text in Teams cards', () => {
  it('escapes the angle brackets and ampersands of FactSet titles and values (Teams reads both as Markdown)', () => {
    const [facts] = elementsFor({ kind: 'facts', facts: [{ label: 'calendar add <when>', value: 'R&D <platform>' }] }).filter((e) => e.type === 'FactSet');
    expect(facts!.facts).toEqual([{ title: 'calendar add &lt;when&gt;', value: 'R&amp;D &lt;platform&gt;' }]);
  });

  it('shows FactSet titles without the escapes in the plain-text fallback', () => {
    const [activity] = renderReplies([{ kind: 'facts', facts: [{ label: 'a <b>', value: 'c' }] }], { locale: 'en', userId: 'aad-alice' });
    const [card] = cardsOf(activity as unknown as Json);
    expect(card!.fallbackText).toBe('a <b>: c');
  });

  it('writes the fallback’s French colons with a no-break space before them, as the card’s own text does', () => {
    const [activity] = renderReplies([{ kind: 'facts', facts: [{ label: 'Public', value: 'Familles' }] }], { locale: 'fr', userId: 'aad-alice' });
    expect(cardsOf(activity as unknown as Json)[0]!.fallbackText).toBe('Public\u00a0: Familles');
  });

  it('leaves choice titles, button titles and placeholders as written: Teams shows them as plain text', () => {
    const elements = elementsFor({
      kind: 'question',
      ref,
      context: 'Step 4',
      prompt: 'Which topic?',
      input: { kind: 'choice', options: [{ value: 'a', label: 'R&D <lab>' }], allowOther: true },
      buttons: [{ label: 'Keep <this> & that', action: { kind: 'command', text: 'status' } }],
    });
    const choiceSet = elements.find((e) => e.type === 'Input.ChoiceSet')!;
    expect(choiceSet.choices).toEqual([{ title: 'R&D <lab>', value: 'a' }]);
    expect(elements.filter((e) => e.type === 'Action.Submit').map((e) => e.title)).toContain('Keep <this> & that');
    expect(elements.find((e) => e.type === 'Input.Text')!.placeholder).toBe('Other (specify)');
  });

  it('escapes TextBlocks: prompts, help and the document title', () => {
    const texts = elementsFor({ kind: 'question', ref, context: 'Step 4', prompt: 'Type `edit <n>`', help: 'a < b', input: { kind: 'text', multiline: false, maxLength: 100 }, buttons: [] })
      .filter((e) => e.type === 'TextBlock')
      .map((e) => e.text);
    expect(texts).toEqual(['Step 4', 'Type edit &lt;n&gt;', 'a &lt; b']);
    const [title] = elementsFor({ kind: 'document', title: 'Q&A <draft>', filename: 'qa.md', markdown: 'Text' }).filter((e) => e.type === 'TextBlock');
    expect(title!.text).toBe('Q&amp;A &lt;draft&gt;');
  });
});

describe('the document card’s download', () => {
  const document: Reply = { kind: 'document', title: 'Guide', filename: 'guide.md', markdown: 'Text' };
  const links = new Map([['guide.md', 'https://boussole.example/docs/abc']]);

  it.each([
    ['fr', 'Télécharger en Word (.docx)', 'Lien privé, valable 30\u00a0minutes\u202f; redemandez le document pour obtenir un nouveau lien.'],
    ['en', 'Download as Word (.docx)', 'Private link, valid for 30 minutes; ask for the document again to get a new one.'],
  ] as const)('speaks %s from the Teams text table', (locale, button, note) => {
    const elements = elementsFor(document, locale, links);
    expect(elements.find((e) => e.type === 'Action.OpenUrl')).toMatchObject({ title: button, url: 'https://boussole.example/docs/abc' });
    expect(elements.filter((e) => e.type === 'TextBlock').map((e) => e.text)).toContain(note);
    expect(TEAMS_TEXT.t(locale, 'download')).toBe(button);
  });

  it('has no download without a link', () => {
    expect(elementsFor(document, 'en').some((e) => e.type === 'Action.OpenUrl')).toBe(false);
  });
});
