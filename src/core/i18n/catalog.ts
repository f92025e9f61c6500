import { fill, LOCALES, type Bilingual, type Locale } from './locale.js';

/*
 * The one way Boussole writes its own words: each feature keeps a catalog (`messages.ts` beside
 * its code) made with `defineCatalog(fr, en)`, and reads it with `catalog.t(locale, key, params)`.
 *
 * The compiler checks the two languages against each other: an English key missing or extra, or a
 * `{parameter}` present in one language and not the other, is a type error at the catalog; a call
 * that forgets a parameter, or passes one the message does not have, is a type error at the call.
 * Every message goes through `render` below, so switching the values to ICU MessageFormat (issue
 * 11) changes this file and the catalogs' strings, not the callers.
 */

export type Template = string;
export type Messages = Readonly<Record<string, Template>>;

/**
 * The parameter names of a template, as a union: `'{n} of {total}'` → `'n' | 'total'`. An ICU
 * argument (`{count, plural, one {…} other {…}}`) counts by its name before the comma; the nested
 * plural texts (`{# item}`, with a space or `#`) are not parameters.
 */
export type Params<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? ParamName<P> | Params<Rest>
  : never;
type ParamName<P extends string> = P extends `${infer Name},${string}` ? ParamName<Name> : P extends `${string} ${string}` | `${string}#${string}` | '' ? never : P;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** English for a French catalog: the same keys, each with the same parameters as its French. */
export type EnglishOf<F extends Messages, E extends Messages> = {
  readonly [K in keyof F]: K extends keyof E
    ? Same<Params<F[K] & string>, Params<E[K] & string>> extends true
      ? E[K]
      : `parameters differ from the French: {${Params<F[K] & string>}}`
    : string;
} & { readonly [K in Exclude<keyof E, keyof F>]: `no such French key` };

export type Values = Record<string, string | number>;
export type ParamArgs<T extends string> = [Params<T>] extends [never] ? [] : [params: Record<Params<T>, string | number>];

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

/** Renders one template: today `{name}` substitution; issue 11's ICU formatter (which needs the locale) goes here. */
function render(template: Template, _locale: Locale, params: Values | undefined): string {
  return fill(template, params);
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

const paramsOf = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!))].sort();

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
    if (paramsOf(fr).join() !== paramsOf(en).join()) problems.push(`${key}: parameters {${paramsOf(fr).join(', ')}} in fr, {${paramsOf(en).join(', ')}} in en`);
  }
  return problems;
}
