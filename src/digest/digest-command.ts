import { DIGEST_TEXT } from './messages.js';
import type { CommandHandler, CommandSpec } from '../core/commands/command.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { DigestService } from './digest-service.js';
import { say } from '../core/commands/args.js';

/** The digest command’s registry entry. */
export const DIGEST_COMMAND: CommandSpec = {
  id: 'digest',
  // Not « résumé »: folded, it is "resume", the core's word for continuing a questionnaire, which
  // has always won it.
  words: { fr: ['digest'], en: ['digest'] },
  usage: { fr: 'digest', en: 'digest' },
  summary: { fr: 'un aperçu du résumé hebdomadaire', en: 'a preview of the weekly digest' },
  helpSection: 'commands',
  manifest: { title: { en: 'digest', fr: 'digest' }, description: { en: 'The weekly monitoring digest', fr: 'Le résumé hebdomadaire de veille' } },
};

/** `digest`: the weekly digest, previewed now (nothing is posted to the digest channel). */
export function digestCommand(digest: DigestService, tenants: TenantsRepository): CommandHandler {
  return {
    ...DIGEST_COMMAND,
    async run(_args, ctx) {
      const tenant = await tenants.findOne(ctx.tenantId, { _id: ctx.tenantId });
      if (!tenant) return say(ctx.locale, DIGEST_TEXT.both('unknownTeam'));
      return digest.build({ ...tenant, timeZone: ctx.timeZone }, ctx.now, ctx.locale);
    },
  };
}
