import { useId } from 'react';
import { DEMO_ANSWER_MAX, DEMO_ANSWER_MIN, DEMO_QUESTION_IDS, type DemoData } from '../../lib/results/demo-tool';
import { t, type Lang, type ResultsKey } from './deps';
import { DemoLegacyList } from './DemoLegacyList';

interface Props {
  readonly lang: Lang;
  readonly data: DemoData;
  readonly onChange: (change: (data: DemoData) => DemoData) => void;
}

const SCALE = Array.from({ length: DEMO_ANSWER_MAX - DEMO_ANSWER_MIN + 1 }, (_, index) => DEMO_ANSWER_MIN + index);

/** The demo tool's inputs: three answers keyed by id, a number and a text. */
export function DemoForm({ lang, data, onChange }: Props) {
  const id = useId();
  return (
    <form className="res-demo" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t(lang, 'demo.answers.legend')}</legend>
        {DEMO_QUESTION_IDS.map((question) => (
          <div className="res-field" key={question}>
            <label htmlFor={`${id}-${question}`}>{t(lang, `demo.question.${question}`)}</label>
            <select
              id={`${id}-${question}`}
              value={data.answers[question] ?? ''}
              onChange={(event) => {
                const raw = event.currentTarget.value;
                onChange((current) => {
                  const answers = { ...current.answers };
                  if (raw === '') delete answers[question];
                  else answers[question] = Number(raw);
                  return { ...current, answers };
                });
              }}
            >
              <option value="">{t(lang, 'demo.scale.none')}</option>
              {SCALE.map((value) => (
                <option key={value} value={value}>
                  {t(lang, `demo.scale.${value}` as ResultsKey)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <div className="res-field">
        <label htmlFor={`${id}-budget`}>{t(lang, 'demo.budget.label')}</label>
        <input
          id={`${id}-budget`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={data.budget ?? ''}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            const value = raw === '' ? null : Number(raw);
            if (value === null || (Number.isFinite(value) && value >= 0)) onChange((current) => ({ ...current, budget: value }));
          }}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-comment`}>{t(lang, 'demo.comment.label')}</label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          maxLength={2000}
          value={data.comment}
          onChange={(event) => {
            const comment = event.currentTarget.value;
            onChange((current) => ({ ...current, comment }));
          }}
        />
      </div>
      <DemoLegacyList lang={lang} legacy={data.legacy} />
    </form>
  );
}
