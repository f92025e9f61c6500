/** An Adaptive Card element, as plain JSON. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface RenderContext {
  locale: 'fr' | 'en';
  /** The user the card is for: submissions from anyone else are refused. */
  userId: string;
  /** Download links of the documents' Word copies, by the document's file name. */
  documentLinks?: ReadonlyMap<string, string>;
}

export function textBlock(text: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function submitAction(title: string, data: unknown, options: { style?: 'positive' | 'destructive'; withInputs: boolean }): CardElement {
  return {
    type: 'Action.Submit',
    title,
    data,
    // A control such as "skip" must work with the form empty; only the answer's own button
    // validates and sends the inputs.
    associatedInputs: options.withInputs ? 'auto' : 'none',
    ...(options.style ? { style: options.style } : {}),
  };
}

export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}
