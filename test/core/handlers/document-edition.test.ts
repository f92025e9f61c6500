import { describe, expect, it } from 'vitest';
import { documentEdition } from '../../../src/core/handlers/document-edition.js';

const base = { planVersion: 12, organization: 'Musée de la Côte', timeZone: 'America/Toronto', now: new Date('2026-11-28T15:00:00Z') };
const official = { state: 'official', officialOn: '2026-11-27T02:30:00.000Z', version: '2' } as const;
/** Made official before versions were numbered: its version is an instant, never shown. */
const legacy = { state: 'official', officialOn: '2026-11-27T02:30:00.000Z', version: '2026-11-20T15:00:00.000Z' } as const;

describe('a Word copy’s edition', () => {
  it('dates the staff policy’s version by the day it became official, in words and in the team’s zone', () => {
    // 02:30 UTC on the 27th is still the 26th in Toronto.
    expect(documentEdition({ ...base, id: 'staff-policy', policy: official, locale: 'fr' })).toEqual({
      organization: 'Musée de la Côte',
      version: '2, officielle du 26 novembre 2026',
      date: '28 novembre 2026',
    });
    expect(documentEdition({ ...base, id: 'staff-policy', policy: official, locale: 'en' })).toMatchObject({ version: '2, adopted November 26, 2026', date: 'November 28, 2026' });
    expect(documentEdition({ ...base, id: 'staff-policy', policy: legacy, locale: 'fr' }).version).toBe('officielle du 26 novembre 2026');
  });

  it('calls the staff policy a draft before it is official, and numbers other documents by the plan’s revision', () => {
    expect(documentEdition({ ...base, id: 'staff-policy', policy: { state: 'draft' }, locale: 'fr' }).version).toBe('brouillon');
    expect(documentEdition({ ...base, id: 'social-media-plan', policy: official, locale: 'en' }).version).toBe('12');
  });

  it('writes the first of the month as French does', () => {
    expect(documentEdition({ ...base, id: 'social-media-plan', policy: official, locale: 'fr', now: new Date('2026-12-01T15:00:00Z') }).date).toBe('1er décembre 2026');
  });
});
