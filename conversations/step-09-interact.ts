/**
 * Step 9 — Interact, exchange, share. Its answers are read with `readStep9`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import type { StepAnswers } from '../src/core/dialogue/values.js';
import { readStep4 } from './step-04-content.js';
import { number, stepReader, strings, text } from './reader.js';

/** The fastest response the playbook promises: the team's overall target cannot be slower. */
export function shortestPlaybookDelay(step4: StepAnswers): number | undefined {
  const delays = readStep4(step4)
    .playbook.map((item) => item.delayHours)
    .filter((delay): delay is number => delay !== undefined);
  return delays.length > 0 ? Math.min(...delays) : undefined;
}

export const step09Interact: StepDefinition = {
  number: 9,
  id: 'interact',
  title: { fr: 'Interagir, échanger, partager', en: 'Interact, exchange, share' },
  intro: {
    fr: 'Les médias sociaux sont une conversation. Fixons les normes de vos échanges ; ensuite, le registre des commentaires entre en service et Boussole suit les délais de réponse.',
    en: 'Social media is a conversation. Let’s set the norms of your exchanges; then the comment log goes live and Boussole tracks response times.',
  },
  tips: [
    {
      fr: 'Répondez vite, même pour dire que vous vérifiez : le silence est souvent pire qu’une réponse partielle.',
      en: 'Answer quickly, even just to say you are checking: silence is often worse than a partial answer.',
    },
    {
      fr: 'Partagez et citez les autres : l’échange vaut mieux que la diffusion à sens unique.',
      en: 'Share and credit others: exchange beats one-way broadcasting.',
    },
  ],
  nodes: [
    {
      key: 'tone',
      label: { fr: 'Ton', en: 'Tone' },
      kind: 'choice',
      prompt: { fr: 'Quel ton adoptez-vous dans les échanges ?', en: 'What tone do you adopt in conversations?' },
      choices: [
        { value: 'warm-professional', label: { fr: 'Chaleureux et professionnel', en: 'Warm and professional' } },
        { value: 'friendly', label: { fr: 'Amical et détendu', en: 'Friendly and relaxed' } },
        { value: 'institutional', label: { fr: 'Sobre et institutionnel', en: 'Sober and institutional' } },
      ],
      allowOther: true,
    },
    {
      key: 'level',
      label: { fr: 'Niveau', en: 'Level' },
      kind: 'choice',
      prompt: {
        fr: 'À quel niveau situez-vous vos échanges ? Ni banals, ni trop techniques.',
        en: 'At what level do you pitch your exchanges? Neither trivial nor too technical.',
      },
      choices: [
        { value: 'accessible', label: { fr: 'Vulgarisé, pour le grand public', en: 'Accessible, for the general public' } },
        { value: 'informed', label: { fr: 'Pour un public averti', en: 'For an informed audience' } },
        { value: 'expert', label: { fr: 'Spécialisé, entre experts', en: 'Specialized, among experts' } },
      ],
    },
    {
      key: 'neverDo',
      label: { fr: 'Comportements proscrits', en: 'Behaviours we never adopt' },
      kind: 'multi-choice',
      prompt: { fr: 'Quels comportements n’adoptons-nous jamais ?', en: 'Which behaviours do we never adopt?' },
      choices: [
        { value: 'aggressiveness', label: { fr: 'L’agressivité', en: 'Aggressiveness' } },
        { value: 'sarcasm', label: { fr: 'Le sarcasme ou l’ironie', en: 'Sarcasm or irony' } },
        {
          value: 'deleting-criticism',
          label: { fr: 'Effacer une critique légitime', en: 'Deleting legitimate criticism' },
        },
        { value: 'public-arguments', label: { fr: 'S’obstiner en public', en: 'Arguing at length in public' } },
        { value: 'partisan-politics', label: { fr: 'Prendre parti en politique', en: 'Taking sides in politics' } },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'reactionHours',
      label: { fr: 'Délai de réaction visé', en: 'Target reaction time' },
      kind: 'number',
      prompt: {
        fr: 'En combien d’heures, au plus, réagissez-vous à un commentaire ?',
        en: 'Within how many hours, at most, do you react to a comment?',
      },
      help: {
        fr: 'Boussole propose le délai le plus court de vos schémas de gestion des commentaires (étape 4).',
        en: 'Boussole proposes the shortest delay in your comment playbook (step 4).',
      },
      min: 1,
      max: 720,
      integer: true,
      unit: { fr: 'heures', en: 'hours' },
      suggest: (ctx) => shortestPlaybookDelay(ctx.step(4)),
    },
  ],
};

/** Step 9's answers, typed. */
export const readStep9 = stepReader({
  tone: text,
  level: text,
  /** Behaviours we never adopt. */
  neverDo: strings,
  /** Target reaction speed in hours, proposed from the playbook's shortest delay (step 4). */
  reactionHours: number,
});
export type Step9Answers = ReturnType<typeof readStep9>;
