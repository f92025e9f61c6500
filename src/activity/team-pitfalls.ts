import type { StepNumber } from '../core/dialogue/types.js';
import type { TenantId } from '../core/tenant-id.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import { interactionPitfalls, readActivity, type ActivitySources } from './interaction-pitfalls.js';
import { detectPitfalls, type Pitfall } from '../plan/pitfalls.js';

/** Every pitfall of a team: those its answers show, and those of how it interacts so far. */
export async function teamPitfalls(
  sources: ActivitySources,
  tenantId: TenantId,
  read: (step: StepNumber) => StepAnswers,
  step5CompletedAt: string | undefined,
): Promise<Pitfall[]> {
  const activity = await readActivity(sources, tenantId, { answers: read(5), ...(step5CompletedAt ? { completedAt: step5CompletedAt } : {}) });
  return [...detectPitfalls(read), ...interactionPitfalls(read, activity)];
}
