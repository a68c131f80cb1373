import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { MOMENTS, TEXT_MAX, type TimingData } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly timing: TimingData;
  readonly onChange: (change: (timing: TimingData) => TimingData) => void;
}

/** Step 2: the three moments of participation, each ticked with what customers do then. */
export function TimingStep({ lang, timing, onChange }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const id = useId();
  const words = content.words.questions.moments;
  return (
    <div className="pp-moments">
      {MOMENTS.map((moment) => {
        const state = timing[moment];
        const help = `${id}-${moment}-help`;
        return (
          <div key={moment} className={`pp-moment${state.used ? ' pp-moment--used' : ''}`}>
            <label className="pp-check">
              <input
                type="checkbox"
                checked={state.used}
                aria-describedby={help}
                onChange={(event) => {
                  const used = event.currentTarget.checked;
                  onChange((current) => ({ ...current, [moment]: { ...current[moment], used } }));
                }}
              />
              <span>{t('timing.used', { moment: words[moment].label })}</span>
            </label>
            <p id={help} className="pp-help">
              {words[moment].help}
            </p>
            {state.used || state.what !== '' ? (
              <div className="res-field">
                <label htmlFor={`${id}-${moment}-what`}>{words[moment].whatLabel}</label>
                <textarea
                  id={`${id}-${moment}-what`}
                  rows={2}
                  maxLength={TEXT_MAX}
                  value={state.what}
                  onChange={(event) => {
                    const what = event.currentTarget.value;
                    onChange((current) => ({ ...current, [moment]: { ...current[moment], what } }));
                  }}
                />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
