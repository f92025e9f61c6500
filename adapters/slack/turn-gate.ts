import type { Engine } from '../../src/core/ports/engine.js';
import type { Logger } from '../../src/log/logger.js';

/**
 * At most `limit` engine turns at once in this process; the others wait their turn in arrival order.
 * Why: Bolt acknowledges a request only when the event loop gets to it, and fifty turns running
 * together (each parsing, rendering and awaiting the database) delay every other request's ack and
 * each other's answers. Queued turns cost nothing but a promise while they wait.
 */
export class TurnGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a turn gate needs a whole limit of at least 1, got ${limit}`);
  }

  async run<T>(work: () => Promise<T>, onQueued?: () => void): Promise<T> {
    if (this.running >= this.limit) {
      const turn = new Promise<void>((resolve) => this.waiting.push(resolve));
      onQueued?.();
      await turn;
    }
    else this.running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiter, so `running` never dips below the limit in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Turns running now and turns waiting (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** The engine, with its turns passed through the gate; a turn that has to wait says so in the debug log. */
export function gatedEngine(engine: Engine, gate: TurnGate, log: Logger): Engine {
  const queued = () => log.debug(gate.load, 'Slack turn queued');
  return {
    handle: (event) => gate.run(() => engine.handle(event), queued),
    respond: (event) => gate.run(() => engine.respond(event), queued),
  };
}
