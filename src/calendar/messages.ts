import { defineCatalog } from '../core/i18n/catalog.js';

/** What the calendar says: its reminders and its list. */
export const CALENDAR_TEXT = defineCatalog(
  {
    post: '⏰ **Rappel** — « {topic} »{platform} est prévu {when} (dans {lead}).{owner} Réf. `{ref}`',
    training: '🎓 **Formation** — « {topic} » a lieu {when} (dans {lead}).{attendees} Réf. `{ref}`',
    followUp: '📣 **Suivi** — « {topic} »{platform} devait paraître {when}. Faites-en la promotion, puis notez ses chiffres avec `kpi add <plateforme> <mesure> <valeur>`.',
    notMarked: ' Si c’est publié, indiquez-le : `calendrier publié {ref}`.',
    onPlatform: ' sur {platform}',
    owner: ' Responsable : {name}.',
    attendees: ' Participants : {list}.',
    published: ' ✅ publié',
    listTitle: '**Calendrier — 30 prochains jours**',
    whenUnparsed: 'Je n’ai pas compris cette date. Essayez par exemple « demain 14h », « lundi 9h30 » ou « 15 avril 2026 14:00 ».',
    whenImpossible: '« {what} » n’existe pas dans le calendrier. Vérifiez le jour et le mois.',
    whenGap: '{local} n’existe pas dans le fuseau {zone} : les horloges avancent d’une heure ce matin-là. Choisissez une autre heure.',
    whenPast: '{local} est déjà passé. Choisissez un moment à venir.',
  },
  {
    post: '⏰ **Reminder** — “{topic}”{platform} is planned for {when} (in {lead}).{owner} Ref. `{ref}`',
    training: '🎓 **Training** — “{topic}” takes place {when} (in {lead}).{attendees} Ref. `{ref}`',
    followUp: '📣 **Follow-up** — “{topic}”{platform} was due {when}. Promote it, then record its numbers with `kpi add <platform> <metric> <value>`.',
    notMarked: ' If it is out, say so: `calendar published {ref}`.',
    onPlatform: ' on {platform}',
    owner: ' Owner: {name}.',
    attendees: ' Attendees: {list}.',
    published: ' ✅ published',
    listTitle: '**Calendar — next 30 days**',
    whenUnparsed: 'I could not read that date. Try for example “tomorrow 2pm”, “monday 9:30am” or “2026-04-15 14:00”.',
    whenImpossible: '“{what}” does not exist in the calendar. Check the day and the month.',
    whenGap: '{local} does not exist in the {zone} time zone: clocks spring forward that morning. Pick another time.',
    whenPast: '{local} is already in the past. Pick a time to come.',
  },
);
