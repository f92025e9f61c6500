import type { CommandHandler } from '../core/commands/command.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { DigestService } from './digest-service.js';
import { say } from '../core/commands/args.js';

/** `digest`: the weekly digest, previewed now (nothing is posted to the digest channel). */
export function digestCommand(digest: DigestService, tenants: TenantsRepository): CommandHandler {
  return {
    id: 'digest',
    words: { fr: ['digest', 'resume', 'résumé'], en: ['digest'] },
    summary: { fr: 'Aperçu du résumé hebdomadaire', en: 'Preview the weekly digest' },
    usage: { fr: 'digest', en: 'digest' },
    async run(_args, ctx) {
      const tenant = await tenants.findOne(ctx.tenantId, { _id: ctx.tenantId });
      if (!tenant) return say(ctx.locale, { fr: 'Équipe inconnue : réessayez dans un instant.', en: 'Unknown team: try again in a moment.' });
      return digest.build({ ...tenant, timeZone: ctx.timeZone }, ctx.now, ctx.locale);
    },
  };
}
