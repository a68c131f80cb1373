import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { AXES, derivePosition, formatScore, questionsOf, type Axis, type QuestionsFile, type Segment } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly questions: QuestionsFile;
  readonly segment: Segment;
  readonly onAnswer: (questionId: string, value: number | null) => void;
}

/** The short questions of both axes, each on the labelled 0–4 scale, with the derived score of each axis. */
export function QuestionsForm({ lang, questions, segment, onAnswer }: Props) {
  const t = positioningText(lang);
  const derived = derivePosition(segment.answers);
  const axisLabel = (axis: Axis): string => t(axis === 'knowledge' ? 'axis.knowledge' : 'axis.involvement');
  return (
    <div className="sp-questions">
      <p className="res-hint">{questions.intro}</p>
      {AXES.map((axis) => {
        const ids = questionsOf(axis);
        const score = derived[axis];
        return (
          <fieldset key={axis} className="sp-questions__axis">
            <legend>{questions.axes[axis]}</legend>
            {questions.questions
              .filter((question) => question.axis === axis)
              .map((question) => {
                const name = `sp-${segment.id}-${question.id}`;
                const current = segment.answers[question.id];
                return (
                  <fieldset key={question.id} className="sp-question">
                    <legend>{question.text}</legend>
                    <div className="sp-scale">
                      <label className="sp-scale__option">
                        <input type="radio" name={name} checked={current === undefined} onChange={() => onAnswer(question.id, null)} />
                        <span>{t('questions.none')}</span>
                      </label>
                      {questions.scale.map((step) => (
                        <label key={step.value} className="sp-scale__option">
                          <input type="radio" name={name} checked={current === step.value} onChange={() => onAnswer(question.id, step.value)} />
                          <span>
                            {step.value} · {step.label}
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            <p className="sp-derived">
              {score === null
                ? t('questions.missing', { axis: axisLabel(axis) })
                : t('questions.derived', {
                    axis: axisLabel(axis),
                    value: formatScore(score, lang),
                    count: derived.answered[axis],
                    total: ids.length,
                  })}
            </p>
          </fieldset>
        );
      })}
    </div>
  );
}
