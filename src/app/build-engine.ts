import { STEPS } from '../../conversations/index.js';
import type { CommandHandler } from '../core/commands/command.js';
import type { FormDefinition } from '../core/dialogue/form.js';
import { createEngine } from '../core/engine.js';
import type { Engine } from '../core/ports/engine.js';
import type { TenantStore, UserStore } from '../core/ports/stores.js';
import type { EngineLog, StepCompleteHook } from '../core/turn.js';
import { DOCUMENTS } from '../documents/index.js';
import { METHOD_RULE } from '../plan/next-step.js';
import { detectPitfalls } from '../plan/pitfalls.js';
import { teamPitfalls } from '../activity/team-pitfalls.js';
import { staffPolicyStore } from '../policy/staff-policy-store.js';
import type { Repositories } from './repositories.js';

export interface EngineOptions {
  repositories: Repositories;
  defaults: { locale: 'fr' | 'en'; timeZone: string };
  log: EngineLog;
  commands?: readonly CommandHandler[];
  forms?: readonly FormDefinition[];
  onStepComplete?: StepCompleteHook;
  clock?: () => Date;
}

/** The engine over Boussole's repositories, steps, documents and pitfall checks. */
export function buildEngine(options: EngineOptions): Engine {
  const { repositories: repos, defaults } = options;
  const tenants: TenantStore = {
    async ensure(tenantId, platform, externalId) {
      const tenant = await repos.tenants.ensure({
        _id: tenantId,
        tenantId,
        platform,
        externalId,
        locale: defaults.locale,
        timeZone: defaults.timeZone,
        owners: [],
        channels: {},
        reminders: { leadMinutes: [24 * 60, 60], followUp: false },
        digest: { weekday: 1, hour: 9 },
      });
      return { tenantId, locale: tenant.locale, timeZone: tenant.timeZone, owners: tenant.owners, ...(tenant.name ? { name: tenant.name } : {}) };
    },
  };
  const users: UserStore = {
    async touch(tenantId, userId, name) {
      const prefs = await repos.userPrefs.touch(tenantId, userId, name);
      return { ...(prefs.locale ? { locale: prefs.locale } : {}), ...(prefs.localeFrom ? { localeFrom: prefs.localeFrom } : {}) };
    },
    setLocale: (tenantId, userId, locale, from) => repos.userPrefs.setLocale(tenantId, userId, locale, from),
  };
  return createEngine({
    steps: STEPS,
    method: METHOD_RULE,
    plans: repos.plans,
    sessions: repos.sessions,
    tenants,
    users,
    acks: staffPolicyStore(repos.policyAcks, repos.policyStates),
    documents: DOCUMENTS,
    pitfalls: (read, team) => (team ? teamPitfalls(repos, team.tenantId, read, team.progress) : detectPitfalls(read)),
    ...(options.commands ? { commands: options.commands } : {}),
    forms: { definitions: options.forms ?? [], sessions: repos.formSessions },
    ...(options.onStepComplete ? { onStepComplete: options.onStepComplete } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    log: options.log,
  });
}
