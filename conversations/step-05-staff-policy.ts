/**
 * Step 5 — Staff usage policy. Its answers are read with `readStep5`. The policy's later states
 * (discussed, official) are not answers: see src/policy/policy-state.ts.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { choiceTable, items, oneOf, stepReader, strings, text, user } from './reader.js';

const ACCOUNT_ACCESS = choiceTable({
  'all-employees': { fr: 'Tous les employés', en: 'All employees' },
  'comms-team': { fr: 'L’équipe des communications seulement', en: 'The communications team only' },
  named: { fr: 'Des personnes désignées', en: 'Named people' },
});

export const step05StaffPolicy: StepDefinition = {
  number: 5,
  id: 'staff-policy',
  title: { fr: 'Établir une politique d’usage pour le personnel', en: 'Set a usage policy for staff' },
  intro: {
    fr: 'Vos employés parlent déjà de l’organisation sur les médias sociaux. Une politique claire, discutée avec eux puis officialisée, les protège autant qu’elle protège l’organisation.',
    en: 'Your employees already talk about the organization on social media. A clear policy, discussed with them and then made official, protects them as much as the organization.',
  },
  tips: [
    {
      fr: 'Discutez des règles avec le personnel avant de les officialiser : une politique comprise est une politique respectée.',
      en: 'Discuss the rules with staff before making them official: a policy people understand is a policy people follow.',
    },
  ],
  nodes: [
    {
      key: 'accountAccess',
      label: { fr: 'Accès aux comptes de l’organisation', en: 'Access to the organization’s accounts' },
      kind: 'choice',
      prompt: {
        fr: 'Qui peut publier au nom de l’organisation avec ses comptes officiels ?',
        en: 'Who may publish on behalf of the organization with its official accounts?',
      },
      choices: ACCOUNT_ACCESS.choices,
    },
    {
      kind: 'group',
      key: 'accountHolders',
      label: { fr: 'Personnes désignées', en: 'Named people' },
      prompt: { fr: 'Qui sont ces personnes ?', en: 'Who are these people?' },
      itemLabel: { fr: 'personne', en: 'person' },
      min: 1,
      max: 50,
      when: (ctx) => readStep5(ctx.answers).accountAccess === 'named',
      questions: [{ key: 'person', label: { fr: 'Personne', en: 'Person' }, kind: 'user', prompt: { fr: 'Quelle personne ?', en: 'Which person?' } }],
    },
    {
      key: 'rules',
      label: { fr: 'Règles pour l’usage personnel', en: 'Rules for personal use' },
      kind: 'multi-choice',
      prompt: {
        fr: 'Quelles règles s’appliquent quand les employés utilisent leurs comptes personnels ?',
        en: 'Which rules apply when employees use their personal accounts?',
      },
      choices: [
        {
          value: 'disclose-employee',
          label: {
            fr: 'Dire qu’on est employé quand on parle de l’organisation',
            en: 'Say you are an employee when speaking about the organization',
          },
        },
        {
          value: 'no-confidential',
          label: { fr: 'Ne divulguer aucune information confidentielle', en: 'Never disclose confidential information' },
        },
        {
          value: 'opinion-disclaimer',
          label: {
            fr: 'Préciser que ses propos n’engagent que soi',
            en: 'Make clear that your opinions are your own',
          },
        },
        { value: 'courtesy', label: { fr: 'Rester courtois en toutes circonstances', en: 'Stay courteous at all times' } },
        {
          value: 'crisis-to-comms',
          label: {
            fr: 'Diriger les questions de crise vers les communications',
            en: 'Route crisis questions to the communications team',
          },
        },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'customRules',
      label: { fr: 'Autres règles', en: 'Other rules' },
      kind: 'list',
      optional: true,
      prompt: { fr: 'D’autres règles propres à votre organisation ?', en: 'Any other rules specific to your organization?' },
      maxItems: 20,
      itemMaxLength: 300,
    },
    {
      key: 'discussedOn',
      label: { fr: 'Discussion avec le personnel', en: 'Discussion with staff' },
      kind: 'date',
      allowPast: true,
      prompt: {
        fr: 'Quand ces règles sont-elles discutées avec le personnel (date prévue, ou passée si c’est déjà fait)\u202f?',
        en: 'When are these rules discussed with staff (the planned date, or the past one if it is done)?',
      },
      help: {
        fr: 'La politique reste un brouillon jusqu’à ce que vous confirmiez la discussion (`personnel discutée`)\u202f; vous l’officialisez ensuite (`personnel officielle`).',
        en: 'The policy stays a draft until you confirm the discussion (`staff discussed`); you then make it official (`staff official`).',
      },
    },
    {
      key: 'discussionFormat',
      label: { fr: 'Forme de la discussion', en: 'Discussion format' },
      kind: 'choice',
      prompt: { fr: 'Sous quelle forme ?', en: 'In what format?' },
      choices: [
        { value: 'meeting', label: { fr: 'Réunion d’équipe', en: 'Team meeting' } },
        { value: 'workshop', label: { fr: 'Atelier', en: 'Workshop' } },
        { value: 'consultation', label: { fr: 'Consultation par courriel', en: 'E-mail consultation' } },
        { value: 'intranet', label: { fr: 'Intranet', en: 'Intranet' } },
      ],
      allowOther: true,
    },
  ],
};

/** Step 5's answers, typed. */
export const readStep5 = stepReader({
  accountAccess: oneOf(ACCOUNT_ACCESS.values),
  /** Asked only when accountAccess is `named`. */
  accountHolders: items({ person: user }),
  /** Rules for employees' personal use. */
  rules: strings,
  customRules: strings,
  discussedOn: text,
  discussionFormat: text,
});
export type Step5Answers = ReturnType<typeof readStep5>;
