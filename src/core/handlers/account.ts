import { DateTime } from 'luxon';
import { pick } from '../i18n/locale.js';
import { message } from '../i18n/messages.js';
import type { Reply } from '../replies.js';
import { normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import { dateTimeInWords } from '../i18n/format.js';
import { historyWords } from '../history/history-words.js';
import { personName } from '../people/person-name.js';

export async function setLanguage(turn: Turn, raw: string): Promise<Reply[]> {
  const value = normalize(raw);
  const locale = ['fr', 'francais', 'french'].includes(value) ? 'fr' : ['en', 'anglais', 'english'].includes(value) ? 'en' : undefined;
  if (!locale) return [turn.text('language.unknown')];
  await turn.deps.users.setLocale(turn.tenantId, turn.actor.id, locale);
  return [{ kind: 'text', text: message(locale, 'language.set') }];
}

export async function reopen(turn: Turn, raw: string): Promise<Reply[]> {
  if (!turn.isOwner) return [turn.text('owner.only')];
  const step = turn.step(Number(raw.trim()));
  if (!step) return [turn.text(raw.trim() ? 'step.unknown' : 'step.missingNumber', { value: raw.trim().slice(0, 20) })];
  const done = await turn.deps.plans.reopen(turn.tenantId, step.number, turn.actor);
  if (!done) return [turn.text('step.notComplete', { step: step.number })];
  return [
    {
      kind: 'buttons',
      text: turn.t('step.reopened', { step: step.number, title: pick(step.title, turn.locale) }),
      buttons: [{ label: turn.t('status.continue', { step: step.number }), action: { kind: 'command', text: turn.t('command.step', { step: step.number }) } }],
    },
  ];
}

export async function history(turn: Turn, raw: string): Promise<Reply[]> {
  const step = turn.step(Number(raw.trim()));
  if (!step) return [turn.text(raw.trim() ? 'step.unknown' : 'step.missingNumber', { value: raw.trim().slice(0, 20) })];
  const entries = await turn.deps.plans.history(turn.tenantId, step.number, 20);
  if (entries.length === 0) return [turn.text('history.empty', { step: step.number })];
  const reading = { locale: turn.locale, timeZone: turn.tenant.timeZone, answers: (await turn.deps.plans.get(turn.tenantId)).step(step.number).answers };
  const lines = entries.map((e) => {
    const words = historyWords(e, step, reading);
    return turn.t('history.line', {
      at: dateTimeInWords(DateTime.fromISO(e.at).setZone(turn.tenant.timeZone), turn.locale),
      who: personName(e.by, turn.locale),
      key: words.what,
      before: words.before,
      after: words.after,
    });
  });
  return [{ kind: 'text', text: [`**${turn.t('history.title', { step: step.number })}**`, ...lines.map((l) => `- ${l}`)].join('\n') }];
}
