import { readStep7, type Step7Answers } from '../../conversations/step-07-publish.js';
import type { StepAnswers } from '../core/dialogue/types.js';
import { inEachLocale, type Bilingual, type Locale } from '../core/i18n/locale.js';
import type { ChannelDirectory } from '../core/ports/channels.js';
import type { TenantChannels } from '../tenants/tenant.js';
import { checkChannel } from './channel-check.js';
import { SETTINGS_TEXT } from './messages.js';
import type { SettingsService } from './settings-service.js';
import type { TenantId } from '../core/tenant-id.js';

const FROM_STEP_7: Array<[keyof TenantChannels, keyof Step7Answers & `${string}Channel`]> = [
  ['reminders', 'remindersChannel'],
  ['alerts', 'alertsChannel'],
  ['digest', 'digestChannel'],
];

/**
 * Step 7 names where reminders, alerts and the digest are posted: once it is complete, those
 * channels become the team's settings — each checked first, so that a typo or a channel without
 * Boussole is said at once rather than discovered when the first reminder goes nowhere.
 */
export async function applyPlanChannels(
  tenantId: TenantId,
  step7: StepAnswers,
  directory: ChannelDirectory,
  settings: Pick<SettingsService, 'update'>,
  current?: { conversationId: string },
): Promise<Bilingual[]> {
  const channels: Partial<TenantChannels> = {};
  const notes: Bilingual[] = [];
  const answers = readStep7(step7);
  for (const [purpose, key] of FROM_STEP_7) {
    const what = (locale: Locale) => SETTINGS_TEXT.t(locale, `purpose.${purpose}`);
    const typed = answers[key];
    if (typed === undefined) continue;
    const found = await checkChannel(directory, tenantId, typed, current);
    if (found.ok) {
      channels[purpose] = found.channelId;
      notes.push(inEachLocale((locale) => SETTINGS_TEXT.t(locale, 'channelKept', { label: found.label, what: what(locale) })));
    } else {
      const problem = found.message;
      notes.push(
        inEachLocale((locale) =>
          SETTINGS_TEXT.t(locale, 'channelRefused', { what: what(locale), problem: problem[locale], word: SETTINGS_TEXT.t(locale, `purposeWord.${purpose}`) }),
        ),
      );
    }
  }
  if (Object.keys(channels).length > 0) await settings.update(tenantId, { channels });
  return notes;
}
