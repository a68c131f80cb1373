import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  formatScore,
  formatSize,
  positionOf,
  segmentName,
  strategyFor,
  zoneName,
  zoneOf,
  type SegmentPositioningData,
  type ToolContent,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { strategyText } from './types';

interface Props {
  readonly lang: Lang;
  readonly data: SegmentPositioningData;
  readonly content: ToolContent;
}

/** The chart's data as a table: one row per segment with its position, zone, strategy and target. */
export function PlacementTable({ lang, data, content }: Props) {
  const t = positioningText(lang);
  const f = (value: number): string => formatScore(value, lang);
  return (
    <div className="sp-table-wrap" role="region" aria-label={t('table.caption')} tabIndex={0}>
      <table className="sp-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.segment')}</th>
            <th scope="col">{t('table.size')}</th>
            <th scope="col">{t('table.knowledge')}</th>
            <th scope="col">{t('table.involvement')}</th>
            <th scope="col">{t('table.zone')}</th>
            <th scope="col">{t('table.strategy')}</th>
            <th scope="col">{t('table.target')}</th>
          </tr>
        </thead>
        <tbody>
          {data.segments.map((segment) => {
            const position = positionOf(segment);
            const zone = position ? zoneOf(position) : null;
            const strategy = zone ? strategyText(content, strategyFor(zone).id) : undefined;
            return (
              <tr key={segment.id} data-segment-id={segment.id}>
                <th scope="row">{segmentName(segment, t)}</th>
                <td>{segment.size === null ? t('table.none') : formatSize(segment.size, data.sizeUnit, t)}</td>
                <td>{position ? f(position.knowledge) : t('table.notPlaced')}</td>
                <td>{position ? f(position.involvement) : t('table.notPlaced')}</td>
                <td>{zone ? zoneName(zone, t) : t('table.none')}</td>
                <td>{strategy?.title ?? t('table.none')}</td>
                <td>
                  {segment.target
                    ? t('table.targetValue', {
                        knowledge: f(segment.target.knowledge),
                        involvement: f(segment.target.involvement),
                        zone: zoneName(zoneOf(segment.target), t),
                      })
                    : t('table.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
