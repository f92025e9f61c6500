import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/core/commands/command.js';
import { detectCommand } from '../../../src/core/commands/detect.js';
import { COMMANDS } from '../../../src/commands/registry.js';

const idOf = (text: string, locale: 'fr' | 'en' = 'fr') => detectCommand(text, locale, COMMANDS)?.command.id;

describe('detectCommand: is a typed text a command of the registry?', () => {
  it('finds a command in either language, whatever the person’s language', () => {
    expect(idOf('langue en', 'fr')).toBe('language');
    expect(idOf('language fr', 'fr')).toBe('language');
    expect(idOf('calendrier', 'en')).toBe('calendar');
    expect(idOf('calendar', 'fr')).toBe('calendar');
  });

  it('folds accents and case, and drops a typed /boussole', () => {
    expect(idOf('Étape 3')).toBe('step');
    expect(idOf('ETAPE 3')).toBe('step');
    expect(idOf('etat')).toBe('status');
    expect(idOf('RÉGLAGES')).toBe('settings');
    expect(idOf('reglages')).toBe('settings');
    expect(idOf('/boussole politique guide')).toBe('policy');
    expect(idOf('  @Boussole   aide ')).toBe('help');
  });

  it('returns what follows the command word as typed, as its arguments', () => {
    expect(detectCommand('calendrier ajouter demain 14 h | LinkedIn | Lancement', 'fr', COMMANDS)).toMatchObject({
      command: { id: 'calendar' },
      args: 'ajouter demain 14 h | LinkedIn | Lancement',
    });
    expect(detectCommand('étape', 'fr', COMMANDS)?.args).toBe('');
    expect(detectCommand('modifier   2', 'fr', COMMANDS)?.args).toBe('2');
  });

  it('says which language the command word is in, the person’s own when the word is in both', () => {
    expect(detectCommand('langue en', 'en', COMMANDS)?.language).toBe('fr');
    expect(detectCommand('status', 'fr', COMMANDS)?.language).toBe('en');
    expect(detectCommand('kpi', 'fr', COMMANDS)?.language).toBe('fr');
    expect(detectCommand('kpi', 'en', COMMANDS)?.language).toBe('en');
  });

  it('is not fooled by a command word inside the text, a prefix of a word, or nothing', () => {
    expect(idOf('Boussole')).toBeUndefined();
    expect(idOf('mes concurrents: calendrier')).toBeUndefined();
    expect(idOf('etap 2')).toBeUndefined();
    expect(idOf('calendriers')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
    expect(idOf('   ')).toBeUndefined();
    expect(idOf('/boussole')).toBeUndefined();
  });

  it('looks only at the commands it is given', () => {
    const only: CommandSpec[] = COMMANDS.filter((c) => c.id === 'help');
    expect(detectCommand('aide', 'fr', only)?.command.id).toBe('help');
    expect(detectCommand('étape 2', 'fr', only)).toBeUndefined();
  });
});
