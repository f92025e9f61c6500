/**
 * A reference Slack itself writes and renders: a user (`<@U123>`, `<@U123|marie>`) or a channel
 * (`<#C123>`, `<#C123|general>`). Special mentions (`<!channel>`, `<!here>`) are deliberately not
 * among them: text could otherwise ping a whole channel.
 */
const SLACK_REFERENCE = /<(?:@[UW][A-Z0-9]+|#[CG][A-Z0-9]+)(?:\|[^<>|]*)?>/g;

const escapeAll = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Text made safe for mrkdwn: Slack reads `<…>` as a link or mention and `&` as the start of a
 * character reference, so `&`, `<` and `>` become `&amp;` `&lt;` `&gt;` (Slack shows them as the
 * characters), while user and channel references stay as they are and keep working.
 */
export function escapeMrkdwn(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(SLACK_REFERENCE)) {
    out += escapeAll(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeAll(text.slice(last));
}
