import type { Locale } from '../../../src/core/i18n/locale.js';
import type { CardElement } from './elements.js';
import { toPlainText } from '../../shared/plain-text.js';
import { unescapeCardText } from './card-text.js';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** What an element says in plain text: a card's `fallbackText` where cards do not render. */
export function plainTextOf(element: CardElement, locale: Locale): string {
  // French puts a no-break space before the colon, as the card's own text does.
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  switch (element.type) {
    case 'TextBlock':
      return toPlainText(unescapeCardText(str(element.text)));
    case 'FactSet':
      return ((element.facts as Array<{ title: string; value: string }>) ?? []).map((f) => `${toPlainText(unescapeCardText(f.title))}${colon}${toPlainText(unescapeCardText(f.value))}`).join('\n');
    case 'Table':
      return ((element.rows as Array<{ cells: Array<{ items: CardElement[] }> }>) ?? [])
        .map((row) => row.cells.map((cell) => cell.items.map((item) => plainTextOf(item, locale)).join(' ')).join(' | '))
        .join('\n');
    case 'ActionSet':
      return ((element.actions as Array<{ title: string }>) ?? []).map((a) => `[${a.title}]`).join(' ');
    default:
      return '';
  }
}
