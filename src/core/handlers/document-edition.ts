import { DateTime } from 'luxon';
import { dayInWords } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { MESSAGES } from '../i18n/messages.js';
import type { StaffPolicyStatus } from '../ports/stores.js';

export interface Edition {
  organization?: string;
  version: string;
  date: string;
}

/**
 * What a Word copy says about itself, in words (its footer is read as prose): the staff policy's
 * version is the day it became official (the version `ack` thanks for), « brouillon » before; another
 * document's is the plan's revision number. Dated the day it is made, in the team's zone.
 */
export function documentEdition(input: {
  id: string;
  planVersion: number;
  policy: StaffPolicyStatus;
  organization: string | undefined;
  locale: Locale;
  timeZone: string;
  now: Date;
}): Edition {
  const { locale, timeZone } = input;
  const inWords = (at: DateTime) => dayInWords(at, locale, false);
  const policyVersion = () => {
    if (input.policy.state !== 'official') return MESSAGES.t(locale, 'document.draft');
    const adopted = DateTime.fromISO(input.policy.officialOn, { zone: timeZone });
    if (!adopted.isValid) return input.policy.officialOn;
    // Versions are numbered (1, 2…); a policy made official before they were is dated by its adoption only.
    const numbered = /^\d+$/.test(input.policy.version);
    return numbered
      ? MESSAGES.t(locale, 'document.officialNumbered', { version: input.policy.version, day: inWords(adopted) })
      : MESSAGES.t(locale, 'document.officialVersion', { day: inWords(adopted) });
  };
  const version = input.id === 'staff-policy' ? policyVersion() : String(input.planVersion);
  return { ...(input.organization ? { organization: input.organization } : {}), version, date: inWords(DateTime.fromJSDate(input.now, { zone: timeZone })) };
}
