import { readStep5 } from '../../conversations/step-05-staff-policy.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import type { StepAnswers, UserValue } from '../core/dialogue/values.js';

/**
 * The staff the policy concerns, as far as the plan names them: step 6's community manager,
 * backup and team, and step 5's named account holders. The acknowledgement rate and the weekly
 * reminders are computed over these people.
 */
export function staffOf(step5Answers: StepAnswers, step6Answers: StepAnswers): Map<string, string | undefined> {
  const step5 = readStep5(step5Answers);
  const step6 = readStep6(step6Answers);
  const staff = new Map<string, string | undefined>();
  const add = (user: UserValue | undefined) => {
    if (user) staff.set(user.id, user.name);
  };
  add(step6.communityManager);
  add(step6.backup);
  for (const item of step6.team) add(item.member);
  for (const item of step5.accountHolders) add(item.person);
  return staff;
}
