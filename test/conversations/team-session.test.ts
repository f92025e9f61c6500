// A real team's first step, mistakes included, replayed through the engine: commands typed in the
// middle of the questionnaire, a button label typed as text, an answer corrected from the review,
// a teammate answering the same question from an older view, Back then Send unchanged; then a
// calendar entry whose time is corrected. What is stored at the end is exactly what the team
// meant (issue 10).
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { InboundEvent } from '../../src/core/events.js';
import type { Reply } from '../../src/core/replies.js';
import { consoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { onTestDay } from '../support/test-day.js';

const { db } = useTestDatabase();
type Question = Extract<Reply, { kind: 'question' }>;
const MARIE = { id: 'console:marie', name: 'Marie', isAdmin: true };
const JEAN = { id: 'console:jean', name: 'Jean', isAdmin: false };

describe('a team’s step 1, as it really went', () => {
  it('stores what was meant, and nothing that was not', async () => {
    const h = await consoleHarness(db, 'team-session', 'fr', onTestDay);
    const tenant = asTenant('console:team-session');
    let last: Reply[] = [];
    const said: string[] = [];
    const act = async (user: typeof MARIE, input: InboundEvent['input']) => {
      last = await h.engine.handle({ tenant: { platform: 'console', id: 'team-session' }, user, conversation: { id: `dm:${user.id}`, kind: 'direct' }, input });
      said.push(last.map((r) => ('text' in r && r.text) || ('prompt' in r && r.prompt) || '').join('\n'));
      return last;
    };
    const marie = (text: string) => act(MARIE, { kind: 'message', text });
    const jean = (text: string) => act(JEAN, { kind: 'message', text });
    const asked = () => last.find((r): r is Question => r.kind === 'question');

    // Both open step 1; Jean's view of the keywords question stays open on his screen.
    await marie('étape 1');
    await jean('étape 1');
    const jeanView = asked()!;
    await marie('Boussole, Université Laval');
    // Jean answers the same question from his older view: he is shown Marie's answer and keeps it.
    await act(JEAN, { kind: 'action', action: { kind: 'answer', ref: jeanView.ref, value: { kind: 'text', text: 'Boussole' } } });
    expect(said.at(-1)).toMatch(/Marie a changé cette réponse/);
    await jean('Garder la réponse actuelle');
    await jean('pause');

    // Marie, at the competitors question, tries commands on the way.
    await marie('langue en');
    await marie('language fr');
    await marie('calendrier');
    await marie('politique guide');
    expect(asked()?.ref.key).toBe('competitors');
    await marie('Concordia, McGill');
    // Influencers: none yet. She types the button's label.
    await marie('Passer');
    await marie('https://example.org/feed.xml');
    await marie('1, 2');
    // "calendrier éditorial partagé" is not a budget: asked, she says it was a command after all.
    await marie('calendrier éditorial partagé');
    await marie('Lancer la commande');
    await marie('Outils gratuits seulement');
    await marie('2026-12-01');
    await marie('2027-06-01');
    // Back to the go-live date, then Send with the card's value unchanged.
    await marie('retour');
    const back = asked()!;
    expect(back.initial).toEqual({ kind: 'date', date: '2027-06-01' });
    await act(MARIE, { kind: 'action', action: { kind: 'answer', ref: back.ref, value: { kind: 'date', date: back.initial!.kind === 'date' ? back.initial!.date : '' } } });
    await marie('On parle de nous surtout sur Facebook, peu ailleurs.');
    await marie('Neutre');
    // The review shows the go-live date; the date moves by a month.
    const review = await marie('réviser');
    const goLive = /(\d+)\. À quelle date prévoyez-vous la mise en ligne/.exec(JSON.stringify(review))?.[1];
    expect(goLive).toBeDefined();
    await marie(`modifier ${goLive}`);
    await marie('2027-07-01');
    await marie('Terminer l’étape');

    const step = (await h.repositories.plans.get(tenant)).step(1);
    expect(step.status).toBe('complete');
    expect(step.answers).toEqual({
      keywords: ['Boussole', 'Université Laval'],
      competitors: ['Concordia', 'McGill'],
      feeds: ['https://example.org/feed.xml'],
      tools: ['alerts', 'rss-reader'],
      budget: 'free-only',
      listenStart: '2026-12-01',
      goLive: '2027-07-01',
      portrait: 'On parle de nous surtout sur Facebook, peu ailleurs.',
      portraitTone: 'neutral',
    });
    // Marie's language is still French, as she last asked.
    expect(said.at(-1)).toMatch(/étape 1/i);
  });

  it('the calendar entry added the same week: a time corrected with Back, a command on the way, `terminer` at the end', async () => {
    const zone = 'America/Toronto';
    const h = await consoleHarness(db, 'team-calendar', 'fr', () => DateTime.fromISO('2026-11-28T10:00', { zone }).toJSDate());
    const out = await h.chat(
      [
        'calendrier ajouter',
        '10 décembre 13 h', // meant 13 h 30
        'retour',
        '10 décembre 13 h 30',
        'calendrier', // what is planned already: the platform question comes back after it
        'LinkedIn',
        '« terminer »', // a topic in quotes is a topic, even this word
        'retour',
        'Rapport annuel',
        'terminer', // who and what material: not now
      ],
      { id: 'console:jean', name: 'Jean' },
    );
    expect(out).toMatch(/Rien au calendrier[^]*La question attend toujours votre réponse\u00a0:[^]*Sur quelle plateforme/);
    expect(out).toContain('Ajouté\u00a0: «\u00a0Rapport annuel\u00a0» sur LinkedIn');
    const entries = await h.repositories.calendar.findMany(asTenant('console:team-calendar'), {});
    expect(entries.map((e) => ({ ...e, at: DateTime.fromJSDate(e.at, { zone }).toFormat('yyyy-MM-dd HH:mm') }))).toMatchObject([
      { at: '2026-12-10 13:30', platform: 'linkedin', topic: 'Rapport annuel', createdBy: 'console:jean' },
    ]);
    expect(entries[0]!.material).toBeUndefined();
    expect(await h.repositories.formSessions.count(asTenant('console:team-calendar'))).toBe(0);
  });
});
