import type { Bilingual } from '../../../src/core/i18n/locale.js';
import { ACCENT } from './icons.js';

// The Teams app manifest template (schema 1.17), filled from MICROSOFT_APP_ID and PUBLIC_HOSTNAME.
// English is the manifest's default language; French comes as a localization file, which is how
// the schema lets command lists exist in both languages.

export const MANIFEST_VERSION = '1.17';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The words typed in chat; Teams shows at most 10 commands per list (title ≤ 32, description ≤ 128). */
export const COMMANDS: Array<{ title: Bilingual; description: Bilingual }> = [
  { title: { en: 'help', fr: 'aide' }, description: { en: 'What Boussole can do', fr: 'Ce que Boussole sait faire' } },
  { title: { en: 'status', fr: 'état' }, description: { en: 'Where the plan stands, step by step', fr: 'Où en est le plan, étape par étape' } },
  { title: { en: 'step 1', fr: 'étape 1' }, description: { en: 'Start or resume a step of the method (1 to 10)', fr: 'Commencer ou reprendre une étape de la méthode (1 à 10)' } },
  { title: { en: 'calendar', fr: 'calendrier' }, description: { en: 'The content calendar and its reminders', fr: 'Le calendrier de contenu et ses rappels' } },
  { title: { en: 'comment', fr: 'commentaire' }, description: { en: 'Log a comment that needs an answer', fr: 'Noter un commentaire qui attend une réponse' } },
  { title: { en: 'kpi', fr: 'kpi' }, description: { en: 'Record or review the indicators', fr: 'Saisir ou consulter les indicateurs' } },
  { title: { en: 'digest', fr: 'digest' }, description: { en: 'The weekly monitoring digest', fr: 'Le condensé de veille de la semaine' } },
  { title: { en: 'policy', fr: 'politique' }, description: { en: 'The house documents (staff policy, playbook…)', fr: 'Les documents maison (politique, schémas de gestion…)' } },
  { title: { en: 'ack', fr: 'lu' }, description: { en: 'Confirm you have read the staff policy', fr: 'Confirmer avoir lu la politique d’usage' } },
  { title: { en: 'settings', fr: 'réglages' }, description: { en: 'Language, time zone, channels for reminders', fr: 'Langue, fuseau horaire, canaux des rappels' } },
];

const TEXT = {
  shortName: { en: 'Boussole', fr: 'Boussole' },
  fullName: { en: 'Boussole — social media, step by step', fr: 'Boussole — les médias sociaux, étape par étape' },
  shortDescription: { en: 'Coaches your team onto social media in ten steps.', fr: 'Guide votre équipe dans les médias sociaux en dix étapes.' },
  fullDescription: {
    en: 'Boussole walks a communications team through the ten-step method for joining social media well (Université Laval), keeps the answers, and then keeps the team on track with calendar reminders, a weekly monitoring digest and alerts on comments that wait too long.',
    fr: 'Boussole accompagne une équipe de communication dans la méthode en dix étapes pour s’intégrer aux médias sociaux (Université Laval), conserve les réponses, puis garde le cap : rappels du calendrier, condensé de veille hebdomadaire et alertes sur les commentaires en attente.',
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
  const entries: Record<string, unknown> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': TEXT.shortName.fr,
    'name.full': TEXT.fullName.fr,
    'description.short': TEXT.shortDescription.fr,
    'description.full': TEXT.fullDescription.fr,
  };
  COMMANDS.forEach((command, i) => {
    entries[`bots[0].commandLists[0].commands[${i}].title`] = command.title.fr;
    entries[`bots[0].commandLists[0].commands[${i}].description`] = command.description.fr;
  });
  return entries;
}
