// Step 5's policy goes draft → discussed → official. The day after the planned discussion, the
// `policy-discussion-check` job (through Agenda and the database) asks the owner whether it took
// place; the answers are the `staff` commands, typed in the console as the buttons send them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_DISCUSSION_CHECK_JOB } from '../../src/jobs/policy-discussion-check.js';
import { liveConsole, type LiveConsole } from '../support/live-console.js';
import { asTenant } from '../support/tenant.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';

const database = useTestDatabase();
const { db } = database;
const T = asTenant('console:discussion');
const OWNER = 'console:marie';
let live: LiveConsole;

beforeAll(async () => {
  live = await liveConsole(database, 'discussion', 'en', '2026-11-28T15:00:00Z');
  await seedCompletePlan(db, live.boussole.repositories, T);
  await db.collection('plans').updateOne({ _id: T as never }, { $set: { 'steps.5.answers.discussedOn': '2026-12-09' } });
  await live.chat(['help']); // the team exists once someone wrote to Boussole
  await db.collection('tenants').updateOne({ _id: T as never }, { $set: { owners: [OWNER] } });
});
afterAll(async () => {
  await live?.stop();
});

const asks = () => live.posts.posts.filter((p) => p.key.startsWith(`policy-discussion:${T}:`));

describe('the staff policy: discussed with staff, then official', () => {
  it('is a draft while its discussion is ahead: no acknowledgement, and the document says "planned"', async () => {
    const out = await live.chat(['staff', 'ack', 'policy staff']);
    expect(out).toContain('The staff usage policy is a draft. Its discussion with staff is planned for December 9, 2026.');
    expect(out).toContain('The staff usage policy isn’t official yet');
    expect(out).toContain('- **Discussion with staff planned**: December 9, 2026 (workshop)');
    expect(out).not.toContain('Discussed with staff');
    expect(out).not.toContain('I have read the policy');
    expect(await live.boussole.repositories.policyAcks.count(T, {})).toBe(0);
  });

  it('refuses to call a discussion still ahead "held"', async () => {
    const out = await live.chat(['staff discussed']);
    expect(out).toContain('hasn’t happened yet');
    expect((await live.boussole.repositories.policyStates.get(T))?.discussedOn).toBeUndefined();
  });

  it('asks the owner the day after the planned discussion, once; "not yet" moves the date and the question with it', async () => {
    live.setNow('2026-12-09T20:00:00Z'); // the day itself, in Toronto
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(0);

    live.setNow('2026-12-10T14:00:00Z');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(1);
    expect(asks()[0]!.target).toEqual({ kind: 'user', tenantId: T, userId: OWNER });
    expect(asks()[0]!.message[0]).toMatchObject({
      kind: 'buttons',
      text: expect.stringContaining('discussed with staff on December 9, 2026. Did that happen?'),
      buttons: [
        { label: 'Yes, it did', action: { kind: 'command', text: 'staff discussed 2026-12-09' } },
        { label: 'Not yet', action: { kind: 'command', text: 'staff not yet' } },
      ],
    });

    const notYet = await live.chat(['staff not yet', 'staff not yet 2026-12-01', 'staff not yet 2026-12-16']);
    expect(notYet).toContain('When will the discussion take place?');
    expect(notYet).toContain('has already passed');
    expect(notYet).toContain('the discussion with staff moves to December 16, 2026');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(1);

    live.setNow('2026-12-17T14:00:00Z');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(2);
    expect(asks()[1]!.key).toBe(`policy-discussion:${T}:2026-12-16:${OWNER}`);
  });

  it('"yes" makes it discussed, then the owner makes it official with a date and a version; only then is it acknowledged', async () => {
    const discussed = await live.chat(['staff official', 'staff discussed 2026-12-16', 'ack']);
    expect(discussed).toContain('The policy must first be discussed with staff');
    expect(discussed).toContain('the policy was discussed with staff on December 16, 2026');
    expect(discussed).toContain('isn’t official yet');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(2); // nothing left to ask

    const official = await live.chat(['staff official', 'ack', 'policy staff']);
    expect(official).toContain('The policy is official as of December 17, 2026 (version 1)');
    expect(official).toContain('Thanks! We’ve recorded that you read the staff policy (version of December 17, 2026).');
    expect(official).toContain('- **Status**: official');
    expect(official).toContain('- **Discussed with staff**: December 16, 2026 (workshop)');
    expect(official).toContain('- **In effect since**: December 17, 2026');
    expect(official).toContain('- **Version**: 1');
    expect(await live.boussole.repositories.policyAcks.count(T, { policyVersion: '1' })).toBe(1);
  });

  it('changed in step 5 once official: a draft again, not asked about version 1’s discussion; its own new date is asked about the day after', async () => {
    await db.collection('plans').updateOne({ _id: T as never }, { $set: { 'steps.5.answers.customRules': ['Never post photos of the stores'] } });
    const redraft = await live.chat(['reopen 5', 'step 5', 'review', 'Complete the step', 'staff']);
    expect(redraft).toContain('Step 5 has changed since the policy became official (version 1)');
    expect(redraft).toContain('no discussion with staff is planned yet');
    // Step 5 still says December 9: version 1's discussion, not asked about again.
    live.setNow('2026-12-18T14:00:00Z');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(2);

    expect(await live.chat(['staff not yet 2026-12-22'])).toContain('the discussion with staff moves to December 22, 2026');
    live.setNow('2026-12-23T14:00:00Z');
    await live.runJob(POLICY_DISCUSSION_CHECK_JOB);
    expect(asks()).toHaveLength(3);
    expect(asks()[2]!.message[0]).toMatchObject({ buttons: [{ action: { kind: 'command', text: 'staff discussed 2026-12-22' } }, { action: { kind: 'command', text: 'staff not yet' } }] });

    const official = await live.chat(['staff discussed 2026-12-22', 'staff official']);
    expect(official).toContain('The policy is official as of December 23, 2026 (version 2)');
    expect(await live.boussole.repositories.policyAcks.count(T, { policyVersion: '1' })).toBe(1);
    expect(await live.boussole.repositories.policyAcks.count(T, { policyVersion: '2' })).toBe(0);
  });
});
