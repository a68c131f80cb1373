import { useMemo } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import type { GroupMember } from '../../../lib/results/index';
import { mergeGroup, positionWithZone, zoneName, type SegmentPositioningData } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly members: readonly GroupMember<SegmentPositioningData>[];
}

/**
 * A workshop group on the projector: each segment with every placement the participants gave it
 * and the zones they fall in. Anonymous: the placements are sorted, never in the order people left them.
 */
export function PositioningGroupView({ lang, members }: Props) {
  const t = positioningText(lang);
  const result = useMemo(() => mergeGroup(members), [members]);
  return (
    <table className="sp-table sp-group">
      <caption>{t('group.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.segment')}</th>
          <th scope="col">{t('merge.count')}</th>
          <th scope="col">{t('group.positions')}</th>
          <th scope="col">{t('group.zones')}</th>
        </tr>
      </thead>
      <tbody>
        {result.segments.map((segment) => (
          <tr key={segment.id} data-segment-id={segment.id}>
            <th scope="row">{segment.name.trim() || t('list.unnamed')}</th>
            <td>{segment.placements.length}</td>
            <td>
              <ul className="sp-group__positions">
                {[...segment.positions]
                  .sort((a, b) => a.knowledge - b.knowledge || a.involvement - b.involvement)
                  .map((position, index) => (
                    <li key={index}>{positionWithZone(position, t)}</li>
                  ))}
              </ul>
            </td>
            <td>{segment.zones.map(({ zone, count }) => t('merge.zoneCount', { count, zone: zoneName(zone, t) })).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
