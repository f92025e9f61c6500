import type { Bilingual } from '../../src/core/i18n/locale.js';

/** The few words the Teams adapter itself says; the engine says everything else. */
export const texts = {
  send: { fr: 'Envoyer', en: 'Send' },
  other: { fr: 'Autre (précisez)', en: 'Other (specify)' },
  onePerLine: { fr: 'Un élément par ligne', en: 'One item per line' },
  durationHint: { fr: 'p. ex. 2 h, 3 jours', en: 'e.g. 2 h, 3 days' },
  pickPerson: { fr: 'Choisissez une personne', en: 'Pick a person' },
  orTypeName: { fr: 'ou tapez son nom', en: 'or type their name' },
  date: { fr: 'Date', en: 'Date' },
  time: { fr: 'Heure', en: 'Time' },
  continued: { fr: '(suite)', en: '(continued)' },
  notForYou: {
    fr: 'Cette carte s’adresse à une autre personne : tapez `aide` pour commencer votre propre dialogue.',
    en: 'This card is meant for someone else: type `help` to start your own dialogue.',
  },
  notOurs: {
    fr: 'Je ne reconnais pas cette carte. Tapez `aide` pour voir ce que je sais faire.',
    en: 'I do not recognize this card. Type `help` to see what I can do.',
  },
  invalidSubmission: {
    fr: 'Cette réponse est incomplète ou mal formée : {detail}. Remplissez la carte et envoyez-la de nouveau.',
    en: 'This answer is incomplete or malformed: {detail}. Fill in the card and send it again.',
  },
  tryAgain: {
    fr: 'Je n’ai pas pu traiter votre message pour l’instant. Réessayez dans un moment.',
    en: 'I could not handle your message just now. Please try again in a moment.',
  },
  unreachable: {
    fr: 'Je ne peux plus publier dans {places} (j’en ai été retiré, ou la conversation m’a bloqué). Ajoutez-moi de nouveau, ou choisissez un autre canal avec `réglages`.',
    en: 'I can no longer post in {places} (I was removed, or the conversation blocked me). Add me back, or choose another channel with `settings`.',
  },
  personalChat: { fr: 'la conversation personnelle de {user}', en: 'the personal chat of {user}' },
  conversation: { fr: 'la conversation {id}', en: 'conversation {id}' },
} satisfies Record<string, Bilingual>;
