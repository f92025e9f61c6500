// The App Home below the plan: the week's calendar and the comments waiting for an answer,
// read from the same services the commands and jobs use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarSection } from '../../../adapters/slack/app-home/calendar-section.js';
import { commentsSection } from '../../../adapters/slack/app-home/comments-section.js';
import { CalendarService } from '../../../src/calendar/calendar-service.js';
import { CommentService } from '../../../src/comments/comment-service.js';
import { createRepositories } from '../../../src/app/repositories.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { slackTestEngine } from '../../support/slack-test-engine.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const now = new Date('2026-11-27T15:00:00Z');
const clock = () => now;

beforeAll(async () => {
  const r = createRepositories(db);
  const calendar = new CalendarService(r.calendar, r.tenants, clock);
  const comments = new CommentService(r.comments, clock);
  await calendar.add(asTenant('slack:T1'), { at: new Date('2026-11-30T14:00:00Z'), topic: 'Lancement du rapport', platform: 'linkedin', owner: { id: 'U2', name: 'Marie' } });
  await calendar.add(asTenant('slack:T1'), { at: new Date('2026-12-20T14:00:00Z'), topic: 'Trop loin pour cette semaine' });
  await calendar.add(asTenant('slack:OTHER'), { at: new Date('2026-11-29T14:00:00Z'), topic: 'Une autre organisation' });
  // Received ten hours ago with a two-hour delay: overdue now.
  const earlier = new CommentService(r.comments, () => new Date(now.getTime() - 10 * 3_600_000));
  await earlier.add(asTenant('slack:T1'), { platform: 'facebook', author: 'Client fâché', text: 'Toujours pas de réponse ?', kind: 'angry' }, { delayHours: 2 });
  await comments.add(asTenant('slack:T1'), { platform: 'x', author: 'Curieuse', text: 'Quand ouvrez-vous ?', kind: 'question' }, { delayHours: 4, assignee: { id: 'U3', name: 'Jean' } });
  h = await startSlackHarness({
    db,
    engine: slackTestEngine(db),
    homeSections: [calendarSection(calendar, async () => 'America/Toronto', clock), commentsSection(comments, clock)],
  });
});
afterAll(async () => h.close());

describe('App Home sections', () => {
  it('shows this tenant’s next seven days and open comments, the overdue one flagged', async () => {
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' });
    const publish = await h.api.waitFor(() => h.api.callsOf('views.publish').at(-1), 5000, 'views.publish');
    const view = publish.args.view as { blocks: Array<{ type: string; text?: { text: string } }> };
    const text = view.blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(text).toContain('Calendar — the next 7 days');
    expect(text).toContain('Lancement du rapport · linkedin · Marie');
    expect(text).not.toContain('Trop loin');
    expect(text).not.toContain('Une autre organisation');
    expect(text).toContain('Comments waiting for an answer');
    expect(text).toMatch(/🔴 \*overdue\* — facebook, Client fâché \(angry\)/);
    expect(text).toMatch(/answer due by .* — x, Curieuse \(question\) · Jean/);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});
