import { describe, expect, it } from 'vitest';
import { DOCUMENTS, documentByName } from '../../src/documents/index.js';

describe('documents', () => {
  it('offers the five documents, each with a bilingual title', () => {
    expect(DOCUMENTS.map((document) => document.id)).toEqual(['usage-guide', 'editorial-line', 'comment-playbook', 'staff-policy', 'plan']);
    for (const document of DOCUMENTS) expect(document.title.fr).not.toBe(document.title.en);
  });

  it('gives no command word to two documents', () => {
    const words = DOCUMENTS.flatMap((document) => [...new Set([...document.names.fr, ...document.names.en])]);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('finds every name the help and the README advertise, in both languages, accents and apostrophes optional', () => {
    const expected: Array<[string, string]> = [
      ['commentaires', 'comment-playbook'],
      ['comments', 'comment-playbook'],
      ['schemas', 'comment-playbook'],
      ['gestion des commentaires', 'comment-playbook'],
      ['playbook', 'comment-playbook'],
      ['ligne éditoriale', 'editorial-line'],
      ['ligne editoriale', 'editorial-line'],
      ['politique éditoriale', 'editorial-line'],
      ['editorial line', 'editorial-line'],
      ['guide d’utilisation', 'usage-guide'],
      ["guide d'utilisation", 'usage-guide'],
      ['usage guide', 'usage-guide'],
      ['personnel', 'staff-policy'],
      ['politique du personnel', 'staff-policy'],
      ['politique d’usage du personnel', 'staff-policy'],
      ['staff policy', 'staff-policy'],
      ['plan complet', 'plan'],
    ];
    expect(expected.map(([name]) => [name, documentByName(name)?.id])).toEqual(expected);
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
