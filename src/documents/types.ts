import type { Bilingual } from '../core/i18n/locale.js';

export type { DocumentInput } from '../core/ports/documents.js';
import type { DocumentInput } from '../core/ports/documents.js';

export interface RenderedDocument {
  title: string;
  filename: string;
  /** In the subset documented in src/core/replies.ts. */
  markdown: string;
}

export type DocumentId = 'usage-guide' | 'editorial-line' | 'comment-playbook' | 'staff-policy' | 'plan';

export interface DocumentDefinition {
  id: DocumentId;
  /**
   * What a reader types to ask for it, per language, lower case, accents and apostrophes optional
   * when typed; the first is the one Boussole shows.
   */
  names: { fr: readonly string[]; en: readonly string[] };
  title: Bilingual;
  render(input: DocumentInput): RenderedDocument;
}
