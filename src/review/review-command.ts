import type { CommandHandler, CommandSpec } from '../core/commands/command.js';
import { say } from '../core/commands/args.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { REVIEW_TEXT } from './messages.js';
import type { ReviewService } from './review-service.js';

/** The review command's registry entry. Not « revoir »/“review”: those are the questionnaire's own review of answers. */
export const REVIEW_COMMAND: CommandSpec = {
  id: 'plan-review',
  words: { fr: ['bilan'], en: ['evaluate', 'evaluation'] },
  usage: { fr: 'bilan', en: 'evaluate' },
  summary: REVIEW_TEXT.both('summary'),
  helpSection: 'commands',
};

/** `bilan` / `evaluate`: step 10's review report, read now (the scheduled one goes to the owners at the team's cadence). */
export function reviewCommand(review: ReviewService, tenants: TenantsRepository, plans: Pick<PlanRepository, 'findOne'>): CommandHandler {
  return {
    ...REVIEW_COMMAND,
    async run(_args, ctx) {
      const tenant = await tenants.findOne(ctx.tenantId, { _id: ctx.tenantId });
      if (!tenant) return say(ctx.locale, REVIEW_TEXT.both('noTeam'));
      const plan = await plans.findOne(ctx.tenantId, { _id: ctx.tenantId });
      return review.preview({ ...tenant, timeZone: ctx.timeZone }, plan, ctx.now, ctx.locale);
    },
  };
}
