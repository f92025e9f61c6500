// The method's pitfalls (écueils) that the answers let us detect. A step nobody has started yet
// yields nothing: an unanswered step is "to be completed", not a mistake.
import { hasAnswers } from '../../conversations/answers.js';
import type { ChecklistEntry } from '../../conversations/checklist.js';
import { mapAudiences } from '../../conversations/audience-map.js';
import { goLiveWarning } from '../../conversations/go-live.js';
import { describePlatformItem } from '../../conversations/platforms.js';
import { readStep1 } from '../../conversations/step-01-listen.js';
import { readStep2 } from '../../conversations/step-02-audiences.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { readStep7 } from '../../conversations/step-07-publish.js';
import { readStep9 } from '../../conversations/step-09-interact.js';
import { commentKindLabel } from '../../conversations/comment-kinds.js';
import { dayInWords, fold } from '../core/i18n/format.js';
import { planGoLive } from './go-live-date.js';
import { PLAN_TEXT } from './messages.js';
import { WARNINGS } from '../../conversations/warnings.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { Locale } from '../core/i18n/locale.js';

// One shape for a pitfall, the core's: what `état` and the digest render.
import type { Pitfall } from '../core/ports/documents.js';
export type { Pitfall };

type Read = (step: StepNumber) => StepAnswers;

function staffing(read: Read): Pitfall[] {
  const answers = read(6);
  if (!hasAnswers(answers)) return [];
  const { communityManager: manager, backup } = readStep6(answers);
  const found: Pitfall[] = [];
  if (!manager) found.push({ id: 'no-community-manager', step: 6, text: WARNINGS.noCommunityManager });
  if (!backup) found.push({ id: 'no-backup', step: 6, text: WARNINGS.noBackup });
  else if (manager && manager.id === backup.id) found.push({ id: 'no-backup', step: 6, text: WARNINGS.backupIsManager });
  return found;
}

function audienceFit(read: Read): Pitfall[] {
  const map = mapAudiences(readStep2(read(2)).audiences, readStep3(read(3)).platforms);
  return [
    ...map.platformsWithoutAudience.map((item) => ({
      id: `platform-without-audience:${item._id}`,
      step: 3 as const,
      text: WARNINGS.platformWithoutAudience([describePlatformItem(item)]),
    })),
    ...map.audiencesWithoutPlatform.map((item) => ({
      id: `audience-without-platform:${item._id}`,
      step: 3 as const,
      text: WARNINGS.audienceWithoutPlatform([item.who ?? '']),
    })),
  ];
}

/** Step 6's checklist counts only once answered: an entry left unticked was not ruled out. */
function notRuledOut(read: Read, entry: ChecklistEntry): boolean {
  const { checklist } = readStep6(read(6));
  return checklist !== undefined && !checklist.includes(entry);
}

function crossPosting(read: Read): Pitfall[] {
  if (readStep3(read(3)).crossPosting === 'all-automatic') return [{ id: 'cross-posting', step: 3, text: WARNINGS.crossPosting }];
  if (notRuledOut(read, 'no-cross-posting')) return [{ id: 'cross-posting', step: 6, text: WARNINGS.crossPosting }];
  return [];
}

/** Step 7 confirms the date planned in step 1; the confirmed one wins. */
function goLive(read: Read): Pitfall[] {
  const step1 = readStep1(read(1));
  const confirmed = readStep7(read(7)).goLive;
  const step: StepNumber = confirmed ? 7 : 1;
  const text = goLiveWarning(step1.listenStart, confirmed ?? step1.goLive);
  return text ? [{ id: 'go-live-too-soon', step, text }] : [];
}

/**
 * The only signal is the team's own estimate (step 4's share of posts about ourselves, or the
 * unticked checklist entry): topics are free text, and guessing self-promotion from them would
 * flag honest plans.
 */
function onlyAboutUs(read: Read): Pitfall[] {
  const share = readStep4(read(4)).selfShare;
  if (share === 'most' || share === 'all') return [{ id: 'only-about-us', step: 4, text: WARNINGS.onlyAboutUs }];
  if (notRuledOut(read, 'not-only-us')) return [{ id: 'only-about-us', step: 6, text: WARNINGS.onlyAboutUs }];
  return [];
}

/**
 * Starting before listening and planning: step 4's calendar posts dated before go-live. (They are
 * kept as drafts; see src/calendar/go-live-gate.ts.) Compared on the UTC day, as the plan has no
 * time zone here: a post late on the eve of go-live may pass, never one days ahead.
 */
function startedEarly(read: Read): Pitfall[] {
  const goLiveDay = planGoLive(read);
  if (!goLiveDay) return [];
  const early = readStep4(read(4))
    .calendar.map((item) => item.at)
    .filter((at): at is string => at !== undefined && at.slice(0, 10) < goLiveDay)
    .sort();
  if (early.length === 0) return [];
  const day = (iso: string, locale: Locale) => {
    const [year, month, date] = iso.slice(0, 10).split('-').map(Number);
    return dayInWords({ year: year!, month: month!, day: date! }, locale, false);
  };
  const key = early.length === 1 ? 'pitfall.startedEarly.one' : 'pitfall.startedEarly.other';
  const text = (locale: Locale) => PLAN_TEXT.t(locale, key, { n: early.length, first: day(early[0]!, locale), goLive: day(goLiveDay, locale) });
  return [{ id: 'started-early', step: 4, text: { fr: text('fr'), en: text('en') } }];
}

/** Words that name the general public in step 2's audiences (folded: no accents, lower case). */
const GENERAL_PUBLIC = /\b(grand public|public general|general public|citoyen|citizen|population|resident|famille|families|family|parents|contribuable|taxpayer|tout le monde|everyone|tous les publics|all audiences)/;

/** Step 9: "neither too futile nor too scientific" — an experts' register for the general public. */
function expertRegister(read: Read): Pitfall[] {
  if (readStep9(read(9)).level !== 'expert') return [];
  const general = readStep2(read(2)).audiences.map((item) => item.who ?? '').filter((who) => GENERAL_PUBLIC.test(fold(who)));
  if (general.length === 0) return [];
  return [{ id: 'expert-register', step: 9, text: PLAN_TEXT.both('pitfall.expertRegister', { audiences: general.join(', ') }) }];
}

/** Step 9's reaction target slower than the playbook's delay for some kind of comment. */
function slowReaction(read: Read): Pitfall[] {
  const hours = readStep9(read(9)).reactionHours;
  if (hours === undefined) return [];
  const faster = readStep4(read(4)).playbook.filter((row) => row.delayHours !== undefined && row.delayHours < hours && row.kind);
  if (faster.length === 0) return [];
  const kinds = (locale: 'fr' | 'en') => faster.map((row) => `${commentKindLabel(row.kind!)[locale].toLowerCase()} (${row.delayHours}\u00a0h)`).join(', ');
  const fr = PLAN_TEXT.t('fr', 'pitfall.slowReaction', { hours, kinds: kinds('fr') });
  const en = PLAN_TEXT.t('en', 'pitfall.slowReaction', { hours, kinds: kinds('en').replace(/\u00a0h/g, ' h') });
  return [{ id: 'slow-reaction', step: 9, text: { fr, en }, stepInText: true }];
}

export function detectPitfalls(read: Read): Pitfall[] {
  return [
    ...goLive(read),
    ...startedEarly(read),
    ...audienceFit(read),
    ...onlyAboutUs(read),
    ...crossPosting(read),
    ...staffing(read),
    ...expertRegister(read),
    ...slowReaction(read),
  ];
}
