// Boussole as the servers compose it, with the feature commands and forms, logging nothing and
// scheduling nothing: for the adapter tests that drive the real engine. A test that types dates
// gives it a clock, so those dates stay in the future whatever day it runs.
import type { Db } from 'mongodb';
import { composeBoussole, type Boussole } from '../../src/app/compose.js';
import { createLogger } from '../../src/log/logger.js';

export async function quietBoussole(db: Db, locale: 'fr' | 'en', clock?: () => Date): Promise<Boussole> {
  const boussole = composeBoussole({
    db,
    defaults: { locale, timeZone: 'America/Toronto' },
    log: createLogger({ level: 'silent', format: 'json' }),
    scheduler: () => undefined,
    ...(clock ? { clock } : {}),
  });
  await boussole.ensureIndexes();
  return boussole;
}
