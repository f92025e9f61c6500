import type { StepAnswers, StepNumber } from '../dialogue/types.js';
import type { Bilingual, Locale } from '../i18n/locale.js';

export interface RenderedDocument {
  title: string;
  filename: string;
  markdown: string;
}

/** A document generated from the plan's answers (usage guide, editorial line, playbook, policy, plan). */
export interface DocumentDefinition {
  id: string;
  /** Words that name it in a command, in both languages (`policy guide`, `politique personnel`). */
  names: string[];
  title: Bilingual;
  render(input: { read: (step: StepNumber) => StepAnswers; locale: Locale; organization?: string; timeZone: string }): RenderedDocument;
}

export interface Pitfall {
  id: string;
  step: StepNumber;
  text: Bilingual;
}

export type PitfallDetector = (read: (step: StepNumber) => StepAnswers) => Pitfall[];
