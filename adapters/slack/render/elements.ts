import type { types } from '@slack/bolt';
import type { Button as ReplyButton, Option } from '../../../src/core/replies.js';
import { encodeAction } from '../action-codec.js';
import { LIMITS, truncate } from './limits.js';
import { escapeMrkdwn } from './escape.js';
import { withoutEscapes } from '../../../src/core/text/literal.js';
import { cutLabels, shortLabel } from '../../shared/short-label.js';

export type Block = types.KnownBlock;
export type ActionsElement = types.ActionsBlockElement;

export function plain(text: string, max: number): types.PlainTextElement {
  // Slack rejects an empty plain_text object.
  // Plain text shows no markdown: a person's escaped characters (src/core/text/literal.ts) as typed.
  const plain = withoutEscapes(text);
  return { type: 'plain_text', text: truncate(plain.trim() === '' ? '·' : plain, max), emoji: true };
}

export function section(mrkdwnText: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwnText } };
}

export function context(mrkdwnText: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwnText, LIMITS.sectionText) }] };
}

/** Hands out action ids unique within one message (Slack rejects duplicates). */
export class ActionIds {
  private n = 0;
  next(base: string): string {
    return `${base}.${this.n++}`;
  }
}

/** A reply button, or undefined when its Action cannot fit in Slack's 2,000-character value. */
export function button(reply: ReplyButton, ids: ActionIds): types.Button | undefined {
  const value = encodeAction(reply.action);
  if (value === undefined) return undefined;
  return {
    type: 'button',
    action_id: ids.next('bsl.btn'),
    text: plain(shortLabel(reply.label, LIMITS.buttonLabel), LIMITS.buttonLabel),
    value,
    ...(reply.style ? { style: reply.style } : {}),
  };
}

/** The full wording of the buttons whose label Slack would cut, as a context line above them. */
export function fullLabels(buttons: ReplyButton[]): types.ContextBlock[] {
  const cut = cutLabels(buttons.map((b) => b.label), LIMITS.buttonLabel);
  return cut.length ? [context(cut.map((l) => `• ${escapeMrkdwn(l)}`).join('\n'))] : [];
}

/** Actions blocks of at most 25 elements each. */
export function actionsBlocks(elements: ActionsElement[], blockId?: string): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.actionsElements) {
    const block: types.ActionsBlock = { type: 'actions', elements: elements.slice(i, i + LIMITS.actionsElements) };
    if (blockId && i === 0) block.block_id = blockId;
    blocks.push(block);
  }
  return blocks;
}

/** Select options within Slack's limits; options whose value cannot fit are left to be typed. */
export function selectOptions(options: Option[], max: number): { options: types.PlainTextOption[]; omitted: boolean } {
  const fitting = options.filter((o) => o.value.length > 0 && o.value.length <= LIMITS.optionValue);
  const kept = fitting.slice(0, max);
  return {
    options: kept.map((o) => ({ text: plain(o.label, LIMITS.optionText), value: o.value })),
    omitted: kept.length < options.length,
  };
}
