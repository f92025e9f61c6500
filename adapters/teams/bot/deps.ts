import type { Config } from '../../../src/config/env.js';
import type { Engine } from '../../../src/core/ports/engine.js';
import type { Logger } from '../../../src/log/logger.js';
import type { DocumentLinkMaker } from '../../../src/documents/docx/download-link.js';
import type { Repositories } from '../../../src/app/repositories.js';
import type { TeamsRepositories } from '../repositories.js';

/** What the bot's logic is built from; the HTTP and adapter wiring live elsewhere (mount.ts). */
export interface BotDeps {
  engine: Engine;
  repositories: Pick<Repositories, 'tenants' | 'processedKeys' | 'userPrefs'> & TeamsRepositories;
  log: Logger;
  defaults: Config['defaults'];
  /** Makes the private download link of a document's Word copy (none: the card has no link). */
  documentLink?: DocumentLinkMaker;
}
