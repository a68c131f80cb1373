import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { formatScore, zoneName, type MergeResult } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly result: MergeResult;
}

/** The team average as a table: mean, min–max and standard deviation of each axis, per segment. */
export function MergeTable({ lang, result }: Props) {
  const t = positioningText(lang);
  const f = (value: number): string => formatScore(value, lang);
  return (
    <div className="sp-table-wrap" role="region" aria-label={t('merge.tableCaption')} tabIndex={0}>
      <table className="sp-table">
        <caption>{t('merge.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.segment')}</th>
            <th scope="col">{t('merge.count')}</th>
            <th scope="col">{t('merge.knowledge')}</th>
            <th scope="col">{t('merge.involvement')}</th>
            <th scope="col">{t('merge.sd')}</th>
            <th scope="col">{t('table.zone')}</th>
          </tr>
        </thead>
        <tbody>
          {result.segments.map((segment) => (
            <tr key={segment.id} data-segment-id={segment.id}>
              <th scope="row">{segment.name.trim() || t('list.unnamed')}</th>
              <td>{segment.placements.length}</td>
              <td>{t('merge.stat', { mean: f(segment.knowledge.mean), min: f(segment.knowledge.min), max: f(segment.knowledge.max) })}</td>
              <td>{t('merge.stat', { mean: f(segment.involvement.mean), min: f(segment.involvement.min), max: f(segment.involvement.max) })}</td>
              <td>{t('merge.sdValue', { knowledge: f(segment.knowledge.sd), involvement: f(segment.involvement.sd) })}</td>
              <td>
                {zoneName(segment.zone, t)}
                {segment.zones.length > 1 ? (
                  <span className="sp-disagree">
                    {' '}
                    {t('merge.zonesDisagree', {
                      zones: segment.zones.map(({ zone, count }) => t('merge.zoneCount', { count, zone: zoneName(zone, t) })).join(', '),
                    })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="res-hint">{t('merge.sdPlain')}</p>
    </div>
  );
}
