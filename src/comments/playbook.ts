import { groupItems, userValueSchema, type StepAnswers, type UserValue } from '../core/dialogue/values.js';

/** When the playbook has no row (or no delay) for a kind of comment. */
export const DEFAULT_DELAY_HOURS = 24;

export interface Routing {
  assignee?: UserValue;
  assigneeRole?: string;
  delayHours: number;
  backup?: UserValue;
  escalationContact?: UserValue;
}

const user = (value: unknown) => {
  const parsed = userValueSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * Who answers a comment of `kind` and how fast: the 4d playbook row for that kind (its person, or
 * its role with the community manager answering for it), else the community manager of step 6
 * and the default delay. Escalations go to step 6's backup and step 4's PR escalation contact.
 */
export function routeComment(kind: string, step4: StepAnswers, step6: StepAnswers): Routing {
  const row = groupItems(step4.playbook).find((item) => item.kind === kind);
  const delay = typeof row?.delayHours === 'number' && row.delayHours > 0 ? row.delayHours : DEFAULT_DELAY_HOURS;
  const role = typeof row?.role === 'string' && row.role.trim() !== '' ? row.role.trim() : undefined;
  return {
    assignee: user(row?.assignee) ?? user(step6.communityManager),
    assigneeRole: user(row?.assignee) ? undefined : role,
    delayHours: delay,
    backup: user(step6.backup),
    escalationContact: user(step4.escalationContact),
  };
}
