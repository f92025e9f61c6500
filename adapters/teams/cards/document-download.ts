import type { Locale } from '../../../src/core/i18n/locale.js';
import { DOCUMENT_LINK_TTL_MS } from '../../../src/documents/docx/document-links.js';
import { TEAMS_TEXT } from '../texts.js';
import { escapeCardText } from './card-text.js';
import type { CardElement } from './elements.js';

/** The document card's download button (Action.OpenUrl: Teams opens it in the browser). */
export function downloadElements(url: string, locale: Locale): CardElement[] {
  // The link lives as long as the stored file: the card says so from the same constant.
  const minutes = Math.round(DOCUMENT_LINK_TTL_MS / 60_000);
  return [
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: TEAMS_TEXT.t(locale, 'download'), url }] },
    { type: 'TextBlock', text: escapeCardText(TEAMS_TEXT.t(locale, 'linkExpires', { minutes })), wrap: true, isSubtle: true, size: 'Small' },
  ];
}
