// Reading what the bot sent: the Adaptive Cards of an activity, their text and their buttons.
import type { ReceivedActivity } from './fake-bot-connector.js';

export type Json = Record<string, unknown>;

export function cardsOf(received: ReceivedActivity | Json): Json[] {
  const activity = ('activity' in received ? received.activity : received) as Json;
  const attachments = (activity.attachments as Json[] | undefined) ?? [];
  return attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content as Json);
}

/** Every element of a card, nested ones included (ActionSets, tables). */
export function elementsOf(card: Json): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const element = value as Json;
      if (typeof element.type === 'string') out.push(element);
      for (const key of ['body', 'actions', 'items', 'rows', 'cells']) if (key in element) visit(element[key]);
    }
  };
  visit(card.body);
  return out;
}

export function textOf(received: ReceivedActivity): string {
  const activity = received.activity;
  const cardText = cardsOf(received)
    .flatMap(elementsOf)
    .filter((e) => e.type === 'TextBlock')
    .map((e) => String(e.text))
    .join('\n');
  return [typeof activity.text === 'string' ? activity.text : '', cardText].filter(Boolean).join('\n');
}

/** The data of the Action.Submit titled `title` in the activity's cards. */
export function submitData(received: ReceivedActivity, title: string): Json {
  const action = cardsOf(received)
    .flatMap(elementsOf)
    .find((e) => e.type === 'Action.Submit' && e.title === title);
  if (!action) throw new Error(`no Action.Submit titled "${title}" in ${JSON.stringify(received.activity)}`);
  return action.data as Json;
}
