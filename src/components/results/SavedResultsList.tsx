import { useId } from 'react';
import { SavedResultItem } from './SavedResultItem';
import { resultsText, t, type Lang } from './deps';
import type { ResultSession } from './useResultStore';

interface Props<TData> {
  readonly lang: Lang;
  readonly session: ResultSession<TData>;
}

/** The results saved in this browser (a panel of the toolbar), with undo for the ones deleted during this visit. */
export function SavedResultsList<TData>({ lang, session }: Props<TData>) {
  const headingId = useId();
  const openId = session.envelope?.id;
  const corrupted = session.corruptedCount;
  return (
    <section className="res-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="res-list__heading">
        {t(lang, 'ui.list.heading')}
      </h2>
      {session.results.length === 0 ? <p className="res-muted">{t(lang, 'ui.list.empty')}</p> : null}
      <ul className="res-list__items">
        {session.results.map((summary) => (
          <SavedResultItem
            key={summary.id}
            lang={lang}
            summary={summary}
            isOpen={summary.id === openId}
            onOpen={session.open}
            onRename={session.rename}
            onDuplicate={session.duplicate}
            onDelete={session.remove}
          />
        ))}
      </ul>
      {session.deleted.length > 0 ? (
        <ul className="res-list__deleted">
          {session.deleted.map((summary) => (
            <li key={summary.id}>
              {t(lang, 'ui.list.deleted', { title: summary.title.trim() || t(lang, 'ui.untitled') })}{' '}
              <button type="button" className="res-button" onClick={() => session.undoDelete(summary.id)}>
                {t(lang, 'ui.list.undo')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {corrupted > 0 ? (
        <p className="res-muted">
          {resultsText(lang).plural(corrupted, { one: 'ui.list.corrupted.one', other: 'ui.list.corrupted.other' }, { count: corrupted })}
        </p>
      ) : null}
    </section>
  );
}
