import type { types } from '@slack/bolt';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { MODAL_BLOCK_ID, MODAL_INPUT_ID, VIEW_CALLBACK_ID, type ModalMetadata, type ModalRequest } from '../action-codec.js';
import { SLACK_TEXT } from '../i18n.js';
import { plain } from './elements.js';
import { LIMITS } from './limits.js';

/** The modal for a long answer: one multi-line input; it remembers its question and DM. */
export function answerModal(request: ModalRequest, channel: string | undefined, locale: Locale): types.ModalView {
  const metadata: ModalMetadata = { ref: request.ref, ...(channel ? { channel } : {}) };
  const input: types.PlainTextInput = {
    type: 'plain_text_input',
    action_id: MODAL_INPUT_ID,
    multiline: true,
    max_length: Math.min(request.maxLength, LIMITS.plainTextInput),
    ...(request.placeholder ? { placeholder: plain(request.placeholder, LIMITS.placeholder) } : {}),
    ...(request.initial ? { initial_value: request.initial } : {}),
  };
  return {
    type: 'modal',
    callback_id: VIEW_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: plain(SLACK_TEXT.t(locale, 'modalTitle'), LIMITS.modalTitle),
    submit: plain(SLACK_TEXT.t(locale, 'submit'), LIMITS.modalButton),
    close: plain(SLACK_TEXT.t(locale, 'cancel'), LIMITS.modalButton),
    blocks: [{ type: 'input', block_id: MODAL_BLOCK_ID, label: plain(SLACK_TEXT.t(locale, 'answerTitle'), 2000), element: input }],
  };
}
