import { TurnContext, type Activity } from 'botbuilder';
import type { InboundEvent, InboundInput } from '../../../src/core/events.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import { renderReplies } from '../cards/render.js';
import { TEAMS_TEXT } from '../texts.js';
import { message } from '../../../src/core/i18n/messages.js';
import { isDatabaseUnavailable } from '../../../src/store/database-errors.js';
import type { BotDeps } from './deps.js';
import { documentLinks } from './document-links.js';
import { inboundConversation, localeOf, placeOf, tenantIdOfPlace, type TeamsPlace } from './identity.js';
import { unreachableNotice } from './owner-notice.js';
import { sendWithin } from './bounded-send.js';
import { rememberConversation } from './remember.js';
import { parseSubmission, type Refusal } from './submission.js';
import { personLocale } from './person-locale.js';
import { memberName } from './member-names.js';

/** How long an activity id is remembered: Teams retries within minutes, a day is ample. */
const ACTIVITY_KEY_TTL_SECONDS = 24 * 60 * 60;

type Input = { kind: 'input'; input: InboundInput } | { kind: 'refused'; refusal: Refusal } | { kind: 'nothing' };

/**
 * The text typed, without the bot's @mention (in channels and group chats Teams puts
 * `<at>Boussole</at>` in the text, described by a mention entity).
 */
export function typedText(activity: Partial<Activity>): string {
  const text = activity.entities?.some((e) => e.type === 'mention') ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (text ?? '').replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
}

function inputOf(activity: Partial<Activity>, place: TeamsPlace): Input {
  if (activity.value !== undefined && activity.value !== null) {
    const submission = parseSubmission(activity.value, place.userId);
    return submission.ok ? { kind: 'input', input: { kind: 'action', action: submission.action } } : { kind: 'refused', refusal: submission.refusal };
  }
  const text = typedText(activity);
  return text ? { kind: 'input', input: { kind: 'message', text } } : { kind: 'nothing' };
}

/**
 * A person picked in a card is stored with their display name beside the id, so the calendar, the
 * digest, documents and alerts show a name, and jobs need not ask Teams later.
 */
async function withPickedNames(deps: BotDeps, context: TurnContext, input: Input): Promise<Input> {
  if (input.kind !== 'input' || input.input.kind !== 'action') return input;
  const action = input.input.action;
  if (action.kind !== 'answer' || action.value.kind !== 'user' || action.value.name) return input;
  const name = await memberName(context, action.value.id, { log: deps.log, conversations: deps.repositories.teamsConversations });
  if (!name) return input;
  return { kind: 'input', input: { kind: 'action', action: { ...action, value: { ...action.value, name } } } };
}

function refusalText(refusal: Refusal, locale: Locale): string {
  switch (refusal.reason) {
    case 'not-ours':
      return TEAMS_TEXT.t(locale, 'notOurs');
    case 'not-for-you':
      return TEAMS_TEXT.t(locale, 'notForYou');
    case 'missing':
      return TEAMS_TEXT.t(locale, 'missingInput', { what: refusal.what });
    case 'invalid':
      return TEAMS_TEXT.t(locale, 'invalidSubmission', { detail: refusal.detail });
  }
}

async function say(context: TurnContext, replies: Reply[], locale: Locale, userId: string, documentLinks?: Map<string, string>): Promise<void> {
  const activities = renderReplies(replies, { locale, userId, ...(documentLinks ? { documentLinks } : {}) });
  if (activities.length > 0) await sendWithin(context, activities);
}

/**
 * One message activity: typed text (a command or an answer; the engine decides) or a card
 * submission, handled once per activity id, answered with Adaptive Cards.
 */
export async function handleMessage(deps: BotDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const place = placeOf(activity);
  const tenantId = tenantIdOfPlace(place);
  const key = activity.id ? `teams:activity:${place.conversationId}:${activity.id}` : undefined;
  // Until the engine or the stored preference says otherwise (the database may be down).
  const platformLocale: Locale = localeOf(activity) ?? deps.defaults.locale;
  let claimed = false;
  try {
    // Inside the try: with the database down the claim fails, and the person must still hear back.
    if (key && !(await deps.repositories.processedKeys.claim(key, ACTIVITY_KEY_TTL_SECONDS))) {
      deps.log.debug({ tenantId }, 'Teams: activity already handled; ignored');
      return;
    }
    claimed = true;
    await rememberConversation(deps, activity, place);
    const input = await withPickedNames(deps, context, inputOf(activity, place));
    if (input.kind === 'nothing') return;
    if (input.kind === 'refused') {
      deps.log.info({ tenantId, reason: input.refusal.reason }, 'Teams: card submission refused');
      const locale = await personLocale(deps, tenantId, place.userId, activity);
      await say(context, [{ kind: 'text', text: refusalText(input.refusal, locale) }], locale, place.userId);
      return;
    }
    // A personal chat is the user's own tenant; in a team, admins are the owners Boussole keeps
    // (Teams does not say who owns a team without Microsoft Graph).
    const isAdmin = place.kind === 'personal';
    const event: InboundEvent = {
      tenant: { platform: 'teams', id: place.tenantKey },
      user: { id: place.userId, ...(place.userName ? { name: place.userName } : {}), isAdmin },
      conversation: inboundConversation(place),
      ...(localeOf(activity) ? { locale: localeOf(activity)! } : {}),
      input: input.input,
    };
    // The person's Boussole language, not their Teams client's, for the adapter's words too.
    const { replies, locale } = await deps.engine.respond(event);
    const notice = await unreachableNotice(deps, tenantId, locale, (owners) => isAdmin || owners.includes(place.userId));
    await say(context, [...replies, ...notice], locale, place.userId, await documentLinks(deps.documentLink, tenantId, replies, locale, deps.log));
  } catch (error) {
    // The work failed: a retry of this activity may do it, so the key is given back.
    if (key && claimed) await deps.repositories.processedKeys.release(key).catch(() => {});
    if (isDatabaseUnavailable(error)) {
      deps.log.warn({ err: error, tenantId }, 'Teams: database unavailable; the person is told to try again');
      await sendWithin(context, [{ type: 'message', text: message(platformLocale, 'error.unavailable') }]).catch(() => {});
      return;
    }
    deps.log.error({ err: error, tenantId }, 'Teams: a message could not be handled');
    await sendWithin(context, [{ type: 'message', text: TEAMS_TEXT.t(platformLocale, 'tryAgain') }]).catch(() => {});
  }
}
