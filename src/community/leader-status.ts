import { LEADER_STATUS } from '../../conversations/step-08-community.js';
import { fold } from '../core/i18n/format.js';
import { pick, type Locale } from '../core/i18n/locale.js';

export type LeaderStatus = (typeof LEADER_STATUS.values)[number];

/**
 * The words people type for each status, besides its labels: the stored values stay those of
 * step 8's question (other features count leaders by them).
 */
const ALIASES: Record<LeaderStatus, string[]> = {
  identified: ['identified', 'spotted', 'repere', 'reperee', 'identifie', 'identifiee'],
  following: ['following', 'followed', 'follow', 'suivi', 'suivie', 'suivre'],
  interacted: ['interacted', 'interaction', 'interactions', 'talking', 'echanges', 'echange', 'echanges amorces', 'en conversation', 'conversation'],
  relationship: ['relationship', 'engaged', 'relation', 'relation etablie', 'etablie', 'engage', 'engagee'],
};

/** The status a typed word names, if any ("relation", "Relation établie", "engaged"…). */
export function readLeaderStatus(text: string): LeaderStatus | undefined {
  const word = fold(text).replace(/\s+/g, ' ').trim();
  return LEADER_STATUS.values.find((status) => {
    const choice = LEADER_STATUS.choices.find((c) => c.value === status)!;
    return [status, fold(choice.label.fr), fold(choice.label.en), ...ALIASES[status]].includes(word);
  });
}

export function leaderStatusLabel(status: string | undefined, locale: Locale): string | undefined {
  const choice = LEADER_STATUS.choices.find((c) => c.value === status);
  return choice ? pick(choice.label, locale) : undefined;
}

export const leaderStatusLabels = (locale: Locale) => LEADER_STATUS.choices.map((c) => pick(c.label, locale)).join(', ');
