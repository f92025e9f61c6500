// Boussole as the servers compose it, with the feature commands and forms, logging nothing and
// scheduling nothing: for the adapter tests that drive the real engine.
import type { Db } from 'mongodb';
import { composeBoussole, type Boussole } from '../../src/app/compose.js';
import { createLogger } from '../../src/log/logger.js';

export async function quietBoussole(db: Db, locale: 'fr' | 'en'): Promise<Boussole> {
  const boussole = composeBoussole({
    db,
    defaults: { locale, timeZone: 'America/Toronto' },
    log: createLogger({ level: 'silent', format: 'json' }),
    scheduler: () => undefined,
  });
  await boussole.ensureIndexes();
  return boussole;
}
