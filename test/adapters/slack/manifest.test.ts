// manifest.json is what a team pastes into Slack to create the app: it must be a valid manifest,
// and declare exactly what the code uses — every command, event and scope, and nothing more.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOLT_EVENT_OF, registerListeners, type ListenerRegistry } from '../../../adapters/slack/listeners/index.js';
import type { ListenerDeps } from '../../../adapters/slack/listeners/deps.js';
import { SLACK_API_METHODS, SLACK_BOT_SCOPES, SLACK_COMMAND, SLACK_EVENTS } from '../../../adapters/slack/usage.js';
import { projectRoot } from '../../../src/util/project-root.js';
import { slackManifestSchema, type SlackManifest } from '../../support/slack-manifest-schema.js';

const manifest = JSON.parse(readFileSync(join(projectRoot(), 'manifest.json'), 'utf8')) as unknown;


function recordRegistrations() {
  const commands: string[] = [];
  const events: string[] = [];
  const registry = {
    command: (name: string) => void commands.push(name),
    event: (name: string) => void events.push(name),
    action: () => {},
    view: () => {},
  } as unknown as ListenerRegistry;
  registerListeners(registry, {} as ListenerDeps);
  return { commands, events };
}

/** Every Web API method the adapter's code calls (`client.x.y(` and `files.uploadV2`). */
function methodsCalledInCode(): string[] {
  const root = join(projectRoot(), 'adapters', 'slack');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);
  const methods = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:client|noTokenClient)\.((?:[a-z]+\.){1,2}[a-zA-Z0-9]+)\(/g)) methods.add(m[1]!);
  }
  if (methods.delete('files.uploadV2')) ['files.getUploadURLExternal', 'files.completeUploadExternal'].forEach((m) => methods.add(m));
  return [...methods].sort();
}

describe('manifest.json', () => {
  const parsed = slackManifestSchema.safeParse(manifest);

  it('is a valid Slack app manifest: the fields and limits Slack documents (test/support/slack-manifest-schema.ts)', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('would be refused past Slack’s limits (the schema is not vacuous)', () => {
    const m = manifest as SlackManifest;
    const broken = {
      ...m,
      display_information: { ...m.display_information, name: 'B'.repeat(36), long_description: 'short' },
      features: { ...m.features, slash_commands: [{ ...m.features.slash_commands[0]!, command: 'boussole' }] },
      settings: { ...m.settings, unknown_setting: true },
    };
    const paths = (slackManifestSchema.safeParse(broken).error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['display_information.name', 'display_information.long_description', 'features.slash_commands.0.command', 'settings']));
  });

  const m = parsed.data as SlackManifest;

  it('declares the /boussole command, and the code registers exactly the declared commands', () => {
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([SLACK_COMMAND]);
    expect(recordRegistrations().commands).toEqual([SLACK_COMMAND]);
    expect(m.features.slash_commands[0]!.usage_hint).toMatch(/step 4/);
  });

  it('subscribes to exactly the events the listeners handle', () => {
    const handled = recordRegistrations().events.map((bolt) => Object.entries(BOLT_EVENT_OF).find(([, b]) => b === bolt)![0]).sort();
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(handled);
    expect(handled).toEqual(Object.values(SLACK_EVENTS).sort());
  });

  it('asks for exactly the bot scopes the code needs', () => {
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(SLACK_BOT_SCOPES);
  });

  it('lists every Web API method the code calls, so its scope is accounted for', () => {
    const called = methodsCalledInCode();
    expect(called.length).toBeGreaterThan(5);
    for (const method of called) expect(Object.keys(SLACK_API_METHODS), `${method} is called but not in usage.ts`).toContain(method);
  });

  it('gets each scope from Slack’s documented requirement of the methods and events used', () => {
    // Independent of usage.ts: what Slack's method and event pages say each one needs.
    const documented: Record<string, string | null> = {
      'chat.postMessage': 'chat:write',
      'conversations.open': 'im:write',
      'users.info': 'users:read',
      'conversations.info': 'channels:read',
      'conversations.list': 'channels:read',
      'files.getUploadURLExternal': 'files:write',
      'files.completeUploadExternal': 'files:write',
      'views.publish': null,
      'views.open': null,
      'auth.test': null,
      'oauth.v2.access': null,
      'message.im': 'im:history',
      app_home_opened: null,
      app_uninstalled: null,
      tokens_revoked: null,
      command: 'commands',
      // conversations.info/list on a private channel the bot was invited to.
      privateChannelLookup: 'groups:read',
    };
    const needed = new Set([...methodsCalledInCode(), ...m.settings.event_subscriptions.bot_events, 'command', 'privateChannelLookup'].map((k) => documented[k]).filter((s): s is string => !!s));
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('points commands, events, interactivity and OAuth at Boussole’s routes', () => {
    expect(new URL(m.features.slash_commands[0]!.url).pathname).toBe('/slack/events');
    expect(new URL(m.settings.event_subscriptions.request_url).pathname).toBe('/slack/events');
    expect(new URL(m.settings.interactivity.request_url).pathname).toBe('/slack/events');
    expect(new URL(m.oauth_config.redirect_urls[0]!).pathname).toBe('/slack/oauth_redirect');
    expect(m.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });
});
