/**
 * Step 2 — Audiences and their objectives. Its answers are read with `readStep2`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { items, stepReader, text } from './reader.js';

export const step02Audiences: StepDefinition = {
  number: 2,
  id: 'audiences',
  title: { fr: 'Identifier les publics et les clientèles', en: 'Identify audiences and their objectives' },
  intro: {
    fr: 'On ne va pas sur les médias sociaux pour y être, mais pour joindre des gens précis. Nommons-les, avec ce qu’on veut accomplir auprès de chacun et ce qu’ils attendent de nous.',
    en: 'We don’t go on social media just to be there, but to reach specific people. Let’s name them, with what we want to achieve with each and what they expect from us.',
  },
  tips: [
    {
      fr: 'Pensez à ce que chaque public attend de vous, pas seulement à ce que vous voulez lui dire : c’est la clé pour ne pas parler que de soi.',
      en: 'Think about what each audience expects from you, not only what you want to tell them: that’s how you avoid talking only about yourselves.',
    },
  ],
  nodes: [
    {
      kind: 'group',
      key: 'audiences',
      label: { fr: 'Publics', en: 'Audiences' },
      prompt: {
        fr: 'Décrivons vos publics, un à la fois (journalistes, clientèle, futurs étudiants, partenaires…).',
        en: 'Let’s describe your audiences one at a time (journalists, customers, prospective students, partners…).',
      },
      itemLabel: { fr: 'public', en: 'audience' },
      min: 1,
      max: 20,
      questions: [
        {
          key: 'who',
          label: { fr: 'Public', en: 'Audience' },
          kind: 'short-text',
          prompt: { fr: 'Quel est ce public ?', en: 'Who is this audience?' },
          help: { fr: 'Un nom court : vous le réutiliserez à l’étape 3.', en: 'A short name: you’ll reuse it in step 3.' },
          maxLength: 80,
        },
        {
          key: 'objective',
          label: { fr: 'Objectif', en: 'Objective' },
          kind: 'long-text',
          prompt: { fr: 'Pourquoi voulez-vous le joindre ? Quel est votre objectif ?', en: 'Why do you want to reach them? What is your objective?' },
          maxLength: 1000,
        },
        {
          key: 'needs',
          label: { fr: 'Besoins d’information et de communication', en: 'Information and communication needs' },
          kind: 'long-text',
          prompt: { fr: 'Quels sont ses besoins d’information et de communication ?', en: 'What are their information and communication needs?' },
          maxLength: 1000,
        },
        {
          key: 'interests',
          label: { fr: 'Intérêts liés à nos activités', en: 'Interests related to our activities' },
          kind: 'long-text',
          prompt: { fr: 'Quels sont ses intérêts liés à vos activités ?', en: 'What interests of theirs connect with your activities?' },
          maxLength: 1000,
        },
        {
          key: 'expectations',
          label: { fr: 'Attentes envers notre présence', en: 'Expectations of our presence' },
          kind: 'long-text',
          prompt: {
            fr: 'Qu’attend-il de votre présence sur les médias sociaux ?',
            en: 'What do they expect from your presence on social media?',
          },
          maxLength: 1000,
        },
      ],
    },
    {
      kind: 'group',
      key: 'functions',
      label: { fr: 'Objectifs par fonction', en: 'Objectives by function' },
      prompt: {
        fr: 'Chaque fonction interne a ses propres objectifs sur les médias sociaux. Précisons-les, une fonction à la fois.',
        en: 'Each internal function has its own social media objectives. Let’s spell them out, one function at a time.',
      },
      itemLabel: { fr: 'fonction', en: 'function' },
      min: 1,
      max: 10,
      questions: [
        {
          key: 'function',
          label: { fr: 'Fonction', en: 'Function' },
          kind: 'choice',
          prompt: { fr: 'Quelle fonction ?', en: 'Which function?' },
          choices: [
            { value: 'pr', label: { fr: 'Relations publiques', en: 'Public relations' } },
            { value: 'marketing', label: { fr: 'Marketing', en: 'Marketing' } },
            { value: 'customer-service', label: { fr: 'Service à la clientèle', en: 'Customer service' } },
          ],
          allowOther: true,
        },
        {
          key: 'objectives',
          label: { fr: 'Objectifs', en: 'Objectives' },
          kind: 'long-text',
          prompt: {
            fr: 'Quels sont ses objectifs de communication sur les médias sociaux ?',
            en: 'What are its communication objectives on social media?',
          },
          maxLength: 1500,
        },
      ],
    },
  ],
};

/** Step 2's answers, typed. */
export const readStep2 = stepReader({
  /** `who` names the audience; step 3's platforms and step 10's review match it. */
  audiences: items({ who: text, objective: text, needs: text, interests: text, expectations: text }),
  functions: items({ function: text, objectives: text }),
});
export type Step2Answers = ReturnType<typeof readStep2>;
