// What a reply typed while a question waits means: one rule for every surface (issue 10, cases 1 and 10).
import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../../src/core/events.js';
import type { Reply } from '../../../src/core/replies.js';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import type { TenantId } from '../../../src/core/tenant-id.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let n = 0;
async function fresh(): Promise<{ h: ConsoleHarness; tenant: TenantId; id: string }> {
  const id = `typed${++n}`;
  return { h: await consoleHarness(db, id), tenant: asTenant(`console:${id}`), id };
}
const step1 = async (h: ConsoleHarness, tenant: TenantId) => (await h.repositories.plans.get(tenant)).step(1);

describe('a command typed at a question', () => {
  it('runs (`langue en`, `calendrier`, `politique guide`, `état`, `aide`), stores nothing, and asks the question again', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole']);
    const out = await h.chat(['langue en']);
    expect(out).toContain('OK — I’ll talk to you in English');
    // The question comes back, in the language just chosen.
    expect(out).toMatch(/The question is still waiting for your answer:[^]*Which competitors or peer organizations/);
    for (const command of ['calendrier', 'politique guide', 'état', 'aide', 'STATUS', 'Étape 1']) {
      const again = await h.chat([command]);
      expect(again, command).toMatch(/competitors or peer organizations/);
    }
    expect((await step1(h, tenant)).answers.competitors).toBeUndefined();
    expect(await h.chat(['politique guide'])).toContain('usage-guide.md');
    await h.chat(['Concordia']);
    expect((await step1(h, tenant)).answers.competitors).toEqual(['Concordia']);
  });

  it('that only starts with a command word asks "answer or command?" and does what is chosen, in either language', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole']);
    const asked = await h.chat(['calendrier éditorial partagé']);
    expect(asked).toMatch(/«\scalendrier éditorial partagé\s»\s:\sest-ce votre réponse, ou la commande `calendrier`/);
    expect((await step1(h, tenant)).answers.competitors).toBeUndefined();
    await h.chat(['C’est ma réponse']);
    expect((await step1(h, tenant)).answers.competitors).toEqual(['calendrier éditorial partagé']);
    // Chosen as a command: it runs, and the question waits again.
    await h.chat(['politique de la maison']);
    const ran = await h.chat(['Run the command']);
    expect(ran).toContain('Je ne connais pas le document');
    expect(ran).toMatch(/La question attend toujours votre réponse[^]*personnes ou quels comptes influents/);
  });

  it('in quotes is always the answer', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', '« aide »']);
    expect((await step1(h, tenant)).answers.keywords).toEqual(['aide']);
  });

  it('dropped for something else: the pending choice is forgotten and the new reply counts', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'politique de confidentialité', 'Vie privée']);
    expect((await step1(h, tenant)).answers.keywords).toEqual(['Vie privée']);
  });

  it('`pause` still sets the questionnaire aside', async () => {
    const { h } = await fresh();
    expect(await h.chat(['étape 1', 'pause'])).toContain('Questionnaire en pause');
  });
});

describe('a button label typed as text acts as the button', () => {
  it('"Terminer la liste", "◀ Retour" and "Réviser" typed at a question', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 2', 'Journalistes', 'Objectif', 'Besoins', 'Intérêts', 'Attentes']);
    expect(await h.chat(['Terminer la liste'])).not.toContain('Ajouter un autre élément');
    expect(await h.chat(['◀ Retour'])).toContain('Ajouter un autre élément');
    expect(await h.chat(['Réviser'])).toContain('Révision — étape 2');
    expect(JSON.stringify((await h.repositories.plans.get(tenant)).step(2).answers)).not.toMatch(/Terminer|Retour|Réviser/);
  });

  it('"Terminer la liste" typed at a list item’s question ends the list instead of naming an item', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole', 'Concordia']);
    expect(await h.chat(['Terminer la liste'])).toContain('Quelles sources');
    expect((await step1(h, tenant)).answers.influencers).toBeUndefined();
  });

  it('"Terminer l’étape" / "Complete the step" completes from the review, and is never stored before it', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 8', 'non']);
    // Step 8 answered "no community of our own": the review waits.
    await h.chat(['Terminer l’étape']);
    expect(['complete', 'skipped']).toContain((await h.repositories.plans.get(tenant)).step(8).status);
    const { h: other, tenant: t2 } = await fresh();
    await other.chat(['étape 1', 'Boussole', 'Concordia']);
    const review = await other.chat(['Complete the step']);
    expect(review).toContain('Révision — étape 1');
    expect(JSON.stringify((await step1(other, t2)).answers)).not.toMatch(/complete/i);
  });

  it('`terminer` / `finish` alone at a question opens the review and is not stored; inside a list’s item it ends the list', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 5', '2']);
    // Step 5's question 3 takes free text besides its options: `terminer` was stored there.
    expect(await h.chat(['terminer'])).toContain('Révision — étape 5');
    expect(await h.chat(['retour', 'finish'])).toContain('Révision — étape 5');
    const step5 = (await h.repositories.plans.get(tenant)).step(5);
    expect(JSON.stringify(step5.answers)).not.toMatch(/terminer|finish/i);
    expect(step5.status).toBe('in-progress');
    // In quotes it is an answer, as any word.
    const { h: other, tenant: t2 } = await fresh();
    await other.chat(['étape 1', '« terminer »', 'Concordia']);
    expect((await step1(other, t2)).answers.keywords).toEqual(['terminer']);
    expect(await other.chat(['terminer'])).toContain('Quelles sources');
    expect((await step1(other, t2)).answers.influencers).toBeUndefined();
  });
});

describe('the same rule on every surface, decided in the core', () => {
  it('a Slack slash command is always a command, and the question waits again after it', async () => {
    const { h, id, tenant } = await fresh();
    const event = (input: InboundEvent['input']): InboundEvent => ({
      tenant: { platform: 'console', id },
      user: { id: 'console:marie', name: 'Marie', isAdmin: true },
      conversation: { id: 'console', kind: 'direct' },
      input,
    });
    await h.engine.handle(event({ kind: 'command', text: 'étape 1' }));
    const replies: Reply[] = await h.engine.handle(event({ kind: 'command', text: 'politique de confidentialité' }));
    expect(replies.some((r) => r.kind === 'question' && r.ref.key === 'keywords')).toBe(true);
    expect((await step1(h, tenant)).answers.keywords).toBeUndefined();
  });
});
