// The bound on concurrent engine turns, through the real Bolt receiver with signed requests: a turn
// still running holds no one's acknowledgement, and the turn beyond the bound waits for a free slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../../src/core/events.js';
import { TurnGate } from '../../../adapters/slack/turn-gate.js';
import { engineOf } from '../../support/engine-doubles.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();

/** An engine whose turns end only when the test releases them, one by one in arrival order. */
function heldEngine() {
  const started: string[] = [];
  const releases: Array<() => void> = [];
  const engine = engineOf(async (event: InboundEvent) => {
    const text = event.input.kind === 'command' ? event.input.text : '';
    started.push(text);
    await new Promise<void>((resolve) => releases.push(resolve));
    return [{ kind: 'text', text: `done: ${text}` }];
  });
  return { engine, started, release: () => releases.shift()?.() };
}

describe('SLACK_MAX_CONCURRENT_TURNS=1', () => {
  const held = heldEngine();
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ db, engine: held.engine, env: { SLACK_MAX_CONCURRENT_TURNS: '1' } });
  });
  afterAll(async () => {
    while (held.release()) { /* frees any turn left held by a failed assertion */ }
    await h.close();
  });

  it('acknowledges a second command while the first turn is still running, and runs it once the first ends', async () => {
    const first = await h.command('first', { user: 'U1', channel: 'DU1', responseId: 'first' });
    expect(first.status).toBe(200);
    await h.api.waitFor(() => held.started.includes('first'), 5000, 'the first turn to start');

    const second = await h.command('second', { user: 'U2', channel: 'DU2', responseId: 'second' });
    expect(second.status).toBe(200);
    // Acked, but its turn waits: the only slot is the first turn's.
    await h.api.waitFor(() => h.logs.some((l) => l.msg === 'Slack turn queued'), 5000, 'the second turn to queue');
    expect(held.started).toEqual(['first']);
    expect(h.api.responses).toEqual([]);

    held.release();
    const firstAnswer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'first'), 5000, 'the first answer');
    expect(JSON.stringify(firstAnswer.body)).toContain('done: first');
    await h.api.waitFor(() => held.started.includes('second'), 5000, 'the second turn to start');
    held.release();
    const secondAnswer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'second'), 5000, 'the second answer');
    expect(JSON.stringify(secondAnswer.body)).toContain('done: second');
  });
});

describe('TurnGate', () => {
  it('runs at most its limit at once and hands slots over in arrival order', async () => {
    const gate = new TurnGate(2);
    const order: number[] = [];
    const releases: Array<() => void> = [];
    const work = (n: number) => gate.run(async () => {
      order.push(n);
      await new Promise<void>((resolve) => releases.push(resolve));
      return n;
    });
    const all = [1, 2, 3, 4].map(work);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    releases.shift()!();
    await all[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([1, 2, 3]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    while (releases.length) releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    while (releases.length) releases.shift()!();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees its slot when a turn fails', async () => {
    const gate = new TurnGate(1);
    await expect(gate.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });

  it('refuses a limit below 1', () => {
    expect(() => new TurnGate(0)).toThrow(RangeError);
  });
});
