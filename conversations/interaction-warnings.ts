// The wordings of the pitfalls met while interacting (src/plan/interaction-pitfalls.ts): kept apart
// from warnings.ts, which the answers' own pitfalls share.
import type { Bilingual } from '../src/core/i18n/locale.js';

export const INTERACTION_WARNINGS = {
  interactingWithoutPolicy: {
    fr: 'L’équipe interagit déjà (commentaires notés, publications parues) sans politique d’usage officielle pour le personnel. Discutez-la avec le personnel, puis officialisez-la (`personnel`).',
    en: 'The team is already interacting (comments logged, posts published) with no official staff usage policy. Discuss it with staff, then make it official (`staff`).',
  },
  noModeration: (kind: Bilingual): Bilingual => ({
    fr: `Des commentaires «\u00a0${kind.fr.toLowerCase()}\u00a0» sont notés, mais les schémas de gestion ne désignent personne pour y répondre\u00a0: sans ressources de modération, ils restent sans réponse. Indiquez qui y répond (étape\u00a04).`,
    en: `Comments of the kind “${kind.en.toLowerCase()}” are being logged, but the playbook names no one to answer them: without moderation resources they go unanswered. Say who answers them (step 4).`,
  }),
} as const;
