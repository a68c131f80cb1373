import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { emphasisBand, leverLabel, LEVERS, signed, type EmphasisResult, type PlannerRule } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
  /** List, for each lever, the fired rules that moved it (the summary lists them once, below). */
  readonly showRules?: boolean;
}

/** The control mix as a table: value, band, and the rules that moved each lever. */
export function MixTable({ lang, emphasis, showRules = true }: Props) {
  const t = plannerText(lang);
  const captionId = useId();
  const ruleText = (id: string): string => emphasis.fired.find((rule) => rule.id === id)?.text.rule ?? id;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="pp-table pp-mix-table">
        <caption id={captionId}>{t('mix.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mix.col.lever')}</th>
            <th scope="col">{t('mix.col.value')}</th>
            <th scope="col">{t('mix.col.band')}</th>
            {showRules ? <th scope="col">{t('mix.col.rules')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {LEVERS.map((lever) => {
            const item = emphasis.levers[lever];
            return (
              <tr key={lever}>
                <th scope="row">{leverLabel(t, lever)}</th>
                <td className="pp-num">{item.value}</td>
                <td>{t(`band.${emphasisBand(item.value)}`)}</td>
                {showRules ? (
                <td>
                  {item.contributions.length === 0 ? (
                    t('mix.col.noRule')
                  ) : (
                    <ul className="pp-plain-list">
                      {item.contributions.map((contribution) => (
                        <li key={contribution.ruleId}>
                          {signed(contribution.delta)} — {ruleText(contribution.ruleId)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
