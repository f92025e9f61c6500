// One rule for "what next": status, the Slack App Home, the weekly digest, the stalled-plan
// nudge and the suggestion after a completed step propose the same step: they all ask
// src/plan/next-step.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../conversations/index.js';
import { planSection } from '../../adapters/slack/app-home/plan-section.js';
import { createFeatureServices } from '../../src/app/feature-services.js';
import type { StepNumber } from '../../src/core/dialogue/types.js';
import type { StepStatus } from '../../src/core/ports/stores.js';
import { progressOf } from '../../src/digest/progress.js';
import { lockedBy, nextStep, optionalSteps, preparationSteps } from '../../src/plan/next-step.js';
import type { Plan } from '../../src/plan/plan.js';
import { nudgeStalled } from '../../src/plan/stalled-nudge.js';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

/** A plan's statuses from a short description; steps not named are not started. */
function statuses(named: Partial<Record<StepNumber, StepStatus>>): (n: StepNumber) => StepStatus {
  return (n) => named[n] ?? 'not-started';
}
const next = (named: Partial<Record<StepNumber, StepStatus>>) => nextStep(STEPS, statuses(named))?.number;
const complete = (...steps: StepNumber[]) => Object.fromEntries(steps.map((n) => [n, 'complete'])) as Partial<Record<StepNumber, StepStatus>>;

describe('the next-step rule', () => {
  it('follows the method’s order: an earlier step not started comes before a later one in progress', () => {
    expect(next({ 1: 'complete', 4: 'in-progress' })).toBe(2);
    expect(next({ ...complete(5, 6), 10: 'in-progress' })).toBe(1);
  });

  it('proposes the first step still open, whether in progress or not started', () => {
    expect(next({})).toBe(1);
    expect(next({ ...complete(1, 2, 3), 4: 'in-progress' })).toBe(4);
    expect(next(complete(1, 2, 3, 5))).toBe(4);
  });

  it('does not propose step 7 while the preparation (1 to 6) is unfinished', () => {
    expect(lockedBy(STEPS[6]!, statuses(complete(1, 2, 3, 4, 5)))).toEqual([6]);
    expect(next(complete(1, 2, 3, 4, 5))).toBe(6);
    expect(next(complete(1, 2, 3, 4, 5, 6))).toBe(7);
  });

  it('proposes the optional step 8 last, unless it was started; declined (skipped), nothing is left', () => {
    expect(next(complete(1, 2, 3, 4, 5, 6, 7))).toBe(9);
    expect(next({ ...complete(1, 2, 3, 4, 5, 6, 7), 8: 'in-progress' })).toBe(8);
    expect(next(complete(1, 2, 3, 4, 5, 6, 7, 9, 10))).toBe(8);
    expect(next({ ...complete(1, 2, 3, 4, 5, 6, 7, 9, 10), 8: 'skipped' })).toBeUndefined();
  });

  it('knows the preparation and the optional steps from the step definitions', () => {
    expect(preparationSteps(STEPS)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(optionalSteps(STEPS)).toEqual([8]);
  });
});

describe('every place that proposes a next step', () => {
  const { db } = useTestDatabase();
  const T = asTenant('console:next-step');
  const now = new Date('2026-03-30T14:00:00Z');
  // Step 2 not started, step 4 in progress: the case where they used to disagree (status and App
  // Home said 4, the digest and the nudge 2). The method's order wins: step 2.
  const plan: Plan = {
    _id: T,
    tenantId: T,
    version: 3,
    steps: {
      '1': { status: 'complete', answers: { keywords: ['Boussole'] } },
      '3': { status: 'complete', answers: {} },
      '4': { status: 'in-progress', answers: { selfShare: 'half' } },
    },
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-02T00:00:00Z',
  };
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await consoleHarness(db, 'next-step', 'en');
    await h.repositories.tenants.insert(tenantDoc(T, { locale: 'en' }));
    await db.collection('plans').insertOne(plan as never);
  });

  it('status proposes step 2', async () => {
    const out = await h.chat(['status']);
    expect(out).toContain('Next thing to do: step 2 — ');
    expect(out).toContain('Start step 2');
  });

  it('the Slack App Home proposes step 2', async () => {
    const blocks = await planSection(h.repositories.plans).blocks({ tenantId: T, userId: 'U1', locale: 'en', isAdmin: false });
    const actions = blocks.find((b) => b.type === 'actions') as { elements: Array<{ text: { text: string }; value: string }> };
    expect(actions.elements[0]!.text.text).toBe('Start step 2');
    expect(JSON.parse(actions.elements[0]!.value)).toEqual({ kind: 'command', text: 'step 2' });
  });

  it('the weekly digest proposes step 2', async () => {
    expect(progressOf(plan)).toMatchObject({ done: 2, total: 10, next: { number: 2 } });
    const services = createFeatureServices({ repositories: h.repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined });
    const tenant = (await h.repositories.tenants.findOne(T, { _id: T }))!;
    const text = (await services.digest.build(tenant, now)).map((r) => (r.kind === 'text' ? r.text : '')).join('\n');
    expect(text).toContain('Next step: **2. ');
  });

  it('the stalled-plan nudge proposes step 2', async () => {
    const notifier = new RecordingNotifier();
    const tenant = (await h.repositories.tenants.findOne(T, { _id: T }))!;
    await nudgeStalled(notifier, tenant, plan, now);
    expect(notifier.texts()).toEqual([expect.stringMatching(/Next step: \*\*2\. .+\*\* — pick it up with `step 2`/)]);
  });

  it('so does the suggestion after a step is completed (here step 9)', async () => {
    const out = await h.chat(['step 9', '1', '1', '1, 2', '4', 'done']);
    expect((await h.repositories.plans.get(T)).step(9).status).toBe('complete');
    expect(out).toContain('Suggested next step: 2. ');
  });
});
