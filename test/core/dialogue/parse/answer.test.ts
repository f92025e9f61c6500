// Every question kind accepts what it should and refuses the rest with a specific message in both
// languages.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../src/core/dialogue/parse/answer.js';
import type { Question } from '../../../../src/core/dialogue/types.js';

const ctx = { locale: 'fr' as const, timeZone: 'America/Toronto', now: new Date('2026-11-27T15:00:00Z') };
const q = (question: Partial<Question> & Pick<Question, 'kind'>): Question => ({ key: 'k', prompt: { fr: 'q', en: 'q' }, ...question }) as Question;
const text = (t: string) => ({ kind: 'text' as const, text: t });
const choices = [
  { value: 'facebook', label: { fr: 'Facebook', en: 'Facebook' } },
  { value: 'linkedin', label: { fr: 'LinkedIn', en: 'LinkedIn' } },
  { value: 'blog', label: { fr: 'Blogue', en: 'Blog' } },
];

function accepted(question: Question, input: Parameters<typeof parseAnswer>[1]) {
  const result = parseAnswer(question, input, ctx);
  if (!result.ok) throw new Error(`refused: ${result.error.en}`);
  return result.value;
}
function refused(question: Question, input: Parameters<typeof parseAnswer>[1]) {
  const result = parseAnswer(question, input, ctx);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  expect(result.error.fr).not.toBe('');
  expect(result.error.en).not.toBe('');
  expect(result.error.fr).not.toBe(result.error.en);
  return result.error;
}

describe('short and long text', () => {
  it('trims, refuses empty and too long answers with the count', () => {
    expect(accepted(q({ kind: 'short-text' }), text('  Boussole  '))).toBe('Boussole');
    expect(refused(q({ kind: 'short-text' }), text('   ')).en).toContain('empty');
    expect(refused(q({ kind: 'short-text', maxLength: 10 }), text('x'.repeat(11))).fr).toContain('11\u00a0caractères, 10\u00a0au plus');
    expect(refused(q({ kind: 'long-text' }), text('x'.repeat(4001))).en).toContain('4,001 characters, at most 4,000');
  });
});

describe('lists', () => {
  it('split on commas and semicolons on one line, on lines when there are several, drop duplicates and bullets', () => {
    expect(accepted(q({ kind: 'list' }), text('Boussole, Laval; Québec, boussole'))).toEqual(['Boussole', 'Laval', 'Québec']);
    expect(accepted(q({ kind: 'list' }), text('Boussole;\n- Québec, Laval\nboussole'))).toEqual(['Boussole', 'Québec, Laval']);
  });
  it('refuse an empty list, too many items and too long items', () => {
    refused(q({ kind: 'list' }), text(' , ; '));
    expect(refused(q({ kind: 'list', maxItems: 2 }), text('a, b, c')).en).toContain('at most 2');
    refused(q({ kind: 'list', itemMaxLength: 5 }), text('abcdefgh'));
  });
  it('of URLs validate each address', () => {
    expect(accepted(q({ kind: 'list', itemKind: 'url' }), text('https://a.ca/rss exemple.org/feed'))).toEqual(['https://a.ca/rss', 'https://exemple.org/feed']);
    expect(refused(q({ kind: 'list', itemKind: 'url' }), text('https://a.ca/rss ftp://x.org')).en).toContain('ftp://x.org');
  });
});

describe('URLs', () => {
  it('accept http(s) and Slack-wrapped links, add https:// to a bare domain', () => {
    expect(accepted(q({ kind: 'url' }), text('<https://boussole.ca/flux|boussole.ca>'))).toBe('https://boussole.ca/flux');
    expect(accepted(q({ kind: 'url' }), text('boussole.ca'))).toBe('https://boussole.ca');
  });
  it('refuse malformed addresses and other schemes', () => {
    for (const bad of ['javascript:alert(1)', 'http://', 'pas une adresse', 'ftp://boussole.ca']) refused(q({ kind: 'url' }), text(bad));
  });
});

describe('choices', () => {
  it('match by number, value, label in either language, or a label’s beginning', () => {
    const question = q({ kind: 'choice', choices });
    expect(accepted(question, text('2'))).toBe('linkedin');
    expect(accepted(question, text('FACEBOOK'))).toBe('facebook');
    expect(accepted(question, text('blog'))).toBe('blog');
    expect(accepted(question, text('Link'))).toBe('linkedin');
    expect(accepted(question, { kind: 'choice', value: 'blog' })).toBe('blog');
  });
  it('refuse an unknown choice by listing the choices, unless "other" is allowed', () => {
    expect(refused(q({ kind: 'choice', choices }), text('Mastodon')).fr).toContain('1. Facebook, 2. LinkedIn, 3. Blogue');
    refused(q({ kind: 'choice', choices }), text('7'));
    refused(q({ kind: 'choice', choices, allowOther: true }), { kind: 'choice', value: 'forged' });
    expect(accepted(q({ kind: 'choice', choices, allowOther: true }), text('Mastodon'))).toBe('Mastodon');
  });
  it('multiple: several numbers or labels, checkboxes with an "other" text', () => {
    const question = q({ kind: 'multi-choice', choices, allowOther: true });
    expect(accepted(question, text('1, 3'))).toEqual(['facebook', 'blog']);
    expect(accepted(question, { kind: 'choices', values: ['linkedin'], other: 'Mastodon' })).toEqual(['linkedin', 'Mastodon']);
    refused(q({ kind: 'multi-choice', choices }), text('1, 9'));
    refused(q({ kind: 'multi-choice', choices }), { kind: 'choices', values: [] });
  });
  it('yes/no in French or English', () => {
    expect(accepted(q({ kind: 'yes-no' }), text('Oui'))).toBe(true);
    expect(accepted(q({ kind: 'yes-no' }), text('no'))).toBe(false);
    refused(q({ kind: 'yes-no' }), text('peut-être'));
  });
});

describe('numbers and durations', () => {
  it('read French and English notation, enforce bounds and whole numbers', () => {
    expect(accepted(q({ kind: 'number' }), text('1 234,5'))).toBe(1234.5);
    expect(accepted(q({ kind: 'number' }), text('1,234.5'))).toBe(1234.5);
    expect(refused(q({ kind: 'number', min: 1, max: 720 }), text('0')).en).toContain('at least 1');
    expect(refused(q({ kind: 'number', min: 1, max: 720 }), text('721')).fr).toContain('au plus 720');
    refused(q({ kind: 'number', integer: true }), text('2.5'));
    refused(q({ kind: 'number' }), text('beaucoup'));
  });
  it('durations in minutes from "2 h", "90 min", "1 jour", "1h30"', () => {
    expect(accepted(q({ kind: 'duration' }), text('2 h'))).toBe(120);
    expect(accepted(q({ kind: 'duration' }), text('90 min'))).toBe(90);
    expect(accepted(q({ kind: 'duration' }), text('1 jour'))).toBe(1440);
    expect(accepted(q({ kind: 'duration' }), text('1h30'))).toBe(90);
    refused(q({ kind: 'duration' }), text('bientôt'));
    refused(q({ kind: 'duration' }), text('-2 h'));
  });
});

describe('dates and times in the tenant’s zone', () => {
  it('read ISO and natural French and English', () => {
    expect(accepted(q({ kind: 'date' }), text('2026-12-03'))).toBe('2026-12-03');
    expect(accepted(q({ kind: 'date' }), text('demain'))).toBe('2026-11-28');
    expect(accepted(q({ kind: 'date' }), text('lundi prochain'))).toBe('2026-11-30');
    expect(accepted(q({ kind: 'date' }), text('next Monday'))).toBe('2026-11-30');
    expect(accepted(q({ kind: 'date' }), { kind: 'date', date: '2027-01-05' })).toBe('2027-01-05');
  });
  it('turn a local date-time into the right instant (EST is UTC-5)', () => {
    expect(accepted(q({ kind: 'date-time' }), text('demain 14h'))).toBe('2026-11-28T19:00:00.000Z');
    expect(accepted(q({ kind: 'date-time' }), text('lundi prochain 9 h'))).toBe('2026-11-30T14:00:00.000Z');
    expect(accepted(q({ kind: 'date-time' }), text('next Monday 9am'))).toBe('2026-11-30T14:00:00.000Z');
    expect(accepted(q({ kind: 'date-time' }), { kind: 'datetime', date: '2027-07-01', time: '09:00' })).toBe('2027-07-01T13:00:00.000Z');
  });
  it('refuse impossible dates, a missing time, and a time skipped by daylight saving', () => {
    expect(refused(q({ kind: 'date' }), text('31 février')).fr).toContain('n’existe pas');
    refused(q({ kind: 'date' }), text('2027-02-30'));
    refused(q({ kind: 'date' }), text('banane'));
    expect(refused(q({ kind: 'date-time' }), text('demain')).en).toContain('time is missing');
    expect(refused(q({ kind: 'date-time' }), text('14 mars 2027 2h30')).en).toContain('does not exist');
    refused(q({ kind: 'date' }), { kind: 'date', date: 'hier' });
  });
  it('times: "14 h", "9h30", "2pm"; 25 h refused', () => {
    expect(accepted(q({ kind: 'time' }), text('14 h'))).toBe('14:00');
    expect(accepted(q({ kind: 'time' }), text('9h30'))).toBe('09:30');
    expect(accepted(q({ kind: 'time' }), text('2pm'))).toBe('14:00');
    refused(q({ kind: 'time' }), text('25h'));
    refused(q({ kind: 'time' }), text('midi et quart'));
  });
});

describe('chat users', () => {
  it('read a Slack mention, a picked user or a typed name', () => {
    expect(accepted(q({ kind: 'user' }), text('<@U012AB|marie>'))).toEqual({ id: 'U012AB', name: 'marie' });
    expect(accepted(q({ kind: 'user' }), { kind: 'user', id: 'U9', name: 'Jean' })).toEqual({ id: 'U9', name: 'Jean' });
    expect(accepted(q({ kind: 'user' }), text('@Marie Tremblay'))).toEqual({ id: 'name:marie tremblay', name: 'Marie Tremblay' });
  });
  it('refuse empty or markup-looking names', () => {
    refused(q({ kind: 'user' }), text(' '));
    refused(q({ kind: 'user' }), text('<script>'));
    refused(q({ kind: 'user' }), { kind: 'user', id: '' });
  });
});

describe('refusals, read as an editor would', () => {
  it('write their bounds as figures in each language', () => {
    const long = refused(q({ kind: 'long-text' }), text('x'.repeat(4001)));
    expect(long.fr).toBe('La réponse est trop longue (4\u202f001\u00a0caractères, 4\u202f000\u00a0au plus). Raccourcissez-la.');
    expect(refused(q({ kind: 'number', max: 1500 }), text('2000')).fr).toBe('Le nombre doit être au plus 1\u202f500.');
    expect(refused(q({ kind: 'number', min: 1000 }), text('5')).en).toBe('The number must be at least 1,000.');
  });
  it('agree in number instead of writing « élément(s) »', () => {
    const one = refused(q({ kind: 'multi-choice', choices }), { kind: 'choices', values: [] });
    expect(one.fr).toBe('Choisissez au moins un élément\u00a0: 1. Facebook, 2. LinkedIn, 3. Blogue.');
    expect(one.en).toBe('Pick at least one: 1. Facebook, 2. LinkedIn, 3. Blog.');
    const two = refused(q({ kind: 'multi-choice', choices, min: 2 }), text('1'));
    expect(two.fr).toContain('Choisissez au moins 2\u00a0éléments\u00a0:');
  });
  it('echo what was typed between each language’s quotes, markup shown as typed', () => {
    const unknown = refused(q({ kind: 'choice', choices }), text('*Mastodon*'));
    expect(unknown.fr).toBe('«\u00a0\\*Mastodon\\*\u00a0» ne fait pas partie des choix\u00a0: 1. Facebook, 2. LinkedIn, 3. Blogue.');
    expect(unknown.en).toBe('“\\*Mastodon\\*” isn’t one of the choices: 1. Facebook, 2. LinkedIn, 3. Blog.');
    expect(refused(q({ kind: 'number' }), text('beaucoup')).en).toBe('“beaucoup” isn’t a number.');
    expect(refused(q({ kind: 'duration' }), text('bientôt')).fr).toBe('Je n’ai pas compris la durée «\u00a0bientôt\u00a0». Exemples\u00a0: 2\u00a0h, 90\u00a0min, 1\u00a0jour.');
  });
});

describe('a control that does not fit the question', () => {
  it('is refused (e.g. a date picker value sent to a text question)', () => {
    refused(q({ kind: 'short-text' }), { kind: 'date', date: '2026-12-03' });
    refused(q({ kind: 'number' }), { kind: 'choice', value: '3' });
  });
});
