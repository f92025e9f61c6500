import type { Agenda } from 'agenda';

/** Runs a job now through Agenda, as its schedule would, and waits for it to finish. */
export async function runJobNow(agenda: Agenda, name: string): Promise<void> {
  const done = new Promise<void>((resolve) => agenda.once(`complete:${name}`, () => resolve()));
  await agenda.now(name);
  await done;
}
