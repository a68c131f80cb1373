import { useId, useRef } from 'react';
import { randomResultId } from '../../../lib/results/index';
import {
  addCustomAction,
  findStep,
  MAX_PLAN_ITEMS,
  planProgress,
  removePlanItem,
  updatePlanItem,
  type PlanChange,
  type PlanItem,
} from '../../../lib/maturity-audit/index';
import { AddActionForm } from './AddActionForm';
import { useAudit } from './context';
import { sectionKey } from '../../../lib/section-links';
import { PlanItemRow } from './PlanItemRow';
import { dateFormat } from '../../../lib/intl';

function formatDate(day: string, lang: string): string {
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? day : dateFormat(lang, { dateStyle: 'medium' }).format(date);
}

interface Props {
  readonly plan: readonly PlanItem[];
  /** Absent in read-only views. */
  readonly onChange?: ((change: (plan: readonly PlanItem[]) => PlanItem[]) => void) | undefined;
  readonly announce?: ((text: string) => void) | undefined;
}

/** Actions with an owner, a due date and a status; kept in the result and exported with it. */
export function ActionPlan({ plan, onChange, announce }: Props) {
  const { lang, q, t, links } = useAudit();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const progress = planProgress(plan);
  const names = new Map(q.dimensions.map((dimension) => [dimension.id, dimension.name] as const));
  const stepLink = (step: string | undefined) => {
    const ref = step ? findStep(q, step)?.step.ref : undefined;
    return ref ? links[sectionKey(ref)] : undefined;
  };

  const update = (id: string, change: PlanChange): void => onChange?.((current) => updatePlanItem(current, id, change));
  const remove = (item: PlanItem): void => {
    onChange?.((current) => removePlanItem(current, item.id));
    announce?.(t('plan.removed', { text: item.text }));
    headingRef.current?.focus();
  };

  return (
    <section className="ma-section ma-plan" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {t('plan.heading')}
      </h2>
      {plan.length === 0 ? <p>{t('plan.empty')}</p> : <p>{t('plan.progress', progress)}</p>}
      {plan.length > 0 && onChange ? (
        <ol className="ma-plan__list">
          {plan.map((item, index) => (
            <PlanItemRow
              key={item.id}
              item={item}
              number={index + 1}
              dimensionName={item.dimension ? names.get(item.dimension) : undefined}
              stepLink={stepLink(item.step)}
              onUpdate={update}
              onRemove={remove}
            />
          ))}
        </ol>
      ) : null}
      {plan.length > 0 ? (
        <div className={onChange ? 'ma-print-only' : undefined}>
          <table className="ma-table ma-plan__table">
            <caption className="res-visually-hidden">{t('plan.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.text')}</th>
                <th scope="col">{t('plan.owner')}</th>
                <th scope="col">{t('plan.due')}</th>
                <th scope="col">{t('plan.status')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.text}
                    {item.dimension ? <span className="ma-sub">{names.get(item.dimension) ?? item.dimension}</span> : null}
                  </td>
                  <td>{item.owner ?? '—'}</td>
                  <td>{item.due ? formatDate(item.due, lang) : '—'}</td>
                  <td>{t(`plan.status.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {onChange ? (
        plan.length < MAX_PLAN_ITEMS ? (
          <AddActionForm
            onAdd={(text, dimension) => {
              onChange((current) => addCustomAction(current, text, randomResultId(), dimension));
              announce?.(t('rec.added', { text: text.trim() }));
            }}
          />
        ) : (
          <p className="ma-note">{t('plan.full', { max: MAX_PLAN_ITEMS })}</p>
        )
      ) : null}
    </section>
  );
}
