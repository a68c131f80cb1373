import { t, type Lang, type PersistenceStatus, type ResultsKey } from './deps';
import type { SaveState } from './useResultStore';

interface Props {
  readonly state: SaveState;
  readonly persistence: PersistenceStatus;
  readonly lang: Lang;
}

function statusKey(state: SaveState, persistence: PersistenceStatus): { key: ResultsKey; tone: 'ok' | 'busy' | 'problem' } {
  if (state === 'loading') return { key: 'ui.status.loading', tone: 'busy' };
  if (state === 'conflict') return { key: 'ui.status.conflict', tone: 'problem' };
  if (state === 'invalid') return { key: 'ui.status.invalid', tone: 'problem' };
  if (!persistence.persistent) {
    return { key: persistence.reason === 'quota' ? 'ui.status.quota' : 'ui.status.unavailable', tone: 'problem' };
  }
  return state === 'pending' ? { key: 'ui.status.saving', tone: 'busy' } : { key: 'ui.status.saved', tone: 'ok' };
}

/** Where the work stands: saved, saving, or not saved and why. Problems are announced by the toolbar. */
export function SaveStatus({ state, persistence, lang }: Props) {
  const { key, tone } = statusKey(state, persistence);
  return (
    <p className={`res-status res-status--${tone}`}>
      <span className="res-visually-hidden">{t(lang, 'ui.status.label')} </span>
      {t(lang, key)}
    </p>
  );
}
