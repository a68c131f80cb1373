import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import {
  ACTION_TEXT_MAX,
  leverLabel,
  NAME_MAX,
  STATUSES,
  type PlannerAction,
  type Status,
} from '../../../lib/participation-planner/index';
import { isCalendarDate } from '../../../lib/results/schema-checks';
import { plannerText } from '../../../i18n/tools/participation-planner/index';

interface Props {
  readonly lang: Lang;
  readonly action: PlannerAction;
  readonly position: number;
  readonly onChange: (change: (action: PlannerAction) => PlannerAction) => void;
  readonly onRemove: () => void;
}

export const actionTextId = (id: string): string => `pp-action-${id}-text`;

/** One action of the plan: its text, owner, due date and status, and a way to remove it. */
export function ActionEditor({ lang, action, position, onChange, onRemove }: Props) {
  const t = plannerText(lang);
  const id = useId();
  return (
    <fieldset className={`pp-action pp-action--${action.status}`}>
      <legend>{t('actions.item', { n: position, lever: leverLabel(t, action.lever) })}</legend>
      <div className="res-field pp-action__text">
        <label htmlFor={actionTextId(action.id)}>{t('actions.text')}</label>
        <input
          id={actionTextId(action.id)}
          type="text"
          value={action.text}
          maxLength={ACTION_TEXT_MAX}
          onChange={(event) => {
            const text = event.currentTarget.value;
            onChange((current) => ({ ...current, text }));
          }}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-owner`}>{t('actions.owner')}</label>
        <input
          id={`${id}-owner`}
          type="text"
          value={action.owner}
          maxLength={NAME_MAX}
          onChange={(event) => {
            const owner = event.currentTarget.value;
            onChange((current) => ({ ...current, owner }));
          }}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-due`}>{t('actions.due')}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={action.due}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            const due = raw === '' || isCalendarDate(raw) ? raw : '';
            onChange((current) => ({ ...current, due }));
          }}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-status`}>{t('actions.status')}</label>
        <select
          id={`${id}-status`}
          value={action.status}
          onChange={(event) => {
            const status = event.currentTarget.value as Status;
            onChange((current) => ({ ...current, status }));
          }}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="pp-action__remove">
        <button type="button" className="res-button res-button--danger" onClick={onRemove}>
          {t('actions.remove')}
        </button>
      </div>
    </fieldset>
  );
}
