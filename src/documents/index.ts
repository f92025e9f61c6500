// The documents Boussole generates from the plan, and the words that ask for each.
import { frenchSpacing } from '../core/i18n/format.js';
import { commentPlaybook } from './comment-playbook.js';
import { editorialLine } from './editorial-line.js';
import { socialMediaPlan } from './social-media-plan.js';
import { staffPolicy } from './staff-policy.js';
import type { DocumentDefinition } from './types.js';
import { findDocument } from '../core/handlers/document-name.js';
import { usageGuide } from './usage-guide.js';

export type { DocumentDefinition, DocumentId, DocumentInput, RenderedDocument } from './types.js';

/** A document as the reader gets it: in French, with French typography on every line (code and links left alone). */
function typeset(document: DocumentDefinition): DocumentDefinition {
  return {
    ...document,
    render(input) {
      const rendered = document.render(input);
      return input.locale === 'fr' ? { ...rendered, title: frenchSpacing(rendered.title), markdown: frenchSpacing(rendered.markdown) } : rendered;
    },
  };
}

export const DOCUMENTS: readonly DocumentDefinition[] = [usageGuide, editorialLine, commentPlaybook, staffPolicy, socialMediaPlan].map(typeset);

/** The document a command word names ("guide", « politique »…), ignoring case and accents. */
export function documentByName(word: string): DocumentDefinition | undefined {
  return findDocument(DOCUMENTS, word);
}
