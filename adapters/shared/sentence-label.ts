/**
 * Whether a fact's label is a sentence rather than a name: a review shows each question as its
 * label, and a question may carry its hint after the « ? » (« Qui supervise ces schémas ? Cette
 * personne reçoit… réponse. »). Its answer then goes on a line of its own, as for every question,
 * never after « ? : » nor glued to the hint's last word.
 */
export function isSentenceLabel(label: string): boolean {
  return /[?!]/.test(label) || /[.…]\s*$/.test(label);
}
