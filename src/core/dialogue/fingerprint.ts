import { createHash } from 'node:crypto';
import type { StepDefinition } from './types.js';

/**
 * The shape of a step (node keys, kinds, group questions): a session started on another shape is
 * resumed at the first unanswered question instead of pointing into questions that moved.
 */
export function fingerprint(step: StepDefinition): string {
  const shape = step.nodes.map((n) => (n.kind === 'group' ? `${n.key}[${n.questions.map((q) => `${q.key}:${q.kind}`).join(',')}]` : `${n.key}:${n.kind}`));
  return createHash('sha256').update(shape.join('|')).digest('hex').slice(0, 16);
}

/**
 * A short digest of one stored answer (undefined included), kept with a question when it is
 * shown: comparing it at answer time tells whether someone changed the answer in between.
 */
export function answerFingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value ?? null)).digest('hex').slice(0, 16);
}
