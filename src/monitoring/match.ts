import { foldWords } from '../core/i18n/format.js';

export type TermKind = 'keyword' | 'competitor' | 'influencer';

export interface WatchTerm {
  kind: TermKind;
  /** As the user typed it: what the digest shows. */
  label: string;
}

export interface TermMatch {
  kind: TermKind;
  term: string;
}

interface Compiled {
  term: WatchTerm;
  folded: string;
}

/**
 * Finds the watched terms in a text, ignoring case and accents ("Universite Laval" matches
 * "Université LAVAL") and only on word boundaries ("Laval" does not match "Lavalle").
 */
export class TermMatcher {
  private readonly terms: Compiled[];

  constructor(terms: WatchTerm[]) {
    this.terms = terms.map((term) => ({ term, folded: foldWords(term.label) })).filter((t) => t.folded.length > 0);
  }

  get size(): number {
    return this.terms.length;
  }

  match(text: string): TermMatch[] {
    const haystack = ` ${foldWords(text)} `;
    const found: TermMatch[] = [];
    for (const { term, folded } of this.terms) {
      if (haystack.includes(` ${folded} `) && !found.some((f) => f.kind === term.kind && f.term === term.label)) {
        found.push({ kind: term.kind, term: term.label });
      }
    }
    return found;
  }
}
