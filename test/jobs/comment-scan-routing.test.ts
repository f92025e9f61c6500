// Step 4d's "who answers" drives the overdue-comment alerts: a role is resolved through step 6, a
// sensitive comment's escalation also reaches the senior PR supervisor. Comments are logged through
// the console engine; the scan runs as the `comment-scan` job, through Agenda and the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_SCAN_JOB } from '../../src/jobs/comment-scan.js';
import { liveConsole, type LiveConsole } from '../support/live-console.js';
import { asTenant } from '../support/tenant.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';
import { BRUNO, CHLOE } from '../conversations/fixtures.js';

const database = useTestDatabase();
const { db } = database;
const T = asTenant('console:routing');
const LOUISE = { id: 'U05LOUISE', name: 'Louise Bédard' };
let live: LiveConsole;

beforeAll(async () => {
  live = await liveConsole(database, 'routing', 'en');
  await seedCompletePlan(db, live.boussole.repositories, T);
  // Angry comments: Chloé answers them; questions: the backup (step 6 names Bruno); Louise supervises.
  await db.collection('plans').updateOne({ _id: T as never }, {
    $set: {
      'steps.4.answers.playbook.items.item1.answers.assignee': CHLOE,
      'steps.4.answers.playbook.items.item4.answers.answeredBy': 'backup',
      'steps.4.answers.supervisor': LOUISE,
    },
    $unset: { 'steps.4.answers.playbook.items.item4.answers.assignee': true },
  });
});
afterAll(async () => {
  await live?.stop();
});

const to = (ref: string, stage: string) =>
  live.posts.posts.filter((p) => p.key.includes(`|${ref}:${stage}:`)).map((p) => (p.target.kind === 'user' ? p.target.userId : p.target.kind)).sort();

describe('overdue comments go to whoever the playbook says answers', () => {
  it('alerts the named person or the step-6 role, and escalates a sensitive comment to the supervisor too', async () => {
    live.setNow('2026-11-28T15:00:00Z');
    const logged = await live.chat(['comment add facebook | Jean | - | Outrageous! | angry', 'comment add facebook | Léa | - | How do I sign up? | question']);
    expect(logged).toContain('Assignee: Chloé Roy');
    expect(logged).toContain('Assignee: Bruno Gagnon');
    const [angry, question] = (await live.boussole.repositories.comments.findMany(T, {}, { sort: { kind: 1 } })).map((c) => c.ref);

    live.setNow('2026-11-28T17:01:00Z'); // the angry comment's 2 h have passed
    await live.runJob(COMMENT_SCAN_JOB);
    expect(to(angry!, 'alert')).toEqual([CHLOE.id]);
    expect(to(question!, 'alert')).toEqual([]);

    live.setNow('2026-11-28T19:01:00Z'); // twice the angry delay; the question's 4 h
    await live.runJob(COMMENT_SCAN_JOB);
    expect(to(angry!, 'escalation')).toEqual([BRUNO.id, CHLOE.id, LOUISE.id].sort());
    expect(to(question!, 'alert')).toEqual([BRUNO.id]);
    const escalation = live.posts.posts.find((p) => p.key.endsWith(`|${angry}:escalation:u:${LOUISE.id}`));
    expect(JSON.stringify(escalation?.message)).toContain('the playbook’s supervisor, Louise Bédard, is told too');

    live.setNow('2026-11-28T23:01:00Z');
    await live.runJob(COMMENT_SCAN_JOB);
    // A question is not sensitive: its escalation goes to the backup and the PR contact only.
    expect(to(question!, 'escalation')).toEqual([BRUNO.id, CHLOE.id].sort());
  });
});
