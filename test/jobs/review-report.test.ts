// Step 10 — evaluate and adjust: at the cadence the team chose, the real review-report job on a
// real Agenda sends the owners each step 2 objective with its indicators, what moved since the last
// review (stored, so it is real), and the steps to revisit, each with a button that reopens it.
import type { Agenda } from 'agenda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureServices, type FeatureServices } from '../../src/app/feature-services.js';
import { actionSchema } from '../../src/core/action-schema.js';
import type { Reply } from '../../src/core/replies.js';
import { REVIEW_REPORT_JOB, reviewReportJob } from '../../src/jobs/review-report.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import type { Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { runJobNow } from '../support/run-job.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const { db } = useTestDatabase();
const T = asTenant('slack:REVIEW');
const zone = 'America/Toronto';
let repositories: Repositories;
let services: FeatureServices;
let agenda: Agenda;
let clock = new Date('2026-02-04T16:00:00Z');
const platform = new RecordingNotifier();

const items = (...answers: Array<Record<string, unknown>>) => ({
  items: Object.fromEntries(answers.map((a, i) => [`i${i}`, { _at: `2026-01-0${i + 1}T00:00:00Z`, answers: a }])),
}) as never;
const complete = (answers: Record<string, unknown>, completedAt = '2026-01-05T15:00:00.000Z') => ({ status: 'complete' as const, answers: answers as never, completedAt });

function plan(): Plan {
  return {
    _id: T,
    tenantId: T,
    version: 20,
    steps: {
      // Listening and planning done before any comment is logged: "starting early" stays quiet.
      '1': complete({ listenStart: '2025-11-01' }),
      '6': complete({}),
      '2': complete({ audiences: items({ who: 'Familles', objective: 'Augmenter les visites le dimanche' }, { who: 'Journalistes', objective: 'Obtenir une couverture des expositions' }) }),
      '3': complete({ platforms: items({ platform: 'facebook', audiences: 'Familles' }, { platform: 'x', audiences: 'Journalistes' }) }),
      // Someone answers the comments logged, and the staff policy is official: the interaction
      // pitfalls (steps 4 and 5) stay quiet, so the review's own findings show.
      '4': complete({ playbook: items({ kind: 'question', assignee: { id: 'U-cm', name: 'Cam' }, delayHours: 4 }) }),
      '5': complete({ officialOn: '2026-01-05' }),
      '7': complete({ goLive: '2026-01-05' }),
      '8': complete({ buildCommunity: true, leaders: items({ name: 'Julie', status: 'interacted' }, { name: 'Paul', status: 'identified' }) }),
      '9': complete({ reactionHours: 4 }),
      // Completed 5 January: the monthly reviews fall on the 5th, at 10:00 in the team's zone.
      '10': complete({ reviewCadence: 'monthly' }),
    },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-05T15:00:00Z',
  };
}

const runJob = () => runJobNow(agenda, REVIEW_REPORT_JOB);

const texts = (message: Reply[]) => message.map((r) => (r.kind === 'text' ? r.text : r.kind === 'buttons' ? `${r.text ?? ''}\n${r.buttons.map((b) => `[${b.label}]`).join(' ')}` : '')).join('\n\n');
const buttonsOf = (message: Reply[]) => message.flatMap((r) => (r.kind === 'buttons' ? r.buttons : []));

async function comment(ref: string, receivedAt: Date, status: 'open' | 'answered') {
  await repositories.comments.insert({
    _id: `${T}|${ref}`, tenantId: T, ref, platform: 'facebook', author: 'x', text: 't', kind: 'question', delayHours: 4, status,
    receivedAt, dueAt: new Date(receivedAt.getTime() + 4 * 3_600_000), escalateAt: new Date(receivedAt.getTime() + 8 * 3_600_000),
    ...(status === 'answered' ? { answeredAt: new Date(receivedAt.getTime() + 3_600_000), responseMinutes: 60 } : {}),
  });
}

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(T, { owners: ['U-owner'] }));
  await repositories.plans.insert(plan());
  services = createFeatureServices({ repositories, notifier: new IdempotentNotifier(platform, repositories.notificationKeys), log: silentLog, scheduler: () => agenda, clock: () => clock });
  await services.kpis.record(T, { platform: 'facebook', metric: 'followers', value: 1200 }, new Date('2026-02-01T15:00:00Z'), zone);
  await comment('late', new Date('2026-02-03T15:00:00Z'), 'open');
  await comment('done', new Date('2026-01-20T15:00:00Z'), 'answered');
  agenda = createScheduler(db, silentLog, { processEvery: 100 });
  defineJobs(agenda, [reviewReportJob({ tenants: repositories.tenants, plans: repositories.plans, review: services.review, clock: () => clock, log: silentLog })]);
  await agenda.start();
});
afterAll(async () => {
  await agenda?.stop();
});

describe('the plan review at step 10’s cadence', () => {
  it('sends nothing before the first review date', async () => {
    await runJob();
    expect(platform.posts).toEqual([]);
  });

  it('on the date, the owners get the objectives with their indicators, a first-review note and the steps to revisit with reopen buttons — once', async () => {
    clock = new Date('2026-02-05T15:30:00Z'); // 10:30 in Toronto
    await runJob();
    await runJob();
    expect(platform.posts).toHaveLength(1);
    const [post] = platform.posts;
    expect(post!.target).toEqual({ kind: 'user', tenantId: T, userId: 'U-owner' });
    const text = texts(post!.message);
    expect(text).toContain('🔎 **Revue du plan** — 5 février 2026');
    expect(text).toContain('la revue mensuelle choisie à l’étape\u00a010');
    expect(text).toContain('- **Familles** — Augmenter les visites le dimanche\n  - Facebook · abonnés\u00a0: ▄ 1\u202f200');
    expect(text).toContain('- **Journalistes** — Obtenir une couverture des expositions\n  - aucun indicateur noté sur ses plateformes (X (Twitter))');
    expect(text).toContain('- Temps de réponse médian depuis la dernière revue\u00a0: 60\u00a0min (visé\u00a0: 4\u00a0h)');
    expect(text).toContain('- Commentaires en retard\u00a0: 1');
    expect(text).toContain('- Personnes influentes engagées (en conversation ou relation établie)\u00a0: 1 sur 2');
    expect(text).toContain('**Première revue**');
    expect(text).toContain('- Étape\u00a09 — Interagir, échanger, partager\u00a0: les réponses tardent (60\u00a0min, 1 en retard)\u202f;');
    expect(text).toContain('- Étape\u00a010 — Évaluer et ajuster\u00a0: l’objectif auprès de «\u00a0Journalistes\u00a0» n’a aucun indicateur');
    const buttons = buttonsOf(post!.message);
    expect(buttons.map((b) => [b.label, b.action])).toEqual([
      ['Rouvrir l’étape 9', { kind: 'command', text: 'rouvrir 9' }],
      ['Rouvrir l’étape 10', { kind: 'command', text: 'rouvrir 10' }],
    ]);
    // What the buttons carry passes the core's card protocol, as a Slack or Teams click would.
    for (const button of buttons) expect(actionSchema.parse(button.action)).toEqual(button.action);
    expect(await repositories.reviews.findOne(T, { _id: `${T}|2026-02-05` })).toMatchObject({ due: '2026-02-05', seen: { kpis: { 'facebook|followers': 1200 }, overdue: 1, engaged: 1, listed: 2 } });
  });

  it('the next month says what moved since the stored review, and proposes the steps the numbers point to', async () => {
    await services.kpis.record(T, { platform: 'facebook', metric: 'followers', value: 1100 }, new Date('2026-03-01T15:00:00Z'), zone);
    await services.kpis.record(T, { platform: 'x', metric: 'likes', value: 80 }, new Date('2026-03-01T15:00:00Z'), zone);
    await services.kpis.rate(T, { rating: 2, notes: 'Échanges tendus' }, new Date('2026-03-02T15:00:00Z'), zone);
    await repositories.comments.update(T, { ref: 'late' }, { $set: { status: 'answered', answeredAt: new Date('2026-02-05T20:00:00Z'), responseMinutes: 300 } });
    await repositories.plans.update(T, { _id: T }, { $set: { 'steps.8.answers.leaders.items.i1.answers.status': 'relationship', 'steps.4.status': 'in-progress' } });

    clock = new Date('2026-03-05T15:30:00Z');
    await runJob();
    expect(platform.posts).toHaveLength(2);
    const message = platform.posts[1]!.message;
    const text = texts(message);
    expect(text).toContain('**Ce qui a bougé depuis la revue du 5 février 2026**');
    expect(text).toContain('- Facebook · abonnés\u00a0: 1\u202f200 → 1\u202f100');
    expect(text).toContain('- X (Twitter) · mentions J’aime\u00a0: 80 (nouveau)');
    expect(text).toContain('- commentaires en retard\u00a0: 1 → 0');
    expect(text).toContain('- qualité des conversations\u00a0: — → 2/5');
    expect(text).toContain('- personnes influentes engagées\u00a0: 1 → 2');
    expect(text).toMatch(/engagées \(en conversation ou relation établie\)\u00a0: 2 sur 2 ▁█ \(\+100\u202f%\)/);
    expect(text).toContain('- Étape\u00a04 — ');
    expect(text).toContain('Facebook · abonnés a baissé (1\u202f200 → 1\u202f100)\u202f; revoyez le contenu');
    // One reason per step: slow answers (5 h against a 4 h target) come before the low rating.
    expect(text).toContain('- Étape\u00a09 — Interagir, échanger, partager\u00a0: les réponses tardent (5\u00a0h, 0 en retard)');
    expect(text).not.toContain('Journalistes\u00a0» n’a aucun indicateur');
    // Step 4 was reopened meanwhile: its button resumes it rather than reopening it.
    expect(buttonsOf(message).map((b) => b.action)).toEqual([
      { kind: 'command', text: 'étape 4' },
      { kind: 'command', text: 'rouvrir 9' },
    ]);
  });
});
