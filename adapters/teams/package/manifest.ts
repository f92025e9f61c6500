import type { Bilingual } from '../../../src/core/i18n/locale.js';
import { COMMANDS as REGISTRY } from '../../../src/commands/registry.js';
import { ACCENT } from './icons.js';
import { frenchSpacing } from '../../../src/core/i18n/format.js';

// The Teams app manifest template (schema 1.17), filled from MICROSOFT_APP_ID and PUBLIC_HOSTNAME.
// English is the manifest's default language; French comes as a localization file, which is how
// the schema lets command lists exist in both languages.

export const MANIFEST_VERSION = '1.17';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/**
 * The Teams command menu: the registry's entries that have a manifest line, in its order. Teams
 * shows at most 10 commands per list (title ≤ 32, description ≤ 128).
 */
export const COMMANDS: Array<{ title: Bilingual; description: Bilingual }> = REGISTRY.flatMap((command) => (command.manifest ? [command.manifest] : []));

const TEXT = {
  shortName: { en: 'Boussole', fr: 'Boussole' },
  fullName: { en: 'Boussole — social media, step by step', fr: 'Boussole — les médias sociaux, étape par étape' },
  shortDescription: { en: 'Coaches your team onto social media in ten steps.', fr: 'Guide votre équipe dans les médias sociaux en dix étapes.' },
  fullDescription: {
    en: 'Boussole walks a communications team through the ten-step method for joining social media well (Université Laval), keeps the answers, and then keeps the team on track with calendar reminders, a weekly monitoring digest and alerts on comments that wait too long.',
    fr: 'Boussole accompagne une équipe des communications dans la méthode en dix étapes pour s’intégrer aux médias sociaux (Université Laval), conserve ses réponses, puis l’aide à garder le cap : rappels du calendrier, résumé de veille hebdomadaire et alertes sur les commentaires qui attendent trop longtemps.',
  },
} satisfies Record<string, Bilingual>;

export const SCOPES = ['personal', 'team', 'groupChat'] as const;

/** French for fr-ca, fr-fr and every other region alike. */
export const FRENCH_FILE = 'fr.json';

export interface ManifestInput {
  appId: string;
  hostname: string;
  version: string;
}

export function buildManifest(input: ManifestInput): Record<string, unknown> {
  const site = `https://${input.hostname}`;
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    developer: { name: 'Boussole', websiteUrl: site, privacyUrl: `${site}/privacy`, termsOfUseUrl: `${site}/terms` },
    name: { short: TEXT.shortName.en, full: TEXT.fullName.en },
    description: { short: TEXT.shortDescription.en, full: TEXT.fullDescription.en },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    localizationInfo: { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'fr', file: FRENCH_FILE }] },
    bots: [
      {
        botId: input.appId,
        scopes: [...SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: [...SCOPES], commands: COMMANDS.map((c) => ({ title: c.title.en, description: c.description.en })) }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [input.hostname],
  };
}

/** The French strings, keyed by the manifest paths the localization schema allows. */
export function buildFrenchLocalization(): Record<string, unknown> {
  // French typography as everywhere else Boussole speaks French (no-break space before « : »…).
  const fr = frenchSpacing;
  const entries: Record<string, unknown> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': fr(TEXT.shortName.fr),
    'name.full': fr(TEXT.fullName.fr),
    'description.short': fr(TEXT.shortDescription.fr),
    'description.full': fr(TEXT.fullDescription.fr),
  };
  COMMANDS.forEach((command, i) => {
    entries[`bots[0].commandLists[0].commands[${i}].title`] = fr(command.title.fr);
    entries[`bots[0].commandLists[0].commands[${i}].description`] = fr(command.description.fr);
  });
  return entries;
}
