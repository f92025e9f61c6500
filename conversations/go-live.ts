// The method asks for months of listening before going live; 8 weeks is the floor we warn under.
// Shared by step 1 (planned date), step 7 (confirmed date) and the plan's pitfall list.
import type { Bilingual } from '../src/core/i18n/locale.js';

export const MIN_LISTENING_WEEKS = 8;

const DAY_MS = 86_400_000;

function parseDay(date: string | undefined): number | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Days from listening start to go-live, both 'YYYY-MM-DD'; undefined when either is missing. */
export function listeningDays(start: string | undefined, goLive: string | undefined): number | undefined {
  const from = parseDay(start);
  const to = parseDay(goLive);
  return from === undefined || to === undefined ? undefined : Math.round((to - from) / DAY_MS);
}

export function goLiveWarning(start: string | undefined, goLive: string | undefined): Bilingual | undefined {
  const days = listeningDays(start, goLive);
  if (days === undefined || days >= MIN_LISTENING_WEEKS * 7) return undefined;
  if (days < 0) {
    return {
      fr: 'La mise en ligne est prévue avant même le début de la veille. La méthode demande des mois d’écoute avant de publier : repoussez la mise en ligne d’au moins 8 semaines après le début de la veille.',
      en: 'Go-live is planned before listening even starts. The method asks for months of listening before publishing: move go-live at least 8 weeks after listening starts.',
    };
  }
  const weeks = Math.floor(days / 7);
  return {
    fr: `La mise en ligne est prévue seulement ${weeks} semaine${weeks > 1 ? 's' : ''} après le début de la veille. La méthode demande des mois d’écoute : prévoyez au moins 8 semaines.`,
    en: `Go-live is planned only ${weeks} week${weeks === 1 ? '' : 's'} after listening starts. The method asks for months of listening: allow at least 8 weeks.`,
  };
}
