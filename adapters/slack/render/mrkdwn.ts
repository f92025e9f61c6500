import type { Markdown } from '../../../src/core/replies.js';
import { escapeMrkdwn } from './escape.js';
import { renderEscapes } from '../../../src/core/text/literal.js';

/**
 * Boussole's markdown subset (src/core/replies.ts) to Slack mrkdwn:
 *
 * | subset            | mrkdwn          |
 * |-------------------|-----------------|
 * | `**bold**`        | `*bold*`        |
 * | `_italic_`        | `_italic_`      |
 * | `` `code` ``      | `` `code` ``    |
 * | `[label](url)`    | `<url\|label>`  |
 * | `- item`          | `• item`        |
 * | `# Heading`       | `*Heading*`     |
 *
 * `&`, `<` and `>` are escaped first (`escape.ts`), as Slack requires, so user text can never
 * form a special mention (`<!channel>`) or a link of its own; user and channel references stay.
 * Tables (documents only) are left as text.
 */
export function toMrkdwn(markdown: Markdown): string {
  return renderEscapes(
    markdown,
    (held) =>
      escapeMrkdwn(held)
        .split('\n')
        .map((line) => convertLine(line))
        .join('\n'),
    literalMrkdwn,
  );
}

/**
 * A character a person typed, shown as typed: mrkdwn has no escape, and reads `*`, `_`, `~` and
 * a backtick as markup only at a word's edge, so a zero-width space on each side keeps one from
 * being read (the person sees, and copies, the character).
 */
function literalMrkdwn(char: string): string {
  return '*_~`'.includes(char) ? `\u200b${char}\u200b` : char;
}

function convertLine(line: string): string {
  const heading = /^#{1,3}\s+(.*)$/.exec(line);
  if (heading) return `*${inline(heading[1]!.trim())}*`;
  const bullet = /^(\s*)- (.*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${inline(bullet[2]!)}`;
  return inline(line);
}

function inline(text: string): string {
  // Code spans first: nothing inside them is converted.
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : links(part).replace(/\*\*(.+?)\*\*/g, '*$1*')))
    .join('');
}

function links(text: string): string {
  return text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_whole, label: string, url: string) => {
    // A `|` in the label would end it early; Slack shows the URL itself when the label is empty.
    return `<${url}|${label.replaceAll('|', '¦')}>`;
  });
}
