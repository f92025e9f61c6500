// The README's terminal example is what the bot prints: the lines it pipes into `npm run chat`,
// played through the same console chat, give the transcript it shows, character for character
// (French spacing included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleHarness } from './support/console-chat.js';
import { useTestDatabase } from './support/mongo.js';

const { db } = useTestDatabase();
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Each `printf '…' | npm run chat` of the README with the ```text block one sentence after it. */
function examples(): Array<{ lines: string[]; transcript: string }> {
  const found = [...readme.matchAll(/^printf '([^']*)' \| npm run chat\n```\n\n[^\n]+\n\n```text\n([^]*?)\n```/gm)];
  return found.map(([, input, transcript]) => ({ lines: input!.split('\\n').filter(Boolean), transcript: transcript! }));
}

describe('the README’s terminal example', () => {
  it('is there, with its transcript', () => {
    expect(examples()).toHaveLength(1);
  });

  it('shows exactly what the console prints for its input', async () => {
    for (const [n, { lines, transcript }] of examples().entries()) {
      const h = await consoleHarness(db, `readme-${n}`, 'fr');
      expect((await h.chat(lines)).trimEnd()).toBe(transcript);
    }
  });
});
