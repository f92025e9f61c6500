import type { StepAnswers, StepNumber } from '../dialogue/types.js';
import type { Bilingual, Locale } from '../i18n/locale.js';
import type { StaffPolicyStatus, StepStatus } from './stores.js';
import type { TenantId } from '../tenant-id.js';

/** What a document is rendered from: the plan's answers, and how to say them. */
export interface DocumentInput {
  read: (step: StepNumber) => StepAnswers;
  locale: Locale;
  organization?: string;
  /** IANA zone of the tenant: date-times are shown in it. */
  timeZone: string;
  /** Where the staff policy stands; a draft when not known. */
  policy?: StaffPolicyStatus;
  /** The tenant's today ('YYYY-MM-DD'): a discussion dated after it is planned, not held. */
  today?: string;
}

export interface RenderedDocument {
  title: string;
  filename: string;
  markdown: string;
}

/** A document generated from the plan's answers (usage guide, editorial line, playbook, policy, plan). */
export interface DocumentDefinition {
  id: string;
  /** Words that name it in a command, per language, the first shown (`policy guide`, `politique personnel`). */
  names: { fr: readonly string[]; en: readonly string[] };
  title: Bilingual;
  render(input: DocumentInput): RenderedDocument;
}

export interface Pitfall {
  /** Stable across runs, so a reminder about the same pitfall is not sent twice. */
  id: string;
  /** The step to reopen to fix it. */
  step: StepNumber;
  text: Bilingual;
  /** The text already says which step to revisit (« (étape 4) », "lower step 9’s target"): not repeated after it. */
  stepInText?: true;
}

/** The team's pitfalls; with the team, also those of what it does (comments logged, posts published). */
/** Where each step stands, for the pitfalls that depend on when steps were completed. */
export type StepProgress = (step: StepNumber) => { status: StepStatus; completedAt?: string; firstCompletedAt?: string };

export type PitfallDetector = (read: (step: StepNumber) => StepAnswers, team?: { tenantId: TenantId; progress: StepProgress }) => Pitfall[] | Promise<Pitfall[]>;
