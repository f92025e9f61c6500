import { fold } from '../i18n/format.js';
import type { DocumentDefinition } from '../ports/documents.js';

/** How a typed name compares: case, accents, apostrophes and hyphens ignored. */
export function nameKey(text: string): string {
  return fold(text).replace(/[’'\-_]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Words that say "document" rather than which one: left out when looking for a name among the words typed. */
const GENERIC = new Set(['politique', 'policy', 'document', 'de', 'du', 'des', 'd', 'la', 'le', 'les', 'the', 'of', 'our', 'notre', 'nos']);

/**
 * The document a reader names, in either language: a whole name ("ligne éditoriale", "staff
 * policy"), else one of its one-word names among the words typed, the last first ("politique de
 * gestion des commentaires").
 */
export function findDocument<D extends Pick<DocumentDefinition, 'id' | 'names'>>(documents: readonly D[], typed: string): D | undefined {
  const wanted = nameKey(typed);
  if (wanted === '') return undefined;
  const all = (d: D) => [...d.names.fr, ...d.names.en].map(nameKey);
  const whole = documents.find((d) => d.id === wanted || all(d).includes(wanted));
  if (whole) return whole;
  const words = wanted.split(' ').filter((w) => !GENERIC.has(w)).reverse();
  for (const word of words) {
    const found = documents.find((d) => all(d).includes(word));
    if (found) return found;
  }
  return undefined;
}
