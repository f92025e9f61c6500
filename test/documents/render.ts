// Renders one document from a test plan, in the tenant zone the fixtures' times are chosen for.
import { DOCUMENTS, type DocumentId, type DocumentInput, type RenderedDocument } from '../../src/documents/index.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { reader, type Plan } from '../conversations/fixtures.js';

export function render(id: DocumentId, plan: Plan, locale: Locale, organization?: string, more: Pick<DocumentInput, 'policy' | 'today'> = {}): RenderedDocument {
  const document = DOCUMENTS.find((entry) => entry.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return document.render({ read: reader(plan), locale, organization, timeZone: 'America/Toronto', ...more });
}

export const TODO = { fr: (step: number) => `_À compléter — étape ${step}_`, en: (step: number) => `_To be completed — step ${step}_` };

/** The table row whose first cell is `first`, as its cells. */
export function tableRow(markdown: string, first: string): string[] | undefined {
  const line = markdown.split('\n').find((entry) => entry.startsWith(`| ${first} |`));
  return line
    ?.slice(2, -2)
    .split(' | ')
    .map((cell) => cell.trim());
}
