// A calendar entry moved by hand (`calendrier modifier <réf> mercredi 10 h`) stays where it was
// put when step 4 is reopened and completed again, and the person completing it is told once.
import { beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const zone = 'America/Toronto';
// Saturday 1 March 2025; step 4's post is planned for Monday 7 April 2025, 10:00 in Toronto.
const now = DateTime.fromISO('2025-03-01T10:00', { zone }).toJSDate();
const TENANT = asTenant('console:hand');
let h: ConsoleHarness;

beforeAll(async () => {
  h = await consoleHarness(db, 'hand', 'fr', () => now);
  await seedCompletePlan(db, h.repositories, TENANT);
});

const local = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm');
const completeStepFour = ['rouvrir 4', 'étape 4', 'réviser', 'terminer'];

describe('a manual calendar change survives a re-completed step 4 (case 11)', () => {
  it('keeps the hand-moved time and says so once to the person completing the step', async () => {
    const first = await h.chat(completeStepFour);
    expect(first).toContain('Étape 4');
    const [entry] = await h.repositories.calendar.findMany(TENANT, { source: 'plan' });
    expect(local(entry!.at)).toBe('2025-04-07 10:00');

    const moved = await h.chat([`calendrier modifier ${entry!.ref} mercredi 10 h`]);
    expect(moved).toContain('Modifié');
    const wednesday = '2025-03-05 10:00';
    expect(local((await h.repositories.calendar.findOne(TENANT, { _id: entry!._id }))!.at)).toBe(wednesday);

    const again = await h.chat(completeStepFour);
    expect(local((await h.repositories.calendar.findOne(TENANT, { _id: entry!._id }))!.at)).toBe(wednesday);
    expect(again).toContain(`a été modifié à la main au calendrier`);
    expect(again).toContain(`calendrier modifier ${entry!.ref} 2025-04-07 10:00`);

    const third = await h.chat(completeStepFour);
    expect(third).not.toContain('modifié à la main');
    expect(local((await h.repositories.calendar.findOne(TENANT, { _id: entry!._id }))!.at)).toBe(wednesday);
  });
});
