import { useEffect, useId, useState } from 'react';
import { parseDecimal } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { numberFormat } from '../../../lib/intl';

interface Props {
  readonly lang: Lang;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: number | null;
  /** Empty input means null (optional fields only). */
  readonly optional?: boolean;
  /** Error message for a parsed value, or null when acceptable. */
  readonly check: (value: number) => string | null;
  /** Message when the text is not a number. */
  readonly invalidMessage: string;
  readonly onCommit: (value: number | null) => void;
}

function show(value: number | null, lang: Lang): string {
  return value === null ? '' : numberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/**
 * A number typed as text (so "6,5" and "6.5" both work). The value is saved only when valid;
 * otherwise the text stays as typed with an error next to it, and nothing is lost.
 */
export function DecimalField({ lang, label, hint, value, optional = false, check, invalidMessage, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(() => show(value, lang));
  const [error, setError] = useState<string | null>(null);

  // A change from elsewhere (keyboard move, mode switch, another tab) replaces the text.
  useEffect(() => {
    const parsed = draft.trim() === '' ? null : parseDecimal(draft);
    if (parsed !== value) {
      setDraft(show(value, lang));
      setError(null);
    }
  }, [value, lang]);

  const onChange = (text: string): void => {
    setDraft(text);
    if (text.trim() === '') {
      if (optional) {
        setError(null);
        onCommit(null);
      } else setError(invalidMessage);
      return;
    }
    const parsed = parseDecimal(text);
    if (parsed === null) {
      setError(invalidMessage);
      return;
    }
    const problem = check(parsed);
    setError(problem);
    if (problem === null) onCommit(parsed);
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="res-field sp-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="res-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={() => {
          if (!error) setDraft(show(value, lang));
        }}
      />
      {error ? (
        <p className="sp-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
