/**
 * The "hide notes for trainers" buttons of the chapters' exercises. The choice holds for every
 * chapter: it is kept in local storage and mirrored on <html data-trainer-notes="hidden">, which
 * an early inline script (TrainerNotes.astro) sets before the notes are drawn, so nothing flashes.
 */
export const TRAINER_NOTES_KEY = 'kmm-trainer-notes';
const ATTR = 'data-trainer-notes';

function hidden(): boolean {
  return document.documentElement.getAttribute(ATTR) === 'hidden';
}

function apply(hide: boolean) {
  const root = document.documentElement;
  if (hide) root.setAttribute(ATTR, 'hidden');
  else root.removeAttribute(ATTR);
}

export function initTrainerNotes() {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-trainer-toggle]')];
  if (!buttons.length) return;
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-expanded', String(!hidden()));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const hide = !hidden();
      apply(hide);
      try {
        if (hide) localStorage.setItem(TRAINER_NOTES_KEY, 'hidden');
        else localStorage.removeItem(TRAINER_NOTES_KEY);
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
      sync();
    });
  }
  // Another tab changed the choice: follow it.
  addEventListener('storage', (e) => {
    if (e.key !== TRAINER_NOTES_KEY && e.key !== null) return;
    apply(e.newValue === 'hidden');
    sync();
  });
  sync();
}
