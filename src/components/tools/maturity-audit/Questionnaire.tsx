import { useEffect, useId, useRef, useState } from 'react';
import {
  revisionMark,
  settleRevision,
  setAnswerConfidence,
  setAnswerNote,
  setAnswerValue,
  type AnswerValue,
  type AuditData,
  type AuditScores,
  type Confidence,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { DimensionNav } from './DimensionNav';
import { SectionLinks } from '../SectionLink';
import { sectionKey } from '../../../lib/section-links';
import { StatementField } from './StatementField';

interface Props {
  readonly data: AuditData;
  readonly scores: AuditScores;
  readonly onChange: (change: (data: AuditData) => AuditData) => void;
  readonly onShowResults: () => void;
}

/** The questionnaire, one dimension at a time, with progress and free jumps between dimensions. */
export function Questionnaire({ data, scores, onChange, onShowResults }: Props) {
  const { q, t, links } = useAudit();
  const headingId = useId();
  const progressId = useId();
  const dimensionHeadingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [current, setCurrent] = useState(0);
  const dimension = q.dimensions[current] ?? q.dimensions[0];

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    dimensionHeadingRef.current?.focus();
  }, [current]);

  if (!dimension) return null;

  const goTo = (index: number): void => {
    moved.current = true;
    setCurrent(Math.max(0, Math.min(q.dimensions.length - 1, index)));
  };
  const onValue = (id: string, value: AnswerValue): void =>
    onChange((current) => settleRevision({ ...current, answers: setAnswerValue(current.answers, id, value) }, id));
  const onConfidence = (id: string, confidence: Confidence): void =>
    onChange((current) => {
      const answers = setAnswerConfidence(current.answers, id, confidence);
      return answers ? { ...current, answers } : current;
    });
  const onNote = (id: string, note: string): void =>
    onChange((current) => {
      const answers = setAnswerNote(current.answers, id, note);
      return answers ? { ...current, answers } : current;
    });

  const previous = q.dimensions[current - 1];
  const next = q.dimensions[current + 1];
  const offset = q.dimensions.slice(0, current).reduce((sum, item) => sum + item.statements.length, 0);

  return (
    <section className="ma-section ma-questionnaire" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('q.heading')}</h2>
      <p className="ma-hint">{t('q.help')}</p>
      {data.revision && (Object.keys(data.revision.carried).length > 0 || data.revision.reanswer.length > 0) ? (
        <div className="ma-revision" role="note">
          <h3>{t('q.revision.heading')}</h3>
          <p>
            {t('q.revision.body', {
              carried: Object.keys(data.revision.carried).length,
              reanswer: data.revision.reanswer.length,
              retired: data.revision.retired.length,
            })}
          </p>
        </div>
      ) : null}
      <div className="ma-progress">
        <p id={progressId}>
          {t('q.progress', { answered: scores.answeredStatements, total: scores.totalStatements })}
          {scores.dontKnowStatements > 0 ? ` (${t('q.progressDk', { dk: scores.dontKnowStatements })})` : null}
        </p>
        <progress aria-labelledby={progressId} value={scores.answeredStatements} max={scores.totalStatements} />
      </div>
      <DimensionNav scores={scores} current={current} onSelect={goTo} />
      <div className="ma-dimension" key={dimension.id}>
        <p className="ma-muted ma-dimension__count">{t('q.dimensionCount', { n: current + 1, total: q.dimensions.length })}</p>
        <h3 className="ma-dimension__name" tabIndex={-1} ref={dimensionHeadingRef}>
          {dimension.name}
        </h3>
        <p>{dimension.description}</p>
        <SectionLinks className="ma-read" label={t('q.read')} links={dimension.chapters.flatMap((ref) => links[sectionKey(ref)] ?? [])} />
        {dimension.statements.map((statement, index) => (
          <StatementField
            key={statement.id}
            statement={statement}
            number={offset + index + 1}
            answer={data.answers[statement.id]}
            mark={revisionMark(data.revision, statement.id)}
            onValue={onValue}
            onConfidence={onConfidence}
            onNote={onNote}
          />
        ))}
      </div>
      <div className="ma-stepper">
        {previous ? (
          <button type="button" className="res-button" onClick={() => goTo(current - 1)}>
            <span aria-hidden="true">←</span> {t('q.previous', { name: previous.name })}
          </button>
        ) : null}
        {next ? (
          <button type="button" className="res-button res-button--primary" onClick={() => goTo(current + 1)}>
            {t('q.next', { name: next.name })} <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" className="res-button res-button--primary" onClick={onShowResults}>
            {t('q.toResults')} <span aria-hidden="true">↓</span>
          </button>
        )}
      </div>
    </section>
  );
}
