import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { createPositioningTool } from '../../../lib/segment-positioning/index';

/** The tool as the results layer knows it, with the site's positioning dictionaries. */
export const segmentPositioningTool = createPositioningTool(positioningText);
