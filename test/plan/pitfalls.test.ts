import { describe, expect, it } from 'vitest';
import { detectPitfalls } from '../../src/plan/pitfalls.js';
import { ALICE, BRUNO, completePlan, group, municipalPlan, reader, type Plan } from '../conversations/fixtures.js';

const ids = (plan: Plan) => detectPitfalls(reader(plan)).map((pitfall) => pitfall.id);

function withStep<N extends keyof Plan>(step: N, answers: Plan[N]): Plan {
  return { ...completePlan(), [step]: answers };
}

describe('detectPitfalls', () => {
  it('finds nothing in a sound plan', () => {
    expect(detectPitfalls(reader(completePlan()))).toEqual([]);
  });

  it('finds nothing in an empty plan: unanswered steps are not mistakes', () => {
    expect(ids({})).toEqual([]);
  });

  it('flags a step 6 with no community manager and no backup', () => {
    const pitfalls = detectPitfalls(reader(withStep(6, { training: group({ topic: 'Bases' }) })));
    expect(pitfalls.map((pitfall) => [pitfall.id, pitfall.step])).toEqual([
      ['no-community-manager', 6],
      ['no-backup', 6],
    ]);
    expect(pitfalls[0]?.text.fr).toMatch(/gestionnaire de communauté/);
    expect(pitfalls[1]?.text.en).toMatch(/backup/);
  });

  it('flags a backup who is the community manager', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(reader({ ...plan, 6: { ...plan[6], backup: { ...ALICE } } }));
    expect(pitfalls.map((pitfall) => pitfall.id)).toEqual(['no-backup']);
    expect(pitfalls[0]?.text.en).toMatch(/same person/);
  });

  it('flags each platform that serves no step 2 audience, naming it', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(
      reader({
        ...plan,
        3: {
          ...plan[3],
          platforms: group(
            { platform: 'facebook', audiences: 'Familles, journalistes' },
            { platform: 'tiktok', name: 'museecote', audiences: 'Adolescents' },
          ),
        },
      }),
    );
    expect(pitfalls.map((pitfall) => pitfall.id)).toEqual(['platform-without-audience:item2']);
    expect(pitfalls[0]?.step).toBe(3);
    expect(pitfalls[0]?.text.fr).toContain('« TikTok (museecote) »');
  });

  it('flags each audience that no platform reaches', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(
      reader({ ...plan, 3: { ...plan[3], platforms: group({ platform: 'facebook', audiences: 'Familles' }) } }),
    );
    expect(pitfalls.map((pitfall) => pitfall.id)).toEqual(['audience-without-platform:item1']);
    expect(pitfalls[0]?.text.en).toContain('“Journalistes”');
  });

  it('matches audiences ignoring case and accents, and accepts "all audiences"', () => {
    const plan = completePlan();
    const step2 = { audiences: group({ who: 'Étudiants étrangers' }, { who: 'Diplômés' }) };
    expect(ids({ ...plan, 2: step2, 3: { platforms: group({ platform: 'linkedin', audiences: 'etudiants ETRANGERS et diplomes' }) } })).toEqual([]);
    expect(ids({ ...plan, 2: step2, 3: { platforms: group({ platform: 'linkedin', audiences: 'Tous les publics' }) } })).toEqual([]);
  });

  it('flags automatic posting everywhere from step 3', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(reader({ ...plan, 3: { ...plan[3], crossPosting: 'all-automatic' } }));
    expect(pitfalls.map((pitfall) => [pitfall.id, pitfall.step])).toEqual([['cross-posting', 3]]);
  });

  it('flags cross-posting and talking about ourselves when the step 6 checklist leaves them unticked', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(reader({ ...plan, 6: { ...plan[6], checklist: ['cm-backup'] } }));
    expect(pitfalls.map((pitfall) => [pitfall.id, pitfall.step])).toEqual([
      ['only-about-us', 6],
      ['cross-posting', 6],
    ]);
  });

  it('flags an editorial line mostly about ourselves', () => {
    const plan = completePlan();
    for (const selfShare of ['most', 'all']) {
      expect(ids({ ...plan, 4: { ...plan[4], selfShare } })).toEqual(['only-about-us']);
    }
    expect(ids({ ...plan, 4: { ...plan[4], selfShare: 'little' } })).toEqual([]);
  });

  it('flags a go-live less than 8 weeks after listening starts, preferring the step 7 date', () => {
    const plan = completePlan();
    const early = detectPitfalls(reader({ ...plan, 7: { ...plan[7], goLive: '2025-02-10' } }));
    expect(early.map((pitfall) => [pitfall.id, pitfall.step])).toEqual([['go-live-too-soon', 7]]);
    expect(early[0]?.text.fr).toContain('5 semaines');
    const planned = detectPitfalls(reader({ 1: { listenStart: '2025-01-06', goLive: '2025-01-27' } }));
    expect(planned.map((pitfall) => [pitfall.id, pitfall.step])).toEqual([['go-live-too-soon', 1]]);
    expect(ids({ ...plan, 1: { ...plan[1], goLive: '2025-01-27' } })).toEqual([]);
  });

  it('gives every pitfall a text in both languages', () => {
    const pitfalls = detectPitfalls(
      reader({
        1: { listenStart: '2025-01-06', goLive: '2025-01-13' },
        2: completePlan()[2],
        3: { platforms: group({ platform: 'flickr' }), crossPosting: 'all-automatic' },
        4: { selfShare: 'all' },
        6: { communityManager: BRUNO },
      }),
    );
    expect(pitfalls.length).toBe(7);
    for (const pitfall of pitfalls) {
      expect(pitfall.text.fr).not.toBe(pitfall.text.en);
      expect(pitfall.text.fr.length).toBeGreaterThan(20);
    }
  });

  describe('starting before listening and planning', () => {
    it('flags step 4 posts dated before go-live, counting them and naming the first', () => {
      const plan = completePlan();
      const early = (calendar: ReturnType<typeof group>) => detectPitfalls(reader({ ...plan, 4: { ...plan[4], calendar } })).filter((p) => p.id === 'started-early');
      const one = early(group({ at: '2025-03-01T15:00:00Z', topic: 'Teaser' }, { at: '2025-04-07T14:00:00Z', topic: 'Ouverture' }));
      expect(one.map((p) => p.step)).toEqual([4]);
      expect(one[0]?.text.fr).toContain('Une publication du calendrier (1er mars 2025) est datée avant la mise en ligne du 7 avril 2025');
      const two = early(group({ at: '2025-03-20T15:00:00Z', topic: 'B' }, { at: '2025-02-01T15:00:00Z', topic: 'A' }));
      expect(two[0]?.text.en).toContain('2 calendar posts (from February 1, 2025) are dated before go-live on April 7, 2025');
      expect(two[0]?.text.fr).toContain('2\u00a0publications');
    });

    it('reads go-live from step 1 when step 7 has not confirmed it', () => {
      const plan: Plan = { 1: { listenStart: '2025-01-06', goLive: '2025-05-05' }, 4: { calendar: group({ at: '2025-04-07T14:00:00Z', topic: 'Ouverture' }) } };
      expect(ids(plan)).toEqual(['started-early']);
      expect(ids({ 4: plan[4]! })).toEqual([]);
    });
  });

  it('flags an "among experts" level in step 9 when step 2 speaks to the general public', () => {
    const plan = completePlan();
    const expert = { ...plan, 9: { ...plan[9], level: 'expert' } };
    const pitfalls = detectPitfalls(reader(expert));
    expect(pitfalls.map((p) => [p.id, p.step])).toEqual([['expert-register', 9]]);
    expect(pitfalls[0]?.text.fr).toContain('(Familles)');
    expect(pitfalls[0]?.text.fr).toContain('«\u00a0ni trop futile ni trop scientifique\u00a0»');
    // Among experts for experts is the method's own advice.
    expect(ids({ ...expert, 2: { audiences: group({ who: 'Chercheurs en muséologie' }) }, 3: { platforms: group({ platform: 'linkedin', audiences: 'Chercheurs en muséologie' }) } })).toEqual([]);
    expect(ids({ ...plan, 9: { ...plan[9], level: 'informed' } })).toEqual([]);
  });

  it('flags a step 9 reaction target slower than the playbook delay of some kind, naming each', () => {
    const plan = completePlan();
    const pitfalls = detectPitfalls(reader({ ...plan, 9: { ...plan[9], reactionHours: 6 } }));
    expect(pitfalls.map((p) => [p.id, p.step])).toEqual([['slow-reaction', 9]]);
    expect(pitfalls[0]?.text.en).toContain('(6 h) is slower than your playbook’s for angry (2 h), question (4 h)');
    expect(pitfalls[0]?.text.fr).toContain('en colère (2\u00a0h), question (4\u00a0h)');
    expect(ids({ ...plan, 9: { ...plan[9], reactionHours: 2 } })).toEqual([]);
  });

  it('the municipality example shows the three new pitfalls, the museum none', () => {
    expect(ids(municipalPlan())).toEqual(['started-early', 'expert-register', 'slow-reaction']);
    expect(ids(completePlan())).toEqual([]);
  });
});
