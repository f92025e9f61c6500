import type { InboundEvent } from '../events.js';
import type { Bilingual, Locale } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import type { StepAnswers, StepNumber } from '../dialogue/types.js';

/** What a command handler knows about who asks, where and when. */
export interface CommandContext {
  tenantId: string;
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
 * One command of `/boussole …` (and of Teams chat). `words` are matched case- and
 * accent-insensitively against the first word typed; the rest is passed as `args`.
 */
export interface CommandHandler {
  id: string;
  words: { fr: string[]; en: string[] };
  summary: Bilingual;
  /** e.g. "calendar add <date> | <platform> | <topic>"; shown by help and on bad arguments. */
  usage: Bilingual;
  ownerOnly?: boolean;
  run(args: string, ctx: CommandContext): Promise<Reply[]>;
}
