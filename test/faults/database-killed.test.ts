// Case 1: the embedded database is killed in the middle of a conversation, stays down a while,
// then comes back. The person hears "try again" in their language within seconds, the answer typed
// during the outage is not half-saved, and the conversation continues where it was.
import { describe, expect, it } from 'vitest';
import { message } from '../../src/core/i18n/messages.js';
import { alice, bob } from '../support/teams-activities.js';
import {
  eventually,
  holdPort,
  leakedSecrets,
  logLines,
  personalTenant,
  serverPids,
  slackSay,
  startFaultHarness,
  step1AnswersOf,
  teamsSay,
  useFaultHarness,
} from '../support/fault-harness.js';

const fault = useFaultHarness({ env: { DEFAULT_LOCALE: 'fr' } }, (h) => {
  h.slack.users.set('U1', { locale: 'fr-FR' });
});

const answersOf = (tenantId: string) => step1AnswersOf(fault(), tenantId);

describe('the embedded database killed mid-conversation, then back', () => {
  it('tells the person to try again within seconds, restarts the database on the same data, and the conversation continues', async () => {
    // Alice (Teams) and U1 (Slack), both French-speaking, are in step 1, the keywords given.
    expect((await teamsSay(fault(), alice, 'étape 1', 'fr-CA')).text).toContain('mots-clés');
    expect((await teamsSay(fault(), alice, 'Boussole, Laval', 'fr-CA')).text).toContain('concurrents');
    expect((await slackSay(fault(), 'U1', 'étape 1')).text).toContain('mots-clés');
    expect((await slackSay(fault(), 'U1', 'Compass')).text).toContain('concurrents');

    const [pid] = await serverPids(fault().dataDir);
    const uri = (await fault().boussole.waitForLog('embedded database ready')).uri as string;
    const port = Number(new URL(uri).port);
    const killedAt = performance.now();
    process.kill(pid!, 'SIGKILL');
    // The port held by a server that accepts connections and never answers — the harshest outage:
    // nothing fails fast, only time limits help. The restarts fail until the test lets go.
    const outage = await holdPort(port, 'hang');

    const duringTeams = await teamsSay(fault(), alice, 'Concurrent A', 'fr-CA');
    expect(duringTeams.text).toBe(message('fr', 'error.unavailable'));
    const duringSlack = await slackSay(fault(), 'U1', 'Rival Inc');
    expect(duringSlack.text).toContain(message('fr', 'error.unavailable'));
    const health = await fetch(`${fault().base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'healing', database: 'restarting' });
    expect((await fetch(`${fault().base}/readyz`)).status).toBe(503);

    await outage.release();
    const restarted = await fault().boussole.waitForLog('the embedded database was restarted');
    const healedMs = Math.round(performance.now() - killedAt);
    expect(await (await fetch(`${fault().base}/healthz`)).json()).toEqual({ status: 'ok' });

    // Nothing saved before is lost; the answer typed during the outage was not saved at all.
    const aliceTenant = personalTenant(alice);
    expect(await eventually(async () => answersOf(aliceTenant), 30_000, 'the database back')).toEqual({ keywords: ['Boussole', 'Laval'] });
    // The conversation continues at the question it was on.
    expect((await teamsSay(fault(), alice, 'Concurrent A', 'fr-CA')).text).toMatch(/influen/i);
    expect(await answersOf(aliceTenant)).toMatchObject({ keywords: ['Boussole', 'Laval'], competitors: ['Concurrent A'] });
    expect((await slackSay(fault(), 'U1', 'Rival Inc')).text).toMatch(/influen/i);
    expect(await answersOf('slack:T1')).toMatchObject({ keywords: ['Compass'], competitors: ['Rival Inc'] });
    // Bob, who never wrote before, starts as usual.
    expect((await teamsSay(fault(), bob, 'étape 1', 'fr-CA')).text).toContain('mots-clés');

    const lines = logLines(fault().allOutput());
    expect(lines.filter((l) => l.msg.includes('exited unexpectedly'))).toHaveLength(1);
    expect(restarted).toMatchObject({ level: 'info', port });
    expect(fault().allOutput()).not.toContain('unable to serialize');
    // Each failure is one readable line, not a dump: the driver's error by name, or the socket
    // error the driver let through unwrapped (EPIPE, ECONNRESET) by its code.
    const unavailable = lines.filter((l) => l.msg.includes('database unavailable'));
    expect(unavailable.length).toBeGreaterThan(0);
    for (const line of unavailable) {
      const err = line.err as { name?: unknown; code?: unknown; message?: unknown };
      expect(err.message).toEqual(expect.any(String));
      expect(String(err.name).startsWith('Mongo') || /^E[A-Z]+$/.test(String(err.code))).toBe(true);
    }
    expect(leakedSecrets(fault().allOutput())).toEqual([]);

    console.info(`[fault 1] try-again reply: Teams ${duringTeams.afterMs} ms, Slack ${duringSlack.afterMs} ms; healed ${healedMs} ms after the kill (outage held by the test); restart took ${String(restarted.healedInMs)} ms from the exit; answers lost: 0`);
  });
});

describe('the embedded database that cannot come back', () => {
  it('makes Boussole exit non-zero once the restart limit has passed, so its own supervisor restarts it', async () => {
    const doomed = await startFaultHarness({ env: { EMBEDDED_DB_RESTART_LIMIT: '2' } });
    try {
      const uri = (await doomed.boussole.waitForLog('embedded database ready')).uri as string;
      const [pid] = await serverPids(doomed.dataDir);
      const killedAt = performance.now();
      process.kill(pid!, 'SIGKILL');
      const outage = await holdPort(Number(new URL(uri).port));
      try {
        expect(await doomed.boussole.exited).toBe(70);
        const exitMs = Math.round(performance.now() - killedAt);
        const fatal = logLines(doomed.boussole.output()).find((l) => l.level === 'fatal');
        expect(fatal).toMatchObject({ msg: expect.stringContaining('could not be restarted in time'), err: { name: 'EmbeddedDatabaseLost' } });
        // The guardian took the last server attempt down with the process.
        expect(await serverPids(doomed.dataDir)).toEqual([]);
        console.info(`[fault 1b] database unable to restart (port held): Boussole exited 70 after ${exitMs} ms (limit 2 s)`);
      } finally {
        await outage.release();
      }
    } finally {
      await doomed.close();
    }
  });
});
