import { describe, expect, it } from 'vitest';
import { completePlan } from '../conversations/fixtures.js';
import { render, tableRow, TODO } from './render.js';

describe('editorial line (4c)', () => {
  it('lists topics covered and avoided, the share about ourselves and each platform’s objective', () => {
    const { title, markdown } = render('editorial-line', completePlan(), 'fr');
    expect(title).toBe('Ligne éditoriale');
    expect(markdown).toContain('## Sujets que nous abordons\n\n- Expositions\n- Coulisses du musée');
    expect(markdown).toContain('## Sujets que nous évitons\n\n- Politique municipale');
    expect(markdown).toContain('Environ la moitié');
    expect(tableRow(markdown, 'Facebook')).toEqual(['Facebook', 'Faire venir les familles']);
    expect(markdown).not.toContain('écueil');
  });

  it('renders in English', () => {
    const { markdown } = render('editorial-line', completePlan(), 'en');
    expect(markdown).toContain('## Topics we cover');
    expect(markdown).toContain('About half');
    expect(markdown).toContain('| Platform | Objective |');
  });

  it('warns when most posts would be about the organization', () => {
    const plan = completePlan();
    const { markdown } = render('editorial-line', { ...plan, 4: { ...plan[4], selfShare: 'all' } }, 'en');
    expect(markdown).toContain('All of them');
    expect(markdown).toMatch(/\*\*Talking mostly about ourselves is a pitfall/);
  });

  it('marks every missing part as to be completed in step 4', () => {
    const fr = render('editorial-line', {}, 'fr').markdown;
    expect(fr.split(TODO.fr(4)).length - 1).toBe(4);
    const en = render('editorial-line', { 4: { topicsCovered: ['Research'] } }, 'en').markdown;
    expect(en).toContain('- Research');
    expect(en.split(TODO.en(4)).length - 1).toBe(3);
  });
});
