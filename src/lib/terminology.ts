/**
 * One word per idea: the glossary headword is the word. Each entry forbids a variant that crept into
 * the pages and names the word to use instead; the built-page test (tests/dist/) fails on any page
 * of that language that still uses one. Patterns match whole words, case-insensitively.
 */
import type { Lang } from './i18n-core';

export interface ForbiddenVariant {
  /** what must not appear (a regular-expression source, matched on whole words) */
  variant: string;
  /** the word the site uses instead */
  use: string;
}

export const FORBIDDEN_VARIANTS: Readonly<Record<Lang, readonly ForbiddenVariant[]>> = {
  fr: [
    { variant: 'délivr(?:ance|er|é|ée|és|ées|e|ent)', use: 'prestation, réalisation (réaliser, fournir)' },
    { variant: 'apprentissage (?:vers|à partir) du client', use: 'apprendre au client / apprendre du client' },
    { variant: 'facteurs? de préparation', use: 'facteurs de disposition (à participer)' },
    { variant: '(?:centrée?s? sur|orientée?s? vers) (?:le|la) (?:processus|contenu)', use: 'axé sur le processus / le contenu' },
    { variant: 'co-(?:conce\\p{L}*|conçu\\p{L}*|product\\p{L}*|produi\\p{L}*|cré\\p{L}*|propos\\p{L}*)|pré-conception|hyper-segment\\p{L}*', use: 'coconception, coproduction, cocréation, coproposition, préconception, hypersegmentation (en un mot, comme leurs verbes)' },
    { variant: 'sur-mesure', use: 'sur mesure' },
    { variant: 'thérapie de couple', use: 'conseil conjugal' },
    { variant: 'plates?-formes?', use: 'plateforme(s)' },
    { variant: 'auto-service', use: 'libre-service' },
    { variant: 'économie de collaboration', use: 'économie de la collaboration' },
    { variant: 'production entre pairs', use: 'production par les pairs' },
    { variant: 'valeur client sur la durée de vie', use: 'valeur vie client' },
  ],
  en: [
    { variant: 'accompaniment', use: 'support and guidance, training' },
    { variant: 'preconceptions?', use: 'pre-conception (the upstream moment of participation)' },
    { variant: 'knowledge of the customers?', use: 'knowledge from the customer (or about the customer, for CRM)' },
    { variant: 'environmental watch', use: 'market watch' },
    { variant: 'hypersegment\\p{L}*', use: 'hyper-segmentation (hyphenated, as the glossary has it)' },
    { variant: 'customiz\\p{L}*', use: 'customisation (British spelling, as the glossary has it)' },
    { variant: 'discourse', use: 'communication' },
    { variant: 'switch formulas?|price formulas?', use: 'change of plan, pricing plans' },
    { variant: 'co-?design(?:ing)? (?:moment|stage|phase)', use: 'co-conception (the moment of participation); co-design is the empowerment form' },
  ],
};

/** Every forbidden variant found in a text, with a little context. */
export function findForbiddenVariants(text: string, lang: Lang): { variant: string; use: string; excerpt: string }[] {
  const found: { variant: string; use: string; excerpt: string }[] = [];
  for (const v of FORBIDDEN_VARIANTS[lang]) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${v.variant})(?![\\p{L}\\p{N}-])`, 'giu');
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      found.push({ variant: m[0], use: v.use, excerpt: text.slice(Math.max(0, at - 30), at + m[0].length + 20).trim() });
    }
  }
  return found;
}
