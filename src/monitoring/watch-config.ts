import { groupItems, type StepAnswers } from '../core/dialogue/values.js';
import type { WatchTerm } from './match.js';

export interface WatchConfig {
  feeds: string[];
  terms: WatchTerm[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];

/** Only http(s) URLs are ever fetched: anything else in the answers is ignored. */
function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What step 1 asks to watch: its feeds, and the keywords, competitors and influencers to look for. */
export function watchConfig(step1: StepAnswers): WatchConfig {
  const terms: WatchTerm[] = [
    ...strings(step1.keywords).map((label) => ({ kind: 'keyword' as const, label })),
    ...strings(step1.competitors).map((label) => ({ kind: 'competitor' as const, label })),
  ];
  for (const influencer of groupItems(step1.influencers)) {
    for (const key of ['name', 'handle']) {
      const value = influencer[key];
      if (typeof value === 'string' && value.trim() !== '' && !isWebUrl(value.trim())) terms.push({ kind: 'influencer', label: value.trim() });
    }
  }
  return { feeds: [...new Set(strings(step1.feeds).filter(isWebUrl))], terms };
}
