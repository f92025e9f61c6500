// The App Home, documents as files, and the long-text modal, through the real receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActions, interactionBody } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { slackTestEngine, type SlackTestEngine } from '../../support/slack-test-engine.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();
let h: SlackHarness;
let engine: SlackTestEngine;

beforeAll(async () => {
  engine = slackTestEngine(db);
  h = await startSlackHarness({ db, engine });
});
afterAll(async () => h.close());

describe('App Home', () => {
  it('publishes the ten steps with their status and a button for the next step', async () => {
    const now = new Date().toISOString();
    await db.collection('plans').insertOne({ _id: 'slack:T1' as never, tenantId: 'slack:T1', version: 3, steps: { '1': { status: 'complete', answers: {} }, '2': { status: 'in-progress', answers: {} } }, createdAt: now, updatedAt: now });
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' });
    const publish = await h.api.waitFor(() => h.api.callsOf('views.publish').at(-1), 5000, 'views.publish');
    expect(publish.args.user_id).toBe('U1');
    const view = publish.args.view as { type: string; blocks: Array<{ type: string; text?: { text: string }; elements?: Array<{ value?: string; text: { text: string } }> }> };
    expect(view.type).toBe('home');
    const list = view.blocks.find((b) => b.type === 'section')!.text!.text;
    expect(list.split('\n')).toHaveLength(10);
    expect(list).toMatch(/✅ \*1\. .+\* — complete/);
    expect(list).toMatch(/🟡 \*2\. .+\* — in progress/);
    expect(list).toMatch(/\*7\. .+\* — not started · locked until steps 1–6 are complete/);
    const next = view.blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(next.text.text).toBe('Continue step 2');
    expect(JSON.parse(next.value!)).toEqual({ kind: 'command', text: 'step 2' });
  });

  it('delivers the Home button’s command to the engine, with replies in the DM', async () => {
    const res = await h.interaction({ ...blockActions({ actions: [{ type: 'button', action_id: 'bsl.btn.home', block_id: 'h', value: JSON.stringify({ kind: 'command', text: 'step 2' }) }] }), channel: undefined, container: { type: 'view', view_id: 'VHOME' } });
    expect(res.status).toBe(200);
    const post = await h.api.waitFor(() => h.api.callsOf('chat.postMessage').find((c) => c.args.text === 'Command from a button: step 2'), 5000, 'the reply');
    expect(post.args.channel).toBe('DU1');
  });
});

describe('documents', () => {
  it('uploads a document reply as Markdown and Word files in the user’s DM (files.uploadV2), pointing to it from the channel', async () => {
    await h.command('doc', { channel: 'C1', responseId: 'doc' });
    const complete = await h.api.waitFor(() => h.api.callsOf('files.completeUploadExternal').at(-1), 5000, 'the upload');
    expect(complete.args.channel_id).toBe('DU1');
    expect(complete.args.files).toEqual([
      { id: expect.stringMatching(/^F\d+$/), title: 'Staff policy' },
      { id: expect.stringMatching(/^F\d+$/), title: 'Staff policy' },
    ]);
    expect(h.api.callsOf('files.getUploadURLExternal').slice(-2).map((c) => c.args.filename)).toEqual(['staff-policy.md', 'staff-policy.docx']);
    const uploaded = h.api.uploads.slice(-2).map((u) => u.bytes);
    expect(uploaded.map((bytes) => bytes.toString()).some((text) => text === '# Staff policy\n\nBe courteous.')).toBe(true);
    // The other is a zip (a .docx), in whichever order the client's parallel uploads landed.
    expect(uploaded.some((bytes) => bytes.subarray(0, 2).toString() === 'PK')).toBe(true);
    await h.api.waitFor(() => h.api.responses.filter((r) => r.id === 'doc').some((r) => String(r.body.text).includes('Staff policy')), 5000, 'the pointer');
  });
});

describe('long answers in a modal', () => {
  it('opens the modal with the trigger id, and passes the submitted text to the engine as the answer', async () => {
    await h.command('essay', { channel: 'DU1', responseId: 'essay' });
    const asked = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'essay'), 5000, 'the question');
    const blocks = asked.body.blocks as Array<{ block_id?: string; elements?: Array<{ action_id: string; value: string }> }>;
    const opener = blocks.flatMap((b) => b.elements ?? []).find((e) => String(e.action_id ?? '').startsWith('bsl.modal.'))!;
    await h.interaction(blockActions({ triggerId: 'trig-modal-1', actions: [{ type: 'button', action_id: opener.action_id, block_id: 'q', value: opener.value }] }));
    const open = await h.api.waitFor(() => h.api.callsOf('views.open').at(-1), 5000, 'views.open');
    expect(open.args.trigger_id).toBe('trig-modal-1');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('bsl.answer');

    const submit = (text: string, metadata = view.private_metadata) =>
      h.post(interactionBody({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, trigger_id: `trig-submit-${text.length}`, view: { id: 'VM', callback_id: 'bsl.answer', private_metadata: metadata, state: { values: { answer: { text: { type: 'plain_text_input', value: text } } } } } }), 'application/x-www-form-urlencoded');

    const empty = await submit('   ');
    expect(JSON.parse(empty.text)).toEqual({ response_action: 'errors', errors: { answer: 'Your answer is empty.' } });
    const forged = await submit('text', '{"ref":"nope"}');
    expect(JSON.parse(forged.text).response_action).toBe('errors');

    const ok = await submit('We are known for our research.\nLess for our teaching.');
    expect(ok.status).toBe(200);
    const post = await h.api.waitFor(() => h.api.callsOf('chat.postMessage').find((c) => String(c.args.text).startsWith('Recorded portrait')), 5000, 'the recorded answer');
    expect(post.args.channel).toBe('DU1');
    expect(post.args.text).toBe('Recorded portrait: {"kind":"text","text":"We are known for our research.\\nLess for our teaching."}');
  });
});
