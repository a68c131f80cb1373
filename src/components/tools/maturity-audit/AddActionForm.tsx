import { useId, useState } from 'react';
import { ACTION_TEXT_MAX_LENGTH } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

/** A free action, optionally tied to a dimension. */
export function AddActionForm({ onAdd }: { readonly onAdd: (text: string, dimension: string | undefined) => void }) {
  const { q, t } = useAudit();
  const id = useId();
  const [text, setText] = useState('');
  const [dimension, setDimension] = useState('');
  return (
    <form
      className="ma-add-action"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        onAdd(text, dimension || undefined);
        setText('');
      }}
    >
      <div className="ma-field ma-add-action__text">
        <label htmlFor={`${id}-text`}>{t('plan.custom.label')}</label>
        <input id={`${id}-text`} type="text" maxLength={ACTION_TEXT_MAX_LENGTH} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      </div>
      <div className="ma-field">
        <label htmlFor={`${id}-dimension`}>{t('plan.custom.dimension')}</label>
        <select id={`${id}-dimension`} value={dimension} onChange={(event) => setDimension(event.currentTarget.value)}>
          <option value="">{t('plan.custom.noDimension')}</option>
          {q.dimensions.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="res-button">
        {t('plan.custom.add')}
      </button>
    </form>
  );
}
