import { defineCatalog } from '../core/i18n/catalog.js';

/** What the plan says on its own: the nudge when it has not moved. */
export const PLAN_TEXT = defineCatalog(
  {
    stalled: '🧭 Le plan n’a pas avancé depuis {days} jours. Prochaine étape : **{n}. {title}** — reprenez avec `étape {n}`.',
  },
  {
    stalled: '🧭 The plan has not moved for {days} days. Next step: **{n}. {title}** — pick it up with `step {n}`.',
  },
);
