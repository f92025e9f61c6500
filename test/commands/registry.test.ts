import { describe, expect, it } from 'vitest';
import { COMMANDS, FEATURE_COMMANDS } from '../../src/commands/registry.js';
import { featureCommands } from '../../src/app/feature-commands.js';
import { normalize } from '../../src/core/text/normalize.js';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { featureRepositories, silentLog } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const { db } = useTestDatabase();

describe('the command registry', () => {
  it('has one entry per id', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives no word to two commands, in a language or across the two (accents and case folded)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const command of COMMANDS) {
      for (const word of new Set(LOCALES.flatMap((locale) => command.words[locale].map(normalize)))) {
        const other = owner.get(word);
        if (other !== undefined && other !== command.id) clashes.push(`${word}: ${other} and ${command.id}`);
        owner.set(word, command.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no word twice within one command and language once folded, and only single words', () => {
    for (const command of COMMANDS) {
      for (const locale of LOCALES) {
        const folded = command.words[locale].map(normalize);
        expect(new Set(folded).size, `${command.id} (${locale})`).toBe(folded.length);
        for (const word of folded) expect(word, command.id).toMatch(/^\S+$/);
      }
    }
  });

  it('gives every command words, a usage line and a summary in both languages', () => {
    for (const command of COMMANDS) {
      for (const locale of LOCALES) {
        expect(command.words[locale].length, `${command.id} words (${locale})`).toBeGreaterThan(0);
        expect(command.usage[locale].trim(), `${command.id} usage (${locale})`).not.toBe('');
        expect(command.summary[locale].trim(), `${command.id} summary (${locale})`).not.toBe('');
      }
      // The usage starts with one of the command's own words, so what help shows can be typed.
      for (const locale of LOCALES) {
        const first = normalize(command.usage[locale].split(/\s/)[0]!);
        expect(command.words[locale].map(normalize), `${command.id} usage (${locale})`).toContain(first);
      }
    }
  });

  it('keeps the Teams menu within its limits: at most 10 commands, short titles and descriptions', () => {
    const listed = COMMANDS.flatMap((c) => (c.manifest ? [c.manifest] : []));
    expect(listed.length).toBeLessThanOrEqual(10);
    for (const { title, description } of listed) {
      for (const locale of LOCALES) {
        expect(title[locale].length).toBeLessThanOrEqual(32);
        expect(description[locale].length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('binds every feature entry to a handler that is that entry', async () => {
    const repositories = await featureRepositories(db);
    const handlers = featureCommands({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined });
    expect(handlers.map((h) => h.id)).toEqual(FEATURE_COMMANDS.map((entry) => entry.spec.id));
    handlers.forEach((handler, i) => {
      const { run: _run, ...spec } = handler;
      expect(spec).toEqual(FEATURE_COMMANDS[i]!.spec);
    });
  });
});
