import type { Locale } from '../../core/i18n/locale.js';
import type { Reply } from '../../core/replies.js';
import type { PublicUrl } from '../../links/public-url.js';
import type { DocumentLinks } from './document-links.js';
import { wordCopy } from './word-copy.js';
import type { TenantId } from '../../core/tenant-id.js';

export type DocumentLinkMaker = (tenantId: TenantId, document: Extract<Reply, { kind: 'document' }>, locale: Locale) => Promise<string>;

/** A short-lived private link to the Word copy of a document (`/documents/<token>.docx`). */
export function documentLinkMaker(deps: { links: DocumentLinks; publicUrl: PublicUrl; clock?: () => Date }): DocumentLinkMaker {
  const clock = deps.clock ?? (() => new Date());
  return async (tenantId, document, locale) => {
    const now = clock();
    const word = await wordCopy(document, locale, now);
    const token = await deps.links.create(tenantId, word.filename, word.bytes, now);
    return deps.publicUrl.to(`/documents/${token}.docx`);
  };
}
