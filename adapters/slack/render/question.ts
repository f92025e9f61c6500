import type { types } from '@slack/bolt';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import { ACTION_IDS, encodeRefBlockId, type ModalRequest } from '../action-codec.js';
import { SLACK_TEXT } from '../i18n.js';
import { ActionIds, actionsBlocks, button, context, plain, selectOptions, type ActionsElement, type Block } from './elements.js';
import { LIMITS, splitText } from './limits.js';
import { toMrkdwn } from './mrkdwn.js';

type Question = Extract<Reply, { kind: 'question' }>;

/** At most this many options are shown as buttons; more become a select. */
const MAX_CHOICE_BUTTONS = 5;

/**
 * A question: its context line, the prompt, help and suggestion, then the native control for its
 * input kind, then its own buttons (back, skip…). Kinds without a native control (short text,
 * lists, numbers, URLs, durations) are answered by typing in the DM, which also works for every
 * other kind.
 */
export function renderQuestion(q: Question, locale: Locale, ids: ActionIds): Block[] {
  const blocks: Block[] = [];
  if (q.context.trim()) blocks.push(context(toMrkdwn(q.context)));
  for (const chunk of splitText(toMrkdwn(q.prompt), LIMITS.sectionText)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }
  if (q.help?.trim()) blocks.push(context(toMrkdwn(q.help)));
  // French typography puts a space before the colon.
  if (q.suggested?.trim()) blocks.push(context(SLACK_TEXT.t(locale, 'suggestion', { value: toMrkdwn(q.suggested) })));
  blocks.push(...inputBlocks(q, locale, ids));
  const controls = q.buttons.map((b) => button(b, ids)).filter((b): b is types.Button => b !== undefined);
  blocks.push(...actionsBlocks(controls));
  return blocks;
}

function inputBlocks(q: Question, locale: Locale, ids: ActionIds): Block[] {
  const blockId = encodeRefBlockId(q.ref);
  const input = q.input;
  // Without a block id the answer could not be tied to its question: typing still works.
  if (!blockId) return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
  switch (input.kind) {
    case 'text': {
      if (!input.multiline) return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
      const request: ModalRequest = {
        ref: q.ref,
        maxLength: Math.min(Math.max(1, input.maxLength), LIMITS.plainTextInput),
        ...(input.placeholder ? { placeholder: input.placeholder.slice(0, LIMITS.placeholder) } : {}),
      };
      return [
        ...actionsBlocks(
          [{ type: 'button', action_id: ids.next(ACTION_IDS.modal), text: plain(SLACK_TEXT.t(locale, 'writeAnswer'), LIMITS.buttonLabel), value: JSON.stringify(request), style: 'primary' }],
          blockId,
        ),
        context(SLACK_TEXT.t(locale, 'orTypeHere')),
      ];
    }
    case 'list':
      return [context(SLACK_TEXT.t(locale, 'typeList'))];
    case 'yes-no':
      return answerButtons(q, [
        { value: 'yes', label: input.yes },
        { value: 'no', label: input.no },
      ], ids, blockId);
    case 'choice': {
      const hint = input.allowOther ? [context(SLACK_TEXT.t(locale, 'typeOther'))] : [];
      if (input.options.length <= MAX_CHOICE_BUTTONS) {
        const blocks = answerButtons(q, input.options, ids, blockId);
        if (blocks.length > 0) return [...blocks, ...hint];
      }
      const { options, omitted } = selectOptions(input.options, LIMITS.selectOptions);
      if (options.length === 0) return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
      const select: types.StaticSelect = { type: 'static_select', action_id: ACTION_IDS.choice, placeholder: plain(SLACK_TEXT.t(locale, 'choose'), LIMITS.placeholder), options };
      return [...actionsBlocks([select], blockId), ...hint, ...(omitted ? [context(SLACK_TEXT.t(locale, 'tooManyOptions'))] : [])];
    }
    case 'multi-choice': {
      const small = input.options.length <= LIMITS.checkboxOptions;
      const { options, omitted } = selectOptions(input.options, small ? LIMITS.checkboxOptions : LIMITS.selectOptions);
      if (options.length === 0) return [context(SLACK_TEXT.t(locale, 'typeList'))];
      const picker: ActionsElement = small
        ? { type: 'checkboxes', action_id: ACTION_IDS.multi, options }
        : { type: 'multi_static_select', action_id: ACTION_IDS.multi, placeholder: plain(SLACK_TEXT.t(locale, 'choose'), LIMITS.placeholder), options };
      const submit: types.Button = { type: 'button', action_id: ACTION_IDS.multiSubmit, text: plain(SLACK_TEXT.t(locale, 'submit'), LIMITS.buttonLabel), style: 'primary', value: 'submit' };
      return [
        ...actionsBlocks([picker, submit], blockId),
        ...(input.allowOther ? [context(SLACK_TEXT.t(locale, 'typeOther'))] : []),
        ...(omitted ? [context(SLACK_TEXT.t(locale, 'tooManyOptions'))] : []),
      ];
    }
    case 'date': {
      const picker: types.Datepicker = { type: 'datepicker', action_id: ACTION_IDS.date, placeholder: plain(SLACK_TEXT.t(locale, 'pickDate'), LIMITS.placeholder) };
      if (q.suggested && /^\d{4}-\d{2}-\d{2}$/.test(q.suggested)) picker.initial_date = q.suggested;
      return actionsBlocks([picker], blockId);
    }
    case 'time':
      return actionsBlocks([{ type: 'timepicker', action_id: ACTION_IDS.time, placeholder: plain(SLACK_TEXT.t(locale, 'pickTime'), LIMITS.placeholder) }], blockId);
    case 'datetime':
      return actionsBlocks(
        [
          { type: 'datepicker', action_id: ACTION_IDS.dtDate, placeholder: plain(SLACK_TEXT.t(locale, 'pickDate'), LIMITS.placeholder) },
          { type: 'timepicker', action_id: ACTION_IDS.dtTime, placeholder: plain(SLACK_TEXT.t(locale, 'pickTime'), LIMITS.placeholder) },
          { type: 'button', action_id: ACTION_IDS.dtSubmit, text: plain(SLACK_TEXT.t(locale, 'submit'), LIMITS.buttonLabel), style: 'primary', value: 'submit' },
        ],
        blockId,
      );
    case 'user':
      return actionsBlocks([{ type: 'users_select', action_id: ACTION_IDS.user, placeholder: plain(SLACK_TEXT.t(locale, 'pickUser'), LIMITS.placeholder) }], blockId);
    case 'number':
    case 'duration':
    case 'url':
      return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
  }
}

/** One button per option, each carrying its complete answer; empty when one would not fit. */
function answerButtons(q: Question, options: Array<{ value: string; label: string }>, ids: ActionIds, blockId: string): Block[] {
  const buttons: types.Button[] = [];
  for (const option of options) {
    const b = button({ label: option.label, action: { kind: 'answer', ref: q.ref, value: { kind: 'choice', value: option.value } } }, ids);
    if (!b) return [];
    buttons.push(b);
  }
  return actionsBlocks(buttons, blockId);
}
