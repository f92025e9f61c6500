import type { types } from '@slack/bolt';
import type { StepNumber } from '../../../src/core/dialogue/types.js';
import { STEPS, stepByNumber } from '../../../conversations/index.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { lockedBy, nextStep, preparationSteps } from '../../../src/plan/next-step.js';
import type { StepStatus } from '../../../src/plan/plan.js';
import { encodeAction } from '../action-codec.js';
import { SLACK_TEXT } from '../i18n.js';
import { plain } from '../render/elements.js';
import { LIMITS } from '../render/limits.js';
import type { HomeContext, HomeSection } from './publish.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

/** What the overview reads; the engine's PlanStore fits it as is. */
export interface PlanStatusSource {
  get(tenantId: TenantId): Promise<{ step(number: StepNumber): { status: StepStatus } }>;
}

export type StepTitle = (step: StepNumber, locale: Locale) => string;

const ICON: Record<StepStatus, string> = { 'not-started': '⚪', 'in-progress': '🟡', complete: '✅', skipped: '⏭️' };

/** "locked until steps 1–6 are complete", the range being the method's preparation. */
function locked(locale: Locale): string {
  const preparation = preparationSteps(STEPS);
  return SLACK_TEXT.t(locale, 'home.locked', { first: preparation[0] ?? 1, last: preparation.at(-1) ?? 1 });
}

/** The step's title from the method's definitions (conversations/). */
export function defaultStepTitle(step: StepNumber, locale: Locale): string {
  return stepByNumber(step)?.title[locale] ?? SLACK_TEXT.t(locale, 'home.defaultTitle', { n: step });
}

/** The ten steps with their status, and one button for the next thing to do. */
export function planSection(plans: PlanStatusSource, stepTitle: StepTitle = defaultStepTitle): HomeSection {
  return {
    id: 'plan',
    async blocks(ctx: HomeContext): Promise<types.KnownBlock[]> {
      const plan = await plans.get(ctx.tenantId);
      const status = (n: StepNumber) => plan.step(n).status;
      const lines = STEPS.map((step) => {
        const n = step.number;
        const notes = [SLACK_TEXT.t(ctx.locale, `home.status.${status(n)}`)];
        if (status(n) === 'not-started' && lockedBy(step, status).length > 0) notes.push(locked(ctx.locale));
        if (step.optional) notes.push(SLACK_TEXT.t(ctx.locale, 'home.optional'));
        return `${ICON[status(n)]} *${n}. ${escape(stepTitle(n, ctx.locale))}* — ${notes.join(' · ')}`;
      });
      const blocks: types.KnownBlock[] = [
        { type: 'header', text: plain(SLACK_TEXT.t(ctx.locale, 'home.heading'), LIMITS.headerText) },
        { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
      ];
      const next = nextStep(STEPS, status)?.number;
      if (next === undefined) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: SLACK_TEXT.t(ctx.locale, 'home.allDone') } });
        return blocks;
      }
      const label = SLACK_TEXT.t(ctx.locale, status(next) === 'in-progress' ? 'home.resume' : 'home.start', { n: next });
      const value = encodeAction({ kind: 'command', text: `${SLACK_TEXT.t(ctx.locale, 'home.stepWord')} ${next}` })!;
      blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'bsl.btn.home', style: 'primary', text: plain(label, LIMITS.buttonLabel), value }] });
      return blocks;
    },
  };
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
