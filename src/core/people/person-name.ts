import { defineCatalog } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';

const PEOPLE_TEXT = defineCatalog({ someone: 'une personne de l’équipe' }, { someone: 'a teammate' });

/** A person as a user value stores them: the platform's id, and their name when it was known. */
export interface NamedPerson {
  id: string;
  name?: string | undefined;
}

/** Typed names are stored as `name:<the name, lower case>` (see parse/user.ts). */
const TYPED = 'name:';

/**
 * A person as a reader sees them: their name; never a platform id (a Slack `U…`, a Teams GUID),
 * which means nothing to a reader — a neutral word instead, when the name was never known (ids
 * stored before names were kept beside them, a Teams pick outside the roster).
 */
export function personName(person: NamedPerson, locale: Locale): string {
  const name = person.name?.trim();
  if (name) return name;
  if (person.id.startsWith(TYPED) && person.id.length > TYPED.length) return person.id.slice(TYPED.length);
  return PEOPLE_TEXT.t(locale, 'someone');
}
