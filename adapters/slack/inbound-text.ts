/**
 * What a user typed, as plain text for the engine. Slack escapes `&`, `<` and `>` and wraps what
 * it auto-links: `<https://x.org>` or `<https://x.org|x.org>` becomes the URL (so a URL answer
 * reads as typed), `<mailto:a@b.org|a@b.org>` its label. Mentions (`<@U123>`) are kept as they are.
 */
export function plainTextOf(slackText: string): string {
  return slackText
    .replace(/<((?:https?):\/\/[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .trim();
}
