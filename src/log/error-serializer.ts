/**
 * What a log line keeps of an error: its name, message, code, stack and cause — never the whole
 * object. Driver errors carry their topology (Maps pointing back at each other) and platform SDK
 * errors their HTTP request (headers with tokens): copying every property, as pino's standard
 * serializer does, prints "[unable to serialize, circular reference…]" or a secret instead of the
 * message that matters.
 */
export interface SerializedError {
  name: string;
  message: string;
  code?: string | number;
  codeName?: string;
  /** The HTTP status of a platform SDK error. */
  status?: number;
  stack?: string;
  cause?: SerializedError;
}

// A cause chain longer than this is a loop or noise.
const MAX_CAUSES = 3;

// Tokens that an SDK may have put in a message or a URL (Slack's xox…, a Bearer header, a
// connection string's user:password@).
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/xox[a-z]-[\w-]+/g, '[redacted]'],
  [/Bearer\s+[\w.~+/=-]+/g, 'Bearer [redacted]'],
  [/(\/\/)[^@/\s]+@/g, '$1[redacted]@'],
];

function scrub(text: string): string {
  return SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function scalar<T extends 'string' | 'number'>(value: unknown, type: T): (T extends 'string' ? string : number) | undefined {
  return typeof value === type ? (value as T extends 'string' ? string : number) : undefined;
}

/** A summary an adapter built already ({ code, message, error }): its scalar fields, scrubbed. */
function summaryOf(summary: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(summary).slice(0, 20)) {
    if (typeof value === 'string') out[key] = scrub(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

export function serializeError(error: unknown, depth = 0): SerializedError | Record<string, string | number | boolean> {
  if (!(error instanceof Error)) {
    if (error && typeof error === 'object') return summaryOf(error as Record<string, unknown>);
    return { name: 'NonError', message: scrub(String(error)) };
  }
  const e = error as Error & { code?: unknown; codeName?: unknown; status?: unknown; statusCode?: unknown };
  const code = scalar(e.code, 'string') ?? scalar(e.code, 'number');
  const codeName = scalar(e.codeName, 'string');
  const status = scalar(e.status, 'number') ?? scalar(e.statusCode, 'number');
  const serialized: SerializedError = { name: e.name, message: scrub(e.message) };
  if (code !== undefined) serialized.code = code;
  if (codeName !== undefined) serialized.codeName = codeName;
  if (status !== undefined) serialized.status = status;
  if (e.stack) serialized.stack = scrub(e.stack);
  if (e.cause instanceof Error && depth < MAX_CAUSES) serialized.cause = serializeError(e.cause, depth + 1) as SerializedError;
  return serialized;
}
