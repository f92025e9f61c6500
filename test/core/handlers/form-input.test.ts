// A short form (`calendrier ajouter`) reads what is typed by the questionnaire's one rule
// (issue 10): quotes answer, a typed button label acts as the button, an exact command runs and
// the form's question comes back, a reply that only starts with a command word is asked about.
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../../src/core/events.js';
import type { Reply } from '../../../src/core/replies.js';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const NOW = new Date('2026-11-28T15:00:00Z');
let h: ConsoleHarness;
beforeAll(async () => {
  h = await consoleHarness(db, 'forms', 'fr', () => NOW);
});

let n = 0;
/** Each test as its own person, so that forms and languages do not cross. */
const person = () => ({ id: `console:p${++n}`, name: `Personne ${n}` });
const entriesBy = async (id: string) => h.repositories.calendar.findMany(asTenant('console:forms'), { createdBy: id });
const formOf = async (id: string) => h.repositories.formSessions.findMany(asTenant('console:forms'), { userId: id });

describe('typed while a short form waits', () => {
  it('an exact command runs, stores nothing, and the form’s question comes back; the form then goes on', async () => {
    const me = person();
    const out = await h.chat(['calendrier ajouter', '3 décembre 10 h', 'état', 'aide', 'LinkedIn', 'Rapport annuel', 'passer', 'passer'], me);
    const afterStatus = out.split('Plan médias sociaux — progression')[1]!;
    expect(afterStatus).toMatch(/La question attend toujours votre réponse\u00a0:[^]*Sur quelle plateforme/);
    expect(out).not.toContain('annulé');
    // The words that work here: a form has no review, and its required questions no skip.
    expect(out).toContain('Sur quelle plateforme\u202f?');
    expect(out.split('Sur quelle plateforme')[1]).toMatch(/^[^[]*Aussi\u00a0: retour · pause\n/);
    const entries = await entriesBy(me.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ topic: 'Rapport annuel', platform: 'linkedin' });
  });

  it('`langue en` switches the language, and the question comes back in English', async () => {
    const me = person();
    const out = await h.chat(['calendrier ajouter', '4 décembre 9 h', 'langue en'], me);
    expect(out).toMatch(/English[^]*The question is still waiting for your answer:[^]*On which platform/);
    expect((await formOf(me.id))[0]).toMatchObject({ index: 1, answers: { at: expect.any(String) } });
    await h.chat(['langue fr'], me);
  });

  it('text in quotes is an answer, even a command word', async () => {
    const me = person();
    await h.chat(['calendrier ajouter', '5 décembre 9 h', 'Facebook', '"aide"', 'passer', 'passer'], me);
    expect((await entriesBy(me.id))[0]).toMatchObject({ topic: 'aide', platform: 'facebook' });
  });

  it('a button’s label typed in either language acts as the button; an option’s label answers', async () => {
    const me = person();
    const out = await h.chat(['calendrier ajouter', '6 décembre 9 h', 'Instagram', '◀ Retour', 'YouTube', 'Vidéo du campus', 'Skip', 'Passer'], me);
    expect(out).not.toContain('⚠️');
    expect((await entriesBy(me.id))[0]).toMatchObject({ topic: 'Vidéo du campus', platform: 'youtube' });
  });

  it('a reply that only starts with a command word is asked about, and either choice is honoured', async () => {
    const me = person();
    let out = await h.chat(['calendrier ajouter', '7 décembre 9 h', 'LinkedIn', 'calendrier éditorial partagé'], me);
    expect(out).toContain('«\u00a0calendrier éditorial partagé\u00a0»\u00a0: est-ce votre réponse, ou la commande `calendrier`\u202f?');
    expect(await entriesBy(me.id)).toHaveLength(0);
    out = await h.chat(['C’est ma réponse', 'passer', 'passer'], me);
    expect((await entriesBy(me.id))[0]).toMatchObject({ topic: 'calendrier éditorial partagé' });

    const other = person();
    await h.chat(['calendrier ajouter', '8 décembre 9 h', 'LinkedIn', 'calendrier liste'], other);
    out = await h.chat(['Lancer la commande'], other);
    expect(out).toMatch(/La question attend toujours votre réponse[^]*sujet/i);
    expect(await entriesBy(other.id)).toHaveLength(0);
    expect((await formOf(other.id))[0]).toMatchObject({ index: 2 });
  });

  it('`terminer` is never stored: at a required question it says why and asks again; at an optional one it saves what was given', async () => {
    const me = person();
    const out = await h.chat(['calendrier ajouter', 'terminer', '11 décembre 9 h', 'Terminer', 'LinkedIn', 'Journée portes ouvertes', 'terminer'], me);
    const refusals = out.split('Cette question est obligatoire\u00a0: répondez-y avant de terminer.');
    expect(refusals).toHaveLength(3);
    expect(refusals[1]).toMatch(/^\s*\[Nouvelle publication au calendrier — question 1\]/);
    expect(refusals[2]).toMatch(/^\s*\[Nouvelle publication au calendrier — question 2\]/);
    expect(out).not.toContain('question 5');
    expect(out).toContain('🗓️ Ajouté\u00a0: «\u00a0Journée portes ouvertes\u00a0» sur LinkedIn');
    expect(await formOf(me.id)).toHaveLength(0);
    const entries = await entriesBy(me.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ topic: 'Journée portes ouvertes', platform: 'linkedin' });
    expect(entries[0]!.material).toBeUndefined();
  });

  it('`finish` in English does the same, and "finish" in quotes is the answer', async () => {
    const me = person();
    await h.chat(['langue en'], me);
    const out = await h.chat(['calendar add', 'December 12 9 am', 'Facebook', 'finish', '"finish"', 'finish'], me);
    expect(out).toContain('This question is required: answer it before you finish.');
    expect((await entriesBy(me.id))[0]).toMatchObject({ topic: 'finish', platform: 'facebook' });
    await h.chat(['langue fr'], me);
  });

  it('`annuler`, `pause` and a command that opens a step end the form, and say so', async () => {
    const me = person();
    let out = await h.chat(['calendrier ajouter', 'pause'], me);
    expect(out).toContain('Saisie «\u00a0Nouvelle publication au calendrier\u00a0» annulée');
    out = await h.chat(['calendrier ajouter', '9 décembre 9 h', 'étape 2'], me);
    expect(out).toContain('annulé');
    expect(out.split('annulé')[1]).toMatch(/Étape 2/);
    expect(await formOf(me.id)).toHaveLength(0);
    expect(await entriesBy(me.id)).toHaveLength(0);
  });
});

describe('Back in a short form', () => {
  it('keeps the name of a person sent back unchanged by id alone (a people picker after Back)', async () => {
    const me = person();
    const event = (input: InboundEvent['input']): InboundEvent => ({
      tenant: { platform: 'console', id: 'forms' },
      user: { id: me.id, name: me.name, isAdmin: false },
      conversation: { id: 'console', kind: 'direct' },
      input,
    });
    const question = (replies: Reply[]) => replies.find((r): r is Extract<Reply, { kind: 'question' }> => r.kind === 'question')!;
    for (const text of ['calendrier ajouter', '10 décembre 9 h', 'LinkedIn']) await h.engine.handle(event({ kind: 'message', text }));
    let asked = question(await h.engine.handle(event({ kind: 'message', text: 'Portes ouvertes' })));
    asked = question(await h.engine.handle(event({ kind: 'action', action: { kind: 'answer', ref: asked.ref, value: { kind: 'user', id: 'U9', name: 'Dana Roy' } } })));
    asked = question(await h.engine.handle(event({ kind: 'action', action: { kind: 'control', control: 'back', ref: asked.ref } })));
    await h.engine.handle(event({ kind: 'action', action: { kind: 'answer', ref: asked.ref, value: { kind: 'user', id: 'U9' } } }));
    expect((await formOf(me.id))[0]?.answers.owner).toEqual({ id: 'U9', name: 'Dana Roy' });
  });
});
