import type { Lang } from '../lib/i18n-core';
import { buildCoursePack, scenariosByTool, type CourseChapter } from '../lib/course-pack';
import { PUBLISHED_TOOLS, TOOL_IDS, type ToolId } from '../lib/tools';
import { guidesFor } from './guides';
import { href } from './links';
import { scenarioHref, scenariosOf } from './scenarios';

/** A chapter as the course pack page shows it: the pure record plus its links and summary. */
export interface CoursePackChapter extends CourseChapter {
  href: string;
  description: string;
  /** The worked scenario the exercise opens, when it names one on a published tool. */
  scenario?: { href: string; title: string } | undefined;
}

export interface CoursePackTool {
  tool: ToolId;
  /** Every worked scenario of the tool, with the chapters whose exercise opens it. */
  scenarios: { id: string; title: string; href: string; chapters: CoursePackChapter[] }[];
}

/** The course pack of one language, and the published tools with their worked scenarios. */
export async function coursePack(lang: Lang) {
  const chapters: CoursePackChapter[] = await Promise.all(
    (await guidesFor(lang)).map(async (g) => {
      const d = g.entry.data;
      const ex = d.teaching?.exercise;
      const scenario = ex?.tool && ex.scenario && PUBLISHED_TOOLS.has(ex.tool)
        ? {
            href: await scenarioHref(lang, ex.tool, ex.scenario),
            title: scenariosOf(lang, ex.tool).find((s) => s.id === ex.scenario)?.title ?? ex.scenario,
          }
        : undefined;
      return {
        key: d.key,
        chapter: d.chapter,
        part: d.part,
        title: d.title,
        tools: d.tools,
        teaching: d.teaching,
        href: href(lang, { kind: 'chapter', slug: g.slug }),
        description: d.description,
        scenario,
      };
    }),
  );
  const used = scenariosByTool(chapters);
  const tools: CoursePackTool[] = await Promise.all(
    TOOL_IDS.filter((tool) => PUBLISHED_TOOLS.has(tool)).map(async (tool) => ({
      tool,
      scenarios: await Promise.all(
        scenariosOf(lang, tool).map(async (s) => ({
          id: s.id,
          title: s.title,
          href: await scenarioHref(lang, tool, s.id),
          chapters: used.find((u) => u.tool === tool)?.scenarios.find((u) => u.scenario === s.id)?.chapters ?? [],
        })),
      ),
    })),
  );
  return { pack: buildCoursePack(chapters), tools };
}
