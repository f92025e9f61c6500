import type { Reply } from '../core/replies.js';
import type { ReadinessNote } from '../plan/readiness.js';
import { platformQuestion } from '../../conversations/platforms.js';
import type { FormDefinition } from '../core/dialogue/form.js';
import type { UserValue } from '../core/dialogue/values.js';
import type { CalendarService } from './calendar-service.js';
import { formatWhen } from './format-when.js';
import { CALENDAR_TEXT } from './messages.js';
import { pick } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';

export const CALENDAR_ADD_FORM = 'calendar-add';

/**
 * `calendar add` with nothing after it: the entry asked question by question (with the date
 * pickers and platform buttons of each chat), for those who would rather not type
 * `calendar add tomorrow 2pm | linkedin | topic` in one line.
 */
export function calendarAddForm(calendar: CalendarService, readiness?: ReadinessNote): FormDefinition {
  return {
    id: CALENDAR_ADD_FORM,
    title: CALENDAR_TEXT.both('formTitle'),
    questions: [
      {
        key: 'at',
        kind: 'date-time',
        label: CALENDAR_TEXT.both('formWhenLabel'),
        prompt: CALENDAR_TEXT.both('formWhen'),
        // A past moment is refused by the date reading itself: the question does not allow the past.
        // No examples here: each chat shows its own (the console's typed forms, Slack's and Teams' pickers).
      },
      { ...platformQuestion(CALENDAR_TEXT.both('formPlatform')), label: CALENDAR_TEXT.both('formPlatformLabel') },
      { key: 'topic', kind: 'short-text', maxLength: 300, label: CALENDAR_TEXT.both('formTopicLabel'), prompt: CALENDAR_TEXT.both('formTopic') },
      {
        key: 'owner',
        kind: 'user',
        optional: true,
        label: CALENDAR_TEXT.both('formOwnerLabel'),
        prompt: CALENDAR_TEXT.both('formOwner'),
        help: CALENDAR_TEXT.both('formOwnerHelp'),
      },
      {
        key: 'material',
        kind: 'short-text',
        optional: true,
        maxLength: 300,
        label: CALENDAR_TEXT.both('formMaterialLabel'),
        prompt: CALENDAR_TEXT.both('formMaterial'),
      },
    ],
    async complete(answers, ctx) {
      const owner = (answers.owner as UserValue | undefined) ?? { id: ctx.user.id, ...(ctx.user.name ? { name: ctx.user.name } : {}) };
      const topic = String(answers.topic);
      const platform = String(answers.platform);
      const entry = await calendar.add(ctx.tenantId, {
        at: new Date(String(answers.at)),
        platform,
        topic,
        owner,
        ...(typeof answers.material === 'string' ? { material: answers.material } : {}),
        createdBy: ctx.user.id,
      });
      const when = formatWhen(entry.at, ctx.locale, ctx.timeZone);
      const added: Reply = { kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'added', { topic, platform: pick(platformLabel(platform), ctx.locale), when, ref: entry.ref, reminders: entry.reminders.length }) };
      // The same notes as the one-line `calendar add`: a draft before go-live, the planning steps still missing.
      const draft: Reply[] = entry.status === 'draft' ? [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'addedDraft', { ref: entry.ref }) }] : [];
      return [added, ...draft, ...((await readiness?.(ctx.tenantId, ctx.locale)) ?? [])];
    },
  };
}
