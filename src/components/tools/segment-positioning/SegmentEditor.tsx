import { useEffect, useId, useRef } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  DEFAULT_POSITION,
  DESCRIPTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  POSITION_MODES,
  positionOf,
  positionWithZone,
  SCORE_MAX,
  SCORE_MIN,
  segmentName,
  SIZE_MAX,
  withMode,
  type QuestionsFile,
  type Segment,
  type SizeUnit,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { DecimalField } from './DecimalField';
import { QuestionsForm } from './QuestionsForm';

interface Props {
  readonly lang: Lang;
  readonly segment: Segment;
  readonly sizeUnit: SizeUnit;
  readonly questions: QuestionsFile;
  readonly onChange: (change: (segment: Segment) => Segment) => void;
  readonly onDelete: () => void;
  /** Move the focus to the name field when the editor appears (a segment was just added). */
  readonly focusName?: boolean;
}

/** Everything about one segment: name, description, size, how it is placed, its target. */
export function SegmentEditor({ lang, segment, sizeUnit, questions, onChange, onDelete, focusName = false }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusName) nameRef.current?.focus();
  }, [focusName]);
  const t = positioningText(lang);
  const scoreCheck = (value: number): string | null => (value < SCORE_MIN || value > SCORE_MAX ? t('editor.scoreInvalid') : null);
  const sizeCheck = (value: number): string | null => {
    if (value < 0 || value > SIZE_MAX) return t('editor.sizeInvalid');
    return sizeUnit === 'percent' && value > 100 ? t('editor.sizeOver100') : null;
  };
  const nameMissing = segment.name.trim() === '';
  const position = positionOf(segment);

  return (
    <section className="sp-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sp-editor__heading">
        {t('editor.heading', { name: segmentName(segment, t) })}
      </h3>
      <div className="res-field sp-field">
        <label htmlFor={`${id}-name`}>{t('editor.name')}</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          type="text"
          value={segment.name}
          maxLength={NAME_MAX_LENGTH}
          required
          aria-invalid={nameMissing ? true : undefined}
          aria-describedby={nameMissing ? `${id}-name-error` : undefined}
          onChange={(event) => {
            const name = event.currentTarget.value;
            onChange((current) => ({ ...current, name }));
          }}
        />
        {nameMissing ? (
          <p className="sp-error" id={`${id}-name-error`}>
            {t('editor.nameRequired')}
          </p>
        ) : null}
      </div>
      <div className="res-field sp-field">
        <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={DESCRIPTION_MAX_LENGTH}
          value={segment.description}
          onChange={(event) => {
            const description = event.currentTarget.value;
            onChange((current) => ({ ...current, description }));
          }}
        />
      </div>
      <DecimalField
        lang={lang}
        label={t('editor.size')}
        hint={t(sizeUnit === 'percent' ? 'editor.sizeHint.percent' : 'editor.sizeHint.count')}
        value={segment.size}
        optional
        check={sizeCheck}
        invalidMessage={t('editor.sizeInvalid')}
        onCommit={(size) => onChange((current) => ({ ...current, size }))}
      />
      <fieldset className="sp-mode">
        <legend>{t('editor.mode')}</legend>
        {POSITION_MODES.map((mode) => (
          <label key={mode} className="sp-choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={segment.mode === mode}
              onChange={() => onChange((current) => withMode(current, mode))}
            />
            <span>{t(`mode.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      {segment.mode === 'direct' ? (
        <div className="sp-pair">
          <DecimalField
            lang={lang}
            label={t('editor.knowledge')}
            hint={t('editor.scoreHint')}
            value={segment.direct.knowledge}
            check={scoreCheck}
            invalidMessage={t('editor.scoreInvalid')}
            onCommit={(knowledge) =>
              onChange((current) => ({ ...current, direct: { ...current.direct, knowledge: knowledge ?? current.direct.knowledge } }))
            }
          />
          <DecimalField
            lang={lang}
            label={t('editor.involvement')}
            hint={t('editor.scoreHint')}
            value={segment.direct.involvement}
            check={scoreCheck}
            invalidMessage={t('editor.scoreInvalid')}
            onCommit={(involvement) =>
              onChange((current) => ({ ...current, direct: { ...current.direct, involvement: involvement ?? current.direct.involvement } }))
            }
          />
        </div>
      ) : (
        <QuestionsForm
          lang={lang}
          questions={questions}
          segment={segment}
          onAnswer={(questionId, value) =>
            onChange((current) => {
              const answers: Record<string, number> = { ...current.answers };
              if (value === null) delete answers[questionId];
              else answers[questionId] = value;
              return { ...current, answers };
            })
          }
        />
      )}
      {position ? (
        <p className="sp-placed">{t('editor.placedBy', { position: positionWithZone(position, t) })}</p>
      ) : (
        <p className="sp-placed sp-placed--none" role="status">
          {t('editor.unplaced')}
        </p>
      )}
      <div className="sp-target">
        <label className="sp-choice">
          <input
            type="checkbox"
            checked={segment.target !== null}
            aria-describedby={`${id}-target-hint`}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onChange((current) => ({ ...current, target: on ? (positionOf(current) ?? DEFAULT_POSITION) : null }));
            }}
          />
          <span>{t('editor.targetToggle')}</span>
        </label>
        <p className="res-hint" id={`${id}-target-hint`}>
          {t('editor.targetHint')}
        </p>
        {segment.target ? (
          <div className="sp-pair">
            <DecimalField
              lang={lang}
              label={t('editor.targetKnowledge')}
              value={segment.target.knowledge}
              check={scoreCheck}
              invalidMessage={t('editor.scoreInvalid')}
              onCommit={(knowledge) =>
                onChange((current) =>
                  current.target ? { ...current, target: { ...current.target, knowledge: knowledge ?? current.target.knowledge } } : current,
                )
              }
            />
            <DecimalField
              lang={lang}
              label={t('editor.targetInvolvement')}
              value={segment.target.involvement}
              check={scoreCheck}
              invalidMessage={t('editor.scoreInvalid')}
              onCommit={(involvement) =>
                onChange((current) =>
                  current.target ? { ...current, target: { ...current.target, involvement: involvement ?? current.target.involvement } } : current,
                )
              }
            />
          </div>
        ) : null}
      </div>
      <div className="res-actions">
        <button type="button" className="res-button res-button--danger" onClick={onDelete}>
          {t('editor.delete')}
        </button>
      </div>
    </section>
  );
}
