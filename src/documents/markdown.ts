// Builders for the markdown subset adapters render (src/core/replies.ts): up to three heading
// levels, bullets, bold, tables. Answers are free text, so they are flattened to stay inside it.
import { fold } from '../core/i18n/format.js';

/**
 * Free text on one line: a line break inside a bullet or a cell would end it. No-break spaces
 * stay: they are French typography (« 10 h », « 4 250 »), not layout.
 */
export function inline(text: string): string {
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

/** Deeper levels than the subset offers become bold lines. */
export function heading(level: number, text: string): string {
  return level <= 3 ? `${'#'.repeat(Math.max(1, level))} ${text}` : `**${text}**`;
}

export function bullets(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Paragraphs separated by one blank line; empty parts dropped. */
export function blocks(parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').join('\n\n');
}

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "guide-utilisation-musee-de-la-cote.md" */
export function filename(base: string, organization?: string): string {
  const org = organization ? slug(organization) : '';
  return `${org ? `${base}-${org}` : base}.md`;
}

export function titled(title: string, organization?: string): string {
  return organization?.trim() ? `${title} — ${organization.trim()}` : title;
}
