import { z } from 'zod';
import type { Action } from '../../../../src/core/events.js';
import { ACTION_IDS, decodeAction, decodeRefBlockId, modalRequestSchema, parseJson, type ModalRequest } from '../../action-codec.js';

/** The parts of a block_actions payload Boussole reads; anything else in it is ignored. */
export const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  response_url: z.string().url().optional(),
  state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }).optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        block_id: z.string().optional(),
        action_ts: z.string().optional(),
        value: z.string().optional(),
        selected_option: z.object({ value: z.string() }).nullish(),
        selected_options: z.array(z.object({ value: z.string() })).optional(),
        selected_date: z.string().nullish(),
        selected_time: z.string().nullish(),
        selected_user: z.string().nullish(),
      }),
    )
    .min(1),
});
export type BlockActionsBody = z.infer<typeof blockActionsSchema>;
type SlackAction = BlockActionsBody['actions'][number];

export type Interpretation =
  /** A state-only change (a checkbox ticked before "submit"): nothing to do yet. */
  | { kind: 'ignore' }
  /** Forged, altered or from an unknown control. */
  | { kind: 'invalid' }
  | { kind: 'incomplete'; missing: 'choice' | 'datetime' }
  | { kind: 'modal'; request: ModalRequest }
  | { kind: 'action'; action: Action };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** What the user did, as an engine Action; every value is checked, none is trusted. */
export function interpret(body: BlockActionsBody): Interpretation {
  const action = body.actions[0]!;
  const id = action.action_id;
  if (id === ACTION_IDS.multi || id === ACTION_IDS.dtDate || id === ACTION_IDS.dtTime) return { kind: 'ignore' };
  if (id.startsWith(`${ACTION_IDS.button}.`)) {
    const decoded = decodeAction(action.value);
    return decoded ? { kind: 'action', action: decoded } : { kind: 'invalid' };
  }
  if (id.startsWith(`${ACTION_IDS.modal}.`)) {
    const request = parseJson(modalRequestSchema, action.value);
    return request ? { kind: 'modal', request } : { kind: 'invalid' };
  }
  const ref = decodeRefBlockId(action.block_id);
  if (!ref) return { kind: 'invalid' };
  const answer = (value: Extract<Action, { kind: 'answer' }>['value']): Interpretation => ({ kind: 'action', action: { kind: 'answer', ref, value } });
  switch (id) {
    case ACTION_IDS.choice:
      return action.selected_option ? answer({ kind: 'choice', value: action.selected_option.value }) : { kind: 'ignore' };
    case ACTION_IDS.date:
      return action.selected_date && DATE.test(action.selected_date) ? answer({ kind: 'date', date: action.selected_date }) : { kind: 'invalid' };
    case ACTION_IDS.time:
      return action.selected_time && TIME.test(action.selected_time) ? answer({ kind: 'time', time: action.selected_time }) : { kind: 'invalid' };
    case ACTION_IDS.user:
      return action.selected_user ? answer({ kind: 'user', id: action.selected_user }) : { kind: 'ignore' };
    case ACTION_IDS.multiSubmit: {
      const values = stateOf(body, action, ACTION_IDS.multi, 'selected_options');
      const list = z.array(z.object({ value: z.string() })).safeParse(values);
      if (!list.success || list.data.length === 0) return { kind: 'incomplete', missing: 'choice' };
      return answer({ kind: 'choices', values: list.data.map((o) => o.value) });
    }
    case ACTION_IDS.dtSubmit: {
      const date = stateOf(body, action, ACTION_IDS.dtDate, 'selected_date');
      const time = stateOf(body, action, ACTION_IDS.dtTime, 'selected_time');
      if (typeof date !== 'string' || typeof time !== 'string' || !DATE.test(date) || !TIME.test(time)) return { kind: 'incomplete', missing: 'datetime' };
      return answer({ kind: 'datetime', date, time });
    }
    default:
      return { kind: 'invalid' };
  }
}

/** A field of another element of the same block, from the message's state. */
function stateOf(body: BlockActionsBody, action: SlackAction, actionId: string, field: string): unknown {
  const element = body.state?.values[action.block_id ?? '']?.[actionId];
  return element && typeof element === 'object' ? (element as Record<string, unknown>)[field] : undefined;
}
