/**
 * Whether the page is being printed, from the two ways a browser says so: the beforeprint /
 * afterprint events (the browser's Print menu, window.print()) and the print media query (print
 * emulation, and some browsers' menus). Either one is enough; printing ends when neither holds.
 */
export type PrintSignal = 'beforeprint' | 'afterprint' | 'media-print' | 'media-screen';

export interface PrintState {
  readonly event: boolean;
  readonly media: boolean;
}

export const NOT_PRINTING: PrintState = { event: false, media: false };

export function isPrintState(state: PrintState): boolean {
  return state.event || state.media;
}

export function nextPrintState(state: PrintState, signal: PrintSignal): PrintState {
  switch (signal) {
    case 'beforeprint':
      return { ...state, event: true };
    case 'afterprint':
      return { ...state, event: false };
    case 'media-print':
      return { ...state, media: true };
    case 'media-screen':
      return { ...state, media: false };
  }
}
