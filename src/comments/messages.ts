import { defineCatalog } from '../core/i18n/catalog.js';

/** Words of the comment log and its alerts. */
export const COMMENT_TEXT = defineCatalog(
  {
    alert:
      '⚠️ **Commentaire en attente** — {author} sur {platform} ({kind}) attend une réponse depuis {when}. Délai prévu : {delay, number} h. Responsable : {assignee}.{link}\n> {text}\nUne fois la réponse donnée : `commentaire répondu {ref}`',
    escalation:
      '🚨 **Escalade** — le commentaire de {author} sur {platform} ({kind}) attend depuis {when}, deux fois le délai prévu ({delay, number} h). Relève : {backup}. Contact RP : {contact}.{link}\n> {text}\nUne fois la réponse donnée : `commentaire répondu {ref}`',
    supervisorLine: '\nCommentaire sensible\u00a0: la supervision des schémas, {supervisor}, en est informée.',
    nobodyNamed: 'aucune personne désignée',
    due: 'avant',
    nobodyAssigned: 'personne (étape 6)',
    open: 'Voir',
    unknownPlatform: 'Plateforme inconnue : « {platform} ». Choix : {choices}.',
    unknownKind: 'Type de commentaire inconnu : « {kind} ». Choix : {choices}.',
    badLink: 'Le lien doit commencer par http:// ou https:// (ou mettez « - »).',
    tooLong: 'Auteur ou texte trop long.',
    logged: '💬 Noté (réf. `{ref}`). Responsable : {who}, réponse attendue avant {due} ({delay, number} h).',
    noneWaiting: 'Aucun commentaire en attente.',
    noneOverdue: 'Aucun commentaire en retard. 👏',
    waitingTitle: '**Commentaires en attente**',
    overdueTitle: '**Commentaires en retard**',
    notFound: 'Aucun commentaire `{ref}`.',
    alreadyAnswered: 'Le commentaire `{ref}` a déjà reçu une réponse.',
    answered: '✅ Répondu en {time}. Merci !',
  },
  {
    alert:
      '⚠️ **Comment waiting** — {author} on {platform} ({kind}) has been waiting since {when}. Target: answer within {delay, number} h. Assignee: {assignee}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
    escalation:
      '🚨 **Escalation** — the comment by {author} on {platform} ({kind}) has been waiting since {when}, twice the target response time ({delay, number} h). Backup: {backup}. PR contact: {contact}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
    supervisorLine: '\nA sensitive comment: the playbook’s supervisor, {supervisor}, is told too.',
    nobodyNamed: 'nobody named',
    due: 'due',
    nobodyAssigned: 'nobody (step 6)',
    open: 'Open',
    unknownPlatform: 'Unknown platform: “{platform}”. Choices: {choices}.',
    unknownKind: 'Unknown kind of comment: “{kind}”. Choices: {choices}.',
    badLink: 'The link must start with http:// or https:// (or type “-” for none).',
    tooLong: 'The author or the text is too long.',
    logged: '💬 Logged (ref. `{ref}`). Assignee: {who}, answer due by {due} ({delay, number} h).',
    noneWaiting: 'No comments waiting.',
    noneOverdue: 'No overdue comments. 👏',
    waitingTitle: '**Comments waiting**',
    overdueTitle: '**Overdue comments**',
    notFound: 'There’s no comment `{ref}`.',
    alreadyAnswered: 'Comment `{ref}` has already been answered.',
    answered: '✅ Answered in {time}. Thanks!',
  },
);
