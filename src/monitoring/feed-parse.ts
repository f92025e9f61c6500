import { parseFeed } from 'feedsmith';

export interface ParsedItem {
  /** What identifies the item across polls: its guid/id, else its link, else its title and date. */
  key: string;
  title: string;
  link?: string;
  summary?: string;
  publishedAt?: Date;
}

export type ParseResult = { ok: true; format: string; items: ParsedItem[] } | { ok: false; message: string };

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value.trim() || undefined;
  return undefined;
};

const date = (value: unknown): Date | undefined => {
  const raw = text(value);
  if (!raw) return undefined;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
};

const stripTags = (html: string | undefined) => html?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

interface LooseItem {
  title?: unknown;
  link?: unknown;
  links?: Array<{ href?: string; rel?: string }>;
  guid?: unknown;
  id?: unknown;
  description?: unknown;
  summary?: unknown;
  content?: unknown;
  pubDate?: unknown;
  published?: unknown;
  updated?: unknown;
  dc?: { date?: unknown };
  rdf?: { about?: string };
}

/**
 * RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) through feedsmith, normalized to the few fields the
 * monitoring needs. Anything else (invalid XML, HTML, JSON) is a parse error for the feed.
 */
export function parseFeedBody(body: string): ParseResult {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.format === 'json') return { ok: false, message: 'JSON Feed is not an RSS, Atom or RDF feed' };
  const feed = parsed.feed as { items?: LooseItem[]; entries?: LooseItem[] };
  const raw = feed.items ?? feed.entries ?? [];
  const items: ParsedItem[] = [];
  for (const item of raw) {
    const link = text(item.link) ?? item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? item.links?.[0]?.href;
    const title = stripTags(text(item.title)) ?? '';
    const summary = stripTags(text(item.description) ?? text(item.summary) ?? text(item.content));
    const publishedAt = date(item.pubDate) ?? date(item.published) ?? date(item.updated) ?? date(item.dc?.date);
    const key = text(item.guid) ?? text(item.id) ?? item.rdf?.about ?? link ?? (title ? `${title}|${publishedAt?.toISOString() ?? ''}` : undefined);
    if (!key || (!title && !summary)) continue;
    items.push({ key, title: title || (summary ?? '').slice(0, 120), link, summary: summary?.slice(0, 1000), publishedAt });
  }
  return { ok: true, format: parsed.format, items };
}
