// Each step module's typed reader: the answers of a complete plan, as the engine stores them, read
// into typed values; and a damaged value (an older version's, a hand-edited document) read as
// absent without hiding the step's other answers.
import { describe, expect, it } from 'vitest';
import { readStep1 } from '../../conversations/step-01-listen.js';
import { readStep2 } from '../../conversations/step-02-audiences.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { readStep5 } from '../../conversations/step-05-staff-policy.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { readStep7 } from '../../conversations/step-07-publish.js';
import { readStep8 } from '../../conversations/step-08-community.js';
import { readStep9 } from '../../conversations/step-09-interact.js';
import { readStep10 } from '../../conversations/step-10-evaluate.js';
import { STEPS } from '../../conversations/index.js';
import type { StepAnswers } from '../../src/core/dialogue/values.js';
import { ALICE, BRUNO, CHLOE, NAMELESS, completePlan, group } from './fixtures.js';

const plan = completePlan();
const READERS = [readStep1, readStep2, readStep3, readStep4, readStep5, readStep6, readStep7, readStep8, readStep9, readStep10];

describe('every step reader', () => {
  it('reads exactly the keys its step asks, and each group’s items exactly the group’s questions', () => {
    for (const step of STEPS) {
      const shape: Record<string, unknown> = READERS[step.number - 1]!.shape;
      expect(Object.keys(shape), `step ${step.number}`).toEqual(step.nodes.map((node) => node.key));
      for (const node of step.nodes) {
        if (node.kind !== 'group') continue;
        const field = shape[node.key] as { itemKeys?: string[] };
        expect(field.itemKeys, `step ${step.number}, ${node.key}`).toEqual(node.questions.map((question) => question.key));
      }
    }
  });
});
/** Stored answers with values of the wrong shape, as a damaged document would hold them. */
const damaged = (answers: Record<string, unknown>) => answers as StepAnswers;

describe('readStep1', () => {
  it('reads the watch list, the tools and the dates', () => {
    // Lists, text and dates read as stored; the group's items gain their ids.
    expect(readStep1(plan[1]!)).toEqual({
      ...plan[1],
      influencers: [{ _id: 'item1', name: 'Julie Patrimoine', platform: 'instagram', handle: '@juliepatrimoine' }],
    });
  });

  it('drops what is not text from a list, trims, and reads a number as no date', () => {
    const step1 = readStep1(damaged({ keywords: [' MDLC ', 42, ''], goLive: 20250407, influencers: 'Julie' }));
    expect(step1.keywords).toEqual(['MDLC']);
    expect(step1.goLive).toBeUndefined();
    expect(step1.influencers).toEqual([]);
    expect(step1.competitors).toEqual([]);
  });
});

describe('readStep2', () => {
  it('reads the audiences in the order they were added, and the functions', () => {
    const step2 = readStep2(plan[2]!);
    expect(step2.audiences.map((a) => [a._id, a.who])).toEqual([
      ['item1', 'Journalistes'],
      ['item2', 'Familles'],
    ]);
    expect(step2.audiences[1]).toMatchObject({ objective: 'Augmenter les visites le dimanche', needs: 'Horaires et activités', expectations: 'Des idées de sorties' });
    expect(step2.functions).toEqual([{ _id: 'item1', function: 'pr', objectives: 'Faire rayonner la programmation' }]);
  });

  it('leaves out an item that is not an item, and reads a damaged answer inside an item as absent', () => {
    const answers = damaged({ audiences: { items: { a: { _at: '2025-01-01T00:00:00Z', answers: { who: { nested: true }, objective: 'Visites' } }, b: 'broken' } } });
    expect(readStep2(answers).audiences).toEqual([{ _id: 'a', objective: 'Visites' }]);
  });
});

describe('readStep3', () => {
  it('reads the accounts, the domains and the cross-posting choice', () => {
    const step3 = readStep3(plan[3]!);
    expect(step3.platforms).toEqual([
      { _id: 'item1', platform: 'facebook', name: 'Musée de la Côte', url: 'https://facebook.com/museecote', status: 'reserved', lifespan: 'permanent', audiences: 'Familles', fit: 'Les familles y planifient leurs sorties' },
      { _id: 'item2', platform: 'x', name: '@museecote', status: 'to-reserve', lifespan: 'permanent', audiences: 'journalistes', fit: 'Les journalistes culturels y sont actifs' },
    ]);
    expect(step3.domains).toEqual(['museecote.ca']);
    expect(step3.crossPosting).toBe('adapted');
  });

  it('reads a cross-posting value that is not one of the choices as absent', () => {
    expect(readStep3(damaged({ crossPosting: 'sometimes', domains: ['a.ca'] }))).toMatchObject({ crossPosting: undefined, domains: ['a.ca'] });
  });
});

describe('readStep4', () => {
  it('reads the calendar, the usage guide, the editorial line and the playbook', () => {
    const step4 = readStep4(plan[4]!);
    expect(step4.material).toEqual(['photos', 'events']);
    expect(step4.frequency).toEqual([
      { _id: 'item1', platform: 'facebook', perWeek: 3 },
      { _id: 'item2', platform: 'x', perWeek: 5 },
    ]);
    expect(step4.calendar).toEqual([{ _id: 'item1', at: '2025-04-07T14:00:00Z', platform: 'facebook', topic: 'Ouverture de l’exposition Marées', owner: ALICE, postMaterial: 'Photos du vernissage' }]);
    expect(step4.curator).toEqual(BRUNO);
    expect(step4.usage[1]).toEqual({ _id: 'item2', platform: 'x', context: 'Nouvelles pour les médias', vocabulary: 'Mot-clic #MuséeCôte', register: 'formal', signature: 'team', voice: 'organization' });
    expect([step4.topicsCovered, step4.topicsAvoided, step4.selfShare]).toEqual([['Expositions', 'Coulisses du musée'], ['Politique municipale'], 'half']);
    expect(step4.playbook.map((row) => [row.kind, row.assignee?.id ?? row.answeredBy, row.delayHours])).toEqual([
      ['angry', BRUNO.id, 2],
      ['satisfied', 'community-manager', 24],
      ['dissatisfied', NAMELESS.id, 8],
      ['question', ALICE.id, 4],
    ]);
    expect([step4.escalationContact, step4.supervisor, step4.approvedBy, step4.approvedOn]).toEqual([CHLOE, CHLOE, CHLOE, '2025-02-10']);
  });

  it('reads a delay stored as text, a user without an id and an unknown share as absent', () => {
    const step4 = readStep4(damaged({ playbook: group({ kind: 'angry', delayHours: '2', assignee: { name: 'Bruno' } as never }), selfShare: 'plenty', curator: { id: '' } }));
    expect(step4.playbook).toEqual([{ _id: 'item1', kind: 'angry' }]);
    expect(step4.selfShare).toBeUndefined();
    expect(step4.curator).toBeUndefined();
  });

  it('makes a misspelled key a compile error (npm run typecheck checks the directive)', () => {
    // @ts-expect-error — step 4 has no answer `selfShar`
    expect(readStep4(plan[4]!).selfShar).toBeUndefined();
  });

  it('reads a calendar entry’s material stored as a list by an earlier version as one line', () => {
    expect(readStep4(damaged({ calendar: group({ topic: 'Vernissage', postMaterial: ['photo', 'vidéo'] }) })).calendar[0]!.postMaterial).toBe('photo, vidéo');
  });

  it('reads a calendar entry’s material saved under its former key, `material`, so a plan saved before still loads', () => {
    expect(readStep4(damaged({ calendar: group({ topic: 'Vernissage', material: 'Photos' }) })).calendar[0]!.postMaterial).toBe('Photos');
    expect(readStep4(damaged({ calendar: group({ topic: 'Vernissage', material: 'old', postMaterial: 'new' }) })).calendar[0]!.postMaterial).toBe('new');
  });
});

describe('readStep5', () => {
  it('reads who may use the accounts, the rules and the adoption dates', () => {
    expect(readStep5(plan[5]!)).toEqual({
      accountAccess: 'comms-team',
      accountHolders: [],
      rules: ['disclose-employee', 'no-confidential'],
      customRules: ['Ne jamais publier de photos des réserves'],
      discussedOn: '2025-02-20',
      discussionFormat: 'workshop',
    });
    expect(readStep5({ accountAccess: 'named', accountHolders: group({ person: ALICE }) }).accountHolders).toEqual([{ _id: 'item1', person: ALICE }]);
  });

  it('reads an access value that is not one of the choices, and rules that are not a list, as absent', () => {
    expect(readStep5(damaged({ accountAccess: 'everyone', rules: 'courtesy' }))).toMatchObject({ accountAccess: undefined, rules: [] });
  });
});

describe('readStep6', () => {
  it('reads the community manager, the backup, the team, the training and the checklist', () => {
    expect(readStep6(plan[6]!)).toEqual({
      communityManager: ALICE,
      backup: BRUNO,
      team: [{ _id: 'item1', member: CHLOE, role: 'Direction des communications' }],
      training: [{ _id: 'item1', at: '2025-03-10T13:30:00Z', topic: 'Répondre aux commentaires', attendees: 'Toute l’équipe' }],
      checklist: ['not-only-us', 'prepared', 'cm-backup', 'humble', 'no-cross-posting', 'platform-fit'],
    });
  });

  it('tells an unanswered checklist (absent) from an answered empty one, and reads a name as no user', () => {
    expect(readStep6({}).checklist).toBeUndefined();
    expect(readStep6({ checklist: [] }).checklist).toEqual([]);
    expect(readStep6(damaged({ checklist: ['humble', 'brave', 7] })).checklist).toEqual(['humble']);
    expect(readStep6(damaged({ communityManager: 'Alice', checklist: 'all' }))).toMatchObject({ communityManager: undefined, checklist: undefined });
  });
});

describe('readStep7', () => {
  it('reads the go-live date, the channels and the promotion', () => {
    expect(readStep7(plan[7]!)).toEqual({ goLive: '2025-04-07', remindersChannel: '#communications', alertsChannel: '#communications', digestChannel: '#veille', promotion: ['newsletter', 'website'] });
  });

  it('reads a blank channel as absent', () => {
    expect(readStep7(damaged({ remindersChannel: '   ', promotion: null })).remindersChannel).toBeUndefined();
  });
});

describe('readStep8', () => {
  it('reads the decision, the opinion leaders and the interests', () => {
    expect(readStep8(plan[8]!)).toEqual({
      buildCommunity: true,
      leaders: [{ _id: 'item1', name: 'Julie Patrimoine', platform: 'instagram', handle: '@juliepatrimoine', status: 'following' }],
      interests: ['Patrimoine maritime'],
    });
  });

  it('reads "yes" typed as text and an unknown relationship status as absent', () => {
    const step8 = readStep8(damaged({ buildCommunity: 'oui', leaders: group({ name: 'Paul', status: 'friends' }) }));
    expect(step8.buildCommunity).toBeUndefined();
    expect(step8.leaders).toEqual([{ _id: 'item1', name: 'Paul' }]);
  });
});

describe('readStep9', () => {
  it('reads the tone, the level, what we never do and the reaction time', () => {
    expect(readStep9(plan[9]!)).toEqual({ tone: 'warm-professional', level: 'accessible', neverDo: ['aggressiveness'], reactionHours: 2 });
  });

  it('reads a reaction time that is not a finite number as absent', () => {
    expect(readStep9(damaged({ reactionHours: Number.POSITIVE_INFINITY })).reactionHours).toBeUndefined();
    expect(readStep9(damaged({ reactionHours: '2 h' })).reactionHours).toBeUndefined();
  });
});

describe('readStep10', () => {
  it('reads the indicators, the sources, the cadences and the owner', () => {
    expect(readStep10(plan[10]!)).toEqual({
      kpis: [{ _id: 'item1', platform: 'facebook', metrics: ['followers', 'comments'] }],
      sources: ['platform-stats'],
      checkIn: 'monthly',
      kpiOwner: BRUNO,
      qualityCadence: 'monthly',
      reviewCadence: 'quarterly',
    });
  });

  it('reads a cadence that Boussole cannot keep as absent', () => {
    expect(readStep10(damaged({ checkIn: 'daily', qualityCadence: 'yearly' }))).toMatchObject({ checkIn: undefined, qualityCadence: undefined });
  });
});
