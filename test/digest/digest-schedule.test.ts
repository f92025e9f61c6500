import { Agenda, type Job } from 'agenda';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { digestCron, nextDigestAt, scheduleDigest, WEEKLY_DIGEST_JOB } from '../../src/digest/digest-schedule.js';
import { createScheduler, JOBS_COLLECTION } from '../../src/jobs/scheduler.js';
import { silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const agenda: Agenda = createScheduler(db, silentLog, { processEvery: 60_000 });
afterAll(() => agenda.stop().catch(() => {}));

/** The run after `last` as Agenda computes it for a repeating job (what it stores as nextRunAt). */
function agendaNextAfter(cron: string, timezone: string, last: Date): Date {
  const job = agenda.create(WEEKLY_DIGEST_JOB, { tenantId: 'x' }) as Job<unknown>;
  // With skipImmediate, Agenda computes the next run from the current one, as after a run.
  job.attrs.nextRunAt = last;
  job.repeatEvery(cron, { timezone, skipImmediate: true });
  return job.attrs.nextRunAt!;
}

describe('weekly digest schedule', () => {
  it('one job per tenant, moved (not duplicated) when the tenant changes its moment', async () => {
    await scheduleDigest(agenda, tenantDoc(asTenant('slack:D1')));
    await scheduleDigest(agenda, tenantDoc(asTenant('slack:D2'), { timeZone: 'Europe/Paris' }));
    await scheduleDigest(agenda, tenantDoc(asTenant('slack:D1'), { digest: { weekday: 5, hour: 16 } }));
    const jobs = await db.collection(JOBS_COLLECTION).find({ name: WEEKLY_DIGEST_JOB }).toArray();
    expect(jobs).toHaveLength(2);
    const d1 = jobs.find((j) => j.data.tenantId === asTenant('slack:D1'))!;
    expect(d1.repeatInterval).toBe('0 16 * * 5');
    expect(d1.repeatTimezone).toBe('America/Toronto');
    const next = DateTime.fromJSDate(d1.nextRunAt, { zone: 'America/Toronto' });
    expect([next.weekday, next.hour, next.minute]).toEqual([5, 16, 0]);
  });

  it('Monday 09:00 in Toronto stays 09:00 local across the spring and fall changes (without waiting for them)', () => {
    const tenant = tenantDoc(asTenant('slack:D3'));
    const cron = digestCron(tenant);
    expect(cron).toBe('0 9 * * 1');
    // Spring: Monday 2 March 2026 09:00 EST (14:00Z) -> Monday 9 March 09:00 EDT (13:00Z).
    expect(agendaNextAfter(cron, tenant.timeZone, new Date('2026-03-02T14:00:00Z')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    // Fall: Monday 26 October 2026 09:00 EDT (13:00Z) -> Monday 2 November 09:00 EST (14:00Z).
    expect(agendaNextAfter(cron, tenant.timeZone, new Date('2026-10-26T13:00:00Z')).toISOString()).toBe('2026-11-02T14:00:00.000Z');
    // Our own computation (shown by `settings`) agrees.
    expect(nextDigestAt(tenant, new Date('2026-03-02T14:00:00Z')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(nextDigestAt(tenant, new Date('2026-10-26T13:00:00Z')).toISOString()).toBe('2026-11-02T14:00:00.000Z');
  });

  it('Sunday (weekday 7) maps to cron day 0', () => {
    expect(digestCron(tenantDoc(asTenant('slack:x'), { digest: { weekday: 7, hour: 18 } }))).toBe('0 18 * * 0');
  });
});
