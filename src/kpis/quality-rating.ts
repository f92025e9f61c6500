import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const MAX_QUALITY_NOTES = 500;

/**
 * Step 10's conversation-quality rating: the method warns that counting "friends" says less than
 * the quality of the conversations, so the team rates them, 1 to 5, with notes, at its cadence.
 */
export const qualityRatingSchema = z.object({
  /** `<tenant>|<day>`: rating again the same day corrects the rating. */
  _id: z.string(),
  tenantId: tenantIdField,
  rating: z.number().int().min(1).max(5),
  notes: z.string().max(MAX_QUALITY_NOTES).optional(),
  /** The day in the tenant's time zone, 'YYYY-MM-DD'. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  at: z.date(),
  ratedBy: z.string().optional(),
});
export type QualityRating = z.infer<typeof qualityRatingSchema>;

export class QualityRatingRepository extends TenantRepository<QualityRating> {
  constructor(db: Db) {
    super(db, 'quality_ratings', qualityRatingSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, at: -1 }, name: 'tenant_at' }];
  }

  async record(rating: QualityRating): Promise<QualityRating> {
    const { _id, tenantId, ...rest } = this.parse(rating);
    // Without notes this time, earlier notes of the same day do not linger.
    const update = rest.notes === undefined ? { $set: rest, $unset: { notes: true as const } } : { $set: rest };
    return (await this.update(tenantId, { _id }, update, { upsert: true }))!;
  }

  /** The latest ratings, oldest first. */
  async latest(tenantId: TenantId, limit: number): Promise<QualityRating[]> {
    return (await this.findMany(tenantId, {}, { sort: { at: -1 }, limit })).reverse();
  }
}
