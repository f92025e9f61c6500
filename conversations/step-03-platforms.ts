/**
 * Step 3 — Platforms and profiles. Its answers are read with `readStep3`.
 * Checks: `platform-without-audience`, `audience-without-platform`, `cross-posting`.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import type { StepAnswers } from '../src/core/dialogue/values.js';
import { audienceNames, mapAudiences } from './audience-map.js';
import { describePlatformItem, platformQuestion } from './platforms.js';
import { platformFitLine, platformFitTable } from './platform-fit.js';
import { readStep2 } from './step-02-audiences.js';
import { WARNINGS } from './warnings.js';
import { choiceTable, items, oneOf, stepReader, strings, text } from './reader.js';

const CROSS_POSTING = choiceTable({
  adapted: { fr: 'Adaptée à chaque plateforme', en: 'Adapted to each platform' },
  'some-automatic': { fr: 'Relayée automatiquement sur certaines plateformes', en: 'Pushed automatically to some platforms' },
  'all-automatic': { fr: 'Publiée automatiquement partout à la fois', en: 'Pushed automatically everywhere at once' },
});

export const step03Platforms: StepDefinition = {
  number: 3,
  id: 'platforms',
  title: { fr: 'Choisir des outils et créer des profils', en: 'Choose platforms and create profiles' },
  intro: {
    fr: 'Chaque plateforme doit servir au moins un de vos publics. Choisissons les outils qui leur conviennent, puis réservons les noms et les adresses.',
    en: 'Each platform must serve at least one of your audiences. Let’s choose the tools that suit them, then reserve the names and addresses.',
  },
  tips: [
    {
      fr: 'Respectez le fonctionnement de chaque plateforme : on n’écrit pas sur LinkedIn comme sur TikTok.',
      en: 'Respect how each platform works: you don’t write on LinkedIn the way you write on TikTok.',
    },
    {
      fr: 'Réservez votre nom sur les plateformes principales, même celles que vous n’utiliserez pas tout de suite.',
      en: 'Reserve your name on the main platforms, even those you won’t use right away.',
    },
  ],
  nodes: [
    {
      kind: 'group',
      key: 'platforms',
      label: { fr: 'Plateformes et comptes', en: 'Platforms and accounts' },
      prompt: {
        fr: 'Quelles plateformes retenez-vous ? Une page ou un compte à la fois ; vous pouvez en avoir plusieurs par plateforme.',
        en: 'Which platforms do you choose? One page or account at a time; you may have several per platform.',
      },
      itemLabel: { fr: 'compte', en: 'account' },
      min: 1,
      max: 30,
      questions: [
        { ...platformQuestion({ fr: 'Quelle plateforme ?', en: 'Which platform?' }), help: platformFitTable() },
        {
          key: 'name',
          label: { fr: 'Identifiant ou page', en: 'Handle or page' },
          kind: 'short-text',
          prompt: { fr: 'Quel identifiant ou nom de page ?', en: 'Which handle or page name?' },
          maxLength: 120,
        },
        {
          key: 'url',
          label: { fr: 'Adresse', en: 'URL' },
          kind: 'url',
          optional: true,
          prompt: { fr: 'Quelle est son adresse (URL) ?', en: 'What is its address (URL)?' },
        },
        {
          key: 'status',
          label: { fr: 'Statut', en: 'Status' },
          kind: 'choice',
          prompt: { fr: 'Ce nom est-il déjà réservé ?', en: 'Is this name already reserved?' },
          choices: [
            { value: 'reserved', label: { fr: 'Réservé', en: 'Reserved' } },
            { value: 'to-reserve', label: { fr: 'À réserver', en: 'To reserve' } },
          ],
        },
        {
          key: 'lifespan',
          label: { fr: 'Durée', en: 'Lifespan' },
          kind: 'choice',
          prompt: { fr: 'Ce compte est-il permanent ou temporaire ?', en: 'Is this account permanent or temporary?' },
          choices: [
            { value: 'permanent', label: { fr: 'Permanent', en: 'Permanent' } },
            { value: 'temporary', label: { fr: 'Temporaire (campagne, événement)', en: 'Temporary (campaign, event)' } },
          ],
        },
        {
          key: 'audiences',
          label: { fr: 'Publics joints', en: 'Audiences reached' },
          kind: 'short-text',
          prompt: {
            fr: 'Quels publics de l’étape 2 joignez-vous ici ?',
            en: 'Which audiences from step 2 do you reach here?',
          },
          help: {
            fr: 'Reprenez leurs noms, séparés par des virgules.',
            en: 'Use their names, separated by commas.',
          },
          maxLength: 500,
          suggest: (ctx) => {
            const names = audienceNames(readStep2(ctx.step(2)).audiences);
            return names.length > 0 ? names.join(', ') : undefined;
          },
        },
        {
          key: 'fit',
          label: { fr: 'Pourquoi elle leur convient', en: 'Why it suits them' },
          kind: 'long-text',
          prompt: { fr: 'Pourquoi cette plateforme leur convient-elle ?', en: 'Why does this platform suit them?' },
          // What the platform usually suits, as a starting point the team confirms or rewrites.
          help: { fr: 'Ce à quoi elle convient d’ordinaire est proposé\u00a0: gardez-le ou dites-le avec vos mots.', en: 'What it usually suits is proposed: keep it or say it in your own words.' },
          suggest: (ctx) => {
            const platform = ctx.answers.platform;
            const line = typeof platform === 'string' ? platformFitLine(platform) : undefined;
            return line ? line[ctx.locale] : undefined;
          },
          maxLength: 1000,
        },
      ],
    },
    {
      key: 'domains',
      label: { fr: 'Noms de domaine réservés', en: 'Reserved domain names' },
      kind: 'list',
      optional: true,
      prompt: {
        fr: 'Quels noms de domaine ou adresses personnalisées avez-vous réservés pour qu’on vous trouve facilement ?',
        en: 'Which domain names or vanity URLs have you reserved so that people and search engines find you?',
      },
      maxItems: 20,
      itemMaxLength: 200,
    },
    {
      key: 'crossPosting',
      label: { fr: 'Diffusion entre plateformes', en: 'Posting across platforms' },
      kind: 'choice',
      prompt: {
        fr: 'Comment une même nouvelle sera-t-elle publiée sur vos différentes plateformes ?',
        en: 'How will one piece of news be published across your platforms?',
      },
      choices: CROSS_POSTING.choices,
    },
  ],
  checks: [
    {
      id: 'platform-without-audience',
      check: (ctx) => {
        const orphans = mapAudiences(readStep2(ctx.step(2)).audiences, readStep3(ctx.answers).platforms).platformsWithoutAudience;
        if (orphans.length === 0) return undefined;
        return WARNINGS.platformWithoutAudience(orphans.map(describePlatformItem));
      },
    },
    {
      id: 'audience-without-platform',
      check: (ctx) => {
        const orphans = mapAudiences(readStep2(ctx.step(2)).audiences, readStep3(ctx.answers).platforms).audiencesWithoutPlatform;
        if (orphans.length === 0) return undefined;
        return WARNINGS.audienceWithoutPlatform(orphans.map((item) => item.who ?? ''));
      },
    },
    {
      id: 'cross-posting',
      check: (ctx) => (readStep3(ctx.answers).crossPosting === 'all-automatic' ? WARNINGS.crossPosting : undefined),
    },
  ],
};

/** Step 3's answers, typed. */
export const readStep3 = stepReader({
  /** One item per page or account (several per platform allowed). */
  platforms: items({
    platform: text,
    name: text,
    url: text,
    status: text,
    lifespan: text,
    /** Step 2 audience names, comma-separated (matched tolerantly). */
    audiences: text,
    fit: text,
  }),
  domains: strings,
  crossPosting: oneOf(CROSS_POSTING.values),
});
export type Step3Answers = ReturnType<typeof readStep3>;

/** Step 3's platforms, each once, in the order chosen: the rows later steps propose per platform. */
export function chosenPlatforms(step3: StepAnswers): string[] {
  const platforms = readStep3(step3)
    .platforms.map((item) => item.platform)
    .filter((platform): platform is string => platform !== undefined);
  return [...new Set(platforms)];
}
