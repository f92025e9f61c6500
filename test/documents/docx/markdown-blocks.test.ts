// The document markdown's inline spans, as the Word copy writes them.
import { describe, expect, it } from 'vitest';
import { spans } from '../../../src/documents/docx/markdown-blocks.js';
import { literal } from '../../../src/core/text/literal.js';

describe('inline spans', () => {
  it('read Boussole’s markup, and a person’s words as typed', () => {
    expect(spans(`**Mots-clés** : ${literal('*urgent*, _brouillon_')}`)).toEqual([{ text: 'Mots-clés', bold: true }, { text: ' : *urgent*, _brouillon_' }]);
    expect(spans('_Note_ et `étape 2`')).toEqual([{ text: 'Note', italic: true }, { text: ' et ' }, { text: 'étape 2', code: true }]);
  });
});
