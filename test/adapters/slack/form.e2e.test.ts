// A form (a short dialogue outside the ten steps) through Slack: `/boussole calendar add`, typed
// answers in the DM, and the form's own buttons clicked — their question references (step 0)
// must survive Slack's action codec like a step's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../../../adapters/slack/action-codec.js';
import { composeBoussole } from '../../../src/app/compose.js';
import type { Action } from '../../../src/core/events.js';
import { createLogger } from '../../../src/log/logger.js';
import type { ApiCall } from '../../support/fake-slack-api.js';
import { blockActions } from '../../support/slack-requests.js';
import { said, slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';
import { lazyEngine } from '../../support/engine-doubles.js';
import { onTestDay } from '../../support/test-day.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const DM = 'DU1';

beforeAll(async () => {
  // Built over the harness's database, with the feature forms.
  const lazy = lazyEngine(
    () =>
      composeBoussole({
        db,
        defaults: { locale: 'en', timeZone: 'America/Toronto' },
        log: createLogger({ level: 'silent', format: 'json' }),
        scheduler: () => undefined,
        clock: onTestDay,
      }).engine,
  );
  h = await startSlackHarness({ db, engine: lazy });
});
afterAll(async () => h.close());

const { turn, type } = slackDm(() => h, DM);

function clickControl(calls: ApiCall[], control: string) {
  const element = calls
    .flatMap((c) => (c.args.blocks as Array<{ elements?: Array<Record<string, unknown>> }> | undefined) ?? [])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.type === 'button' && (decodeAction(e.value) as Action | undefined)?.kind === 'control' && (decodeAction(e.value) as Extract<Action, { kind: 'control' }>).control === control);
  if (!element) throw new Error(`no ${control} button in:\n${said(calls)}`);
  return turn(() => h.interaction(blockActions({ actions: [{ type: 'button', action_id: String(element.action_id), block_id: 'b1', value: element.value }] })));
}

describe('a form through Slack', () => {
  it('adds a calendar entry from typed answers and the form’s Skip buttons', async () => {
    const first = await turn(() => h.command('calendar add', { channel: 'C1', responseId: 'cal' }));
    expect(said(first)).toContain('When should it go out?');
    await type('2026-12-03 10am');
    await type('linkedin');
    const owner = await type('Report launch');
    expect(said(owner)).toContain('Who’s in charge?');
    const material = await clickControl(owner, 'skip');
    expect(said(material)).not.toContain('couldn’t read that button');
    const done = await clickControl(material, 'skip');
    expect(said(done)).toContain('Added: “Report launch” on LinkedIn');
    const entries = await h.repositories.calendar.findMany(asTenant('slack:T1'), {});
    expect(entries).toMatchObject([{ topic: 'Report launch', platform: 'linkedin', owner: { id: 'U1' } }]);
  });

  it('reads what is typed by the questionnaire’s rule: a slash command runs and the question comes back; quotes answer; an ambiguous reply is asked about', async () => {
    const first = await turn(() => h.command('calendar add', { channel: 'C1', responseId: 'cal2' }));
    expect(said(first)).toContain('When should it go out?');
    await type('2026-12-04 9am');
    // `/boussole status` during the form: the status, then the platform question again.
    const status = await turn(() => h.command('status', { channel: 'C1', responseId: 'cal2-status' }));
    expect(said(status)).toMatch(/The question is still waiting for your answer[^]*platform/);
    await type('facebook');
    const ambiguous = await type('calendar of the open house');
    expect(said(ambiguous)).toContain('is this your answer, or the `calendar` command?');
    const owner = await type('It’s my answer');
    expect(said(owner)).toContain('Who’s in charge?');
    await clickControl(await clickControl(owner, 'skip'), 'skip');
    const entries = await h.repositories.calendar.findMany(asTenant('slack:T1'), { platform: 'facebook' });
    expect(entries).toMatchObject([{ topic: 'calendar of the open house' }]);
  });

  it('Back shows the stored date and time in the pickers, and the answer given', async () => {
    await turn(() => h.command('calendar add', { channel: 'C1', responseId: 'cal4' }));
    const platform = await type('2026-12-08 1:30 pm');
    const back = await clickControl(platform, 'back');
    expect(said(back)).toMatch(/Current answer: Tuesday, December 8, 2026 at 1:30\sp\.m\./);
    const pickers = back
      .flatMap((c) => (c.args.blocks as Array<{ elements?: Array<Record<string, unknown>> }> | undefined) ?? [])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.type === 'datepicker' || e.type === 'timepicker');
    expect(pickers.map((e) => e.initial_date ?? e.initial_time)).toEqual(['2026-12-08', '13:30']);
    await type('cancel');
  });

  it('echoes each answer with the next question, and “me” typed for the owner is the one answering', async () => {
    await turn(() => h.command('calendar add', { channel: 'C1', responseId: 'cal5' }));
    const platform = await type('2026-12-09 10am');
    expect(said(platform)).toMatch(/✓ When: Wednesday, December 9, 2026 at 10\sa\.m\.[^]*On which platform\?/);
    await type('youtube');
    const owner = await type('Behind the scenes');
    expect(said(owner)).toContain('✓ Topic: Behind the scenes');
    const material = await type('me');
    expect(said(material)).toMatch(/✓ Owner: [^\n"]+[^]*What material/);
    await clickControl(material, 'skip');
    const [entry] = await h.repositories.calendar.findMany(asTenant('slack:T1'), { platform: 'youtube' });
    expect(entry?.owner?.id).toBe('U1');
  });

  it('`finish` typed in the DM is never stored: at a required question it says why, at an optional one it saves', async () => {
    await turn(() => h.command('calendar add', { channel: 'C1', responseId: 'cal3' }));
    await type('2026-12-06 9am');
    const refused = await type('finish');
    expect(said(refused)).toMatch(/This question is required: answer it before you finish\.[^]*platform/);
    await type('instagram');
    await type('Campus tour');
    const done = await type('Finish');
    expect(said(done)).toContain('Added: “Campus tour” on Instagram');
    expect(await h.repositories.formSessions.count(asTenant('slack:T1'))).toBe(0);
    expect(await h.repositories.calendar.findMany(asTenant('slack:T1'), { platform: 'instagram' })).toMatchObject([{ topic: 'Campus tour' }]);
  });
});
