// A small engine for the Teams transport tests, standing in for the real one: it keeps one pending
// question per user and conversation, stores answers in MongoDB (so duplicates would show), and
// recognizes a stale question by its ref — enough for assertions that fail when the adapter
// mis-carries an event.
import type { Db } from 'mongodb';
import type { InboundEvent } from '../../src/core/events.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { InputSpec, QuestionRef, Reply } from '../../src/core/replies.js';

export interface StoredAnswer {
  tenantId: string;
  userId: string;
  key: string;
  turn: number;
  value: unknown;
}

const SPECS: Record<string, InputSpec> = {
  text: { kind: 'text', multiline: false, maxLength: 200 },
  choice: { kind: 'choice', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], allowOther: true },
  'multi-choice': { kind: 'multi-choice', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], allowOther: false },
  date: { kind: 'date' },
  user: { kind: 'user' },
  'yes-no': { kind: 'yes-no', yes: 'Yes', no: 'No' },
};

export interface TestEngine extends Engine {
  events: InboundEvent[];
  answers(): Promise<StoredAnswer[]>;
}

export function createTestEngine(db: Db): TestEngine {
  const events: InboundEvent[] = [];
  const pending = new Map<string, QuestionRef>();
  let turns = 0;
  const answers = db.collection<StoredAnswer>('test_engine_answers');

  const ask = (session: string, kind: string): Reply[] => {
    const ref: QuestionRef = { step: 2, key: kind, turn: ++turns };
    pending.set(session, ref);
    return [
      { kind: 'text', text: `**Step 2** asks about _${kind}_` },
      {
        kind: 'question',
        ref,
        context: 'Step 2 · Audiences — question 1 of 5',
        prompt: `Your ${kind}?`,
        input: SPECS[kind]!,
        buttons: [{ label: 'Skip', action: { kind: 'control', control: 'skip', ref } }],
      },
    ];
  };

  const double: Omit<TestEngine, 'respond'> = {
    events,
    answers: () => answers.find({}, { projection: { _id: 0 } }).sort({ turn: 1 }).toArray(),
    async handle(event) {
      events.push(event);
      const tenantId = `${event.tenant.platform}:${event.tenant.id}`;
      const session = `${tenantId}|${event.user.id}|${event.conversation.id}`;
      const input = event.input;
      if (input.kind === 'message' || input.kind === 'command') {
        const [word, arg] = input.text.split(/\s+/);
        if (word === 'fail') throw new Error('engine failure for the test');
        if (word === 'ask' && arg && SPECS[arg]) return ask(session, arg);
        if (word === 'doc') return [{ kind: 'document', title: 'Policy', filename: 'policy.md', markdown: `# Policy\n\n${'- rule\n'.repeat(Number(arg ?? 3))}` }];
        return [{ kind: 'text', text: `heard: ${input.text}` }];
      }
      const action = input.action;
      if (action.kind !== 'answer') return [{ kind: 'text', text: `action: ${JSON.stringify(action)}` }];
      const current = pending.get(session);
      if (!current || current.turn !== action.ref.turn || current.key !== action.ref.key) {
        return [{ kind: 'text', text: 'stale: this question was already answered' }];
      }
      pending.delete(session);
      await answers.insertOne({ tenantId, userId: event.user.id, key: action.ref.key, turn: action.ref.turn, value: action.value });
      return [{ kind: 'text', text: `saved ${action.ref.key}` }];
    },
  };
  // Replies in the language the platform reported, as the engine does for a new person.
  return { ...double, respond: async (event: InboundEvent) => ({ replies: await double.handle(event), locale: event.locale ?? 'en' }) };
}
