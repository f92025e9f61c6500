import type { InboundEvent } from '../events.js';
import type { Bilingual, Locale } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import type { StepAnswers, StepNumber } from '../dialogue/types.js';
import type { Turn } from '../turn.js';
import type { TenantId } from '../tenant-id.js';

/** What a command handler knows about who asks, where and when. */
export interface CommandContext {
  tenantId: TenantId;
  user: { id: string; name?: string; isOwner: boolean };
  locale: Locale;
  timeZone: string;
  now: Date;
  /** The answers of one step of this tenant's plan. */
  answers(step: StepNumber): Promise<StepAnswers>;
  event: InboundEvent;
  /** Starts a form (a short dialogue) with some answers already given; returns its first question. */
  startForm(formId: string, given?: StepAnswers): Promise<Reply[]>;
}

/**
 * Everything about one command except how it runs: one entry of the registry, from which the
 * router, the help, the Teams manifest and command detection all derive.
 */
export interface CommandSpec {
  id: string;
  /**
   * The words that call it, in each language, as people write them (accents included): matched
   * case- and accent-insensitively against the first word typed; the rest is passed as `args`.
   */
  words: { fr: readonly string[]; en: readonly string[] };
  /** The help line: e.g. "calendar add <date> | <platform> | <topic>"; also shown on bad arguments. */
  usage: Bilingual;
  summary: Bilingual;
  /**
   * Where help shows it: in the list of commands, or only by its usage on the line about what
   * works during a questionnaire (back, skip…).
   */
  helpSection: 'commands' | 'questionnaire';
  /** Its line in the Teams app's command menu (at most 10 are listed; title ≤ 32, description ≤ 128). */
  manifest?: { title: Bilingual; description: Bilingual };
  ownerOnly?: boolean;
}

/** A feature's command (calendar, comments…), bound to the services it drives. */
export interface CommandHandler extends CommandSpec {
  run(args: string, ctx: CommandContext): Promise<Reply[]>;
}

/** A command of the conversation core itself (status, steps, documents…): it sees the whole turn. */
export interface CoreCommand extends CommandSpec {
  runCore(turn: Turn, args: string): Promise<Reply[]>;
}

/** One entry of the registry as the router holds it. */
export type Command = CoreCommand | CommandHandler;
