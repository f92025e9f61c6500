import { pick, type Bilingual, type Locale } from '../../../src/core/i18n/locale.js';
import type { CardElement } from './elements.js';

const DOWNLOAD: Bilingual = { fr: 'Télécharger en Word (.docx)', en: 'Download as Word (.docx)' };
const EXPIRES: Bilingual = {
  fr: 'Lien privé, valable 30\u00a0minutes\u202f; redemandez le document pour un nouveau lien.',
  en: 'Private link, valid for 30 minutes; ask for the document again for a new one.',
};

/** The document card's download button (Action.OpenUrl: Teams opens it in the browser). */
export function downloadElements(url: string, locale: Locale): CardElement[] {
  return [
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: pick(DOWNLOAD, locale), url }] },
    { type: 'TextBlock', text: pick(EXPIRES, locale), wrap: true, isSubtle: true, size: 'Small' },
  ];
}
