import type { ChannelAdapter } from '../../src/app/channel-adapter.js';
import { mountTeams } from './mount.js';
import { teamsRepositories } from './repositories.js';

/** Teams as the server starts it, with its own collection of conversation references. */
export const teamsChannel: ChannelAdapter = {
  platform: 'teams',
  async mount({ http, config, log, db, boussole }) {
    const own = teamsRepositories(db);
    const channel = await mountTeams({ app: http, config, log, engine: boussole.engine, repositories: { ...boussole.repositories, ...own }, documentLink: boussole.documentLink });
    return { channel, repositories: Object.values(own) };
  },
};
