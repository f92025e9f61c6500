import { describe, expect, it } from 'vitest';
import { STEPS, stepByNumber } from '../../conversations/index.js';
import type { Node, Question, StepDefinition } from '../../src/core/dialogue/types.js';
import type { Bilingual } from '../../src/core/i18n/locale.js';
import { completePlan, contextFor, group, type Plan } from './fixtures.js';

interface Text {
  path: string;
  text: Bilingual;
  /** Choice labels and units may legitimately be the same in both languages (brand names). */
  mayMatch: boolean;
}

function questionTexts(question: Question, path: string): Text[] {
  const texts: Text[] = [{ path: `${path}.prompt`, text: question.prompt, mayMatch: false }];
  if (question.help) texts.push({ path: `${path}.help`, text: question.help, mayMatch: false });
  if (question.kind === 'choice' || question.kind === 'multi-choice') {
    for (const choice of question.choices) texts.push({ path: `${path}.${choice.value}`, text: choice.label, mayMatch: true });
  }
  if (question.kind === 'number' && question.unit) texts.push({ path: `${path}.unit`, text: question.unit, mayMatch: true });
  return texts;
}

function nodeTexts(node: Node, path: string): Text[] {
  if (node.kind !== 'group') return questionTexts(node, `${path}.${node.key}`);
  const base = `${path}.${node.key}`;
  return [
    { path: `${base}.prompt`, text: node.prompt, mayMatch: false },
    { path: `${base}.itemLabel`, text: node.itemLabel, mayMatch: false },
    ...node.questions.flatMap((question) => questionTexts(question, base)),
  ];
}

function stepTexts(step: StepDefinition): Text[] {
  const path = `step${step.number}`;
  return [
    { path: `${path}.title`, text: step.title, mayMatch: false },
    { path: `${path}.intro`, text: step.intro, mayMatch: false },
    ...(step.tips ?? []).map((tip, index) => ({ path: `${path}.tip${index}`, text: tip, mayMatch: false })),
    ...step.nodes.flatMap((node) => nodeTexts(node, path)),
  ];
}

function allQuestions(step: StepDefinition): Question[] {
  return step.nodes.flatMap((node) => (node.kind === 'group' ? node.questions : [node]));
}

function question(stepNumber: number, key: string): Question {
  const found = stepByNumber(stepNumber)?.nodes.find((node) => node.key === key);
  if (!found || found.kind === 'group') throw new Error(`no question ${key} in step ${stepNumber}`);
  return found;
}

function groupNode(stepNumber: number, key: string) {
  const found = stepByNumber(stepNumber)?.nodes.find((node) => node.key === key);
  if (!found || found.kind !== 'group') throw new Error(`no group ${key} in step ${stepNumber}`);
  return found;
}

function checkOf(stepNumber: number, id: string) {
  const check = stepByNumber(stepNumber)?.checks?.find((entry) => entry.id === id);
  if (!check) throw new Error(`no check ${id} in step ${stepNumber}`);
  return check.check;
}

describe('step definitions', () => {
  it('lists the ten steps in order, each with a unique id', () => {
    expect(STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(STEPS.map((step) => step.id)).size).toBe(10);
    expect(stepByNumber(4)?.id).toBe('content');
    expect(stepByNumber(11)).toBeUndefined();
  });

  it('uses unique keys within each step and within each group', () => {
    for (const step of STEPS) {
      const keys = step.nodes.map((node) => node.key);
      expect(new Set(keys).size, `step ${step.number}`).toBe(keys.length);
      for (const node of step.nodes) {
        if (node.kind !== 'group') continue;
        const inner = node.questions.map((question) => question.key);
        expect(new Set(inner).size, `step ${step.number} group ${node.key}`).toBe(inner.length);
        expect(node.questions.length, `group ${node.key} has questions`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps keys short camelCase so documents and jobs can read them', () => {
    for (const step of STEPS) {
      const keys = [...step.nodes.map((node) => node.key), ...allQuestions(step).map((question) => question.key)];
      for (const key of keys) expect(key, `step ${step.number}`).toMatch(/^[a-z][a-zA-Z0-9]{1,24}$/);
    }
  });

  it('writes every text in both languages, translated rather than copied', () => {
    for (const step of STEPS) {
      for (const { path, text, mayMatch } of stepTexts(step)) {
        expect(text.fr.trim(), `${path}.fr`).not.toBe('');
        expect(text.en.trim(), `${path}.en`).not.toBe('');
        expect(`${text.fr} ${text.en}`, path).not.toMatch(/\b(TODO|TBD|FIXME|lorem|xxx)\b/i);
        if (!mayMatch) expect(text.fr, `${path} is translated`).not.toBe(text.en);
      }
    }
  });

  it('follows French typography: curly apostrophes and a space before ? and !', () => {
    for (const step of STEPS) {
      for (const { path, text } of stepTexts(step)) {
        expect(text.fr, path).not.toContain("'");
        expect(text.fr, path).not.toMatch(/[^\s][?!]/);
      }
    }
  });

  it('gives every choice question unique values', () => {
    for (const step of STEPS) {
      for (const question of allQuestions(step)) {
        if (question.kind !== 'choice' && question.kind !== 'multi-choice') continue;
        const values = question.choices.map((choice) => choice.value);
        expect(values.length, `${step.number}.${question.key}`).toBeGreaterThan(1);
        expect(new Set(values).size, `${step.number}.${question.key}`).toBe(values.length);
      }
    }
  });

  it('locks step 7 behind steps 1 to 6 and no other step behind anything', () => {
    expect(stepByNumber(7)?.requires).toEqual([1, 2, 3, 4, 5, 6]);
    for (const step of STEPS.filter((entry) => entry.number !== 7)) expect(step.requires ?? []).toEqual([]);
  });

  it('makes step 8 optional and skips its rest when the team builds no community', () => {
    const step8 = stepByNumber(8)!;
    expect(step8.optional).toBe(true);
    expect(step8.nodes[0]?.key).toBe('buildCommunity');
    expect(step8.nodes[0]?.kind).toBe('yes-no');
    expect(step8.skipRest?.(contextFor(8, { 8: { buildCommunity: false } }))).toBe(true);
    expect(step8.skipRest?.(contextFor(8, { 8: { buildCommunity: true } }))).toBe(false);
    expect(step8.skipRest?.(contextFor(8, {}))).toBe(false);
    expect(STEPS.filter((step) => step.optional).map((step) => step.number)).toEqual([8]);
  });

  it('uses the question kinds the engine stores by key', () => {
    expect(question(1, 'listenStart').kind).toBe('date');
    expect(question(1, 'goLive').kind).toBe('date');
    expect(question(1, 'feeds')).toMatchObject({ kind: 'list', itemKind: 'url' });
    expect(question(6, 'communityManager')).toMatchObject({ kind: 'user' });
    expect(question(6, 'backup')).toMatchObject({ kind: 'user' });
    expect(question(6, 'communityManager').optional).toBeFalsy();
    expect(question(6, 'backup').optional).toBeFalsy();
    const delay = groupNode(4, 'playbook').questions.find((entry) => entry.key === 'delayHours');
    expect(delay).toMatchObject({ kind: 'number', min: 1, max: 720, integer: true });
    expect(groupNode(6, 'training').questions.find((entry) => entry.key === 'at')?.kind).toBe('date-time');
  });
});

describe('step 1: go-live at least 8 weeks after listening starts', () => {
  const check = checkOf(1, 'go-live-too-soon');
  const run = (listenStart?: string, goLive?: string) =>
    check(contextFor(1, { 1: { ...(listenStart ? { listenStart } : {}), ...(goLive ? { goLive } : {}) } }));

  it('warns in both languages when go-live comes 4 weeks after the start', () => {
    const warning = run('2025-01-06', '2025-02-03');
    expect(warning?.fr).toContain('4 semaines');
    expect(warning?.en).toContain('4 weeks');
  });

  it('warns one day short of 8 weeks', () => {
    expect(run('2025-01-06', '2025-03-02')).toBeDefined();
  });

  it('stays silent at exactly 8 weeks and beyond', () => {
    expect(run('2025-01-06', '2025-03-03')).toBeUndefined();
    expect(run('2025-01-06', '2025-09-01')).toBeUndefined();
  });

  it('warns when go-live comes before listening starts', () => {
    expect(run('2025-03-01', '2025-02-01')?.en).toMatch(/before listening/);
  });

  it('stays silent until both dates are known', () => {
    expect(run('2025-01-06', undefined)).toBeUndefined();
    expect(run(undefined, '2025-02-03')).toBeUndefined();
  });
});

describe('conditions and suggestions carried from earlier answers', () => {
  it('asks for the paid suite only when one is used', () => {
    const when = question(1, 'paidTool').when!;
    expect(when(contextFor(1, { 1: { tools: ['alerts', 'paid-suite'] } }))).toBe(true);
    expect(when(contextFor(1, { 1: { tools: ['alerts'] } }))).toBe(false);
  });

  it('asks for named account holders only when access is limited to named people', () => {
    const when = groupNode(5, 'accountHolders').when!;
    expect(when(contextFor(5, { 5: { accountAccess: 'named' } }))).toBe(true);
    expect(when(contextFor(5, { 5: { accountAccess: 'comms-team' } }))).toBe(false);
  });

  it('proposes step 2 audience names for each platform', () => {
    const audiences = groupNode(3, 'platforms').questions.find((entry) => entry.key === 'audiences')!;
    expect(audiences.suggest?.(contextFor(3, completePlan(), {}))).toBe('Journalistes, Familles');
    expect(audiences.suggest?.(contextFor(3, {}, {}))).toBeUndefined();
  });

  it('proposes the playbook rows still missing among angry, satisfied, dissatisfied and question', () => {
    const suggest = groupNode(4, 'playbook').suggestItems!;
    expect(suggest(contextFor(4, {}, {}))).toEqual([
      { kind: 'angry' },
      { kind: 'satisfied' },
      { kind: 'dissatisfied' },
      { kind: 'question' },
    ]);
    expect(suggest(contextFor(4, {}, { playbook: group({ kind: 'angry' }, { kind: 'question' }) }))).toEqual([
      { kind: 'satisfied' },
      { kind: 'dissatisfied' },
    ]);
  });

  it('warns at review when the playbook misses a required kind of comment', () => {
    const check = checkOf(4, 'playbook-missing-kinds');
    expect(check(contextFor(4, {}, { playbook: group({ kind: 'angry' }) }))?.fr).toContain('Satisfait');
    expect(check(contextFor(4, completePlan()))).toBeUndefined();
  });

  it('proposes one usage-guide row per step 3 platform not yet described', () => {
    const suggest = groupNode(4, 'usage').suggestItems!;
    const plan = completePlan();
    expect(suggest(contextFor(4, plan, {}))).toEqual([{ platform: 'facebook' }, { platform: 'x' }]);
    expect(suggest(contextFor(4, plan, { usage: group({ platform: 'x' }) }))).toEqual([{ platform: 'facebook' }]);
  });

  it('proposes step 1 influencers as opinion leaders, identified, without repeating those added', () => {
    const suggest = groupNode(8, 'leaders').suggestItems!;
    const plan: Plan = {
      1: { influencers: group({ name: 'Julie Patrimoine', platform: 'instagram', handle: '@jp' }, { name: 'Marc Histoire', platform: 'x' }) },
    };
    expect(suggest(contextFor(8, plan, {}))).toEqual([
      { name: 'Julie Patrimoine', platform: 'instagram', handle: '@jp', status: 'identified' },
      { name: 'Marc Histoire', platform: 'x', status: 'identified' },
    ]);
    expect(suggest(contextFor(8, plan, { leaders: group({ name: 'julie patrimoine' }) }))).toHaveLength(1);
  });

  it('proposes the shortest playbook delay as the target reaction speed', () => {
    const suggest = question(9, 'reactionHours').suggest!;
    expect(suggest(contextFor(9, completePlan()))).toBe(2);
    expect(suggest(contextFor(9, {}))).toBeUndefined();
  });

  it('proposes the step 1 go-live date in step 7 and warns there too when it is too soon', () => {
    expect(question(7, 'goLive').suggest?.(contextFor(7, completePlan()))).toBe('2025-04-07');
    const check = checkOf(7, 'go-live-too-soon');
    expect(check(contextFor(7, { 1: { listenStart: '2025-01-06' }, 7: { goLive: '2025-01-20' } }))).toBeDefined();
    expect(check(contextFor(7, completePlan()))).toBeUndefined();
  });

  it('pre-ticks the checklist entries the answers confirm, and only those', () => {
    const suggest = question(6, 'checklist').suggest!;
    const plan = completePlan();
    const step6 = { communityManager: plan[6]!.communityManager!, backup: plan[6]!.backup! };
    expect(suggest(contextFor(6, plan, step6))).toEqual(['not-only-us', 'prepared', 'cm-backup', 'no-cross-posting', 'platform-fit']);
    const weak: Plan = {
      ...plan,
      1: { listenStart: '2025-01-06', goLive: '2025-01-20' },
      3: { ...plan[3], crossPosting: 'all-automatic' },
      4: { selfShare: 'all' },
    };
    expect(suggest(contextFor(6, weak, { communityManager: step6.communityManager, backup: step6.communityManager }))).toEqual([
      'platform-fit',
    ]);
  });

  it('proposes one KPI row per step 3 platform', () => {
    expect(groupNode(10, 'kpis').suggestItems?.(contextFor(10, completePlan(), {}))).toEqual([
      { platform: 'facebook' },
      { platform: 'x' },
    ]);
  });
});

describe('step 3: platforms and audiences match', () => {
  const plan = completePlan();

  it('stays silent when every platform serves an audience and every audience has a platform', () => {
    expect(checkOf(3, 'platform-without-audience')(contextFor(3, plan))).toBeUndefined();
    expect(checkOf(3, 'audience-without-platform')(contextFor(3, plan))).toBeUndefined();
  });

  it('names the platform that serves no audience and the audience left without a platform', () => {
    const step3 = { platforms: group({ platform: 'tiktok', name: 'musee', audiences: 'Adolescents' }, { platform: 'facebook', audiences: 'familles' }) };
    expect(checkOf(3, 'platform-without-audience')(contextFor(3, plan, step3))?.fr).toContain('TikTok (musee)');
    expect(checkOf(3, 'audience-without-platform')(contextFor(3, plan, step3))?.en).toContain('Journalistes');
  });

  it('warns when one post is pushed everywhere automatically', () => {
    expect(checkOf(3, 'cross-posting')(contextFor(3, plan, { crossPosting: 'all-automatic' }))).toBeDefined();
    expect(checkOf(3, 'cross-posting')(contextFor(3, plan))).toBeUndefined();
  });
});
