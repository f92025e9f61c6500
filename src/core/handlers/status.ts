import { DateTime } from 'luxon';
import { pick } from '../i18n/locale.js';
import type { StepDefinition, StepNumber } from '../dialogue/types.js';
import type { PlanView } from '../ports/stores.js';
import type { Reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { dayInWords } from '../i18n/format.js';
import { personName } from '../people/person-name.js';

export function lockedBy(turn: Turn, step: StepDefinition, plan: PlanView): StepNumber[] {
  return turn.deps.method.lockedBy(step, (n) => plan.step(n).status);
}

/** The step to propose, by the method's rule. */
export function nextStep(turn: Turn, plan: PlanView): StepDefinition | undefined {
  return turn.deps.method.nextStep(turn.deps.steps, (n) => plan.step(n).status);
}

function day(turn: Turn, iso: string | undefined): string {
  if (!iso) return '?';
  // In words, as the sentence around it: « le 28 novembre 2026 », not « le 28 nov. 2026 ».
  return dayInWords(DateTime.fromISO(iso).setZone(turn.tenant.timeZone), turn.locale, false);
}

export async function status(turn: Turn): Promise<Reply[]> {
  const plan = await turn.deps.plans.get(turn.tenantId);
  const facts = turn.deps.steps.map((step) => {
    const state = plan.step(step.number);
    // No one recorded (a step completed by a job, or before people were kept): no « par ? ».
    const value =
      state.status === 'complete'
        ? state.completedBy
          ? turn.t('status.complete', { date: day(turn, state.completedAt), who: personName(state.completedBy, turn.locale) })
          : turn.t('status.completeUnsigned', { date: day(turn, state.completedAt) })
        : state.status === 'in-progress'
          ? state.startedBy
            ? turn.t('status.inProgress', { date: day(turn, state.startedAt), who: personName(state.startedBy, turn.locale) })
            : turn.t('status.inProgressUnsigned', { date: day(turn, state.startedAt) })
          : state.status === 'skipped'
            ? turn.t('status.skipped')
            : lockedBy(turn, step, plan).length > 0
              ? turn.t('status.locked')
              : turn.t('status.notStarted');
    const mark = state.status === 'complete' ? '✅' : state.status === 'in-progress' ? '🟡' : state.status === 'skipped' ? '⏭️' : '⚪';
    return { label: `${mark} ${step.number}. ${pick(step.title, turn.locale)}`, value };
  });
  const replies: Reply[] = [{ kind: 'facts', title: turn.t('status.title'), facts }];
  const next = nextStep(turn, plan);
  if (next) {
    replies.push({
      kind: 'buttons',
      text: turn.t('status.next', { step: next.number, title: pick(next.title, turn.locale) }),
      buttons: [
        {
          label: turn.t(plan.step(next.number).status === 'in-progress' ? 'status.continue' : 'status.start', { step: next.number }),
          action: { kind: 'command', text: turn.t('command.step', { step: next.number }) },
          style: 'primary',
        },
      ],
    });
  } else {
    replies.push(turn.text('step.allDone'));
  }
  const pitfalls = (await turn.deps.pitfalls?.((n) => plan.step(n).answers, { tenantId: turn.tenantId, progress: (n) => plan.step(n) })) ?? [];
  if (pitfalls.length > 0) {
    const lines = pitfalls.map((p) => {
      const text = pick(p.text, turn.locale);
      // A pitfall whose text names its step (« étapes 1 à 6 », « (étape 4) ») is not told it twice;
      // one that names another step (« tant que l’étape 7… ») still gets its own.
      if (p.stepInText) return `- ${text}`;
      // Otherwise the step goes inside the sentence: « …autre (étape 6). », not « …autre. (6) »;
      // and into a closing parenthesis already there: « (`personnel`, étape 5) », not « (`personnel`) (étape 5) ».
      const sentence = text.replace(/\.$/, '');
      if (sentence.endsWith(')')) return turn.t('status.pitfallInParenthesis', { text: sentence.slice(0, -1), step: p.step });
      return turn.t('status.pitfall', { text: sentence, step: p.step });
    });
    replies.push({ kind: 'text', text: [turn.t('status.pitfalls'), ...lines].join('\n') });
  }
  return replies;
}
