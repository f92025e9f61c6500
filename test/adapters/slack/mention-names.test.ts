import { describe, expect, it } from 'vitest';
import { withMentionNames } from '../../../adapters/slack/mention-names.js';

const directory: Record<string, string> = { U1: 'Marie Tremblay', U2: 'Jean <Admin>' };
const nameOf = async (id: string) => directory[id];

describe('typed Slack mentions', () => {
  it('carry the person’s name beside the id, so the answer keeps it', async () => {
    expect(await withMentionNames('<@U1>', nameOf)).toBe('<@U1|Marie Tremblay>');
    expect(await withMentionNames('<@U1> et <@U1>, <@U2>', nameOf)).toBe('<@U1|Marie Tremblay> et <@U1|Marie Tremblay>, <@U2|Jean Admin>');
  });

  it('stay as typed when Slack does not name the person, or already carry a label', async () => {
    expect(await withMentionNames('<@U9>', nameOf)).toBe('<@U9>');
    expect(await withMentionNames('<@U1|marie>', nameOf)).toBe('<@U1|marie>');
  });
});
