// Kinds of comment: the playbook (step 4d) has one row per kind, and the comment log files each
// incoming comment under one, which is how a comment finds its assignee and due time.
import type { Choice } from '../src/core/dialogue/types.js';
import type { Bilingual } from '../src/core/i18n/locale.js';

export const COMMENT_KIND_CHOICES: Choice[] = [
  { value: 'angry', label: { fr: 'En colère', en: 'Angry' } },
  { value: 'dissatisfied', label: { fr: 'Insatisfait', en: 'Dissatisfied' } },
  { value: 'satisfied', label: { fr: 'Satisfait', en: 'Satisfied' } },
  { value: 'question', label: { fr: 'Question', en: 'Question' } },
  { value: 'abusive', label: { fr: 'Injurieux ou pollupostage', en: 'Abusive or spam' } },
];

/** The method's minimum: every playbook covers at least these. */
export const REQUIRED_COMMENT_KINDS = ['angry', 'satisfied', 'dissatisfied', 'question'] as const;

export const ANSWER_CHANNEL_CHOICES: Choice[] = [
  { value: 'public-reply', label: { fr: 'Réponse publique', en: 'Public reply' } },
  { value: 'private-message', label: { fr: 'Message privé', en: 'Private message' } },
  { value: 'phone-email', label: { fr: 'Téléphone ou courriel', en: 'Phone or e-mail' } },
];

export function commentKindLabel(kind: string): Bilingual {
  return COMMENT_KIND_CHOICES.find((choice) => choice.value === kind)?.label ?? { fr: kind, en: kind };
}

/** Required kinds that step 4's playbook (its rows, as readStep4 reads them) has no row for yet. */
export function missingCommentKinds(playbook: ReadonlyArray<{ kind?: string | undefined }>): string[] {
  const covered = new Set(playbook.map((row) => row.kind));
  return REQUIRED_COMMENT_KINDS.filter((kind) => !covered.has(kind));
}
