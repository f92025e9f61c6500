import type { CommandContext } from '../commands/command.js';
import type { Bilingual } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import type { Question, StepAnswers } from './types.js';

/**
 * A short dialogue outside the ten steps (adding a calendar entry, logging a comment): its
 * questions are asked like a step's, its answers kept in the form's session, and `complete`
 * acts on them once the last one is answered. A form in progress takes the typed answers; a step
 * paused under it resumes afterwards with `continue`.
 */
export interface FormDefinition {
  id: string;
  title: Bilingual;
  questions: Question[];
  complete(answers: StepAnswers, ctx: CommandContext): Promise<Reply[]>;
}
