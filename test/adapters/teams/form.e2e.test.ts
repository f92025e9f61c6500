// A form (a short dialogue outside the ten steps) through Teams: `calendrier ajouter` typed in the
// personal chat, answers typed and sent from the cards, and the form's Skip submitted — its
// question references (step 0) must pass the card checks like a step's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { createRepositories } from '../../../src/app/repositories.js';
import { useTestDatabase } from '../../support/mongo.js';
import { AAD_TENANT, alice, submitted } from '../../support/teams-activities.js';
import { cardsOf, elementsOf, textOf, type Json } from '../../support/teams-cards.js';
import { personalChat, submits } from '../../support/teams-personal.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import type { ReceivedActivity } from '../../support/fake-bot-connector.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { asTenant } from '../../support/tenant.js';
import { onTestDay } from '../../support/test-day.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const tenantId = asTenant(`teams:${AAD_TENANT}:personal:${alice.aadObjectId}`);
const repositories = createRepositories(database.db);

beforeAll(async () => {
  const { engine } = await quietBoussole(database.db, 'fr', onTestDay);
  harness = await startTeamsHarness({ db: database.db, engine });
});
afterAll(async () => harness.close());

const { typed, press } = personalChat(() => harness);

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

  it('reads what is typed by the questionnaire’s rule: a command runs and the question comes back; quotes answer', async () => {
    await typed('calendrier ajouter');
    await typed('2026-12-05 10h');
    const ran = await typed('aide');
    expect(textOf(ran)).toMatch(/La question attend toujours votre réponse[^]*plateforme/);
    await typed('Facebook');
    const owner = await typed('« état des lieux »');
    expect(textOf(owner)).toContain('Qui s’en charge');
    expect((await repositories.formSessions.findMany(tenantId, {}))[0]?.answers).toMatchObject({ platform: 'facebook', topic: 'état des lieux' });
    await typed('annuler');
    expect(await repositories.formSessions.count(tenantId)).toBe(0);
  });

  it('Back shows the stored date and time in the card’s inputs, and Send unchanged keeps them', async () => {
    await typed('calendrier ajouter');
    const platform = await typed('2026-12-08 13 h 30');
    const back = await press(submits(platform).find((s) => s.title === '◀ Retour')!.data);
    expect(textOf(back)).toContain('Réponse actuelle');
    const inputs = cardsOf(back).flatMap(elementsOf).filter((e) => String(e.type).startsWith('Input.') && e.value !== undefined);
    expect(inputs.map((e) => [e.type, e.value])).toEqual([
      ['Input.Date', '2026-12-08'],
      ['Input.Time', '13:30'],
    ]);
    const untouched = Object.fromEntries(inputs.map((e) => [String(e.id), String(e.value)]));
    const again = await press(submitted(submits(back).find((s) => s.title === 'Envoyer')!.data, untouched));
    expect(textOf(again)).toContain('Sur quelle plateforme');
    const [session] = await repositories.formSessions.findMany(tenantId, {});
    expect(session).toMatchObject({ index: 1, answers: { at: DateTime.fromISO('2026-12-08T13:30', { zone: 'America/Toronto' }).toUTC().toISO() } });
    await typed('annuler');
  });

  it('`terminer` typed in the chat is never stored: at a required question it says why, at an optional one it saves', async () => {
    await typed('calendrier ajouter');
    const refused = await typed('terminer');
    expect(textOf(refused)).toMatch(/Cette question est obligatoire\u00a0: répondez-y avant de terminer\.[^]*Quand faut-il publier/);
    await typed('2026-12-07 10h');
    await typed('YouTube');
    await typed('Visite du campus');
    const done = await typed('Terminer');
    expect(textOf(done)).toContain('Ajouté\u00a0: «\u00a0Visite du campus\u00a0» sur YouTube');
    expect(await repositories.formSessions.count(tenantId)).toBe(0);
    expect(await repositories.calendar.findMany(tenantId, { platform: 'youtube' })).toMatchObject([{ topic: 'Visite du campus' }]);
  });
});

