import { toPlainText } from '../shared/plain-text.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Button, InputSpec, Reply } from '../../src/core/replies.js';

const HINTS: Record<Locale, Record<string, string>> = {
  fr: {
    text: 'écrivez votre réponse',
    list: 'séparez les éléments par des virgules',
    choice: 'tapez le numéro ou le texte',
    multi: 'un ou plusieurs numéros séparés par des virgules',
    other: 'ou écrivez autre chose',
    yesno: 'oui / non',
    date: 'ex. 2026-12-03, demain, lundi prochain',
    time: 'ex. 14 h, 9h30',
    datetime: 'ex. demain 14 h, 3 décembre 10h30',
    duration: 'ex. 2 h, 90 min, 1 jour',
    url: 'une adresse https://…',
    user: 'le nom de la personne',
    number: 'un nombre',
    controls: 'Aussi : retour · passer · réviser · pause',
    button: 'tapez',
  },
  en: {
    text: 'type your answer',
    list: 'separate items with commas',
    choice: 'type the number or the text',
    multi: 'one or more numbers separated by commas',
    other: 'or type something else',
    yesno: 'yes / no',
    date: 'e.g. 2026-12-03, tomorrow, next Monday',
    time: 'e.g. 2pm, 9:30',
    datetime: 'e.g. tomorrow 2pm, December 3 10:30',
    duration: 'e.g. 2 h, 90 min, 1 day',
    url: 'an https://… address',
    user: "the person's name",
    number: 'a number',
    controls: 'Also: back · skip · review · pause',
    button: 'type',
  },
};

/** The markdown subset, for a terminal: code spans kept, as they show what to type. */
export function plain(markdown: string): string {
  return toPlainText(markdown, { code: 'keep' });
}

function inputHint(input: InputSpec, locale: Locale): string[] {
  const h = HINTS[locale];
  switch (input.kind) {
    case 'choice':
    case 'multi-choice':
      return [
        ...input.options.map((o, i) => `  ${i + 1}) ${o.label}`),
        `  (${input.kind === 'choice' ? h.choice : h.multi}${input.allowOther ? `, ${h.other}` : ''})`,
      ];
    case 'yes-no':
      return [`  (${input.yes} / ${input.no})`];
    case 'text':
      return [`  (${h.text})`];
    case 'list':
      return [`  (${h.list})`];
    case 'date':
      return [`  (${h.date})`];
    case 'time':
      return [`  (${h.time})`];
    case 'datetime':
      return [`  (${h.datetime})`];
    case 'duration':
      return [`  (${h.duration})`];
    case 'url':
      return [`  (${h.url})`];
    case 'user':
      return [`  (${h.user})`];
    case 'number':
      return [`  (${h.number}${input.min !== undefined ? ` ≥ ${input.min}` : ''}${input.max !== undefined ? ` ≤ ${input.max}` : ''})`];
  }
}

function buttonLine(buttons: Button[], locale: Locale): string | undefined {
  const commands = buttons.flatMap((b) => (b.action.kind === 'command' ? [`${b.label}: ${HINTS[locale].button} \`${b.action.text}\``] : []));
  return commands.length ? `  → ${commands.join(' · ')}` : undefined;
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
        for (const f of reply.facts) out.push(`  ${f.label}: ${plain(f.value)}`);
        break;
      case 'buttons': {
        if (reply.text) out.push(plain(reply.text));
        const line = buttonLine(reply.buttons, locale);
        if (line) out.push(line);
        if (reply.buttons.some((b) => b.action.kind === 'control')) out.push(`  ${HINTS[locale].controls}`);
        break;
      }
      case 'question':
        out.push(`[${reply.context}]`, plain(reply.prompt));
        if (reply.help) out.push(...reply.help.split('\n').map((l) => `  ${plain(l)}`));
        out.push(...inputHint(reply.input, locale), `  ${HINTS[locale].controls}`);
        break;
      case 'document':
        out.push(`----- ${reply.filename} -----`, reply.markdown, `----- end -----`);
        break;
    }
  }
  return out.join('\n');
}
