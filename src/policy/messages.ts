import { defineCatalog } from '../core/i18n/catalog.js';

/** What the staff policy's follow-up says: the weekly reminder to read it. */
export const POLICY_TEXT = defineCatalog(
  {
    reminder: '📘 Petit rappel : la politique d’usage des médias sociaux du personnel attend votre lecture. Consultez-la avec `politique`, puis confirmez avec `ack` (ou le bouton « J’ai lu la politique »).',
  },
  {
    reminder: '📘 A friendly reminder: the staff social media policy is waiting for you to read it. Open it with `policy`, then confirm with `ack` (or the “I have read the policy” button).',
  },
);
