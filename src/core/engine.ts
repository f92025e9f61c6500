import { randomUUID } from 'node:crypto';
import { chosenLanguage, personLanguage } from './i18n/person-language.js';
import { tenantIdOf, type InboundEvent } from './events.js';
import { answer, control } from './handlers/dialogue.js';
import { message } from './i18n/messages.js';
import type { Engine, EngineAnswer } from './ports/engine.js';
import type { Reply } from './replies.js';
import { runCommand, unknownCommand } from './commands/router.js';
import { pendingAnswer, typedDuringQuestionnaire } from './handlers/questionnaire-input.js';
import { PENDING_KEY } from './dialogue/pending.js';
import { formControl, formSessionOf, isFormRef } from './handlers/form.js';
import { formButton, runDuringForm, typedDuringForm } from './handlers/form-input.js';
import { stripCommandPrefix } from './commands/command-prefix.js';
import { makeTurn, type EngineDeps, type Turn } from './turn.js';
import { PlanChanged, type TurnStores } from './ports/stores.js';
import { isDatabaseUnavailable } from '../store/database-errors.js';


async function route(turn: Turn): Promise<Reply[]> {
  const input = turn.event.input;
  // A form in progress (a short dialogue started by a feature command) takes answers first.
  const form = await formSessionOf(turn);
  if (form) {
    if (input.kind !== 'action') return typedDuringForm(turn, form, stripCommandPrefix(input.text), input.kind === 'command');
    const action = input.action;
    // A command's button is a command typed: it runs, and the form's question comes back.
    if (action.kind === 'command') return runDuringForm(turn, form, action.text);
    if (action.kind === 'answer' && isFormRef(action.ref)) return formButton(turn, form, action.value, action.ref);
    if (action.kind === 'control' && (!action.ref || isFormRef(action.ref))) return formControl(turn, form, action.control, action.ref);
    // A step's button is the step's business; the form waits.
  }
  return routeCommand(turn);
}

async function routeCommand(turn: Turn): Promise<Reply[]> {
  const input = turn.event.input;
  if (input.kind === 'action') {
    const action = input.action;
    if (action.kind === 'answer') return action.ref.key === PENDING_KEY ? pendingAnswer(turn, action.value, action.ref) : answer(turn, action.value, action.ref);
    if (action.kind === 'control') return control(turn, action.control, action.ref);
    return (await runCommand(turn, action.text)) ?? unknownCommand(turn, action.text);
  }
  const text = stripCommandPrefix(input.text);
  const session = await turn.deps.sessions.get(turn.tenantId, turn.actor.id, turn.event.conversation.id);
  // While a question waits, one rule decides between answer and command (questionnaire-input.ts).
  if (session) return typedDuringQuestionnaire(turn, text, session, input.kind === 'command');
  return (await runCommand(turn, text)) ?? unknownCommand(turn, text);
}

/** The stores as one turn sees them: the plan and the person's cursors read once, an answer written with the cursor's move (TurnStores). */
function turnDeps(deps: EngineDeps, users: EngineDeps['users'], stores: TurnStores | undefined): EngineDeps {
  if (!stores) return { ...deps, users };
  return {
    ...deps,
    users,
    plans: stores.plans,
    sessions: stores.sessions,
    ...(deps.forms ? { forms: { ...deps.forms, sessions: stores.formSessions } } : {}),
  };
}

/** The turn's replies, once what it wrote is stored; an answer to a step completed meanwhile is refused. */
async function routeAndStore(turn: Turn, stores: TurnStores | undefined): Promise<Reply[]> {
  try {
    const replies = await route(turn);
    await stores?.flush();
    return replies;
  } catch (error) {
    if (error instanceof PlanChanged) return [turn.text('answer.notInProgress', { step: error.step })];
    throw error;
  }
}

/** The channel-agnostic core: one normalized event in, platform-neutral replies out. */
export function createEngine(deps: EngineDeps): Engine {
  const newId = deps.newId ?? (() => randomUUID().replaceAll('-', '').slice(0, 12));
  const respond = async (event: InboundEvent): Promise<EngineAnswer> => {
    let locale = event.locale ?? 'fr';
    try {
      const tenantId = tenantIdOf(event);
      const tenant = await deps.tenants.ensure(tenantId, event.tenant.platform, event.tenant.id);
      const prefs = await deps.users.touch(tenantId, event.user.id, event.user.name);
      // A person's language is their platform's (Slack profile, Teams client, the console's LANG)
      // until they choose one with `langue`: kept, so that reminders and digests speak it too, and
      // followed when the platform's changes. A choice stays whatever the platform says.
      if (!chosenLanguage(prefs) && event.locale && prefs.locale !== event.locale) await deps.users.setLocale(tenantId, event.user.id, event.locale, 'platform');
      locale = personLanguage(prefs, event.locale) ?? tenant.locale;
      let spoken = locale;
      // `langue en` changes the language of what follows this turn too: the adapter's words.
      const users: EngineDeps['users'] = {
        ...deps.users,
        setLocale: async (t, u, l, from) => {
          await deps.users.setLocale(t, u, l, from);
          if (t === tenantId && u === event.user.id) spoken = l;
        },
      };
      const stores = deps.plans.forTurn?.();
      const replies = await routeAndStore(makeTurn(turnDeps(deps, users, stores), event, tenant, tenantId, locale, newId), stores);
      return { replies, locale: spoken };
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        deps.log.warn({ err: error }, 'database unavailable while handling an event');
        return { replies: [{ kind: 'text', text: message(locale, 'error.unavailable') }], locale };
      }
      deps.log.error({ err: error, tenant: event.tenant, input: event.input.kind }, 'event handling failed');
      return { replies: [{ kind: 'text', text: message(locale, 'error.unexpected') }], locale };
    }
  };
  return {
    respond,
    async handle(event: InboundEvent): Promise<Reply[]> {
      return (await respond(event)).replies;
    },
  };
}

export type { EngineDeps };
