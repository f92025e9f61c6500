/** Lower case, accents removed, runs of non-letters as one space: how text and terms are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@#]+/gu, ' ')
    .trim();
}
