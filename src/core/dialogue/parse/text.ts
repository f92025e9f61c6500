import { z } from 'zod';
import { ok, refuse, type ParseResult } from './result.js';

export function parseText(raw: string, maxLength: number): ParseResult<string> {
  const text = raw.trim();
  if (text === '') return refuse('La réponse est vide : écrivez quelques mots.', 'The answer is empty: please write a few words.');
  if (text.length > maxLength) {
    return refuse(
      `La réponse est trop longue (${text.length} caractères, maximum ${maxLength}). Raccourcissez-la.`,
      `The answer is too long (${text.length} characters, at most ${maxLength}). Please shorten it.`,
    );
  }
  return ok(text);
}

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export function parseUrl(raw: string): ParseResult<string> {
  let text = raw.trim().replace(/^<(.+?)(\|.*)?>$/, '$1'); // Slack wraps links as <url|label>
  if (text !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  if (text.length > 2000 || !httpUrl.safeParse(text).success) {
    return refuse(
      `« ${raw.trim().slice(0, 80)} » n'est pas une adresse web valide (http:// ou https://, par exemple https://exemple.ca/flux.xml).`,
      `"${raw.trim().slice(0, 80)}" is not a valid web address (http:// or https://, e.g. https://example.com/feed.xml).`,
    );
  }
  return ok(text);
}

/** Items separated by new lines, commas or semicolons; duplicates dropped. */
export function parseList(raw: string, options: { maxItems: number; itemMaxLength: number; itemKind: 'text' | 'url' }): ParseResult<string[]> {
  const parts = raw
    .split(options.itemKind === 'url' ? /[\n;,\s]+/ : /[\n;,]+/)
    .map((p) => p.trim().replace(/^[-•*]\s*/, ''))
    .filter(Boolean);
  if (parts.length === 0) return refuse('La liste est vide : séparez les éléments par des virgules ou des retours à la ligne.', 'The list is empty: separate items with commas or new lines.');
  const items: string[] = [];
  for (const part of parts) {
    let item = part;
    if (options.itemKind === 'url') {
      const url = parseUrl(part);
      if (!url.ok) return url;
      item = url.value;
    } else if (part.length > options.itemMaxLength) {
      return refuse(
        `« ${part.slice(0, 40)}… » est trop long (maximum ${options.itemMaxLength} caractères par élément).`,
        `"${part.slice(0, 40)}…" is too long (at most ${options.itemMaxLength} characters per item).`,
      );
    }
    if (!items.some((i) => i.toLowerCase() === item.toLowerCase())) items.push(item);
  }
  if (items.length > options.maxItems) {
    return refuse(`Trop d'éléments (${items.length}, maximum ${options.maxItems}).`, `Too many items (${items.length}, at most ${options.maxItems}).`);
  }
  return ok(items);
}
