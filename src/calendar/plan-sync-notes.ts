import { DateTime } from 'luxon';
import type { Locale } from '../core/i18n/locale.js';
import type { HandEditable } from './calendar-entry.js';
import type { Divergence } from './calendar-service.js';
import { formatWhen } from './format-when.js';
import { CALENDAR_TEXT } from './messages.js';
import { personName } from '../core/people/person-name.js';

const FIELD_NAME = { at: 'fieldAt', topic: 'fieldTopic', platform: 'fieldPlatform', owner: 'fieldOwner' } as const;

function valueOf(field: HandEditable, source: { at: Date; topic: string; platform?: string; owner?: { id: string; name?: string } }, locale: Locale, timeZone: string): string {
  switch (field) {
    case 'at':
      return formatWhen(source.at, locale, timeZone);
    case 'owner':
      return source.owner ? personName(source.owner, locale) : '—';
    default:
      return source[field] ?? '—';
  }
}

/**
 * Tells the person completing step 4 or 6 which calendar entries keep a change made by hand
 * although the step plans otherwise, with the command that would follow the step instead.
 */
export function divergenceNotes(divergences: Divergence[], locale: Locale, timeZone: string): string[] {
  return divergences.map(({ entry, planned, fields }) => {
    const describe = (source: typeof planned | typeof entry) =>
      fields.map((field) => `${CALENDAR_TEXT.t(locale, FIELD_NAME[field])} ${valueOf(field, source, locale, timeZone)}`).join(', ');
    const plannedAt = DateTime.fromJSDate(planned.at, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
    return CALENDAR_TEXT.t(locale, 'handKept', {
      topic: entry.topic,
      ref: entry.ref,
      kept: describe(entry),
      planned: describe(planned),
      step: planned.kind === 'training' ? 6 : 4,
      // The time is what is typed back; other fields are changed with `| platform | topic`.
      plannedCommand: fields.includes('at') ? plannedAt : `${plannedAt} | ${planned.platform ?? ''} | ${planned.topic}`,
    });
  });
}
