// The pitfalls of interacting before the house rules allow it: they depend on what the team has
// done (comments logged, posts published), not only on the answers, so they are read from the
// comment log and the calendar as well as the plan.
import { COMMENT_KIND_CHOICES, commentKindLabel } from '../../conversations/comment-kinds.js';
import type { TenantId } from '../core/tenant-id.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { INTERACTION_WARNINGS as WARNINGS } from '../../conversations/interaction-warnings.js';
import { rowAssignee } from '../comments/playbook.js';
import type { CalendarRepository } from '../calendar/calendar-repository.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { StaffPolicyStatus } from '../core/ports/stores.js';
import type { PolicyStateRepository } from '../policy/policy-state.js';
import { policyStatus } from '../policy/policy-state.js';
import type { PlanView } from '../core/ports/stores.js';
import type { Pitfall } from '../plan/pitfalls.js';
import { ACTIVITY_TEXT } from './messages.js';

/** What the team has done so far, as far as these pitfalls need it. */
export interface Activity {
  /** Kinds of the comments logged (each once). */
  commentKinds: readonly string[];
  postsPublished: number;
  policy: StaffPolicyStatus;
  /**
   * Posts added to the calendar by hand, and comments logged, before listening and planning were
   * done; `planningDone`: whether they are done now (what to do about it differs).
   */
  beforePlanning: { posts: number; comments: number; planningDone: boolean };
}

type Read = (step: StepNumber) => StepAnswers;

/** Interacting (comments logged, posts published) while the staff policy is not official. */
function noOfficialPolicy(activity: Activity): Pitfall[] {
  if (activity.policy.state === 'official') return [];
  if (activity.commentKinds.length === 0 && activity.postsPublished === 0) return [];
  return [{ id: 'interacting-without-policy', step: 5, text: WARNINGS.interactingWithoutPolicy }];
}

/** A kind of comment the team logs while the playbook names no one to answer it. */
function noModeration(read: Read, activity: Activity): Pitfall[] {
  const playbook = readStep4(read(4)).playbook;
  return activity.commentKinds
    .filter((kind) => !rowAssignee(playbook.find((row) => row.kind === kind), read(6)))
    .map((kind) => ({ id: `no-moderation:${kind}`, step: 4 as const, text: WARNINGS.noModeration(commentKindLabel(kind)), stepInText: true as const }));
}

/** Starting (calendar, comments) before listening and planning (steps 1–6) were done. */
function startedBeforePlanning(activity: Activity): Pitfall[] {
  const { posts, comments, planningDone } = activity.beforePlanning;
  if (posts === 0 && comments === 0) return [];
  const what = comments === 0 ? 'posts' : posts === 0 ? 'comments' : 'both';
  const said = ACTIVITY_TEXT.both(`startedBeforePlanning.${what}`, { posts, comments });
  // Once steps 1–6 are done there is nothing missing to finish: what was done early is looked at again.
  const advice = ACTIVITY_TEXT.both(planningDone ? 'startedBeforePlanning.advice.done' : `startedBeforePlanning.advice.${what}`);
  return [{ id: 'started-before-planning', step: 1, text: { fr: `${said.fr} ${advice.fr}`, en: `${said.en} ${advice.en}` }, stepInText: true }];
}

export function interactionPitfalls(read: Read, activity: Activity): Pitfall[] {
  return [...startedBeforePlanning(activity), ...noOfficialPolicy(activity), ...noModeration(read, activity)];
}

export interface ActivitySources {
  comments: Pick<CommentRepository, 'count' | 'countByKind'>;
  calendar: Pick<CalendarRepository, 'count'>;
  policyStates: Pick<PolicyStateRepository, 'get'>;
}

/**
 * The team's activity, read from the comment log, the calendar and the policy's state.
 * `planningDoneAt`: when steps 1–6 were all done (undefined while they are not: all counts).
 */
export async function readActivity(
  sources: ActivitySources,
  tenantId: TenantId,
  step5: Pick<ReturnType<PlanView['step']>, 'answers' | 'completedAt'>,
  planningDoneAt?: string,
): Promise<Activity> {
  const before = planningDoneAt ? { $lt: new Date(planningDoneAt) } : undefined;
  const [counts, postsPublished, state, postsEarly, commentsEarly] = await Promise.all([
    sources.comments.countByKind(tenantId),
    sources.calendar.count(tenantId, { status: 'published' }),
    sources.policyStates.get(tenantId),
    // Step 4's own posts are the plan itself; only those added by hand are acting early.
    sources.calendar.count(tenantId, { source: 'command', status: { $ne: 'cancelled' }, ...(before ? { createdAt: before } : {}) }),
    sources.comments.count(tenantId, before ? { receivedAt: before } : {}),
  ]);
  return {
    beforePlanning: { posts: postsEarly, comments: commentsEarly, planningDone: planningDoneAt !== undefined },
    commentKinds: COMMENT_KIND_CHOICES.filter((choice) => (counts.get(choice.value) ?? 0) > 0).map((choice) => choice.value),
    postsPublished,
    policy: policyStatus(state, step5.answers, step5.completedAt),
  };
}
