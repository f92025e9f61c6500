// A long-text modal refused (empty, or unreadable) says why under its field in the submitter's
// Boussole language: their choice, else their Slack profile's, else the team's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackTenantId } from '../../../../../adapters/slack/tenant.js';
import { useTestDatabase } from '../../../../support/mongo.js';
import { interactionBody } from '../../../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from '../../../../support/slack-harness.js';
import { slackTestEngine } from '../../../../support/slack-test-engine.js';

const { db } = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  // The team speaks English (DEFAULT_LOCALE en in the harness).
  h = await startSlackHarness({ db, engine: slackTestEngine(db) });
  h.api.users.set('UFRSLACK', { real_name: 'Élise Roy', locale: 'fr-CA' });
  h.api.users.set('UFRCHOSE', { real_name: 'Paul Smith', locale: 'en-US' });
  h.api.users.set('UENCHOSE', { real_name: 'Anne Côté', locale: 'fr-CA' });
  h.api.users.set('UNOLOCALE', { real_name: 'Sam Lee' });
  await h.repositories.userPrefs.setLocale(slackTenantId('T1'), 'UFRCHOSE', 'fr');
  await h.repositories.userPrefs.setLocale(slackTenantId('T1'), 'UENCHOSE', 'en');
});
afterAll(async () => h.close());

const metadata = JSON.stringify({ ref: { step: 2, key: 'portrait', turn: 1 } });
let triggers = 0;
async function submit(user: string, text: string, privateMetadata = metadata): Promise<unknown> {
  const body = interactionBody({
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: user },
    trigger_id: `trig-modal-errors-${++triggers}`,
    view: { id: 'VM', callback_id: 'bsl.answer', private_metadata: privateMetadata, state: { values: { answer: { text: { type: 'plain_text_input', value: text } } } } },
  });
  const res = await h.post(body, 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
  return JSON.parse(res.text);
}

describe('the long-text modal’s errors', () => {
  it('are in French for a person whose Slack profile is French, in an English team', async () => {
    expect(await submit('UFRSLACK', '  ')).toEqual({ response_action: 'errors', errors: { answer: 'Votre réponse est vide.' } });
  });

  it('follow the language the person chose in Boussole over their Slack profile’s', async () => {
    expect(await submit('UFRCHOSE', '')).toEqual({ response_action: 'errors', errors: { answer: 'Votre réponse est vide.' } });
    expect(await submit('UENCHOSE', '')).toEqual({ response_action: 'errors', errors: { answer: 'Your answer is empty.' } });
  });

  it('say an unreadable submission is unreadable in the person’s language too', async () => {
    const refused = (await submit('UFRSLACK', 'du texte', '{"ref":"altered"}')) as { errors: { answer: string } };
    expect(refused.errors.answer).toMatch(/^Je n’ai pas pu lire/);
  });

  it('fall back to the team’s language when the person has none', async () => {
    expect(await submit('UNOLOCALE', '')).toEqual({ response_action: 'errors', errors: { answer: 'Your answer is empty.' } });
  });
});
