/**
 * Slack's limits that a rendered message must respect, or Slack rejects the whole call
 * (`invalid_blocks`). Source: Block Kit reference (blocks, elements, composition objects).
 */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonLabel: 75,
  buttonValue: 2000,
  actionsElements: 25,
  actionId: 255,
  blockId: 255,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  checkboxOptions: 10,
  placeholder: 150,
  /** Top-level `text` of chat.postMessage: Slack truncates beyond 40,000; we stay far below. */
  fallbackText: 3000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  plainTextInput: 3000,
} as const;

/**
 * Cuts `text` to at most `max` characters, ending with an ellipsis when cut. Never splits a
 * UTF-16 surrogate pair (an emoji cut in half is rejected by Slack as invalid text).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Splits `text` into chunks of at most `max` characters, preferring line breaks, then spaces,
 * so a long paragraph becomes several sections instead of a rejected one.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}
