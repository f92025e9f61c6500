// `historique` in words: what a person answered, as they answered it, in the reader's language.
import { describe, expect, it } from 'vitest';
import { historyWords } from '../../../src/core/history/history-words.js';
import type { StepDefinition } from '../../../src/core/dialogue/types.js';
import type { HistoryEntry } from '../../../src/core/ports/stores.js';

const step: StepDefinition = {
  number: 4,
  id: 'content',
  title: { fr: 'Contenu', en: 'Content' },
  intro: { fr: '…', en: '…' },
  nodes: [
    { key: 'goLive', kind: 'date', label: { fr: 'Mise en ligne', en: 'Go-live' }, prompt: { fr: 'Quand ?', en: 'When?' } },
    {
      kind: 'group',
      key: 'playbook',
      label: { fr: 'Gestion des commentaires', en: 'Comment handling' },
      itemLabel: { fr: 'type de commentaire', en: 'kind of comment' },
      prompt: { fr: '…', en: '…' },
      questions: [
        {
          key: 'kind',
          kind: 'choice',
          label: { fr: 'Type', en: 'Kind' },
          prompt: { fr: 'Quel type ?', en: 'Which kind?' },
          choices: [
            { value: 'angry', label: { fr: 'En colère', en: 'Angry' } },
            { value: 'satisfied', label: { fr: 'Satisfait', en: 'Satisfied' } },
          ],
        },
        {
          key: 'channel',
          kind: 'choice',
          label: { fr: 'Canal de réponse', en: 'Reply channel' },
          prompt: { fr: 'Où répondre ?', en: 'Where to answer?' },
          choices: [
            { value: 'public', label: { fr: 'En public', en: 'In public' } },
            { value: 'private-message', label: { fr: 'En message privé', en: 'In a private message' } },
          ],
        },
        { key: 'assignee', kind: 'user', label: { fr: 'Qui répond', en: 'Who answers' }, prompt: { fr: 'Qui ?', en: 'Who?' } },
      ],
    },
  ],
};

const answers = {
  playbook: {
    items: {
      e0add9874ecd: { _at: '2026-11-01T10:00:00Z', answers: { kind: 'satisfied' } },
      b1: { _at: '2026-11-02T10:00:00Z', answers: { kind: 'angry', channel: 'private-message' } },
    },
  },
} as never;
const entry = (key: string, before: unknown, after: unknown): HistoryEntry => ({ step: 4, key, before, after, by: { id: 'u1', name: 'Marie' }, at: '2026-11-28T15:00:00Z' });
const read = (e: HistoryEntry, locale: 'fr' | 'en') => historyWords(e, step, { locale, timeZone: 'America/Toronto', answers });

describe('a history entry in words', () => {
  it('names a list item’s field by its labels, the item by its number and first answer, the choice by its label', () => {
    expect(read(entry('playbook[b1].channel', null, 'private-message'), 'fr')).toEqual({
      what: 'Gestion des commentaires › type de commentaire 2 « En colère » › Canal de réponse',
      before: '—',
      after: 'En message privé',
    });
    expect(read(entry('playbook[b1].channel', 'public', 'private-message'), 'en')).toEqual({
      what: 'Comment handling › kind of comment 2 “Angry” › Reply channel',
      before: 'In public',
      after: 'In a private message',
    });
  });

  it('shows a person by name, never as the stored object', () => {
    const words = read(entry('playbook[e0add9874ecd].assignee', null, { id: 'name:julie tremblay', name: 'Julie Tremblay' }), 'fr');
    expect(words.after).toBe('Julie Tremblay');
    expect(JSON.stringify(words)).not.toContain('name:julie');
  });

  it('a date in long form, in the reader’s language', () => {
    expect(read(entry('goLive', null, '2026-12-03'), 'fr')).toMatchObject({ what: 'Mise en ligne', after: '3 décembre 2026' });
    expect(read(entry('goLive', null, '2026-12-03'), 'en')).toMatchObject({ what: 'Go-live', after: 'December 3, 2026' });
  });

  it('a removed item by what it was, and the step’s status in words', () => {
    expect(read(entry('playbook[gone]', { _at: 'x', answers: { kind: 'angry' } }, null), 'en')).toEqual({
      what: 'Comment handling › kind of comment “Angry”',
      before: 'Angry',
      after: '—',
    });
    expect(read(entry('@status', 'in-progress', 'complete'), 'fr')).toEqual({ what: 'État de l’étape', before: 'en cours', after: 'terminée' });
  });
});
