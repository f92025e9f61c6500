import type { Db } from 'mongodb';
import { SlackInstallationsRepository } from './installation-repository.js';

/** The collections only Slack uses, registered with the others by the Slack channel adapter. */
export function slackRepositories(db: Db) {
  return { slackInstallations: new SlackInstallationsRepository(db) };
}

export type SlackRepositories = ReturnType<typeof slackRepositories>;
