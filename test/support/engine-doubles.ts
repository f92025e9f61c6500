// Engines for adapter tests: a stand-in answering from a function, and the real one built late
// (over the repositories a harness creates).
import type { InboundEvent } from '../../src/core/events.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Reply } from '../../src/core/replies.js';

/** Answers with `handle`'s replies, in the language the platform reported (else `fallback`). */
export function engineOf(handle: (event: InboundEvent) => Promise<Reply[]>, fallback: Locale = 'en'): Engine {
  return { handle, respond: async (event) => ({ replies: await handle(event), locale: event.locale ?? fallback }) };
}

/** The engine `build` makes, built at the first event. */
export function lazyEngine(build: () => Engine): Engine {
  let engine: Engine | undefined;
  const get = () => (engine ??= build());
  return { handle: (event) => get().handle(event), respond: (event) => get().respond(event) };
}
