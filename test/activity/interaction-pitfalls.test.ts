// The pitfalls of interacting before the house rules allow it, as `état` / `status` shows them on
// the example plan (test/conversations/fixtures.ts) once the team logs comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { interactionPitfalls } from '../../src/activity/interaction-pitfalls.js';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { asTenant } from '../support/tenant.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';
import { completePlan, reader } from '../conversations/fixtures.js';

const { db } = useTestDatabase();
const T = asTenant('console:pitfalls');
let h: ConsoleHarness;

beforeAll(async () => {
  h = await consoleHarness(db, 'pitfalls');
  await seedCompletePlan(db, h.repositories, T);
});

describe('pitfalls of interacting', () => {
  it('the example plan, before anything is logged, shows neither', async () => {
    const out = await h.chat(['état']);
    expect(out).not.toContain('Écueils repérés');
  });

  it('comments logged with no official staff policy, and a kind the playbook names no one for', async () => {
    await h.chat(['commentaire ajouter facebook | Jean | - | Bravo pour l’expo | satisfait', 'commentaire ajouter facebook | Bot | - | Achetez ici | spam']);
    const fr = await h.chat(['état']);
    expect(fr).toContain('Écueils repérés');
    expect(fr).toContain('L’équipe interagit déjà (commentaires notés, publications parues) sans politique d’usage officielle pour le personnel.');
    expect(fr).toContain('Des commentaires «\u00a0injurieux ou pollupostage\u00a0» sont notés, mais les schémas de gestion ne désignent personne pour y répondre');
    // Satisfied comments have someone: the community manager, as the playbook says.
    expect(fr).not.toContain('«\u00a0satisfait\u00a0»');
    const en = await h.chat(['langue en', 'status', 'language fr']);
    expect(en).toContain('The team is already interacting (comments logged, posts published) with no official staff usage policy.');
    expect(en).toContain('Comments of the kind “abusive or spam” are being logged, but the playbook names no one to answer them');
  });

  it('the policy pitfall goes once the policy is official', async () => {
    await h.chat(['personnel discutée 2025-02-20', 'personnel officielle']);
    const out = await h.chat(['état']);
    expect(out).not.toContain('sans politique d’usage officielle');
    expect(out).toContain('injurieux ou pollupostage');
  });
});

describe('interactionPitfalls', () => {
  const draft = { state: 'draft' as const };
  it('counts published posts as interacting too', () => {
    expect(interactionPitfalls(reader(completePlan()), { commentKinds: [], postsPublished: 1, policy: draft }).map((p) => [p.id, p.step])).toEqual([['interacting-without-policy', 5]]);
    expect(interactionPitfalls(reader(completePlan()), { commentKinds: [], postsPublished: 0, policy: draft })).toEqual([]);
  });

  it('flags a playbook row whose role names nobody in step 6', () => {
    const plan = completePlan();
    const noManager = { ...plan, 6: { ...plan[6], communityManager: undefined as never } };
    const official = { state: 'official' as const, officialOn: '2025-03-01', version: '1' };
    expect(interactionPitfalls(reader(noManager), { commentKinds: ['satisfied', 'angry'], postsPublished: 0, policy: official }).map((p) => p.id)).toEqual(['no-moderation:satisfied']);
  });
});

