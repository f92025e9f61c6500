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
  },
);
