import type { Bilingual } from '../../core/i18n/locale.js';

/** The words of the calendar feed, in the team's language. */
export const FEED_TEXTS = {
  calendarName: { fr: 'Boussole — calendrier de contenu', en: 'Boussole — content calendar' },
  status: {
    draft: { fr: 'brouillon', en: 'draft' },
    scheduled: { fr: 'programmé', en: 'scheduled' },
    published: { fr: 'publié', en: 'published' },
    cancelled: { fr: 'annulé', en: 'cancelled' },
  },
  statusLine: { fr: 'Statut\u00a0: {status}', en: 'Status: {status}' },
  platformLine: { fr: 'Plateforme\u00a0: {platform}', en: 'Platform: {platform}' },
  ownerLine: { fr: 'Responsable\u00a0: {owner}', en: 'Owner: {owner}' },
  materialLine: { fr: 'Matériel\u00a0: {material}', en: 'Material: {material}' },
  refLine: { fr: 'Réf.\u00a0: {ref} (calendrier modifier {ref} …)', en: 'Ref.: {ref} (calendar change {ref} …)' },
  training: { fr: 'Formation\u00a0: {topic}', en: 'Training: {topic}' },
  review: { fr: 'Révision du plan de médias sociaux', en: 'Social-media plan review' },
  reviewDescription: {
    fr: 'Revoir le plan au regard des objectifs de l’étape\u00a02 (étape\u00a010, révision {cadence}).',
    en: 'Review the plan against step 2’s objectives (step 10, {cadence} review).',
  },
  cadence: {
    monthly: { fr: 'mensuelle', en: 'monthly' },
    quarterly: { fr: 'trimestrielle', en: 'quarterly' },
    semiannual: { fr: 'semestrielle', en: 'twice-yearly' },
    annual: { fr: 'annuelle', en: 'yearly' },
  },
  reminder: { fr: 'Rappel\u00a0: {summary}', en: 'Reminder: {summary}' },
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;
