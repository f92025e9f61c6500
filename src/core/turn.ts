import type { CommandHandler } from './commands/command.js';
import type { StepDefinition, StepNumber } from './dialogue/types.js';
import type { InboundEvent } from './events.js';
import type { Locale } from './i18n/locale.js';
import { message, type MessageArgs, type MessageKey } from './i18n/messages.js';
import type { DocumentDefinition, PitfallDetector } from './ports/documents.js';
import type { FormDefinition } from './dialogue/form.js';
import type { AckStore, Actor, FormSessionStore, PlanStore, PlanView, SessionStore, StepStatus, TenantView, UserStore, TenantStore } from './ports/stores.js';
import type { Reply } from './replies.js';
import type { TenantId } from './tenant-id.js';

export interface EngineLog {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type StepCompleteHook = (
  tenantId: TenantId,
  step: StepNumber,
  plan: PlanView,
  context: { locale: Locale; conversationId: string },
) => Promise<Reply[] | void>;

/**
 * The method's order (src/plan/next-step.ts): which step to propose next and which steps keep a
 * step locked. Passed in, so that the core depends on no other folder.
 */
export interface MethodRule {
  nextStep(steps: readonly StepDefinition[], status: (n: StepNumber) => StepStatus): StepDefinition | undefined;
  lockedBy(step: StepDefinition, status: (n: StepNumber) => StepStatus): StepNumber[];
}

/** Everything the engine is built from (wired by the composition root). */
export interface EngineDeps {
  steps: readonly StepDefinition[];
  method: MethodRule;
  plans: PlanStore;
  sessions: SessionStore;
  tenants: TenantStore;
  users: UserStore;
  acks: AckStore;
  documents: readonly DocumentDefinition[];
  pitfalls?: PitfallDetector;
  /** Commands of the features (calendar, comments, KPIs, digest, settings). */
  commands?: readonly CommandHandler[];
  /**
   * Called once a step is complete (e.g. to turn calendar answers into scheduled entries, or
   * step 7's channels into settings); what it returns is said to the person after the completion.
   */
  onStepComplete?: StepCompleteHook;
  /** Short dialogues outside the steps (e.g. adding a calendar entry), and where they are kept. */
  forms?: { definitions: readonly FormDefinition[]; sessions: FormSessionStore };
  log: EngineLog;
  clock?: () => Date;
  newId?: () => string;
}

/** One event being handled: who, where, in which language, and the dependencies. */
export interface Turn {
  deps: EngineDeps;
  event: InboundEvent;
  tenant: TenantView;
  tenantId: TenantId;
  actor: Actor;
  isOwner: boolean;
  locale: Locale;
  now: Date;
  newId: () => string;
  t<K extends MessageKey>(key: K, ...params: MessageArgs<K>): string;
  text<K extends MessageKey>(key: K, ...params: MessageArgs<K>): Reply;
  step(n: number): StepDefinition | undefined;
}

export function makeTurn(deps: EngineDeps, event: InboundEvent, tenant: TenantView, tenantId: TenantId, locale: Locale, newId: () => string): Turn {
  const t = <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => message(locale, key, ...params);
  return {
    deps,
    event,
    tenant,
    tenantId,
    actor: { id: event.user.id, ...(event.user.name ? { name: event.user.name } : {}) },
    isOwner: event.user.isAdmin || tenant.owners.includes(event.user.id),
    locale,
    now: deps.clock?.() ?? new Date(),
    newId,
    t,
    text: (key, ...params) => ({ kind: 'text', text: t(key, ...params) }),
    step: (n) => deps.steps.find((s) => s.number === n),
  };
}
