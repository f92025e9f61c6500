import { describe, expect, it } from 'vitest';
import { renderReplies } from '../../../../adapters/teams/cards/render.js';
import { MAX_ACTIVITY_BYTES, activityBytes } from '../../../../adapters/teams/cards/pack.js';
import type { InputSpec, Reply } from '../../../../src/core/replies.js';
import { cardsOf, elementsOf, type Json } from '../../../support/teams-cards.js';

const ctx = { locale: 'en' as const, userId: 'aad-alice' };
const ref = { step: 2, key: 'audiences.who', turn: 7 };
const question = (input: InputSpec, suggested?: string): Reply => ({
  kind: 'question',
  ref,
  context: 'Step 2 · Audiences — question 1 of 5',
  prompt: 'Who do you want to reach?',
  input,
  ...(suggested ? { suggested } : {}),
  buttons: [{ label: 'Skip', action: { kind: 'control', control: 'skip', ref } }],
});
const inputsOf = (reply: Reply) => {
  const [activity] = renderReplies([reply], ctx);
  return elementsOf(cardsOf(activity as unknown as Json)[0]!).filter((e) => String(e.type).startsWith('Input.'));
};
const submits = (reply: Reply) => {
  const [activity] = renderReplies([reply], ctx);
  return elementsOf(cardsOf(activity as unknown as Json)[0]!).filter((e) => e.type === 'Action.Submit');
};

describe('Adaptive Card rendering', () => {
  it('renders each input kind with its native Adaptive Card input', () => {
    const options = [1, 2, 3].map((i) => ({ value: `v${i}`, label: `Option ${i}` }));
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `m${i}`, label: `Many ${i}` }));
    expect(inputsOf(question({ kind: 'choice', options, allowOther: false }))).toEqual([
      expect.objectContaining({ type: 'Input.ChoiceSet', id: 'answer', style: 'expanded', choices: [{ title: 'Option 1', value: 'v1' }, { title: 'Option 2', value: 'v2' }, { title: 'Option 3', value: 'v3' }] }),
    ]);
    expect(inputsOf(question({ kind: 'choice', options: many, allowOther: true }))).toMatchObject([
      { type: 'Input.ChoiceSet', style: 'compact' },
      { type: 'Input.Text', id: 'answerOther' },
    ]);
    expect(inputsOf(question({ kind: 'multi-choice', options, allowOther: false }))[0]).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true });
    expect(inputsOf(question({ kind: 'date' }, '2026-05-01'))).toMatchObject([{ type: 'Input.Date', id: 'answer', value: '2026-05-01' }]);
    expect(inputsOf(question({ kind: 'time' }))).toMatchObject([{ type: 'Input.Time', id: 'answer' }]);
    expect(inputsOf(question({ kind: 'datetime' }))).toMatchObject([{ type: 'Input.Date', id: 'answerDate' }, { type: 'Input.Time', id: 'answerTime' }]);
    expect(inputsOf(question({ kind: 'number', min: 0, max: 100, integer: true }))).toMatchObject([{ type: 'Input.Number', min: 0, max: 100 }]);
    expect(inputsOf(question({ kind: 'text', multiline: true, maxLength: 2000 }))).toMatchObject([{ type: 'Input.Text', isMultiline: true, maxLength: 2000 }]);
    expect(inputsOf(question({ kind: 'text', multiline: false, maxLength: 80 }))).toMatchObject([{ type: 'Input.Text', isMultiline: false }]);
    expect(inputsOf(question({ kind: 'list', maxItems: 20 }))).toMatchObject([{ type: 'Input.Text', isMultiline: true, placeholder: 'One item per line' }]);
    expect(inputsOf(question({ kind: 'user' }))).toMatchObject([
      { type: 'Input.ChoiceSet', id: 'answer', 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } },
      { type: 'Input.Text', id: 'answerText' },
    ]);
  });

  it('carries the question ref and the intended user in the Send button; controls skip form validation', () => {
    const [send, skip] = submits(question({ kind: 'date' }));
    expect(send).toMatchObject({ title: 'Send', associatedInputs: 'auto', data: { boussole: 1, user: 'aad-alice', question: { ref, input: 'date' } } });
    expect(skip).toMatchObject({ title: 'Skip', associatedInputs: 'none', data: { boussole: 1, user: 'aad-alice', action: { kind: 'control', control: 'skip', ref } } });
  });

  it('answers a yes/no question with two buttons that carry the answer', () => {
    const buttons = submits(question({ kind: 'yes-no', yes: 'Yes', no: 'No' }));
    expect(buttons.map((b) => (b.data as Json).action)).toEqual([
      { kind: 'answer', ref, value: { kind: 'choice', value: 'yes' } },
      { kind: 'answer', ref, value: { kind: 'choice', value: 'no' } },
      { kind: 'control', control: 'skip', ref },
    ]);
  });

  it('maps the markdown subset and gives every card a plain-text fallback', () => {
    const [activity] = renderReplies([{ kind: 'text', text: '**Bold** and _italic_, `code`, [site](https://example.org)\n- one\n- two' }], ctx);
    const card = cardsOf(activity as unknown as Json)[0]!;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    // A blank line before the list (a TextBlock joins single lines); list items stay lines.
    expect(elementsOf(card)[0]!.text).toBe('**Bold** and _italic_, code, [site](https://example.org)\n\n- one\n- two');
    expect(card.fallbackText).toBe('Bold and italic, code, site (https://example.org)\n\n- one\n- two');
    expect(activity!.summary).toBe('Bold and italic, code, site (https://example.org)');
  });

  it('renders facts as a FactSet and a document with headings and a Table', () => {
    const [facts] = renderReplies([{ kind: 'facts', title: 'Status', facts: [{ label: 'Step 2', value: 'done' }] }], ctx);
    expect(elementsOf(cardsOf(facts as unknown as Json)[0]!)).toContainEqual({ type: 'FactSet', facts: [{ title: 'Step 2', value: 'done' }] });
    const [document] = renderReplies([{ kind: 'document', title: 'Playbook', filename: 'playbook.md', markdown: '# Comments\n\n| kind | delay |\n|---|---|\n| angry | 2 h |\n\nText after.' }], ctx);
    const elements = elementsOf(cardsOf(document as unknown as Json)[0]!);
    expect(elements.find((e) => e.text === 'Comments')).toMatchObject({ weight: 'Bolder', size: 'Large' });
    expect(elements.find((e) => e.type === 'Table')).toMatchObject({ firstRowAsHeader: true, rows: [{ type: 'TableRow' }, { type: 'TableRow' }] });
    expect(elements.some((e) => e.text === 'angry')).toBe(true);
  });

  it('packs consecutive replies into one card and starts a new card after a question', () => {
    const activities = renderReplies([{ kind: 'text', text: 'Saved.' }, question({ kind: 'date' }), { kind: 'text', text: 'After.' }], ctx);
    expect(activities).toHaveLength(2);
    expect(elementsOf(cardsOf(activities[0] as unknown as Json)[0]!)[0]!.text).toBe('Saved.');
  });

  it('keeps every message under the Teams size limit, splitting long text and large tables without losing content', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} — ${'é'.repeat(150)}`);
    const rows = Array.from({ length: 600 }, (_, i) => `| row ${i} | ${'x'.repeat(60)} |`);
    const markdown = `# Policy\n\n${paragraphs.join('\n\n')}\n\n| a | b |\n|---|---|\n${rows.join('\n')}`;
    const activities = renderReplies([{ kind: 'document', title: 'Staff policy', filename: 'policy.md', markdown }], ctx);
    expect(activities.length).toBeGreaterThan(5);
    for (const activity of activities) expect(activityBytes(activity)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
    const all = activities.flatMap((a) => elementsOf(cardsOf(a as unknown as Json)[0]!));
    const text = all.filter((e) => e.type === 'TextBlock').map((e) => String(e.text)).join('\n\n');
    for (const i of [0, 199, 399]) expect(text).toContain(`Paragraph ${i} —`);
    for (const i of [0, 300, 599]) expect(text).toContain(`row ${i}`);
    const tables = all.filter((e) => e.type === 'Table');
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(((table.rows as Json[])[0]!.cells as Json[])[0]).toMatchObject({ items: [{ text: 'a' }] });
  });

  it('cuts a single enormous paragraph at word boundaries', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
    const activities = renderReplies([{ kind: 'text', text: words }], ctx);
    expect(activities.length).toBeGreaterThan(1);
    for (const activity of activities) expect(activityBytes(activity)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
    const rejoined = activities.flatMap((a) => elementsOf(cardsOf(a as unknown as Json)[0]!)).map((e) => String(e.text)).join(' ');
    expect(rejoined).toBe(words);
  });
});
