import { useEffect, useRef } from 'react';
import { t, type Lang } from './deps';

interface Props {
  readonly lang: Lang;
  /** Changes with every new question, so focus moves to it again. */
  readonly seq: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Opening another result would discard edits that cannot be saved: the reader decides. */
export function ConfirmBanner({ lang, seq, onConfirm, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), [seq]);
  return (
    <div className="res-banner res-banner--warning" role="alert">
      <p>{t(lang, 'ui.confirm.replaceUnsaved')}</p>
      <div className="res-actions">
        <button type="button" className="res-button" onClick={onConfirm}>
          {t(lang, 'ui.confirm.discard')}
        </button>
        <button type="button" className="res-button res-button--primary" ref={cancelRef} onClick={onCancel}>
          {t(lang, 'ui.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
