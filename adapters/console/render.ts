import { toPlainText } from '../shared/plain-text.js';
import { isSentenceLabel } from '../shared/sentence-label.js';
import { withoutEscapes } from '../../src/core/text/literal.js';
import { CONSOLE_TEXT } from './texts.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Button, InputSpec, Reply } from '../../src/core/replies.js';
import type { PlainKey } from '../../src/core/i18n/catalog.js';

/** The markdown subset, for a terminal: code spans kept, as they show what to type. */
export function plain(markdown: string): string {
  return toPlainText(markdown, { code: 'keep' });
}

function inputHint(input: InputSpec, locale: Locale): string[] {
  const h = (key: PlainKey<typeof CONSOLE_TEXT>) => CONSOLE_TEXT.t(locale, key);
  switch (input.kind) {
    case 'choice':
    case 'multi-choice':
      return [
        ...input.options.map((o, i) => `  ${i + 1}) ${withoutEscapes(o.label)}`),
        `  (${input.kind === 'choice' ? h('choice') : h('multi')}${input.allowOther ? `, ${h('other')}` : ''})`,
      ];
    case 'yes-no':
      return [`  (${input.yes} / ${input.no})`];
    case 'text':
      return [`  (${h('text')})`];
    case 'list':
      return [`  (${h('list')})`];
    case 'date':
      return [`  (${h('date')})`];
    case 'time':
      return [`  (${h('time')})`];
    case 'datetime':
      return [`  (${h('datetime')})`];
    case 'duration':
      return [`  (${h('duration')})`];
    case 'url':
      return [`  (${h('url')})`];
    case 'user':
      return [`  (${h('user')})`];
    case 'number':
      return [`  (${numberHint(input, locale)})`];
  }
}

/** The bounds in words: « un nombre de 0 à 100 », not « ≥ 0 ≤ 100 ». */
function numberHint(input: Extract<InputSpec, { kind: 'number' }>, locale: Locale): string {
  const integer = input.integer ? 'yes' : 'no';
  const { min, max } = input;
  if (min !== undefined && max !== undefined) return CONSOLE_TEXT.t(locale, 'numberBetween', { integer, min, max });
  if (min !== undefined) return CONSOLE_TEXT.t(locale, 'numberFrom', { integer, min });
  if (max !== undefined) return CONSOLE_TEXT.t(locale, 'numberUpTo', { integer, max });
  return CONSOLE_TEXT.t(locale, 'number', { integer });
}

/**
 * `label: value`, with French's no-break space before the colon (the catalog adds it); a label
 * that is a sentence (a review's question, hint included) gets its answer on the next line.
 */
const labelled = (label: string, value: string, locale: Locale) =>
  isSentenceLabel(label) ? `${label}\n    ${value}` : CONSOLE_TEXT.t(locale, 'labelled', { label, value });

function buttonLine(buttons: Button[], locale: Locale): string | undefined {
  const commands = buttons.flatMap((b) => (b.action.kind === 'command' ? [labelled(withoutEscapes(b.label), `${CONSOLE_TEXT.t(locale, 'button')} \`${b.action.text}\``, locale)] : []));
  return commands.length ? `  → ${commands.join(' · ')}` : undefined;
}

const CONTROL_WORDS = ['complete', 'back', 'skip', 'review', 'cancel'] as const;

/** The words that do what the reply's control buttons do (a form has no review; a required question no skip; only the review completes). */
function controlsLine(buttons: readonly Button[], locale: Locale): string[] {
  const present = new Set(buttons.flatMap((b) => (b.action.kind === 'control' ? [b.action.control] : [])));
  const words = CONTROL_WORDS.filter((name) => present.has(name)).map((name) => CONSOLE_TEXT.t(locale, `word.${name}`));
  return words.length > 0 ? [`  ${CONSOLE_TEXT.t(locale, 'controls', { words: words.join(' · ') })}`] : [];
}

/** Replies as terminal text: choices numbered, controls named as the words to type. */
export function renderForConsole(replies: Reply[], locale: Locale): string {
  const out: string[] = [];
  for (const reply of replies) {
    switch (reply.kind) {
      case 'text':
        out.push(plain(reply.text));
        break;
      case 'facts':
        if (reply.title) out.push(`== ${reply.title} ==`);
        for (const f of reply.facts) out.push(`  ${labelled(withoutEscapes(f.label), plain(f.value), locale)}`);
        break;
      case 'buttons': {
        if (reply.text) out.push(plain(reply.text));
        const line = buttonLine(reply.buttons, locale);
        if (line) out.push(line);
        out.push(...controlsLine(reply.buttons, locale));
        break;
      }
      case 'question':
        out.push(`[${reply.context}]`, plain(reply.prompt));
        if (reply.help) out.push(...reply.help.split('\n').map((l) => `  ${plain(l)}`));
        out.push(...inputHint(reply.input, locale), ...controlsLine(reply.buttons, locale));
        break;
      case 'document':
        out.push(`----- ${reply.filename} -----`, reply.markdown, `----- ${CONSOLE_TEXT.t(locale, 'documentEnd')} -----`);
        break;
    }
  }
  return out.join('\n');
}
