import { readStep4 } from '../../conversations/step-04-content.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import type { StepAnswers, UserValue } from '../core/dialogue/values.js';

/** When the playbook has no row (or no delay) for a kind of comment. */
export const DEFAULT_DELAY_HOURS = 24;

export interface Routing {
  assignee?: UserValue;
  assigneeRole?: string;
  delayHours: number;
  backup?: UserValue;
  escalationContact?: UserValue;
}

/**
 * Who answers a comment of `kind` and how fast: the 4d playbook row for that kind (its person, or
 * its role with the community manager answering for it), else the community manager of step 6
 * and the default delay. Escalations go to step 6's backup and step 4's PR escalation contact.
 */
export function routeComment(kind: string, step4Answers: StepAnswers, step6Answers: StepAnswers): Routing {
  const step4 = readStep4(step4Answers);
  const step6 = readStep6(step6Answers);
  const row = step4.playbook.find((item) => item.kind === kind);
  const delay = row?.delayHours !== undefined && row.delayHours > 0 ? row.delayHours : DEFAULT_DELAY_HOURS;
  return {
    assignee: row?.assignee ?? step6.communityManager,
    assigneeRole: row?.assignee ? undefined : row?.role,
    delayHours: delay,
    backup: step6.backup,
    escalationContact: step4.escalationContact,
  };
}
