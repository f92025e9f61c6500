import { platformQuestion } from '../../conversations/platforms.js';
import type { FormDefinition } from '../core/dialogue/form.js';
import type { UserValue } from '../core/dialogue/values.js';
import { say } from '../core/commands/args.js';
import type { CalendarService } from './calendar-service.js';
import { formatWhen } from './format-when.js';

export const CALENDAR_ADD_FORM = 'calendar-add';

/**
 * `calendar add` with nothing after it: the entry asked question by question (with the date
 * pickers and platform buttons of each chat), for those who would rather not type
 * `calendar add tomorrow 2pm | linkedin | topic` in one line.
 */
export function calendarAddForm(calendar: CalendarService): FormDefinition {
  return {
    id: CALENDAR_ADD_FORM,
    title: { fr: 'Nouvelle publication au calendrier', en: 'New calendar entry' },
    questions: [
      {
        key: 'at',
        kind: 'date-time',
        prompt: { fr: 'Quand faut-il publier ?', en: 'When should it go out?' },
        help: { fr: 'Par exemple : demain 14 h, lundi prochain 9 h, 2026-12-03 10:30.', en: 'For example: tomorrow 2pm, next Monday 9am, 2026-12-03 10:30.' },
        check: (value, ctx) =>
          new Date(String(value)).getTime() <= ctx.now.getTime()
            ? { fr: 'Ce moment est déjà passé : choisissez une date à venir.', en: 'That moment has already passed: pick one to come.' }
            : undefined,
      },
      platformQuestion({ fr: 'Sur quelle plateforme ?', en: 'On which platform?' }),
      { key: 'topic', kind: 'short-text', maxLength: 300, prompt: { fr: 'Quel est le sujet ?', en: 'What is it about?' } },
      {
        key: 'owner',
        kind: 'user',
        optional: true,
        prompt: { fr: 'Qui s’en charge ?', en: 'Who is in charge of it?' },
        help: { fr: 'Passez pour vous en charger vous-même.', en: 'Skip to take it yourself.' },
      },
      {
        key: 'material',
        kind: 'short-text',
        optional: true,
        maxLength: 300,
        prompt: { fr: 'Quel matériel (photo, vidéo, article…) ?', en: 'What material (photo, video, article…)?' },
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
      return say(ctx.locale, {
        fr: `🗓️ Ajouté : « ${topic} » sur ${platform}, ${when} (réf. \`${entry.ref}\`). Rappels : ${entry.reminders.length}.`,
        en: `🗓️ Added: “${topic}” on ${platform}, ${when} (ref. \`${entry.ref}\`). Reminders: ${entry.reminders.length}.`,
      });
    },
  };
}
