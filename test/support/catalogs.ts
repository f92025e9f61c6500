// Every catalog Boussole has, by name: the parity test and the wording test read them all, so a new
// catalog is added here once.
import { CONSOLE_TEXT } from '../../adapters/console/texts.js';
import { SLACK_TEXT } from '../../adapters/slack/i18n.js';
import { TEAMS_TEXT } from '../../adapters/teams/texts.js';
import { ACTIVITY_TEXT } from '../../src/activity/messages.js';
import { HISTORY_TEXT } from '../../src/core/history/messages.js';
import { CALENDAR_TEXT } from '../../src/calendar/messages.js';
import { FEED_TEXT, SUBSCRIBE_TEXT } from '../../src/calendar/ical/messages.js';
import { COMMENT_TEXT } from '../../src/comments/messages.js';
import type { Messages } from '../../src/core/i18n/catalog.js';
import { MESSAGES } from '../../src/core/i18n/messages.js';
import { DIALOGUE_TEXT } from '../../src/core/dialogue/messages.js';
import { EDIT_TEXT } from '../../src/core/dialogue/edit-messages.js';
import { DATE_TEXT } from '../../src/core/dialogue/parse/date-messages.js';
import { ANSWER_TEXT } from '../../src/core/dialogue/parse/answer-messages.js';
import { LEADER_TEXT } from '../../src/community/messages.js';
import { DIGEST_TEXT } from '../../src/digest/messages.js';
import { DOCUMENT_TEXT } from '../../src/documents/messages.js';
import { KPI_TEXT } from '../../src/kpis/messages.js';
import { PLAN_TEXT } from '../../src/plan/messages.js';
import { POLICY_TEXT } from '../../src/policy/messages.js';
import { REVIEW_TEXT } from '../../src/review/messages.js';
import { SETTINGS_TEXT } from '../../src/settings/messages.js';

/** A catalog as its two tables of templates: what the tests read. */
export const CATALOGS: Record<string, { fr: Messages; en: Messages }> = {
  engine: MESSAGES,
  history: HISTORY_TEXT,
  dialogue: DIALOGUE_TEXT,
  edit: EDIT_TEXT,
  dates: DATE_TEXT,
  answers: ANSWER_TEXT,
  leader: LEADER_TEXT,
  activity: ACTIVITY_TEXT,
  calendar: CALENDAR_TEXT,
  calendarFeed: FEED_TEXT,
  calendarSubscribe: SUBSCRIBE_TEXT,
  comments: COMMENT_TEXT,
  digest: DIGEST_TEXT,
  documents: DOCUMENT_TEXT,
  kpis: KPI_TEXT,
  plan: PLAN_TEXT,
  policy: POLICY_TEXT,
  review: REVIEW_TEXT,
  settings: SETTINGS_TEXT,
  slack: SLACK_TEXT,
  teams: TEAMS_TEXT,
  console: CONSOLE_TEXT,
};
