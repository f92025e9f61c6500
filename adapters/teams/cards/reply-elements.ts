import type { Button, Reply } from '../../../src/core/replies.js';
import { TEAMS_TEXT } from '../texts.js';
import { answerData, buttonData } from './card-data.js';
import { documentElements } from './document-blocks.js';
import { downloadElements } from './document-download.js';
import { actionSet, submitAction, textBlock, type CardElement, type RenderContext } from './elements.js';
import { renderInput } from './inputs.js';
import { toCardMarkdown } from './markdown.js';
import { escapeCardText } from './card-text.js';
import { cutLabels, shortLabel } from '../../shared/short-label.js';

/** Teams shows about 20–40 characters of an Action.Submit title, then cuts it. */
export const ACTION_TITLE_MAX = 40;

/** A reply as card content. */
export interface Segment {
  elements: CardElement[];
  /** Starts a card of its own (a document). */
  startsCard: boolean;
  /** Nothing follows it in its card (a question: one form per card, so input ids stay unique). */
  endsCard: boolean;
}

function buttonAction(button: Button, ctx: RenderContext): CardElement {
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  return submitAction(shortLabel(button.label, ACTION_TITLE_MAX), buttonData(ctx.userId, button.action), { withInputs: false, ...(style ? { style } : {}) });
}

/** The full wording of the buttons whose title Teams would cut, as a list above them. */
function fullLabels(buttons: Button[]): CardElement[] {
  const cut = cutLabels(buttons.map((b) => b.label), ACTION_TITLE_MAX);
  return cut.length ? [textBlock(toCardMarkdown(cut.map((l) => `- ${l}`).join('\n')), { isSubtle: true })] : [];
}

const segment = (elements: CardElement[], flags: Partial<Pick<Segment, 'startsCard' | 'endsCard'>> = {}): Segment => ({
  elements,
  startsCard: flags.startsCard ?? false,
  endsCard: flags.endsCard ?? false,
});

export function replySegment(reply: Reply, ctx: RenderContext): Segment {
  switch (reply.kind) {
    case 'text':
      return segment([textBlock(toCardMarkdown(reply.text))]);
    case 'facts': {
      const title = reply.title ? [textBlock(toCardMarkdown(reply.title), { weight: 'Bolder' })] : [];
      const facts = { type: 'FactSet', facts: reply.facts.map((f) => ({ title: toCardMarkdown(f.label), value: toCardMarkdown(f.value) })) };
      return segment([...title, facts]);
    }
    case 'buttons': {
      const text = reply.text ? [textBlock(toCardMarkdown(reply.text))] : [];
      return segment([...text, ...fullLabels(reply.buttons), actionSet(reply.buttons.map((b) => buttonAction(b, ctx)))]);
    }
    case 'question': {
      const input = renderInput(reply.input, reply.suggested, ctx, reply.initial);
      const actions: CardElement[] = [];
      if (input.kind) {
        actions.push(submitAction(TEAMS_TEXT.t(ctx.locale, 'send'), answerData(ctx.userId, reply.ref, input.kind), { withInputs: true, style: 'positive' }));
      } else if (reply.input.kind === 'yes-no') {
        for (const [value, label] of [
          ['yes', reply.input.yes],
          ['no', reply.input.no],
        ] as const) {
          actions.push(buttonAction({ label, action: { kind: 'answer', ref: reply.ref, value: { kind: 'choice', value } } }, ctx));
        }
      }
      actions.push(...reply.buttons.map((b) => buttonAction(b, ctx)));
      const elements: CardElement[] = [
        textBlock(toCardMarkdown(reply.context), { isSubtle: true, size: 'Small' }),
        textBlock(toCardMarkdown(reply.prompt), { weight: 'Bolder' }),
        ...(reply.help ? [textBlock(toCardMarkdown(reply.help), { isSubtle: true })] : []),
        ...input.elements,
        ...fullLabels(reply.buttons),
        actionSet(actions),
      ];
      return segment(elements, { endsCard: true });
    }
    case 'document': {
      const link = ctx.documentLinks?.get(reply.filename);
      return segment(
        [
          textBlock(escapeCardText(reply.title), { weight: 'Bolder', size: 'ExtraLarge' }),
          ...(link ? downloadElements(link, ctx.locale) : []),
          ...documentElements(reply.markdown, reply.title),
        ],
        { startsCard: true, endsCard: true },
      );
    }
  }
}
