/**
 * Driver errors that mean "the database cannot be reached right now, try again" rather than "a
 * bug": server selection, the network, a closed pool, an operation over its time limit. Told
 * apart by name, which is stable across driver versions and survives `instanceof` across copies.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return /^Mongo(ServerSelection|Network|NotConnected|TopologyClosed|Timeout|OperationTimeout|PoolCleared)/.test(name);
}
