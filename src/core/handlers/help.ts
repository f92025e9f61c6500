import { pick, type Bilingual } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import type { Turn } from '../turn.js';

const CORE_HELP: Array<{ usage: Bilingual; summary: Bilingual }> = [
  { usage: { fr: 'étape <1-10>', en: 'step <1-10>' }, summary: { fr: 'commencer ou reprendre une étape', en: 'start or resume a step' } },
  { usage: { fr: 'état', en: 'status' }, summary: { fr: 'la progression du plan et la prochaine chose à faire', en: 'the plan’s progress and the next thing to do' } },
  { usage: { fr: 'politique <document>', en: 'policy <document>' }, summary: { fr: 'un document du plan (guide, éditoriale, commentaires, personnel, plan)', en: 'a plan document (guide, editorial, playbook, staff, plan)' } },
  { usage: { fr: 'ack', en: 'ack' }, summary: { fr: 'confirmer la lecture de la politique d’usage du personnel', en: 'confirm you have read the staff usage policy' } },
  { usage: { fr: 'historique <étape>', en: 'history <step>' }, summary: { fr: 'les modifications des réponses d’une étape', en: 'the answer changes of a step' } },
  { usage: { fr: 'rouvrir <étape>', en: 'reopen <step>' }, summary: { fr: 'rouvrir une étape terminée (responsables)', en: 'reopen a completed step (owners)' } },
  { usage: { fr: 'langue fr|en', en: 'language fr|en' }, summary: { fr: 'changer la langue de nos échanges', en: 'change the language we talk in' } },
];

export function help(turn: Turn): Reply[] {
  const lines = [
    ...CORE_HELP.map((c) => `- \`${pick(c.usage, turn.locale)}\` — ${pick(c.summary, turn.locale)}`),
    ...(turn.deps.commands ?? []).map((c) => `- \`${pick(c.usage, turn.locale)}\` — ${pick(c.summary, turn.locale)}${c.ownerOnly ? ' 🔑' : ''}`),
  ];
  return [
    { kind: 'text', text: [`**${turn.t('help.title')}**`, turn.t('help.intro'), ...lines, '', turn.t('help.inDialogue')].join('\n') },
  ];
}
