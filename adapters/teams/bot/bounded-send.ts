import type { Activity, TurnContext } from 'botbuilder';

/**
 * How long posting a turn's replies to the Bot Connector may take. Teams waits 15 s for the answer
 * to its request, and botbuilder's connector client has no time limit of its own: a connector that
 * hangs would hold the turn until Teams gives up, and the person would hear nothing.
 */
export const CONNECTOR_SEND_LIMIT_MS = 5000;

export class ConnectorTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`the Bot Connector did not answer within ${limitMs} ms`);
    this.name = 'ConnectorTimeout';
  }
}

/** Sends the activities, or fails with ConnectorTimeout after `limitMs` (the post may still land later). */
export async function sendWithin(context: TurnContext, activities: Array<Partial<Activity>>, limitMs = CONNECTOR_SEND_LIMIT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectorTimeout(limitMs)), limitMs);
  });
  const sending = context.sendActivities(activities);
  // Once the limit has won, a late failure of the post must not become an unhandled rejection.
  sending.catch(() => {});
  try {
    await Promise.race([sending, limit]);
  } finally {
    clearTimeout(timer);
  }
}
