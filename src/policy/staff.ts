import { groupItems, userValueSchema, type StepAnswers } from '../core/dialogue/values.js';

/**
 * The staff the policy concerns, as far as the plan names them: step 6's community manager,
 * backup and team, and step 5's named account holders. The acknowledgement rate and the weekly
 * reminders are computed over these people.
 */
export function staffOf(step5: StepAnswers, step6: StepAnswers): Map<string, string | undefined> {
  const staff = new Map<string, string | undefined>();
  const add = (value: unknown) => {
    const user = userValueSchema.safeParse(value);
    if (user.success) staff.set(user.data.id, user.data.name);
  };
  add(step6.communityManager);
  add(step6.backup);
  for (const item of groupItems(step6.team)) add(item.member);
  for (const item of groupItems(step5.accountHolders)) add(item.person);
  return staff;
}
