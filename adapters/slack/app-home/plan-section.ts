import type { types } from '@slack/bolt';
import type { StepNumber } from '../../../src/core/dialogue/types.js';
import { STEPS, stepByNumber } from '../../../conversations/index.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { lockedBy, nextStep, preparationSteps } from '../../../src/plan/next-step.js';
import type { StepStatus } from '../../../src/plan/plan.js';
import { encodeAction } from '../action-codec.js';
import { plain } from '../render/elements.js';
import { LIMITS } from '../render/limits.js';
import type { HomeContext, HomeSection } from './publish.js';

/** What the overview reads; the engine's PlanStore fits it as is. */
export interface PlanStatusSource {
  get(tenantId: string): Promise<{ step(number: StepNumber): { status: StepStatus } }>;
}

export type StepTitle = (step: StepNumber, locale: Locale) => string;

const STATUS: Record<StepStatus, { icon: string; fr: string; en: string }> = {
  'not-started': { icon: '⚪', fr: 'à faire', en: 'to do' },
  'in-progress': { icon: '🟡', fr: 'en cours', en: 'in progress' },
  complete: { icon: '✅', fr: 'terminée', en: 'complete' },
  skipped: { icon: '⏭️', fr: 'passée', en: 'skipped' },
};

const WORDS = {
  heading: { fr: 'Votre plan en dix étapes', en: 'Your ten-step plan' },
  locked: { fr: 'verrouillée jusqu’à la fin des étapes {first} à {last}', en: 'locked until steps {first}–{last} are complete' },
  optional: { fr: 'facultative', en: 'optional' },
  start: { fr: 'Commencer l’étape {n}', en: 'Start step {n}' },
  resume: { fr: 'Reprendre l’étape {n}', en: 'Continue step {n}' },
  allDone: { fr: 'Toutes les étapes sont faites. Bravo ! Gardez le plan vivant avec `/boussole`.', en: 'Every step is done. Well done! Keep the plan alive with `/boussole`.' },
  stepWord: { fr: 'étape', en: 'step' },
  defaultTitle: { fr: 'Étape {n}', en: 'Step {n}' },
} as const;

/** "locked until steps 1–6 are complete", the range being the method's preparation. */
function locked(locale: Locale): string {
  const preparation = preparationSteps(STEPS);
  return WORDS.locked[locale].replace('{first}', String(preparation[0])).replace('{last}', String(preparation.at(-1)));
}

/** The step's title from the method's definitions (conversations/). */
export function defaultStepTitle(step: StepNumber, locale: Locale): string {
  return stepByNumber(step)?.title[locale] ?? WORDS.defaultTitle[locale].replace('{n}', String(step));
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
        const s = STATUS[status(n)];
        const notes = [s[ctx.locale]];
        if (status(n) === 'not-started' && lockedBy(step, status).length > 0) notes.push(locked(ctx.locale));
        if (step.optional) notes.push(WORDS.optional[ctx.locale]);
        return `${s.icon} *${n}. ${escape(stepTitle(n, ctx.locale))}* — ${notes.join(' · ')}`;
      });
      const blocks: types.KnownBlock[] = [
        { type: 'header', text: plain(WORDS.heading[ctx.locale], LIMITS.headerText) },
        { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
      ];
      const next = nextStep(STEPS, status)?.number;
      if (next === undefined) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: WORDS.allDone[ctx.locale] } });
        return blocks;
      }
      const label = (status(next) === 'in-progress' ? WORDS.resume : WORDS.start)[ctx.locale].replace('{n}', String(next));
      const value = encodeAction({ kind: 'command', text: `${WORDS.stepWord[ctx.locale]} ${next}` })!;
      blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'bsl.btn.home', style: 'primary', text: plain(label, LIMITS.buttonLabel), value }] });
      return blocks;
    },
  };
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
