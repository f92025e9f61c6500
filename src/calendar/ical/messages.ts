import { defineCatalog } from '../../core/i18n/catalog.js';

/** The words of the calendar feed (event titles and descriptions), in the team's language. */
export const FEED_TEXT = defineCatalog(
  {
    calendarName: 'Boussole — calendrier de contenu',
    'status.draft': 'brouillon',
    'status.scheduled': 'programmé',
    'status.published': 'publié',
    'status.cancelled': 'annulé',
    statusLine: 'Statut\u00a0: {status}',
    platformLine: 'Plateforme\u00a0: {platform}',
    ownerLine: 'Responsable\u00a0: {owner}',
    materialLine: 'Matériel\u00a0: {material}',
    refLine: 'Réf.\u00a0: {ref} (calendrier modifier {ref} …)',
    training: 'Formation\u00a0: {topic}',
    review: 'Révision du plan de médias sociaux',
    reviewDescription: 'Revoir le plan au regard des objectifs de l’étape\u00a02 (étape\u00a010, révision {cadence}).',
    'cadence.monthly': 'mensuelle',
    'cadence.quarterly': 'trimestrielle',
    'cadence.semiannual': 'semestrielle',
    'cadence.annual': 'annuelle',
    reminder: 'Rappel\u00a0: {summary}',
  },
  {
    calendarName: 'Boussole — content calendar',
    'status.draft': 'draft',
    'status.scheduled': 'scheduled',
    'status.published': 'published',
    'status.cancelled': 'cancelled',
    statusLine: 'Status: {status}',
    platformLine: 'Platform: {platform}',
    ownerLine: 'Owner: {owner}',
    materialLine: 'Material: {material}',
    refLine: 'Ref.: {ref} (calendar change {ref} …)',
    training: 'Training: {topic}',
    review: 'Social-media plan review',
    reviewDescription: 'Review the plan against step 2’s objectives (step 10, {cadence} review).',
    'cadence.monthly': 'monthly',
    'cadence.quarterly': 'quarterly',
    'cadence.semiannual': 'twice-yearly',
    'cadence.annual': 'yearly',
    reminder: 'Reminder: {summary}',
  },
);

/** What `calendar subscribe` says: the private address, once, and how to add it to a calendar. */
export const SUBSCRIBE_TEXT = defineCatalog(
  {
    ownersOnly: 'Seules les personnes responsables de l’équipe peuvent créer ou révoquer l’abonnement au calendrier.',
    exists: 'L’équipe a déjà un abonnement au calendrier (créé le {date}). Son adresse n’est pas conservée\u00a0: si vous l’avez perdue, `calendrier abonnement révoquer` la remplace par une nouvelle et désactive l’ancienne.',
    issued: '🔒 Adresse privée de l’abonnement au calendrier de l’équipe\u00a0:\n{url}\n\nOutlook\u00a0: *Ajouter un calendrier → S’abonner à partir du web*. Google Agenda\u00a0: *Autres agendas → À partir de l’URL*. Apple Calendrier\u00a0: *Fichier → Nouvel abonnement*. Les publications (avec leur statut), les formations et les révisions de l’étape\u00a010 y figurent, avec les rappels de l’équipe.\n\nQuiconque a cette adresse voit le calendrier\u00a0: ne la partagez qu’avec l’équipe. Elle ne sera plus affichée\u202f; `calendrier abonnement révoquer` la remplace.',
    revoked: 'L’ancienne adresse ne fonctionne plus.',
  },
  {
    ownersOnly: 'Only the team’s owners can create or revoke the calendar subscription.',
    exists: 'The team already has a calendar subscription (created {date}). Boussole doesn’t keep its address: if you’ve lost it, `calendar subscribe revoke` replaces it with a new one and turns the old one off.',
    issued: '🔒 Private address of the team’s calendar subscription:\n{url}\n\nOutlook: *Add calendar → Subscribe from web*. Google Calendar: *Other calendars → From URL*. Apple Calendar: *File → New Calendar Subscription*. It holds the posts (with their status), the training sessions and step 10’s reviews, with the team’s reminders.\n\nAnyone with this address sees the calendar: share it with the team only. It won’t be shown again; `calendar subscribe revoke` replaces it.',
    revoked: 'The old address no longer works.',
  },
);
