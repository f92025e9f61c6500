import { z } from 'zod';

/** Where the server finds the bench's database, and its team's language. */
const databaseSettings = {
  mongoUri: z.string().min(1),
  dbName: z.string().min(1),
  dbKind: z.enum(['embedded', 'external']),
  locale: z.enum(['fr', 'en']),
};

/** What the bench tells its server process to run (as JSON in BENCH_SERVER). */
export const serverSettingsSchema = z.discriminatedUnion('platform', [
  z.object({
    platform: z.literal('slack'),
    ...databaseSettings,
    slack: z.object({ signingSecret: z.string().min(1), botToken: z.string().startsWith('xoxb-'), apiUrl: z.url() }),
  }),
  z.object({ platform: z.literal('teams'), ...databaseSettings }),
]);
export type ServerSettings = z.infer<typeof serverSettingsSchema>;

/** Parent to server: start watching the event loop, report the figures, stop. */
export const parentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch') }),
  z.object({ type: z.literal('figures') }),
  z.object({ type: z.literal('stop') }),
]);
export type ParentMessage = z.infer<typeof parentMessageSchema>;

const delaySchema = z.object({ p50: z.number(), p99: z.number(), max: z.number() });

/** Server to parent. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string() }),
  z.object({ type: z.literal('watching') }),
  z.object({
    type: z.literal('figures'),
    delay: delaySchema,
    commands: z.record(z.string(), z.number()),
    /** V8's heap in MB after a full collection: live objects, and reserved (what the RSS holds beyond code and buffers). */
    heap: z.object({ used: z.number(), total: z.number() }),
    /** Where the resident memory beyond the live heap goes, in MB (see memoryBreakdown). */
    breakdown: z.record(z.string(), z.number()),
    turns: z.number().optional(),
  }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
