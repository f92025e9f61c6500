import { withoutEscapes } from '../../../src/core/text/literal.js';
import type { InitialValue, InputSpec, Option } from '../../../src/core/replies.js';
import { TEAMS_TEXT } from '../texts.js';
import { INPUT_IDS, type AnswerKind } from './card-data.js';
import type { CardElement, RenderContext } from './elements.js';

/** Up to this many options show as radio buttons / checkboxes; more as a drop-down. */
const EXPANDED_MAX = 5;

// A choice's title shows no markdown: a person's escaped characters (src/core/text/literal.ts) as typed.
const choices = (options: Option[]) => options.map((o) => ({ title: withoutEscapes(o.label), value: o.value }));

function otherInput(ctx: RenderContext): CardElement {
  return { type: 'Input.Text', id: INPUT_IDS.other, placeholder: TEAMS_TEXT.t(ctx.locale, 'other'), maxLength: 500 };
}

export interface RenderedInput {
  /** Null when the answer is given by buttons (yes/no). */
  kind: AnswerKind | null;
  elements: CardElement[];
}

const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const isTime = (value: string | undefined) => (value && /^\d{2}:\d{2}$/.test(value) ? value : undefined);

/** The native Adaptive Card input of each kind of question. */
export function renderInput(spec: InputSpec, suggested: string | undefined, ctx: RenderContext, initial?: InitialValue): RenderedInput {
  // The stored answer (after Back) fills the input, so that Send unchanged keeps it.
  // An input holds text, not markdown: a suggested answer as the person typed it (literal.ts).
  const typed = initial?.kind === 'text' ? initial.text : suggested === undefined ? undefined : withoutEscapes(suggested);
  const value = typed !== undefined ? { value: typed } : {};
  const picked = initial?.kind === 'choices' ? initial : undefined;
  const choiceValue = picked ? (picked.values.length ? { value: picked.values.join(',') } : {}) : value;
  const otherValue = picked?.other ? { value: picked.other } : {};
  const day = initial?.kind === 'date' ? initial.date : initial?.kind === 'datetime' ? initial.date : undefined;
  const hour = initial?.kind === 'time' ? initial.time : initial?.kind === 'datetime' ? initial.time : undefined;
  switch (spec.kind) {
    case 'text':
      return {
        kind: 'text',
        elements: [
          { type: 'Input.Text', id: INPUT_IDS.answer, isMultiline: spec.multiline, maxLength: spec.maxLength, ...(spec.placeholder ? { placeholder: spec.placeholder } : {}), ...value },
        ],
      };
    case 'list':
      return {
        kind: 'list',
        elements: [{ type: 'Input.Text', id: INPUT_IDS.answer, isMultiline: true, placeholder: spec.placeholder ?? TEAMS_TEXT.t(ctx.locale, 'onePerLine'), ...value }],
      };
    case 'url':
      return { kind: 'url', elements: [{ type: 'Input.Text', id: INPUT_IDS.answer, style: 'Url', placeholder: 'https://', ...value }] };
    case 'duration':
      return { kind: 'duration', elements: [{ type: 'Input.Text', id: INPUT_IDS.answer, placeholder: TEAMS_TEXT.t(ctx.locale, 'durationHint'), ...value }] };
    case 'number': {
      const numeric = typed !== undefined && Number.isFinite(Number(typed)) ? { value: Number(typed) } : {};
      return {
        kind: 'number',
        elements: [
          { type: 'Input.Number', id: INPUT_IDS.answer, ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}), ...numeric },
        ],
      };
    }
    case 'choice':
      return {
        kind: 'choice',
        elements: [
          {
            type: 'Input.ChoiceSet',
            id: INPUT_IDS.answer,
            style: spec.options.length <= EXPANDED_MAX ? 'expanded' : 'compact',
            // A drop-down starts blank otherwise (radio buttons need none).
            placeholder: TEAMS_TEXT.t(ctx.locale, 'choose'),
            choices: choices(spec.options),
            ...choiceValue,
          },
          ...(spec.allowOther ? [{ ...otherInput(ctx), ...otherValue }] : []),
        ],
      };
    case 'multi-choice':
      return {
        kind: 'multi-choice',
        elements: [
          {
            type: 'Input.ChoiceSet',
            id: INPUT_IDS.answer,
            isMultiSelect: true,
            style: spec.options.length <= EXPANDED_MAX * 2 ? 'expanded' : 'compact',
            placeholder: TEAMS_TEXT.t(ctx.locale, 'choose'),
            choices: choices(spec.options),
            ...choiceValue,
          },
          ...(spec.allowOther ? [{ ...otherInput(ctx), ...otherValue }] : []),
        ],
      };
    case 'yes-no':
      return { kind: null, elements: [] };
    case 'date':
      return { kind: 'date', elements: [{ type: 'Input.Date', id: INPUT_IDS.answer, ...(isDate(day ?? suggested) ? { value: day ?? suggested } : {}) }] };
    case 'time':
      return { kind: 'time', elements: [{ type: 'Input.Time', id: INPUT_IDS.answer, ...(isTime(hour ?? suggested) ? { value: hour ?? suggested } : {}) }] };
    case 'datetime': {
      const [date, time] = day && hour ? [day, hour] : (suggested ?? '').split(/[T ]/);
      return {
        kind: 'datetime',
        elements: [
          { type: 'Input.Date', id: INPUT_IDS.date, label: TEAMS_TEXT.t(ctx.locale, 'date'), ...(isDate(date) ? { value: date } : {}) },
          { type: 'Input.Time', id: INPUT_IDS.time, label: TEAMS_TEXT.t(ctx.locale, 'time'), ...(isTime(time?.slice(0, 5)) ? { value: time!.slice(0, 5) } : {}) },
        ],
      };
    }
    case 'user':
      return {
        kind: 'user',
        elements: [
          {
            // Teams' people picker: a ChoiceSet filled from the organization's directory.
            type: 'Input.ChoiceSet',
            id: INPUT_IDS.answer,
            label: TEAMS_TEXT.t(ctx.locale, 'pickPerson'),
            placeholder: TEAMS_TEXT.t(ctx.locale, 'searchPerson'),
            // The person already chosen, as the picker's one static choice, selected.
            ...(initial?.kind === 'user' ? { choices: [{ title: initial.name ?? initial.id, value: initial.id }], value: initial.id } : { choices: [] }),
            'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
            isMultiSelect: false,
          },
          // Where the picker is unavailable (the Emulator, older clients), a typed name.
          { type: 'Input.Text', id: INPUT_IDS.text, placeholder: TEAMS_TEXT.t(ctx.locale, 'orTypeName'), maxLength: 200 },
        ],
      };
  }
}
