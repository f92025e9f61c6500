/**
 * Step 1 — Listen first (veille). Its answers are read with `readStep1`.
 * Check `go-live-too-soon`: go-live less than 8 weeks after listenStart.
 */
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { goLiveWarning } from './go-live.js';
import { platformQuestion } from './platforms.js';
import { items, stepReader, strings, text } from './reader.js';

export const step01Listen: StepDefinition = {
  number: 1,
  id: 'listen',
  title: { fr: 'Effectuer une veille et prendre le temps d’observer', en: 'Listen first and take time to observe' },
  intro: {
    fr: 'Avant de publier quoi que ce soit, on écoute : ce qui se dit de nous, qui parle dans notre domaine, ce que font nos pairs. Cette veille commence des mois avant la mise en ligne et alimente le résumé hebdomadaire.',
    en: 'Before publishing anything, we listen: what is said about us, who speaks in our field, what our peers do. Listening starts months before going live and feeds the weekly digest.',
  },
  tips: [
    {
      fr: 'Observez comment chaque plateforme fonctionne avant d’y prendre la parole : ses codes, son rythme, son ton.',
      en: 'Watch how each platform works before you speak there: its customs, its pace, its tone.',
    },
    {
      fr: 'Ajoutez aux mots-clés les variantes et les fautes courantes de votre nom : c’est souvent ainsi qu’on parle de vous.',
      en: 'Add variants and common misspellings of your name to the keywords: that’s often how people mention you.',
    },
  ],
  nodes: [
    {
      key: 'keywords',
      label: { fr: 'Mots-clés surveillés', en: 'Keywords watched' },
      kind: 'list',
      prompt: {
        fr: 'Quels mots-clés devons-nous surveiller ? Noms de l’organisation et des marques, produits ou services, porte-parole…',
        en: 'Which keywords should we watch? Names of the organization and its brands, products or services, spokespeople…',
      },
      maxItems: 50,
      itemMaxLength: 100,
    },
    {
      key: 'competitors',
      label: { fr: 'Concurrents et organisations comparables', en: 'Competitors and peers' },
      kind: 'list',
      prompt: {
        fr: 'Quels concurrents ou organisations comparables voulez-vous observer ?',
        en: 'Which competitors or peer organizations do you want to observe?',
      },
      maxItems: 30,
      itemMaxLength: 100,
    },
    {
      kind: 'group',
      key: 'influencers',
      label: { fr: 'Personnes influentes', en: 'Influential voices' },
      prompt: {
        fr: 'Quelles personnes ou quels comptes influents suivent ou animent les conversations de votre domaine ?',
        en: 'Which influential people or accounts follow or drive the conversations in your field?',
      },
      itemLabel: { fr: 'personne influente', en: 'influential voice' },
      optional: true,
      max: 50,
      questions: [
        { key: 'name', label: { fr: 'Nom', en: 'Name' }, kind: 'short-text', prompt: { fr: 'Son nom ?', en: 'Their name?' }, maxLength: 120 },
        platformQuestion({ fr: 'Sur quelle plateforme est-elle la plus active ?', en: 'On which platform are they most active?' }),
        {
          key: 'handle',
          label: { fr: 'Identifiant ou adresse', en: 'Handle or URL' },
          kind: 'short-text',
          prompt: { fr: 'Son identifiant (@…) ou l’adresse de son profil ?', en: 'Their handle (@…) or profile URL?' },
          maxLength: 300,
        },
      ],
    },
    {
      key: 'feeds',
      label: { fr: 'Sources suivies (fils RSS)', en: 'Sources followed (RSS feeds)' },
      kind: 'list',
      itemKind: 'url',
      optional: true,
      prompt: {
        fr: 'Quelles sources voulez-vous suivre ? Collez les adresses de fils RSS ou Atom : sites d’intérêt, alertes Google livrées en RSS, blogues.',
        en: 'Which sources do you want to follow? Paste RSS or Atom feed URLs: sites of interest, Google Alerts delivered as RSS, blogs.',
      },
      help: {
        fr: 'Des adresses commençant par http:// ou https:// ; Boussole les consulte toutes les heures.',
        en: 'Addresses starting with http:// or https://; Boussole checks them every hour.',
      },
      maxItems: 50,
      itemMaxLength: 2000,
    },
    {
      key: 'tools',
      label: { fr: 'Outils de veille', en: 'Listening tools' },
      kind: 'multi-choice',
      prompt: { fr: 'Quels outils de veille utilisez-vous déjà ?', en: 'Which listening tools do you already use?' },
      choices: [
        { value: 'alerts', label: { fr: 'Alertes (Google Alertes ou autre)', en: 'Alerts (Google Alerts or similar)' } },
        { value: 'rss-reader', label: { fr: 'Lecteur de fils RSS', en: 'RSS reader' } },
        { value: 'platform-search', label: { fr: 'Recherche dans les plateformes', en: 'Platform search' } },
        {
          value: 'paid-suite',
          label: {
            fr: 'Suite de veille payante (Brandwatch, Meltwater, Salesforce Social Studio…)',
            en: 'Paid listening suite (Brandwatch, Meltwater, Salesforce Social Studio…)',
          },
        },
        { value: 'none', label: { fr: 'Aucun pour l’instant', en: 'None yet' } },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'paidTool',
      label: { fr: 'Suite de veille payante', en: 'Paid listening suite' },
      kind: 'short-text',
      prompt: { fr: 'Quelle suite de veille payante utilisez-vous ?', en: 'Which paid listening suite do you use?' },
      maxLength: 100,
      when: (ctx) => readStep1(ctx.answers).tools.includes('paid-suite'),
    },
    {
      key: 'budget',
      label: { fr: 'Budget de veille', en: 'Listening budget' },
      kind: 'choice',
      prompt: { fr: 'Quel budget avez-vous pour la veille ?', en: 'What budget do you have for listening?' },
      choices: [
        { value: 'free-only', label: { fr: 'Outils gratuits seulement', en: 'Free tools only' } },
        { value: 'paid', label: { fr: 'Un budget pour des outils payants', en: 'A budget for paid tools' } },
      ],
    },
    {
      key: 'listenStart',
      label: { fr: 'Début de la veille', en: 'Listening starts' },
      kind: 'date',
      allowPast: true,
      prompt: { fr: 'À quelle date la veille commence-t-elle (ou a-t-elle commencé) ?', en: 'When does (or did) listening start?' },
    },
    {
      key: 'goLive',
      label: { fr: 'Mise en ligne prévue', en: 'Planned go-live' },
      kind: 'date',
      prompt: { fr: 'À quelle date prévoyez-vous la mise en ligne ?', en: 'When do you plan to go live?' },
      help: {
        fr: 'La méthode recommande plusieurs mois d’écoute avant de publier ; vous confirmerez cette date à l’étape 7.',
        en: 'The method recommends several months of listening before publishing; you’ll confirm this date in step 7.',
      },
    },
    {
      key: 'portrait',
      label: { fr: 'Portrait Web', en: 'Web portrait' },
      kind: 'long-text',
      prompt: {
        fr: 'Dressez le portrait web de l’organisation : que dit-on de nous aujourd’hui, où et qui ?',
        en: 'Sketch how the organization shows up online: what’s said about us today, where, and by whom?',
      },
      maxLength: 4000,
    },
    {
      key: 'portraitTone',
      label: { fr: 'Ton général', en: 'Overall tone' },
      kind: 'choice',
      prompt: { fr: 'Dans l’ensemble, quel est le ton de ce qui se dit ?', en: 'Overall, what is the tone of what is said?' },
      choices: [
        { value: 'positive', label: { fr: 'Plutôt positif', en: 'Mostly positive' } },
        { value: 'neutral', label: { fr: 'Neutre', en: 'Neutral' } },
        { value: 'mixed', label: { fr: 'Partagé', en: 'Mixed' } },
        { value: 'negative', label: { fr: 'Plutôt négatif', en: 'Mostly negative' } },
        { value: 'silent', label: { fr: 'On parle très peu de nous', en: 'Hardly anyone talks about us' } },
      ],
    },
  ],
  checks: [
    {
      id: 'go-live-too-soon',
      check: (ctx) => {
        const { listenStart, goLive } = readStep1(ctx.answers);
        return goLiveWarning(listenStart, goLive);
      },
    },
  ],
};

/** Step 1's answers, typed (see `reader.ts`: a malformed value reads as absent). */
export const readStep1 = stepReader({
  keywords: strings,
  competitors: strings,
  influencers: items({ name: text, platform: text, handle: text }),
  /** RSS/Atom sources polled hourly. */
  feeds: strings,
  tools: strings,
  /** The paid suite's name, asked only when `tools` includes paid-suite. */
  paidTool: text,
  budget: text,
  listenStart: text,
  /** The planned go-live; step 7 confirms it. */
  goLive: text,
  portrait: text,
  portraitTone: text,
});
export type Step1Answers = ReturnType<typeof readStep1>;
