import { createHash } from 'node:crypto';
import { readStep4 } from '../../conversations/step-04-content.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import type { UserValue } from '../core/dialogue/values.js';
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

function instant(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function shortRef(step: number, itemId: string): string {
  return `s${step}-${createHash('sha1').update(itemId).digest('hex').slice(0, 5)}`;
}

/** The dated items of steps 4 and 6 (date-times are stored as ISO instants). */
export function planEntries(plan: Plan): PlanEntry[] {
  const entries: PlanEntry[] = [];
  for (const item of readStep4(stepOf(plan, 4).answers).calendar) {
    const at = instant(item.at);
    const topic = item.topic;
    if (!at || !topic) continue;
    entries.push({
      id: `4:${item._id}`,
      ref: shortRef(4, item._id),
      kind: 'post',
      at,
      topic,
      platform: item.platform,
      owner: item.owner,
      material: item.postMaterial,
    });
  }
  for (const item of readStep6(stepOf(plan, 6).answers).training) {
    const at = instant(item.at);
    const topic = item.topic;
    if (!at || !topic) continue;
    entries.push({ id: `6:${item._id}`, ref: shortRef(6, item._id), kind: 'training', at, topic, material: item.attendees });
  }
  return entries;
}
