import { describe, expect, it } from 'vitest';
import { ALICE, completePlan, group } from '../conversations/fixtures.js';
import { render, TODO } from './render.js';

const OFFICIAL = { policy: { state: 'official' as const, discussedOn: '2025-02-20', officialOn: '2025-03-01', version: '1' }, today: '2025-03-15' };

describe('staff usage policy (5)', () => {
  it('states who may use the accounts, the rules, how they were discussed, and asks for acknowledgement', () => {
    const { title, filename, markdown } = render('staff-policy', completePlan(), 'fr', undefined, OFFICIAL);
    expect(title).toBe('Politique d’usage des médias sociaux pour le personnel');
    expect(filename).toBe('politique-personnel.md');
    expect(markdown).toContain('## Qui peut utiliser les comptes de l’organisation\n\nL’équipe des communications seulement');
    expect(markdown).toContain('- Dire qu’on est employé quand on parle de l’organisation');
    expect(markdown).toContain('- Ne divulguer aucune information confidentielle');
    expect(markdown).toContain('- Ne jamais publier de photos des réserves');
    expect(markdown).toContain('- **Discutée avec le personnel**\u00a0: 20 février 2025 (atelier)');
    expect(markdown).toContain('- **En vigueur depuis**\u00a0: 1er mars 2025');
    expect(markdown).toContain('- **Statut**\u00a0: officielle');
    expect(markdown).toContain('- **Version**\u00a0: 1');
    expect(markdown).toContain('adressez-vous à Alice Tremblay.');
    expect(markdown).toContain('«\u00a0J’ai lu la politique\u00a0»');
    expect(markdown).not.toContain('_À compléter');
  });

  it('renders in English', () => {
    const { markdown } = render('staff-policy', completePlan(), 'en', undefined, OFFICIAL);
    expect(markdown).toContain('The communications team only');
    expect(markdown).toContain('- Never disclose confidential information');
    expect(markdown).toContain('- **Discussed with staff**: February 20, 2025 (workshop)');
    expect(markdown).toContain('- **In effect since**: March 1, 2025');
    expect(markdown).toContain('“I have read the policy”');
  });

  it('lists named account holders by name, a teammate for an id stored without a name (never the id)', () => {
    const plan = { 5: { accountAccess: 'named', accountHolders: group({ person: ALICE }, { person: { id: 'U09' } }) } };
    const { markdown } = render('staff-policy', plan, 'en');
    expect(markdown).toContain('Named people\n\n- Alice Tremblay\n- a teammate');
  });

  it('marks the missing parts as to be completed in step 5', () => {
    const fr = render('staff-policy', {}, 'fr').markdown;
    expect(fr.split(TODO.fr(5)).length - 1).toBe(3);
    expect(fr).toContain('adressez-vous à l’équipe des communications.');
    const en = render('staff-policy', { 5: { accountAccess: 'named', rules: ['courtesy'] } }, 'en').markdown;
    expect(en).toContain(`Named people\n\n${TODO.en(5)}`);
    expect(en).toContain('- Stay courteous at all times');
    expect(en).toContain(`- **Discussion with staff planned**: ${TODO.en(5)}`);
  });

  it('says a discussion dated ahead is planned, not held, and the policy a draft', () => {
    const plan = completePlan();
    const future = { ...plan, 5: { ...plan[5], discussedOn: '2026-12-09' } };
    const fr = render('staff-policy', future, 'fr', undefined, { policy: { state: 'draft', plannedOn: '2026-12-09' }, today: '2026-11-28' }).markdown;
    expect(fr).toContain('- **Statut**\u00a0: brouillon, pas encore officielle');
    expect(fr).toContain('- **Discussion avec le personnel prévue**\u00a0: 9 décembre 2026 (atelier)');
    expect(fr).not.toContain('Discutée avec le personnel');
    expect(fr).not.toContain('En vigueur depuis');
    const en = render('staff-policy', future, 'en', undefined, { policy: { state: 'draft', plannedOn: '2026-12-09' }, today: '2026-12-15' }).markdown;
    expect(en).toContain('- **Discussion with staff planned**: December 9, 2026 (workshop), to be confirmed');
  });

  it('says discussed once confirmed, not yet official', () => {
    const en = render('staff-policy', completePlan(), 'en', undefined, { policy: { state: 'discussed', discussedOn: '2025-02-20' }, today: '2025-02-25' }).markdown;
    expect(en).toContain('- **Status**: discussed with staff, not official yet');
    expect(en).toContain('- **Discussed with staff**: February 20, 2025 (workshop)');
    expect(en).not.toContain('In effect since');
  });
});
