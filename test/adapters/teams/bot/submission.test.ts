import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../../../adapters/teams/bot/submission.js';
import { answerData, buttonData } from '../../../../adapters/teams/cards/card-data.js';

const ref = { step: 2, key: 'audiences.who', turn: 3 };

describe('card submissions', () => {
  it('turns each kind of filled-in card into the raw answer the engine expects', () => {
    const cases: Array<[Parameters<typeof answerData>[2], Record<string, string>, unknown]> = [
      ['text', { answer: ' journalists ' }, { kind: 'text', text: 'journalists' }],
      ['number', { answer: '12' }, { kind: 'text', text: '12' }],
      ['choice', { answer: 'b' }, { kind: 'choice', value: 'b' }],
      ['choice', { answerOther: 'bloggers' }, { kind: 'text', text: 'bloggers' }],
      ['multi-choice', { answer: 'x,y', answerOther: 'z' }, { kind: 'choices', values: ['x', 'y'], other: 'z' }],
      ['date', { answer: '2026-03-15' }, { kind: 'date', date: '2026-03-15' }],
      ['time', { answer: '09:30:00' }, { kind: 'time', time: '09:30' }],
      ['datetime', { answerDate: '2026-03-15', answerTime: '14:00' }, { kind: 'datetime', date: '2026-03-15', time: '14:00' }],
      ['user', { answer: 'aad-bob' }, { kind: 'user', id: 'aad-bob' }],
      ['user', { answerText: 'Bob Gagnon' }, { kind: 'text', text: 'Bob Gagnon' }],
    ];
    for (const [kind, inputs, value] of cases) {
      expect(parseSubmission({ ...answerData('u1', ref, kind), ...inputs }, 'u1')).toEqual({ ok: true, action: { kind: 'answer', ref, value } });
    }
  });

  it('passes a button action through, checked', () => {
    expect(parseSubmission(buttonData('u1', { kind: 'control', control: 'back', ref }), 'u1')).toEqual({ ok: true, action: { kind: 'control', control: 'back', ref } });
    expect(parseSubmission(buttonData('*', { kind: 'command', text: 'ack' }), 'anyone')).toEqual({ ok: true, action: { kind: 'command', text: 'ack' } });
  });

  it("refuses another user's card, foreign cards, and forged or missing fields", () => {
    expect(parseSubmission({ ...answerData('u1', ref, 'text'), answer: 'x' }, 'u2')).toEqual({ ok: false, refusal: { reason: 'not-for-you' } });
    expect(parseSubmission({ verb: 'hello' }, 'u1')).toEqual({ ok: false, refusal: { reason: 'not-ours' } });
    expect(parseSubmission('text', 'u1')).toEqual({ ok: false, refusal: { reason: 'not-ours' } });
    const invalid = (value: unknown) => parseSubmission(value, 'u1');
    expect(invalid({ boussole: 1 })).toMatchObject({ ok: false, refusal: { reason: 'invalid', detail: expect.stringContaining('user') } });
    expect(invalid({ boussole: 1, user: 'u1' })).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
    expect(invalid({ ...answerData('u1', ref, 'date') })).toMatchObject({ ok: false, refusal: { reason: 'missing', what: 'date' } });
    expect(invalid({ ...answerData('u1', ref, 'date'), answer: '15/03/2026' })).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
    expect(invalid({ ...answerData('u1', { ...ref, turn: -1 }, 'text'), answer: 'x' })).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
    expect(invalid({ ...answerData('u1', ref, 'text'), question: { ref, input: 'telepathy' }, answer: 'x' })).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
    expect(invalid(buttonData('u1', { kind: 'control', control: 'explode' } as never))).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
    expect(invalid({ ...answerData('u1', ref, 'text'), answer: 'x'.repeat(40_000) })).toMatchObject({ ok: false, refusal: { reason: 'invalid' } });
  });
});
