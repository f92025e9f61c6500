import { defineCatalog } from '../core/i18n/catalog.js';

/**
 * What the plan says on its own: the nudge when it has not moved, the pitfalls added for issue 12,
 * and the notice given when the team starts acting (calendar, comments) before the plan is ready.
 */
export const PLAN_TEXT = defineCatalog(
  {
    stalled: '🧭 Le plan n’a pas avancé depuis {days, plural, one {# jour} other {# jours}}. Prochaine étape : **{n, number}. {title}** — reprenez avec `étape {n, number}`.',
    'pitfall.startedEarly.one':
      'Une publication du calendrier ({first}) est datée avant la mise en ligne du {goLive}. La méthode veut qu’on écoute et qu’on planifie d’abord\u00a0: déplacez-la après la mise en ligne. Tant que l’étape\u00a07 n’est pas terminée, elle reste en brouillon, sans rappel, à moins que vous la confirmiez (`calendrier confirmer <réf>`).',
    'pitfall.startedEarly.other':
      '{n, number}\u00a0publications du calendrier (dès le {first}) sont datées avant la mise en ligne du {goLive}. La méthode veut qu’on écoute et qu’on planifie d’abord\u00a0: déplacez-les après la mise en ligne. Tant que l’étape\u00a07 n’est pas terminée, elles restent en brouillon, sans rappel, à moins que vous les confirmiez (`calendrier confirmer <réf>`).',
    'pitfall.expertRegister':
      'Vos échanges sont «\u00a0spécialisés, entre experts\u00a0» alors que vos publics de l’étape\u00a02 sont le grand public ({audiences}). La méthode le dit\u00a0: «\u00a0ni trop futile ni trop scientifique\u00a0».',
    'pitfall.slowReaction':
      'Votre délai de réaction visé ({hours, number}\u00a0h) est plus lent que celui de vos schémas pour {kinds}. Un commentaire de ce type attendrait plus longtemps que promis\u00a0: alignez le délai de l’étape\u00a09 sur le plus court.',
    'ready.missing.one':
      'À noter\u00a0: l’étape {steps} n’est pas terminée. La méthode veut qu’on écoute et qu’on planifie avant de publier et de répondre\u202f; c’est noté quand même.',
    'ready.missing.other':
      'À noter\u00a0: les étapes {steps} ne sont pas terminées. La méthode veut qu’on écoute et qu’on planifie avant de publier et de répondre\u202f; c’est noté quand même.',
    and: ' et ',
  },
  {
    stalled: '🧭 The plan hasn’t moved in {days, plural, one {# day} other {# days}}. Next step: **{n, number}. {title}** — pick it up with `step {n, number}`.',
    'pitfall.startedEarly.one':
      'A calendar post ({first}) is dated before go-live on {goLive}. The method asks you to listen and plan first: move it after go-live. Until step 7 is complete it stays a draft, with no reminder, unless you confirm it (`calendar confirm <ref>`).',
    'pitfall.startedEarly.other':
      '{n, number} calendar posts (from {first}) are dated before go-live on {goLive}. The method asks you to listen and plan first: move them after go-live. Until step 7 is complete they stay drafts, with no reminder, unless you confirm them (`calendar confirm <ref>`).',
    'pitfall.expertRegister':
      'Your exchanges are pitched “specialized, among experts” while your step 2 audiences are the general public ({audiences}). The method says it plainly: “neither too futile nor too scientific”.',
    'pitfall.slowReaction':
      'Your target reaction time ({hours, number} h) is slower than your playbook’s for {kinds}. A comment of that kind would wait longer than promised: lower step 9’s target to the shortest one.',
    'ready.missing.one':
      'Note: step {steps} isn’t complete yet. The method asks you to listen and plan before you publish and answer; I’ve recorded this anyway.',
    'ready.missing.other':
      'Note: steps {steps} aren’t complete yet. The method asks you to listen and plan before you publish and answer; I’ve recorded this anyway.',
    and: ' and ',
  },
);
