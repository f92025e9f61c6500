import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { Bilingual, Locale } from '../core/i18n/locale.js';

export interface DocumentInput {
  read: (step: StepNumber) => StepAnswers;
  locale: Locale;
  organization?: string;
  /** IANA zone of the tenant: date-times are shown in it. */
  timeZone: string;
}

export interface RenderedDocument {
  title: string;
  filename: string;
  /** In the subset documented in src/core/replies.ts. */
  markdown: string;
}

export type DocumentId = 'usage-guide' | 'editorial-line' | 'comment-playbook' | 'staff-policy' | 'plan';

export interface DocumentDefinition {
  id: DocumentId;
  /** Words that ask for this document, in both languages, lower case. */
  names: string[];
  title: Bilingual;
  render(input: DocumentInput): RenderedDocument;
}
