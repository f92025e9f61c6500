import type { CommandStartedEvent, MongoClient } from 'mongodb';

/** Commands a client sent, by kind (`find tenants`, `update plans`…), as the driver reports them. */
export interface CommandCount {
  total(): number;
  /** Each kind's count divided by `per` (turns), most frequent first: `find sessions=1.00 …`. */
  byKind(per?: number): string;
  kinds(): Map<string, number>;
  reset(): void;
}

// The handshake and heartbeat commands are the driver's, not the application's round trips.
const DRIVER_COMMANDS = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'saslStart', 'saslContinue', 'endSessions', 'killCursors']);

/** Counts through the driver's command monitoring; the client must have `monitorCommands: true`. */
export function countCommands(client: MongoClient): CommandCount {
  const kinds = new Map<string, number>();
  client.on('commandStarted', (event: CommandStartedEvent) => {
    if (DRIVER_COMMANDS.has(event.commandName)) return;
    const target = event.command[event.commandName] as unknown;
    const kind = typeof target === 'string' ? `${event.commandName} ${target}` : event.commandName;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  });
  return {
    total: () => [...kinds.values()].reduce((a, b) => a + b, 0),
    byKind: (per = 1) =>
      [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${kind}=${(n / per).toFixed(2)}`)
        .join(' '),
    kinds: () => new Map(kinds),
    reset: () => kinds.clear(),
  };
}
