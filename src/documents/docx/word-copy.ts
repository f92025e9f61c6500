import { dayInWords } from '../../core/i18n/format.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Reply } from '../../core/replies.js';

type DocumentReply = Extract<Reply, { kind: 'document' }>;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `plan-musee.md` -> `plan-musee.docx`. */
export function docxFilename(filename: string): string {
  return `${filename.replace(/\.md$/i, '')}.docx`;
}

/** The Word copy of a document reply, as the adapters deliver it next to (or instead of) the Markdown. */
export async function wordCopy(document: DocumentReply, locale: Locale, now = new Date()): Promise<{ filename: string; bytes: Buffer }> {
  const edition = document.edition ?? { version: '1', date: dayInWords({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() }, locale, false) };
  // The Word library (about 3 MB of heap) is loaded with the first document asked for, not with the server.
  const { buildDocx } = await import('./build-docx.js');
  const bytes = await buildDocx({ title: document.title, markdown: document.markdown, locale, edition });
  return { filename: docxFilename(document.filename), bytes };
}
