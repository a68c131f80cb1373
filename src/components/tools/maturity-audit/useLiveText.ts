import { useEffect, useRef, useState } from 'react';

/**
 * Text for a live region: empty at first (the visible text is read in place), then `text` once
 * it has stayed the same for `delay` ms after a change, so fast answering does not chatter.
 */
export function useLiveText(text: string, delay: number): string {
  const [live, setLive] = useState('');
  const first = useRef(text);
  useEffect(() => {
    if (text === first.current) return undefined;
    first.current = '\u0000'; // from now on every change is announced
    const timer = window.setTimeout(() => setLive(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, delay]);
  return live;
}
