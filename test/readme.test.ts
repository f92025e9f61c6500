// The README's terminal examples are what the bot prints: the lines each pipes into `npm run chat`,
// played through the same console chat, give the transcript it shows, character for character
// (French spacing included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleHarness } from './support/console-chat.js';
import { useTestDatabase } from './support/mongo.js';

const { db } = useTestDatabase();
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/**
 * Each `printf '…' | [LANG=…] npm run chat` of the README with the ```text block one sentence after
 * it, and the language it runs in (the terminal's `LANG`, else the team's default, French).
 */
function examples(): Array<{ lines: string[]; locale: 'fr' | 'en'; transcript: string }> {
  const found = [...readme.matchAll(/^printf '([^']*)' \| (?:LANG=(fr|en)_\w+\.UTF-8 )?npm run chat\n```\n\n[^\n]+\n\n```text\n([^]*?)\n```/gm)];
  return found.map(([, input, lang, transcript]) => ({ lines: input!.split('\\n').filter(Boolean), locale: lang === 'en' ? 'en' : 'fr', transcript: transcript! }));
}

describe('the README’s terminal examples', () => {
  it('is there, in French and in English, with their transcripts', () => {
    expect(examples().map((e) => e.locale)).toEqual(['fr', 'en']);
  });

  it('shows exactly what the console prints for its input', async () => {
    for (const [n, { lines, locale, transcript }] of examples().entries()) {
      // A new person in a team whose default is that language reads as one whose `LANG` says it.
      const h = await consoleHarness(db, `readme-${n}`, locale);
      expect((await h.chat(lines)).trimEnd()).toBe(transcript);
    }
  });
});
