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
    // No acknowledgement is asked for a draft; once discussed and official again, it is version 2.
    expect(await h.chat(['ack'])).not.toContain('version\u00a02');
    const official = await h.chat(['personnel discutée 2026-11-27', 'personnel officielle']);
    expect(official).toContain('(version\u00a02)');
  });
});
