// Back then Send, and button labels typed as text, through the real botbuilder adapter (issue 10, cases 8 and 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../../src/app/build-engine.js';
import { createLogger } from '../../../src/log/logger.js';
import { ensureIndexes } from '../../../src/store/repository.js';
import { createRepositories, listRepositories, type Repositories } from '../../../src/app/repositories.js';
import { useTestDatabase } from '../../support/mongo.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { AAD_TENANT, CHANNEL_ID, TEAM_ID, alice, bob, channelMessage, personalMessage, submitted, type TestUser } from '../../support/teams-activities.js';
import { cardsOf, elementsOf, textOf, type Json } from '../../support/teams-cards.js';
import type { ReceivedActivity } from '../../support/fake-bot-connector.js';
import { asTenant } from '../../support/tenant.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let repositories: Repositories;

beforeAll(async () => {
  repositories = createRepositories(database.db);
  await ensureIndexes(listRepositories(repositories));
  const engine = buildEngine({ repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }) });
  harness = await startTeamsHarness({ db: database.db, engine });
});
afterAll(async () => harness.close());

function as(user: TestUser) {
  const chat = `a:personal-${user.aadObjectId}`;
  const send = async (activity: Record<string, unknown>): Promise<ReceivedActivity> => {
    const before = harness.connector.for(chat).length;
    expect((await harness.post(activity)).status).toBe(200);
    return (await harness.connector.waitFor(chat, before + 1)).at(-1)!;
  };
  return {
    tenant: asTenant(`teams:${AAD_TENANT}:personal:${user.aadObjectId}`),
    typed: (text: string) => send(personalMessage({ serviceUrl: harness.connector.url, user, text, locale: 'fr-CA' })),
    press: (value: unknown) => send(personalMessage({ serviceUrl: harness.connector.url, user, value, locale: 'fr-CA' })),
  };
}

const elements = (received: ReceivedActivity) => cardsOf(received).flatMap(elementsOf);
const submit = (received: ReceivedActivity, title: string) => elements(received).find((e) => e.type === 'Action.Submit' && e.title === title)?.data as Json;
/** What Teams sends on Send when nobody touched the inputs: each input's own `value`. */
const untouched = (received: ReceivedActivity) =>
  Object.fromEntries(elements(received).filter((e) => String(e.type).startsWith('Input.') && e.value !== undefined).map((e) => [String(e.id), String(e.value)]));

describe('Back in a Teams card', () => {
  it('shows the stored answer in the input, and Send unchanged keeps it', async () => {
    const alice_ = as(alice);
    const first = await alice_.typed('étape 1');
    await alice_.press(submitted(submit(first, 'Envoyer'), { answer: 'Boussole\nLaval' }));
    const next = await alice_.typed('Concordia');
    const back = await alice_.press(submit(next, '◀ Retour'));
    const input = elements(back).find((e) => e.type === 'Input.Text');
    expect(input?.value).toBe('Concordia');
    const kept = await alice_.press(submitted(submit(back, 'Envoyer'), untouched(back)));
    expect(textOf(kept)).not.toMatch(/vide|empty/i);
    expect(textOf(kept)).toMatch(/✓ Concurrents et organisations comparables\s: Concordia/);
    const plan = await repositories.plans.get(alice_.tenant);
    expect(plan.step(1).answers).toMatchObject({ keywords: ['Boussole', 'Laval'], competitors: ['Concordia'] });
  }, 30_000);

  it('preselects the stored choices of a choice set', async () => {
    const bob_ = as(bob);
    let last = await bob_.typed('étape 1');
    for (const text of ['Boussole', 'Concordia', 'passer', 'passer']) last = await bob_.typed(text);
    last = await bob_.press(submitted(submit(last, 'Envoyer'), { answer: 'alerts,rss-reader' }));
    const back = await bob_.press(submit(last, '◀ Retour'));
    expect(elements(back).find((e) => e.type === 'Input.ChoiceSet')?.value).toBe('alerts,rss-reader');
    await bob_.press(submitted(submit(back, 'Envoyer'), untouched(back)));
    expect((await repositories.plans.get(bob_.tenant)).step(1).answers.tools).toEqual(['alerts', 'rss-reader']);
  }, 30_000);
});

describe('Back in a Teams people picker', () => {
  it('shows the stored person, and Send unchanged keeps both the person and their name', async () => {
    const erin_ = as({ id: '29:erin', aadObjectId: 'aad-erin', name: 'Erin Côté' });
    const first = await erin_.typed('étape 6');
    // Named by typing (the picker is unavailable, or the person is outside the directory).
    const next = await erin_.press(submitted(submit(first, 'Envoyer'), { answerText: 'Dana Roy' }));
    const back = await erin_.press(submit(next, '◀ Retour'));
    const picker = elements(back).find((e) => e.type === 'Input.ChoiceSet');
    expect(picker).toMatchObject({ value: 'name:dana roy', choices: [{ title: 'Dana Roy', value: 'name:dana roy' }] });
    // Teams sends back the id alone, and the roster does not know it: the stored name stays.
    await erin_.press(submitted(submit(back, 'Envoyer'), untouched(back)));
    expect((await repositories.plans.get(erin_.tenant)).step(6).answers.communityManager).toEqual({ id: 'name:dana roy', name: 'Dana Roy' });
  }, 30_000);
});

describe('typed in a Teams chat while a question waits', () => {
  it('a command runs and the question comes back; a button’s label acts as the button', async () => {
    const carol: TestUser = { id: '29:carol', aadObjectId: 'aad-carol', name: 'Carol Roy' };
    const carol_ = as(carol);
    await carol_.typed('étape 8');
    const ran = await carol_.typed('langue en');
    expect(textOf(ran)).toMatch(/I’ll talk to you in English[^]*The question is still waiting/);
    expect((await repositories.plans.get(carol_.tenant)).step(8).answers).toEqual({});
    await carol_.typed('non');
    await carol_.typed('Terminer l’étape');
    expect(['complete', 'skipped']).toContain((await repositories.plans.get(carol_.tenant)).step(8).status);
  }, 30_000);

  it('in a team channel (with @Boussole), the same rule: the command runs and the question waits', async () => {
    const inChannel = async (text: string): Promise<string> => {
      const before = harness.connector.received.length;
      expect((await harness.post(channelMessage({ serviceUrl: harness.connector.url, user: bob, text }))).status).toBe(200);
      await expect.poll(() => harness.connector.received.length > before).toBe(true);
      const reply = harness.connector.received.at(-1)!;
      expect(reply.conversationId.startsWith(CHANNEL_ID)).toBe(true);
      return textOf(reply);
    };
    await inChannel('étape 2');
    expect(await inChannel('état')).toMatch(/La question attend toujours votre réponse/);
    expect(await inChannel('historique de la marque')).toMatch(/est-ce votre réponse, ou la commande `?historique`?/);
    await inChannel('C’est ma réponse');
    const plan = await repositories.plans.get(asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`));
    expect(JSON.stringify(plan.step(2).answers)).toContain('historique de la marque');
  }, 30_000);
});

describe('A person’s markdown characters in a Teams card', () => {
  it('shows them as typed (escaped for Teams’ Markdown), while the card’s own bold stays bold, and Back gives them back raw', async () => {
    const fanny = as({ id: '29:fanny', aadObjectId: 'aad-fanny', name: 'Fanny Roy' });
    const first = await fanny.typed('étape 1');
    const echo = await fanny.press(submitted(submit(first, 'Envoyer'), { answer: '*urgent*\n_brouillon_' }));
    const echoed = elements(echo).find((e) => e.type === 'TextBlock' && String(e.text).includes('✓'));
    expect(echoed?.text).toBe('✓ Mots-clés surveillés\u00a0: \\*urgent\\*, \\_brouillon\\_');
    const back = await fanny.press(submit(echo, '◀ Retour'));
    expect(elements(back).find((e) => e.type === 'Input.Text')?.value).toBe('*urgent*\n_brouillon_');
    expect((await repositories.plans.get(fanny.tenant)).step(1).answers.keywords).toEqual(['*urgent*', '_brouillon_']);
  }, 30_000);
});

