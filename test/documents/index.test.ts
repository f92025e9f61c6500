import { describe, expect, it } from 'vitest';
import { DOCUMENTS, documentByName } from '../../src/documents/index.js';

describe('documents', () => {
  it('offers the five documents, each with a bilingual title', () => {
    expect(DOCUMENTS.map((document) => document.id)).toEqual(['usage-guide', 'editorial-line', 'comment-playbook', 'staff-policy', 'plan']);
    for (const document of DOCUMENTS) expect(document.title.fr).not.toBe(document.title.en);
  });

  it('gives no command word to two documents', () => {
    const words = DOCUMENTS.flatMap((document) => document.names);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('finds a document by a word in either language, ignoring case', () => {
    expect(documentByName('Utilisation')?.id).toBe('usage-guide');
    expect(documentByName('guide')?.id).toBe('usage-guide');
    expect(documentByName('éditoriale')?.id).toBe('editorial-line');
    expect(documentByName('playbook')?.id).toBe('comment-playbook');
    expect(documentByName('schémas')?.id).toBe('comment-playbook');
    expect(documentByName('politique')?.id).toBe('staff-policy');
    expect(documentByName('plan')?.id).toBe('plan');
    expect(documentByName('calendrier')).toBeUndefined();
  });
});
