// The platforms the method names. Steps 1, 3, 4, 8 and 10 all ask "which platform", and the
// plan's checks compare those answers, so they must share one list of values.
import type { Choice, Question } from '../src/core/dialogue/types.js';
import type { Bilingual } from '../src/core/i18n/locale.js';

export const PLATFORM_CHOICES: Choice[] = [
  { value: 'facebook', label: { fr: 'Facebook', en: 'Facebook' } },
  { value: 'x', label: { fr: 'X (Twitter)', en: 'X (Twitter)' } },
  { value: 'linkedin', label: { fr: 'LinkedIn', en: 'LinkedIn' } },
  { value: 'instagram', label: { fr: 'Instagram', en: 'Instagram' } },
  { value: 'youtube', label: { fr: 'YouTube', en: 'YouTube' } },
  { value: 'tiktok', label: { fr: 'TikTok', en: 'TikTok' } },
  { value: 'blog', label: { fr: 'Blogue', en: 'Blog' } },
  { value: 'rss', label: { fr: 'Fil RSS', en: 'RSS feed' } },
  { value: 'flickr', label: { fr: 'Flickr', en: 'Flickr' } },
];

const PLATFORM_LABEL: Bilingual = { fr: 'Plateforme', en: 'Platform' };

/** A platform question; "other" stays open because new platforms appear faster than releases. */
export function platformQuestion(prompt: Bilingual, key = 'platform'): Question {
  return { key, kind: 'choice', prompt, label: PLATFORM_LABEL, choices: PLATFORM_CHOICES, allowOther: true };
}

/** The platform's label, or the free text typed under "other". */
export function platformLabel(value: string): Bilingual {
  return PLATFORM_CHOICES.find((choice) => choice.value === value)?.label ?? { fr: value, en: value };
}

/** "Facebook (Ville de Québec)": a step 3 account as people name it. */
export function describePlatformItem(item: { platform?: string | undefined; name?: string | undefined }): Bilingual {
  const label = platformLabel(item.platform ?? '');
  const name = item.name;
  return name ? { fr: `${label.fr} (${name})`, en: `${label.en} (${name})` } : label;
}
