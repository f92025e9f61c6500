import type { types } from '@slack/bolt';
import type { CalendarEntry } from '../../../src/calendar/calendar-entry.js';
import { formatWhen } from '../../../src/calendar/format-when.js';
import { SLACK_TEXT } from '../i18n.js';
import type { HomeContext, HomeSection } from './publish.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

export interface UpcomingEntries {
  upcoming(tenantId: TenantId, from: Date, days: number, limit?: number): Promise<CalendarEntry[]>;
}

/** The next seven days of the content calendar, as on the weekly digest. */
export function calendarSection(calendar: UpcomingEntries, timeZoneOf: (tenantId: TenantId) => Promise<string>, clock: () => Date = () => new Date()): HomeSection {
  return {
    id: 'calendar',
    async blocks(ctx: HomeContext): Promise<types.KnownBlock[]> {
      const entries = await calendar.upcoming(ctx.tenantId, clock(), 7, 10);
      const zone = await timeZoneOf(ctx.tenantId);
      const lines = entries.map((e) => {
        const what = e.kind === 'training' ? `${SLACK_TEXT.t(ctx.locale, 'homeCalendarTraining')} — ${e.topic}` : e.topic;
        const where = e.platform ? ` · ${e.platform}` : '';
        const who = e.owner ? ` · ${e.owner.name ?? `<@${e.owner.id}>`}` : '';
        return `• *${formatWhen(e.at, ctx.locale, zone)}* — ${what}${where}${who} (\`${e.ref}\`)`;
      });
      return [
        { type: 'header', text: { type: 'plain_text', text: SLACK_TEXT.t(ctx.locale, 'homeCalendarHeading') } },
        { type: 'section', text: { type: 'mrkdwn', text: lines.length ? lines.join('\n') : SLACK_TEXT.t(ctx.locale, 'homeCalendarNone') } },
      ];
    },
  };
}
