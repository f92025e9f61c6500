import type { Plan } from '../plan/plan.js';

/** A person in a plan's answers stored without a name, and where: a dotted path to the `{ id }` value. */
export interface NamelessPerson {
  path: string;
  id: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored user value (`{ id, name? }`: nothing else) still without its name; typed names carry theirs in the id. */
function isNameless(value: unknown): value is { id: string } {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.startsWith('name:')) return false;
  if (Object.keys(value).some((key) => key !== 'id' && key !== 'name')) return false;
  return typeof value.name !== 'string' || value.name.trim() === '';
}

/**
 * Every person the plan's answers hold without a name: a step's own answer
 * (`steps.6.answers.manager`) or a field of a group's item
 * (`steps.4.answers.playbook.items.<item>.answers.assignee`).
 */
export function namelessInPlan(plan: Plan): NamelessPerson[] {
  const found: NamelessPerson[] = [];
  for (const [step, state] of Object.entries(plan.steps)) {
    for (const [key, value] of Object.entries(state.answers)) {
      const path = `steps.${step}.answers.${key}`;
      if (isNameless(value)) found.push({ path, id: value.id });
      if (!isRecord(value) || !('items' in value)) continue;
      for (const [itemId, item] of Object.entries(value.items)) {
        for (const [field, fieldValue] of Object.entries(item.answers)) {
          if (isNameless(fieldValue)) found.push({ path: `${path}.items.${itemId}.answers.${field}`, id: fieldValue.id });
        }
      }
    }
  }
  return found;
}
