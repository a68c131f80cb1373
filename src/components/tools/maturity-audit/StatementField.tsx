import { useId } from 'react';
import {
  CONFIDENCE_LEVELS,
  DONT_KNOW,
  NOTE_MAX_LENGTH,
  SCALE_VALUES,
  scaleLabel,
  statementScale,
  type Answer,
  type AnswerValue,
  type Confidence,
  type RevisionMark,
  type Statement,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

interface Props {
  readonly statement: Statement;
  readonly number: number;
  readonly answer: Answer | undefined;
  /** What a migration from an older edition left to check here, if anything. */
  readonly mark?: RevisionMark | null | undefined;
  readonly onValue: (id: string, value: AnswerValue) => void;
  readonly onConfidence: (id: string, confidence: Confidence) => void;
  readonly onNote: (id: string, note: string) => void;
}

/** One statement: a radio group (arrow keys), then an optional confidence level and note. */
export function StatementField({ statement, number, answer, mark, onValue, onConfidence, onNote }: Props) {
  const { q, t } = useAudit();
  const id = useId();
  const scale = statementScale(statement);
  const values: readonly AnswerValue[] = [...SCALE_VALUES[scale], DONT_KNOW];
  const state = [
    answer?.confidence ? t('q.details.confidence', { level: t(`confidence.${answer.confidence}`).toLowerCase() }) : null,
    answer?.note ? t('q.details.note') : null,
  ].filter((part): part is string => part !== null);

  return (
    <fieldset className="ma-statement" data-statement={statement.id} data-scale={scale}>
      <legend className="ma-statement__text">
        <span className="ma-statement__num">{number}.</span> {statement.text}
      </legend>
      {mark ? (
        <p className={`ma-revision-mark ma-revision-mark--${mark.kind}`}>
          {mark.kind === 'carried'
            ? t('q.revision.carried', { change: t(`q.revision.change.${mark.change}`), from: mark.from })
            : t('q.revision.reanswer')}
        </p>
      ) : null}
      <div className="ma-scale">
        {values.map((value) => (
          <label key={value} className={`ma-option${value === DONT_KNOW ? ' ma-option--dk' : ''}`}>
            <input
              type="radio"
              name={`${id}-value`}
              value={String(value)}
              checked={answer?.value === value}
              onChange={() => onValue(statement.id, value)}
            />
            {value === DONT_KNOW || scale === 'fact' ? null : <span className="ma-option__num">{value}</span>}
            <span className="ma-option__label">{scaleLabel(q, statement, value)}</span>
          </label>
        ))}
      </div>
      <details className="ma-details">
        <summary>
          {t('q.details')} <span className="ma-muted">({state.length > 0 ? state.join(', ') : t('q.details.optional')})</span>
        </summary>
        <div className="ma-details__body">
          {answer ? null : <p className="ma-hint">{t('q.answerFirst')}</p>}
          <fieldset className="ma-confidence" disabled={!answer}>
            <legend>{t('q.confidence.legend')}</legend>
            {CONFIDENCE_LEVELS.map((level) => (
              <label key={level}>
                <input
                  type="radio"
                  name={`${id}-confidence`}
                  value={level}
                  checked={answer?.confidence === level}
                  onChange={() => onConfidence(statement.id, level)}
                />{' '}
                {t(`confidence.${level}`)}
              </label>
            ))}
          </fieldset>
          <div className="ma-field">
            <label htmlFor={`${id}-note`}>{t('q.note.label', { max: NOTE_MAX_LENGTH })}</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              maxLength={NOTE_MAX_LENGTH}
              disabled={!answer}
              value={answer?.note ?? ''}
              onChange={(event) => onNote(statement.id, event.currentTarget.value)}
            />
          </div>
        </div>
      </details>
    </fieldset>
  );
}
