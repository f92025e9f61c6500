// How many database round trips a turn costs, counted by the driver's command monitoring on a
// client of the tests' real server (each command is one round trip: the embedded server's one
// connection serves them one at a time).
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { composeBoussole } from '../../src/app/compose.js';
import { createRepositories } from '../../src/app/repositories.js';
import type { InboundEvent } from '../../src/core/events.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { createLogger } from '../../src/log/logger.js';
import { clientOptionsFor } from '../../src/store/client-options.js';
import { countCommands, type CommandCount } from '../../src/store/command-count.js';
import { useTestDatabase } from '../support/mongo.js';

/**
 * Budgets. A plain answer, in a step or in a form: one read (the plan, with every person's cursor
 * in it), one write (the answer, its history entry and the cursor's move, in one update: see
 * plan/plan-turn.ts). Tenant and person come from the per-process cache.
 * `état`: the plan, the staff policy's state, the calendar, and the comments' figures for the
 * team's pitfalls (src/activity).
 */
const ANSWER_BUDGET = 2;
const STATUS_BUDGET = 6;

const { dbName } = useTestDatabase();
let client: MongoClient;
let counter: CommandCount;
let engine: Engine;

beforeAll(async () => {
  client = new MongoClient(inject('mongoUri'), { ...clientOptionsFor(inject('mongoKind')), monitorCommands: true });
  counter = countCommands(client);
  // The engine the server runs: core, feature commands and forms.
  const boussole = composeBoussole({ db: client.db(dbName), defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }), scheduler: () => undefined });
  await boussole.ensureIndexes();
  engine = boussole.engine;
});
afterAll(async () => {
  await client.close();
});

const say = (text: string) => {
  const event: InboundEvent = {
    tenant: { platform: 'console', id: 'budget' },
    user: { id: 'console:marie', name: 'Marie', isAdmin: true },
    conversation: { id: 'console', kind: 'direct' },
    input: { kind: 'message', text },
  };
  return engine.handle(event);
};

async function costOf(text: string): Promise<{ total: number; kinds: string }> {
  counter.reset();
  const replies = await say(text);
  expect(replies.length).toBeGreaterThan(0);
  return { total: counter.total(), kinds: counter.byKind() };
}

describe('database round trips of one turn', () => {
  it(`a plain answer costs at most ${ANSWER_BUDGET}, and the answer is stored`, async () => {
    await say('étape 1');
    const cost = await costOf('Boussole, Laval');
    expect(cost.total, cost.kinds).toBeLessThanOrEqual(ANSWER_BUDGET);
    // The count is of a turn that did its work: the answer is in the plan.
    const plans = createRepositories(client.db(dbName)).plans;
    const plan = await plans.get((await createRepositories(client.db(dbName)).tenants.all())[0]!.tenantId);
    expect(plan.step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
  });

  it(`the status command costs at most ${STATUS_BUDGET}`, async () => {
    const cost = await costOf('état');
    expect(cost.total, cost.kinds).toBeLessThanOrEqual(STATUS_BUDGET);
  });

  it(`a form's answer costs at most ${ANSWER_BUDGET}`, async () => {
    await say('pause');
    await say('calendrier ajouter');
    const cost = await costOf('lundi prochain 10h');
    expect(cost.total, cost.kinds).toBeLessThanOrEqual(ANSWER_BUDGET);
    // The count is of a turn that did its work: the form moved on with the answer.
    const repositories = createRepositories(client.db(dbName));
    const [form] = await repositories.formSessions.findMany((await repositories.tenants.all())[0]!.tenantId);
    expect(form).toMatchObject({ index: 1, answers: { at: expect.any(String) } });
  });

  it('the tenant and the person are read from the cache on the next turn', async () => {
    const cost = await costOf('Concordia');
    expect(cost.kinds).not.toMatch(/find (tenants|users)/);
  });
});
