import { readStep7, type Step7Answers } from '../../conversations/step-07-publish.js';
import type { StepAnswers } from '../core/dialogue/types.js';
import type { Bilingual } from '../core/i18n/locale.js';
import type { ChannelDirectory } from '../core/ports/channels.js';
import type { TenantChannels } from '../tenants/tenant.js';
import { checkChannel } from './channel-check.js';
import type { SettingsService } from './settings-service.js';

const FROM_STEP_7: Array<[keyof TenantChannels, keyof Step7Answers & `${string}Channel`, Bilingual]> = [
  ['reminders', 'remindersChannel', { fr: 'les rappels du calendrier', en: 'calendar reminders' }],
  ['alerts', 'alertsChannel', { fr: 'les alertes de commentaires', en: 'comment alerts' }],
  ['digest', 'digestChannel', { fr: 'le résumé hebdomadaire', en: 'the weekly digest' }],
];

/**
 * Step 7 names where reminders, alerts and the digest are posted: once it is complete, those
 * channels become the team's settings — each checked first, so that a typo or a channel without
 * Boussole is said at once rather than discovered when the first reminder goes nowhere.
 */
export async function applyPlanChannels(
  tenantId: string,
  step7: StepAnswers,
  directory: ChannelDirectory,
  settings: Pick<SettingsService, 'update'>,
  current?: { conversationId: string },
): Promise<Bilingual[]> {
  const channels: Partial<TenantChannels> = {};
  const notes: Bilingual[] = [];
  const answers = readStep7(step7);
  for (const [purpose, key, what] of FROM_STEP_7) {
    const typed = answers[key];
    if (typed === undefined) continue;
    const found = await checkChannel(directory, tenantId, typed, current);
    if (found.ok) {
      channels[purpose] = found.channelId;
      notes.push({ fr: `📣 ${found.label} recevra ${what.fr}.`, en: `📣 ${found.label} will receive ${what.en}.` });
    } else {
      notes.push({
        fr: `⚠️ ${what.fr} : ${found.message.fr} Ensuite : \`réglages canal ${purpose === 'reminders' ? 'rappels' : purpose === 'alerts' ? 'alertes' : 'resume'} <canal>\`.`,
        en: `⚠️ ${what.en}: ${found.message.en} Then: \`settings channel ${purpose} <channel>\`.`,
      });
    }
  }
  if (Object.keys(channels).length > 0) await settings.update(tenantId, { channels });
  return notes;
}
