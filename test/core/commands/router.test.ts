// The router runs what the registry says: a command's words, and its questionnaire flag.
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../src/app/build-engine.js';
import { createRepositories, listRepositories } from '../../../src/app/repositories.js';
import type { CommandHandler } from '../../../src/core/commands/command.js';
import type { InboundEvent } from '../../../src/core/events.js';
import type { Reply } from '../../../src/core/replies.js';
import { createLogger } from '../../../src/log/logger.js';
import { ensureIndexes } from '../../../src/store/repository.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();

/** A feature command that answers with its id and arguments, so running it is visible. */
function echo(id: string, fr: string, en: string): CommandHandler {
  return {
    id,
    words: { fr: [fr], en: [en] },
    usage: { fr, en },
    summary: { fr: `commande ${id}`, en: `${id} command` },
    helpSection: 'commands',
    run: async (args) => [{ kind: 'text', text: `ran ${id} (${args})` }],
  };
}

async function engineWith(commands: CommandHandler[]) {
  const repositories = createRepositories(db);
  await ensureIndexes(listRepositories(repositories));
  const engine = buildEngine({ repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }), commands });
  const tenant = `router-${Math.random().toString(36).slice(2, 8)}`;
  const say = async (text: string, kind: 'message' | 'command' = 'message') => {
    const event: InboundEvent = {
      tenant: { platform: 'console', id: tenant },
      user: { id: 'console:ana', name: 'Ana', isAdmin: true },
      conversation: { id: 'console', kind: 'direct' },
      input: { kind, text },
    };
    const replies: Reply[] = await engine.handle(event);
    return replies.map((r) => ('text' in r && r.text) || ('prompt' in r && r.prompt) || '').join('\n');
  };
  const keywords = async () => (await repositories.plans.get(asTenant(`console:${tenant}`))).step(1).answers.keywords;
  return { say, keywords };
}

describe('the router, from the registry', () => {
  it('runs a feature command by any of its words, in either language, accents and case folded', async () => {
    const { say } = await engineWith([echo('journal', 'journée', 'log')]);
    expect(await say('JOURNEE 3 jours')).toContain('ran journal (3 jours)');
    expect(await say('log')).toContain('ran journal ()');
  });

  it('during a questionnaire, runs any command typed alone or with a number, then asks the question again', async () => {
    const { say, keywords } = await engineWith([echo('ping', 'coucou', 'ping'), echo('pong', 'bonjour', 'pong')]);
    await say('étape 1');
    expect(await say('ping')).toMatch(/ran ping \(\)[^]*La question attend toujours votre réponse[^]*mots-clés/);
    expect(await say('coucou 2')).toContain('ran ping (2)');
    expect(await say('Bonjour')).toContain('ran pong ()');
    expect(await say('état')).toMatch(/À faire maintenant[^]*La question attend toujours/);
    expect(await keywords()).toBeUndefined();
  });

  it('asks "answer or command?" of a reply that only starts with a command word, and does what is chosen', async () => {
    const { say, keywords } = await engineWith([echo('ping', 'coucou', 'ping')]);
    await say('étape 1');
    expect(await say('ping tout le monde')).toMatch(/«\sping tout le monde\s»\s:\sest-ce votre réponse, ou la commande `ping`\s\?/);
    expect(await keywords()).toBeUndefined();
    expect(await say('C’est ma réponse')).toMatch(/✓ Mots-clés surveillés\s: ping tout le monde/);
    expect(await keywords()).toEqual(['ping tout le monde']);
    await say('ping les concurrents');
    expect(await say('2')).toMatch(/ran ping \(les concurrents\)[^]*La question attend toujours/);
  });

  it('runs any command given as a command (a slash command), even during a questionnaire', async () => {
    const { say } = await engineWith([echo('pong', 'bonjour', 'pong')]);
    await say('étape 1');
    expect(await say('pong après', 'command')).toContain('ran pong (après)');
  });
});
