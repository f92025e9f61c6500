import type { Markdown } from '../../../src/core/replies.js';
import { escapeMrkdwn } from './escape.js';

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
  return escapeMrkdwn(markdown)
    .split('\n')
    .map((line) => convertLine(line))
    .join('\n');
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
