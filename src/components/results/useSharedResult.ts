import { useCallback, useEffect, useState } from 'react';
import { clearFragment } from './browser';
import { formatErrorSummary, hasShareFragment, importShareFragment, resultsText, type Lang, type ResultEnvelope, type ToolDefinition } from './deps';

export type SharedResult<TData> =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly envelope: ResultEnvelope<TData> }
  | { readonly kind: 'error'; readonly message: string };

/** The result carried by the page's `#r=` fragment, if any; `close` drops the fragment. */
export function useSharedResult<TData>(
  tool: ToolDefinition<TData>,
  lang: Lang,
): { readonly shared: SharedResult<TData>; readonly close: () => void } {
  const [shared, setShared] = useState<SharedResult<TData>>({ kind: 'none' });

  useEffect(() => {
    let cancelled = false;
    const read = async (): Promise<void> => {
      const hash = window.location.hash;
      if (!hasShareFragment(hash)) {
        setShared({ kind: 'none' });
        return;
      }
      setShared({ kind: 'loading' });
      const outcome = await importShareFragment(hash, { expectedTool: tool, lang });
      if (cancelled) return;
      setShared(outcome.ok ? { kind: 'ready', envelope: outcome.envelope } : { kind: 'error', message: formatErrorSummary(outcome.errors, resultsText(lang), 'link') });
    };
    void read();
    const onHashChange = (): void => void read();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [tool, lang]);

  const close = useCallback(() => {
    clearFragment();
    setShared({ kind: 'none' });
  }, []);

  return { shared, close };
}
