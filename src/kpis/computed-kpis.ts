import { readStep8 } from '../../conversations/step-08-community.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { TenantId } from '../core/tenant-id.js';

export interface ComputedKpis {
  /** Median minutes from receipt to answer, for comments answered in the period. */
  medianResponseMinutes?: number;
  overdue: number;
  /** Step 8's opinion leaders we have interacted with (or built a relationship with), of all listed. */
  leadersInteracted: number;
  leadersListed: number;
}

/** Step 8's opinion leaders: how many are listed, how many we have interacted with. */
export function leaderFigures(step8: StepAnswers): Pick<ComputedKpis, 'leadersInteracted' | 'leadersListed'> {
  const { leaders } = readStep8(step8);
  return {
    leadersInteracted: leaders.filter((l) => l.status === 'interacted' || l.status === 'relationship').length,
    leadersListed: leaders.length,
  };
}

/** The KPIs Boussole computes itself (step 10): response time, overdue comments, leaders engaged. */
export async function computedKpis(comments: CommentRepository, tenantId: TenantId, step8: StepAnswers, from: Date, to: Date): Promise<ComputedKpis> {
  const { leaders } = readStep8(step8);
  return {
    medianResponseMinutes: await comments.medianResponseMinutes(tenantId, from, to),
    overdue: await comments.countOverdue(tenantId, to),
    leadersInteracted: leaders.filter((l) => l.status === 'interacted' || l.status === 'relationship').length,
    leadersListed: leaders.length,
  };
}
