// The console's own words: how to answer each kind of question, said once, in the reader's
// language and typography.
import { describe, expect, it } from 'vitest';
import { renderForConsole } from '../../../adapters/console/render.js';
import type { InputSpec, Reply } from '../../../src/core/replies.js';
import { consoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();

const ref = { step: 4, key: 'lines.perWeek', turn: 1 };
const asked = (input: InputSpec, help?: string): Reply => ({ kind: 'question', ref, context: 'Étape 4', prompt: 'Combien ?', ...(help ? { help } : {}), input, buttons: [] });
const hintOf = (input: InputSpec, locale: 'fr' | 'en') => renderForConsole([asked(input)], locale).split('\n')[2];

describe('the console’s hint for a number', () => {
  it.each([
    [{ min: 0, max: 100 }, 'fr', '  (un nombre de 0 à 100)'],
    [{ min: 0, max: 100 }, 'en', '  (a number from 0 to 100)'],
    [{ min: 1 }, 'fr', '  (un nombre de 1 ou plus)'],
    [{ min: 1 }, 'en', '  (a number of 1 or more)'],
    [{ max: 720 }, 'fr', '  (un nombre jusqu’à 720)'],
    [{ max: 720 }, 'en', '  (a number up to 720)'],
    [{}, 'fr', '  (un nombre)'],
    [{}, 'en', '  (a number)'],
  ] as const)('says the bounds %j in words (%s)', (bounds, locale, hint) => {
    expect(hintOf({ kind: 'number', integer: false, ...bounds }, locale)).toBe(hint);
  });

  it('says a whole number when only whole numbers are taken, and writes large bounds as each language does', () => {
    expect(hintOf({ kind: 'number', integer: true, min: 1, max: 1000 }, 'fr')).toBe('  (un nombre entier de 1 à 1\u202f000)');
    expect(hintOf({ kind: 'number', integer: true, min: 1, max: 1000 }, 'en')).toBe('  (a whole number from 1 to 1,000)');
  });
});

describe('the console’s “label: value” lines', () => {
  const facts: Reply = { kind: 'facts', facts: [{ label: 'Fuseau horaire', value: 'America/Toronto' }] };
  const command: Reply = { kind: 'buttons', buttons: [{ label: 'Rouvrir l’étape 9', action: { kind: 'command', text: 'rouvrir 9' } }] };

  it('puts a no-break space before the colon in French', () => {
    expect(renderForConsole([facts], 'fr')).toBe('  Fuseau horaire\u00a0: America/Toronto');
    expect(renderForConsole([command], 'fr')).toBe('  → Rouvrir l’étape 9\u00a0: tapez `rouvrir 9`');
  });

  it('writes the colon right after the label in English', () => {
    expect(renderForConsole([{ kind: 'facts', facts: [{ label: 'Time zone', value: 'America/Toronto' }] }], 'en')).toBe('  Time zone: America/Toronto');
    expect(renderForConsole([{ kind: 'buttons', buttons: [{ label: 'Reopen step 9', action: { kind: 'command', text: 'reopen 9' } }] }], 'en')).toBe('  → Reopen step 9: type `reopen 9`');
  });
});

describe('the console’s review and documents', () => {
  const review: Reply = { kind: 'facts', title: 'Révision — étape 5', facts: [{ label: '1. Qui peut publier au nom de l’organisation\u202f?', value: 'Tous les employés' }] };

  it('puts the answer to a question on the next line, never « ? : »', () => {
    expect(renderForConsole([review], 'fr')).toBe('== Révision — étape 5 ==\n  1. Qui peut publier au nom de l’organisation\u202f?\n    Tous les employés');
    expect(renderForConsole([{ kind: 'facts', facts: [{ label: '1. Who may post?', value: 'All employees' }] }], 'en')).toBe('  1. Who may post?\n    All employees');
  });

  it('puts the answer to a question with a hint after it on its own line too (step 4’s supervisor)', () => {
    const label = '10. Qui supervise ces schémas\u202f? Cette personne reçoit l’escalade des commentaires sensibles restés sans réponse.';
    expect(renderForConsole([{ kind: 'facts', facts: [{ label, value: 'Louise Bédard' }] }], 'fr')).toBe(`  ${label}\n    Louise Bédard`);
    const en = '10. Who supervises this playbook? They receive sensitive comments left unanswered.';
    expect(renderForConsole([{ kind: 'facts', facts: [{ label: en, value: 'Louise Bédard' }] }], 'en')).toBe(`  ${en}\n    Louise Bédard`);
  });

  it('names the word that completes the step where the review offers it', () => {
    const buttons: Reply = { kind: 'buttons', buttons: [{ label: 'Terminer l’étape', action: { kind: 'control', control: 'complete' } }, { label: '◀ Retour', action: { kind: 'control', control: 'back' } }] };
    expect(renderForConsole([buttons], 'fr')).toBe('  Aussi\u00a0: terminer · retour');
    expect(renderForConsole([buttons], 'en')).toBe('  Also: complete · back');
  });

  it('closes a document in the reader’s language', () => {
    const document: Reply = { kind: 'document', title: 'Guide', filename: 'guide.md', markdown: '# Guide' };
    expect(renderForConsole([document], 'fr').split('\n').at(-1)).toBe('----- fin -----');
    expect(renderForConsole([document], 'en').split('\n').at(-1)).toBe('----- end -----');
  });
});

describe('one hint per question on the console', () => {
  const hintLines = (out: string, prompt: string) => {
    const lines = out.split('\n');
    const start = lines.findIndex((l) => l.includes(prompt));
    if (start < 0) throw new Error(`“${prompt}” was not asked:\n${out}`);
    const end = lines.findIndex((l, i) => i > start && /^ {2}(Aussi|Also)/.test(l));
    return lines.slice(start + 1, end);
  };

  it('says once how to separate a list’s items, in French', async () => {
    const h = await consoleHarness(db, 'hints-fr', 'fr');
    const out = await h.chat(['étape 1']);
    expect(hintLines(out, 'Quels mots-clés devons-nous surveiller')).toEqual(['  (séparez les éléments par des virgules)']);
  });

  it('says once how to separate a list’s items, in English', async () => {
    const h = await consoleHarness(db, 'hints-en', 'en');
    const out = await h.chat(['step 1', 'Boussole, Laval University']);
    expect(hintLines(out, 'Which keywords should we watch')).toEqual(['  (separate items with commas)']);
    expect(hintLines(out, 'Which competitors')).toEqual(['  (separate items with commas)']);
  });

  it('gives the date and time examples once in the calendar form', async () => {
    const h = await consoleHarness(db, 'hints-when', 'fr');
    const out = await h.chat(['calendrier ajouter']);
    const hints = hintLines(out, 'Quand');
    expect(hints.filter((l) => /ex\.|exemple/i.test(l))).toHaveLength(1);
  });
});
