// The calendar subscription end to end: the command through Boussole's engine, the feed through
// its real HTTP server, read back by an independent iCalendar parser (ical.js).
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBoussole } from '../../../server/start.js';
import type { Running } from '../../../src/boot.js';
import { eventUid } from '../../../src/calendar/ical/calendar-feed.js';
import { parseConfig } from '../../../src/config/env.js';
import type { InboundUser } from '../../../src/core/events.js';
import { silentLog } from '../../support/feature-fixtures.js';
import { parseCalendar } from '../../support/ical.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { uri, db, dbName } = useTestDatabase();
const zone = 'America/Toronto';
const tenantId = asTenant('console:ical');
const owner: InboundUser = { id: 'owner', name: 'Odile', isAdmin: true };
let running: Running;

async function say(text: string, user: InboundUser = owner): Promise<string> {
  const replies = await running.engine.handle({ tenant: { platform: 'console', id: 'ical' }, user, conversation: { id: 'c1', kind: 'direct' }, input: { kind: 'message', text } });
  return replies.map((reply) => (reply.kind === 'text' ? reply.text : '')).join('\n');
}

const urlIn = (text: string) => /http:\/\/localhost:\d+\/calendar\/[A-Za-z0-9_-]+\.ics/.exec(text)?.[0];
const local = (url: string) => `http://127.0.0.1:${running.port}${new URL(url).pathname}`;
const get = (url: string) => fetch(local(url));
const refIn = (text: string) => /réf\. `([a-z0-9]+)`/.exec(text)?.[1] ?? '';

/** The next change of Toronto's UTC offset at least four days away, as a local day. */
function nextDstChange(): DateTime {
  let day = DateTime.now().setZone(zone).startOf('day').plus({ days: 4 });
  while (day.plus({ days: 1 }).offset === day.offset) day = day.plus({ days: 1 });
  return day.plus({ days: 1 });
}
const typed = (at: DateTime) => at.toFormat('yyyy-MM-dd HH:mm');

beforeAll(async () => {
  const config = parseConfig({ PORT: '0', MONGODB_URI: uri, MONGODB_DB: dbName, NODE_ENV: 'test', DEFAULT_LOCALE: 'fr', DEFAULT_TIMEZONE: zone });
  running = await startBoussole(config, silentLog, { recurringJobs: false });
  expect(await running.ready).toBe(true);
});

afterAll(async () => {
  await running?.stop();
});

describe('calendar subscribe (calendrier abonnement)', () => {
  const change = nextDstChange();
  const before = change.minus({ days: 3 }).set({ hour: 9 });
  const after = change.plus({ days: 2 }).set({ hour: 9 });
  let url = '';
  const refs: Record<'before' | 'after' | 'published' | 'cancelled', string> = { before: '', after: '', published: '', cancelled: '' };

  it('is refused to someone who is not an owner, and hands an owner a private URL once', async () => {
    expect(await say('calendrier abonnement', { id: 'member', isAdmin: false })).toMatch(/Seules les personnes responsables/);
    const answer = await say('calendrier abonnement');
    url = urlIn(answer) ?? '';
    expect(url.startsWith(`http://localhost:${running.port}/calendar/`)).toBe(true);
    expect(answer).toContain('Outlook\u00a0:');
    // Only the hash is kept: the address cannot be shown again, nor read from the database.
    const token = /\/calendar\/(.+)\.ics$/.exec(url)![1]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.collection('calendar_subscriptions').findOne({ _id: tenantId as never });
    expect(stored?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
    const again = await say('calendar subscribe');
    expect(urlIn(again)).toBeUndefined();
    expect(again).toMatch(/déjà un abonnement/);
  });

  it('serves the team’s entries with their status, drafts, trainings and reviews, in the team’s zone with its alarms', async () => {
    refs.before = refIn(await say(`calendrier ajouter ${typed(before)} | linkedin | Avant le changement d’heure`));
    refs.after = refIn(await say(`calendrier ajouter ${typed(after)} | linkedin | Après le changement d’heure`));
    refs.published = refIn(await say(`calendrier ajouter ${typed(before.plus({ hours: 2 }))} | facebook | Déjà publié`));
    refs.cancelled = refIn(await say(`calendrier ajouter ${typed(before.plus({ hours: 4 }))} | facebook | Abandonné`));
    expect(Object.values(refs).every((ref) => ref.length > 0)).toBe(true);
    expect(await say(`calendrier publié ${refs.published}`)).toMatch(/publié/);
    expect(await say(`calendrier annuler ${refs.cancelled}`)).toMatch(/Annulé/);
    // Step 4 still being answered (its item is a draft), step 6's session, step 10 complete.
    await running.repositories.plans.get(tenantId);
    const item = (at: DateTime, answers: Record<string, unknown>) => ({ _at: DateTime.now().toISO(), answers: { at: at.toUTC().toISO(), ...answers } });
    await db.collection('plans').updateOne({ _id: tenantId as never }, {
      $set: {
        'steps.4': { status: 'in-progress', answers: { calendar: { items: { d1: item(after.plus({ days: 1 }), { topic: 'Brouillon de vidéo', platform: 'youtube' }) } } } },
        'steps.6': { status: 'in-progress', answers: { training: { items: { t1: item(after.plus({ days: 2 }), { topic: 'Gestion des commentaires' }) } } } },
        'steps.10': { status: 'complete', completedAt: DateTime.now().toUTC().toISO(), answers: { reviewCadence: 'monthly' } },
      },
    });

    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const calendar = parseCalendar(await response.text());
    expect(calendar.zones).toEqual([zone]);
    const bySummary = (text: string) => calendar.events.find((event) => event.summary.includes(text))!;

    const first = bySummary('Avant le changement');
    expect(first.start.toISOString()).toBe(before.toUTC().toISO({ suppressMilliseconds: false }));
    expect(first.zone).toBe(zone);
    expect(first.status).toBe('CONFIRMED');
    expect(first.alarms).toEqual([-86_400, -3_600]);
    expect(first.description).toContain('Statut\u00a0: programmé');

    // Across the change, 09:00 stays 09:00 on the wall clock: another UTC offset, the right instant.
    const second = bySummary('Après le changement');
    expect(second.start.toISOString()).toBe(after.toUTC().toISO({ suppressMilliseconds: false }));
    expect(DateTime.fromJSDate(second.start, { zone }).hour).toBe(9);
    expect(DateTime.fromJSDate(second.start, { zone }).offset).not.toBe(DateTime.fromJSDate(first.start, { zone }).offset);

    const published = bySummary('Déjà publié');
    expect(published.summary).toContain('[publié]');
    expect(published.alarms).toEqual([]);
    expect(bySummary('Abandonné').status).toBe('CANCELLED');

    const draft = bySummary('Brouillon de vidéo');
    expect(draft.status).toBe('TENTATIVE');
    expect(draft.summary).toContain('[brouillon]');
    // The UID its calendar entry will have once step 4 is complete: the event is updated, not doubled.
    expect(draft.uid).toBe(eventUid(`${tenantId}|plan:4:d1`));
    expect(bySummary('Formation\u00a0: Gestion des commentaires').status).toBe('TENTATIVE');

    const review = bySummary('Révision du plan');
    const dates = review.occurrences(12);
    expect(new Set(dates.map((d) => DateTime.fromJSDate(d, { zone }).toFormat('HH:mm')))).toEqual(new Set(['10:00']));
    expect(new Set(dates.map((d) => DateTime.fromJSDate(d, { zone }).offset)).size).toBe(2);
    expect(review.alarms).toEqual([-86_400, -3_600]);
  });

  it('keeps an event’s UID when the entry moves, with a higher SEQUENCE', async () => {
    const read = async () => parseCalendar(await (await get(url)).text()).events.find((event) => event.summary.includes('Avant le changement'))!;
    const was = await read();
    const moved = before.plus({ hours: 1 });
    expect(await say(`calendrier modifier ${refs.before} ${typed(moved)}`)).toMatch(/Modifié/);
    const now = await read();
    expect(now.uid).toBe(was.uid);
    expect(now.start.toISOString()).toBe(moved.toUTC().toISO({ suppressMilliseconds: false }));
    expect(now.sequence).toBeGreaterThan(was.sequence);
  });

  it('answers a bare 404 to a wrong, malformed or revoked token', async () => {
    const wrong = url.replace(/\/calendar\/.+\.ics$/, `/calendar/${'A'.repeat(43)}.ics`);
    for (const target of [wrong, url.replace('.ics', '.txt'), url.replace(/\/calendar\/.+$/, '/calendar/short.ics')]) {
      const response = await get(target);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    }
    const answer = await say('calendrier abonnement révoquer');
    expect(answer).toMatch(/L’ancienne adresse ne fonctionne plus/);
    const renewed = urlIn(answer)!;
    expect(renewed).not.toBe(url);
    const revoked = await get(url);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe('');
    expect((await get(renewed)).status).toBe(200);
    url = renewed;
  });

  it('limits each token to 30 requests a minute', async () => {
    url = urlIn(await say('calendar subscribe revoke'))!;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await get(url);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
