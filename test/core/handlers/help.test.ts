import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/commands/registry.js';
import { consoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();

describe('help', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`lists exactly the registry, in its order (${locale})`, async () => {
      const h = await consoleHarness(db, `help-${locale}`, locale);
      const out = await h.chat([locale === 'fr' ? 'aide' : 'help']);
      const lines = out.split('\n');
      const listed = lines.filter((line) => line.startsWith('- `'));
      const expected = COMMANDS.filter((c) => c.helpSection === 'commands').map((c) => `- \`${c.usage[locale]}\` — ${c.summary[locale]}`);
      expect(listed).toEqual(expected);
      const questionnaire = COMMANDS.filter((c) => c.helpSection === 'questionnaire').map((c) => `\`${c.usage[locale]}\``);
      expect(questionnaire.length).toBeGreaterThan(0);
      const during = lines.find((line) => line.includes(questionnaire[0]!));
      expect(during).toBeDefined();
      expect(during).toContain(questionnaire.join(', '));
    });
  }

  it('keeps the line about the questionnaire: its commands, in today’s order', async () => {
    const h = await consoleHarness(db, 'help-words', 'fr');
    expect(await h.chat(['aide'])).toContain(
      'Pendant un questionnaire\u00a0: `retour`, `passer`, `réviser`, `modifier <n>[.<élément>[.<champ>]]`, `pause`\u202f; `terminer` finit une liste, une étape ou une saisie, `retirer <n>` enlève l’élément n d’une liste. Entre guillemets («\u00a0aide\u00a0»), ce que vous tapez est toujours une réponse.',
    );
    expect(await h.chat(['help', 'language en', 'help'])).toContain(
      'During a questionnaire: `back`, `skip`, `review`, `edit <n>[.<item>[.<field>]]`, `pause`; `finish` ends a list, a step or a short form, `remove <n>` takes item n out of a list. In quotes (“help”), what you type is always an answer.',
    );
  });
});
