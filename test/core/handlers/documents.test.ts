// Every document name the help and the README advertise works from the chat, in both languages,
// and `politique` / `policy` alone lists the documents by the names of the reader's language.
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { asTenant } from '../../support/tenant.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedCompletePlan } from '../../support/seed-plan.js';

const { db } = useTestDatabase();
let fr: ConsoleHarness;
let en: ConsoleHarness;

beforeAll(async () => {
  fr = await consoleHarness(db, 'docs-fr', 'fr');
  await seedCompletePlan(db, fr.repositories, asTenant('console:docs-fr'));
  en = await consoleHarness(db, 'docs-en', 'en');
  await seedCompletePlan(db, en.repositories, asTenant('console:docs-en'));
});

const file = (out: string) => /----- (.+?) -----/.exec(out)?.[1];

describe('documents by name', () => {
  it('`politique` alone lists them by their French names', async () => {
    const out = await fr.chat(['politique']);
    expect(out).toContain('`guide`, `éditoriale`, `commentaires`, `personnel`, `plan`');
    expect(out).not.toContain('usage-guide');
    expect(out).toContain('politique commentaires');
  });

  it('`policy` alone lists them by their English names', async () => {
    const out = await en.chat(['policy']);
    expect(out).toContain('`guide`, `editorial`, `playbook`, `staff`, `plan`');
  });

  it.each([
    ['politique commentaires', 'schemas-commentaires'],
    ['politique schémas', 'schemas-commentaires'],
    ['politique schemas', 'schemas-commentaires'],
    ['politique playbook', 'schemas-commentaires'],
    ['politique guide', 'guide-utilisation'],
    ['politique guide d’utilisation', 'guide-utilisation'],
    ['politique ligne éditoriale', 'ligne-editoriale'],
    ['politique ligne editoriale', 'ligne-editoriale'],
    ['politique éditoriale', 'ligne-editoriale'],
    ['politique personnel', 'politique-personnel'],
    ['politique du personnel', 'politique-personnel'],
    ['politique plan', 'plan-medias-sociaux'],
  ])('French: `%s`', async (typed, stem) => {
    expect(file(await fr.chat([typed]))).toMatch(new RegExp(`^${stem}`));
  });

  it.each([
    ['policy comments', 'comment-playbook'],
    ['policy playbook', 'comment-playbook'],
    ['policy guide', 'usage-guide'],
    ['policy usage guide', 'usage-guide'],
    ['policy editorial line', 'editorial-line'],
    ['policy editorial', 'editorial-line'],
    ['policy staff', 'staff-policy'],
    ['policy plan', 'social-media-plan'],
  ])('English: `%s`', async (typed, stem) => {
    expect(file(await en.chat([typed]))).toMatch(new RegExp(`^${stem}`));
  });
});
