import { useEffect, useId, useRef } from 'react';
import { t, type ImportChoice, type Lang } from './deps';

interface Props {
  readonly lang: Lang;
  /** How many different results the chosen files hold. */
  readonly respondents: number;
  readonly onChoose: (choice: ImportChoice) => void;
}

/**
 * Asked when several results of one tool are imported together: open them as separate results or
 * merge them as the respondents of one team result. A modal dialog: Escape cancels (nothing is
 * added), and focus returns to where it was.
 */
export function ImportChoiceDialog({ lang, respondents, onChoose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Where focus was (the import button, after the file dialog): it goes back there once answered.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="res-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id={titleId} className="res-dialog__title">
        {t(lang, 'ui.import.choice.title', { count: respondents })}
      </h2>
      <p id={introId}>{t(lang, 'ui.import.choice.intro', { count: respondents })}</p>
      <div className="res-dialog__actions">
        {/* Focus starts on the choice that keeps the files as they are (what a single file does). */}
        <button type="button" className="res-button" autoFocus onClick={() => onChoose('separate')}>
          {t(lang, 'ui.import.choice.separate', { count: respondents })}
        </button>
        <button type="button" className="res-button res-button--primary" onClick={() => onChoose('merge')}>
          {t(lang, 'ui.import.choice.merge')}
        </button>
        <button type="button" className="res-button" onClick={() => onChoose('cancel')}>
          {t(lang, 'ui.import.choice.cancel')}
        </button>
      </div>
    </dialog>
  );
}
