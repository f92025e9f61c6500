// A person's personal chat with the bot in the Teams harness: a message typed or a card submitted,
// and the activity the bot sends back.
import { expect } from 'vitest';
import type { ReceivedActivity } from './fake-bot-connector.js';
import { alice, personalMessage } from './teams-activities.js';
import { cardsOf, elementsOf } from './teams-cards.js';
import type { TeamsHarness } from './teams-harness.js';

export interface PersonalChat {
  send(activity: Record<string, unknown>): Promise<ReceivedActivity>;
  typed(text: string): Promise<ReceivedActivity>;
  /** Submits a card's data (an Action.Submit pressed). */
  press(value: unknown): Promise<ReceivedActivity>;
}

export function personalChat(harness: () => TeamsHarness, locale = 'fr-CA', chat = `a:personal-${alice.aadObjectId}`): PersonalChat {
  async function send(activity: Record<string, unknown>): Promise<ReceivedActivity> {
    const before = harness().connector.for(chat).length;
    expect((await harness().post(activity)).status).toBe(200);
    const received = await harness().connector.waitFor(chat, before + 1);
    return received[received.length - 1]!;
  }
  return {
    send,
    typed: (text) => send(personalMessage({ serviceUrl: harness().connector.url, text, locale })),
    press: (value) => send(personalMessage({ serviceUrl: harness().connector.url, value, locale })),
  };
}

/** The Action.Submit buttons of the activity's cards. */
export const submits = (received: ReceivedActivity) => cardsOf(received).flatMap(elementsOf).filter((e) => e.type === 'Action.Submit');
