/**
 * Typed mentions with the person's name: Slack sends `<@U123>` alone; the engine keeps what the
 * mention carries, so `<@U123|Marie Tremblay>` lets an answer naming a person be stored with the
 * name beside the id (shown in the calendar, digest and documents without asking Slack again).
 */
export async function withMentionNames(text: string, nameOf: (userId: string) => Promise<string | undefined>): Promise<string> {
  const ids = [...new Set([...text.matchAll(/<@([UW][A-Z0-9]+)>/g)].map((m) => m[1]!))];
  let out = text;
  for (const id of ids) {
    const name = (await nameOf(id))?.replace(/[<>|]/g, '').trim();
    if (name) out = out.replaceAll(`<@${id}>`, `<@${id}|${name}>`);
  }
  return out;
}
