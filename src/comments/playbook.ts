import { readStep4, type PlaybookRow } from '../../conversations/step-04-content.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import type { StepAnswers, UserValue } from '../core/dialogue/values.js';

/** When the playbook has no row (or no delay) for a kind of comment. */
export const DEFAULT_DELAY_HOURS = 24;

/** Kinds whose overdue escalation also goes to the playbook's senior PR supervisor. */
export const SENSITIVE_KINDS: ReadonlySet<string> = new Set(['angry', 'abusive']);

export interface Routing {
  assignee?: UserValue;
  delayHours: number;
  backup?: UserValue;
  escalationContact?: UserValue;
  /** Senior PR management, for a sensitive kind only. */
  supervisor?: UserValue;
}

/**
 * The person a playbook row names, its step-6 role resolved now: the community manager, the backup,
 * or the named person. A row saved before "who answers" was asked reads its person if it had one.
 */
export function rowAssignee(row: PlaybookRow | undefined, step6Answers: StepAnswers): UserValue | undefined {
  if (!row) return undefined;
  const step6 = readStep6(step6Answers);
  switch (row.answeredBy) {
    case 'community-manager':
      return step6.communityManager;
    case 'backup':
      return step6.backup;
    case 'person':
      return row.assignee;
    default:
      return row.assignee;
  }
}

/**
 * Who answers a comment of `kind` and how fast: the 4d playbook row for that kind, else the
 * community manager of step 6 and the default delay. Escalations go to step 6's backup and step 4's
 * PR escalation contact, and for an angry or abusive comment to the playbook's supervisor too.
 */
export function routeComment(kind: string, step4Answers: StepAnswers, step6Answers: StepAnswers): Routing {
  const step4 = readStep4(step4Answers);
  const step6 = readStep6(step6Answers);
  const row = step4.playbook.find((item) => item.kind === kind);
  const delay = row?.delayHours !== undefined && row.delayHours > 0 ? row.delayHours : DEFAULT_DELAY_HOURS;
  const assignee = rowAssignee(row, step6Answers) ?? step6.communityManager;
  const supervisor = SENSITIVE_KINDS.has(kind) ? step4.supervisor : undefined;
  return {
    ...(assignee ? { assignee } : {}),
    delayHours: delay,
    ...(step6.backup ? { backup: step6.backup } : {}),
    ...(step4.escalationContact ? { escalationContact: step4.escalationContact } : {}),
    ...(supervisor ? { supervisor } : {}),
  };
}
