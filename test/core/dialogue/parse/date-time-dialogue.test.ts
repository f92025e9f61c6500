// Dates and times typed into the console chat, read back from MongoDB: the step questions, the
// `calendrier ajouter` form and the one-line command all read them the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { consoleHarness, type ConsoleHarness } from '../../../support/console-chat.js';
import { useTestDatabase } from '../../../support/mongo.js';
import { asTenant } from '../../../support/tenant.js';

const { db } = useTestDatabase();
const zone = 'America/Toronto';
// Saturday 28 November 2026, 10:00 in Toronto.
const now = DateTime.fromISO('2026-11-28T10:00', { zone }).toJSDate();
let fr: ConsoleHarness;
let en: ConsoleHarness;

beforeAll(async () => {
  fr = await consoleHarness(db, 'dates-fr', 'fr', () => now);
  en = await consoleHarness(db, 'dates-en', 'en', () => now);
});

const local = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm');

async function entriesOf(h: ConsoleHarness, tenant: string) {
  return (await h.repositories.calendar.findMany(asTenant(tenant), {}, { sort: { at: 1 } })).map((e) => [local(e.at), e.topic]);
}

/** Step 1 up to its dates, then the dates given, the portrait, and the review. */
const stepOne = (listenStart: string, goLive: string) => [
  'step 1', 'Boussole', 'McGill', 'Marie Tremblay', 'linkedin', '@mt', 'done', 'https://example.ca/feed.xml', '1', '1', listenStart, goLive, 'Little is said about us.', '2',
];

describe('minutes are kept, in every common form (case 2)', () => {
  it('the French form and one-line command keep "13 h 30" and "9 h 15"', async () => {
    const out = await fr.chat([
      'calendrier ajouter', '10 décembre 13 h 30', '3', 'Rapport annuel', 'passer', 'passer',
      'calendrier ajouter 14 janvier 2027 9 h 15 | linkedin | Vœux',
    ]);
    expect(out).not.toContain('⚠️');
    expect(await entriesOf(fr, asTenant('console:dates-fr'))).toEqual([
      ['2026-12-10 13:30', 'Rapport annuel'],
      ['2027-01-14 09:15', 'Vœux'],
    ]);
  });

  it('the English form reads "10 a.m." and "1:30 pm"', async () => {
    const out = await en.chat([
      'calendar add', 'December 9 10 a.m.', '3', 'Annual report', 'skip', 'skip',
      'calendar add', 'December 11 1:30 pm', '3', 'Open house', 'skip', 'skip',
    ]);
    expect(out).not.toContain('The time is missing');
    expect(await entriesOf(en, asTenant('console:dates-en'))).toEqual([
      ['2026-12-09 10:00', 'Annual report'],
      ['2026-12-11 13:30', 'Open house'],
    ]);
  });

  it('an answer read only in part is refused with what was understood, not stored cut short', async () => {
    const out = await fr.chat(['calendrier ajouter', '10 décembre vers midi et quart', 'annuler']);
    expect(out).toMatch(/J’ai compris le 10 décembre 2026.*, mais pas «\u00a0.*et quart\u00a0»/);
  });
});

describe('past dates where the question allows the past (case 3)', () => {
  it('"September 1" for when listening started is last September, and raises no go-live pitfall', async () => {
    const out = await en.chat(stepOne('September 1', 'March 1'));
    expect(out).not.toContain('before listening even starts');
    const step = (await en.repositories.plans.get(asTenant('console:dates-en'))).step(1);
    expect(step.answers.listenStart).toBe('2026-09-01');
    expect(step.answers.goLive).toBe('2027-03-01');
  });

  it('"lundi dernier" is last Monday, and a go-live typed as a past day is refused', async () => {
    await db.collection('plans').deleteOne({ _id: asTenant('console:dates-fr') as never });
    const out = await fr.chat(['langue en', ...stepOne('lundi dernier', 'il y a deux semaines'), 'March 1']);
    expect(out).toContain('November 14, 2026 has already passed');
    const step = (await fr.repositories.plans.get(asTenant('console:dates-fr'))).step(1);
    expect(step.answers.listenStart).toBe('2026-11-23');
    expect(step.answers.goLive).toBe('2027-03-01');
  });
});
