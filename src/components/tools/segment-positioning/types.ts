import type { Lang } from '../../../lib/i18n-core';
import type { SectionLinks, StrategyId, StrategyText, ToolContent } from '../../../lib/segment-positioning/index';

/** What the Astro body hands to the island: the language, the validated data files, the chapter links. */
export interface IslandProps {
  readonly lang: Lang;
  readonly content: ToolContent;
  readonly links: SectionLinks;
}

export function strategyText(content: ToolContent, id: StrategyId): StrategyText | undefined {
  return content.strategies.strategies.find((strategy) => strategy.id === id);
}
