import type { Preset } from './content-schemas';
import type { SegmentPositioningData } from './schema';

/** A preset as the data of a new result: positions typed in, no answers. */
export function presetToData(preset: Preset): SegmentPositioningData {
  return {
    sizeUnit: preset.sizeUnit,
    segments: preset.segments.map((segment) => ({
      id: segment.id,
      name: segment.name,
      description: segment.description,
      size: segment.size,
      mode: 'direct',
      direct: { knowledge: segment.knowledge, involvement: segment.involvement },
      answers: {},
      target: segment.target,
    })),
  };
}
