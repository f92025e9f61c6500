import type { Notifier, NotifyOutcome, NotifyTarget } from '../../src/core/ports/notifier.js';
import type { Reply } from '../../src/core/replies.js';

export interface RecordedPost {
  target: NotifyTarget;
  message: Reply[];
  key: string;
  at: number;
}

/**
 * The Notifier port's fake (the platforms are remote): records every post that reaches it. A
 * `fail` function can make chosen posts fail, to exercise retries and one tenant's outage.
 */
export class RecordingNotifier implements Notifier {
  readonly posts: RecordedPost[] = [];
  fail?: (target: NotifyTarget, key: string) => NotifyOutcome | 'throw' | undefined;
  delayMs = 0;

  async post(target: NotifyTarget, message: Reply[], key: string): Promise<NotifyOutcome> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.fail?.(target, key);
    if (failure === 'throw') throw new Error('platform exploded');
    if (failure) return failure;
    this.posts.push({ target, message, key, at: Date.now() });
    return { ok: true, duplicate: false };
  }

  texts(): string[] {
    return this.posts.map((p) => p.message.map((m) => (m.kind === 'text' ? m.text : '')).join('\n'));
  }

  /** How many times each key was posted (a correct run has every count at 1). */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const post of this.posts) counts.set(post.key, (counts.get(post.key) ?? 0) + 1);
    return counts;
  }
}
