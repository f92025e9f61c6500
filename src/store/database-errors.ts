/**
 * Driver errors that mean "the database cannot be reached right now, try again" rather than "a
 * bug": server selection, the network, a closed pool, an operation over its time limit. Told
 * apart by name, which is stable across driver versions and survives `instanceof` across copies.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  if (/^Mongo(ServerSelection|Network|NotConnected|TopologyClosed|Timeout|OperationTimeout|PoolCleared)/.test(name)) return true;
  // A socket the killed server ended, written to before the driver noticed: the driver lets Node's
  // own error through (`EPIPE`, "This socket has been ended by the other party"), unwrapped.
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return code !== undefined && SOCKET_GONE.has(code);
}

const SOCKET_GONE = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);
