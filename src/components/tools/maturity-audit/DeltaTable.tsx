import type { Comparison } from '../../../lib/maturity-audit/index';
import { signed } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

/** Before, after and change per dimension, then overall. */
export function DeltaTable({ comparison, before, after }: { readonly comparison: Comparison; readonly before: string; readonly after: string }) {
  const { lang, q, t } = useAudit();
  const na = t('cmp.na');
  const delta = (value: number | null): string => (value === null ? na : signed(value, lang));
  return (
    <div className="ma-table-wrap" role="region" aria-label={t('cmp.caption')} tabIndex={0}>
      <table className="ma-table ma-delta">
        <caption>{t('cmp.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('r.table.dimension')}</th>
            <th scope="col">
              {t('cmp.before')}
              <span className="ma-sub">{before}</span>
            </th>
            <th scope="col">
              {t('cmp.after')}
              <span className="ma-sub">{after}</span>
            </th>
            <th scope="col">{t('cmp.change')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row, index) => (
            <tr key={row.id} data-dimension={row.id}>
              <th scope="row">
                {index + 1}. {q.dimensions[index]?.name ?? row.id}
              </th>
              <td className="ma-num">{row.before ?? na}</td>
              <td className="ma-num">{row.after ?? na}</td>
              <td className={`ma-num${row.delta !== null && row.delta > 0 ? ' ma-up' : ''}${row.delta !== null && row.delta < 0 ? ' ma-down' : ''}`} data-delta>
                {delta(row.delta)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-dimension="overall">
            <th scope="row">{t('cmp.overall')}</th>
            <td className="ma-num">{comparison.overall.before ?? na}</td>
            <td className="ma-num">{comparison.overall.after ?? na}</td>
            <td className="ma-num" data-delta>
              {delta(comparison.overall.delta)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
