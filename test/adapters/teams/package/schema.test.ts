// The Teams package checked offline against Microsoft's own JSON schemas, as shipped in
// @microsoft/app-manifest (the validator of the Microsoft 365 Agents Toolkit): the manifest against
// MicrosoftTeams.schema.json and the French file against MicrosoftTeams.Localization.schema.json
// of the manifest's version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../../../adapters/teams/package/build-package.js';
import { MANIFEST_VERSION } from '../../../../adapters/teams/package/manifest.js';

const schemas = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', `v${MANIFEST_VERSION}`);
const schema = (file: string) => JSON.parse(readFileSync(join(schemas, file), 'utf8')) as never;

/**
 * The localization schema has two property patterns (`activities.activityTypes[…]`) with a lone
 * `]`, fine for a non-Unicode regular expression but refused by Ajv, which compiles with the `u`
 * flag. Escaping that bracket gives the same pattern in both modes; nothing else is touched.
 */
function unicodeSafe(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unicodeSafe);
  if (!node || typeof node !== 'object') return node;
  const safe = (pattern: string) => {
    try {
      new RegExp(pattern, 'u');
      return pattern;
    } catch {
      return pattern.replace(/(?<!\\)\](?=\\\.)/g, '\\]');
    }
  };
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'patternProperties' ? Object.fromEntries(Object.entries(value as object).map(([p, v]) => [safe(p), unicodeSafe(v)])) : unicodeSafe(value),
    ]),
  );
}

const files = unzipSync(buildTeamsPackage({ appId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', hostname: 'boussole.example.org', version: '0.1.0' }));
const json = (name: string) => JSON.parse(strFromU8(files[name]!)) as Record<string, unknown> & { $schema: string };
const manifest = json('manifest.json') as ReturnType<typeof json> & { localizationInfo: { additionalLanguages: Array<{ languageTag: string; file: string }> } };

describe('the Teams package against Microsoft’s schemas', () => {
  it('has a manifest valid against MicrosoftTeams.schema.json', async () => {
    expect(manifest.$schema).toContain(`/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never, schema('MicrosoftTeams.schema.json'))).toEqual([]);
  });

  it('has localization files valid against MicrosoftTeams.Localization.schema.json, each one in the package', async () => {
    const languages = manifest.localizationInfo.additionalLanguages;
    expect(languages.length).toBeGreaterThan(0);
    for (const { file } of languages) {
      expect(Object.keys(files)).toContain(file);
      const localization = json(file);
      expect(localization.$schema).toContain(`/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`);
      expect(await AppManifestUtils.validateAgainstSchema(localization as never, unicodeSafe(schema('MicrosoftTeams.Localization.schema.json')) as never)).toEqual([]);
    }
  });

  it('would report a manifest the schemas refuse (the check is not vacuous)', async () => {
    const broken = { ...manifest, id: 'not-a-guid', validDomains: 'boussole.example.org', bots: [{ botId: 'x', scopes: ['everywhere'] }] };
    const errors = await AppManifestUtils.validateAgainstSchema(broken as never, schema('MicrosoftTeams.schema.json'));
    expect(errors.join('\n')).toMatch(/\/id /);
    expect(errors.join('\n')).toMatch(/\/validDomains /);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/scopes\/0 /);
    const french = json(manifest.localizationInfo.additionalLanguages[0]!.file);
    const localizationErrors = await AppManifestUtils.validateAgainstSchema({ ...french, 'bots[0].unknown': 'x', 'name.short': 'B'.repeat(31) } as never, unicodeSafe(schema('MicrosoftTeams.Localization.schema.json')) as never);
    expect(localizationErrors.join('\n')).toMatch(/additional properties/);
    expect(localizationErrors.join('\n')).toMatch(/name\.short/);
  });
});
