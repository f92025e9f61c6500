import { describe, expect, it } from 'vitest';
import { actionSchema, answerInputSchema, COMMAND_MAX, TEXT_ANSWER_MAX } from '../../src/core/action-schema.js';

const ref = { step: 2, key: 'audiences.who', turn: 3 };

describe('the card protocol', () => {
  it('carries an answer, a control and a command', () => {
    for (const action of [
      { kind: 'answer', ref, value: { kind: 'choice', value: 'linkedin' } },
      { kind: 'control', control: 'back', ref },
      { kind: 'command', text: 'étape 2' },
    ]) {
      expect(actionSchema.safeParse(action).success, JSON.stringify(action)).toBe(true);
    }
  });

  it('carries a typed answer up to its one limit, and no further', () => {
    expect(answerInputSchema.safeParse({ kind: 'text', text: 'x'.repeat(TEXT_ANSWER_MAX) }).success).toBe(true);
    expect(answerInputSchema.safeParse({ kind: 'text', text: 'x'.repeat(TEXT_ANSWER_MAX + 1) }).success).toBe(false);
  });

  it('carries a command that fits in a Slack button value with its envelope, and no longer one', () => {
    const longest = { kind: 'command', text: 'é'.repeat(COMMAND_MAX) };
    expect(actionSchema.safeParse(longest).success).toBe(true);
    expect(JSON.stringify(longest).length).toBeLessThanOrEqual(2000);
    expect(actionSchema.safeParse({ kind: 'command', text: 'x'.repeat(COMMAND_MAX + 1) }).success).toBe(false);
    expect(actionSchema.safeParse({ kind: 'command', text: '' }).success).toBe(false);
  });

  it('refuses an unknown control, a malformed date or time, and an empty choice', () => {
    expect(actionSchema.safeParse({ kind: 'control', control: 'explode' }).success).toBe(false);
    expect(answerInputSchema.safeParse({ kind: 'date', date: '03/12/2026' }).success).toBe(false);
    expect(answerInputSchema.safeParse({ kind: 'time', time: '9h30' }).success).toBe(false);
    expect(answerInputSchema.safeParse({ kind: 'choice', value: '' }).success).toBe(false);
    expect(actionSchema.safeParse({ kind: 'answer', ref: { ...ref, step: 11 }, value: { kind: 'text', text: 'x' } }).success).toBe(false);
  });
});
