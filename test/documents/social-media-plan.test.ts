import { describe, expect, it } from 'vitest';
import { STEPS } from '../../conversations/index.js';
import { ALICE, completePlan, group } from '../conversations/fixtures.js';
import { render, tableRow, TODO } from './render.js';

describe('social media plan', () => {
  it('has a section per step, in order, with the step titles in the requested language', () => {
    const fr = render('plan', completePlan(), 'fr', 'Musée de la Côte');
    expect(fr.title).toBe('Plan d’intégration des médias sociaux — Musée de la Côte');
    expect(fr.filename).toBe('plan-medias-sociaux-musee-de-la-cote.md');
    const headings = fr.markdown.split('\n').filter((line) => line.startsWith('## Étape'));
    expect(headings).toHaveLength(10);
    expect(headings[0]).toBe('## Étape 1 — Effectuer une veille et prendre le temps d’observer');
    expect(headings[9]).toBe('## Étape 10 — Évaluer et ajuster');
    const en = render('plan', completePlan(), 'en').markdown;
    expect(en).toContain('## Step 7 — Publish and promote');
  });

  it('carries the answers of every step, formatted', () => {
    const { markdown } = render('plan', completePlan(), 'fr');
    expect(markdown).toContain('- **Mots-clés surveillés**\u00a0: Musée de la Côte, MDLC');
    expect(markdown).toContain('- **Suite de veille payante**\u00a0: Meltwater');
    expect(markdown).toContain('- **Début de la veille**\u00a0: 6 janvier 2025');
    expect(markdown).toContain('**Journalistes**\n\n- **Objectif**\u00a0: Obtenir une couverture des expositions');
    expect(markdown).toContain('- **Publics joints**\u00a0: Familles');
    expect(tableRow(markdown, 'X (Twitter)')).toEqual(['X (Twitter)', '5 publications par semaine']);
    expect(markdown).toContain('| lundi 7 avril 2025 à 10\u00a0h | Facebook | Ouverture de l’exposition Marées | Alice Tremblay | Photos du vernissage |');
    expect(markdown).toContain('### Schémas de gestion des commentaires');
    expect(tableRow(markdown, 'En colère')?.[2]).toBe('2 heures');
    expect(markdown).toContain('- **Relève**\u00a0: Bruno Gagnon');
    expect(markdown).toContain('**lundi 10 mars 2025 à 9\u00a0h\u00a030**');
    expect(markdown).toContain('- **Canal du résumé hebdomadaire**\u00a0: #veille');
    const step8 = markdown.slice(markdown.indexOf('## Étape 8'), markdown.indexOf('## Étape 9'));
    expect(tableRow(step8, 'Julie Patrimoine')).toEqual(['Julie Patrimoine', 'Instagram', '@juliepatrimoine', 'Suivi']);
    expect(markdown).toContain('- **Délai de réaction visé**\u00a0: 2 heures');
    expect(markdown).toContain('| Facebook | Abonnés\u202f; Commentaires |');
    expect(markdown).toContain('- **Responsable des indicateurs**\u00a0: Bruno Gagnon');
    expect(markdown).toContain('Aucun écueil détecté dans les réponses.');
    expect(markdown).not.toContain('_À compléter');
  });

  it('shows date-times in the tenant’s time zone, in English too', () => {
    const { markdown } = render('plan', completePlan(), 'en');
    expect(markdown).toContain('| Monday, April 7, 2025 at 10\u00a0a.m. | Facebook |');
    expect(markdown).toContain('- **Listening starts**: January 6, 2025');
    expect(markdown).toContain('- **Community of our own**: Yes');
  });

  it('marks unanswered steps and missing required answers as to be completed', () => {
    const empty = render('plan', {}, 'en').markdown;
    for (const step of STEPS) expect(empty).toContain(TODO.en(step.number));
    expect(empty).toContain(`${TODO.en(8)} (optional step)`);
    const partial = render('plan', { 6: { communityManager: ALICE } }, 'fr').markdown;
    expect(partial).toContain('- **Gestionnaire de communauté**\u00a0: Alice Tremblay');
    expect(partial).toContain(`- **Relève**\u00a0: ${TODO.fr(6)}`);
    expect(partial).toContain(`### Séances de formation\n\n${TODO.fr(6)}`);
    expect(partial).not.toContain('Équipe interne');
  });

  it('lists the pitfalls the answers reveal, with the step to reopen', () => {
    const { markdown } = render('plan', { 6: { communityManager: ALICE } }, 'fr');
    expect(markdown).toContain('## Écueils à surveiller\n\n- Le gestionnaire de communauté n’a pas de relève.');
    expect(markdown).toContain('(étape 6)');
  });

  it('stops step 8 at "no" when the team builds no community', () => {
    const plan = completePlan();
    const { markdown } = render('plan', { ...plan, 8: { ...plan[8], buildCommunity: false } }, 'en');
    const step8 = markdown.slice(markdown.indexOf('## Step 8'), markdown.indexOf('## Step 9'));
    expect(step8).toContain('- **Community of our own**: No');
    expect(step8).not.toContain('Opinion leaders');
    expect(step8).not.toContain('Patrimoine maritime');
  });

  it('shows only the conditional questions that were asked', () => {
    const plan = completePlan();
    const { paidTool: _paidTool, ...step1 } = plan[1]!;
    const { markdown } = render('plan', { ...plan, 1: { ...step1, tools: ['alerts'] } }, 'fr');
    expect(markdown).toContain('- **Outils de veille**\u00a0: Alertes (Google Alertes ou autre)');
    expect(markdown).not.toContain('Suite de veille payante** :');
    const named = render('plan', { 5: { accountAccess: 'named', accountHolders: group({ person: ALICE }) } }, 'fr').markdown;
    expect(tableRow(named, 'Alice Tremblay')).toEqual(['Alice Tremblay']);
  });

  it('has a short label for every question of every step', () => {
    for (const step of STEPS) {
      for (const node of step.nodes) {
        expect(node.label, `${step.number}.${node.key}`).toBeDefined();
        if (node.kind !== 'group') continue;
        for (const question of node.questions) {
          expect(question.label, `${step.number}.${node.key}.${question.key}`).toBeDefined();
        }
      }
    }
  });
});
