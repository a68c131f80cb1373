import type { Lang } from '../../../lib/i18n-core';
import { createTranslator, type Translator } from '../../../lib/translator';
import { segmentPositioningEn } from './en';
import { segmentPositioningFr, type SegmentPositioningDict, type SegmentPositioningKey } from './fr';

export type { SegmentPositioningDict, SegmentPositioningKey };
export { segmentPositioningFr, segmentPositioningEn };

const DICTS: Readonly<Record<Lang, SegmentPositioningDict>> = { fr: segmentPositioningFr, en: segmentPositioningEn };
const TEXT: Readonly<Record<Lang, Translator<SegmentPositioningKey>>> = { fr: createTranslator('fr', DICTS.fr), en: createTranslator('en', DICTS.en) };

/** The segment-positioning tool's words in one language. */
export function positioningText(lang: Lang): Translator<SegmentPositioningKey> {
  return TEXT[lang];
}
