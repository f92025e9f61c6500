import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../src/core/dialogue/format.js';
import type { Question } from '../../../src/core/dialogue/types.js';

const zone = 'America/Toronto';
const when = { key: 'at', kind: 'date-time', label: { fr: 'Date et heure', en: 'Date and time' }, prompt: { fr: 'Quand ?', en: 'When?' } } as Question;
const count = { key: 'n', kind: 'number', label: { fr: 'Abonnés', en: 'Followers' }, prompt: { fr: 'Combien ?', en: 'How many?' } } as Question;

describe('an answer as people read it', () => {
  it('gives a date and time in words, the time without « 10 h 00 »', () => {
    // 15:00 UTC is 10:00 in Toronto in January.
    expect(formatAnswer(when, '2027-01-15T15:00:00.000Z', 'fr', zone)).toBe('vendredi 15 janvier 2027 à 10\u00a0h');
    expect(formatAnswer(when, '2027-01-15T18:30:00.000Z', 'en', zone)).toBe('Friday, January 15, 2027 at 1:30\u00a0p.m.');
  });

  it('groups the digits of a figure as each language does', () => {
    expect(formatAnswer(count, 4250, 'fr', zone)).toBe('4\u202f250');
    expect(formatAnswer(count, 4250, 'en', zone)).toBe('4,250');
  });
});
