import type { StepNumber } from '../core/dialogue/types.js';
import type { StepProgress } from '../core/ports/documents.js';
import { planningDoneAt } from '../plan/readiness.js';
import type { TenantId } from '../core/tenant-id.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import { interactionPitfalls, readActivity, type ActivitySources } from './interaction-pitfalls.js';
import { detectPitfalls, type Pitfall } from '../plan/pitfalls.js';

/** Every pitfall of a team: those its answers show, and those of how it interacts so far. */
export async function teamPitfalls(
  sources: ActivitySources,
  tenantId: TenantId,
  read: (step: StepNumber) => StepAnswers,
  progress: StepProgress,
): Promise<Pitfall[]> {
  const completedAt = progress(5).completedAt;
  const activity = await readActivity(sources, tenantId, { answers: read(5), ...(completedAt ? { completedAt } : {}) }, planningDoneAt(progress));
  return [...detectPitfalls(read), ...interactionPitfalls(read, activity)];
}
