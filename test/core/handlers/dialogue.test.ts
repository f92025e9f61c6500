// What the person sees of what was stored: the echo, a teammate's newer answer, pre-filled rows,
// the stored answer carried back to the input (issue 10, cases 4, 6, 7 and 8).
import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../../src/core/events.js';
import type { Reply } from '../../../src/core/replies.js';
import { groupItems } from '../../../src/core/dialogue/values.js';
import { completePlan } from '../../conversations/fixtures.js';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import type { TenantId } from '../../../src/core/tenant-id.js';
import { asTenant } from '../../support/tenant.js';
import { onTestDay } from '../../support/test-day.js';

const { db } = useTestDatabase();
let n = 0;
async function fresh(locale: 'fr' | 'en' = 'fr', clock?: () => Date): Promise<{ h: ConsoleHarness; tenant: TenantId; id: string }> {
  const id = `dialogue${++n}`;
  return { h: await consoleHarness(db, id, locale, clock), tenant: asTenant(`console:${id}`), id };
}
type Question = Extract<Reply, { kind: 'question' }>;
const question = (replies: Reply[]) => replies.find((r): r is Question => r.kind === 'question');
const ANNA = { id: 'console:anna', name: 'Anna' };
const BEN = { id: 'console:ben', name: 'Ben' };

function sayer(h: ConsoleHarness, id: string) {
  return (user: { id: string; name: string }, input: InboundEvent['input']) =>
    h.engine.handle({ tenant: { platform: 'console', id }, user: { ...user, isAdmin: true }, conversation: { id: `dm-${user.id}`, kind: 'direct' }, input });
}

/** Steps 1 to 3 complete and step 4 in progress with these answers, as a team would have them. */
async function seedStep4(h: ConsoleHarness, tenant: TenantId, step4: Record<string, unknown>): Promise<void> {
  await h.repositories.plans.get(tenant);
  const plan = completePlan();
  const done = Object.fromEntries(([1, 2, 3] as const).map((s) => [`steps.${s}`, { status: 'complete', answers: plan[s] }]));
  await db.collection('plans').updateOne({ _id: tenant as never }, { $set: { ...done, 'steps.4': { status: 'in-progress', answers: step4 } } });
}

describe('the echo after each saved answer', () => {
  it('says the value as stored, in one line batched with the next question', async () => {
    const { h } = await fresh();
    const out = await h.chat(['étape 1', 'Boussole, Laval']);
    expect(out).toMatch(/✓ Mots-clés surveillés\s: Boussole, Laval\n\[Étape 1/);
    // Feeds pasted on two lines: the second line answered the next question, and says so at once.
    const tools = await h.chat(['Concordia', 'passer', 'https://example.org/a.xml', 'https://example.org/b.xml']);
    expect(tools).toMatch(/✓ Sources suivies \(fils RSS\)\s: https:\/\/example\.org\/a\.xml/);
    expect(tools).toMatch(/✓ Outils de veille\s: https:\/\/example\.org\/b\.xml/);
  });

  it('shows dates in long form, in English too', async () => {
    const { h } = await fresh('en');
    const out = await h.chat(['step 1', 'Boussole', 'Concordia', 'skip', 'skip', '1', '1', '2026-12-01']);
    expect(out).toContain('✓ Listening starts: December 1, 2026');
  });
});

describe('a teammate changed the answer after it was shown', () => {
  it('is not overwritten blindly: Anna sees Ben’s keywords and keeps them or replaces them', async () => {
    const { h, id, tenant } = await fresh();
    const say = sayer(h, id);
    const annaView = question(await say(ANNA, { kind: 'message', text: 'étape 1' }))!;
    expect(annaView.ref.key).toBe('keywords');
    await say(BEN, { kind: 'message', text: 'étape 1' });
    await say(BEN, { kind: 'message', text: 'Boussole, Laval' });
    // Anna answers from her older view of the same question.
    const conflict = await say(ANNA, { kind: 'action', action: { kind: 'answer', ref: annaView.ref, value: { kind: 'text', text: 'Université' } } });
    const choice = question(conflict)!;
    expect(choice.prompt).toMatch(/Ben a changé cette réponse[^]*Réponse actuelle\s: Boussole, Laval\. La vôtre\s: Université/);
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
    const kept = await say(ANNA, { kind: 'action', action: { kind: 'answer', ref: choice.ref, value: { kind: 'choice', value: 'keep' } } });
    expect(question(kept)!.ref.key).toBe('competitors');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
  });

  it('replaced by choice, typed in words: Anna’s answer is stored', async () => {
    const { h, id, tenant } = await fresh();
    const say = sayer(h, id);
    await say(ANNA, { kind: 'message', text: 'étape 1' });
    await say(BEN, { kind: 'message', text: 'étape 1' });
    await say(BEN, { kind: 'message', text: 'Boussole' });
    const conflict = await say(ANNA, { kind: 'message', text: 'Université' });
    expect(question(conflict)!.input).toMatchObject({ kind: 'choice', options: [{ value: 'keep' }, { value: 'replace' }] });
    const replaced = await say(ANNA, { kind: 'message', text: 'La remplacer par la mienne' });
    expect(replaced.some((r) => r.kind === 'text' && /✓ Mots-clés surveillés\s: Université/.test(r.text))).toBe(true);
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Université']);
    // Ben's next answer, to a question his view shows as it is, goes through untouched.
    await say(BEN, { kind: 'message', text: 'Concordia' });
    expect((await h.repositories.plans.get(tenant)).step(1).answers.competitors).toEqual(['Concordia']);
  });
});

describe('the same person in two conversations', () => {
  it('is not asked to choose against their own newer answer', async () => {
    const { h, id, tenant } = await fresh();
    const inConversation = (conversation: string, text: string) =>
      h.engine.handle({ tenant: { platform: 'console', id }, user: { ...ANNA, isAdmin: true }, conversation: { id: conversation, kind: 'direct' }, input: { kind: 'message', text } });
    await inConversation('laptop', 'étape 1');
    await inConversation('phone', 'étape 1');
    await inConversation('phone', 'Boussole');
    const replies = await inConversation('laptop', 'Université');
    expect(question(replies)!.ref.key).toBe('competitors');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Université']);
  });
});

describe('pre-filled rows', () => {
  it('say which kind of comment each playbook question is about, in the choice list’s order', async () => {
    const { h, tenant } = await fresh();
    const { playbook: _playbook, ...rest } = completePlan()[4]!;
    void _playbook;
    await seedStep4(h, tenant, { ...rest, materialNotes: 'Aucune' });
    const review = await h.chat(['étape 4', 'réviser']);
    const line = /(\d+)\. type de commentaire/.exec(review)?.[1];
    expect(line, review).toBeDefined();
    const out = await h.chat([`modifier ${line}`, 'ajouter']);
    expect(out).toMatch(/prérempli 4 élément/);
    expect(out).toMatch(/type de commentaire n° 1\]\nEn colère — qui y répond\u202f\?/);
    const rows = groupItems((await h.repositories.plans.get(tenant)).step(4).answers.playbook);
    expect(rows.map((r) => r.kind)).toEqual(['angry', 'dissatisfied', 'satisfied', 'question']);
  });

  it('say which platform a frequency question is about', async () => {
    const { h, tenant } = await fresh();
    const plan = completePlan()[4]!;
    await seedStep4(h, tenant, { material: plan.material, materialNotes: 'Aucune', horizon: plan.horizon });
    const out = await h.chat(['étape 4', '3']);
    expect(out).toMatch(/Facebook — combien de publications par semaine/);
    expect(out).toMatch(/✓ Facebook — Publications par semaine\s: 3/);
    expect(out).toMatch(/X \(Twitter\) — combien de publications par semaine/);
  });

  it('name a post by its day and time in words, as a sentence says them', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const { h, tenant } = await fresh(locale, onTestDay);
      const { calendar: _calendar, ...rest } = completePlan()[4]!;
      void _calendar;
      await seedStep4(h, tenant, rest);
      const review = await h.chat([locale === 'fr' ? 'étape 4' : 'step 4', locale === 'fr' ? 'réviser' : 'review']);
      const line = /(\d+)\. (?:publication|post)\b/.exec(review)?.[1];
      expect(line, review).toBeDefined();
      const out = await h.chat([`${locale === 'fr' ? 'modifier' : 'edit'} ${line}`, locale === 'fr' ? 'ajouter' : 'add', '2027-01-15 10:00']);
      expect(out).toContain(locale === 'fr' ? 'Vendredi 15 janvier 2027 à 10\u00a0h — sur quelle plateforme\u202f?' : 'Friday, January 15, 2027 at 10\u00a0a.m. — on which platform?');
    }
  });
});

describe('back shows the stored answer in the input', () => {
  it('carries it as the question’s initial value, and sending it unchanged keeps it', async () => {
    const { h, id, tenant } = await fresh();
    const say = sayer(h, id);
    await say(ANNA, { kind: 'message', text: 'étape 1' });
    await say(ANNA, { kind: 'message', text: 'Boussole\nLaval' });
    const back = question(await say(ANNA, { kind: 'message', text: 'retour' }))!;
    expect(back.initial).toEqual({ kind: 'text', text: 'Boussole\nLaval' });
    await say(ANNA, { kind: 'action', action: { kind: 'answer', ref: back.ref, value: { kind: 'text', text: back.initial!.kind === 'text' ? back.initial!.text : '' } } });
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
  });

  it('gives pickers the stored date and choices', async () => {
    const { h, id } = await fresh();
    const say = sayer(h, id);
    for (const text of ['étape 1', 'Boussole', 'Concordia', 'passer', 'passer', '1, 2', '1', '2026-12-01']) await say(ANNA, { kind: 'message', text });
    const date = question(await say(ANNA, { kind: 'message', text: 'retour' }))!;
    expect(date.initial).toEqual({ kind: 'date', date: '2026-12-01' });
    await say(ANNA, { kind: 'message', text: 'retour' });
    const tools = question(await say(ANNA, { kind: 'message', text: 'retour' }))!;
    expect(tools.initial).toEqual({ kind: 'choices', values: ['alerts', 'rss-reader'] });
  });
});
