/** `/boussole …` typed in a chat (Teams users do this out of Slack habit): the prefix is dropped. */
export function stripCommandPrefix(text: string): string {
  return text.replace(/^\s*[/@]boussole\b\s*/i, '').trim();
}
