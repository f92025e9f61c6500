import { describe, expect, it } from 'vitest';
import { ALICE, completePlan, group } from '../conversations/fixtures.js';
import { render, tableRow, TODO } from './render.js';

describe('comment-handling playbook (4d)', () => {
  it('has one table row per kind of comment with who, delay, content, exchanges, channel and escalation', () => {
    const { title, filename, markdown } = render('comment-playbook', completePlan(), 'fr', 'Musée de la Côte');
    expect(title).toBe('Schémas de gestion des commentaires — Musée de la Côte');
    expect(filename).toBe('schemas-commentaires-musee-de-la-cote.md');
    expect(tableRow(markdown, 'En colère')).toEqual([
      'En colère',
      'Bruno Gagnon',
      '2 heures',
      'Reconnaître le problème et proposer un suivi',
      '1',
      'Message privé',
      'Menace ou mention des médias',
    ]);
    expect(tableRow(markdown, 'Satisfait')?.slice(0, 3)).toEqual(['Satisfait', 'Gestionnaire de communauté (Alice Tremblay)', '24 heures']);
    expect(tableRow(markdown, 'Insatisfait')?.[1]).toBe('une personne de l’équipe');
    expect(tableRow(markdown, 'Question')?.[5]).toBe('Réponse publique');
    expect(markdown).toContain('- **Contact d’escalade (direction des relations publiques)**\u00a0: Chloé Roy');
    expect(markdown).toContain('- **Supervision (haute direction des relations publiques)**\u00a0: Chloé Roy');
    expect(markdown).toContain('- **Approuvés par**\u00a0: Chloé Roy, le 10 février 2025');
    expect(markdown).not.toContain('_À compléter');
  });

  it('renders in English', () => {
    const { markdown } = render('comment-playbook', completePlan(), 'en');
    expect(tableRow(markdown, 'Angry')?.slice(0, 3)).toEqual(['Angry', 'Bruno Gagnon', '2 hours']);
    expect(tableRow(markdown, 'Dissatisfied')?.[5]).toBe('Phone or e-mail');
    expect(markdown).toContain('- **Approved by**: Chloé Roy, on February 10, 2025');
  });

  it('falls back to the community manager when no one is named, as the routing does', () => {
    const plan = { 4: { playbook: group({ kind: 'question', delayHours: 1 }) }, 6: { communityManager: ALICE } };
    expect(tableRow(render('comment-playbook', plan, 'en').markdown, 'Question')?.slice(1, 3)).toEqual([
      'Community manager (Alice Tremblay)',
      '1 hour',
    ]);
  });

  it('adds a to-be-completed row for each required kind the playbook lacks, and marks missing cells', () => {
    const plan = { 4: { playbook: group({ kind: 'angry', delayHours: 3 }) } };
    const { markdown } = render('comment-playbook', plan, 'fr');
    for (const kind of ['Satisfait', 'Insatisfait', 'Question']) expect(tableRow(markdown, kind)?.[1]).toBe(TODO.fr(4));
    const angry = tableRow(markdown, 'En colère');
    expect(angry?.[2]).toBe('3 heures');
    expect(angry?.[3]).toBe(TODO.fr(4));
    expect(markdown).toContain(`- **Approuvés par**\u00a0: ${TODO.fr(4)}`);
    const empty = render('comment-playbook', {}, 'en').markdown;
    expect(tableRow(empty, 'Angry')?.[1]).toBe(TODO.en(4));
    expect(empty).toContain(`- **Escalation contact (PR leadership)**: ${TODO.en(4)}`);
  });

  it('keeps free text inside its table cell', () => {
    const plan = { 4: { playbook: group({ kind: 'question', content: 'Oui | non\nselon le cas' }) } };
    expect(render('comment-playbook', plan, 'fr').markdown).toContain('| Oui \\| non selon le cas |');
  });
});
