import { describe, expect, it } from 'vitest';
import { completePlan, group } from '../conversations/fixtures.js';
import { render, TODO } from './render.js';

describe('usage guide (4b)', () => {
  it('describes each platform with its context, vocabulary, register, signature and voice, in French', () => {
    const { title, filename, markdown } = render('usage-guide', completePlan(), 'fr', 'Musée de la Côte');
    expect(title).toBe('Guide d’utilisation des médias sociaux — Musée de la Côte');
    expect(filename).toBe('guide-utilisation-musee-de-la-cote.md');
    expect(markdown).toMatch(/^# Guide d’utilisation des médias sociaux — Musée de la Côte\n/);
    expect(markdown).toContain('## Facebook');
    expect(markdown).toContain('## X (Twitter)');
    expect(markdown).toContain('- **Contexte d’utilisation**\u00a0: Annonces et échanges avec les familles');
    expect(markdown).toContain('- **Registre de langue**\u00a0: Courant');
    expect(markdown).toContain('- **Signature des réponses**\u00a0: Prénom');
    expect(markdown).toContain('- **Voix**\u00a0: Première personne du pluriel («\u00a0nous\u00a0»)');
    expect(markdown).toContain('- **Voix**\u00a0: Le nom de l’organisation');
    expect(markdown).not.toContain('_À compléter');
  });

  it('uses English labels for the same answers', () => {
    const { filename, markdown } = render('usage-guide', completePlan(), 'en');
    expect(filename).toBe('usage-guide.md');
    expect(markdown).toContain('- **Language register**: Formal');
    expect(markdown).toContain('- **How replies are signed**: Team name');
    expect(markdown).toContain('- **Voice**: First person plural (“we”)');
    expect(markdown).not.toContain('To be completed');
  });

  it('marks a missing guide and missing fields as to be completed in step 4', () => {
    expect(render('usage-guide', {}, 'fr').markdown).toContain(TODO.fr(4));
    const partial = render('usage-guide', { 4: { usage: group({ platform: 'linkedin', context: 'Recrutement' }) } }, 'en').markdown;
    expect(partial).toContain('## LinkedIn');
    expect(partial).toContain('- **Context of use**: Recrutement');
    expect(partial).toContain(`- **Vocabulary**: ${TODO.en(4)}`);
    expect(partial).toContain(`- **Voice**: ${TODO.en(4)}`);
  });
});
