/**
 * Drops keys whose value is undefined. The driver stores `undefined` as `null`, which the
 * optional fields of the zod schemas (string | undefined) would then reject on the way out.
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
