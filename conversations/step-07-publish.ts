/**
 * Step 7 — Publish and promote (locked until steps 1–6 are complete). Its answers are read with
 * `readStep7`. Check `go-live-too-soon` (against step 1's listenStart).
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { readStep1 } from './step-01-listen.js';
import { goLiveWarning } from './go-live.js';
import { stepReader, strings, text } from './reader.js';

const CHANNEL_HELP = {
  fr: 'Le nom du canal, par exemple #communications.',
  en: 'The channel’s name, for example #communications.',
};

export const step07Publish: StepDefinition = {
  number: 7,
  id: 'publish',
  title: { fr: 'Diffuser et promouvoir', en: 'Publish and promote' },
  intro: {
    fr: 'La planification est faite : place à la mise en ligne. Confirmons la date, où Boussole publiera ses rappels et ses alertes, et comment faire connaître vos nouveaux comptes.',
    en: 'The planning is done: time to go live. Let’s confirm the date, where Boussole posts its reminders and alerts, and how you’ll make your new accounts known.',
  },
  tips: [
    {
      fr: 'Faites la promotion de vos comptes là où vos publics vous trouvent déjà : infolettre, signatures de courriel, site Web, événements.',
      en: 'Promote your accounts where your audiences already find you: newsletter, e-mail signatures, website, events.',
    },
  ],
  requires: [1, 2, 3, 4, 5, 6],
  nodes: [
    {
      key: 'goLive',
      label: { fr: 'Mise en ligne', en: 'Go-live' },
      kind: 'date',
      prompt: { fr: 'À quelle date la mise en ligne a-t-elle lieu ?', en: 'On what date do you go live?' },
      suggest: (ctx) => readStep1(ctx.step(1)).goLive,
    },
    {
      key: 'remindersChannel',
      label: { fr: 'Canal des rappels', en: 'Reminders channel' },
      kind: 'short-text',
      prompt: {
        fr: 'Dans quel canal Boussole doit-il publier les rappels du calendrier ?',
        en: 'In which channel should Boussole post calendar reminders?',
      },
      help: CHANNEL_HELP,
      maxLength: 120,
    },
    {
      key: 'alertsChannel',
      label: { fr: 'Canal des alertes', en: 'Alerts channel' },
      kind: 'short-text',
      prompt: {
        fr: 'Dans quel canal publier les alertes de commentaires en retard ?',
        en: 'In which channel should overdue-comment alerts go?',
      },
      help: CHANNEL_HELP,
      maxLength: 120,
      suggest: (ctx) => readStep7(ctx.answers).remindersChannel,
    },
    {
      key: 'digestChannel',
      label: { fr: 'Canal du résumé hebdomadaire', en: 'Weekly digest channel' },
      kind: 'short-text',
      prompt: {
        fr: 'Dans quel canal publier le résumé hebdomadaire ?',
        en: 'In which channel should the weekly digest go?',
      },
      help: CHANNEL_HELP,
      maxLength: 120,
      suggest: (ctx) => readStep7(ctx.answers).remindersChannel,
    },
    {
      key: 'promotion',
      label: { fr: 'Actions de promotion', en: 'Promotion actions' },
      kind: 'multi-choice',
      prompt: { fr: 'Comment ferez-vous connaître vos comptes ?', en: 'How will you make your accounts known?' },
      choices: [
        { value: 'newsletter', label: { fr: 'Infolettre', en: 'Newsletter' } },
        { value: 'email-signatures', label: { fr: 'Signatures de courriel', en: 'E-mail signatures' } },
        { value: 'website', label: { fr: 'Liens sur le site Web', en: 'Links on the website' } },
        { value: 'events', label: { fr: 'Événements', en: 'Events' } },
        { value: 'press', label: { fr: 'Communiqué de presse', en: 'Press release' } },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'promotionNotes',
      label: { fr: 'Précisions', en: 'Details' },
      kind: 'long-text',
      optional: true,
      prompt: { fr: 'Des précisions sur ces actions de promotion ?', en: 'Any details on these promotion actions?' },
      maxLength: 2000,
    },
  ],
  checks: [
    {
      id: 'go-live-too-soon',
      check: (ctx) => goLiveWarning(readStep1(ctx.step(1)).listenStart, readStep7(ctx.answers).goLive),
    },
  ],
};

/** Step 7's answers, typed. */
export const readStep7 = stepReader({
  /** The confirmed go-live (proposed from step 1's). */
  goLive: text,
  remindersChannel: text,
  alertsChannel: text,
  digestChannel: text,
  promotion: strings,
  promotionNotes: text,
});
export type Step7Answers = ReturnType<typeof readStep7>;
