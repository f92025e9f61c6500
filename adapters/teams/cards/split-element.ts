import type { CardElement } from './elements.js';
import { splitText } from './markdown.js';

/** Largest text one TextBlock carries; the card repeats it as fallback text, hence the margin. */
export const MAX_TEXT_BYTES = 5000;
/** Largest serialized table or fact set kept whole. */
export const MAX_ELEMENT_BYTES = 8000;

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function splitRows<T>(items: T[], build: (part: T[]) => CardElement, keepFirst: boolean): CardElement[] {
  const head = keepFirst ? items.slice(0, 1) : [];
  const rest = keepFirst ? items.slice(1) : items;
  const parts: CardElement[] = [];
  let current: T[] = [];
  for (const item of rest) {
    const candidate = [...current, item];
    if (current.length > 0 && size(build([...head, ...candidate])) > MAX_ELEMENT_BYTES) {
      parts.push(build([...head, ...current]));
      current = [item];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0 || parts.length === 0) parts.push(build([...head, ...current]));
  return parts;
}

/**
 * Cuts an element too large for one card into several of the same kind: text at paragraph, line
 * or word boundaries; a table by rows (repeating its header row); a fact set by facts.
 */
export function splitElement(element: CardElement): CardElement[] {
  if (element.type === 'TextBlock' && typeof element.text === 'string') {
    return splitText(element.text, MAX_TEXT_BYTES).map((text) => ({ ...element, text }));
  }
  if (size(element) <= MAX_ELEMENT_BYTES) return [element];
  if (element.type === 'Table' && Array.isArray(element.rows)) {
    return splitRows(element.rows as unknown[], (rows) => ({ ...element, rows }), element.firstRowAsHeader === true);
  }
  if (element.type === 'FactSet' && Array.isArray(element.facts)) {
    return splitRows(element.facts as unknown[], (facts) => ({ ...element, facts }), false);
  }
  return [element];
}
