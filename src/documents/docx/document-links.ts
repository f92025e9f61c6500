import { Binary, type Db, type IndexDescription } from 'mongodb';
import { z } from 'zod';
import { hashToken, newPrivateToken, tokenMatches } from '../../links/private-token.js';
import { TenantRepository } from '../../store/repository.js';
import { type TenantId, tenantIdField } from '../../core/tenant-id.js';

/** Long enough to click the link in the card, short enough that a forwarded card soon opens nothing. */
export const DOCUMENT_LINK_TTL_MS = 30 * 60_000;

const linkSchema = z.object({
  /** The token's SHA-256: the token itself is only in the link. */
  _id: z.string().regex(/^[0-9a-f]{64}$/),
  tenantId: tenantIdField,
  filename: z.string().min(1).max(200),
  data: z.instanceof(Binary),
  expiresAt: z.date(),
  createdAt: z.date(),
});
type DocumentLink = z.infer<typeof linkSchema>;

/**
 * Short-lived private download links, one document each (Teams has no file upload without
 * Microsoft Graph): the Word file is kept with the link, so the link gives exactly what the card
 * showed, and expires with it.
 */
export class DocumentLinks extends TenantRepository<DocumentLink> {
  constructor(db: Db) {
    super(db, 'document_links', linkSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { expiresAt: 1 }, name: 'expires_at' }];
  }

  /** Keeps the file behind a new token (returned once) and drops the expired links. */
  async create(tenantId: TenantId, filename: string, bytes: Buffer, now: Date): Promise<string> {
    await this.collection.deleteMany({ expiresAt: { $lte: now } });
    const token = newPrivateToken();
    await this.insert({ _id: hashToken(token), tenantId, filename, data: new Binary(bytes), expiresAt: new Date(now.getTime() + DOCUMENT_LINK_TTL_MS), createdAt: now });
    return token;
  }

  /** The file a token opens, while it has not expired. */
  async open(token: string, now: Date): Promise<{ filename: string; bytes: Buffer } | undefined> {
    const doc = await this.collection.findOne({ _id: hashToken(token) });
    if (!doc) return undefined;
    const link = this.parse(doc);
    if (!tokenMatches(token, link._id) || link.expiresAt.getTime() <= now.getTime()) return undefined;
    return { filename: link.filename, bytes: Buffer.from(link.data.buffer) };
  }
}
