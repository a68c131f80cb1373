/** Phone-width menu: toggles the sidebar, closes on Escape and on navigation. */
export function initMenu() {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.getElementById('sidebar');
  if (!button || !sidebar) return;
  const label = button.querySelector('[data-menu-label]');
  const set = (open: boolean) => {
    document.body.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', String(open));
    if (label) label.textContent = (open ? button.dataset['labelClose'] : button.dataset['labelOpen']) ?? '';
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    set(open);
    if (open) sidebar.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
  sidebar.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) set(false);
  });
}
