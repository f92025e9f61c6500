import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { InboundEvent } from '../../src/core/events.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { renderForConsole } from './render.js';

export interface ConsoleChatOptions {
  engine: Engine;
  input: Readable;
  output: Writable;
  tenantId: string;
  user: { id: string; name: string };
  /** The terminal's language (`LANG`): a new person's first Boussole language. */
  platformLocale?: Locale;
  /** Show a prompt (interactive terminal); off for piped input. */
  interactive: boolean;
}

/**
 * A chat with the engine over lines of text: each line is one message, handled in order, so a
 * whole step can be scripted by piping its answers in. Resolves at the end of the input.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { engine, output } = options;
  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = () => options.interactive && output.write('> ');
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === '') {
      prompt();
      continue;
    }
    if (/^(quit|exit|quitter)$/i.test(text)) break;
    const event: InboundEvent = {
      tenant: { platform: 'console', id: options.tenantId },
      user: { id: options.user.id, name: options.user.name, isAdmin: true },
      conversation: { id: 'console', kind: 'direct' },
      ...(options.platformLocale ? { locale: options.platformLocale } : {}),
      input: { kind: 'message', text },
    };
    // The hints follow the person's Boussole language, as the engine's words do.
    const { replies, locale } = await engine.respond(event);
    output.write(`${renderForConsole(replies, locale)}\n\n`);
    prompt();
  }
}
