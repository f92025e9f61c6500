// Step 7 through the console: a team that starts publishing and answering before it has listened
// and planned is told so, and what it puts on the calendar before go-live waits as a draft.
import { dayInWords } from '../../src/core/i18n/format.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/plan.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import { consoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const day = (days: number) => DateTime.now().plus({ days }).toISODate()!;
/** The same day as `état` writes it, in words. */
const dayWords = (days: number) => {
  const { year, month, day: date } = DateTime.now().plus({ days });
  return dayInWords({ year, month, day: date }, 'fr', false);
};

function seeded(tenantId: TenantId, planned: 'listening only' | 'steps 1 to 6'): Plan {
  const now = new Date().toISOString();
  const done = (answers: Record<string, unknown>) => ({ status: 'complete' as const, answers: answers as never, completedAt: now });
  const steps: Plan['steps'] = {
    '1': done({ listenStart: day(-30), goLive: day(200) }),
    '4': done({ calendar: { items: { a: { _at: now, answers: { at: `${day(10)}T15:00:00Z`, platform: 'facebook', topic: 'Teaser' } } } } }),
  };
  if (planned === 'steps 1 to 6') for (const n of ['2', '3', '5', '6']) steps[n] = done({});
  return { _id: tenantId, tenantId, version: 1, steps, createdAt: now, updatedAt: now };
}

describe('starting before listening and planning, through the console', () => {
  it('in French: the entry is a draft, the missing steps are named, an owner confirms it, and état lists the pitfall', async () => {
    const h = await consoleHarness(db, 'early-fr');
    await h.repositories.plans.insert(seeded(asTenant('console:early-fr'), 'listening only'));

    // Five days ahead, so that both reminders (the day before, the hour before) are still to come.
    const added = await h.chat([`calendrier ajouter ${day(5)} 14h | facebook | Avant-première`]);
    expect(added).toContain('sans rappel.');
    expect(added).toContain('C’est avant la mise en ligne\u00a0: l’entrée reste en brouillon, sans rappel');
    expect(added).toContain('les étapes 2, 3, 5 et 6 ne sont pas terminées');
    const [entry] = await h.repositories.calendar.findMany(asTenant('console:early-fr'), { topic: 'Avant-première' });
    expect(entry).toMatchObject({ status: 'draft', reminders: [] });

    const list = await h.chat(['calendrier']);
    expect(list).toContain(`\`${entry!.ref}\``);
    expect(list).toContain('📝 brouillon (avant la mise en ligne)');
    expect(list).toContain(`Confirmer ${entry!.ref}`);

    const confirmed = await h.chat([`calendrier confirmer ${entry!.ref}`]);
    expect(confirmed).toContain('✅ Confirmé\u00a0: «\u00a0Avant-première\u00a0» partira avant la mise en ligne, avec 2 rappels.');
    const after = (await h.repositories.calendar.findOne(asTenant('console:early-fr'), { _id: entry!._id }))!;
    expect(after.status).toBe('scheduled');
    expect(after.reminders.length).toBeGreaterThan(0);
    expect(await h.chat([`calendrier confirmer ${entry!.ref}`])).toContain('n’est pas un brouillon');

    const comment = await h.chat(['commentaire ajouter facebook | Jean | - | Quand ouvrez-vous ? | question']);
    expect(comment).toContain('💬 Noté');
    expect(comment).toContain('les étapes 2, 3, 5 et 6 ne sont pas terminées');

    const status = await h.chat(['état']);
    expect(status).toContain(`Une publication du calendrier (${dayWords(10)}) est datée avant la mise en ligne du ${dayWords(200)}`);
  });

  it('in English, and with steps 1 to 6 complete nothing is added to the reply', async () => {
    const h = await consoleHarness(db, 'early-en', 'en');
    await h.repositories.plans.insert(seeded(asTenant('console:early-en'), 'listening only'));
    const added = await h.chat([`calendar add ${day(5)} 2pm | facebook | Sneak peek`]);
    expect(added).toContain('That’s before go-live, so the entry stays a draft with no reminders until step 7 is complete or an owner confirms it');
    expect(added).toContain('Note: steps 2, 3, 5 and 6 aren’t complete yet.');

    const ready = await consoleHarness(db, 'ready-en', 'en');
    await ready.repositories.plans.insert(seeded(asTenant('console:ready-en'), 'steps 1 to 6'));
    const comment = await ready.chat(['comment add facebook | Jean | - | When do you open? | question']);
    expect(comment).toContain('💬 Logged');
    expect(comment).not.toContain('Note:');
  });
});
