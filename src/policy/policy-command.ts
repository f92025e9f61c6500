import type { CommandHandler, CommandSpec } from '../core/commands/command.js';
import { splitFirst, subcommand, usage } from '../core/commands/args.js';
import { parseDate } from '../core/dialogue/parse/date-time.js';
import type { Bilingual } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { stepOf } from '../plan/plan.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import { POLICY_TEXT } from './messages.js';
import { nextVersion, policyStatus, step5Fingerprint, type PolicyStateRepository } from './policy-state.js';
import { dayInWords, statusSentence, todayIn } from './status-text.js';

const USAGE: Bilingual = POLICY_TEXT.both('usage');
const SUB = {
  discussed: ['discutee', 'discute', 'discussion', 'tenue', 'oui', 'discussed', 'held', 'yes'],
  notYet: ['pas', 'reportee', 'reporter', 'report', 'not', 'notyet', 'postponed', 'later'],
  official: ['officielle', 'officiel', 'officialiser', 'official', 'publish', 'publier'],
};

/** The staff policy command's registry entry: where the policy stands, and its owners move it on. */
export const STAFF_POLICY_COMMAND: CommandSpec = {
  id: 'staff-policy',
  words: { fr: ['personnel'], en: ['staff'] },
  usage: USAGE,
  summary: POLICY_TEXT.both('summary'),
  helpSection: 'commands',
};

const text = (value: string): Reply[] => [{ kind: 'text', text: value }];

/** `personnel` / `staff`: the policy's state; `discutée`, `pas encore`, `officielle` move it on. */
export function staffPolicyCommand(plans: Pick<PlanRepository, 'findOne'>, states: PolicyStateRepository): CommandHandler {
  return {
    ...STAFF_POLICY_COMMAND,
    async run(args, ctx) {
      const plan = await plans.findOne(ctx.tenantId, { _id: ctx.tenantId });
      const step5 = plan ? stepOf(plan, 5) : undefined;
      const state = await states.get(ctx.tenantId);
      const status = policyStatus(state, step5?.answers ?? {}, step5?.completedAt);
      const today = todayIn(ctx.timeZone, ctx.now);
      const { word, rest } = splitFirst(args);
      if (word === '') return text(statusSentence(status, ctx.locale, today));
      const sub = subcommand(word, SUB);
      if (!sub) return usage(ctx.locale, USAGE);
      if (step5?.status !== 'complete') return text(POLICY_TEXT.t(ctx.locale, 'notComplete'));
      if (!ctx.user.isOwner) return text(POLICY_TEXT.t(ctx.locale, 'ownersOnly'));
      // A discussion that took place is in the past; a new date for it is ahead.
      const date = (raw: string, allowPast: boolean) => parseDate(raw, { timeZone: ctx.timeZone, now: ctx.now, allowPast, locale: ctx.locale });

      if (sub === 'discussed') {
        // Without a date: the planned one when it has passed, else today.
        const planned = status.state === 'draft' ? status.plannedOn : undefined;
        let day = planned ?? today;
        if (rest !== '') {
          const parsed = date(rest, true);
          if (!parsed.ok) return text(`${POLICY_TEXT.t(ctx.locale, 'badDate', { value: rest.slice(0, 40) })} ${parsed.error[ctx.locale]}`);
          day = parsed.value;
        }
        if (day > today) return text(POLICY_TEXT.t(ctx.locale, 'futureDiscussion', { date: dayInWords(day, ctx.locale) }));
        // Back to draft after a change: a discussion before the previous version became official was that version's.
        if (state?.previousOfficialOn && day < state.previousOfficialOn) {
          const words = { date: dayInWords(day, ctx.locale), version: state.version ?? '', since: dayInWords(state.previousOfficialOn, ctx.locale) };
          return text(POLICY_TEXT.t(ctx.locale, 'discussionOfPrevious', words));
        }
        await states.change(ctx.tenantId, { discussedOn: day, confirmedBy: ctx.user.id }, ['officialOn']);
        return text(POLICY_TEXT.t(ctx.locale, 'confirmedDiscussion', { date: dayInWords(day, ctx.locale) }));
      }

      if (sub === 'notYet') {
        const raw = rest.replace(/^(encore|yet)\b\s*/i, '').trim();
        if (raw === '') return text(POLICY_TEXT.t(ctx.locale, 'askNewDate'));
        const parsed = date(raw, false);
        // A date understood but past gets pastNewDate, not "I do not understand the date".
        const past = !parsed.ok && parsed.reason === 'past' ? date(raw, true) : undefined;
        if (past?.ok && past.value < today) return text(POLICY_TEXT.t(ctx.locale, 'pastNewDate', { date: dayInWords(past.value, ctx.locale) }));
        // Read without the past, a date that parses is today or ahead.
        if (!parsed.ok) return text(`${POLICY_TEXT.t(ctx.locale, 'badDate', { value: raw.slice(0, 40) })} ${parsed.error[ctx.locale]}`);
        await states.change(ctx.tenantId, { plannedOn: parsed.value }, ['discussedOn', 'confirmedBy', 'officialOn']);
        return text(POLICY_TEXT.t(ctx.locale, 'newDate', { date: dayInWords(parsed.value, ctx.locale) }));
      }

      if (status.state !== 'discussed') {
        return status.state === 'official' ? text(statusSentence(status, ctx.locale, today)) : text(POLICY_TEXT.t(ctx.locale, 'needsDiscussion'));
      }
      const version = nextVersion(state?.version);
      // What was made official, so that a later change of step 5 sends it back to draft.
      await states.change(ctx.tenantId, { officialOn: today, version, madeOfficialBy: ctx.user.id, officialAnswers: step5Fingerprint(step5?.answers ?? {}) });
      return text(POLICY_TEXT.t(ctx.locale, 'madeOfficial', { date: dayInWords(today, ctx.locale), version }));
    },
  };
}

