import { defineCatalog } from '../core/i18n/catalog.js';

/** Words of the comment log and its alerts. */
export const COMMENT_TEXT = defineCatalog(
  { due: 'avant', nobodyAssigned: 'personne (étape 6)', open: 'Voir' },
  { due: 'due', nobodyAssigned: 'nobody (step 6)', open: 'Open' },
);
