import { useMemo } from 'react';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import type { Lang } from '../../../lib/i18n-core';
import type { GroupMember } from '../../../lib/results/index';
import { usePlannerContent } from './content-context';
import { choiceSpread, fieldLabel, momentSpread, optionLabel, type PlannerData } from '../../../lib/participation-planner/index';

interface Props {
  readonly lang: Lang;
  readonly members: readonly GroupMember<PlannerData>[];
}

/** A workshop group on the projector: for each question, how many chose each answer; then the moments ticked. */
export function PlannerGroupView({ lang, members }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const spread = useMemo(() => choiceSpread(members), [members]);
  const moments = useMemo(() => momentSpread(members), [members]);
  const count = (label: string, n: number) => (
    <li key={label} data-count={n}>
      {t('group.count', { label, n })}
    </li>
  );
  return (
    <table className="pp-table pp-group">
      <caption>{t('group.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group.choice')}</th>
          <th scope="col">{t('group.answers')}</th>
        </tr>
      </thead>
      <tbody>
        <tr data-field="moments">
          <th scope="row">{t('group.moments')}</th>
          <td>
            <ul className="res-group__counts">{moments.map(({ moment, count: n }) => count(content.words.questions.moments[moment].label, n))}</ul>
          </td>
        </tr>
        {spread.map((row) => (
          <tr key={row.field} data-field={row.field}>
            <th scope="row">{fieldLabel(lang, row.field, content)}</th>
            <td>
              <ul className="res-group__counts">
                {row.counts.map(({ value, count: n }) => count(optionLabel(lang, row.field, value, content), n))}
                {count(t('summary.notAnswered'), row.unanswered)}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
