// The fields of a Slack app manifest (major version 1) that Boussole uses, with the limits Slack
// documents for them (docs.slack.dev/reference/app-manifest and Slack's published manifest JSON
// schema): what Slack's *Create New App → From an app manifest* would refuse, this refuses too.
// Objects are strict, so a misspelled field fails here rather than being ignored by Slack.
import { z } from 'zod';

/** Slack wants request URLs it can reach over TLS; the schema allows http, the app settings do not. */
const requestUrl = (max: number) => z.string().url().startsWith('https://').max(max);
const unique = <T extends z.ZodTypeAny>(items: z.ZodArray<T>) => items.refine((list) => new Set(list).size === list.length, 'items must be unique');

export const slackManifestSchema = z
  .object({
    _metadata: z.object({ major_version: z.literal(1), minor_version: z.number().int().min(0) }).strict(),
    display_information: z
      .object({
        name: z.string().min(1).max(35),
        description: z.string().min(1).max(140),
        long_description: z.string().min(175).max(4000),
        background_color: z.string().regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/),
      })
      .strict(),
    features: z
      .object({
        app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }).strict(),
        bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }).strict(),
        slash_commands: z
          .array(
            z
              .object({
                command: z.string().min(2).max(32).regex(/^\/[a-z0-9_-]+$/),
                url: requestUrl(3000),
                description: z.string().min(1).max(2000),
                usage_hint: z.string().min(1).max(1000),
                should_escape: z.boolean(),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    oauth_config: z
      .object({
        redirect_urls: unique(z.array(requestUrl(2500)).min(1).max(1000)),
        scopes: z.object({ bot: unique(z.array(z.string().max(50).regex(/^[a-z.]+:[a-z._]+$|^commands$/)).max(255)) }).strict(),
      })
      .strict(),
    settings: z
      .object({
        event_subscriptions: z.object({ request_url: requestUrl(3500), bot_events: unique(z.array(z.string().max(50)).max(100)) }).strict(),
        interactivity: z.object({ is_enabled: z.boolean(), request_url: requestUrl(3500) }).strict(),
        org_deploy_enabled: z.boolean(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean(),
      })
      .strict(),
  })
  .strict();

export type SlackManifest = z.infer<typeof slackManifestSchema>;
