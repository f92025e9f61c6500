import type { ChannelDirectory } from '../core/ports/channels.js';
import type { Bilingual } from '../core/i18n/locale.js';

export type ChannelCheck = { ok: true; channelId: string; label: string } | { ok: false; message: Bilingual };

/** Looks a typed channel up and turns a failure into what the person should do about it. */
export async function checkChannel(directory: ChannelDirectory, tenantId: string, typed: string, current?: { conversationId: string }): Promise<ChannelCheck> {
  const found = await directory.lookup(tenantId, typed, current);
  if (found.ok) return found;
  const name = typed.trim().slice(0, 80);
  switch (found.reason) {
    case 'not-found':
      return {
        ok: false,
        message: {
          fr: `Je ne trouve pas le canal « ${name} ». Sur Slack, choisissez-le avec #; sur Teams, ajoutez Boussole à l’équipe puis tapez \`ici\` dans le canal en mentionnant @Boussole.`,
          en: `I cannot find the channel "${name}". On Slack, pick it with #; on Teams, add Boussole to the team, then type \`here\` in the channel while mentioning @Boussole.`,
        },
      };
    case 'not-member':
      return {
        ok: false,
        message: {
          fr: `Boussole n’est pas membre de ${found.detail ?? name} : invitez-le dans le canal (\`/invite @Boussole\`), puis recommencez.`,
          en: `Boussole is not a member of ${found.detail ?? name}: invite it to the channel (\`/invite @Boussole\`), then try again.`,
        },
      };
    case 'unavailable':
      return {
        ok: false,
        message: {
          fr: `Je n’ai pas pu vérifier le canal « ${name} » pour le moment (${found.detail ?? 'plateforme injoignable'}). Réessayez dans un instant.`,
          en: `I could not check the channel "${name}" right now (${found.detail ?? 'platform unreachable'}). Try again in a moment.`,
        },
      };
  }
}
