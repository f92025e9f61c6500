import type { RespondFn, webApi } from '@slack/bolt';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Reply } from '../../src/core/replies.js';
import { wordCopy } from '../../src/documents/docx/word-copy.js';
import { renderReplies, type DocumentReply, type SlackMessage } from './render/replies.js';

/** Posts replies into a conversation: Block Kit messages, then documents as files. */
export async function postReplies(client: webApi.WebClient, channel: string, replies: Reply[], locale: Locale): Promise<void> {
  const { messages, documents } = renderReplies(replies, locale);
  await postMessages(client, channel, messages);
  for (const document of documents) await uploadDocument(client, channel, document, locale);
}

export async function postMessages(client: webApi.WebClient, channel: string, messages: SlackMessage[]): Promise<void> {
  // In order: a dialogue's question must come after the text that introduces it.
  for (const message of messages) await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
}

/** The document as Markdown and Word files, in one message of the conversation (files.uploadV2). */
export async function uploadDocument(client: webApi.WebClient, channel: string, document: DocumentReply, locale: Locale): Promise<void> {
  const word = await wordCopy(document, locale);
  await client.files.uploadV2({
    channel_id: channel,
    file_uploads: [
      { filename: document.filename, title: document.title, content: document.markdown },
      { filename: word.filename, title: document.title, file: word.bytes },
    ],
  });
}

/** Answers through the command's response_url (no token needed, works in any channel). */
export async function respondMessages(respond: RespondFn, messages: SlackMessage[], visibility: 'ephemeral' | 'in_channel'): Promise<void> {
  for (const message of messages) {
    await respond({ response_type: visibility, replace_original: false, text: message.text, blocks: message.blocks });
  }
}
