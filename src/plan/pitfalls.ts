// The method's pitfalls (écueils) that the answers let us detect. A step nobody has started yet
// yields nothing: an unanswered step is "to be completed", not a mistake.
import { hasAnswers, stringsOf, textOf, userOf } from '../../conversations/answers.js';
import { mapAudiences } from '../../conversations/audience-map.js';
import { goLiveWarning } from '../../conversations/go-live.js';
import { describePlatformItem } from '../../conversations/platforms.js';
import { WARNINGS } from '../../conversations/warnings.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { Bilingual } from '../core/i18n/locale.js';

export interface Pitfall {
  /** Stable across runs, so a reminder about the same pitfall is not sent twice. */
  id: string;
  /** The step to reopen to fix it. */
  step: StepNumber;
  text: Bilingual;
}

type Read = (step: StepNumber) => StepAnswers;

function staffing(read: Read): Pitfall[] {
  const step6 = read(6);
  if (!hasAnswers(step6)) return [];
  const manager = userOf(step6, 'communityManager');
  const backup = userOf(step6, 'backup');
  const found: Pitfall[] = [];
  if (!manager) found.push({ id: 'no-community-manager', step: 6, text: WARNINGS.noCommunityManager });
  if (!backup) found.push({ id: 'no-backup', step: 6, text: WARNINGS.noBackup });
  else if (manager && manager.id === backup.id) found.push({ id: 'no-backup', step: 6, text: WARNINGS.backupIsManager });
  return found;
}

function audienceFit(read: Read): Pitfall[] {
  const map = mapAudiences(read(2), read(3));
  return [
    ...map.platformsWithoutAudience.map((item) => ({
      id: `platform-without-audience:${item._id}`,
      step: 3 as const,
      text: WARNINGS.platformWithoutAudience([describePlatformItem(item)]),
    })),
    ...map.audiencesWithoutPlatform.map((item) => ({
      id: `audience-without-platform:${item._id}`,
      step: 3 as const,
      text: WARNINGS.audienceWithoutPlatform([textOf(item, 'who') ?? '']),
    })),
  ];
}

/** Step 6's checklist counts only once answered: an entry left unticked was not ruled out. */
function notRuledOut(read: Read, entry: string): boolean {
  const answers = read(6);
  return Array.isArray(answers.checklist) && !stringsOf(answers, 'checklist').includes(entry);
}

function crossPosting(read: Read): Pitfall[] {
  if (textOf(read(3), 'crossPosting') === 'all-automatic') return [{ id: 'cross-posting', step: 3, text: WARNINGS.crossPosting }];
  if (notRuledOut(read, 'no-cross-posting')) return [{ id: 'cross-posting', step: 6, text: WARNINGS.crossPosting }];
  return [];
}

/** Step 7 confirms the date planned in step 1; the confirmed one wins. */
function goLive(read: Read): Pitfall[] {
  const start = textOf(read(1), 'listenStart');
  const confirmed = textOf(read(7), 'goLive');
  const step: StepNumber = confirmed ? 7 : 1;
  const text = goLiveWarning(start, confirmed ?? textOf(read(1), 'goLive'));
  return text ? [{ id: 'go-live-too-soon', step, text }] : [];
}

/**
 * The only signal is the team's own estimate (step 4's share of posts about ourselves, or the
 * unticked checklist entry): topics are free text, and guessing self-promotion from them would
 * flag honest plans.
 */
function onlyAboutUs(read: Read): Pitfall[] {
  const share = textOf(read(4), 'selfShare');
  if (share === 'most' || share === 'all') return [{ id: 'only-about-us', step: 4, text: WARNINGS.onlyAboutUs }];
  if (notRuledOut(read, 'not-only-us')) return [{ id: 'only-about-us', step: 6, text: WARNINGS.onlyAboutUs }];
  return [];
}

export function detectPitfalls(read: Read): Pitfall[] {
  return [...goLive(read), ...audienceFit(read), ...onlyAboutUs(read), ...crossPosting(read), ...staffing(read)];
}
