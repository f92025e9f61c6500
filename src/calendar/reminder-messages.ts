import { pick, type Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import type { CalendarEntry } from './calendar-entry.js';
import { formatWhen } from './format-when.js';
import { message } from '../core/i18n/messages.js';
import { CALENDAR_TEXT } from './messages.js';
import { platformLabel } from '../../conversations/platforms.js';
import { personName } from '../core/people/person-name.js';

/** "24 h", "1 h 30", "45 min", "2 j" / "2 d". */
export function formatLead(minutes: number, locale: Locale): string {
  if (minutes % 1440 === 0) return message(locale, 'unit.days', { n: minutes / 1440 });
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')}`;
}

export function reminderMessage(entry: CalendarEntry, reminderKey: string, locale: Locale, timeZone: string): Reply[] {
  const params = {
    topic: entry.topic,
    platform: entry.platform ? CALENDAR_TEXT.t(locale, 'onPlatform', { platform: pick(platformLabel(entry.platform), locale) }) : '',
    when: formatWhen(entry.at, locale, timeZone),
    ref: entry.ref,
    owner: entry.owner ? CALENDAR_TEXT.t(locale, 'owner', { name: personName(entry.owner, locale) }) : '',
    attendees: entry.material ? CALENDAR_TEXT.t(locale, 'attendees', { list: entry.material }) : '',
    lead: reminderKey.startsWith('before-') ? formatLead(Number(reminderKey.slice('before-'.length)), locale) : '',
  };
  if (reminderKey === 'follow-up') {
    const text = CALENDAR_TEXT.t(locale, 'followUp', params) + (entry.status === 'scheduled' ? CALENDAR_TEXT.t(locale, 'notMarked', params) : '');
    return [{ kind: 'text', text }];
  }
  return [{ kind: 'text', text: CALENDAR_TEXT.t(locale, entry.kind === 'training' ? 'training' : 'post', params) }];
}
