import { describe, expect, it } from 'vitest';
import { buildCoursePack, formatDuration, scenariosByTool, splitMinutes, toolsUsed, type CourseChapter, type Teaching } from '../../src/lib/course-pack';

const teaching = (minutes: number, ex: Partial<Teaching['exercise']> = {}, questions = 3): Teaching => ({
  minutes,
  discussion: Array.from({ length: questions }, (_, i) => `Question ${i + 1}`),
  exercise: { title: 'Exercise', minutes: 20, ...ex },
});
const ch = (chapter: number, part: number, extra: Partial<CourseChapter> = {}): CourseChapter => ({
  key: `k${chapter}`,
  chapter,
  part,
  title: `T${chapter}`,
  tools: [],
  ...extra,
});

describe('course pack', () => {
  it('orders chapters by number and groups them by part', () => {
    const pack = buildCoursePack([ch(4, 2), ch(12, 4), ch(1, 1), ch(3, 1), ch(2, 1)]);
    expect(pack.parts.map((p) => [p.part, p.entries.map((e) => e.chapter.chapter)])).toEqual([
      [1, [1, 2, 3]],
      [2, [4]],
      [4, [12]],
    ]);
  });

  it('adds up sessions and minutes, and splits the total into hours', () => {
    const pack = buildCoursePack([ch(1, 1, { teaching: teaching(90) }), ch(2, 1, { teaching: teaching(60) }), ch(3, 2, { teaching: teaching(75) })]);
    expect(pack.totals).toEqual({ sessions: 3, minutes: 225, hours: 3, restMinutes: 45, missing: [] });
  });

  it('summarises each session: length, exercise, number of discussion questions', () => {
    const pack = buildCoursePack([ch(1, 1, { teaching: teaching(90, { title: 'Map it', minutes: 35, tool: 'segment-positioning', scenario: 'energy' }, 4) })]);
    expect(pack.parts[0]!.entries[0]!.session).toEqual({
      minutes: 90,
      discussionCount: 4,
      exercise: { title: 'Map it', minutes: 35, tool: 'segment-positioning', scenario: 'energy' },
    });
  });

  it('keeps chapters without a session plan, outside the totals, and names them', () => {
    const pack = buildCoursePack([ch(2, 1), ch(1, 1, { teaching: teaching(60) }), ch(3, 2)]);
    expect(pack.parts.flatMap((p) => p.entries.map((e) => [e.chapter.key, e.session?.minutes]))).toEqual([
      ['k1', 60],
      ['k2', undefined],
      ['k3', undefined],
    ]);
    expect(pack.totals).toEqual({ sessions: 1, minutes: 60, hours: 1, restMinutes: 0, missing: ['k2', 'k3'] });
  });

  it('is empty but well formed with no chapter at all', () => {
    expect(buildCoursePack([])).toEqual({ parts: [], totals: { sessions: 0, minutes: 0, hours: 0, restMinutes: 0, missing: [] } });
  });

  it('lists the tools a session uses once each, in the site order', () => {
    expect(toolsUsed(['participation-planner', 'maturity-audit'])).toEqual(['maturity-audit', 'participation-planner']);
    expect(toolsUsed(['maturity-audit'], 'maturity-audit')).toEqual(['maturity-audit']);
    expect(toolsUsed([], 'segment-positioning')).toEqual(['segment-positioning']);
    const pack = buildCoursePack([ch(1, 1, { tools: ['participation-planner'], teaching: teaching(60, { tool: 'segment-positioning' }) })]);
    expect(pack.parts[0]!.entries[0]!.tools).toEqual(['segment-positioning', 'participation-planner']);
  });

  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(0)).toEqual({ hours: 0, restMinutes: 0 });
    expect(splitMinutes(59)).toEqual({ hours: 0, restMinutes: 59 });
    expect(splitMinutes(1170)).toEqual({ hours: 19, restMinutes: 30 });
  });
});

describe('durations', () => {
  it('formats hours and two-digit minutes, hours alone when round', () => {
    const fr = { hours: '{h} h', hoursMinutes: '{h} h {m}' };
    expect(formatDuration(1170, fr)).toBe('19 h 30');
    expect(formatDuration(125, fr)).toBe('2 h 05');
    expect(formatDuration(120, fr)).toBe('2 h');
    expect(formatDuration(45, { hours: '{h} h', hoursMinutes: '{h} h {m} min' })).toBe('0 h 45 min');
  });
});

describe('worked scenarios by tool', () => {
  it('groups the exercises’ scenarios under their tool, in tool then chapter order, each scenario once with all its chapters', () => {
    const list = scenariosByTool([
      ch(5, 2, { teaching: teaching(60, { tool: 'participation-planner', scenario: 'repair-cafe', title: 'Plan' }) }),
      ch(3, 1, { teaching: teaching(60, { tool: 'segment-positioning', scenario: 'energy', title: 'Place' }) }),
      ch(2, 1, { teaching: teaching(60, { tool: 'participation-planner', scenario: 'bakery', title: 'Early' }) }),
      ch(7, 2, { teaching: teaching(60, { tool: 'participation-planner', scenario: 'bakery', title: 'Again' }) }),
      ch(8, 3, { teaching: teaching(60, { tool: 'maturity-audit' }) }),
      ch(9, 3),
    ]);
    expect(list.map((t) => [t.tool, t.scenarios.map((s) => [s.scenario, s.chapter.chapter, s.exerciseTitle, s.chapters.map((c) => c.chapter)])])).toEqual([
      ['segment-positioning', [['energy', 3, 'Place', [3]]]],
      ['participation-planner', [['bakery', 2, 'Early', [2, 7]], ['repair-cafe', 5, 'Plan', [5]]]],
    ]);
  });
});
