import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type AuthenticateResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Service URLs are a handful per Teams region; the bound only guards against a flood of odd ones. */
const MAX_CLIENTS = 200;

/**
 * The Bot Framework authentication, keeping the clients botbuilder would build on every turn: the
 * CloudAdapter asks for a new ConnectorClient (a whole HTTP pipeline) and a new UserTokenClient per
 * activity. They hold nothing of the turn — their credentials fetch and cache tokens by app and
 * scope — so one per app, service URL and audience serves every turn (as botbuilder's older
 * BotFrameworkAdapter did). Authentication itself (the inbound token check) is untouched.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.caching(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.caching(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return remembered(this.tokenClients, appKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private caching(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const app = appKey(claimsIdentity);
    return { create: (serviceUrl: string, audience?: string) => remembered(this.connectors, JSON.stringify([app, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)) };
  }
}

/** Who the clients act for: the claims botbuilder reads the app id from (none when unauthenticated). */
function appKey(identity: ClaimsIdentity): string {
  return JSON.stringify((identity?.claims ?? []).filter((c) => c.type === 'aud' || c.type === 'appid' || c.type === 'azp').map((c) => [c.type, c.value]));
}

/** The value made once per key; a failed make is forgotten, so the next turn tries again. */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value!);
  const made = make();
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}
