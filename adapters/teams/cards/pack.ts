import type { Locale } from '../../../src/core/i18n/locale.js';
import type { CardElement } from './elements.js';
import { plainTextOf } from './fallback.js';
import type { Segment } from './reply-elements.js';
import { splitElement } from './split-element.js';

/**
 * Teams refuses a message larger than about 28 KB, envelope included; the connector adds a few
 * hundred bytes (sender, recipient, conversation), so what we build stays under this.
 */
export const MAX_ACTIVITY_BYTES = 25_000;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface CardActivity {
  type: 'message';
  summary: string;
  attachments: Array<{ contentType: typeof ADAPTIVE_CARD; content: Record<string, unknown> }>;
}

function cardActivity(body: CardElement[], locale: Locale): CardActivity {
  const fallbackText = body.map((element) => plainTextOf(element, locale)).filter(Boolean).join('\n\n');
  const firstLine = fallbackText.split('\n').find((l) => l.trim()) ?? '';
  return {
    type: 'message',
    // What a notification or the chat list shows.
    summary: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine,
    attachments: [
      {
        contentType: ADAPTIVE_CARD,
        content: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body,
          fallbackText,
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}

export const activityBytes = (activity: unknown) => Buffer.byteLength(JSON.stringify(activity), 'utf8');

/**
 * Lays the segments out as few card messages as fit: consecutive replies share a card while it
 * stays under the size limit; a document starts its own cards; a question ends its card.
 */
export function packSegments(segments: Segment[], locale: Locale): CardActivity[] {
  const activities: CardActivity[] = [];
  let body: CardElement[] = [];
  const flush = () => {
    if (body.length > 0) activities.push(cardActivity(body, locale));
    body = [];
  };
  for (const segment of segments) {
    if (segment.startsCard) flush();
    for (const element of segment.elements.flatMap(splitElement)) {
      if (body.length > 0 && activityBytes(cardActivity([...body, element], locale)) > MAX_ACTIVITY_BYTES) flush();
      body.push(element);
    }
    if (segment.endsCard) flush();
  }
  flush();
  return activities;
}
