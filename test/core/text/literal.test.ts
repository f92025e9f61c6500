// People's words inside Boussole's markdown: written with escapes, shown by each renderer as typed.
import { describe, expect, it } from 'vitest';
import { literal, renderEscapes, withoutEscapes } from '../../../src/core/text/literal.js';

describe('a person’s words in markdown', () => {
  it('escape each character the markdown subset reads, and leave web addresses whole', () => {
    expect(literal('*urgent* _brouillon_ ~vieux~ `code` [lien] C:\\dossier')).toBe('\\*urgent\\* \\_brouillon\\_ \\~vieux\\~ \\`code\\` \\[lien\\] C:\\\\dossier');
    expect(literal('voir https://exemple.ca/mon_flux*.xml et _ceci_')).toBe('voir https://exemple.ca/mon_flux*.xml et \\_ceci\\_');
    expect(literal('Boussole, Laval')).toBe('Boussole, Laval');
  });

  it('read back as typed where no markdown is read', () => {
    const typed = '*urgent* _brouillon_ C:\\dossier [x]';
    expect(withoutEscapes(literal(typed))).toBe(typed);
  });

  it('keep escaped characters away from a renderer’s markup rules, then put them back its way', () => {
    const text = `**Mots-clés** : ${literal('*urgent*')}`;
    const bolded = (held: string) => held.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/\*(.+?)\*/g, '<i>$1</i>');
    expect(renderEscapes(text, bolded, (c) => c)).toBe('<b>Mots-clés</b> : *urgent*');
  });
});
