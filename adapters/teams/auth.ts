import type { ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { CachingBotFrameworkAuthentication } from './connector-cache.js';
import type { Config } from '../../src/config/env.js';

export type TeamsConfig = Config['teams'];

/** True when requests are verified: MICROSOFT_APP_ID is set. */
export function isAuthenticated(teams: TeamsConfig): boolean {
  return Boolean(teams.appId);
}

/**
 * The Bot Framework authentication from our variables. Without MICROSOFT_APP_ID, botbuilder treats
 * authentication as disabled (inbound tokens are not checked, outbound calls carry none): the
 * local-emulation mode. The app type is then MultiTenant because botbuilder's SingleTenant check
 * insists on an app id.
 */
export function createBotAuthentication(teams: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = teams.appId
    ? {
        MicrosoftAppId: teams.appId,
        MicrosoftAppPassword: teams.appPassword ?? '',
        MicrosoftAppType: teams.appType === 'UserAssignedMSI' ? 'UserAssignedMsi' : teams.appType,
        MicrosoftAppTenantId: teams.tenantId ?? '',
      }
    : { MicrosoftAppType: 'MultiTenant' };
  return new CachingBotFrameworkAuthentication(options);
}
