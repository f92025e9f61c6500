// `/boussole politique playbook` through the real Bolt receiver and the real engine: the document
// arrives in the DM as two files of one files.uploadV2 — the Markdown and its Word copy — and the
// Word file, read back by mammoth, has the Markdown's headings, list items and table cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../../src/app/build-engine.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedCompletePlan } from '../../support/seed-plan.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { markdownStructure, readWordFile } from '../../support/word-file.js';
import { silentLog } from '../../support/feature-fixtures.js';
import { asTenant } from '../../support/tenant.js';
import { lazyEngine } from '../../support/engine-doubles.js';

const { db } = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness({
    db,
    engine: lazyEngine(() => buildEngine({ repositories: h.repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: silentLog })),
  });
  await seedCompletePlan(db, h.repositories, asTenant('slack:T1'));
});
afterAll(async () => h.close());

const isZip = (bytes: Buffer) => bytes[0] === 0x50 && bytes[1] === 0x4b;

describe('documents on Slack', () => {
  it('uploads the Markdown and the Word copy together in the DM', async () => {
    expect((await h.command('politique playbook')).status).toBe(200);
    const complete = await h.api.waitFor(() => h.api.callsOf('files.completeUploadExternal')[0], 10_000, 'the upload');
    expect(complete.args.channel_id).toBe('DU1');
    const files = complete.args.files as Array<{ id: string; title: string }>;
    expect(files).toHaveLength(2);
    expect(h.api.callsOf('files.getUploadURLExternal').map((c) => String(c.args.filename).replace(/^.*\./, '')).sort()).toEqual(['docx', 'md']);
    const docx = h.api.uploads.find((u) => isZip(u.bytes))!;
    const markdown = h.api.uploads.find((u) => !isZip(u.bytes))!.bytes.toString('utf8');
    expect(markdown).toMatch(/^# /);

    const word = await readWordFile(docx.bytes);
    const expected = markdownStructure(markdown);
    expect(word.headings).toEqual(expected.headings);
    expect(word.listItems).toEqual(expected.listItems);
    expect(word.cells).toEqual(expected.cells);
    expect(expected.cells.length).toBeGreaterThan(10);
    // The plan's revision and today's date, in the reader's language (Slack says en-US).
    expect(word.paragraphs[0]).toMatch(/^Version \d+ — \p{L}+ \d{1,2}, \d{4}$/u);
  });
});
