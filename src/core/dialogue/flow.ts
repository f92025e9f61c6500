import type { Position } from '../ports/stores.js';
import type { DialogueContext, Group, Node, Question, StepDefinition } from './types.js';
import { groupItems, type StepAnswers } from './values.js';

const isAsked = (node: Node | Question, ctx: DialogueContext) => !node.when || node.when(ctx);

function withItem(ctx: DialogueContext, item: StepAnswers): DialogueContext {
  return { ...ctx, answers: { ...ctx.answers, ...item } };
}

function itemAnswers(ctx: DialogueContext, group: Group, itemId: string): StepAnswers {
  const item = groupItems(ctx.answers[group.key]).find((i) => i._id === itemId);
  if (!item) return {};
  const { _id, ...answers } = item;
  void _id;
  return answers;
}

/** The question at a position, with its group when inside one. */
export function questionAt(step: StepDefinition, position: Position): { question: Question; group?: Group } | undefined {
  if (position.at !== 'question') return undefined;
  const node = step.nodes[position.node];
  if (!node) return undefined;
  if (node.kind !== 'group') return { question: node };
  const question = node.questions[position.q ?? -1];
  return question ? { question, group: node } : undefined;
}

export function groupAt(step: StepDefinition, node: number): Group | undefined {
  const found = step.nodes[node];
  return found?.kind === 'group' ? found : undefined;
}

/** The next question of an item still to answer: asked (its condition holds) and without an answer. */
function firstQuestionOfItem(group: Group, ctx: DialogueContext, from: number): number | undefined {
  for (let q = from; q < group.questions.length; q++) {
    const question = group.questions[q]!;
    if (isAsked(question, ctx) && ctx.answers[question.key] === undefined) return q;
  }
  return undefined;
}

/** The first question still missing in the group's existing items (pre-filled items, typically). */
export function firstMissingInGroup(step: StepDefinition, node: number, ctx: DialogueContext): Position | undefined {
  const group = groupAt(step, node);
  if (!group) return undefined;
  for (const item of groupItems(ctx.answers[group.key])) {
    const { _id, ...answers } = item;
    const local = withItem(ctx, answers);
    const q = group.questions.findIndex((question) => isAsked(question, local) && !question.optional && answers[question.key] === undefined);
    if (q >= 0) return { at: 'question', node, itemId: _id, q };
  }
  return undefined;
}

/** Where a node is entered: a question, a group's first item, or the group's list when it has items. */
export function enterNode(step: StepDefinition, index: number, ctx: DialogueContext, newItemId: () => string): Position {
  for (let n = index; n < step.nodes.length; n++) {
    const node = step.nodes[n]!;
    if (!isAsked(node, ctx)) continue;
    if (node.kind !== 'group') return { at: 'question', node: n };
    if (groupItems(ctx.answers[node.key]).length > 0) return { at: 'group-more', node: n };
    const itemId = newItemId();
    const q = firstQuestionOfItem(node, withItem(ctx, {}), 0);
    if (q !== undefined) return { at: 'question', node: n, itemId, q };
  }
  return { at: 'review' };
}

/** The position after the one just answered. */
export function nextPosition(step: StepDefinition, position: Position, ctx: DialogueContext, newItemId: () => string): Position {
  if (step.skipRest?.(ctx)) return { at: 'review' };
  if (position.at === 'review') return position;
  if (position.at === 'group-more') return enterNode(step, position.node + 1, ctx, newItemId);
  const node = step.nodes[position.node];
  if (node?.kind === 'group' && position.itemId !== undefined) {
    const next = firstQuestionOfItem(node, withItem(ctx, itemAnswers(ctx, node, position.itemId)), (position.q ?? 0) + 1);
    if (next === undefined) {
      // An item finished: complete any pre-filled item still missing an answer before the list.
      const missing = firstMissingInGroup(step, position.node, ctx);
      if (missing) return missing;
    }
    if (next !== undefined) return { at: 'question', node: position.node, itemId: position.itemId, q: next };
    return { at: 'group-more', node: position.node };
  }
  return enterNode(step, position.node + 1, ctx, newItemId);
}

/** Starts a new item of the group at this node. */
export function newItemPosition(step: StepDefinition, node: number, ctx: DialogueContext, itemId: string): Position {
  const group = groupAt(step, node);
  const q = group ? firstQuestionOfItem(group, withItem(ctx, {}), 0) : undefined;
  return q === undefined ? { at: 'group-more', node } : { at: 'question', node, itemId, q };
}

export interface MissingAnswer {
  position: Position;
  label: string;
}

/** Required questions still without an answer, and groups below their minimum. */
export function missingAnswers(step: StepDefinition, ctx: DialogueContext, newItemId: () => string): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  step.nodes.forEach((node, index) => {
    if (!isAsked(node, ctx) || node.optional) return;
    if (node.kind === 'group') {
      const items = groupItems(ctx.answers[node.key]);
      if (items.length < (node.min ?? 1)) missing.push({ position: newItemPosition(step, index, ctx, newItemId()), label: node.itemLabel[ctx.locale] });
      for (const item of items) {
        const { _id, ...answers } = item;
        const local = withItem(ctx, answers);
        node.questions.forEach((q, qi) => {
          if (isAsked(q, local) && !q.optional && answers[q.key] === undefined) {
            missing.push({ position: { at: 'question', node: index, itemId: _id, q: qi }, label: q.prompt[ctx.locale] });
          }
        });
      }
      return;
    }
    if (ctx.answers[node.key] === undefined) missing.push({ position: { at: 'question', node: index }, label: node.prompt[ctx.locale] });
  });
  return missing;
}

/** Where to resume a step: the first required question without an answer, else the review. */
export function resumePosition(step: StepDefinition, ctx: DialogueContext, newItemId: () => string): Position {
  let position = enterNode(step, 0, ctx, newItemId);
  const seen = new Set<string>();
  while (position.at === 'question') {
    const found = questionAt(step, position);
    const answered =
      found &&
      (found.group
        ? position.itemId !== undefined && itemAnswers(ctx, found.group, position.itemId)[found.question.key] !== undefined
        : ctx.answers[found.question.key] !== undefined);
    if (!answered) return position;
    const key = JSON.stringify(position);
    if (seen.has(key)) break;
    seen.add(key);
    position = nextPosition(step, position, ctx, newItemId);
  }
  return position;
}

/** The answers of the item being filled, for conditions and suggestions inside a group. */
export function contextAt(step: StepDefinition, position: Position, ctx: DialogueContext): DialogueContext {
  if (position.at !== 'question' || position.itemId === undefined) return ctx;
  const group = groupAt(step, position.node);
  return group ? withItem(ctx, itemAnswers(ctx, group, position.itemId)) : ctx;
}

export { itemAnswers };
