// The Slack bench's baseline: a bare Bolt app (acks; with `respond`, then answers "ok" at
// response_url), in a process of its own started with the same node flags, as Boussole's server
// is. Measured in the bench's own process, it shared its event loop and cores with the load it was
// measured under, and each of its requests skipped the wake-up of another process that every
// request to Boussole pays.
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { z } from 'zod';
import { closeServer, listen } from '../../src/http/listen.js';
import type { ServerMessage } from './server-protocol.js';

const settings = z
  .object({ signingSecret: z.string().min(1), apiUrl: z.string().url(), respond: z.boolean() })
  .parse(JSON.parse(process.env.BENCH_BARE_BOLT ?? 'null'));

const app = express();
const receiver = new ExpressReceiver({ signingSecret: settings.signingSecret, app, processBeforeResponse: false });
const bolt = new App({
  receiver,
  authorize: async () => ({ botToken: 'xoxb-bare', botId: 'B1', botUserId: 'UBOT' }),
  clientOptions: { slackApiUrl: settings.apiUrl },
  convoStore: false,
  logLevel: 'error' as never,
});
bolt.command('/boussole', async ({ ack, respond }) => {
  await ack();
  if (settings.respond) await respond({ response_type: 'ephemeral', text: 'ok' });
});
const server = await listen(app, 0, '127.0.0.1');
const ready: ServerMessage = { type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
process.send!(ready);
process.on('message', (message) => {
  if (z.object({ type: z.literal('stop') }).safeParse(message).success) void closeServer(server).then(() => process.exit(0));
});
