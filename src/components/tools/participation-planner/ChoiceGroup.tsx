import { useId } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { FIELD_SCALES, type Field, type OptionText } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly field: Field;
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
  /** Show each option's hint and examples (the method's descriptors). */
  readonly detailed?: boolean;
}

/** One single-choice question as native radio buttons, with a "not decided" choice to clear it. */
export function ChoiceGroup({ lang, field, value, onChange, detailed = true }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const id = useId();
  const question = content.words.questions.fields[field];
  const options = question.options as Readonly<Record<string, OptionText>>;
  const helpId = `${id}-help`;
  return (
    <fieldset className="pp-choice" aria-describedby={helpId}>
      <legend>{question.label}</legend>
      <p id={helpId} className="pp-help">
        {question.help}
      </p>
      <div className="pp-choice__options">
        <label className="pp-option pp-option--none">
          <input type="radio" name={id} value="" checked={value === null} onChange={() => onChange(null)} />
          <span className="pp-option__label">{t('choice.none')}</span>
        </label>
        {(FIELD_SCALES[field] as readonly string[]).map((option) => {
          const text = options[option];
          return (
            <label key={option} className="pp-option">
              <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
              <span className="pp-option__body">
                <span className="pp-option__label">{text?.label ?? option}</span>
                {detailed && text?.hint ? <span className="pp-option__hint">{text.hint}</span> : null}
                {detailed && text?.examples ? (
                  <span className="pp-option__examples">{t('choice.examples', { examples: text.examples })}</span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
