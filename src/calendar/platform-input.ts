import { PLATFORM_CHOICES } from '../../conversations/platforms.js';
import { foldWords } from '../core/i18n/format.js';

const ALIASES: Record<string, string> = { twitter: 'x', 'x twitter': 'x', blogue: 'blog', 'fil rss': 'rss', 'rss feed': 'rss', ig: 'instagram', fb: 'facebook', yt: 'youtube' };

/**
 * A platform as typed ("LinkedIn", "twitter", "Blogue"), resolved to the method's value; `extra`
 * holds the tenant's own platforms (step 3's "other" answers). Undefined when unknown.
 */
export function readPlatform(text: string, extra: string[] = []): string | undefined {
  const key = foldWords(text);
  if (!key) return undefined;
  if (ALIASES[key]) return ALIASES[key];
  const known = PLATFORM_CHOICES.find((c) => c.value === key || foldWords(c.label.fr) === key || foldWords(c.label.en) === key);
  if (known) return known.value;
  return extra.find((p) => foldWords(p) === key);
}

export function knownPlatforms(extra: string[] = []): string[] {
  return [...new Set([...PLATFORM_CHOICES.map((c) => c.value), ...extra])];
}
