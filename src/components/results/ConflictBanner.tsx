import { t, type Lang } from './deps';

interface Props {
  readonly lang: Lang;
  readonly onReloadTheirs: () => void;
  readonly onKeepMine: () => void;
}

/** Another tab saved this result meanwhile: choose which version wins. */
export function ConflictBanner({ lang, onReloadTheirs, onKeepMine }: Props) {
  return (
    <div className="res-banner res-banner--warning" role="alert">
      <p>{t(lang, 'ui.conflict.message')}</p>
      <div className="res-actions">
        <button type="button" className="res-button" onClick={onReloadTheirs}>
          {t(lang, 'ui.conflict.reload')}
        </button>
        <button type="button" className="res-button res-button--primary" onClick={onKeepMine}>
          {t(lang, 'ui.conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
