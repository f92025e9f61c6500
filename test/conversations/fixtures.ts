// Answers as the engine stores them, for tests that read plans: group values keyed by item id,
// ordered by `_at`, and a complete plan that answers every step.
import type { DialogueContext, StepNumber } from '../../src/core/dialogue/types.js';
import type { GroupValue, ScalarValue, StepAnswers } from '../../src/core/dialogue/values.js';
import type { TenantId } from '../../src/core/tenant-id.js';

export function group(...items: Array<Record<string, ScalarValue>>): GroupValue {
  return {
    items: Object.fromEntries(
      items.map((answers, index) => [`item${index + 1}`, { _at: `2025-01-01T00:00:${String(index).padStart(2, '0')}Z`, answers }]),
    ),
  };
}

export type Plan = Partial<Record<StepNumber, StepAnswers>>;

export function reader(plan: Plan): (step: StepNumber) => StepAnswers {
  return (step) => plan[step] ?? {};
}

export function contextFor(stepNumber: StepNumber, plan: Plan, answers?: StepAnswers): DialogueContext {
  return {
    answers: answers ?? plan[stepNumber] ?? {},
    step: reader(plan),
    locale: 'fr',
    timeZone: 'America/Toronto',
    now: new Date('2025-01-15T15:00:00Z'),
  };
}

export const ALICE = { id: 'U01ALICE', name: 'Alice Tremblay' };
export const BRUNO = { id: 'U02BRUNO', name: 'Bruno Gagnon' };
export const CHLOE = { id: 'U03CHLOE', name: 'Chloé Roy' };
/** A user stored without a display name: documents fall back to the id. */
export const NAMELESS = { id: 'U04NONAME' };

export function completePlan(): Plan {
  return {
    1: {
      keywords: ['Musée de la Côte', 'MDLC'],
      competitors: ['Musée du Fjord'],
      influencers: group({ name: 'Julie Patrimoine', platform: 'instagram', handle: '@juliepatrimoine' }),
      feeds: ['https://example.org/feed.xml'],
      tools: ['alerts', 'paid-suite'],
      paidTool: 'Meltwater',
      budget: 'paid',
      listenStart: '2025-01-06',
      goLive: '2025-04-07',
      portrait: 'On parle surtout de nos expositions estivales.',
      portraitTone: 'positive',
    },
    2: {
      audiences: group(
        {
          who: 'Journalistes',
          objective: 'Obtenir une couverture des expositions',
          needs: 'Communiqués et visuels',
          interests: 'Nouveautés culturelles',
          expectations: 'Des réponses rapides',
        },
        {
          who: 'Familles',
          objective: 'Augmenter les visites le dimanche',
          needs: 'Horaires et activités',
          interests: 'Ateliers pour enfants',
          expectations: 'Des idées de sorties',
        },
      ),
      functions: group({ function: 'pr', objectives: 'Faire rayonner la programmation' }),
    },
    3: {
      platforms: group(
        {
          platform: 'facebook',
          name: 'Musée de la Côte',
          url: 'https://facebook.com/museecote',
          status: 'reserved',
          lifespan: 'permanent',
          audiences: 'Familles',
          fit: 'Les familles y planifient leurs sorties',
        },
        {
          platform: 'x',
          name: '@museecote',
          status: 'to-reserve',
          lifespan: 'permanent',
          audiences: 'journalistes',
          fit: 'Les journalistes culturels y sont actifs',
        },
      ),
      domains: ['museecote.ca'],
      crossPosting: 'adapted',
    },
    4: {
      material: ['photos', 'events'],
      horizon: 'monthly',
      frequency: group({ platform: 'facebook', perWeek: 3 }, { platform: 'x', perWeek: 5 }),
      calendar: group({
        at: '2025-04-07T14:00:00Z',
        platform: 'facebook',
        topic: 'Ouverture de l’exposition Marées',
        owner: ALICE,
        postMaterial: 'Photos du vernissage',
      }),
      curator: BRUNO,
      usage: group(
        {
          platform: 'facebook',
          context: 'Annonces et échanges avec les familles',
          vocabulary: 'Éviter le jargon muséal',
          register: 'standard',
          signature: 'first-name',
          voice: 'we',
        },
        {
          platform: 'x',
          context: 'Nouvelles pour les médias',
          vocabulary: 'Mot-clic #MuséeCôte',
          register: 'formal',
          signature: 'team',
          voice: 'organization',
        },
      ),
      topicsCovered: ['Expositions', 'Coulisses du musée'],
      topicsAvoided: ['Politique municipale'],
      selfShare: 'half',
      objectives: group({ platform: 'facebook', objective: 'Faire venir les familles' }),
      playbook: group(
        {
          kind: 'angry',
          answeredBy: 'person',
          assignee: BRUNO,
          delayHours: 2,
          content: 'Reconnaître le problème et proposer un suivi',
          publicExchanges: 1,
          channel: 'private-message',
          escalateWhen: 'Menace ou mention des médias',
        },
        {
          kind: 'satisfied',
          answeredBy: 'community-manager',
          delayHours: 24,
          content: 'Remercier',
          publicExchanges: 2,
          channel: 'public-reply',
          escalateWhen: 'Jamais',
        },
        {
          kind: 'dissatisfied',
          answeredBy: 'person',
          assignee: NAMELESS,
          delayHours: 8,
          content: 'Expliquer et corriger',
          publicExchanges: 1,
          channel: 'phone-email',
          escalateWhen: 'Plainte formelle',
        },
        {
          kind: 'question',
          answeredBy: 'person',
          assignee: ALICE,
          delayHours: 4,
          content: 'Répondre avec un lien vers le site',
          publicExchanges: 2,
          channel: 'public-reply',
          escalateWhen: 'Question juridique',
        },
      ),
      escalationContact: CHLOE,
      supervisor: CHLOE,
      approvedBy: CHLOE,
      approvedOn: '2025-02-10',
    },
    5: {
      accountAccess: 'comms-team',
      rules: ['disclose-employee', 'no-confidential'],
      customRules: ['Ne jamais publier de photos des réserves'],
      discussedOn: '2025-02-20',
      discussionFormat: 'workshop',
    },
    6: {
      communityManager: ALICE,
      backup: BRUNO,
      team: group({ member: CHLOE, role: 'Direction des communications' }),
      training: group({ at: '2025-03-10T13:30:00Z', topic: 'Répondre aux commentaires', attendees: 'Toute l’équipe' }),
      checklist: ['not-only-us', 'prepared', 'cm-backup', 'humble', 'no-cross-posting', 'platform-fit'],
    },
    7: {
      goLive: '2025-04-07',
      remindersChannel: '#communications',
      alertsChannel: '#communications',
      digestChannel: '#veille',
      promotion: ['newsletter', 'website'],
    },
    8: {
      buildCommunity: true,
      leaders: group({ name: 'Julie Patrimoine', platform: 'instagram', handle: '@juliepatrimoine', status: 'following' }),
      interests: ['Patrimoine maritime'],
    },
    9: { tone: 'warm-professional', level: 'accessible', neverDo: ['aggressiveness'], reactionHours: 2 },
    10: {
      kpis: group({ platform: 'facebook', metrics: ['followers', 'comments'] }),
      sources: ['platform-stats'],
      checkIn: 'monthly',
      kpiOwner: BRUNO,
      qualityCadence: 'monthly',
      reviewCadence: 'quarterly',
    },
  };
}

/**
 * A municipality's communications office that jumps ahead: a post dated before go-live, exchanges
 * pitched among experts for citizens, and a reaction target slower than its own playbook.
 */
export function municipalPlan(): Plan {
  const plan = completePlan();
  return {
    ...plan,
    2: {
      audiences: group(
        { who: 'Citoyens', objective: 'Informer des travaux', needs: 'Horaires et détours', interests: 'Vie de quartier', expectations: 'Des réponses rapides' },
        { who: 'Journalistes', objective: 'Couverture des conseils', needs: 'Communiqués', interests: 'Décisions du conseil', expectations: 'Des porte-parole' },
      ),
      functions: group({ function: 'pr', objectives: 'Expliquer les décisions du conseil' }),
    },
    3: {
      ...plan[3],
      platforms: group(
        { platform: 'facebook', name: 'Ville de Rivière', status: 'reserved', lifespan: 'permanent', audiences: 'Citoyens' },
        { platform: 'x', name: '@villeriviere', status: 'reserved', lifespan: 'permanent', audiences: 'Journalistes' },
      ),
    },
    4: {
      ...plan[4],
      calendar: group(
        { at: '2025-03-01T15:00:00Z', platform: 'facebook', topic: 'Collecte des feuilles', owner: ALICE },
        { at: '2025-04-08T15:00:00Z', platform: 'facebook', topic: 'Budget participatif', owner: ALICE },
      ),
    },
    9: { tone: 'institutional', level: 'expert', neverDo: ['partisan-politics'], reactionHours: 12 },
  };
}

/** A fixture plan as the plans collection stores it, every step complete. */
export function storedPlan(tenantId: TenantId, plan: Plan, completedAt = '2025-01-20T15:00:00.000Z') {
  const steps = Object.fromEntries(Object.entries(plan).map(([n, answers]) => [n, { status: 'complete' as const, answers, completedAt }]));
  return { _id: tenantId, tenantId, version: 1, steps, createdAt: completedAt, updatedAt: completedAt };
}
