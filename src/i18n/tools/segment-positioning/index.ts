import type { Lang } from '../../../lib/i18n-core';
import { format, type FormatParams } from '../../../lib/format';
import { segmentPositioningEn } from './en';
import { segmentPositioningFr, type SegmentPositioningDict, type SegmentPositioningKey } from './fr';

export type { SegmentPositioningDict, SegmentPositioningKey };
export { segmentPositioningFr, segmentPositioningEn };

const DICTS: Readonly<Record<Lang, SegmentPositioningDict>> = { fr: segmentPositioningFr, en: segmentPositioningEn };

export function segmentPositioningDict(lang: Lang): SegmentPositioningDict {
  return DICTS[lang];
}

/** A string of the segment-positioning tool, with its placeholders filled. */
export function spT(lang: Lang, key: SegmentPositioningKey, params?: FormatParams): string {
  return format(DICTS[lang][key], params);
}
