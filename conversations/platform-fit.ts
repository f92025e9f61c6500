// What each platform suits (audiences, formats, rhythm), shown while step 3 chooses platforms so
// the choice follows the audience (the method's "wrong tool for the audience" pitfall). A rough
// guide from common practice, not a rule: the team's own "why it suits them" answer decides.
import type { Bilingual } from '../src/core/i18n/locale.js';
import { PLATFORM_CHOICES, platformLabel } from './platforms.js';

interface Fit {
  audiences: Bilingual;
  formats: Bilingual;
  frequency: Bilingual;
}

export const PLATFORM_FIT: Readonly<Record<string, Fit>> = {
  facebook: {
    audiences: { fr: 'grand public, familles, citoyens, communautés locales', en: 'the general public, families, citizens, local communities' },
    formats: { fr: 'nouvelles, photos, vidéos, événements', en: 'news, photos, videos, events' },
    frequency: { fr: '3 à 5 publications par semaine', en: '3 to 5 posts a week' },
  },
  x: {
    audiences: { fr: 'journalistes, élus, milieux d’affaires, experts', en: 'journalists, elected officials, business circles, experts' },
    formats: { fr: 'messages courts, liens, suivi d’actualité en direct', en: 'short posts, links, live news coverage' },
    frequency: { fr: 'plusieurs fois par jour', en: 'several times a day' },
  },
  linkedin: {
    audiences: { fr: 'professionnels, partenaires, recrues, diplômés', en: 'professionals, partners, recruits, alumni' },
    formats: { fr: 'articles, offres d’emploi, réussites de l’organisation', en: 'articles, job offers, the organization’s achievements' },
    frequency: { fr: '2 à 3 publications par semaine', en: '2 to 3 posts a week' },
  },
  instagram: {
    audiences: { fr: 'jeunes adultes, étudiants, grand public', en: 'young adults, students, the general public' },
    formats: { fr: 'photos, vidéos courtes, stories', en: 'photos, short videos, stories' },
    frequency: { fr: '3 à 7 publications par semaine', en: '3 to 7 posts a week' },
  },
  youtube: {
    audiences: { fr: 'grand public, étudiants, clientèles à former', en: 'the general public, students, customers to train' },
    formats: { fr: 'vidéos longues, tutoriels, conférences', en: 'long videos, tutorials, lectures' },
    frequency: { fr: '1 à 4 vidéos par mois', en: '1 to 4 videos a month' },
  },
  tiktok: {
    audiences: { fr: 'adolescents, jeunes adultes', en: 'teenagers, young adults' },
    formats: { fr: 'vidéos courtes verticales', en: 'short vertical videos' },
    frequency: { fr: '3 à 7 vidéos par semaine', en: '3 to 7 videos a week' },
  },
  blog: {
    audiences: { fr: 'publics qui veulent approfondir, médias, moteurs de recherche', en: 'readers who want depth, the media, search engines' },
    formats: { fr: 'articles de fond, dossiers', en: 'in-depth articles, features' },
    frequency: { fr: '2 à 4 billets par mois', en: '2 to 4 posts a month' },
  },
  rss: {
    audiences: { fr: 'journalistes, veilleurs, partenaires', en: 'journalists, watchers, partners' },
    formats: { fr: 'communiqués et nouvelles du site', en: 'press releases and the site’s news' },
    frequency: { fr: 'au rythme des nouvelles', en: 'as news comes' },
  },
  flickr: {
    audiences: { fr: 'médias, photographes, archivistes', en: 'the media, photographers, archivists' },
    formats: { fr: 'albums photo en haute résolution', en: 'high-resolution photo albums' },
    frequency: { fr: 'par événement', en: 'per event' },
  },
};

/** One platform's line: "Facebook — grand public… ; nouvelles, photos… ; 3 à 5 publications par semaine". */
export function platformFitLine(platform: string): Bilingual | undefined {
  const fit = PLATFORM_FIT[platform];
  if (!fit) return undefined;
  const label = platformLabel(platform);
  return {
    fr: `${label.fr} — publics\u00a0: ${fit.audiences.fr}\u202f; formats\u00a0: ${fit.formats.fr}\u202f; rythme\u00a0: ${fit.frequency.fr}`,
    en: `${label.en} — audiences: ${fit.audiences.en}; formats: ${fit.formats.en}; rhythm: ${fit.frequency.en}`,
  };
}

/** The whole table, one line per platform, under a heading: the help of step 3's platform question. */
export function platformFitTable(): Bilingual {
  const lines = PLATFORM_CHOICES.map((choice) => platformFitLine(choice.value)).filter((line): line is Bilingual => line !== undefined);
  return {
    fr: ['Ce à quoi chaque plateforme convient le mieux\u00a0:', ...lines.map((line) => `- ${line.fr}`)].join('\n'),
    en: ['What each platform suits best:', ...lines.map((line) => `- ${line.en}`)].join('\n'),
  };
}
