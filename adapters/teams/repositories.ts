import type { Db } from 'mongodb';
import { ConversationReferencesRepository } from './references/conversation-references.js';

/** The collections only Teams uses, registered with the others by the Teams channel adapter. */
export function teamsRepositories(db: Db) {
  return { teamsConversations: new ConversationReferencesRepository(db) };
}

export type TeamsRepositories = ReturnType<typeof teamsRepositories>;
