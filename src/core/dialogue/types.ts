import type { Bilingual, Locale } from '../i18n/locale.js';
import type { AnswerValue, ScalarValue, StepAnswers } from './values.js';

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const STEP_NUMBERS: StepNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** What a condition, a default or a check can read: this step's answers and the whole plan's. */
export interface DialogueContext {
  /** Answers of the step being answered (group items as stored). */
  answers: StepAnswers;
  /** Any step's answers. */
  step(number: StepNumber): StepAnswers;
  locale: Locale;
  timeZone: string;
  now: Date;
}

export interface Choice {
  value: string;
  label: Bilingual;
}

interface QuestionBase {
  /** Unique within its step (or its group); the key the answer is stored under. */
  key: string;
  prompt: Bilingual;
  /** The answer's name in documents, where a question ("Who answers it?") reads badly. */
  label?: Bilingual;
  help?: Bilingual;
  /** Optional questions can be skipped. */
  optional?: boolean;
  /** Asked only when this returns true. */
  when?: (ctx: DialogueContext) => boolean;
  /** A value proposed to the user, carried from earlier answers (e.g. step 1's influencers). */
  suggest?: (ctx: DialogueContext) => ScalarValue | undefined;
  /** A rule beyond the kind's own (e.g. "not in the past"): the refusal, said in both languages. */
  check?: (value: ScalarValue, ctx: DialogueContext) => Bilingual | undefined;
}

export type Question = QuestionBase &
  (
    | { kind: 'short-text'; maxLength?: number }
    | { kind: 'long-text'; maxLength?: number }
    | { kind: 'list'; maxItems?: number; itemMaxLength?: number; itemKind?: 'text' | 'url' }
    | { kind: 'choice'; choices: Choice[]; allowOther?: boolean }
    | { kind: 'multi-choice'; choices: Choice[]; allowOther?: boolean; min?: number }
    | { kind: 'yes-no' }
    | { kind: 'number'; min?: number; max?: number; integer?: boolean; unit?: Bilingual }
    /*
     * A date question that accepts a past day says so ("When does (or did) listening start?"):
     * there "September 1" or "Wednesday" reads as the last one; elsewhere a past day is refused.
     */
    | { kind: 'date'; allowPast?: boolean }
    | { kind: 'time' }
    | { kind: 'date-time'; allowPast?: boolean }
    | { kind: 'duration' }
    | { kind: 'url' }
    | { kind: 'user' }
  );

export type QuestionKind = Question['kind'];

/** A repeatable group: one item per audience, per platform, per calendar entry… */
export interface Group {
  kind: 'group';
  key: string;
  /** Introduces the group before its first item. */
  prompt: Bilingual;
  /** The group's name in documents. */
  label?: Bilingual;
  /** Names one item: "audience", "public". */
  itemLabel: Bilingual;
  questions: Question[];
  /** Fewest items before "done" is accepted (0 makes the group optional). */
  min?: number;
  max?: number;
  optional?: boolean;
  when?: (ctx: DialogueContext) => boolean;
  /** Items proposed from earlier answers (e.g. step 8's opinion leaders from step 1). */
  suggestItems?: (ctx: DialogueContext) => Array<Record<string, ScalarValue>>;
}

export type Node = Question | Group;

/** A warning shown at review time (never blocks completion): a pitfall, a method reminder. */
export interface StepCheck {
  id: string;
  check: (ctx: DialogueContext) => Bilingual | undefined;
}

/** One step of the method, as data. */
export interface StepDefinition {
  number: StepNumber;
  /** Stable id, also a document anchor: 'listen', 'audiences'… */
  id: string;
  title: Bilingual;
  /** One or two sentences on why this step matters, shown when it starts. */
  intro: Bilingual;
  /** Tips from the method's recommendations. */
  tips?: Bilingual[];
  optional?: boolean;
  /** Steps that must be complete before this one can start (step 7: 1-6). */
  requires?: StepNumber[];
  nodes: Node[];
  checks?: StepCheck[];
  /**
   * For an optional step: when this returns true after an answer, the rest of the step is
   * skipped and the step completes (step 8: "no community of our own").
   */
  skipRest?: (ctx: DialogueContext) => boolean;
}

export type { AnswerValue, ScalarValue, StepAnswers };
