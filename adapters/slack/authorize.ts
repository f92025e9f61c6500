import type { Authorize, webApi } from '@slack/bolt';

/**
 * Single-workspace mode: every request is authorized with SLACK_BOT_TOKEN. The bot's own ids
 * (which Bolt needs to ignore Boussole's own messages) come from one auth.test, remembered once
 * it succeeds and retried on the next request if it failed (Slack unreachable at start must not
 * break the app for good, as Bolt's built-in single-token mode would).
 */
export function singleWorkspaceAuthorize(client: webApi.WebClient, botToken: string): { authorize: Authorize<boolean>; warm(): Promise<void> } {
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const resolve = () => {
    identity ??= client.auth.test({ token: botToken }).then(
      (result) => ({ botId: result.bot_id, botUserId: result.user_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return identity;
  };
  return {
    authorize: async () => ({ botToken, ...(await resolve()) }),
    warm: async () => {
      await resolve().catch(() => {});
    },
  };
}
