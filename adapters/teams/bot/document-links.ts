import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import type { DocumentLinkMaker } from '../../../src/documents/docx/download-link.js';

/** A download link for each document among the replies, by file name (what the card renderer looks up). */
export async function documentLinks(make: DocumentLinkMaker | undefined, tenantId: string, replies: Reply[], locale: Locale): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (!make) return links;
  for (const reply of replies) if (reply.kind === 'document') links.set(reply.filename, await make(tenantId, reply, locale));
  return links;
}
