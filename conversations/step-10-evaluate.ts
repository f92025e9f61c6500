/**
 * Step 10 — Evaluate and adjust. Its answers are read with `readStep10`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { platformQuestion } from './platforms.js';
import { chosenPlatforms } from './step-03-platforms.js';
import { choiceTable, items, oneOf, stepReader, strings, text, user } from './reader.js';

const CHECK_IN = choiceTable({
  weekly: { fr: 'Chaque semaine', en: 'Weekly' },
  monthly: { fr: 'Chaque mois', en: 'Monthly' },
});

const QUALITY_CADENCE = choiceTable({
  weekly: { fr: 'Chaque semaine', en: 'Weekly' },
  monthly: { fr: 'Chaque mois', en: 'Monthly' },
  quarterly: { fr: 'Chaque trimestre', en: 'Quarterly' },
});

export const step10Evaluate: StepDefinition = {
  number: 10,
  id: 'evaluate',
  title: { fr: 'Évaluer et ajuster', en: 'Evaluate and adjust' },
  intro: {
    fr: 'On mesure pour s’améliorer. Choisissons les indicateurs à suivre par plateforme, qui les fournit et à quel rythme on fait le point ; vous pourrez rouvrir n’importe quelle étape pour ajuster le plan.',
    en: 'We measure to improve. Let’s choose the indicators to track per platform, who provides them and how often we take stock; you can reopen any step to adjust the plan.',
  },
  tips: [
    {
      fr: 'Compter les « amis » en dit moins que la qualité des conversations et le nombre de personnes influentes avec qui vous échangez vraiment.',
      en: 'Counting “friends” says less than the quality of conversations and the influential people you actually talk to.',
    },
    {
      fr: 'Boussole calcule lui-même le temps de réponse aux commentaires, les retards et les leaders d’opinion avec qui vous avez échangé.',
      en: 'Boussole computes response times to comments, overdue counts and the opinion leaders you have interacted with by itself.',
    },
  ],
  nodes: [
    {
      kind: 'group',
      key: 'kpis',
      label: { fr: 'Indicateurs par plateforme', en: 'Indicators per platform' },
      prompt: {
        fr: 'Quels indicateurs suivrez-vous sur chaque plateforme ?',
        en: 'Which indicators will you track on each platform?',
      },
      itemLabel: { fr: 'plateforme', en: 'platform' },
      min: 1,
      max: 30,
      suggestItems: (ctx) => {
        const done = new Set(readStep10(ctx.answers).kpis.map((item) => item.platform));
        return chosenPlatforms(ctx.step(3))
          .filter((platform) => !done.has(platform))
          .map((platform) => ({ platform }));
      },
      questions: [
        platformQuestion({ fr: 'Quelle plateforme ?', en: 'Which platform?' }),
        {
          key: 'metrics',
          label: { fr: 'Indicateurs', en: 'Indicators' },
          kind: 'multi-choice',
          prompt: { fr: 'Quels indicateurs ?', en: 'Which indicators?' },
          choices: [
            { value: 'followers', label: { fr: 'Abonnés', en: 'Followers' } },
            { value: 'page-views', label: { fr: 'Pages vues', en: 'Page views' } },
            { value: 'likes', label: { fr: 'J’aime', en: 'Likes' } },
            { value: 'shares', label: { fr: 'Partages', en: 'Shares' } },
            { value: 'comments', label: { fr: 'Commentaires', en: 'Comments' } },
            { value: 'mentions', label: { fr: 'Mentions', en: 'Mentions' } },
          ],
          min: 1,
        },
      ],
    },
    {
      key: 'sources',
      label: { fr: 'Sources des mesures', en: 'Measurement sources' },
      kind: 'multi-choice',
      prompt: { fr: 'D’où viendront les mesures ?', en: 'Where will the measurements come from?' },
      choices: [
        { value: 'web-analytics', label: { fr: 'Outil d’analyse Web', en: 'Web analytics' } },
        { value: 'platform-stats', label: { fr: 'Statistiques des plateformes', en: 'Platform statistics' } },
        { value: 'listening-tool', label: { fr: 'Outil de veille', en: 'Listening tool' } },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'checkIn',
      label: { fr: 'Collecte des chiffres', en: 'Numbers collected' },
      kind: 'choice',
      prompt: {
        fr: 'À quel rythme Boussole doit-il demander les chiffres ?',
        en: 'How often should Boussole ask for the numbers?',
      },
      choices: CHECK_IN.choices,
    },
    {
      key: 'kpiOwner',
      label: { fr: 'Responsable des indicateurs', en: 'Indicators owner' },
      kind: 'user',
      prompt: { fr: 'Qui fournit ces chiffres ?', en: 'Who provides these numbers?' },
    },
    {
      key: 'qualityCadence',
      label: { fr: 'Évaluation de la qualité des conversations', en: 'Conversation-quality rating' },
      kind: 'choice',
      prompt: {
        fr: 'À quel rythme évaluerez-vous la qualité des conversations (note de 1 à 5, avec commentaires) ?',
        en: 'How often will you rate the quality of conversations (1 to 5, with notes)?',
      },
      choices: QUALITY_CADENCE.choices,
    },
    {
      key: 'reviewCadence',
      label: { fr: 'Révision du plan', en: 'Plan review' },
      kind: 'choice',
      prompt: {
        fr: 'À quel rythme réviserez-vous le plan au regard des objectifs de l’étape 2 ?',
        en: 'How often will you review the plan against step 2’s objectives?',
      },
      choices: [
        { value: 'monthly', label: { fr: 'Chaque mois', en: 'Monthly' } },
        { value: 'quarterly', label: { fr: 'Chaque trimestre', en: 'Quarterly' } },
        { value: 'semiannual', label: { fr: 'Deux fois par année', en: 'Twice a year' } },
        { value: 'annual', label: { fr: 'Chaque année', en: 'Yearly' } },
      ],
    },
  ],
};

/** Step 10's answers, typed. */
export const readStep10 = stepReader({
  /** One item per platform, proposed from step 3. */
  kpis: items({ platform: text, metrics: strings }),
  sources: strings,
  /** When the KPI owner is asked for the numbers. */
  checkIn: oneOf(CHECK_IN.values),
  kpiOwner: user,
  /** How often the conversations' quality is rated (1 to 5). */
  qualityCadence: oneOf(QUALITY_CADENCE.values),
  reviewCadence: text,
});
export type Step10Answers = ReturnType<typeof readStep10>;
