import { acknowledge, policy } from '../handlers/documents.js';
import { history, reopen, setLanguage } from '../handlers/account.js';
import { control, edit, resume, startStep } from '../handlers/dialogue.js';
import { help } from '../handlers/help.js';
import { status } from '../handlers/status.js';
import type { Turn } from '../turn.js';
import type { Command, CoreCommand } from './command.js';

/**
 * The conversation core's own commands, in the order help lists them. Feature commands come
 * after them (see `commandsOf`); together they are the registry.
 */
export const CORE_COMMANDS = [
  {
    id: 'help',
    words: { fr: ['aide', '?'], en: ['help', '?'] },
    usage: { fr: 'aide', en: 'help' },
    summary: { fr: 'cette liste de commandes', en: 'this list of commands' },
    helpSection: 'commands',
    manifest: { title: { en: 'help', fr: 'aide' }, description: { en: 'What Boussole can do', fr: 'Ce que Boussole sait faire' } },
    runCore: async (turn: Turn) => help(turn, commandsOf(turn)),
  },
  {
    id: 'status',
    words: { fr: ['état', 'statut', 'progression', 'plan'], en: ['status', 'progress', 'plan'] },
    usage: { fr: 'état', en: 'status' },
    summary: { fr: 'la progression du plan et la prochaine chose à faire', en: 'the plan’s progress and the next thing to do' },
    helpSection: 'commands',
    manifest: { title: { en: 'status', fr: 'état' }, description: { en: 'Where the plan stands, step by step', fr: 'Où en est le plan, étape par étape' } },
    runCore: (turn: Turn) => status(turn),
  },
  {
    id: 'step',
    words: { fr: ['étape'], en: ['step'] },
    usage: { fr: 'étape <1-10>', en: 'step <1-10>' },
    summary: { fr: 'commencer ou reprendre une étape', en: 'start or resume a step' },
    helpSection: 'commands',
    manifest: {
      title: { en: 'step 1', fr: 'étape 1' },
      description: { en: 'Start or resume a step of the method (1 to 10)', fr: 'Commencer ou reprendre une étape de la méthode (1 à 10)' },
    },
    runCore: (turn: Turn, args: string) => startStep(turn, args),
  },
  {
    id: 'continue',
    words: { fr: ['reprendre', 'continuer'], en: ['continue', 'resume'] },
    usage: { fr: 'reprendre', en: 'continue' },
    summary: { fr: 'revenir à la question en attente', en: 'go back to the question waiting for you' },
    helpSection: 'commands',
    runCore: async (turn: Turn) => (await resume(turn)) ?? status(turn),
  },
  {
    id: 'policy',
    words: { fr: ['politique', 'document', 'documents', 'doc', 'docs'], en: ['policy', 'document', 'documents', 'doc', 'docs'] },
    usage: { fr: 'politique <document>', en: 'policy <document>' },
    summary: { fr: 'un document du plan (guide, éditoriale, commentaires, personnel, plan)', en: 'a plan document (guide, editorial, playbook, staff, plan)' },
    helpSection: 'commands',
    manifest: {
      title: { en: 'policy', fr: 'politique' },
      description: { en: 'The house documents (staff policy, playbook…)', fr: 'Les documents maison (politique, schémas de gestion…)' },
    },
    runCore: (turn: Turn, args: string) => policy(turn, args),
  },
  {
    id: 'ack',
    words: { fr: ['lu', 'accusé', 'ack'], en: ['ack'] },
    usage: { fr: 'ack', en: 'ack' },
    summary: { fr: 'confirmer la lecture de la politique d’usage du personnel', en: 'confirm you have read the staff usage policy' },
    helpSection: 'commands',
    manifest: { title: { en: 'ack', fr: 'lu' }, description: { en: 'Confirm you have read the staff policy', fr: 'Confirmer avoir lu la politique d’usage' } },
    runCore: (turn: Turn) => acknowledge(turn),
  },
  {
    id: 'history',
    words: { fr: ['historique'], en: ['history'] },
    usage: { fr: 'historique <étape>', en: 'history <step>' },
    summary: { fr: 'les modifications des réponses d’une étape', en: 'the answer changes of a step' },
    helpSection: 'commands',
    runCore: (turn: Turn, args: string) => history(turn, args),
  },
  {
    id: 'reopen',
    words: { fr: ['rouvrir'], en: ['reopen'] },
    usage: { fr: 'rouvrir <étape>', en: 'reopen <step>' },
    summary: { fr: 'rouvrir une étape terminée (responsables)', en: 'reopen a completed step (owners)' },
    helpSection: 'commands',
    runCore: (turn: Turn, args: string) => reopen(turn, args),
  },
  {
    id: 'language',
    words: { fr: ['langue'], en: ['language', 'lang'] },
    usage: { fr: 'langue fr|en', en: 'language fr|en' },
    summary: { fr: 'changer la langue de nos échanges', en: 'change the language we talk in' },
    helpSection: 'commands',
    runCore: (turn: Turn, args: string) => setLanguage(turn, args),
  },
  {
    id: 'back',
    words: { fr: ['retour', 'précédent'], en: ['back'] },
    usage: { fr: 'retour', en: 'back' },
    summary: { fr: 'revenir à la question précédente', en: 'go back to the previous question' },
    helpSection: 'questionnaire',
    runCore: (turn: Turn) => control(turn, 'back'),
  },
  {
    id: 'skip',
    words: { fr: ['passer'], en: ['skip'] },
    usage: { fr: 'passer', en: 'skip' },
    summary: { fr: 'passer une question facultative', en: 'skip an optional question' },
    helpSection: 'questionnaire',
    runCore: (turn: Turn) => control(turn, 'skip'),
  },
  {
    id: 'review',
    words: { fr: ['réviser', 'revoir'], en: ['review'] },
    usage: { fr: 'réviser', en: 'review' },
    summary: { fr: 'revoir les réponses de l’étape avant de la terminer', en: 'look over the step’s answers before completing it' },
    helpSection: 'questionnaire',
    runCore: (turn: Turn) => control(turn, 'review'),
  },
  {
    id: 'edit',
    words: { fr: ['modifier', 'changer'], en: ['edit', 'change'] },
    usage: { fr: 'modifier <n>[.<élément>[.<champ>]]', en: 'edit <n>[.<item>[.<field>]]' },
    summary: { fr: 'changer la réponse numéro n de la révision', en: 'change answer number n of the review' },
    helpSection: 'questionnaire',
    runCore: (turn: Turn, args: string) => edit(turn, args),
  },
  {
    id: 'cancel',
    words: { fr: ['pause', 'annuler', 'stop'], en: ['pause', 'cancel', 'stop'] },
    usage: { fr: 'pause', en: 'pause' },
    summary: { fr: 'mettre le questionnaire de côté (pour utiliser une autre commande)', en: 'set the questionnaire aside (to use another command)' },
    helpSection: 'questionnaire',
    runCore: (turn: Turn) => control(turn, 'cancel'),
  },
] as const satisfies readonly CoreCommand[];

export type CoreCommandId = (typeof CORE_COMMANDS)[number]['id'];

/** The registry this engine runs: the core's commands, then the features' (calendar, comments…). */
export function commandsOf(turn: Turn): readonly Command[] {
  return [...CORE_COMMANDS, ...(turn.deps.commands ?? [])];
}
