import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { CHECK_SIDES, NOTE_MAX, type PlannerCheck } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly checks: Readonly<Record<string, PlannerCheck>>;
  readonly onChange: (id: string, change: (check: PlannerCheck) => PlannerCheck) => void;
}

const EMPTY: PlannerCheck = { confirmed: false, note: '' };

/** Step 9: benefits for each side and limits to watch, confirmed one by one with an optional note. */
export function ChecklistStep({ lang, checks, onChange }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const id = useId();
  const items = content.words.checklist;
  const confirmed = items.filter((item) => checks[item.id]?.confirmed).length;
  return (
    <div className="pp-checklist">
      <p className="pp-note" aria-live="polite">
        {t('check.count', { n: confirmed, total: items.length })}
      </p>
      {CHECK_SIDES.map((side) => (
        <fieldset key={side} className={`pp-checks pp-checks--${side}`}>
          <legend>{t(`check.${side}`)}</legend>
          {items
            .filter((item) => item.side === side)
            .map((item) => {
              const check = checks[item.id] ?? EMPTY;
              const promptId = `${id}-${item.id}-prompt`;
              return (
                <div key={item.id} className="pp-checks__item">
                  <label className="pp-check">
                    <input
                      type="checkbox"
                      checked={check.confirmed}
                      aria-describedby={promptId}
                      onChange={(event) => {
                        const value = event.currentTarget.checked;
                        onChange(item.id, (current) => ({ ...current, confirmed: value }));
                      }}
                    />
                    <span>{t('check.confirm', { item: item.label })}</span>
                  </label>
                  <p id={promptId} className="pp-help">
                    {item.prompt}
                  </p>
                  <div className="res-field">
                    <label htmlFor={`${id}-${item.id}-note`} className="pp-small-label">
                      {t('check.note', { item: item.label })}
                    </label>
                    <input
                      id={`${id}-${item.id}-note`}
                      type="text"
                      value={check.note}
                      maxLength={NOTE_MAX}
                      onChange={(event) => {
                        const note = event.currentTarget.value;
                        onChange(item.id, (current) => ({ ...current, note }));
                      }}
                    />
                  </div>
                </div>
              );
            })}
        </fieldset>
      ))}
    </div>
  );
}
