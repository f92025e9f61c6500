import { STEPS } from '../../conversations/index.js';
import type { ChannelAdapter } from '../../src/app/channel-adapter.js';
import { pick } from '../../src/core/i18n/locale.js';
import { calendarSection } from './app-home/calendar-section.js';
import { commentsSection } from './app-home/comments-section.js';
import { slackOffChannel } from './off.js';
import { slackRepositories } from './repositories.js';
import type { TenantId } from '../../src/core/tenant-id.js';

/** Slack as the server starts it: its own collections, and an App Home with the plan, the calendar and the comments. */
export const slackChannel: ChannelAdapter = {
  platform: 'slack',
  async mount({ http, config, log, db, boussole }) {
    const { repositories, services } = boussole;
    const own = slackRepositories(db);
    if (config.slack.mode.kind === 'off') return { channel: slackOffChannel(log.child({ component: 'slack' })), repositories: Object.values(own) };
    // Bolt is loaded only for a server that runs Slack.
    const { mountSlack } = await import('./index.js');
    const timeZoneOf = async (tenantId: TenantId) => (await repositories.tenants.findOne(tenantId, { _id: tenantId }))?.timeZone ?? config.defaults.timeZone;
    const channel = await mountSlack({
      app: http,
      config,
      log,
      engine: boussole.engine,
      repositories: { ...repositories, ...own },
      plans: repositories.plans,
      stepTitle: (n, locale) => pick(STEPS.find((s) => s.number === n)!.title, locale),
      homeSections: [calendarSection(services.calendar, timeZoneOf), commentsSection(services.comments)],
    });
    return { channel, repositories: Object.values(own) };
  },
};
