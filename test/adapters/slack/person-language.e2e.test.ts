// A Slack user's language, through signed DM events: their Slack profile's until they choose one
// with `langue` / `language`; the choice then holds whatever their profile says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { said, slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { quietBoussole } from '../../support/quiet-boussole.js';

const { db } = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  // The team speaks English; Élise's Slack is in French.
  const { engine } = await quietBoussole(db, 'en');
  h = await startSlackHarness({ db, engine });
  h.api.users.set('UELISE', { real_name: 'Élise Roy', locale: 'fr-CA' });
});
afterAll(async () => h.close());

const stored = () => db.collection('users').findOne({ tenantId: 'slack:T1', userId: 'UELISE' });

describe('the language of a Slack user', () => {
  const { type } = slackDm(() => h, 'D-elise', 'UELISE');

  it('is their Slack profile’s at first, kept as the platform’s; once chosen, it holds against the profile', async () => {
    expect(said(await type('aide'))).toContain('Boussole — commandes');
    expect(await stored()).toMatchObject({ locale: 'fr', localeFrom: 'platform' });

    expect(said(await type('langue en'))).toContain('I’ll talk to you in English');
    // Her Slack is still in French: Boussole keeps to her choice.
    expect(said(await type('help'))).toContain('Boussole — commands');
    expect(await stored()).toMatchObject({ locale: 'en', localeFrom: 'chosen' });
  });
});
