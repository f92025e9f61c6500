/**
 * Step 4 — Content, calendar and house rules: content (material, calendar), 4b the usage guide,
 * 4c the editorial line, 4d the comment-handling playbook. Its answers are read with `readStep4`.
 * Check `playbook-missing-kinds`.
 */
import type { Group, StepDefinition } from '../src/core/dialogue/types.js';
import {
  ANSWER_CHANNEL_CHOICES,
  COMMENT_KIND_CHOICES,
  REQUIRED_COMMENT_KINDS,
  commentKindLabel,
  missingCommentKinds,
} from './comment-kinds.js';
import { platformQuestion } from './platforms.js';
import { chosenPlatforms } from './step-03-platforms.js';
import { WARNINGS } from './warnings.js';
import { choiceTable, items, number, oneOf, stepReader, strings, text, textOrList, user } from './reader.js';

const PER_PLATFORM = { fr: 'Quelle plateforme ?', en: 'Which platform?' };

/** One row per platform chosen in step 3, so the team only fills in the blanks. */
function suggestFor(groupKey: 'frequency' | 'usage' | 'objectives'): Group['suggestItems'] {
  return (ctx) => {
    const done = new Set(readStep4(ctx.answers)[groupKey].map((item) => item.platform));
    return chosenPlatforms(ctx.step(3))
      .filter((platform) => !done.has(platform))
      .map((platform) => ({ platform }));
  };
}

/** Who answers a kind of comment: a role of step 6, resolved when a comment is logged, or a person. */
export const ANSWERED_BY = choiceTable({
  'community-manager': { fr: 'Le gestionnaire de communauté', en: 'The community manager' },
  backup: { fr: 'La relève', en: 'The backup' },
  person: { fr: 'Une personne désignée', en: 'A named person' },
});

const SELF_SHARE = choiceTable({
  little: { fr: 'Le tiers ou moins', en: 'A third or less' },
  half: { fr: 'Environ la moitié', en: 'About half' },
  most: { fr: 'La plupart', en: 'Most of them' },
  all: { fr: 'Toutes', en: 'All of them' },
});

export const step04Content: StepDefinition = {
  number: 4,
  id: 'content',
  title: { fr: 'Créer des contenus pour chaque média', en: 'Create content for each platform' },
  intro: {
    fr: 'On planifie ce qu’on publiera, puis on se donne des règles de maison : guide d’utilisation, ligne éditoriale et schémas de gestion des commentaires. C’est la partie la plus fastidieuse, et la plus souvent escamotée : c’est pourtant elle qui vous sauvera en cas de crise.',
    en: 'We plan what we’ll publish, then set house rules: usage guide, editorial line and comment-handling playbook. It’s the most tedious part and the one most often skipped, yet it is what saves you in a crisis.',
  },
  tips: [
    {
      fr: 'Faites valider chaque publication avant sa mise en ligne, et soignez la qualité de la langue.',
      en: 'Have every post validated before it goes out, and take care with the quality of the language.',
    },
    {
      fr: 'Partagez aussi le contenu des autres : une bonne ligne éditoriale ne parle pas que de l’organisation.',
      en: 'Share other people’s content too: a good editorial line doesn’t talk only about the organization.',
    },
    {
      fr: 'Soyez transparents : reconnaissez une erreur publiquement plutôt que d’effacer un commentaire critique.',
      en: 'Be transparent: acknowledge a mistake publicly rather than deleting a critical comment.',
    },
  ],
  nodes: [
    {
      key: 'material',
      label: { fr: 'Matériel disponible', en: 'Available material' },
      kind: 'multi-choice',
      prompt: { fr: 'Quel matériel avez-vous déjà sous la main pour publier ?', en: 'What material do you already have to publish?' },
      choices: [
        { value: 'videos', label: { fr: 'Vidéos', en: 'Videos' } },
        { value: 'photos', label: { fr: 'Photos', en: 'Photos' } },
        { value: 'articles', label: { fr: 'Articles', en: 'Articles' } },
        { value: 'archives', label: { fr: 'Archives', en: 'Archives' } },
        { value: 'events', label: { fr: 'Événements à venir', en: 'Upcoming events' } },
        { value: 'announcements', label: { fr: 'Annonces', en: 'Announcements' } },
      ],
      allowOther: true,
      min: 1,
    },
    {
      key: 'materialNotes',
      label: { fr: 'Notes sur le matériel', en: 'Notes on material' },
      kind: 'long-text',
      optional: true,
      prompt: { fr: 'Des précisions sur ce matériel ?', en: 'Any notes on this material?' },
      maxLength: 2000,
    },
    {
      key: 'horizon',
      label: { fr: 'Horizon du calendrier', en: 'Calendar horizon' },
      kind: 'choice',
      prompt: { fr: 'Sur quel horizon planifiez-vous votre calendrier ?', en: 'Over what horizon do you plan your calendar?' },
      choices: [
        { value: 'annual', label: { fr: 'Calendrier annuel', en: 'Annual calendar' } },
        { value: 'monthly', label: { fr: 'Calendrier mensuel', en: 'Monthly calendar' } },
      ],
    },
    {
      kind: 'group',
      key: 'frequency',
      label: { fr: 'Rythme de publication', en: 'Posting rhythm' },
      prompt: {
        fr: 'À quel rythme comptez-vous publier sur chaque plateforme ?',
        en: 'How often do you intend to post on each platform?',
      },
      itemLabel: { fr: 'rythme de publication', en: 'posting rhythm' },
      min: 1,
      max: 30,
      suggestItems: suggestFor('frequency'),
      questions: [
        platformQuestion(PER_PLATFORM),
        {
          key: 'perWeek',
          label: { fr: 'Publications par semaine', en: 'Posts per week' },
          kind: 'number',
          prompt: { fr: 'Combien de publications par semaine ?', en: 'How many posts per week?' },
          help: { fr: 'Par exemple 0,25 pour une fois par mois.', en: 'For example 0.25 for once a month.' },
          min: 0,
          max: 100,
          unit: { fr: 'publications par semaine', en: 'posts per week' },
        },
      ],
    },
    {
      kind: 'group',
      key: 'calendar',
      label: { fr: 'Premières publications au calendrier', en: 'First calendar entries' },
      prompt: {
        fr: 'Inscrivons vos premières publications au calendrier. Boussole enverra un rappel au responsable avant chacune.',
        en: 'Let’s put your first posts on the calendar. Boussole will remind the owner before each one.',
      },
      itemLabel: { fr: 'publication', en: 'post' },
      min: 1,
      max: 100,
      questions: [
        { key: 'at', label: { fr: 'Date et heure', en: 'Date and time' }, kind: 'date-time', prompt: { fr: 'Quand sera-t-elle publiée ?', en: 'When will it be published?' } },
        platformQuestion({ fr: 'Sur quelle plateforme ?', en: 'On which platform?' }),
        { key: 'topic', label: { fr: 'Sujet', en: 'Topic' }, kind: 'short-text', prompt: { fr: 'Quel sujet ?', en: 'What topic?' }, maxLength: 200 },
        { key: 'owner', label: { fr: 'Responsable', en: 'Owner' }, kind: 'user', prompt: { fr: 'Qui en est responsable ?', en: 'Who owns it?' } },
        {
          // Not `material`: inside an item the step's own `material` answer would read as this one's.
          key: 'postMaterial',
          label: { fr: 'Matériel', en: 'Material' },
          kind: 'short-text',
          optional: true,
          prompt: { fr: 'Quel matériel l’accompagne (photo, vidéo, lien) ?', en: 'What material goes with it (photo, video, link)?' },
          maxLength: 300,
        },
      ],
    },
    {
      key: 'curator',
      label: { fr: 'Suivi des conversations et des contenus', en: 'Follows conversations and content' },
      kind: 'user',
      prompt: {
        fr: 'Qui suit les conversations pour améliorer les contenus et retirer ce qui ne fonctionne pas ?',
        en: 'Who follows the conversations to improve content and retire what doesn’t work?',
      },
    },
    {
      kind: 'group',
      key: 'usage',
      label: { fr: 'Guide d’utilisation', en: 'Usage guide' },
      prompt: {
        fr: 'Passons au guide d’utilisation, la « bible » interne : pour chaque plateforme, comment on y parle.',
        en: 'Now the usage guide, the internal “bible”: for each platform, how we speak there.',
      },
      itemLabel: { fr: 'plateforme', en: 'platform' },
      min: 1,
      max: 30,
      suggestItems: suggestFor('usage'),
      questions: [
        platformQuestion(PER_PLATFORM),
        {
          key: 'context',
          label: { fr: 'Contexte d’utilisation', en: 'Context of use' },
          kind: 'long-text',
          prompt: { fr: 'Dans quel contexte l’utilise-t-on ?', en: 'In what context do we use it?' },
          maxLength: 1000,
        },
        {
          key: 'vocabulary',
          label: { fr: 'Vocabulaire', en: 'Vocabulary' },
          kind: 'long-text',
          prompt: {
            fr: 'Quel vocabulaire privilégier ou éviter (termes maison, mots-clics, sigles) ?',
            en: 'What vocabulary should we favour or avoid (house terms, hashtags, acronyms)?',
          },
          maxLength: 1000,
        },
        {
          key: 'register',
          label: { fr: 'Registre de langue', en: 'Language register' },
          kind: 'choice',
          prompt: { fr: 'Quel registre de langue ?', en: 'Which language register?' },
          choices: [
            { value: 'formal', label: { fr: 'Soutenu', en: 'Formal' } },
            { value: 'standard', label: { fr: 'Courant', en: 'Standard' } },
            { value: 'casual', label: { fr: 'Familier', en: 'Casual' } },
          ],
        },
        {
          key: 'signature',
          label: { fr: 'Signature', en: 'Signature' },
          kind: 'choice',
          prompt: { fr: 'Comment le personnel signe-t-il ses réponses ?', en: 'How do staff sign their replies?' },
          choices: [
            { value: 'first-name', label: { fr: 'Prénom', en: 'First name' } },
            { value: 'full-name', label: { fr: 'Prénom et nom', en: 'Full name' } },
            { value: 'team', label: { fr: 'Nom de l’équipe', en: 'Team name' } },
            { value: 'none', label: { fr: 'Sans signature', en: 'No signature' } },
          ],
        },
        {
          key: 'voice',
          label: { fr: 'Voix', en: 'Voice' },
          kind: 'choice',
          prompt: { fr: 'Avec quelle voix s’exprime-t-on ?', en: 'In which voice do we speak?' },
          choices: [
            { value: 'i', label: { fr: 'Première personne du singulier (« je »)', en: 'First person singular (“I”)' } },
            { value: 'we', label: { fr: 'Première personne du pluriel (« nous »)', en: 'First person plural (“we”)' } },
            { value: 'organization', label: { fr: 'Le nom de l’organisation', en: 'The organization’s name' } },
          ],
        },
      ],
    },
    {
      key: 'topicsCovered',
      label: { fr: 'Sujets abordés', en: 'Topics covered' },
      kind: 'list',
      prompt: { fr: 'Ligne éditoriale : de quels sujets parlerons-nous ?', en: 'Editorial line: which topics will we cover?' },
      maxItems: 30,
      itemMaxLength: 200,
    },
    {
      key: 'topicsAvoided',
      label: { fr: 'Sujets évités', en: 'Topics avoided' },
      kind: 'list',
      prompt: { fr: 'Quels sujets évitons-nous ?', en: 'Which topics do we avoid?' },
      maxItems: 30,
      itemMaxLength: 200,
    },
    {
      key: 'selfShare',
      label: { fr: 'Part des publications sur l’organisation', en: 'Share of posts about the organization' },
      kind: 'choice',
      prompt: {
        fr: 'Quelle part de vos publications portera sur l’organisation elle-même (ses nouvelles, ses produits, ses réussites) ?',
        en: 'What share of your posts will be about the organization itself (its news, products, achievements)?',
      },
      choices: SELF_SHARE.choices,
    },
    {
      kind: 'group',
      key: 'objectives',
      label: { fr: 'Objectif de chaque plateforme', en: 'Objective of each platform' },
      prompt: { fr: 'Quel est l’objectif de chaque plateforme ?', en: 'What is the objective of each platform?' },
      itemLabel: { fr: 'plateforme', en: 'platform' },
      min: 1,
      max: 30,
      suggestItems: suggestFor('objectives'),
      questions: [
        platformQuestion(PER_PLATFORM),
        {
          key: 'objective',
          label: { fr: 'Objectif', en: 'Objective' },
          kind: 'long-text',
          prompt: { fr: 'Son objectif ?', en: 'What’s its objective?' },
          maxLength: 1000,
        },
      ],
    },
    {
      kind: 'group',
      key: 'playbook',
      label: { fr: 'Schémas de gestion des commentaires', en: 'Comment-handling playbook' },
      prompt: {
        fr: 'Enfin, les schémas de gestion des commentaires : pour chaque type de commentaire, qui répond, dans quel délai et comment. Boussole s’en sert pour assigner les commentaires et signaler les retards.',
        en: 'Finally, the comment-handling playbook: for each kind of comment, who answers, how fast and how. Boussole uses it to assign comments and flag overdue ones.',
      },
      itemLabel: { fr: 'type de commentaire', en: 'kind of comment' },
      min: REQUIRED_COMMENT_KINDS.length,
      max: 20,
      suggestItems: (ctx) => missingCommentKinds(readStep4(ctx.answers).playbook).map((kind) => ({ kind })),
      questions: [
        {
          key: 'kind',
          label: { fr: 'Type de commentaire', en: 'Kind of comment' },
          kind: 'choice',
          prompt: { fr: 'Quel type de commentaire ?', en: 'Which kind of comment?' },
          choices: COMMENT_KIND_CHOICES,
          allowOther: true,
        },
        {
          key: 'answeredBy',
          label: { fr: 'Qui y répond', en: 'Who answers' },
          kind: 'choice',
          prompt: { fr: 'Qui y répond\u202f?', en: 'Who answers?' },
          help: {
            fr: 'Le gestionnaire de communauté et la relève sont ceux que l’étape\u00a06 désigne.',
            en: 'The community manager and the backup are the people step 6 names.',
          },
          choices: ANSWERED_BY.choices,
        },
        {
          key: 'assignee',
          label: { fr: 'Personne qui répond', en: 'Person who answers' },
          kind: 'user',
          when: (ctx) => ctx.answers.answeredBy === 'person',
          prompt: { fr: 'Quelle personne\u202f?', en: 'Which person?' },
        },
        {
          key: 'delayHours',
          label: { fr: 'Délai maximal', en: 'Maximum delay' },
          kind: 'number',
          prompt: { fr: 'Dans quel délai maximal faut-il répondre ?', en: 'What is the maximum response delay?' },
          min: 1,
          max: 720,
          integer: true,
          unit: { fr: 'heures', en: 'hours' },
        },
        {
          key: 'content',
          label: { fr: 'Contenu de la réponse', en: 'What the answer contains' },
          kind: 'long-text',
          prompt: { fr: 'Que doit contenir la réponse ?', en: 'What should the answer contain?' },
          maxLength: 1500,
        },
        {
          key: 'publicExchanges',
          label: { fr: 'Échanges publics avant le privé', en: 'Public exchanges before going private' },
          kind: 'number',
          prompt: {
            fr: 'Combien d’échanges publics avec la même personne avant de passer en privé ?',
            en: 'How many public exchanges with the same person before moving to a private channel?',
          },
          min: 0,
          max: 10,
          integer: true,
          unit: { fr: 'échanges', en: 'exchanges' },
        },
        {
          key: 'channel',
          label: { fr: 'Canal', en: 'Channel' },
          kind: 'choice',
          prompt: { fr: 'Sur quel canal répond-on ?', en: 'On which channel do we answer?' },
          choices: ANSWER_CHANNEL_CHOICES,
        },
        {
          key: 'escalateWhen',
          label: { fr: 'Quand escalader', en: 'When to escalate' },
          kind: 'long-text',
          prompt: {
            fr: 'Quand faut-il remonter à la direction des relations publiques ?',
            en: 'When should it be escalated to PR leadership?',
          },
          maxLength: 1000,
        },
      ],
    },
    {
      key: 'escalationContact',
      label: { fr: 'Contact d’escalade', en: 'Escalation contact' },
      kind: 'user',
      prompt: {
        fr: 'Qui, à la direction des relations publiques, reçoit les escalades ?',
        en: 'Who in PR leadership receives escalations?',
      },
    },
    {
      key: 'supervisor',
      label: { fr: 'Supervision (haute direction des relations publiques)', en: 'Supervised by (senior PR management)' },
      kind: 'user',
      prompt: {
        fr: 'Qui, à la haute direction des relations publiques, supervise ces schémas\u202f? Cette personne reçoit l’escalade des commentaires sensibles (en colère, injurieux) restés sans réponse.',
        en: 'Who in senior public-relations management supervises this playbook? They receive the escalation of sensitive comments (angry, abusive) left unanswered.',
      },
    },
    {
      key: 'approvedBy',
      label: { fr: 'Schémas approuvés par', en: 'Playbook approved by' },
      kind: 'user',
      prompt: {
        fr: 'Qui, à la haute direction des relations publiques, a approuvé ces schémas ?',
        en: 'Who in senior PR leadership approved this playbook?',
      },
    },
    {
      key: 'approvedOn',
      label: { fr: 'Date d’approbation', en: 'Approved on' },
      kind: 'date',
      allowPast: true,
      optional: true,
      prompt: { fr: 'À quelle date ont-ils été approuvés ?', en: 'When was it approved?' },
    },
  ],
  checks: [
    {
      id: 'playbook-missing-kinds',
      check: (ctx) => {
        const missing = missingCommentKinds(readStep4(ctx.answers).playbook);
        return missing.length === 0 ? undefined : WARNINGS.playbookMissingKinds(missing.map(commentKindLabel));
      },
    },
  ],
};

/** Step 4's answers, typed. */
export const readStep4 = stepReader({
  material: strings,
  materialNotes: text,
  horizon: text,
  /** Target posts per week, per platform. */
  frequency: items({ platform: text, perWeek: number }),
  /** Becomes content-calendar entries with reminders; `at` is an ISO instant. */
  calendar: items({ at: text, platform: text, topic: text, owner: user, postMaterial: textOrList }, { postMaterial: 'material' }),
  curator: user,
  usage: items({ platform: text, context: text, vocabulary: text, register: text, signature: text, voice: text }),
  topicsCovered: strings,
  topicsAvoided: strings,
  /** How much of what we publish is about ourselves. */
  selfShare: oneOf(SELF_SHARE.values),
  objectives: items({ platform: text, objective: text }),
  /** One row per kind of comment: who answers is a role of step 6, or `assignee` when a person. */
  playbook: items({
    kind: text,
    answeredBy: oneOf(ANSWERED_BY.values),
    assignee: user,
    delayHours: number,
    content: text,
    publicExchanges: number,
    channel: text,
    escalateWhen: text,
  }),
  escalationContact: user,
  /** Senior PR management: supervises the playbook, receives sensitive comments' escalations. */
  supervisor: user,
  approvedBy: user,
  approvedOn: text,
});
export type Step4Answers = ReturnType<typeof readStep4>;
export type PlaybookRow = Step4Answers['playbook'][number];
