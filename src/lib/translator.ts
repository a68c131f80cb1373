import { format, type FormatParams } from './format';
import type { Lang } from './i18n-core';

/** A dictionary of one language: a string per key, `{name}` marking a placeholder. */
export type Dict<K extends string = string> = { readonly [P in K]: string };

/** The keys of a plural's two forms (French reads 0 and 1 as singular, English only 1). */
export interface PluralForms<K extends string> {
  readonly one: K;
  readonly other: K;
}

/**
 * The words of one language. Domain code in src/lib receives one (typed with the keys it needs)
 * instead of importing the dictionaries, so it depends on no language and a page ships its own.
 */
export interface Translator<K extends string> {
  (key: K, params?: FormatParams): string;
  readonly lang: Lang;
  /** The words for a key made from data, or undefined when the dictionary has none. */
  optional(key: string, params?: FormatParams): string | undefined;
  /** The `one` or the `other` form, as the language's plural rules choose for n; `{n}` is n. */
  plural(n: number, forms: PluralForms<K>, params?: FormatParams): string;
}

const RULES = new Map<Lang, Intl.PluralRules>();

/** The plural category of n: French reads 0 and 1 as singular, English only 1. */
export function plural(lang: Lang, n: number): 'one' | 'other' {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/** The one way to read a dictionary: placeholders filled by `format`, plurals by `plural`. */
export function createTranslator<K extends string>(lang: Lang, dict: Dict<K>): Translator<K> {
  const words: Readonly<Record<string, string>> = dict;
  const optional = (key: string, params?: FormatParams): string | undefined =>
    Object.hasOwn(words, key) ? format(words[key] as string, params) : undefined;
  const translate = (key: K, params?: FormatParams): string => format(dict[key], params);
  return Object.assign(translate, {
    lang,
    optional,
    plural: (n: number, forms: PluralForms<K>, params?: FormatParams): string => format(dict[forms[plural(lang, n)]], { n, ...params }),
  });
}
