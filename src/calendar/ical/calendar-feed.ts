import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalEventRepeatingFreq, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Locale } from '../../core/i18n/locale.js';
import type { CalendarEntry } from '../calendar-entry.js';
import { FEED_TEXT } from './messages.js';
import type { ReviewSeries } from './review-series.js';
import type { TenantId } from '../../core/tenant-id.js';
import { personName } from '../../core/people/person-name.js';

/** `draft`: an item of step 4 or 6 not yet on the calendar (its step is not complete). */
export type FeedStatus = 'draft' | CalendarEntry['status'];

/** An entry as the feed shows it; `revision`, bumped by each change, becomes its SEQUENCE. */
export type FeedEvent = Pick<CalendarEntry, 'kind' | 'at' | 'topic' | 'platform' | 'owner' | 'material' | 'ref' | 'revision'> & {
  /** The calendar entry's id (a draft has the id its entry will get): the UID derives from it. */
  id: string;
  status: FeedStatus;
  updatedAt?: Date;
};

export interface FeedInput {
  tenantId: TenantId;
  locale: Locale;
  timeZone: string;
  /** The team's reminder lead times, in minutes: one VALARM each. */
  leadMinutes: number[];
  events: FeedEvent[];
  review?: ReviewSeries;
  now: Date;
}

const MINUTES = { post: 30, training: 60, review: 60 } as const;

const STATUS: Record<FeedStatus, ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
  published: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** Stable across edits and feeds (so a moved entry updates the same event), and opaque. */
export function eventUid(id: string): string {
  return `${createHash('sha256').update(id).digest('hex').slice(0, 32)}@boussole`;
}

function summary(event: FeedEvent, locale: Locale): string {
  const topic = event.kind === 'training' ? FEED_TEXT.t(locale, 'training', { topic: event.topic }) : event.topic;
  const platform = event.platform ? ` (${event.platform})` : '';
  const status = event.status === 'scheduled' ? '' : ` [${FEED_TEXT.t(locale, `status.${event.status}`)}]`;
  return `${topic}${platform}${status}`;
}

function description(event: FeedEvent, locale: Locale): string {
  return [
    FEED_TEXT.t(locale, 'statusLine', { status: FEED_TEXT.t(locale, `status.${event.status}`) }),
    event.platform ? FEED_TEXT.t(locale, 'platformLine', { platform: event.platform }) : undefined,
    event.owner ? FEED_TEXT.t(locale, 'ownerLine', { owner: personName(event.owner, locale) }) : undefined,
    event.material ? FEED_TEXT.t(locale, 'materialLine', { material: event.material }) : undefined,
    event.status === 'draft' ? undefined : FEED_TEXT.t(locale, 'refLine', { ref: event.ref }),
  ]
    .filter((part): part is string => part !== undefined)
    .join('\n');
}

/** One VALARM per lead time, on what is still to come (a published or cancelled entry rings no more). */
function alarms(text: string, leadMinutes: number[], ringing: boolean, locale: Locale): NonNullable<ICalEventData['alarms']> {
  if (!ringing) return [];
  return [...new Set(leadMinutes)].sort((a, b) => b - a).map((minutes) => ({
    type: ICalAlarmType.display,
    triggerBefore: minutes * 60,
    description: FEED_TEXT.t(locale, 'reminder', { summary: text }),
  }));
}

/**
 * The team's content calendar as iCalendar: its entries (with their status), training sessions and
 * step 10's review dates, in the team's zone (with its VTIMEZONE) so recurring reviews keep their
 * wall-clock time across daylight-saving changes.
 */
export function calendarFeed(input: FeedInput): string {
  const { locale, timeZone } = input;
  const calendar = ical({
    name: FEED_TEXT.t(locale, 'calendarName'),
    prodId: { company: 'Boussole', product: 'content-calendar', language: locale.toUpperCase() },
    timezone: { name: timeZone, generator: getVtimezoneComponent },
    // Calendar clients honour it (X-PUBLISHED-TTL / REFRESH-INTERVAL) as how often to fetch again.
    ttl: 60 * 60,
  });
  // Dates are given as luxon DateTimes in the team's zone, with the event's zone set: the generator
  // writes DTSTART;TZID=<zone>:<wall-clock time>.
  const local = (date: Date) => DateTime.fromJSDate(date, { zone: timeZone });
  for (const event of input.events) {
    const text = summary(event, locale);
    const minutes = event.kind === 'training' ? MINUTES.training : MINUTES.post;
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.revision,
      stamp: input.now,
      ...(event.updatedAt ? { lastModified: event.updatedAt } : {}),
      start: local(event.at),
      end: local(event.at).plus({ minutes }),
      timezone: timeZone,
      summary: text,
      description: description(event, locale),
      status: STATUS[event.status],
      alarms: alarms(text, input.leadMinutes, event.status === 'scheduled' || event.status === 'draft', locale),
    });
  }
  if (input.review) {
    const text = FEED_TEXT.t(locale, 'review');
    const { first, intervalMonths, cadence } = input.review;
    calendar.createEvent({
      id: eventUid(`${input.tenantId}|review`),
      stamp: input.now,
      start: first.setZone(timeZone),
      end: first.setZone(timeZone).plus({ minutes: MINUTES.review }),
      timezone: timeZone,
      repeating: { freq: ICalEventRepeatingFreq.MONTHLY, interval: intervalMonths },
      summary: text,
      description: FEED_TEXT.t(locale, 'reviewDescription', { cadence: FEED_TEXT.t(locale, `cadence.${cadence}`) }),
      status: ICalEventStatus.CONFIRMED,
      alarms: alarms(text, input.leadMinutes, true, locale),
    });
  }
  return calendar.toString();
}
