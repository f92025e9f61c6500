// A person's direct-message conversation with the bot in the Slack harness: what they type, and
// the replies it causes (the `chat.postMessage` calls to that DM).
import type { ApiCall } from './fake-slack-api.js';
import type { SlackHarness } from './slack-harness.js';
import { dmMessage } from './slack-requests.js';

export interface SlackDm {
  /** Waits for the DM replies caused by `act`, and returns them. */
  turn(act: () => Promise<unknown>): Promise<ApiCall[]>;
  /** Types a message in the DM; resolves with the replies. */
  type(text: string): Promise<ApiCall[]>;
}

export function slackDm(h: () => SlackHarness, channel: string, user = 'U1'): SlackDm {
  const posts = () => h().api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
  async function turn(act: () => Promise<unknown>): Promise<ApiCall[]> {
    const before = posts().length;
    await act();
    await h().api.waitFor(() => posts().length > before, 8000, 'a reply in the DM');
    // Replies of one turn may come as several posts: let the last ones land.
    await new Promise((r) => setTimeout(r, 150));
    return posts().slice(before);
  }
  return { turn, type: (text) => turn(() => h().event(dmMessage(text, { user, channel }))) };
}

/** A DM reply's text and blocks, as one string to search. */
export const said = (calls: ApiCall[]) => calls.map((c) => `${String(c.args.text)} ${JSON.stringify(c.args.blocks ?? [])}`).join('\n');
