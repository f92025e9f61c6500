import { fill, type Bilingual, type Locale } from '../../src/core/i18n/locale.js';

/** The few sentences the Slack adapter says itself (everything else comes from the engine). */
export const TEXT = {
  typeAnswer: { fr: 'Tapez votre réponse ici.', en: 'Type your answer here.' },
  typeList: { fr: 'Tapez un élément par ligne.', en: 'Type one item per line.' },
  typeOther: { fr: 'Ou tapez une autre réponse.', en: 'Or type another answer.' },
  tooManyOptions: { fr: 'Vous ne voyez pas votre choix ? Tapez-le.', en: "Don't see your choice? Type it." },
  writeAnswer: { fr: 'Rédiger la réponse', en: 'Write the answer' },
  orTypeHere: { fr: 'Ou tapez-la directement ici.', en: 'Or type it right here.' },
  submit: { fr: 'Valider', en: 'Submit' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  choose: { fr: 'Choisir…', en: 'Choose…' },
  pickDate: { fr: 'Date', en: 'Date' },
  pickTime: { fr: 'Heure', en: 'Time' },
  pickUser: { fr: 'Choisir une personne', en: 'Choose a person' },
  suggestion: { fr: 'Suggestion', en: 'Suggestion' },
  answerTitle: { fr: 'Votre réponse', en: 'Your answer' },
  modalTitle: { fr: 'Boussole', en: 'Boussole' },
  continuedInDm: {
    fr: 'Je poursuis avec vous en message direct : <{link}|ouvrir la conversation>.',
    en: "Let's continue in our direct messages: <{link}|open the conversation>.",
  },
  documentSent: { fr: 'Je vous ai envoyé « {title} » en message direct.', en: 'I sent you “{title}” in our direct messages.' },
  unreadableAction: {
    fr: "Je n'ai pas pu lire ce bouton (il est peut-être ancien ou modifié). Tapez `/boussole` pour reprendre.",
    en: "I couldn't read that button (it may be old or altered). Type `/boussole` to pick up where you were.",
  },
  emptyChoice: { fr: 'Choisissez au moins une option, puis validez.', en: 'Choose at least one option, then submit.' },
  emptyDateTime: { fr: 'Choisissez une date et une heure, puis validez.', en: 'Choose a date and a time, then submit.' },
  emptyText: { fr: 'La réponse est vide.', en: 'The answer is empty.' },
  tryAgain: {
    fr: "Désolé, quelque chose n'a pas fonctionné de notre côté. Réessayez dans un instant.",
    en: 'Sorry, something went wrong on our side. Please try again in a moment.',
  },
  fileFailed: {
    fr: "Je n'ai pas pu téléverser « {title} ». Réessayez dans un instant.",
    en: "I couldn't upload “{title}”. Please try again in a moment.",
  },
  ownerNotInChannel: {
    fr: "Je n'ai pas pu publier dans <#{channel}> : je n'en suis pas membre. Invitez-moi avec `/invite @Boussole` dans ce canal, ou choisissez un autre canal avec `/boussole réglages`.",
    en: "I couldn't post in <#{channel}>: I'm not a member. Invite me with `/invite @Boussole` in that channel, or choose another one with `/boussole settings`.",
  },
  ownerChannelGone: {
    fr: "Je n'ai pas pu publier dans le canal {channel} : il n'existe plus ou m'est inaccessible. Choisissez-en un autre avec `/boussole réglages`.",
    en: "I couldn't post in channel {channel}: it no longer exists or I can't see it. Choose another one with `/boussole settings`.",
  },
  ownerArchived: {
    fr: "Je n'ai pas pu publier dans <#{channel}> : le canal est archivé. Choisissez-en un autre avec `/boussole réglages`.",
    en: "I couldn't post in <#{channel}>: the channel is archived. Choose another one with `/boussole settings`.",
  },
} satisfies Record<string, Bilingual>;

export function t(key: keyof typeof TEXT, locale: Locale, params: Record<string, string> = {}): string {
  return fill(TEXT[key][locale], params);
}
