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

export function detectPitfalls(read: Read): Pitfall[] {
  return [...goLive(read), ...audienceFit(read), ...onlyAboutUs(read), ...crossPosting(read), ...staffing(read)];
}
