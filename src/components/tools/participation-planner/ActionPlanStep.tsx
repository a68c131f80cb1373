import { useEffect, useState } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { randomResultId } from '../../../lib/results/ids';
import {
  ACTIONS_MAX,
  emphasisBand,
  leverLabel,
  leversByEmphasis,
  type EmphasisResult,
  type Lever,
  type PlannerAction,
  type PlannerRule,
} from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { ActionEditor, actionTextId } from './ActionEditor';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly actions: readonly PlannerAction[];
  readonly emphasis: EmphasisResult<PlannerRule>;
  readonly onChange: (change: (actions: PlannerAction[]) => PlannerAction[]) => void;
  readonly announce: (text: string) => void;
}

const PLAN_HEADING_ID = 'pp-plan-heading';

/** Step 8: the catalogue of actions by lever (strongest emphasis first) and the editable plan. */
export function ActionPlanStep({ lang, actions, emphasis, onChange, announce }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const [focusId, setFocusId] = useState<string | null>(null);
  const catalogue = content.words.catalogue;
  const suggested = new Set(emphasis.fired.flatMap((rule) => rule.suggests));
  const inPlan = new Set(actions.flatMap((action) => (action.source === null ? [] : [action.source])));

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, actions]);

  const add = (lever: Lever, source: string | null, text: string): void => {
    if (actions.length >= ACTIONS_MAX) {
      announce(t('actions.full', { max: ACTIONS_MAX }));
      return;
    }
    const action: PlannerAction = { id: randomResultId(), lever, source, text, owner: '', due: '', status: 'todo' };
    onChange((current) => [...current, action]);
    setFocusId(actionTextId(action.id));
    announce(t('actions.added', { action: text || t('actions.untitled') }));
  };

  const remove = (target: PlannerAction): void => {
    onChange((current) => current.filter((action) => action.id !== target.id));
    setFocusId(PLAN_HEADING_ID);
    announce(t('actions.removed', { action: target.text || t('actions.untitled') }));
  };

  return (
    <div className="pp-actions">
      <h3>{t('actions.catalogue')}</h3>
      <div className="pp-catalogue">
        {leversByEmphasis(emphasis.levers).map((item) => (
          <section key={item.lever} className="pp-catalogue__lever" aria-labelledby={`pp-cat-${item.lever}`}>
            <h4 id={`pp-cat-${item.lever}`}>
              {t('actions.forLever', {
                lever: leverLabel(t, item.lever),
                value: item.value,
                band: t(`band.${emphasisBand(item.value)}`),
              })}
            </h4>
            <ul className="pp-catalogue__list">
              {catalogue
                .filter((entry) => entry.lever === item.lever)
                .sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)))
                .map((entry) => (
                  <li key={entry.id} className={`pp-catalogue__item${suggested.has(entry.id) ? ' pp-catalogue__item--suggested' : ''}`}>
                    <div>
                      <span className="pp-catalogue__label">{entry.label}</span>
                      {suggested.has(entry.id) ? <span className="pp-tag">{t('actions.suggested')}</span> : null}
                      <span className="pp-catalogue__detail">{entry.detail}</span>
                    </div>
                    {inPlan.has(entry.id) ? (
                      <span className="pp-catalogue__in">{t('actions.inPlan')}</span>
                    ) : (
                      <button
                        type="button"
                        className="res-button"
                        aria-label={t('actions.add', { action: entry.label })}
                        onClick={() => add(entry.lever, entry.id, entry.label)}
                      >
                        {t('actions.addShort')}
                      </button>
                    )}
                  </li>
                ))}
            </ul>
            <button type="button" className="res-button" onClick={() => add(item.lever, null, '')}>
              {t('actions.addOwn', { lever: leverLabel(t, item.lever) })}
            </button>
          </section>
        ))}
      </div>
      <h3 id={PLAN_HEADING_ID} tabIndex={-1}>
        {t('actions.plan')}
      </h3>
      <p className="pp-note">{actions.length === 0 ? t('actions.empty') : t.plural(actions.length, { one: 'actions.count.one', other: 'actions.count.other' })}</p>
      {actions.length > 0 ? (
        <ol className="pp-plan">
          {actions.map((action, index) => (
            <li key={action.id}>
              <ActionEditor
                lang={lang}
                action={action}
                position={index + 1}
                onChange={(change) => onChange((current) => current.map((item) => (item.id === action.id ? change(item) : item)))}
                onRemove={() => remove(action)}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
