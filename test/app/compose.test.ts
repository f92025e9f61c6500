// The composition root names no platform: what a channel registers is what Boussole reaches.
import { describe, expect, it } from 'vitest';
import { composeBoussole } from '../../src/app/compose.js';
import type { Channel } from '../../src/core/ports/channel.js';
import { createLogger } from '../../src/log/logger.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const hello = [{ kind: 'text' as const, text: 'hello' }];

function compose() {
  return composeBoussole({ db, defaults: { locale: 'en', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }), scheduler: () => undefined });
}

function recordingChannel(): Channel & { notifier: RecordingNotifier; lookups: string[] } {
  const lookups: string[] = [];
  return {
    platform: 'slack',
    notifier: new RecordingNotifier(),
    directory: {
      async lookup(_tenantId, typed) {
        lookups.push(typed);
        return { ok: true, channelId: 'C1', label: '#one' };
      },
    },
    stop: async () => {},
    lookups,
  };
}

describe('composeBoussole', () => {
  it('posts through the registered platform of the tenant, once per key, and declines a platform nobody registered', async () => {
    const boussole = compose();
    const slack = recordingChannel();
    boussole.register(slack);
    const target = { kind: 'channel' as const, tenantId: asTenant('slack:T1'), channelId: 'C1' };
    expect(await boussole.notifier.post(target, hello, 'compose-1')).toEqual({ ok: true, duplicate: false });
    expect(await boussole.notifier.post(target, hello, 'compose-1')).toEqual({ ok: true, duplicate: true });
    expect(slack.notifier.posts).toHaveLength(1);
    expect(await boussole.notifier.post({ ...target, tenantId: asTenant('teams:T1') }, hello, 'compose-2')).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('checks channels named in settings with the platform’s own directory', async () => {
    const boussole = compose();
    const slack = recordingChannel();
    boussole.register(slack);
    await boussole.repositories.tenants.ensure({
      _id: asTenant('slack:T2'),
      tenantId: asTenant('slack:T2'),
      platform: 'slack',
      externalId: 'T2',
      locale: 'en',
      timeZone: 'America/Toronto',
      owners: ['U1'],
      channels: {},
      reminders: { leadMinutes: [60], followUp: false },
      digest: { weekday: 1, hour: 9 },
    });
    await boussole.engine.handle({
      tenant: { platform: 'slack', id: 'T2' },
      user: { id: 'U1', isAdmin: true },
      conversation: { id: 'D1', kind: 'direct' },
      input: { kind: 'command', text: 'settings channel reminders #one' },
    });
    expect(slack.lookups).toHaveLength(1);
    expect((await boussole.repositories.tenants.findOne(asTenant('slack:T2'), { _id: asTenant('slack:T2') }))!.channels.reminders).toBe('C1');
  });

  it('ensures the indexes of the collections a platform brings', async () => {
    const boussole = compose();
    const ensured: string[] = [];
    boussole.register(recordingChannel(), [{ name: 'platform_things', ensureIndexes: async () => void ensured.push('platform_things') }]);
    await boussole.ensureIndexes();
    expect(ensured).toEqual(['platform_things']);
  });

  it('defines each job once', () => {
    const names = compose().jobs().map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('calendar-reminders');
    expect(names).toContain('weekly-digest-retry');
  });
});
