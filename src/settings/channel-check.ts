import type { ChannelDirectory } from '../core/ports/channels.js';
import { inEachLocale, type Bilingual, type Locale } from '../core/i18n/locale.js';
import { SETTINGS_TEXT } from './messages.js';
import type { TenantId } from '../core/tenant-id.js';

export type ChannelCheck = { ok: true; channelId: string; label: string } | { ok: false; message: Bilingual };

/** Looks a typed channel up and turns a failure into what the person should do about it. */
export async function checkChannel(directory: ChannelDirectory, tenantId: TenantId, typed: string, current?: { conversationId: string }): Promise<ChannelCheck> {
  const found = await directory.lookup(tenantId, typed, current);
  if (found.ok) return found;
  const name = typed.trim().slice(0, 80);
  switch (found.reason) {
    case 'not-found':
      return { ok: false, message: SETTINGS_TEXT.both('channelNotFound', { name }) };
    case 'not-member':
      return { ok: false, message: SETTINGS_TEXT.both('channelNotMember', { channel: found.detail ?? name }) };
    case 'unavailable': {
      const unavailable = (locale: Locale) =>
        SETTINGS_TEXT.t(locale, 'channelUnavailable', { name, detail: found.detail ?? SETTINGS_TEXT.t(locale, 'platformUnreachable') });
      return { ok: false, message: inEachLocale(unavailable) };
    }
  }
}
