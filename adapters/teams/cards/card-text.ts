/**
 * What an Adaptive Card TextBlock's Markdown would eat, made safe. Teams (and Microsoft's
 * renderer in the Agents Playground) reads `<word>` as an HTML tag and drops it, so the help's
 * `add <when>` showed as `add `; the character references `&lt;` `&gt;` `&amp;` show as the
 * characters. `&` goes first, so a text that already says `&lt;` keeps saying it.
 */
export function escapeCardText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The text a reader sees, for the card's fallback and notification summary (plain text). */
export function unescapeCardText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

const isListLine = (line: string) => /^\s*(?:[-*]|\d+\.)\s/.test(line);

/**
 * Line breaks as a TextBlock shows them: its Markdown joins lines separated by a single `\n`
 * (a step's title ran into its text, digest lines into one another), so every line break becomes
 * a paragraph break — except between two items of a list, which Markdown already shows as lines.
 */
export function cardLineBreaks(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const tight = previous.trim() === '' || line.trim() === '' || (isListLine(previous) && isListLine(line));
    out += (tight ? '\n' : '\n\n') + line;
  }
  return out;
}
