// Step 5 completed again after its policy became official: a changed wording is a draft again, to
// discuss and make official as the next version; the same answers leave it official.
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('console:redraft');
let h: ConsoleHarness;

beforeAll(async () => {
  h = await consoleHarness(db, 'redraft', 'fr', () => new Date('2026-11-28T15:00:00Z'));
  await seedCompletePlan(db, h.repositories, T);
  await h.chat(['aide']);
  await db.collection('tenants').updateOne({ _id: T as never }, { $set: { owners: ['console:marie'] } });
  await h.chat(['personnel discutée 2025-02-20', 'personnel officielle', 'ack']);
});

describe('step 5 completed again after the policy became official', () => {
  it('with the same answers, the policy stays official', async () => {
    const out = await h.chat(['rouvrir 5', 'étape 5', 'réviser', 'Terminer l’étape']);
    expect(out).not.toContain('redevient un **brouillon**');
    expect((await h.repositories.policyStates.get(T))?.officialOn).toBe('2026-11-28');
  });

  it('with a changed answer, it is a draft again, says so once, and keeps the acknowledgements of version 1', async () => {
    await db.collection('plans').updateOne({ _id: T as never }, { $set: { 'steps.5.answers.customRules': ['Ne jamais publier de photos des réserves', 'Aucune photo d’élève sans accord'] } });
    const out = await h.chat(['rouvrir 5', 'étape 5', 'réviser', 'Terminer l’étape']);
    expect(out).toContain(
      '↩️ L’étape\u00a05 a changé depuis que la politique est officielle (version\u00a01)\u00a0: la nouvelle rédaction redevient un brouillon, à discuter avec le personnel puis à officialiser (elle sera la version\u00a02).',
    );
    const state = await h.repositories.policyStates.get(T);
    expect(state).toMatchObject({ version: '1' });
    expect(state?.officialOn).toBeUndefined();
    expect(await h.repositories.policyAcks.count(T, { policyVersion: '1' })).toBe(1);
    // Step 5's discussion date was version 1's: it is not offered for the new wording.
    expect(out).not.toContain('était prévue le 20 février 2025');
    expect(out).not.toContain('📝');
    expect(await h.chat(['personnel'])).toContain('aucune discussion avec le personnel n’est encore prévue');
    // No acknowledgement is asked for a draft; once discussed and official again, it is version 2.
    expect(await h.chat(['ack'])).not.toContain('version\u00a02');
    expect(await h.chat(['personnel discutée 2026-11-27'])).toContain(
      'Le 27 novembre 2026 précède l’officialisation de la version\u00a01 (le 28 novembre 2026)\u00a0: cette discussion portait sur elle, pas sur la nouvelle rédaction.',
    );
    expect((await h.repositories.policyStates.get(T))?.discussedOn).toBeUndefined();
    const official = await h.chat(['personnel discutée', 'personnel officielle']);
    expect(official).toContain('discutée avec le personnel le 28 novembre 2026');
    expect(official).toContain('(version\u00a02)');
    expect(await h.repositories.policyAcks.count(T, { policyVersion: '2' })).toBe(0);
    // Acknowledged anew, under version 2; version 1's stays where it was.
    await h.chat(['ack']);
    expect(await h.repositories.policyAcks.count(T, { policyVersion: '2' })).toBe(1);
    expect(await h.repositories.policyAcks.count(T, { policyVersion: '1' })).toBe(1);
  });

  it('in English, a discussion dated before the change is refused for the new wording', async () => {
    await db.collection('plans').updateOne({ _id: T as never }, { $set: { 'steps.5.answers.customRules': ['Never post photos of the stores'] } });
    const out = await h.chat(['language en', 'reopen 5', 'step 5', 'review', 'Complete the step']);
    expect(out).toContain(
      '↩️ Step 5 has changed since the policy became official (version 2), so the new wording is a draft again: discuss it with staff, then make it official (it will be version 3). Acknowledgements of version 2 stay on record.',
    );
    expect(await h.chat(['staff discussed 2026-11-01'])).toContain('November 1, 2026 is before version 2 became official (November 28, 2026), so that discussion was about it, not the new wording.');
    await h.chat(['langue fr']);
  });
});
