import type { Db } from 'mongodb';
import { slackRepositories } from '../../adapters/slack/repositories.js';
import { teamsRepositories } from '../../adapters/teams/repositories.js';
import { createRepositories } from '../../src/app/repositories.js';

/** Boussole's repositories with the Slack and Teams adapters' own, as the server has them once both are mounted. */
export function createAllRepositories(db: Db) {
  return { ...createRepositories(db), ...slackRepositories(db), ...teamsRepositories(db) };
}

export type AllRepositories = ReturnType<typeof createAllRepositories>;
