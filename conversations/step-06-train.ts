/**
 * Step 6 — Train and mobilize. Its answers are read with `readStep6`.
 * Check `backup-is-manager`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { CHECKLIST_CHOICES, checklistEntries, verifiedChecklist } from './checklist.js';
import { WARNINGS } from './warnings.js';
import { items, stepReader, text, user } from './reader.js';

export const step06Train: StepDefinition = {
  number: 6,
  id: 'train',
  title: { fr: 'Former et mobiliser du personnel dédié', en: 'Train and mobilize dedicated staff' },
  intro: {
    fr: 'Une présence sur les médias sociaux a besoin de personnes dédiées : un gestionnaire de communauté, une relève et une équipe formée. Boussole leur acheminera les commentaires et les alertes.',
    en: 'A social media presence needs dedicated people: a community manager, a backup and a trained team. Boussole will route comments and alerts to them.',
  },
  tips: [
    {
      fr: 'La relève doit connaître les comptes, les schémas de gestion des commentaires et les contacts d’escalade aussi bien que le gestionnaire.',
      en: 'The backup must know the accounts, the comment playbook and the escalation contacts as well as the community manager does.',
    },
  ],
  nodes: [
    {
      key: 'communityManager',
      label: { fr: 'Gestionnaire de communauté', en: 'Community manager' },
      kind: 'user',
      prompt: { fr: 'Qui est le gestionnaire de communauté ?', en: 'Who is the community manager?' },
    },
    {
      key: 'backup',
      label: { fr: 'Relève', en: 'Backup' },
      kind: 'user',
      prompt: {
        fr: 'Qui assure la relève du gestionnaire de communauté ?',
        en: 'Who is the community manager’s backup?',
      },
    },
    {
      kind: 'group',
      key: 'team',
      label: { fr: 'Équipe interne', en: 'Internal team' },
      prompt: {
        fr: 'Qui d’autre fait partie de l’équipe interne qui les épaule ?',
        en: 'Who else is on the internal team supporting them?',
      },
      itemLabel: { fr: 'membre', en: 'member' },
      optional: true,
      max: 50,
      questions: [
        { key: 'member', label: { fr: 'Membre', en: 'Member' }, kind: 'user', prompt: { fr: 'Quelle personne ?', en: 'Which person?' } },
        {
          key: 'role',
          label: { fr: 'Rôle', en: 'Role' },
          kind: 'short-text',
          optional: true,
          prompt: { fr: 'Son rôle dans l’équipe ?', en: 'Their role on the team?' },
          maxLength: 120,
        },
      ],
    },
    {
      kind: 'group',
      key: 'training',
      label: { fr: 'Séances de formation', en: 'Training sessions' },
      prompt: {
        fr: 'Planifions les séances de formation. Boussole enverra un rappel avant chacune.',
        en: 'Let’s schedule the training sessions. Boussole will send a reminder before each one.',
      },
      itemLabel: { fr: 'séance de formation', en: 'training session' },
      min: 1,
      max: 30,
      questions: [
        { key: 'at', label: { fr: 'Date et heure', en: 'Date and time' }, kind: 'date-time', prompt: { fr: 'Quand a lieu la séance ?', en: 'When is the session?' } },
        { key: 'topic', label: { fr: 'Sujet', en: 'Topic' }, kind: 'short-text', prompt: { fr: 'Sur quel sujet ?', en: 'On what topic?' }, maxLength: 200 },
        {
          key: 'attendees',
          label: { fr: 'Participants', en: 'Attendees' },
          kind: 'long-text',
          prompt: { fr: 'Qui y assiste ?', en: 'Who attends?' },
          maxLength: 1000,
        },
      ],
    },
    {
      key: 'checklist',
      label: { fr: 'Écueils écartés', en: 'Pitfalls ruled out' },
      kind: 'multi-choice',
      prompt: {
        fr: 'Quels écueils avez-vous écartés ? Boussole a coché d’avance ceux que vos réponses confirment ; cochez les autres seulement si vous en êtes sûrs.',
        en: 'Which pitfalls have you ruled out? Boussole has pre-ticked the ones your answers confirm; tick the others only if you are sure.',
      },
      choices: CHECKLIST_CHOICES,
      min: 0,
      suggest: (ctx) => verifiedChecklist(ctx.step, readStep6(ctx.answers)),
    },
  ],
  checks: [
    {
      id: 'backup-is-manager',
      check: (ctx) => {
        const { communityManager: manager, backup } = readStep6(ctx.answers);
        return manager && backup && manager.id === backup.id ? WARNINGS.backupIsManager : undefined;
      },
    },
  ],
};

/** Step 6's answers, typed. */
export const readStep6 = stepReader({
  /** The default assignee of comments. */
  communityManager: user,
  /** The community manager's backup (relève); receives escalations. */
  backup: user,
  team: items({ member: user, role: text }),
  /** Training sessions, with reminders; `at` is an ISO instant. */
  training: items({ at: text, topic: text, attendees: text }),
  /** Pitfalls ruled out; absent until the question is answered (an unticked entry is not ruled out). */
  checklist: checklistEntries,
});
export type Step6Answers = ReturnType<typeof readStep6>;
