import { defineTool, type ToolDefinition } from '../results/tool-definition';
import { segmentCsvRows } from './csv';
import { emptySegmentPositioningData, segmentPositioningDataSchema, type SegmentPositioningData } from './schema';

/**
 * The segment-positioning tool as the results layer knows it (a module constant: the hooks need
 * a stable object). Version 1 of the data.
 */
export const segmentPositioningTool: ToolDefinition<SegmentPositioningData> = defineTool<SegmentPositioningData>({
  id: 'segment-positioning',
  schemaVersion: 1,
  dataSchema: segmentPositioningDataSchema,
  migrations: {},
  emptyData: emptySegmentPositioningData,
  csvRows: segmentCsvRows,
});
