// A person is shown by name, never by a platform id: a neutral word when no name was ever known.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { personName } from '../../../src/core/people/person-name.js';
import { consoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const teamsGuid = '29:1f0c3b5e-8c1d-4a57-9b1e-2f3c4d5e6f70';

describe('personName', () => {
  it('shows the stored name', () => {
    expect(personName({ id: 'U07ABC', name: 'Marie Tremblay' }, 'fr')).toBe('Marie Tremblay');
  });

  it('shows a typed name from its id when the name itself was not kept', () => {
    expect(personName({ id: 'name:julie' }, 'en')).toBe('julie');
  });

  it.each([
    ['fr', 'une personne de l’équipe'],
    ['en', 'a teammate'],
  ] as const)('says a neutral word in %s for an id without a name (Slack id, Teams GUID, blank name)', (locale, word) => {
    expect(personName({ id: 'U07ABC' }, locale)).toBe(word);
    expect(personName({ id: teamsGuid }, locale)).toBe(word);
    expect(personName({ id: teamsGuid, name: '  ' }, locale)).toBe(word);
  });
});

describe('an entry stored with an owner id and no name', () => {
  it.each([
    ['fr', 'calendrier', 'une personne de l’équipe'],
    ['en', 'calendar', 'a teammate'],
  ] as const)('lists the owner without their id (%s)', async (locale, command, word) => {
    const h = await consoleHarness(db, `ids-${locale}`, locale);
    // Within the 30 days the list shows.
    const day = DateTime.now().plus({ days: 10 }).toISODate();
    await h.chat([locale === 'fr' ? `calendrier ajouter ${day} 10h | linkedin | Rapport annuel` : `calendar add ${day} 10am | linkedin | Annual report`]);
    const tenantId = asTenant(`console:ids-${locale}`);
    // As plans saved before names were stored beside ids left them.
    const updated = await db.collection('calendar_entries').updateMany({ tenantId }, { $set: { owner: { id: teamsGuid } } });
    expect(updated.modifiedCount).toBe(1);
    const out = await h.chat([command]);
    expect(out).toContain(` · ${word}`);
    expect(out).not.toContain(teamsGuid);
  });
});
