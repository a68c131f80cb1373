import { useId } from 'react';
import { t, TITLE_MAX_LENGTH, type Lang } from './deps';

interface Props {
  readonly lang: Lang;
  readonly title: string;
  readonly respondent: string;
  readonly onTitle: (title: string) => void;
  readonly onRespondent: (respondent: string) => void;
  /** While the result loads: the fields keep their place (nothing jumps when it arrives). */
  readonly disabled?: boolean;
}

/** Title and respondent of the open result. */
export function TitleFields({ lang, title, respondent, onTitle, onRespondent, disabled = false }: Props) {
  const id = useId();
  return (
    <div className="res-fields">
      <div className="res-field">
        <label htmlFor={`${id}-title`}>{t(lang, 'ui.title.label')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={TITLE_MAX_LENGTH}
          placeholder={t(lang, 'ui.untitled')}
          disabled={disabled}
          onChange={(event) => onTitle(event.currentTarget.value)}
        />
      </div>
      <div className="res-field">
        <label htmlFor={`${id}-respondent`}>{t(lang, 'ui.respondent.label')}</label>
        <input
          id={`${id}-respondent`}
          type="text"
          value={respondent}
          maxLength={TITLE_MAX_LENGTH}
          autoComplete="name"
          disabled={disabled}
          onChange={(event) => onRespondent(event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
