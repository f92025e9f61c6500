// Case 2: Boussole itself is killed outright (SIGKILL, no chance to clean up) between two answers
// of a step, then started again on the same data, as systemd or Docker would.
import { describe, expect, it } from 'vitest';
import { alice } from '../support/teams-activities.js';
import {
  leakedSecrets,
  logLines,
  personalTenant,
  serverPids,
  slackSay,
  step1AnswersOf,
  teamsSay,
  useFaultHarness,
} from '../support/fault-harness.js';

const fault = useFaultHarness();

const answersOf = (tenantId: string) => step1AnswersOf(fault(), tenantId);

describe('Boussole killed between two answers, then restarted', () => {
  it('keeps every answer saved before, leaves no server behind, and resumes the session at the next question', async () => {
    await teamsSay(fault(), alice, 'step 1');
    expect((await teamsSay(fault(), alice, 'Boussole, Laval')).text).toContain('competitors');
    await slackSay(fault(), 'U1', 'step 1');
    expect((await slackSay(fault(), 'U1', 'Compass')).text).toContain('competitors');
    const serverBefore = await serverPids(fault().dataDir);
    expect(serverBefore).toHaveLength(1);

    const killedAt = performance.now();
    await fault().restart();
    const backMs = Math.round(performance.now() - killedAt);

    // One server again, not the old one plus a new one.
    const serverAfter = await serverPids(fault().dataDir);
    expect(serverAfter).toHaveLength(1);
    expect(serverAfter).not.toEqual(serverBefore);
    expect(await answersOf(personalTenant(alice))).toEqual({ keywords: ['Boussole', 'Laval'] });
    expect(await answersOf('slack:T1')).toEqual({ keywords: ['Compass'] });

    // The session survived: "continue" asks the question that was waiting, and the next answer lands.
    const resumed = await teamsSay(fault(), alice, 'continue');
    expect(resumed.text).toContain('Let’s pick up where you left off');
    expect(resumed.text).toContain('competitors');
    expect((await teamsSay(fault(), alice, 'Rival Inc')).text).toMatch(/influential/i);
    expect((await slackSay(fault(), 'U1', 'Other Co')).text).toMatch(/influential/i);
    expect(await answersOf(personalTenant(alice))).toEqual({ keywords: ['Boussole', 'Laval'], competitors: ['Rival Inc'] });
    expect(await answersOf('slack:T1')).toEqual({ keywords: ['Compass'], competitors: ['Other Co'] });

    expect(logLines(fault().allOutput()).filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    expect(leakedSecrets(fault().allOutput())).toEqual([]);
    console.info(`[fault 2] Boussole back and ready ${backMs} ms after the SIGKILL (restart by the test, embedded server included); answers lost: 0`);
  });
});
