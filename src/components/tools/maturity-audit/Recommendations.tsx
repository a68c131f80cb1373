import { useId } from 'react';
import {
  chooseRecommendations,
  hasStep,
  MAX_RECOMMENDED_DIMENSIONS,
  STAGE_LOWER_BOUNDS,
  type AuditScores,
  type NextStep,
  type PlanItem,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { SectionLink } from '../SectionLink';
import { sectionKey } from '../../../lib/section-links';

interface Props {
  readonly scores: AuditScores;
  readonly plan: readonly PlanItem[];
  /** Absent in read-only views. */
  readonly onAdd?: ((step: NextStep, dimension: string) => void) | undefined;
}

/** Next steps for the weakest dimensions, each linked to the chapter section that explains it. */
export function Recommendations({ scores, plan, onAdd }: Props) {
  const { q, t } = useAudit();
  const headingId = useId();
  const { recommended, notAssessed } = chooseRecommendations(q, scores);
  const threshold = STAGE_LOWER_BOUNDS['co-creative'];
  return (
    <section className="ma-recs" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('rec.heading')}</h3>
      <p className="ma-hint">{t('rec.rule', { count: MAX_RECOMMENDED_DIMENSIONS, threshold })}</p>
      {recommended.length === 0 ? (
        <p>{scores.assessed === 0 ? t('rec.noneYet') : t('rec.allCoCreative')}</p>
      ) : (
        <ol className="ma-recs__list">
          {recommended.map(({ dimension, score, steps }) => (
            <li key={dimension.id} className="ma-rec" data-dimension={dimension.id}>
              <h4>{t('rec.dimension', { name: dimension.name, score: score.score, stage: q.stages[score.stage].name })}</h4>
              <ul className="ma-rec__steps">
                {steps.map((step) => (
                  <RecommendedStep
                    key={step.id}
                    step={step}
                    inPlan={hasStep(plan, step.id)}
                    onAdd={onAdd ? () => onAdd(step, dimension.id) : undefined}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {notAssessed.length > 0 ? <p className="ma-note">{t('rec.notAssessed', { list: notAssessed.map((d) => d.name).join(', ') })}</p> : null}
    </section>
  );
}

function RecommendedStep({ step, inPlan, onAdd }: { readonly step: NextStep; readonly inPlan: boolean; readonly onAdd: (() => void) | undefined }) {
  const { t, links } = useAudit();
  const textId = useId();
  const link = links[sectionKey(step.ref)];
  return (
    <li className="ma-step" data-step={step.id}>
      <p id={textId} className="ma-step__text">
        {step.text}
      </p>
      {link ? (
        <p className="ma-read">
          {t('page.dimensions.read')} <SectionLink link={link} />
        </p>
      ) : null}
      {onAdd ? (
        <button
          type="button"
          className="res-button ma-step__add"
          aria-describedby={textId}
          aria-disabled={inPlan ? 'true' : undefined}
          onClick={() => {
            if (!inPlan) onAdd();
          }}
        >
          {inPlan ? `✓ ${t('rec.inPlan')}` : t('rec.add')}
        </button>
      ) : null}
    </li>
  );
}
