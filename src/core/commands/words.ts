/** The core's command words, accent-free and lower case, French and English together. */
export const CORE_WORDS = {
  help: ['aide', 'help', '?'],
  status: ['etat', 'statut', 'status', 'progression', 'progress', 'plan'],
  step: ['etape', 'step'],
  continue: ['reprendre', 'continuer', 'continue', 'resume'],
  back: ['retour', 'precedent', 'back'],
  skip: ['passer', 'skip'],
  review: ['reviser', 'revoir', 'review'],
  cancel: ['pause', 'annuler', 'cancel', 'stop'],
  edit: ['modifier', 'changer', 'edit', 'change'],
  reopen: ['rouvrir', 'reopen'],
  policy: ['politique', 'document', 'documents', 'policy', 'doc', 'docs'],
  ack: ['ack', 'lu', 'accuse'],
  language: ['langue', 'language', 'lang'],
  history: ['historique', 'history'],
} as const;

export type CoreCommand = keyof typeof CORE_WORDS;

/** Commands that make sense in the middle of a questionnaire, typed alone or with a number. */
export const DIALOGUE_COMMANDS: CoreCommand[] = ['help', 'status', 'step', 'back', 'skip', 'review', 'cancel', 'edit', 'continue'];

/** `/boussole …` typed in a chat (Teams users do this out of Slack habit): the prefix is dropped. */
export function stripCommandPrefix(text: string): string {
  return text.replace(/^\s*[/@]boussole\b\s*/i, '').trim();
}
