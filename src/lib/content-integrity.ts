import { LANGS, type Lang } from './i18n-core';

/** The fields of a chapter that the integrity checks need, independent of Astro. */
export interface GuideRecord {
  lang: Lang;
  slug: string;
  file: string;
  key: string;
  chapter: number;
  part: number;
  sources: readonly string[];
  /** Keys used by <Cite k="…"/> in the body. */
  citedInBody: readonly string[];
  /** Keys used by <Term k="…"/> in the body. */
  termsInBody: readonly string[];
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

/** Splits a collection id such as "fr/what-is-knowledge-marketing" into language and slug. */
export function splitGuideId(id: string): { lang: Lang; slug: string } | undefined {
  const [lang, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!slug || (lang !== 'fr' && lang !== 'en')) return undefined;
  return { lang, slug };
}

/** Finds every `<Tag k="value"` in an MDX body. */
export function componentKeys(body: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\bk=["']([^"']+)["']`, 'g');
  return [...body.matchAll(re)].map((m) => m[1] as string);
}

/**
 * Checks what zod cannot see on a single file: every chapter has its twin in the other
 * language with the same chapter number and part; keys and chapter numbers are unique per
 * language; cited sources and glossary terms exist; every <Cite> is listed in `sources`.
 */
export function checkGuides(
  guides: readonly GuideRecord[],
  sourceKeys: ReadonlySet<string>,
  termKeys: ReadonlySet<string>,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const byLangKey = new Map<string, GuideRecord>();
  const byLangChapter = new Map<string, GuideRecord>();

  for (const g of guides) {
    const k = `${g.lang}:${g.key}`;
    const dup = byLangKey.get(k);
    if (dup) problems.push({ file: g.file, field: 'key', message: `key "${g.key}" is already used by ${dup.file}` });
    else byLangKey.set(k, g);

    const c = `${g.lang}:${g.chapter}`;
    const dupC = byLangChapter.get(c);
    if (dupC) problems.push({ file: g.file, field: 'chapter', message: `chapter ${g.chapter} is already used by ${dupC.file}` });
    else byLangChapter.set(c, g);

    g.sources.forEach((s, i) => {
      if (!sourceKeys.has(s)) problems.push({ file: g.file, field: `sources[${i}]`, message: `unknown source key "${s}" (not in src/content/sources/sources.json)` });
    });
    for (const cited of g.citedInBody) {
      if (!g.sources.includes(cited)) problems.push({ file: g.file, field: 'sources', message: `<Cite k="${cited}"> is used in the text but "${cited}" is not listed in the frontmatter field sources` });
    }
    for (const term of g.termsInBody) {
      if (!termKeys.has(term)) problems.push({ file: g.file, field: 'body', message: `<Term k="${term}"> names no glossary entry (src/content/glossary/glossary.json)` });
    }
  }

  for (const g of guides) {
    for (const other of LANGS) {
      if (other === g.lang) continue;
      const twin = byLangKey.get(`${other}:${g.key}`);
      if (!twin) {
        problems.push({ file: g.file, field: 'key', message: `no ${other.toUpperCase()} twin with key "${g.key}": add src/content/guides/${other}/<slug>.mdx with the same key` });
        continue;
      }
      if (twin.chapter !== g.chapter) problems.push({ file: g.file, field: 'chapter', message: `chapter ${g.chapter} differs from its twin ${twin.file} (chapter ${twin.chapter})` });
      if (twin.part !== g.part) problems.push({ file: g.file, field: 'part', message: `part ${g.part} differs from its twin ${twin.file} (part ${twin.part})` });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly IntegrityProblem[]): string {
  return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}
