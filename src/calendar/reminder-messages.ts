import { fill, type Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import type { CalendarEntry } from './calendar-entry.js';
import { formatWhen } from './format-when.js';

/** "24 h", "1 h 30", "45 min", "2 j" / "2 d". */
export function formatLead(minutes: number, locale: Locale): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} ${locale === 'fr' ? 'j' : 'd'}`;
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')}`;
}

const TEXT = {
  post: {
    fr: '⏰ **Rappel** — « {topic} »{platform} est prévu {when} (dans {lead}).{owner} Réf. `{ref}`',
    en: '⏰ **Reminder** — “{topic}”{platform} is planned for {when} (in {lead}).{owner} Ref. `{ref}`',
  },
  training: {
    fr: '🎓 **Formation** — « {topic} » a lieu {when} (dans {lead}).{attendees} Réf. `{ref}`',
    en: '🎓 **Training** — “{topic}” takes place {when} (in {lead}).{attendees} Ref. `{ref}`',
  },
  followUp: {
    fr: '📣 **Suivi** — « {topic} »{platform} devait paraître {when}. Faites-en la promotion, puis notez ses chiffres avec `kpi add <plateforme> <mesure> <valeur>`.',
    en: '📣 **Follow-up** — “{topic}”{platform} was due {when}. Promote it, then record its numbers with `kpi add <platform> <metric> <value>`.',
  },
  notMarked: {
    fr: ' Si c’est publié, indiquez-le : `calendrier publié {ref}`.',
    en: ' If it is out, say so: `calendar published {ref}`.',
  },
};

export function reminderMessage(entry: CalendarEntry, reminderKey: string, locale: Locale, timeZone: string): Reply[] {
  const params = {
    topic: entry.topic,
    platform: entry.platform ? (locale === 'fr' ? ` sur ${entry.platform}` : ` on ${entry.platform}`) : '',
    when: formatWhen(entry.at, locale, timeZone),
    ref: entry.ref,
    owner: entry.owner ? (locale === 'fr' ? ` Responsable : ${entry.owner.name ?? entry.owner.id}.` : ` Owner: ${entry.owner.name ?? entry.owner.id}.`) : '',
    attendees: entry.material ? (locale === 'fr' ? ` Participants : ${entry.material}.` : ` Attendees: ${entry.material}.`) : '',
    lead: reminderKey.startsWith('before-') ? formatLead(Number(reminderKey.slice('before-'.length)), locale) : '',
  };
  if (reminderKey === 'follow-up') {
    const text = fill(TEXT.followUp[locale], params) + (entry.status === 'scheduled' ? fill(TEXT.notMarked[locale], params) : '');
    return [{ kind: 'text', text }];
  }
  return [{ kind: 'text', text: fill((entry.kind === 'training' ? TEXT.training : TEXT.post)[locale], params) }];
}
