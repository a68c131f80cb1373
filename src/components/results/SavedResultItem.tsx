import { useId, useState } from 'react';
import { t, TITLE_MAX_LENGTH, type Lang, type ResultSummary } from './deps';
import { dateFormat } from '../../lib/intl';

interface Props {
  readonly lang: Lang;
  readonly summary: ResultSummary;
  readonly isOpen: boolean;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, title: string) => boolean;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

/** One saved result with its actions; renaming happens in place. */
export function SavedResultItem({ lang, summary, isOpen, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.title);
  const title = summary.title.trim() || t(lang, 'ui.untitled');
  const date = dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(summary.updatedAt));

  if (renaming) {
    return (
      <li className="res-list__item">
        <form
          className="res-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (onRename(summary.id, draft)) setRenaming(false);
          }}
        >
          <label htmlFor={`${id}-rename`}>{t(lang, 'ui.list.renameLabel')}</label>
          <input
            id={`${id}-rename`}
            type="text"
            value={draft}
            maxLength={TITLE_MAX_LENGTH}
            autoFocus
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault(); // cancels the rename only, not the saved-results panel around it
                setRenaming(false);
              }
            }}
          />
          <button type="submit" className="res-button res-button--primary">
            {t(lang, 'ui.list.renameSave')}
          </button>
          <button type="button" className="res-button" onClick={() => setRenaming(false)}>
            {t(lang, 'ui.list.renameCancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className={`res-list__item${isOpen ? ' res-list__item--open' : ''}`} aria-current={isOpen ? 'true' : undefined}>
      <span className="res-list__title">
        {title} {isOpen ? <span className="res-muted">{t(lang, 'ui.list.current')}</span> : null}
      </span>
      <span className="res-muted">{t(lang, 'ui.list.updated', { date })}</span>
      <div className="res-actions" role="group" aria-label={t(lang, 'ui.list.actionsFor', { title })}>
        {isOpen ? null : (
          <button type="button" className="res-button" onClick={() => onOpen(summary.id)}>
            {t(lang, 'ui.list.open')}
          </button>
        )}
        <button
          type="button"
          className="res-button"
          onClick={() => {
            setDraft(summary.title);
            setRenaming(true);
          }}
        >
          {t(lang, 'ui.list.rename')}
        </button>
        <button type="button" className="res-button" onClick={() => onDuplicate(summary.id)}>
          {t(lang, 'ui.list.duplicate')}
        </button>
        <button type="button" className="res-button res-button--danger" onClick={() => onDelete(summary.id)}>
          {t(lang, 'ui.list.delete')}
        </button>
      </div>
    </li>
  );
}
