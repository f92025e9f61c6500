// A form (a short dialogue outside the ten steps) through Teams: `calendrier ajouter` typed in the
// personal chat, answers typed and sent from the cards, and the form's Skip submitted — its
// question references (step 0) must pass the card checks like a step's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBoussole } from '../../../src/app/compose.js';
import { createRepositories } from '../../../src/app/repositories.js';
import { createLogger } from '../../../src/log/logger.js';
import type { ReceivedActivity } from '../../support/fake-bot-connector.js';
import { useTestDatabase } from '../../support/mongo.js';
import { AAD_TENANT, alice, personalMessage, submitted } from '../../support/teams-activities.js';
import { cardsOf, elementsOf, textOf, type Json } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { asTenant } from '../../support/tenant.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const chat = `a:personal-${alice.aadObjectId}`;
const tenantId = asTenant(`teams:${AAD_TENANT}:personal:${alice.aadObjectId}`);
const repositories = createRepositories(database.db);

beforeAll(async () => {
  const boussole = composeBoussole({
    db: database.db,
    defaults: { locale: 'fr', timeZone: 'America/Toronto' },
    log: createLogger({ level: 'silent', format: 'json' }),
    scheduler: () => undefined,
  });
  await boussole.ensureIndexes();
  const { engine } = boussole;
  harness = await startTeamsHarness({ db: database.db, engine });
});
afterAll(async () => harness.close());

async function send(activity: Record<string, unknown>): Promise<ReceivedActivity> {
  const before = harness.connector.for(chat).length;
  expect((await harness.post(activity)).status).toBe(200);
  const received = await harness.connector.waitFor(chat, before + 1);
  return received[received.length - 1]!;
}
const typed = (text: string) => send(personalMessage({ serviceUrl: harness.connector.url, text, locale: 'fr-CA' }));
const press = (value: unknown) => send(personalMessage({ serviceUrl: harness.connector.url, value, locale: 'fr-CA' }));
const submits = (received: ReceivedActivity) => cardsOf(received).flatMap(elementsOf).filter((e) => e.type === 'Action.Submit');

describe('a form through Teams', () => {
  it('adds a calendar entry from typed answers, a card choice and the form’s Skip', async () => {
    await typed('calendrier ajouter');
    const platform = await typed('2026-12-03 10h');
    const sendPlatform = submits(platform).find((s) => s.title === 'Envoyer')!;
    expect(((sendPlatform.data as Json).question as { ref: { step: number } }).ref.step).toBe(0);
    const topic = await press(submitted(sendPlatform.data, { answer: 'linkedin' }));
    expect(textOf(topic)).toContain('Quel est le sujet\u202f?');
    const owner = await typed('Lancement du rapport');
    const skip = (received: ReceivedActivity) => submits(received).find((s) => ((s.data as Json).action as Json | undefined)?.control === 'skip')!;
    const material = await press(skip(owner).data);
    const done = await press(skip(material).data);
    expect(textOf(done)).toContain('Ajouté\u00a0: «\u00a0Lancement du rapport\u00a0» sur LinkedIn');
    expect(await repositories.calendar.findMany(tenantId, {})).toMatchObject([{ topic: 'Lancement du rapport', platform: 'linkedin' }]);
  });
});
