// What each platform's markup would eat or run together, checked on Boussole's real screens: the
// help, a step question, a review, a document and the digest, rendered as Adaptive Cards and as
// Block Kit, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReplies as renderCards } from '../../../adapters/teams/cards/render.js';
import { renderReplies as renderBlocks } from '../../../adapters/slack/render/replies.js';
import { consoleChannel } from '../../../adapters/console/channel.js';
import { composeBoussole } from '../../../src/app/compose.js';
import type { InboundEvent } from '../../../src/core/events.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Engine } from '../../../src/core/ports/engine.js';
import type { Reply } from '../../../src/core/replies.js';
import { silentLog } from '../../support/feature-fixtures.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedCompletePlan } from '../../support/seed-plan.js';
import { asTenant } from '../../support/tenant.js';
import { cardsOf, elementsOf, type Json } from '../../support/teams-cards.js';

const { db } = useTestDatabase();
let engine: Engine;
const screens = new Map<string, Reply[]>();

async function say(tenant: string, text: string, locale: Locale): Promise<Reply[]> {
  const event: InboundEvent = {
    tenant: { platform: 'console', id: tenant },
    user: { id: `console:${tenant}`, name: 'Marie', isAdmin: true },
    conversation: { id: 'console', kind: 'direct' },
    locale,
    input: { kind: 'message', text },
  };
  return engine.handle(event);
}

beforeAll(async () => {
  const boussole = composeBoussole({ db, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: silentLog, scheduler: () => undefined });
  boussole.register(consoleChannel(() => {}));
  await boussole.ensureIndexes();
  engine = boussole.engine;
  for (const locale of ['fr', 'en'] as const) {
    const fresh = `markup-new-${locale}`;
    await say(fresh, locale === 'fr' ? 'langue fr' : 'language en', locale);
    screens.set(`${locale} help`, await say(fresh, 'help', locale));
    screens.set(`${locale} question`, await say(fresh, 'step 1', locale));
    const done = `markup-done-${locale}`;
    await say(done, locale === 'fr' ? 'langue fr' : 'language en', locale);
    await seedCompletePlan(db, boussole.repositories, asTenant(`console:${done}`));
    await say(done, 'reopen 2', locale);
    await say(done, 'step 2', locale);
    screens.set(`${locale} review`, await say(done, 'review', locale));
    screens.set(`${locale} document`, await say(done, 'policy guide', locale));
    screens.set(`${locale} digest`, await say(done, 'digest', locale));
  }
}, 120_000);

/** A word in angle brackets that a platform would read as markup: `<when>`, `<n>`, `<1-10>`. */
const BARE_TAG = /<[A-Za-z0-9][^<>\n]*>/;
/** Slack's own references and links, which are markup on purpose. */
const SLACK_MARKUP = /<(?:https?:\/\/[^<>|\s]+(?:\|[^<>]*)?|@[UW][A-Z0-9]+(?:\|[^<>]*)?|#[CG][A-Z0-9]+(?:\|[^<>]*)?)>/g;
const isListLine = (line: string) => /^\s*(?:[-*•]|\d+\.)\s/.test(line);

function cardTexts(replies: Reply[], locale: Locale): string[] {
  return renderCards(replies, { locale, userId: 'u1' }).flatMap((activity) =>
    cardsOf(activity as unknown as Json)
      .flatMap(elementsOf)
      .flatMap((e) => (e.type === 'TextBlock' ? [String(e.text)] : e.type === 'FactSet' ? (e.facts as Array<{ value: string }>).map((f) => f.value) : [])),
  );
}

function blockTexts(replies: Reply[], locale: Locale): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Json;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') texts.push(o.text);
      Object.values(o).forEach(visit);
    }
  };
  visit(renderBlocks(replies, locale).messages.map((m) => m.blocks));
  return texts;
}

describe.each(['fr', 'en'] as const)('every screen in %s', (locale) => {
  const names = ['help', 'question', 'review', 'document', 'digest'];

  it('has something to show on each screen', () => {
    for (const name of names) expect(screens.get(`${locale} ${name}`)?.length, name).toBeGreaterThan(0);
  });

  it('Adaptive Cards: no bare <word> (Teams drops it), and every line break is a paragraph except inside a list', () => {
    for (const name of names) {
      for (const text of cardTexts(screens.get(`${locale} ${name}`)!, locale)) {
        expect(text, name).not.toMatch(BARE_TAG);
        const lines = text.split('\n');
        for (let i = 1; i < lines.length; i++) {
          const joined = lines[i - 1]!.trim() !== '' && lines[i]!.trim() !== '';
          if (joined) expect(isListLine(lines[i - 1]!) && isListLine(lines[i]!), `${name}: «${lines[i - 1]}» then «${lines[i]}»`).toBe(true);
        }
      }
    }
  });

  it('Block Kit: no bare <word> beyond Slack’s own links and mentions, each text within 3,000 characters', () => {
    for (const name of names) {
      for (const text of blockTexts(screens.get(`${locale} ${name}`)!, locale)) {
        expect(text.replace(SLACK_MARKUP, ''), name).not.toMatch(BARE_TAG);
        expect(text.length, name).toBeLessThanOrEqual(3000);
      }
    }
  });

  it('the help shows its placeholders on both platforms, escaped, one command a line', () => {
    const help = screens.get(`${locale} help`)!;
    const cards = cardTexts(help, locale).join('\n');
    const blocks = blockTexts(help, locale).join('\n');
    for (const text of [cards, blocks]) expect(text).toMatch(/&lt;[a-zé]+&gt;/);
    expect(blocks.split('\n').filter((l) => l.startsWith('•')).length).toBeGreaterThan(5);
  });
});
