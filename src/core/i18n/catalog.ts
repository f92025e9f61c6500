import { IntlMessageFormat } from 'intl-messageformat';
import { frenchSpacing, intlLocale } from './format.js';
import { LOCALES, type Bilingual, type Locale } from './locale.js';

/*
 * The one way Boussole writes its own words: each feature keeps a catalog (`messages.ts` beside
 * its code) made with `defineCatalog(fr, en)`, and reads it with `catalog.t(locale, key, params)`.
 *
 * The compiler checks the two languages against each other: an English key missing or extra, or a
 * `{parameter}` present in one language and not the other, is a type error at the catalog; a call
 * that forgets a parameter, or passes one the message does not have, is a type error at the call.
 *
 * Messages are ICU MessageFormat (`{count, plural, one {# élément} other {# éléments}}`,
 * `{kind, select, …}`, `{n, number}`); a plain `{name}` is an ICU argument too, so the simple style
 * stays valid. French messages get French typography (`frenchSpacing`) after formatting, so a
 * catalog may be written with ordinary spaces and the reader still sees U+202F before « ? ».
 * Angle brackets are text (`<plateforme>`), never ICU tags.
 */

export type Template = string;
export type Messages = Readonly<Record<string, Template>>;

/**
 * The parameter names of a template, as a union: `'{n} of {total}'` → `'n' | 'total'`. An ICU
 * argument (`{count, plural, one {…} other {…}}`) counts by its name before the comma, and an
 * argument nested in an option (`one {# personne sur {of}}`) counts too; the options' own texts
 * (`{# item}`, `{autre chose}`: with a space or `#`) are not parameters. One limit: a select
 * option of one bare word (`{colère}`) would read as a parameter, so write it with two words.
 */
export type Params<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? ParamName<P> | Params<Rest>
  : never;
type ParamName<P extends string> = P extends `${infer Name},${infer Tail}`
  ? ValidName<Name> | (BraceCount<Tail> extends 0 | 1 ? never : NestedName<AfterLastBrace<Tail>>)
  : P extends `${string}{${string}`
    ? NestedName<AfterLastBrace<P>>
    : ValidName<P>;
/** An argument inside an option: `{of}` or `{of, number}`. */
type NestedName<A extends string> = A extends `${infer Name},${string}` ? ValidName<Name> : ValidName<A>;
type ValidName<N extends string> = N extends `${string} ${string}` | `${string}#${string}` | `${string}{${string}` | '' ? never : N;
type AfterLastBrace<S extends string> = S extends `${string}{${infer R}` ? AfterLastBrace<R> : S;
type BraceCount<S extends string, N extends unknown[] = []> = S extends `${string}{${infer R}` ? BraceCount<R, [...N, unknown]> : N['length'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** English for a French catalog: the same keys, each with the same parameters as its French. */
export type EnglishOf<F extends Messages, E extends Messages> = {
  readonly [K in keyof F]: K extends keyof E
    ? Same<Params<F[K] & string>, Params<E[K] & string>> extends true
      ? Same<NumericParams<F[K] & string>, NumericParams<E[K] & string>> extends true
        ? E[K]
        : `numbers differ from the French: {${NumericParams<F[K] & string>}} are numbers there`
      : `parameters differ from the French: {${Params<F[K] & string>}}`
    : string;
} & { readonly [K in Exclude<keyof E, keyof F>]: `no such French key` };

/**
 * The parameters of a template that ICU formats as numbers (`{n, number}`, `{n, plural, …}`):
 * only these take a number, so a figure can never reach the reader unformatted (« 4250 » where
 * French writes « 4 250 »).
 */
export type NumericParams<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? NumericName<P> | NumericParams<Rest>
  : never;
type NumericName<P extends string> =
  | (P extends `${infer Name},${infer Tail}` ? (Tail extends NumericStyle ? ValidName<Name> : never) : never)
  | (P extends `${string}{${string}` ? NumericName<AfterLastBrace<P>> : never);
type NumericStyle = `${' ' | ''}${'number' | 'plural' | 'selectordinal'}${string}`;

export type Values = Record<string, string | number>;
/** A template's parameters: a number for each numeric one, text for the others. */
export type ParamValues<T extends string> = Record<Exclude<Params<T>, NumericParams<T>>, string> & Record<NumericParams<T>, number>;
export type ParamArgs<T extends string> = [Params<T>] extends [never] ? [] : [params: ParamValues<T>];

/** The keys of a catalog whose messages take no parameter, for a local `t(key)` shorthand. */
export type PlainKey<C> = C extends Catalog<infer F> ? { [K in keyof F & string]: [Params<F[K]>] extends [never] ? K : never }[keyof F & string] : never;

export interface Catalog<F extends Messages> {
  readonly fr: F;
  readonly en: Readonly<Record<keyof F, Template>>;
  /** The message `key` in `locale`, its parameters filled in. */
  t<K extends keyof F & string>(locale: Locale, key: K, ...params: ParamArgs<F[K]>): string;
  /** The message in both languages, for values that are shown later in a language not known yet. */
  both<K extends keyof F & string>(key: K, ...params: ParamArgs<F[K]>): Bilingual;
}

/** Compiled messages, per locale and template: a message is parsed once per process. */
const compiled = new Map<string, IntlMessageFormat>();

function compile(template: Template, locale: Locale): IntlMessageFormat {
  const key = `${locale}\u0000${template}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template, intlLocale(locale), undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

/** Formats one template in a locale (ICU), then gives French its typography. */
export function render(template: Template, locale: Locale, params?: Values): string {
  const text = String(compile(template, locale).format(params));
  return locale === 'fr' ? frenchSpacing(text) : text;
}

export function defineCatalog<const F extends Messages, const E extends Messages>(fr: F, en: E & EnglishOf<F, E>): Catalog<F> {
  const texts: Record<Locale, Messages> = { fr, en };
  const t = (locale: Locale, key: string, params?: Values) => render(texts[locale][key]!, locale, params);
  return {
    fr,
    en: en as unknown as Record<keyof F, Template>,
    t: (locale: Locale, key: string, ...params: Values[]) => t(locale, key, params[0]),
    both: (key: string, ...params: Values[]) => ({ fr: t('fr', key, params[0]), en: t('en', key, params[0]) }),
  } as Catalog<F>;
}

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

/** The argument names of an ICU template (nested plural and select texts included), sorted. */
export function argumentNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 0 is literal text and 7 the plural's `#`: neither names an argument.
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      walk(node.children ?? []);
    }
  };
  walk(compile(template, 'en').getAst() as unknown as AstNode[]);
  return [...names].sort();
}

export type ArgumentKind = { type: 'text' } | { type: 'number' } | { type: 'date' } | { type: 'select'; cases: string[] };

/** Each argument of an ICU template with the kind of value it takes (plural and number: a number). */
export function argumentKinds(template: string): Record<string, ArgumentKind> {
  const kinds: Record<string, ArgumentKind> = {};
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (typeof node.value === 'string' && node.type !== 0 && node.type !== 7) {
        const name = node.value;
        // 2 number, 3 date, 4 time, 5 select, 6 plural; 1 a plain argument.
        if (node.type === 2 || node.type === 6) kinds[name] = { type: 'number' };
        else if (node.type === 3 || node.type === 4) kinds[name] = { type: 'date' };
        else if (node.type === 5) kinds[name] = { type: 'select', cases: Object.keys(node.options ?? {}) };
        else kinds[name] ??= { type: 'text' };
      }
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      walk(node.children ?? []);
    }
  };
  walk(compile(template, 'en').getAst() as unknown as AstNode[]);
  return kinds;
}

const paramsOf = (template: string) => argumentNames(template);

function parseProblem(template: string): string | undefined {
  try {
    compile(template, 'en');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * What differs between a catalog's languages, as sentences (empty when none): the check the
 * compiler makes, repeated at run time for catalogs built from casts or data.
 */
export function catalogProblems(catalog: { fr: Messages; en: Messages }): string[] {
  const problems: string[] = [];
  const [first, second] = LOCALES;
  for (const [a, b] of [[first, second], [second, first]] as const) {
    for (const key of Object.keys(catalog[a])) {
      if (!(key in catalog[b])) problems.push(`${key}: missing in ${b}`);
    }
  }
  for (const key of Object.keys(catalog.fr)) {
    const fr = catalog.fr[key];
    const en = catalog.en[key];
    if (en === undefined || fr === undefined) continue;
    if (fr.trim() === '' || en.trim() === '') problems.push(`${key}: empty`);
    const unreadable = [fr, en].map(parseProblem).find(Boolean);
    if (unreadable) {
      problems.push(`${key}: not a valid ICU message (${unreadable})`);
      continue;
    }
    if (paramsOf(fr).join() !== paramsOf(en).join()) problems.push(`${key}: parameters {${paramsOf(fr).join(', ')}} in fr, {${paramsOf(en).join(', ')}} in en`);
  }
  return problems;
}
