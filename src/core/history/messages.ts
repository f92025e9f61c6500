import { defineCatalog } from '../i18n/catalog.js';

/** The words of `historique` that are not the step's own (its questions say the rest). */
export const HISTORY_TEXT = defineCatalog(
  {
    stepStatus: 'État de l’étape',
    'status.not-started': 'pas commencée',
    'status.in-progress': 'en cours',
    'status.complete': 'terminée',
    'status.skipped': 'passée',
  },
  {
    stepStatus: 'Step status',
    'status.not-started': 'not started',
    'status.in-progress': 'in progress',
    'status.complete': 'complete',
    'status.skipped': 'skipped',
  },
);
