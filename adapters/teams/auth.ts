import type { Config } from '../../src/config/env.js';

export type TeamsConfig = Config['teams'];

/** True when requests are verified: MICROSOFT_APP_ID is set. */
export function isAuthenticated(teams: TeamsConfig): boolean {
  return Boolean(teams.appId);
}
