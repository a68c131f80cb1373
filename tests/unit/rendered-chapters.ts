/**
 * The chapters as Astro renders them, for tests: each MDX file is compiled by Sätteri with the
 * site's heading plugins (astro.config.mjs) and Astro's own heading collector, so the headings and
 * ids are those of the built pages (duplicates numbered, code skipped, inline markup flattened).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingIdsPlugin } from '../../src/lib/markdown/heading-ids';
import { tableWrapPlugin } from '../../src/lib/markdown/table-wrap';
import type { Lang } from '../../src/lib/i18n-core';
import type { RenderedChapter } from '../../src/lib/section-links';
import type { SectionHeading } from '../../src/lib/section-pairs';

const GUIDES = join(__dirname, '../../src/content/guides');

interface Chapter {
  readonly file: string;
  readonly key: string;
  readonly number: number;
  readonly title: string;
  readonly headings: readonly SectionHeading[];
}

const field = (frontmatter: string, name: string): string =>
  (new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(frontmatter)?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1');

/** The headings Astro collects for one MDX source (frontmatter included or not). */
export async function renderHeadings(source: string): Promise<SectionHeading[]> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const astro = { frontmatter: {}, headings: [] as SectionHeading[], localImagePaths: new Set(), remoteImagePaths: new Set() };
  await mdxToJs(body, {
    hastPlugins: [headingIdsPlugin, tableWrapPlugin, satteriHeadingIdsPlugin()],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    features: { gfm: true, smartPunctuation: true },
    data: { astro },
  } as Parameters<typeof mdxToJs>[1]);
  return astro.headings;
}

async function load(lang: Lang): Promise<Chapter[]> {
  const files = readdirSync(join(GUIDES, lang)).filter((file) => file.endsWith('.mdx'));
  return Promise.all(
    files.map(async (file) => {
      const source = readFileSync(join(GUIDES, lang, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      return { file, key: field(frontmatter, 'key'), number: Number(field(frontmatter, 'chapter')), title: field(frontmatter, 'title'), headings: await renderHeadings(source) };
    }),
  );
}

/** Every chapter of `lang`, shaped as the build feeds the section resolver (href: "/<lang>/<file>/"). */
export async function renderedChapters(lang: Lang): Promise<RenderedChapter[]> {
  const [own, english] = await Promise.all([load(lang), load('en')]);
  return own.map((chapter) => ({
    key: chapter.key,
    number: chapter.number,
    title: chapter.title,
    href: `/${lang}/${chapter.file.replace(/\.mdx$/, '')}/`,
    headings: chapter.headings,
    keyHeadings: english.find((twin) => twin.key === chapter.key)?.headings ?? [],
  }));
}
