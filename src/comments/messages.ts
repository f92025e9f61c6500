import { defineCatalog } from '../core/i18n/catalog.js';

/** Words of the comment log and its alerts. */
export const COMMENT_TEXT = defineCatalog(
  {
    alert:
      '⚠️ **Commentaire en attente** — {author} sur {platform} ({kind}) attend une réponse depuis {when}. Délai prévu : {delay} h. Responsable : {assignee}.{link}\n> {text}\nUne fois répondu : `commentaire répondu {ref}`',
    escalation:
      '🚨 **Escalade** — le commentaire de {author} sur {platform} ({kind}) attend depuis {when}, deux fois le délai prévu ({delay} h). Relève : {backup}. Contact RP : {contact}.{link}\n> {text}\nUne fois répondu : `commentaire répondu {ref}`',
    nobodyNamed: 'personne de désigné',
    due: 'avant',
    nobodyAssigned: 'personne (étape 6)',
    open: 'Voir',
  },
  {
    alert:
      '⚠️ **Comment waiting** — {author} on {platform} ({kind}) has been waiting since {when}. Planned delay: {delay} h. Assignee: {assignee}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
    escalation:
      '🚨 **Escalation** — the comment by {author} on {platform} ({kind}) has been waiting since {when}, twice the planned delay ({delay} h). Backup: {backup}. PR contact: {contact}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
    nobodyNamed: 'nobody named',
    due: 'due',
    nobodyAssigned: 'nobody (step 6)',
    open: 'Open',
  },
);
