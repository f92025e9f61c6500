// Step 6's pitfalls checklist. Each entry states a pitfall the team has ruled out; the ones Boussole
// can verify from earlier answers are ticked in advance, and an entry left unticked is read by the
// plan as "not ruled out".
import { z } from 'zod';
import type { Choice, StepNumber } from '../src/core/dialogue/types.js';
import type { StepAnswers } from '../src/core/dialogue/values.js';
import { mapAudiences } from './audience-map.js';
import { listeningDays, MIN_LISTENING_WEEKS } from './go-live.js';
import { choiceTable } from './reader.js';
import { readStep1 } from './step-01-listen.js';
import { readStep2 } from './step-02-audiences.js';
import { readStep3 } from './step-03-platforms.js';
import { readStep4 } from './step-04-content.js';
import type { Step6Answers } from './step-06-train.js';

const CHECKLIST = choiceTable({
  'not-only-us': { fr: 'Nous ne parlons pas que de nous', en: 'We don’t talk only about ourselves' },
  prepared: { fr: 'Nous nous sommes préparés (veille, publics, plan) avant de publier', en: 'We prepared (listening, audiences, plan) before publishing' },
  'cm-backup': { fr: 'Un gestionnaire de communauté et sa relève sont nommés', en: 'A community manager and their backup are named' },
  humble: { fr: 'Nous ne nous croyons pas meilleurs que le voisin', en: 'We don’t believe we are better than the neighbour' },
  'no-cross-posting': { fr: 'Chaque plateforme a ses propres publications (pas de diffusion automatique partout)', en: 'Each platform gets its own posts (no automatic posting everywhere)' },
  'platform-fit': { fr: 'Chaque plateforme convient à au moins un de nos publics', en: 'Each platform suits at least one of our audiences' },
});

export const CHECKLIST_CHOICES: Choice[] = CHECKLIST.choices;
export type ChecklistEntry = (typeof CHECKLIST.values)[number];

/** Only the entries the checklist offers: anything else stored in it is left out. */
export const checklistEntries = z
  .array(z.unknown())
  .transform((list) => list.filter((entry): entry is ChecklistEntry => (CHECKLIST.values as unknown[]).includes(entry)))
  .optional()
  .catch(undefined);

/**
 * The entries the answers already prove; `step6` (read by readStep6) is passed apart because it may
 * still be in progress.
 */
export function verifiedChecklist(step: (number: StepNumber) => StepAnswers, step6: Pick<Step6Answers, 'communityManager' | 'backup'>): ChecklistEntry[] {
  const verified: ChecklistEntry[] = [];
  const step1 = readStep1(step(1));
  const days = listeningDays(step1.listenStart, step1.goLive);
  const { audiences } = readStep2(step(2));
  const step3 = readStep3(step(3));
  const selfShare = readStep4(step(4)).selfShare;
  if (selfShare === 'little' || selfShare === 'half') verified.push('not-only-us');
  if (days !== undefined && days >= MIN_LISTENING_WEEKS * 7) verified.push('prepared');
  const { communityManager: manager, backup } = step6;
  if (manager && backup && manager.id !== backup.id) verified.push('cm-backup');
  if (step3.crossPosting === 'adapted') verified.push('no-cross-posting');
  const map = mapAudiences(audiences, step3.platforms);
  const compared = audiences.length > 0 && step3.platforms.length > 0;
  if (compared && map.platformsWithoutAudience.length === 0 && map.audiencesWithoutPlatform.length === 0) {
    verified.push('platform-fit');
  }
  return verified;
}
