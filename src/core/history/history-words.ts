import { pick, type Locale } from '../i18n/locale.js';
import { HISTORY_TEXT } from './messages.js';
import { formatAnswer } from '../dialogue/format.js';
import type { Group, Question, StepDefinition } from '../dialogue/types.js';
import { groupItems, type AnswerValue, type StepAnswers } from '../dialogue/values.js';
import type { HistoryEntry } from '../ports/stores.js';

/** One history entry as a person reads it: what changed, from what, to what. */
export interface HistoryWords {
  what: string;
  before: string;
  after: string;
}

interface Reading {
  locale: Locale;
  timeZone: string;
  /** The step's answers now: a group item is named by its first answer, and numbered. */
  answers: StepAnswers;
}

const NOTHING = '—';
/** The key under which the plan records a step's status changes. */
const STATUS_KEY = '@status';
const STATUSES = ['not-started', 'in-progress', 'complete', 'skipped'] as const;
const isStatus = (value: unknown): value is (typeof STATUSES)[number] => STATUSES.includes(value as never);
const MAX_VALUE = 80;

const isGroup = (node: StepDefinition['nodes'][number]): node is Group => node.kind === 'group';
const nameOf = (node: Question | Group, locale: Locale) => pick(node.label ?? node.prompt, locale);
const clip = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

function valueWords(question: Question | undefined, value: unknown, reading: Reading): string {
  if (value === undefined || value === null || value === '') return NOTHING;
  if (!question) return clip(typeof value === 'string' ? value : JSON.stringify(value));
  return clip(formatAnswer(question, value as AnswerValue, reading.locale, reading.timeZone));
}

/** An item as its first question's answer says it: « Journalistes ». */
function itemWords(group: Group, answers: Record<string, unknown> | undefined, reading: Reading): string | undefined {
  const first = group.questions[0];
  const value = first && answers ? answers[first.key] : undefined;
  return value === undefined || value === null ? undefined : valueWords(first, value, reading);
}

/** What a stored item (`{ _at, answers }`) or a list of seeded items reads as. */
function itemsWords(group: Group, value: unknown, reading: Reading): string {
  if (value === undefined || value === null) return NOTHING;
  const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [((value as { answers?: Record<string, unknown> }).answers ?? {})];
  const named = items.map((answers) => itemWords(group, answers, reading)).filter((w): w is string => w !== undefined);
  return named.length ? clip(named.join(', ')) : NOTHING;
}

function itemTitle(group: Group, itemId: string, removed: unknown, reading: Reading): string {
  const items = groupItems(reading.answers[group.key]);
  const index = items.findIndex((item) => item._id === itemId);
  const answers = index >= 0 ? items[index] : (removed as { answers?: Record<string, unknown> } | null)?.answers;
  const named = itemWords(group, answers, reading);
  const item = pick(group.itemLabel, reading.locale);
  const numbered = index >= 0 ? `${item} ${index + 1}` : item;
  // Each language's quotes (French spacing is the catalog's, when the line is rendered).
  const quotedName = reading.locale === 'fr' ? `« ${named} »` : `“${named}”`;
  return named ? `${nameOf(group, reading.locale)} › ${numbered} ${quotedName}` : `${nameOf(group, reading.locale)} › ${numbered}`;
}

/**
 * A history entry in words: the question's label (not its storage key), the item of a list by its
 * number and first answer, and the values as the review shows them (choice labels in the reader's
 * language, people by name, dates in long form). A key the step no longer has is shown as stored.
 */
export function historyWords(entry: HistoryEntry, step: StepDefinition, reading: Reading): HistoryWords {
  if (entry.key === STATUS_KEY) {
    const status = (value: unknown) => (isStatus(value) ? HISTORY_TEXT.t(reading.locale, `status.${value}`) : NOTHING);
    return { what: HISTORY_TEXT.t(reading.locale, 'stepStatus'), before: status(entry.before), after: status(entry.after) };
  }
  const item = /^(\w+)\[([^\]]+)\](?:\.(\w+))?$/.exec(entry.key);
  if (item) {
    const group = step.nodes.find((n): n is Group => isGroup(n) && n.key === item[1]);
    if (group) {
      const title = itemTitle(group, item[2]!, entry.before, reading);
      const field = item[3];
      if (!field) return { what: title, before: itemsWords(group, entry.before, reading), after: itemsWords(group, entry.after, reading) };
      const question = group.questions.find((q) => q.key === field);
      return {
        what: `${title} › ${question ? nameOf(question, reading.locale) : field}`,
        before: valueWords(question, entry.before, reading),
        after: valueWords(question, entry.after, reading),
      };
    }
  }
  const node = step.nodes.find((n) => n.key === entry.key);
  if (node && isGroup(node)) return { what: nameOf(node, reading.locale), before: itemsWords(node, entry.before, reading), after: itemsWords(node, entry.after, reading) };
  return {
    what: node ? nameOf(node, reading.locale) : entry.key,
    before: valueWords(node, entry.before, reading),
    after: valueWords(node, entry.after, reading),
  };
}
