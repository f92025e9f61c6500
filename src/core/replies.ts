import type { Action } from './events.js';

/**
 * Text in Boussole's small markdown subset, which every adapter renders natively:
 * `**bold**`, `_italic_`, `` `code` ``, `[label](https://url)`, lines starting with `- ` (bullets),
 * and, in documents only, `#`/`##`/`###` headings and `| a | b |` tables. Nothing else is special.
 */
export type Markdown = string;

/** Identifies one asked question: a control answering an older one is recognized as stale. */
export interface QuestionRef {
  step: number;
  /** The question's path in the step, e.g. `keywords` or `audiences.who`. */
  key: string;
  /** The session's turn counter when asked. */
  turn: number;
}

export interface Option {
  value: string;
  label: string;
}

/** How the answer is entered; each adapter picks its native control. */
export type InputSpec =
  | { kind: 'text'; multiline: boolean; maxLength: number; placeholder?: string }
  | { kind: 'list'; maxItems: number; placeholder?: string }
  | { kind: 'choice'; options: Option[]; allowOther: boolean }
  | { kind: 'multi-choice'; options: Option[]; allowOther: boolean }
  | { kind: 'yes-no'; yes: string; no: string }
  | { kind: 'number'; min?: number; max?: number; integer: boolean }
  | { kind: 'date' }
  | { kind: 'time' }
  | { kind: 'datetime' }
  | { kind: 'duration' }
  | { kind: 'url' }
  | { kind: 'user' };

/**
 * A raw answer as a control delivers it, before validation: typed text, or the structured
 * value of a select, checkbox group, date/time picker or user select.
 */
export type AnswerInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'choices'; values: string[]; other?: string }
  | { kind: 'date'; date: string }
  | { kind: 'time'; time: string }
  | { kind: 'datetime'; date: string; time: string }
  | { kind: 'user'; id: string; name?: string };

/**
 * A stored answer as a control takes it back: `text` for typed inputs (lists one item a line),
 * option values for choices (`other`: what is not an option), a wall-clock date and time in the
 * team's zone for pickers.
 */
export type InitialValue =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; values: string[]; other?: string }
  | { kind: 'yes-no'; value: boolean }
  | { kind: 'date'; date: string }
  | { kind: 'time'; time: string }
  | { kind: 'datetime'; date: string; time: string }
  | { kind: 'user'; id: string; name?: string };

export interface Button {
  label: string;
  action: Action;
  style?: 'primary' | 'danger';
}

export interface Fact {
  label: string;
  value: string;
}

/** The platform-neutral replies the engine returns; adapters render them natively. */
export type Reply =
  | { kind: 'text'; text: Markdown }
  | {
      kind: 'question';
      ref: QuestionRef;
      /** e.g. "Step 2 · Audiences — question 3 of 6". */
      context: string;
      prompt: Markdown;
      help?: Markdown;
      input: InputSpec;
      /** A value to propose (from an earlier step or answer). */
      suggested?: string;
      /** The answer already stored (after Back, or an edit): the input shows it, and sending it unchanged keeps it. */
      initial?: InitialValue;
      buttons: Button[];
    }
  | { kind: 'facts'; title?: string; facts: Fact[] }
  | { kind: 'buttons'; text?: Markdown; buttons: Button[] }
  | {
      kind: 'document';
      title: string;
      filename: string;
      markdown: Markdown;
      /** For the Word copy: the organization, the version and the date (in the reader's language). */
      edition?: { organization?: string; version: string; date: string };
    };
