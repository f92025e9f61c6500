/**
 * Everything Boussole uses of Slack's platform, in one place. The listeners register themselves
 * with these names and `manifest.json` must declare exactly these (checked by
 * test/adapters/slack/manifest.test.ts): a scope nobody uses is a scope a workspace admin is asked
 * to grant for nothing, and a missing one breaks a feature only in production.
 */
export const SLACK_COMMAND = '/boussole';

export const SLACK_EVENTS = {
  appHomeOpened: 'app_home_opened',
  /** Delivered to Bolt as `message` with `channel_type: 'im'`; subscribed to as `message.im`. */
  messageIm: 'message.im',
  appUninstalled: 'app_uninstalled',
  tokensRevoked: 'tokens_revoked',
} as const;

export type SlackEventSubscription = (typeof SLACK_EVENTS)[keyof typeof SLACK_EVENTS];

/** The Web API methods Boussole calls, and the bot scope each needs (null: none). */
export const SLACK_API_METHODS = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'conversations.open': 'im:write',
  'users.info': 'users:read',
  // Checking that a channel named in settings or step 7 exists and has Boussole in it.
  'conversations.info': 'channels:read',
  'conversations.list': 'channels:read',
  'views.publish': null,
  'views.open': null,
  // files.uploadV2 is these two calls plus a POST to the upload URL Slack returns.
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  'oauth.v2.access': null,
} as const;

export type SlackApiMethod = keyof typeof SLACK_API_METHODS;

/** Scopes that come with a feature rather than a Web API call. */
export const SLACK_FEATURE_SCOPES = {
  /** The `/boussole` slash command. */
  command: 'commands',
  /** Receiving `message.im`: what users type in their DM with Boussole. */
  messageIm: 'im:history',
  /** Finding a private channel Boussole was invited to (conversations.info/list on private channels). */
  privateChannelLookup: 'groups:read',
} as const;

/** The bot scopes Boussole asks for when installed, derived from what it uses. */
export const SLACK_BOT_SCOPES: string[] = [
  ...new Set([
    ...Object.values(SLACK_API_METHODS).filter((scope): scope is NonNullable<typeof scope> => scope !== null),
    ...Object.values(SLACK_FEATURE_SCOPES),
  ]),
].sort();
