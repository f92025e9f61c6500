import { describe, expect, it } from 'vitest';
import { buildFrenchLocalization, buildManifest } from '../../../../adapters/teams/package/manifest.js';
import { COMMANDS } from '../../../../src/commands/registry.js';
import { frenchSpacing } from '../../../../src/core/i18n/format.js';

describe('the Teams manifest’s command menu', () => {
  const manifest = buildManifest({ appId: '00000000-0000-0000-0000-000000000001', hostname: 'boussole.example.org', version: '1.0.0' }) as {
    bots: Array<{ commandLists: Array<{ commands: Array<{ title: string; description: string }> }> }>;
  };
  const menu = manifest.bots[0]!.commandLists[0]!.commands;
  const listed = COMMANDS.filter((c) => c.manifest);

  it('lists exactly the registry’s commands that have a menu line, in its order, in English', () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(menu).toEqual(listed.map((c) => ({ title: c.manifest!.title.en, description: c.manifest!.description.en })));
  });

  it('gives the same commands in French through the localization file', () => {
    const french = buildFrenchLocalization();
    listed.forEach((c, i) => {
      expect(french[`bots[0].commandLists[0].commands[${i}].title`]).toBe(frenchSpacing(c.manifest!.title.fr));
      expect(french[`bots[0].commandLists[0].commands[${i}].description`]).toBe(frenchSpacing(c.manifest!.description.fr));
    });
    expect(Object.keys(french).filter((key) => key.startsWith('bots[0].commandLists[0].commands['))).toHaveLength(listed.length * 2);
  });

  it('writes its French with French typography (no-break space before « : », none plain before « ? »)', () => {
    const french = Object.values(buildFrenchLocalization()).filter((v): v is string => typeof v === 'string' && !v.startsWith('http'));
    expect(french.filter((text) => / [:?!;]/.test(text))).toEqual([]);
    expect(french.join('\n')).toContain('garder le cap\u00a0: rappels');
  });

  it('has menu titles that are commands as typed: their first word calls the command', () => {
    for (const command of listed) {
      for (const locale of ['fr', 'en'] as const) {
        const first = command.manifest!.title[locale].split(' ')[0]!;
        expect(command.words[locale], command.id).toContain(first);
      }
    }
  });
});
