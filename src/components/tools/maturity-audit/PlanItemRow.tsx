import { useId } from 'react';
import { PLAN_STATUSES, OWNER_MAX_LENGTH, type PlanChange, type PlanItem, type PlanStatus } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { SectionLink } from '../SectionLink';
import type { SectionLink as Link } from '../../../lib/section-links';

interface Props {
  readonly item: PlanItem;
  readonly number: number;
  readonly dimensionName: string | undefined;
  readonly stepLink: Link | undefined;
  readonly onUpdate: (id: string, change: PlanChange) => void;
  readonly onRemove: (item: PlanItem) => void;
}

/** One action of the plan, editable: owner, due date, status; removable. */
export function PlanItemRow({ item, number, dimensionName, stepLink, onUpdate, onRemove }: Props) {
  const { t } = useAudit();
  const id = useId();
  return (
    <li className={`ma-plan__item ma-plan__item--${item.status}`} data-plan-item={item.id}>
      <fieldset>
        <legend>{t('plan.item', { n: number })}</legend>
        <p className="ma-plan__text">{item.text}</p>
        {dimensionName || stepLink ? (
          <p className="ma-read">
            {dimensionName ? <span>{dimensionName}</span> : null}
            {dimensionName && stepLink ? ' · ' : null}
            {stepLink ? <SectionLink link={stepLink} /> : null}
          </p>
        ) : null}
        <div className="ma-plan__fields">
          <div className="ma-field">
            <label htmlFor={`${id}-owner`}>{t('plan.owner')}</label>
            <input
              id={`${id}-owner`}
              type="text"
              maxLength={OWNER_MAX_LENGTH}
              autoComplete="off"
              value={item.owner ?? ''}
              onChange={(event) => onUpdate(item.id, { owner: event.currentTarget.value })}
            />
          </div>
          <div className="ma-field">
            <label htmlFor={`${id}-due`}>{t('plan.due')}</label>
            <input id={`${id}-due`} type="date" value={item.due ?? ''} onChange={(event) => onUpdate(item.id, { due: event.currentTarget.value })} />
          </div>
          <div className="ma-field">
            <label htmlFor={`${id}-status`}>{t('plan.status')}</label>
            <select
              id={`${id}-status`}
              value={item.status}
              onChange={(event) => onUpdate(item.id, { status: event.currentTarget.value as PlanStatus })}
            >
              {PLAN_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`plan.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="res-button res-button--danger ma-plan__remove" aria-describedby={`${id}-text`} onClick={() => onRemove(item)}>
            {t('plan.remove')}
          </button>
        </div>
        <span id={`${id}-text`} className="res-visually-hidden">
          {item.text}
        </span>
      </fieldset>
    </li>
  );
}
