/**
 * A per-process cache of small documents read on every turn (a tenant's settings, a person's
 * language), kept for a short time. Changes made by this process drop their entry at once; a
 * change made by another instance on the same database is seen within `ttlMs`, which is fine for
 * these documents: a new owner, time zone or language a few seconds late changes no stored answer
 * (answers, sessions and the plan are never cached).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    // Bounded so that a process serving many workspaces keeps a bounded memory.
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** How long a tenant's or a person's settings may be read from memory (see TtlCache). */
export const SETTINGS_CACHE_MS = 5_000;
