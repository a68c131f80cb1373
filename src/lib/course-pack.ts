import { format } from './format';
import { TOOL_IDS, type ToolId } from './tools';

/** The `teaching` block of a chapter's frontmatter, as the course pack reads it. */
export interface Teaching {
  minutes: number;
  discussion: readonly string[];
  exercise: {
    title: string;
    minutes: number;
    tool?: ToolId | undefined;
    scenario?: string | undefined;
  };
}

/** One chapter as the course pack needs it (language already chosen). */
export interface CourseChapter {
  key: string;
  chapter: number;
  part: number;
  title: string;
  /** Tools the chapter itself names in its frontmatter. */
  tools: readonly ToolId[];
  teaching?: Teaching | undefined;
}

export interface CourseSession {
  minutes: number;
  discussionCount: number;
  exercise: Teaching['exercise'];
}

export interface CourseEntry<C extends CourseChapter> {
  chapter: C;
  /** The chapter's tools and its exercise's tool, once each, in the site's tool order. */
  tools: ToolId[];
  /** Absent while the chapter has no `teaching` block yet. */
  session?: CourseSession;
}

export interface CoursePart<C extends CourseChapter> {
  part: number;
  entries: CourseEntry<C>[];
}

export interface CourseTotals {
  /** Chapters with a session plan. */
  sessions: number;
  /** Sum of the session lengths, in minutes. */
  minutes: number;
  /** The same, split for display: 1,170 min → 19 h 30. */
  hours: number;
  restMinutes: number;
  /** Keys of the chapters that have no session plan yet, in chapter order. */
  missing: string[];
}

export interface CoursePack<C extends CourseChapter> {
  parts: CoursePart<C>[];
  totals: CourseTotals;
}

/** A chapter's tools plus its exercise tool, without duplicates, in TOOL_IDS order. */
export function toolsUsed(tools: readonly ToolId[], exerciseTool?: ToolId): ToolId[] {
  const used = new Set<ToolId>(tools);
  if (exerciseTool) used.add(exerciseTool);
  return TOOL_IDS.filter((id) => used.has(id));
}

/** Splits a number of minutes into whole hours and the minutes left over. */
export function splitMinutes(total: number): { hours: number; restMinutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), restMinutes: whole % 60 };
}

/**
 * A length in hours and minutes from the language's two templates ("{h} h" and "{h} h {m}"),
 * minutes on two digits: 1,170 → "19 h 30", 125 → "2 h 05", 120 → "2 h".
 */
export function formatDuration(total: number, templates: { hours: string; hoursMinutes: string }): string {
  const { hours, restMinutes } = splitMinutes(total);
  if (!restMinutes) return format(templates.hours, { h: hours });
  return format(templates.hoursMinutes, { h: hours, m: String(restMinutes).padStart(2, '0') });
}

/**
 * The course in teaching order: chapters sorted by number and grouped by part (parts ascending),
 * each with its session summary, and the totals over the chapters that have a session plan.
 */
export function buildCoursePack<C extends CourseChapter>(chapters: readonly C[]): CoursePack<C> {
  const ordered = [...chapters].sort((a, b) => a.chapter - b.chapter);
  const byPart = new Map<number, CourseEntry<C>[]>();
  let minutes = 0;
  let sessions = 0;
  const missing: string[] = [];
  for (const c of ordered) {
    const t = c.teaching;
    const entry: CourseEntry<C> = { chapter: c, tools: toolsUsed(c.tools, t?.exercise.tool) };
    if (t) {
      entry.session = { minutes: t.minutes, discussionCount: t.discussion.length, exercise: t.exercise };
      minutes += t.minutes;
      sessions += 1;
    } else {
      missing.push(c.key);
    }
    const list = byPart.get(c.part) ?? [];
    list.push(entry);
    byPart.set(c.part, list);
  }
  const parts = [...byPart.entries()].sort(([a], [b]) => a - b).map(([part, entries]) => ({ part, entries }));
  return { parts, totals: { sessions, minutes, ...splitMinutes(minutes), missing } };
}

export interface WorkedScenario<C extends CourseChapter> {
  scenario: string;
  /** The first chapter whose exercise opens the scenario, and that exercise's title. */
  chapter: C;
  exerciseTitle: string;
  /** Every chapter whose exercise opens it, in chapter order (the first one included). */
  chapters: C[];
}

/**
 * For each tool (site order), the worked scenarios the chapters' exercises open, in order of first
 * use; a scenario several chapters use is listed once, with all of them. Tools without a scenario
 * are left out.
 */
export function scenariosByTool<C extends CourseChapter>(chapters: readonly C[]): { tool: ToolId; scenarios: WorkedScenario<C>[] }[] {
  const ordered = [...chapters].sort((a, b) => a.chapter - b.chapter);
  return TOOL_IDS.map((tool) => {
    const byId = new Map<string, WorkedScenario<C>>();
    for (const c of ordered) {
      const ex = c.teaching?.exercise;
      if (!ex || ex.tool !== tool || !ex.scenario) continue;
      const known = byId.get(ex.scenario);
      if (known) known.chapters.push(c);
      else byId.set(ex.scenario, { scenario: ex.scenario, chapter: c, exerciseTitle: ex.title, chapters: [c] });
    }
    return { tool, scenarios: [...byId.values()] };
  }).filter((t) => t.scenarios.length > 0);
}
