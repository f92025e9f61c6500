import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { fold } from '../core/i18n/format.js';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

/** A metric's identifier as stored: what a team's own metric is called, folded ("Inscriptions" → `inscriptions`). */
export const metricSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

/** A team declares few metrics of its own; far above that is a typo loop, not a plan. */
export const MAX_CUSTOM_METRICS = 30;

/** A metric the team tracks besides the built-in ones, declared once (`kpi mesure inscriptions`), then recorded like any. */
export const customMetricSchema = z.object({
  /** `<tenant>|<slug>`: declaring the same name twice is one metric. */
  _id: z.string(),
  tenantId: tenantIdField,
  slug: metricSlugSchema,
  /** As the team wrote it, for display. */
  name: z.string().min(1).max(40),
  createdBy: z.string().optional(),
  createdAt: z.date(),
});
export type CustomMetric = z.infer<typeof customMetricSchema>;

/** "Inscriptions à l’infolettre" → `inscriptions-a-l-infolettre`; undefined when nothing is left or it is too long. */
export function slugOf(name: string): string | undefined {
  const slug = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return metricSlugSchema.safeParse(slug).success ? slug : undefined;
}

export class CustomMetricRepository extends TenantRepository<CustomMetric> {
  constructor(db: Db) {
    super(db, 'kpi_metrics', customMetricSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, slug: 1 }, name: 'tenant_slug' }];
  }

  async all(tenantId: TenantId): Promise<CustomMetric[]> {
    return this.findMany(tenantId, {}, { sort: { slug: 1 }, limit: MAX_CUSTOM_METRICS });
  }

  /** Declares it; false when it was already there. */
  async declare(metric: CustomMetric): Promise<boolean> {
    const { _id, tenantId, ...rest } = this.parse(metric);
    const before = await this.collection.findOneAndUpdate({ _id, tenantId } as never, { $setOnInsert: rest }, { upsert: true, returnDocument: 'before' });
    return before === null;
  }
}
