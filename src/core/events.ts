import type { Locale } from './i18n/locale.js';
import type { AnswerInput, QuestionRef } from './replies.js';
import { makeTenantId, type TenantId } from './tenant-id.js';

export type Platform = 'slack' | 'teams' | 'console';

/** Who the event comes from. Admin is what the platform says (workspace admin/owner, Teams owner). */
export interface InboundUser {
  id: string;
  name?: string;
  isAdmin: boolean;
}

export interface InboundConversation {
  id: string;
  kind: 'direct' | 'channel' | 'group';
}

/**
 * What the user did, normalized:
 * - `command`: an explicit command (Slack's `/boussole …`), the text after the command word;
 * - `message`: text typed in the conversation — an answer to the pending question, or a command;
 * - `action`: a button, a select, a picker or a form submission.
 */
export type InboundInput =
  | { kind: 'command'; text: string }
  | { kind: 'message'; text: string }
  | { kind: 'action'; action: Action };

/** One normalized event from any platform. */
export interface InboundEvent {
  /** The tenant: a Slack workspace or Grid org, a Teams tenant + team (or personal scope), the console. */
  tenant: { platform: Platform; id: string };
  user: InboundUser;
  conversation: InboundConversation;
  /** The language the platform reports for the user, when it does. */
  locale?: Locale;
  input: InboundInput;
}

/** What a control carries back: enough for the engine to act and to recognize a stale question. */
export type Action =
  | { kind: 'answer'; ref: QuestionRef; value: AnswerInput }
  | { kind: 'control'; control: ControlName; ref?: QuestionRef }
  | { kind: 'command'; text: string };

export type ControlName = 'back' | 'skip' | 'cancel' | 'review' | 'complete' | 'add-another' | 'done';

export function tenantIdOf(event: Pick<InboundEvent, 'tenant'>): TenantId {
  return makeTenantId(event.tenant.platform, event.tenant.id);
}
