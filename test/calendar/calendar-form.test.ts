// `calendrier ajouter` with nothing after it: the entry asked question by question in the chat.
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/events.js';
import type { Reply } from '../../src/core/replies.js';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let h: ConsoleHarness;
beforeAll(async () => {
  // A fixed day, so « hier » and the dates below stay where they are whenever the suite runs.
  h = await consoleHarness(db, 'cal', 'fr', () => new Date('2026-11-28T15:00:00Z'));
});

describe('adding a calendar entry as a dialogue', () => {
  it('asks when, where, what, who and with what; refuses a past date; then schedules the entry with its reminders', async () => {
    const out = await h.chat(['calendrier ajouter', 'hier 14h', '2026-12-03 10h', '3', 'Lancement du rapport', 'passer', 'passer']);
    expect(out).toContain('Nouvelle publication au calendrier');
    expect(out).toContain('Le 27 novembre 2026 à 14\u00a0h est déjà passé.');
    // Each answer is echoed in one line with the next question; the last one by the summary.
    expect(out).toMatch(/✓ Quand\u00a0: jeu\.? 3 décembre 2026 à 10\u00a0h|✓ Quand\u00a0: jeudi 3 décembre 2026 à 10\u00a0h/);
    expect(out).toContain('✓ Plateforme\u00a0: LinkedIn');
    expect(out).toContain('✓ Sujet\u00a0: Lancement du rapport');
    expect(out).not.toContain('✓ Responsable');
    expect(out).toContain('🗓️ Ajouté\u00a0: «\u00a0Lancement du rapport\u00a0» sur LinkedIn');
    // Added through the form as through the one-line command: the plan is empty, and it says so.
    expect(out).toContain('les étapes 1, 2, 3, 4, 5 et 6 ne sont pas terminées');
    const entries = await h.repositories.calendar.findMany(asTenant('console:cal'), {});
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ topic: 'Lancement du rapport', platform: 'linkedin', owner: { id: 'console:marie', name: 'Marie' }, status: 'scheduled' });
    // 10:00 in Toronto on December 3 is 15:00 UTC; reminders 24 h and 1 h before.
    expect(entries[0]!.at.toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(entries[0]!.reminders.map((r) => r.dueAt.toISOString())).toEqual(['2026-12-02T15:00:00.000Z', '2026-12-03T14:00:00.000Z']);
    expect(await h.repositories.formSessions.count(asTenant('console:cal'))).toBe(0);
  });

  it('can be cancelled, saving nothing, and the paused step picks up where it was', async () => {
    // Typed in a questionnaire, a feature command would be an answer: the step is paused first.
    const out = await h.chat(['étape 1', 'Boussole', 'pause', 'calendrier ajouter', '2026-12-10 9h', 'annuler', 'étape 1']);
    expect(out).toContain('Saisie «\u00a0Nouvelle publication au calendrier\u00a0» annulée');
    expect(out.split('annulé')[1]).toContain('concurrents');
    expect(await h.repositories.calendar.count(asTenant('console:cal'), { topic: { $ne: 'Lancement du rapport' } })).toBe(0);
  });

  it('runs a command typed in the middle, and asks its question again', async () => {
    const out = await h.chat(['pause', 'calendrier ajouter', '2026-12-12 9h', 'état', 'annuler']);
    expect(out).toContain('Plan médias sociaux — progression');
    expect(out.split('Plan médias sociaux — progression')[1]).toMatch(/La question attend toujours votre réponse[^]*plateforme[^]*annulé/);
    expect(await h.repositories.formSessions.count(asTenant('console:cal'))).toBe(0);
  });

  it('takes platform buttons and recognizes a stale one', async () => {
    const event = (input: InboundEvent['input']): InboundEvent => ({
      tenant: { platform: 'console', id: 'cal' },
      user: { id: 'console:jean', name: 'Jean', isAdmin: false },
      conversation: { id: 'console', kind: 'direct' },
      input,
    });
    await h.engine.handle(event({ kind: 'message', text: 'calendar add' }));
    const asked = await h.engine.handle(event({ kind: 'message', text: '2026-12-11 9am' }));
    const question = asked.find((r): r is Extract<Reply, { kind: 'question' }> => r.kind === 'question')!;
    expect(question.input.kind).toBe('choice');
    await h.engine.handle(event({ kind: 'action', action: { kind: 'answer', ref: question.ref, value: { kind: 'choice', value: 'facebook' } } }));
    const stale = await h.engine.handle(event({ kind: 'action', action: { kind: 'answer', ref: question.ref, value: { kind: 'choice', value: 'x' } } }));
    expect(stale.map((r) => ('text' in r ? r.text : '')).join(' ')).toContain('déjà reçu une réponse');
    const done = await h.engine.handle(event({ kind: 'message', text: 'Portes ouvertes' }));
    expect(done.map((r) => ('prompt' in r ? r.prompt : '')).join(' ')).toContain('Qui s’en charge');
  });
});
