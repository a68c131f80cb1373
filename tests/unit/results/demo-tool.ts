import { resultsText } from '../../../src/i18n/results/index';
import { createDemoTool } from '../../../src/lib/results/demo-tool';

/** The demo tool with the site's results dictionaries (CSV in the language asked for). */
export const demoTool = createDemoTool(resultsText);
