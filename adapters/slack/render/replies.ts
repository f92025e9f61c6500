import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import { ActionIds, actionsBlocks, button, fullLabels, section, type Block } from './elements.js';
import { escapeMrkdwn } from './escape.js';
import { LIMITS, splitText, truncate } from './limits.js';
import { toPlainText } from '../../shared/plain-text.js';
import { isSentenceLabel } from '../../shared/sentence-label.js';
import { SLACK_TEXT } from '../i18n.js';
import { toMrkdwn } from './mrkdwn.js';
import { renderQuestion } from './question.js';

/** One chat.postMessage / respond() payload. */
export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows the blocks. */
  text: string;
  blocks: Block[];
}

export type DocumentReply = Extract<Reply, { kind: 'document' }>;

export interface Rendered {
  messages: SlackMessage[];
  /** Uploaded as files (files.uploadV2), not rendered as blocks. */
  documents: DocumentReply[];
}

/**
 * Renders the engine's replies as Block Kit messages within Slack's limits:
 * - `text` -> mrkdwn sections, split at 3,000 characters on line or word boundaries;
 * - `question` -> context line, prompt, help, suggestion, the native control for its input
 *   (see question.ts), then its buttons;
 * - `facts` -> a bold title and `*label*: value` lines, split like text;
 * - `buttons` -> optional text, then actions blocks of at most 25 buttons (labels cut at 75);
 * - `document` -> returned apart, to be uploaded as a file.
 * Blocks are packed into messages of at most 50; a reply is not split across two messages
 * unless it alone exceeds 50 blocks. Nothing is dropped except a button whose action cannot fit
 * in Slack's 2,000-character value (the engine's actions are far smaller).
 */
export function renderReplies(replies: Reply[], locale: Locale): Rendered {
  const ids = new ActionIds();
  const messages: SlackMessage[] = [];
  const documents: DocumentReply[] = [];
  let current: Block[] = [];
  let fallback: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    messages.push({ text: truncate(fallback.join('\n').trim() || '·', LIMITS.fallbackText), blocks: current });
    current = [];
    fallback = [];
  };
  for (const reply of replies) {
    if (reply.kind === 'document') {
      documents.push(reply);
      continue;
    }
    const blocks = renderReply(reply, locale, ids);
    if (current.length + blocks.length > LIMITS.blocksPerMessage && blocks.length <= LIMITS.blocksPerMessage) flush();
    fallback.push(fallbackOf(reply));
    for (const block of blocks) {
      if (current.length === LIMITS.blocksPerMessage) flush();
      current.push(block);
    }
  }
  flush();
  return { messages, documents };
}

function renderReply(reply: Exclude<Reply, { kind: 'document' }>, locale: Locale, ids: ActionIds): Block[] {
  switch (reply.kind) {
    case 'text':
      return textSections(toMrkdwn(reply.text));
    case 'question':
      return renderQuestion(reply, locale, ids);
    case 'facts': {
      // A label that is a sentence (a review's question) takes its answer on the next line, not after « ? : ».
      const lines = reply.facts.map((f) =>
        isSentenceLabel(f.label) ? `*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}` : SLACK_TEXT.t(locale, 'fact', { label: `*${escapeMrkdwn(f.label)}*`, value: escapeMrkdwn(f.value) }),
      );
      const title = reply.title ? [`*${escapeMrkdwn(reply.title)}*`] : [];
      return textSections([...title, ...lines].join('\n'));
    }
    case 'buttons': {
      const text = reply.text?.trim() ? textSections(toMrkdwn(reply.text)) : [];
      const buttons = reply.buttons.map((b) => button(b, ids)).filter((b) => b !== undefined);
      return [...text, ...fullLabels(reply.buttons), ...actionsBlocks(buttons)];
    }
  }
}

function textSections(mrkdwn: string): Block[] {
  if (mrkdwn.trim() === '') return [];
  return splitText(mrkdwn, LIMITS.sectionText).map(section);
}

function fallbackOf(reply: Exclude<Reply, { kind: 'document' }>): string {
  switch (reply.kind) {
    case 'text':
      return toPlainText(reply.text);
    case 'question':
      return toPlainText(reply.prompt);
    case 'facts':
      return reply.title ?? reply.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'buttons':
      return reply.text ? toPlainText(reply.text) : reply.buttons.map((b) => b.label).join(' · ');
  }
}
