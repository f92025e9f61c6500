/**
 * Step 8 — Build a community (optional). Its answers are read with `readStep8`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import type { StepAnswers } from '../src/core/dialogue/values.js';
import { normalizeText } from './answers.js';
import { platformQuestion } from './platforms.js';
import { readStep1 } from './step-01-listen.js';
import { choiceTable, items, oneOf, stepReader, strings, text, yesNo } from './reader.js';

const building = (answers: StepAnswers) => readStep8(answers).buildCommunity === true;

export const LEADER_STATUS = choiceTable({
  identified: { fr: 'Repéré', en: 'Identified' },
  following: { fr: 'Suivi', en: 'Following' },
  interacted: { fr: 'Échanges amorcés', en: 'Interacted' },
  relationship: { fr: 'Relation établie', en: 'Relationship' },
});

export const step08Community: StepDefinition = {
  number: 8,
  id: 'community',
  title: { fr: 'Créer une communauté', en: 'Build a community' },
  intro: {
    fr: 'Étape facultative : certaines organisations choisissent de rassembler leur propre communauté autour de centres d’intérêt communs, avec l’appui de leaders d’opinion.',
    en: 'An optional step: some organizations choose to gather their own community around shared interests, with the help of opinion leaders.',
  },
  tips: [
    {
      fr: 'Une communauté se bâtit en donnant avant de demander : partagez, répondez, mettez les autres en valeur.',
      en: 'A community is built by giving before asking: share, reply, showcase others.',
    },
  ],
  optional: true,
  nodes: [
    {
      key: 'buildCommunity',
      label: { fr: 'Communauté propre', en: 'Community of our own' },
      kind: 'yes-no',
      prompt: { fr: 'Voulez-vous bâtir votre propre communauté ?', en: 'Do you want to build a community of your own?' },
    },
    {
      kind: 'group',
      key: 'leaders',
      label: { fr: 'Leaders d’opinion', en: 'Opinion leaders' },
      prompt: {
        fr: 'Quels leaders d’opinion voulez-vous mobiliser ? Boussole vous propose les personnes influentes repérées à l’étape 1.',
        en: 'Which opinion leaders do you want to engage? Boussole proposes the influential voices found in step 1.',
      },
      itemLabel: { fr: 'leader d’opinion', en: 'opinion leader' },
      optional: true,
      max: 50,
      when: (ctx) => building(ctx.answers),
      suggestItems: (ctx) => {
        const known = new Set(readStep8(ctx.answers).leaders.map((item) => normalizeText(item.name ?? '')));
        return readStep1(ctx.step(1))
          .influencers.filter((item) => !known.has(normalizeText(item.name ?? '')))
          .map(({ name, platform, handle }) => {
            const suggestion: Record<string, string> = { status: 'identified' };
            for (const [key, value] of Object.entries({ name, platform, handle })) {
              if (value !== undefined) suggestion[key] = value;
            }
            return suggestion;
          });
      },
      questions: [
        { key: 'name', label: { fr: 'Nom', en: 'Name' }, kind: 'short-text', prompt: { fr: 'Son nom ?', en: 'Their name?' }, maxLength: 120 },
        platformQuestion({ fr: 'Sur quelle plateforme ?', en: 'On which platform?' }),
        {
          key: 'handle',
          label: { fr: 'Identifiant ou adresse', en: 'Handle or URL' },
          kind: 'short-text',
          prompt: { fr: 'Son identifiant (@…) ou l’adresse de son profil ?', en: 'Their handle (@…) or profile URL?' },
          maxLength: 300,
        },
        {
          key: 'status',
          label: { fr: 'Statut', en: 'Status' },
          kind: 'choice',
          prompt: { fr: 'Où en est la relation ?', en: 'Where does the relationship stand?' },
          choices: LEADER_STATUS.choices,
        },
      ],
    },
    {
      key: 'interests',
      label: { fr: 'Centres d’intérêt', en: 'Centres of interest' },
      kind: 'list',
      prompt: {
        fr: 'Autour de quels centres d’intérêt cette communauté se rassemblera-t-elle ?',
        en: 'Around which centres of interest will this community gather?',
      },
      maxItems: 20,
      itemMaxLength: 200,
      when: (ctx) => building(ctx.answers),
    },
  ],
  skipRest: (ctx) => readStep8(ctx.answers).buildCommunity === false,
};

/** Step 8's answers, typed. */
export const readStep8 = stepReader({
  /** "No" skips the rest of the step. */
  buildCommunity: yesNo,
  /** Opinion leaders, proposed from step 1's influencers. */
  leaders: items({ name: text, platform: text, handle: text, status: oneOf(LEADER_STATUS.values) }),
  interests: strings,
});
export type Step8Answers = ReturnType<typeof readStep8>;
