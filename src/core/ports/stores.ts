import type { Platform } from '../events.js';
import type { LocaleSource, StoredLanguage } from '../i18n/person-language.js';
import type { StepNumber } from '../dialogue/types.js';
import type { AnswerValue, ScalarValue } from '../dialogue/values.js';
import type { Locale } from '../i18n/locale.js';
import type { TenantId } from '../tenant-id.js';

/** Who did something, as shown in status and history. */
export interface Actor {
  id: string;
  name?: string;
}

export type StepStatus = 'not-started' | 'in-progress' | 'complete' | 'skipped';

export interface StepView {
  status: StepStatus;
  answers: Record<string, AnswerValue>;
  startedBy?: Actor;
  startedAt?: string;
  completedBy?: Actor;
  completedAt?: string;
  firstCompletedAt?: string;
  updatedAt?: string;
}

export interface PlanView {
  tenantId: TenantId;
  version: number;
  step(number: StepNumber): StepView;
  updatedAt: string;
}

/** Where one answer goes: a top-level question, or one question of one item of a group. */
export type AnswerPath = { key: string } | { group: string; itemId: string; key: string; newItem: boolean };

/** The plan, as the engine needs it. Each write touches one path, so concurrent writers never lose each other's answers. */
export interface PlanStore {
  get(tenantId: TenantId): Promise<PlanView>;
  /** Marks the step in progress (keeping who started it first); false when it is complete. */
  start(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean>;
  /** Saves one answer and records it in the history; false when the step is not in progress. */
  setAnswer(tenantId: TenantId, step: StepNumber, path: AnswerPath, value: ScalarValue, actor: Actor): Promise<boolean>;
  /**
   * Changes one field of an existing group item whatever the step's status (a complete step stays
   * complete), history recorded; false when there is no such item. For commands that keep one
   * answer current after the step (step 8's leader status).
   */
  setItemAnswer(tenantId: TenantId, step: StepNumber, path: { group: string; itemId: string; key: string }, value: ScalarValue, actor: Actor): Promise<boolean>;
  /** Removes one answer or one group item (history recorded). */
  unsetAnswer(tenantId: TenantId, step: StepNumber, path: { key: string } | { group: string; itemId: string }, actor: Actor): Promise<void>;
  /** Seeds group items (e.g. suggestions carried from an earlier step). */
  addItems(tenantId: TenantId, step: StepNumber, group: string, items: Array<Record<string, ScalarValue>>, actor: Actor): Promise<void>;
  complete(tenantId: TenantId, step: StepNumber, actor: Actor, status?: 'complete' | 'skipped'): Promise<boolean>;
  reopen(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean>;
  history(tenantId: TenantId, step: StepNumber, limit: number): Promise<HistoryEntry[]>;
  /**
   * The stores as one turn sees them, when the store can do better than one round trip per call:
   * the plan and the person's cursors read once, an answer written with the cursor's move.
   */
  forTurn?(): TurnStores;
}

/**
 * One turn's plan, sessions and form sessions. Writes may wait for the next one (an answer goes
 * with the session's move); `flush` ends the turn, writing what waits. A write whose condition no
 * longer holds when it is made throws `PlanChanged`.
 */
export interface TurnStores {
  plans: PlanStore;
  sessions: SessionStore;
  formSessions: FormSessionStore;
  flush(): Promise<void>;
}

/** An answer not saved: its step was no longer in progress when the write was made (a teammate completed it). */
export class PlanChanged extends Error {
  constructor(readonly step: StepNumber) {
    super(`step ${step} is no longer in progress`);
    this.name = 'PlanChanged';
  }
}

export interface HistoryEntry {
  step: number;
  key: string;
  before: unknown;
  after: unknown;
  by: Actor;
  at: string;
}

/** Where the user is in a dialogue. */
export type Position =
  | { at: 'question'; node: number; itemId?: string; q?: number }
  | { at: 'group-more'; node: number }
  | { at: 'review' };

export interface Session {
  tenantId: TenantId;
  userId: string;
  conversationId: string;
  step: StepNumber;
  /** Fingerprint of the step definition when the session started. */
  definition: string;
  turn: number;
  position: Position;
  trail: Position[];
  /** After an edit from the review, go back to the review. */
  returnToReview: boolean;
  /**
   * The answer the person was shown with the question (see answerFingerprint): another one at
   * answer time means a teammate changed it meanwhile, and their change is not overwritten blindly.
   */
  seen?: string;
  /** A short choice asked before the question goes on (see PendingChoice). */
  pending?: PendingChoice;
  updatedAt: string;
}

/**
 * A one-turn choice the dialogue waits for before anything else:
 * - `command-or-answer`: a reply that starts with a command word but may be an answer;
 * - `conflict`: the person's answer, held while they choose to keep a teammate's newer one (`by`
 *   them) or replace it.
 */
export type PendingChoice =
  | { kind: 'command-or-answer'; text: string }
  | { kind: 'conflict'; value: ScalarValue; by?: string };

export interface SessionStore {
  get(tenantId: TenantId, userId: string, conversationId: string): Promise<Session | null>;
  save(session: Session): Promise<void>;
  clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void>;
}

export interface TenantView {
  tenantId: TenantId;
  locale: Locale;
  timeZone: string;
  owners: string[];
  name?: string;
}

export interface TenantStore {
  /** Creates the tenant on first contact. */
  ensure(tenantId: TenantId, platform: Platform, externalId: string): Promise<TenantView>;
}

export interface UserStore {
  /**
   * Records the name last seen; returns the user's language, if any, and whether they chose it
   * (`langue`) or it is their platform's as last seen, which follows the platform.
   */
  touch(tenantId: TenantId, userId: string, name: string | undefined): Promise<StoredLanguage>;
  /** `from`: `chosen` by the person (the default), or their `platform`'s, kept for what Boussole says unprompted. */
  setLocale(tenantId: TenantId, userId: string, locale: Locale, from?: LocaleSource): Promise<void>;
}

/**
 * Where the staff policy stands (PROCESS.md, step 5): a draft (its discussion with staff planned),
 * discussed (on a past date, confirmed by an owner), then official with its date and version.
 */
export type StaffPolicyStatus =
  | { state: 'draft'; plannedOn?: string }
  | { state: 'discussed'; discussedOn: string }
  | { state: 'official'; discussedOn?: string; officialOn: string; version: string };

export interface AckStore {
  acknowledge(tenantId: TenantId, userId: string, policyVersion: string, name: string | undefined): Promise<'new' | 'already'>;
  /** The policy's state; acknowledgements are asked for, and recorded, only once it is official. */
  policyStatus(tenantId: TenantId, step5: { answers: Record<string, AnswerValue>; completedAt?: string }): Promise<StaffPolicyStatus>;
}

/** A form in progress for one user in one conversation (see FormDefinition). */
export interface FormSession {
  tenantId: TenantId;
  userId: string;
  conversationId: string;
  form: string;
  /** The index of the question being asked. */
  index: number;
  answers: Record<string, ScalarValue>;
  /** Questions answered, in order, for `back`. */
  trail: number[];
  turn: number;
  /** A reply that may be an answer or a command, waiting for the person to say which. */
  pending?: Extract<PendingChoice, { kind: 'command-or-answer' }>;
  updatedAt: string;
}

export interface FormSessionStore {
  get(tenantId: TenantId, userId: string, conversationId: string): Promise<FormSession | null>;
  save(session: FormSession): Promise<void>;
  clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void>;
}
