import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { INPUT_STEPS, STEP_IDS, type InputStepId, type StepId, type StepStatus } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { stepDomId } from './StepSection';

interface Props {
  readonly lang: Lang;
  readonly statuses: Readonly<Record<InputStepId, StepStatus>>;
  readonly onGo: (step: StepId) => void;
}

const isInput = (step: StepId): step is InputStepId => (INPUT_STEPS as readonly string[]).includes(step);

/** The list of steps, with the state of each and the overall progress; any step can be opened. */
export function StepNav({ lang, statuses, onGo }: Props) {
  const t = plannerText(lang);
  const progressId = useId();
  const done = INPUT_STEPS.filter((step) => statuses[step] === 'complete').length;
  return (
    <nav id="pp-steps" className="pp-steps" aria-label={t('steps.label')} tabIndex={-1}>
      <p id={progressId} className="pp-steps__progress">
        {t('steps.progress', { done, total: INPUT_STEPS.length })}
      </p>
      <progress className="pp-steps__bar" value={done} max={INPUT_STEPS.length} aria-labelledby={progressId} />
      <ol className="pp-steps__list">
        {STEP_IDS.map((step, index) => {
          const status = isInput(step) ? statuses[step] : 'result';
          return (
            <li key={step} className={`pp-steps__item pp-steps__item--${status}`}>
              <a
                href={`#${stepDomId(step)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(step);
                }}
              >
                <span className="pp-steps__name">
                  {index + 1}. {t(`step.${step}`)}
                </span>
                <span className="res-visually-hidden">, </span>
                <span className="pp-steps__status">{t(`steps.status.${status}`)}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
