// « moi » / "me" typed where a person is asked names the person answering — not someone called
// Moi — through the console, in the calendar form and in a step question.
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const clock = () => new Date('2026-11-28T15:00:00Z');
const marie = { id: 'console:marie', name: 'Marie' };
let fr: ConsoleHarness;
let en: ConsoleHarness;

beforeAll(async () => {
  fr = await consoleHarness(db, 'self-fr', 'fr', clock);
  en = await consoleHarness(db, 'self-en', 'en', clock);
});

describe('naming oneself where a person is asked', () => {
  it('« moi » in the calendar form makes the one answering its owner', async () => {
    const out = await fr.chat(['calendrier ajouter', '12 décembre 10 h', 'linkedin', 'Lancement du rapport', 'moi', 'passer', 'calendrier'], marie);
    expect(out).toContain('(le nom de la personne, ou «\u00a0moi\u00a0»)');
    expect(out).toMatch(/Lancement du rapport \(LinkedIn\) · Marie/);
    const [entry] = await fr.repositories.calendar.findMany(asTenant('console:self-fr'), {});
    expect(entry?.owner).toEqual(marie);
  });

  it('"me" at step 6’s community manager question stores the one answering', async () => {
    await en.chat(['step 6', 'Me'], marie);
    const plan = await en.repositories.plans.get(asTenant('console:self-en'));
    expect(Object.values(plan.step(6).answers)).toContainEqual(marie);
  });

  it('a name that only contains the word is still a name', async () => {
    await en.chat(['step 6', 'back', 'Me Tremblay'], marie);
    const plan = await en.repositories.plans.get(asTenant('console:self-en'));
    expect(Object.values(plan.step(6).answers)).toContainEqual({ id: 'name:me tremblay', name: 'Me Tremblay' });
  });
});
