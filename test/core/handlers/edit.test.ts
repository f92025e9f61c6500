// `modifier` from the review, through the console chat: one numbering for the review, the
// question's header and the command, and one field of one list item changed without retyping it.
import { beforeAll, describe, expect, it } from 'vitest';
import { groupItems } from '../../../src/core/dialogue/values.js';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';
import { onTestDay } from '../../support/test-day.js';

const { db } = useTestDatabase();
let fr: ConsoleHarness;
let en: ConsoleHarness;

beforeAll(async () => {
  fr = await consoleHarness(db, 'edit-fr', 'fr', onTestDay);
  en = await consoleHarness(db, 'edit-en', 'en', onTestDay);
});

// Step 1 to its review; "paid suite" is not chosen, so question 6 (which one) is not asked.
const toReview = (start: string) => [
  start, 'Boussole', 'McGill', 'Marie Tremblay', 'linkedin', '@mt', 'terminer', 'https://example.ca/flux.xml', '1, 2', '1', '2026-12-01', '2027-06-01', 'Peu de mentions.', '2',
];

describe('one numbering for the review and `modifier N` (case 9)', () => {
  it('the review numbers each answer by its question’s place, and `modifier 9` opens question 9', async () => {
    const out = await fr.chat([...toReview('étape 1'), 'modifier 9']);
    const review = out.slice(out.lastIndexOf('Révision — étape 1'));
    expect(review).toContain('7. Quel budget');
    expect(review).toContain('9. À quelle date prévoyez-vous la mise en ligne');
    expect(review).not.toMatch(/\n\s*6\. /);
    expect(review).toMatch(/question 9\]\s*\nÀ quelle date prévoyez-vous la mise en ligne/);
  });
});

describe('one field of one list item (case 5)', () => {
  it('`modifier 3.1` lists the item’s fields as buttons, `modifier 3.1.3` changes only that field and returns to the review', async () => {
    const out = await fr.chat(['modifier 3.1', 'modifier 3.1.3', '@marie.t']);
    expect(out).toContain('quel champ modifier');
    expect(out).toContain('3.1.3');
    expect(out).toContain('Révision — étape 1');
    const step = (await fr.repositories.plans.get(asTenant('console:edit-fr'))).step(1);
    expect(groupItems(step.answers.influencers)).toMatchObject([{ name: 'Marie Tremblay', platform: 'linkedin', handle: '@marie.t' }]);
    expect(step.answers.keywords).toEqual(['Boussole']);
  });

  it('the review shows the items’ addresses and how to edit one; a wrong address says what exists', async () => {
    const out = await en.chat(['step 1', 'Boussole', 'McGill', 'Marie Tremblay', 'linkedin', '@mt', 'done', 'https://example.ca/feed.xml', '1, 2', '1', '2026-12-01', '2027-06-01', 'Little.', '2', 'edit 3.4', 'edit 2.1', 'edit 3.1.9']);
    expect(out).toContain('3.1 Marie Tremblay');
    expect(out).toContain('`edit 3.1`');
    expect(out).toContain('Line 3 has no item #4. Its items are numbered 3.1 in the review.');
    expect(out).toContain('Line 2 is not a list: type `edit 2`.');
    expect(out).toContain('Item 3.1 has no field #9.');
    const step = (await en.repositories.plans.get(asTenant('console:edit-en'))).step(1);
    expect(step.status).toBe('in-progress');
  });
});
