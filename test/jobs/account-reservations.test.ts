// Step 3: what each platform suits is shown while choosing; an account marked "to reserve" becomes
// a task, recalled by the `account-reservations` job (through Agenda and the database) the next
// morning and then weekly, until step 3 says it is reserved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_RESERVATIONS_JOB } from '../../src/jobs/account-reservations.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import { liveConsole, type LiveConsole } from '../support/live-console.js';
import { asTenant } from '../support/tenant.js';
import { useTestDatabase } from '../support/mongo.js';
import { TEST_DAY } from '../support/test-day.js';

const database = useTestDatabase();
const T = asTenant('console:reserve');
let live: LiveConsole;

beforeAll(async () => {
  live = await liveConsole(database, 'reserve', 'en', TEST_DAY);
});
afterAll(async () => {
  await live?.stop();
});

const tasks = () => live.posts.posts.filter((p) => p.key.startsWith(`reserve:${T}:`));

describe('step 3: platforms', () => {
  let out = '';
  it('shows what each platform suits when choosing, and proposes the chosen one’s as why it fits', async () => {
    out = await live.chat(['step 3', 'x', '@museecote', 'skip', '2', '1', 'Journalists', 'Journalists follow the news there', 'done', 'skip', '1', 'done']);
    expect(out).toContain('What each platform suits best:');
    expect(out).toContain('- TikTok — audiences: teenagers, young adults; formats: short vertical videos; rhythm: 3 to 7 videos a week');
    expect(out).toContain('Suggestion: X (Twitter) — audiences: journalists, elected officials, business circles, experts');
  });

  it('turns an account still to reserve into a task: said at completion, recalled the next morning, then weekly', async () => {
    expect(out).toContain('X (Twitter) (@museecote) still needs reserving, so it’s now a task.');
    expect((await live.boussole.repositories.plans.get(T)).step(3).status).toBe('complete');

    await live.runJob(ACCOUNT_RESERVATIONS_JOB); // the same day: not yet
    expect(tasks()).toHaveLength(0);

    live.setNow('2026-11-29T14:30:00Z'); // 09:30 the next morning in Toronto
    await live.runJob(ACCOUNT_RESERVATIONS_JOB);
    await live.runJob(ACCOUNT_RESERVATIONS_JOB);
    expect(tasks()).toHaveLength(1);
    expect(tasks()[0]!.target).toEqual({ kind: 'user', tenantId: T, userId: 'console:marie' });
    expect(JSON.stringify(tasks()[0]!.message)).toContain('To do: reserve X (Twitter) (@museecote).');
    expect(tasks()[0]!.message[0]).toMatchObject({ kind: 'buttons', buttons: [{ label: 'It’s reserved', action: { kind: 'command', text: 'account reserved @museecote' } }] });

    live.setNow('2026-12-03T14:30:00Z');
    await live.runJob(ACCOUNT_RESERVATIONS_JOB);
    expect(tasks()).toHaveLength(1);
    live.setNow('2026-12-06T14:30:00Z'); // a week later
    await live.runJob(ACCOUNT_RESERVATIONS_JOB);
    expect(tasks()).toHaveLength(2);
  });

  it('`account` lists what is left to reserve; `account reserved x` marks it in step 3 and the task stops', async () => {
    const listed = await live.chat(['account']);
    expect(listed).toContain('📌 Account still to reserve:\n1. X (Twitter) (@museecote)');
    expect(await live.chat(['account reserved tiktok'])).toContain('I can’t find “tiktok” among the accounts to reserve:\n1. X (Twitter) (@museecote)');
    // What the reminder's button sends.
    expect(await live.chat(['account reserved @museecote'])).toContain('✅ X (Twitter) (@museecote): reserved. Step 3 is up to date, and the reminder stops.');
    const step3 = (await live.boussole.repositories.plans.get(T)).step(3);
    expect(step3.status).toBe('complete');
    expect(readStep3(step3.answers).platforms.map((item) => item.status)).toEqual(['reserved']);
    // The same button pressed again (or by a teammate after it was done): said plainly, nothing changes.
    expect(await live.chat(['account reserved @museecote'])).toContain('X (Twitter) (@museecote) is already marked reserved in step 3, so there’s no reminder any more.');
    expect(await live.chat(['langue fr', 'compte réservé @museecote', 'language en'])).toContain('X (Twitter) (@museecote) est déjà noté réservé à l’étape\u00a03\u00a0: il n’y a plus de rappel.');
    // Recorded in step 3's history like an edit of the step.
    expect(await live.chat(['history 3'])).toContain('Platforms and accounts › account 1 “X (Twitter)” › Status: To reserve → Reserved');
    live.setNow('2026-12-13T14:30:00Z');
    await live.runJob(ACCOUNT_RESERVATIONS_JOB);
    expect(tasks()).toHaveLength(2);
    expect(await live.chat(['langue fr', 'compte'])).toContain('L’étape\u00a03 ne note aucun compte à réserver.');
  });
});
