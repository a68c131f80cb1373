import type { Lang } from '../i18n-core';
import { defineTool, type ToolDefinition } from '../results/tool-definition';
import { segmentCsvRows } from './csv';
import { emptySegmentPositioningData, segmentPositioningDataSchema, type SegmentPositioningData } from './schema';
import type { PositioningText } from './text';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: involvement is no longer estimated from the willingness to take part (question
 * "inv-participation"), which is what the tool recommends. That answer moves, unchanged, to the
 * segment's `retired` answers; the involvement of a segment placed by its questions becomes the
 * mean of the answers left (the new "after buying" question starts unanswered).
 */
export function migratePositioningV1toV2(data: unknown): unknown {
  if (!isObject(data) || !Array.isArray(data.segments)) return data;
  return {
    ...data,
    segments: data.segments.map((segment: unknown) => {
      if (!isObject(segment) || !isObject(segment.answers) || !('inv-participation' in segment.answers)) return segment;
      const { 'inv-participation': retired, ...answers } = segment.answers;
      return { ...segment, answers, retired: { 'inv-participation': retired } };
    }),
  };
}

const tools = new WeakMap<(lang: Lang) => PositioningText, ToolDefinition<SegmentPositioningData>>();

/**
 * The segment-positioning tool as the results layer knows it (one object per `text`, the
 * positioning dictionaries' accessor: the hooks need a stable object). Version 2 of the data
 * (version 1 migrates, see above).
 */
export function createPositioningTool(text: (lang: Lang) => PositioningText): ToolDefinition<SegmentPositioningData> {
  const cached = tools.get(text);
  if (cached) return cached;
  const tool = defineTool<SegmentPositioningData>({
    id: 'segment-positioning',
    schemaVersion: 2,
    dataSchema: segmentPositioningDataSchema,
    migrations: { 1: migratePositioningV1toV2 },
    emptyData: emptySegmentPositioningData,
    csvRows: (envelope, lang) => segmentCsvRows(envelope, text(lang)),
  });
  tools.set(text, tool);
  return tool;
}
