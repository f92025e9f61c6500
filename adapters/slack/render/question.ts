import type { types } from '@slack/bolt';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Option, Reply } from '../../../src/core/replies.js';
import { ACTION_IDS, encodeRefBlockId, type ModalRequest } from '../action-codec.js';
import { SLACK_TEXT } from '../i18n.js';
import { ActionIds, actionsBlocks, button, context, fullLabels, plain, selectOptions, type ActionsElement, type Block } from './elements.js';
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
  blocks.push(...fullLabels(q.buttons), ...actionsBlocks(controls));
  return blocks;
}

function inputBlocks(q: Question, locale: Locale, ids: ActionIds): Block[] {
  const blockId = encodeRefBlockId(q.ref);
  const input = q.input;
  // The stored answer (after Back) preselected, so that submitting unchanged keeps it.
  const initial = q.initial;
  const chosen = (options: Option[]) => (initial?.kind === 'choices' ? options.filter((o) => initial.values.includes(o.value)) : []);
  const day = initial?.kind === 'date' || initial?.kind === 'datetime' ? initial.date : undefined;
  const hour = initial?.kind === 'time' || initial?.kind === 'datetime' ? initial.time : undefined;
  // Without a block id the answer could not be tied to its question: typing still works.
  if (!blockId) return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
  switch (input.kind) {
    case 'text': {
      if (!input.multiline) return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
      const request: ModalRequest = {
        ref: q.ref,
        maxLength: Math.min(Math.max(1, input.maxLength), LIMITS.plainTextInput),
        locale,
        ...(input.placeholder ? { placeholder: input.placeholder.slice(0, LIMITS.placeholder) } : {}),
        ...(initial?.kind === 'text' ? { initial: initial.text.slice(0, LIMITS.plainTextInput) } : {}),
      };
      // The button's value holds at most 2,000 characters: a longer stored answer is left out.
      if (request.initial !== undefined && JSON.stringify(request).length > 2000) delete request.initial;
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
      const current = options.find((o) => chosen(input.options).some((c) => c.value === o.value));
      if (current) select.initial_option = current;
      return [...actionsBlocks([select], blockId), ...hint, ...(omitted ? [context(SLACK_TEXT.t(locale, 'tooManyOptions'))] : [])];
    }
    case 'multi-choice': {
      const small = input.options.length <= LIMITS.checkboxOptions;
      const { options, omitted } = selectOptions(input.options, small ? LIMITS.checkboxOptions : LIMITS.selectOptions);
      if (options.length === 0) return [context(SLACK_TEXT.t(locale, 'typeList'))];
      const current = options.filter((o) => chosen(input.options).some((c) => c.value === o.value));
      const preselected = current.length ? { initial_options: current } : {};
      const picker: ActionsElement = small
        ? { type: 'checkboxes', action_id: ACTION_IDS.multi, options, ...preselected }
        : { type: 'multi_static_select', action_id: ACTION_IDS.multi, placeholder: plain(SLACK_TEXT.t(locale, 'choose'), LIMITS.placeholder), options, ...preselected };
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
      if (day) picker.initial_date = day;
      return actionsBlocks([picker], blockId);
    }
    case 'time':
      return actionsBlocks([{ type: 'timepicker', action_id: ACTION_IDS.time, placeholder: plain(SLACK_TEXT.t(locale, 'pickTime'), LIMITS.placeholder), ...(hour ? { initial_time: hour } : {}) }], blockId);
    case 'datetime':
      return actionsBlocks(
        [
          { type: 'datepicker', action_id: ACTION_IDS.dtDate, placeholder: plain(SLACK_TEXT.t(locale, 'pickDate'), LIMITS.placeholder), ...(day ? { initial_date: day } : {}) },
          { type: 'timepicker', action_id: ACTION_IDS.dtTime, placeholder: plain(SLACK_TEXT.t(locale, 'pickTime'), LIMITS.placeholder), ...(hour ? { initial_time: hour } : {}) },
          { type: 'button', action_id: ACTION_IDS.dtSubmit, text: plain(SLACK_TEXT.t(locale, 'submit'), LIMITS.buttonLabel), style: 'primary', value: 'submit' },
        ],
        blockId,
      );
    case 'user':
      return actionsBlocks(
        [{ type: 'users_select', action_id: ACTION_IDS.user, placeholder: plain(SLACK_TEXT.t(locale, 'pickUser'), LIMITS.placeholder), ...(initial?.kind === 'user' && slackUserId(initial.id) ? { initial_user: slackUserId(initial.id) } : {}) }],
        blockId,
      );
    case 'number':
    case 'duration':
    case 'url':
      return [context(SLACK_TEXT.t(locale, 'typeAnswer'))];
  }
}

/** A stored user's Slack id ("slack:U123" or "U123"), when it is one. */
function slackUserId(id: string): string | undefined {
  const bare = id.replace(/^slack:/, '');
  return /^[UW][A-Z0-9]{2,}$/.test(bare) ? bare : undefined;
}

/** One button per option, each carrying its complete answer; empty when one would not fit. */
function answerButtons(q: Question, options: Array<{ value: string; label: string }>, ids: ActionIds, blockId: string): Block[] {
  const buttons: types.Button[] = [];
  const replyButtons = options.map((option) => ({ label: option.label, action: { kind: 'answer' as const, ref: q.ref, value: { kind: 'choice' as const, value: option.value } } }));
  for (const reply of replyButtons) {
    const b = button(reply, ids);
    if (!b) return [];
    buttons.push(b);
  }
  return [...fullLabels(replyButtons), ...actionsBlocks(buttons, blockId)];
}
