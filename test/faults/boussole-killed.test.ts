// Case 2: Boussole itself is killed outright (SIGKILL, no chance to clean up) between two answers
// of a step, then started again on the same data, as systemd or Docker would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killSpawned } from '../support/boussole-process.js';
import { alice } from '../support/teams-activities.js';
import { leakedSecrets, logLines, personalTenant, serverPids, slackSay, startFaultHarness, teamsSay, type FaultHarness } from '../support/fault-harness.js';

let harness: FaultHarness;
beforeAll(async () => {
  harness = await startFaultHarness();
});
afterAll(async () => {
  await harness?.close();
  killSpawned();
});

type Plan = { steps?: Record<string, { answers?: Record<string, unknown> }> };
const answersOf = async (tenantId: string) => ((await harness.db.collection('plans').findOne({ tenantId })) as Plan | null)?.steps?.['1']?.answers ?? {};

describe('Boussole killed between two answers, then restarted', () => {
  it('keeps every answer saved before, leaves no server behind, and resumes the session at the next question', async () => {
    await teamsSay(harness, alice, 'step 1');
    expect((await teamsSay(harness, alice, 'Boussole, Laval')).text).toContain('competitors');
    await slackSay(harness, 'U1', 'step 1');
    expect((await slackSay(harness, 'U1', 'Compass')).text).toContain('competitors');
    const serverBefore = await serverPids(harness.dataDir);
    expect(serverBefore).toHaveLength(1);

    const killedAt = performance.now();
    await harness.restart();
    const backMs = Math.round(performance.now() - killedAt);

    // One server again, not the old one plus a new one.
    const serverAfter = await serverPids(harness.dataDir);
    expect(serverAfter).toHaveLength(1);
    expect(serverAfter).not.toEqual(serverBefore);
    expect(await answersOf(personalTenant(alice))).toEqual({ keywords: ['Boussole', 'Laval'] });
    expect(await answersOf('slack:T1')).toEqual({ keywords: ['Compass'] });

    // The session survived: "continue" asks the question that was waiting, and the next answer lands.
    const resumed = await teamsSay(harness, alice, 'continue');
    expect(resumed.text).toContain('Picking up where you left off');
    expect(resumed.text).toContain('competitors');
    expect((await teamsSay(harness, alice, 'Rival Inc')).text).toMatch(/influential/i);
    expect((await slackSay(harness, 'U1', 'Other Co')).text).toMatch(/influential/i);
    expect(await answersOf(personalTenant(alice))).toEqual({ keywords: ['Boussole', 'Laval'], competitors: ['Rival Inc'] });
    expect(await answersOf('slack:T1')).toEqual({ keywords: ['Compass'], competitors: ['Other Co'] });

    expect(logLines(harness.allOutput()).filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    expect(leakedSecrets(harness.allOutput())).toEqual([]);
    console.info(`[fault 2] Boussole back and ready ${backMs} ms after the SIGKILL (restart by the test, embedded server included); answers lost: 0`);
  });
});
