import { defineCatalog } from '../core/i18n/catalog.js';

/** What `settings` shows and says. */
export const SETTINGS_TEXT = defineCatalog(
  {
    title: 'Réglages de l’équipe',
    timeZone: 'Fuseau horaire',
    language: 'Langue',
    remindersChannel: 'Canal des rappels',
    alertsChannel: 'Canal des alertes',
    digestChannel: 'Canal du résumé',
    leads: 'Rappels avant publication',
    followUp: 'Suivi après publication',
    on: 'oui',
    off: 'non',
    digest: 'Résumé hebdomadaire',
    digestWhen: '{day} {hour} h (prochain : {next})',
    saved: '✅ Réglage enregistré.',
  },
  {
    title: 'Team settings',
    timeZone: 'Time zone',
    language: 'Language',
    remindersChannel: 'Reminders channel',
    alertsChannel: 'Alerts channel',
    digestChannel: 'Digest channel',
    leads: 'Reminders before publication',
    followUp: 'Follow-up after publication',
    on: 'on',
    off: 'off',
    digest: 'Weekly digest',
    digestWhen: '{day} {hour}:00 (next: {next})',
    saved: '✅ Setting saved.',
  },
);
