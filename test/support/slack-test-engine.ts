// A small engine for the Slack transport tests: every turn it receives is stored in MongoDB (so a
// test counts effects there), and it answers a few commands with replies that exercise each
// control. It keeps a turn counter per user and refuses answers to an older question, as the real
// engine does, so a stale or replayed control shows.
import type { Db } from 'mongodb';
import type { InboundEvent } from '../../src/core/events.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Reply } from '../../src/core/replies.js';

export interface RecordedTurn {
  _id?: unknown;
  event: InboundEvent;
  at: Date;
}

export interface SlackTestEngine extends Engine {
  turns(): Promise<RecordedTurn[]>;
}

export function slackTestEngine(db: Db, options: { failOn?: string } = {}): SlackTestEngine {
  const turns = db.collection<RecordedTurn>('slack_test_turns');
  const counters = db.collection<{ _id: string; turn: number }>('slack_test_counters');
  const nextTurn = async (user: string) => (await counters.findOneAndUpdate({ _id: user }, { $inc: { turn: 1 } }, { upsert: true, returnDocument: 'after' }))!.turn;
  const currentTurn = async (user: string) => (await counters.findOne({ _id: user }))?.turn ?? 0;

  const ask = async (user: string, step: number, key: string, input: Extract<Reply, { kind: 'question' }>['input']): Promise<Reply[]> => {
    const turn = await nextTurn(user);
    return [
      {
        kind: 'question',
        ref: { step, key, turn },
        context: `Step ${step} — ${key}`,
        prompt: `**${key}?**`,
        input,
        buttons: [{ label: 'Skip', action: { kind: 'control', control: 'skip', ref: { step, key, turn } } }],
      },
    ];
  };

  const double: Omit<SlackTestEngine, 'respond'> = {
    async handle(event) {
      await turns.insertOne({ event, at: new Date() });
      const user = `${event.tenant.id}|${event.user.id}`;
      const input = event.input;
      if (input.kind === 'command' || input.kind === 'message') {
        const text = input.text.trim();
        if (options.failOn && text === options.failOn) throw new Error('the test engine was told to fail');
        // Stands for a database that takes longer than Slack's 3 seconds to answer.
        if (text === 'slow') await new Promise((resolve) => setTimeout(resolve, 3500));
        if (text === 'date') return ask(user, 4, 'goLive', { kind: 'date' });
        if (text === 'user') return ask(user, 6, 'manager', { kind: 'user' });
        if (text === 'choice') return ask(user, 2, 'function', { kind: 'choice', allowOther: false, options: [{ value: 'pr', label: 'Public relations' }, { value: 'mkt', label: 'Marketing' }] });
        if (text === 'many') return ask(user, 1, 'tools', { kind: 'multi-choice', allowOther: false, options: Array.from({ length: 12 }, (_, i) => ({ value: `t${i}`, label: `Tool ${i}` })) });
        if (text === 'when') return ask(user, 4, 'entry', { kind: 'datetime' });
        if (text === 'essay') return ask(user, 1, 'portrait', { kind: 'text', multiline: true, maxLength: 4000 });
        if (text === 'doc') return [{ kind: 'text', text: 'Here is your policy.' }, { kind: 'document', title: 'Staff policy', filename: 'staff-policy.md', markdown: '# Staff policy\n\nBe courteous.' }];
        if (text === 'long') return [{ kind: 'text', text: Array.from({ length: 400 }, (_, i) => `Line ${i} of a very long answer that goes on.`).join('\n') }];
        return [{ kind: 'text', text: `You said: ${text}` }];
      }
      const action = input.action;
      if (action.kind === 'answer') {
        if (action.ref.turn !== (await currentTurn(user))) return [{ kind: 'text', text: 'This question was already answered.' }];
        await nextTurn(user);
        return [{ kind: 'text', text: `Recorded ${action.ref.key}: ${JSON.stringify(action.value)}` }];
      }
      if (action.kind === 'command') return [{ kind: 'text', text: `Command from a button: ${action.text}` }];
      return [{ kind: 'text', text: `Control: ${action.control}` }];
    },
    turns: () => turns.find({}).sort({ at: 1 }).toArray(),
  };
  // Replies in the language the platform reported, as the engine does for a new person.
  return { ...double, respond: async (event: InboundEvent) => ({ replies: await double.handle(event), locale: event.locale ?? 'en' }) };
}
