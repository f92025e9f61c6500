// Who the staff policy's acknowledgement rate counts: the people the plan names — a typed name
// counted under the chat account that writes to Boussole with it — and, when step 5 opens the
// accounts to all employees, everyone of the team who has written to Boussole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveConsole, type LiveConsole } from '../support/live-console.js';
import { useTestDatabase } from '../support/mongo.js';
import { group } from '../conversations/fixtures.js';
import { asTenant } from '../support/tenant.js';
import type { TenantId } from '../../src/core/tenant-id.js';

const database = useTestDatabase();
const { db } = database;
const typed = (name: string) => ({ id: `name:${name.toLowerCase()}`, name });

async function officialPolicy(live: LiveConsole, tenant: TenantId, step5: Record<string, unknown>): Promise<void> {
  await live.boussole.repositories.plans.get(tenant);
  await db.collection('plans').updateOne({ _id: tenant as never }, { $set: { 'steps.5': { status: 'complete', answers: step5, completedAt: '2026-11-01T15:00:00.000Z' } } });
  await live.boussole.repositories.policyStates.insert({ _id: tenant, tenantId: tenant, discussedOn: '2026-11-10', officialOn: '2026-11-12', version: '1', updatedAt: '2026-11-12T15:00:00Z' });
}

describe('acknowledgements of the staff policy', () => {
  let live: LiveConsole;
  beforeAll(async () => {
    live = await liveConsole(database, 'acks-named', 'fr');
  });
  afterAll(async () => {
    await live?.stop();
  });

  it('counts Marc Gagnon, named by typed name, once he writes `ack` under that name — and keeps the link', async () => {
    const T = asTenant('console:acks-named');
    await officialPolicy(live, T, {
      accountAccess: 'named',
      rules: ['courtesy'],
      discussedOn: '2026-11-10',
      accountHolders: group({ person: typed('Marc Gagnon') }, { person: typed('Julie Roy') }, { person: typed('Paul Côté') }, { person: typed('Sara Lévesque') }),
    });
    const before = await live.chat(['digest']);
    expect(before).toContain('0 personne sur 4 l’a lue (0\u202f%)');

    const marc = await live.chat(['ack'], { id: 'console:marc', name: 'Marc Gagnon' });
    expect(marc).toContain('Votre lecture de la politique');
    const after = await live.chat(['digest']);
    expect(after).toContain('1 personne sur 4 l’a lue (25\u202f%)');
    expect(await live.boussole.repositories.nameLinks.all(T)).toEqual(new Map([['name:marc gagnon', 'console:marc']]));

    // The link holds after Marc changes his display name.
    await live.chat(['aide'], { id: 'console:marc', name: 'M. Gagnon' });
    expect(await live.chat(['digest'])).toContain('1 personne sur 4 l’a lue');
  });

  it('takes `ack` while an owner has step 5 reopened: the official version stays in force', async () => {
    const reopened = await liveConsole(database, 'acks-reopened', 'fr');
    try {
      await officialPolicy(reopened, asTenant('console:acks-reopened'), { accountAccess: 'all-employees', rules: ['courtesy'], discussedOn: '2026-11-10' });
      expect(await reopened.chat(['rouvrir 5'])).toContain('rouverte');
      const reader = { id: 'console:lea', name: 'Léa Roy' };
      expect(await reopened.chat(['politique personnel'], reader)).toContain('J’ai lu la politique');
      const ack = await reopened.chat(['ack'], reader);
      expect(ack).toContain('Votre lecture de la politique d’usage (version du 12 novembre 2026) est enregistrée');
      expect(ack).not.toContain('pas encore publiée');
    } finally {
      await reopened.stop();
    }
  });

  it('says the policy is not published while step 5 was never completed', async () => {
    const fresh = await liveConsole(database, 'acks-none', 'fr');
    try {
      expect(await fresh.chat(['ack'], { id: 'console:lea', name: 'Léa Roy' })).toContain('pas encore publiée (étape 5 non terminée)');
    } finally {
      await fresh.stop();
    }
  });

  it('with all employees, counts everyone who has written to Boussole, not “0 of 0”', async () => {
    const everyone = await liveConsole(database, 'acks-all', 'en');
    try {
      await officialPolicy(everyone, asTenant('console:acks-all'), { accountAccess: 'all-employees', rules: ['courtesy'], discussedOn: '2026-11-10' });
      await everyone.chat(['help'], { id: 'console:ana', name: 'Ana' });
      await everyone.chat(['help'], { id: 'console:ben', name: 'Ben' });
      await everyone.chat(['ack'], { id: 'console:cy', name: 'Cy' });
      const digest = await everyone.chat(['digest'], { id: 'console:ana', name: 'Ana' });
      expect(digest).toContain('1 of 3 people have read it (33%)');
    } finally {
      await everyone.stop();
    }
  });
});
