// The pitfall wordings, shared by the steps' review checks and the plan's pitfall list so that the
// team reads the same warning wherever it shows up.
import type { Bilingual } from '../src/core/i18n/locale.js';

export const WARNINGS = {
  platformWithoutAudience: (platforms: Bilingual[]): Bilingual => {
    const one = platforms.length === 1;
    const fr = platforms.map((platform) => `« ${platform.fr} »`).join(', ');
    const en = platforms.map((platform) => `“${platform.en}”`).join(', ');
    return {
      fr: `${fr} ${one ? 'ne sert' : 'ne servent'} aucun des publics de l’étape 2. Un outil qui ne correspond à aucun public est un écueil : précisez qui vous y joignez, ou renoncez-y.`,
      en: `${en} ${one ? 'serves' : 'serve'} none of the audiences from step 2. A tool that fits no audience is a pitfall: say whom you reach there, or drop it.`,
    };
  },
  audienceWithoutPlatform: (audiences: string[]): Bilingual => {
    const one = audiences.length === 1;
    const fr = audiences.map((audience) => `« ${audience} »`).join(', ');
    const en = audiences.map((audience) => `“${audience}”`).join(', ');
    return {
      fr: `Aucune plateforme ne joint ${one ? 'le public' : 'les publics'} ${fr}. Choisissez au moins un outil qui ${one ? 'lui convient' : 'convient à chacun'}, ou retirez-${one ? 'le' : 'les'} de l’étape 2.`,
      en: `No platform reaches ${one ? 'the audience' : 'the audiences'} ${en}. Choose at least one tool that suits ${one ? 'it' : 'each'}, or remove ${one ? 'it' : 'them'} from step 2.`,
    };
  },
  crossPosting: {
    fr: 'Publier automatiquement le même message partout est un écueil : chaque plateforme a ses codes. Adaptez chaque publication à la plateforme.',
    en: 'Automatically pushing one post everywhere is a pitfall: each platform has its own customs. Adapt each post to its platform.',
  },
  onlyAboutUs: {
    fr: 'Parler surtout de soi est un écueil : partagez aussi ce qui intéresse vos publics (nouvelles du milieu, contenus de partenaires, réponses à leurs questions).',
    en: 'Talking mostly about ourselves is a pitfall: also share what interests your audiences (news from your field, partners’ content, answers to their questions).',
  },
  noCommunityManager: {
    fr: 'Aucun gestionnaire de communauté n’est nommé. Sans personne dédiée, les commentaires restent sans réponse.',
    en: 'No community manager is named. Without a dedicated person, comments go unanswered.',
  },
  noBackup: {
    fr: 'Le gestionnaire de communauté n’a pas de relève. Nommez une autre personne pour les vacances, les congés et les crises.',
    en: 'The community manager has no backup. Name someone else for holidays, leave and crises.',
  },
  backupIsManager: {
    fr: 'La relève est la même personne que le gestionnaire de communauté : nommez quelqu’un d’autre.',
    en: 'The backup is the same person as the community manager: name someone else.',
  },
  playbookMissingKinds: (kinds: Bilingual[]): Bilingual => ({
    fr: `Le schéma de gestion des commentaires ne couvre pas encore : ${kinds.map((kind) => kind.fr).join(', ')}.`,
    en: `The comment-handling playbook does not cover yet: ${kinds.map((kind) => kind.en).join(', ')}.`,
  }),
} as const;
