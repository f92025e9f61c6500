import { createHash } from 'node:crypto';
import { groupItems, userValueSchema, type UserValue } from '../core/dialogue/values.js';
import { stepOf, type Plan } from '../plan/plan.js';

/** A calendar entry as the plan describes it (step 4's `calendar` group, step 6's `training` group). */
export interface PlanEntry {
  id: string;
  ref: string;
  kind: 'post' | 'training';
  at: Date;
  topic: string;
  platform?: string;
  owner?: UserValue;
  material?: string;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function instant(value: unknown): Date | undefined {
  const text = str(value);
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function user(value: unknown): UserValue | undefined {
  const parsed = userValueSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function shortRef(step: number, itemId: string): string {
  return `s${step}-${createHash('sha1').update(itemId).digest('hex').slice(0, 5)}`;
}

/** The dated items of steps 4 and 6 (date-times are stored as ISO instants). */
export function planEntries(plan: Plan): PlanEntry[] {
  const entries: PlanEntry[] = [];
  for (const item of groupItems(stepOf(plan, 4).answers.calendar)) {
    const at = instant(item.at);
    const topic = str(item.topic);
    if (!at || !topic) continue;
    entries.push({
      id: `4:${item._id}`,
      ref: shortRef(4, item._id),
      kind: 'post',
      at,
      topic,
      platform: str(item.platform),
      owner: user(item.owner),
      material: Array.isArray(item.material) ? item.material.join(', ') : str(item.material),
    });
  }
  for (const item of groupItems(stepOf(plan, 6).answers.training)) {
    const at = instant(item.at);
    const topic = str(item.topic);
    if (!at || !topic) continue;
    entries.push({ id: `6:${item._id}`, ref: shortRef(6, item._id), kind: 'training', at, topic, material: str(item.attendees) });
  }
  return entries;
}
