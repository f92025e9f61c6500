import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import type { DocumentLinkMaker } from '../../../src/documents/docx/download-link.js';
import type { Logger } from '../../../src/log/logger.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

/**
 * A download link for each document among the replies, by file name (what the card renderer looks
 * up). A link that cannot be made is left out: the card still shows the document.
 */
export async function documentLinks(make: DocumentLinkMaker | undefined, tenantId: TenantId, replies: Reply[], locale: Locale, log: Logger): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (!make) return links;
  for (const reply of replies) {
    if (reply.kind !== 'document') continue;
    try {
      links.set(reply.filename, await make(tenantId, reply, locale));
    } catch (error) {
      log.warn({ err: error, tenantId, document: reply.filename }, 'Teams: no Word download link for this document');
    }
  }
  return links;
}
