// Step 10's review read on demand through the console (`bilan` / `evaluate`), and the step it
// proposes reopened by the command its button carries; état on the example plans lists the
// pitfalls of issue 12.
import { describe, expect, it } from 'vitest';
import { completePlan, municipalPlan, storedPlan } from '../conversations/fixtures.js';
import { consoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { onTestDay } from '../support/test-day.js';

const { db } = useTestDatabase();

describe('the plan review through the console', () => {
  it('in French: objectives with their indicators, a first review, the steps to revisit; the button’s command reopens the step', async () => {
    const h = await consoleHarness(db, 'review-fr');
    await h.repositories.plans.insert(storedPlan(asTenant('console:review-fr'), municipalPlan()));
    await h.chat(['kpi ajouter facebook abonnés 800']);

    const out = await h.chat(['bilan']);
    expect(out).toContain('🔎 Revue du plan — ');
    expect(out).toContain('la revue trimestrielle choisie à l’étape\u00a010');
    expect(out).toContain('- Citoyens — Informer des travaux');
    expect(out).toMatch(/Facebook · abonnés\u00a0: \S+ 800/);
    expect(out).toContain('- Journalistes — Couverture des conseils');
    expect(out).toContain('Première revue\u00a0: rien à comparer encore.');
    expect(out).toContain('Étape\u00a04 — ');
    expect(out).toContain('Étape\u00a09 — Interagir, échanger, partager\u00a0: Vos échanges sont «\u00a0spécialisés, entre experts\u00a0»');
    expect(out).toContain('Rouvrir l’étape 9\u00a0: tapez `rouvrir 9`');

    const reopened = await h.chat(['rouvrir 9']);
    expect(reopened).toContain('rouverte');
    expect((await h.repositories.plans.get(asTenant('console:review-fr'))).step(9).status).toBe('in-progress');
    expect(await h.chat(['bilan'])).toContain('Aller à l’étape 9');
  });

  it('in English, with `evaluate`', async () => {
    const h = await consoleHarness(db, 'review-en', 'en');
    await h.repositories.plans.insert(storedPlan(asTenant('console:review-en'), completePlan()));
    const out = await h.chat(['evaluate']);
    expect(out).toContain('🔎 Plan review — ');
    expect(out).toContain('Time for the quarterly review set in step 10');
    expect(out).toContain('- Journalistes — Obtenir une couverture des expositions');
    expect(out).toContain('no indicators recorded on its platforms (X (Twitter))');
    expect(out).toContain('First review: nothing to compare with yet.');
    expect(out).toContain('Reopen step 10: type `reopen 10`');
  });
});

describe('état on the example plans', () => {
  it('the municipality walks into the three new pitfalls; the museum into none', async () => {
    const h = await consoleHarness(db, 'pitfalls');
    await h.repositories.plans.insert(storedPlan(asTenant('console:pitfalls'), municipalPlan()));
    const out = await h.chat(['état']);
    expect(out).toContain('Une publication du calendrier (1er mars 2025) est datée avant la mise en ligne du 7 avril 2025');
    expect(out).toContain('«\u00a0spécialisés, entre experts\u00a0» alors que vos publics de l’étape\u00a02 sont le grand public (Citoyens)');
    expect(out).toContain('Votre délai de réaction visé (12\u00a0h) est plus lent que celui de vos schémas pour en colère (2\u00a0h), insatisfait (8\u00a0h), question (4\u00a0h)');
    // Each line names the step to revisit once: after a text naming another step (7, 2) as after any
    // other, and not again after a text that names it already (« l’étape 9 »).
    expect(out).toContain('à moins que vous la confirmiez (`calendrier confirmer <réf>`, étape\u00a04).');
    expect(out).toMatch(/grand public \(Citoyens\)[^\n]*\(étape\u00a09\)\.\n/);
    expect(out).toMatch(/alignez le délai de l’étape\u00a09 sur le plus court\.\n/);

    const museum = await consoleHarness(db, 'museum', 'en');
    await museum.repositories.plans.insert(storedPlan(asTenant('console:museum'), completePlan()));
    const status = await museum.chat(['status']);
    expect(status).not.toContain('before go-live');
    expect(status).not.toContain('among experts');
    expect(status).not.toContain('slower than your playbook');
    expect(status).not.toContain('before it finished listening');
  });

  it('a team that logs comments and adds posts before its planning is done walks into "started before listening and planning"', async () => {
    const h = await consoleHarness(db, 'early-municipality', 'fr', onTestDay);
    // The municipality's steps 1 to 6 are completed only later, on January 10, 2027.
    await h.repositories.plans.insert(storedPlan(asTenant('console:early-municipality'), municipalPlan(), '2027-01-10T15:00:00.000Z'));
    await h.chat(['commentaire ajouter facebook | Jean | - | Quand ouvre la piscine ? | question', 'calendrier ajouter 2027-03-02 10h | facebook | Piscine']);
    const out = await h.chat(['état']);
    expect(out).toContain('L’équipe a commencé avant d’avoir fini d’écouter et de planifier (étapes 1 à 6)\u00a0: 1 publication ajoutée au calendrier et 1 commentaire noté.');
  });
});
