import type { CalendarRepository } from '../calendar/calendar-repository.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { PeopleLookup } from '../core/ports/people.js';
import type { TenantId } from '../core/tenant-id.js';
import type { Logger } from '../log/logger.js';
import type { Plan } from '../plan/plan.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { UserPrefsRepository } from '../tenants/user-prefs.js';
import { namelessInPlan } from './nameless-in-plan.js';

/** A person no one could name is asked about again after this (they may join the team's roster). */
export const UNKNOWN_RETRY_MS = 6 * 60 * 60_000;
/** At most this many platform look-ups per tenant and run: the rest wait for the next run. */
const MAX_LOOKUPS = 100;
const MAX_REMEMBERED = 10_000;

/** Where comments keep people: who answers, the backup, whom an overdue comment goes to, the PR supervisor. */
const COMMENT_FIELDS = ['assignee', 'backup', 'escalationContact', 'supervisor'] as const;

type PersonFields = Pick<CommentRepository | CalendarRepository, 'idsWithoutName' | 'nameEverywhere'>;

export interface NameBackfillDeps {
  plans: Pick<PlanRepository, 'namePerson'>;
  comments: PersonFields;
  calendar: PersonFields;
  /** The name each person had when they last wrote to Boussole. */
  users: Pick<UserPrefsRepository, 'findMany'>;
  /** The tenant's platform, for people who never wrote. */
  people: PeopleLookup;
  log: Logger;
  now?: () => number;
}

/**
 * Gives their names to people stored by id only — saved before names were kept beside ids, or
 * picked when the platform did not know them — in the plan's answers, the comments and the
 * calendar, so every surface (replies, digest, alerts, documents, the calendar feed) shows a
 * name. A name comes from what the person last wrote under, else from the platform (Slack
 * `users.info`, the Teams roster); a person neither knows keeps the neutral word, and the
 * platform is asked again only after UNKNOWN_RETRY_MS.
 */
export class NameBackfill {
  private readonly unknownUntil = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly deps: NameBackfillDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Names what it can for one tenant; returns how many stored places got a name. */
  async run(tenantId: TenantId, plan: Plan | null): Promise<number> {
    const { plans, comments, calendar } = this.deps;
    const inPlan = plan ? namelessInPlan(plan) : [];
    const inComments = await Promise.all(COMMENT_FIELDS.map(async (field) => ({ field, ids: await comments.idsWithoutName(tenantId, field) })));
    const inCalendar = await calendar.idsWithoutName(tenantId, 'owner');
    const ids = new Set([...inPlan.map((p) => p.id), ...inComments.flatMap((c) => c.ids), ...inCalendar]);
    if (ids.size === 0) return 0;

    const names = await this.namesOf(tenantId, [...ids]);
    let filled = 0;
    for (const person of inPlan) {
      const name = names.get(person.id);
      if (name && (await plans.namePerson(tenantId, person.path, person.id, name))) filled += 1;
    }
    for (const { field, ids: fieldIds } of inComments) {
      for (const id of fieldIds) {
        const name = names.get(id);
        if (name) filled += await comments.nameEverywhere(tenantId, field, id, name);
      }
    }
    for (const id of inCalendar) {
      const name = names.get(id);
      if (name) filled += await calendar.nameEverywhere(tenantId, 'owner', id, name);
    }
    return filled;
  }

  private async namesOf(tenantId: TenantId, ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const user of await this.deps.users.findMany(tenantId, { userId: { $in: ids }, name: { $exists: true } })) {
      const name = user.name?.trim();
      if (name) names.set(user.userId, name);
    }
    const now = this.now();
    const ask = ids.filter((id) => !names.has(id) && (this.unknownUntil.get(`${tenantId}|${id}`) ?? 0) <= now).slice(0, MAX_LOOKUPS);
    if (ask.length === 0) return names;
    let found = new Map<string, string>();
    try {
      found = await this.deps.people.names(tenantId, ask);
    } catch (error) {
      this.deps.log.warn({ err: error, tenantId }, 'people could not be looked up on their platform; their names wait for the next run');
    }
    for (const id of ask) {
      const name = found.get(id)?.trim();
      if (name) names.set(id, name);
      else this.rememberUnknown(`${tenantId}|${id}`, now + UNKNOWN_RETRY_MS);
    }
    return names;
  }

  private rememberUnknown(key: string, until: number): void {
    this.unknownUntil.delete(key);
    if (this.unknownUntil.size >= MAX_REMEMBERED) this.unknownUntil.delete(this.unknownUntil.keys().next().value!);
    this.unknownUntil.set(key, until);
  }
}
