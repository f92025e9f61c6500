import { readStep1 } from '../../conversations/step-01-listen.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { WatchTerm } from './match.js';

export interface WatchConfig {
  feeds: string[];
  terms: WatchTerm[];
}

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
export function watchConfig(answers: StepAnswers): WatchConfig {
  const step1 = readStep1(answers);
  const terms: WatchTerm[] = [
    ...step1.keywords.map((label) => ({ kind: 'keyword' as const, label })),
    ...step1.competitors.map((label) => ({ kind: 'competitor' as const, label })),
  ];
  for (const influencer of step1.influencers) {
    for (const value of [influencer.name, influencer.handle]) {
      if (value !== undefined && !isWebUrl(value)) terms.push({ kind: 'influencer', label: value });
    }
  }
  return { feeds: [...new Set(step1.feeds.filter(isWebUrl))], terms };
}
