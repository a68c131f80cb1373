const KEY = 'kmm-theme';
type Choice = 'auto' | 'light' | 'dark';

function read(): Choice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(choice: Choice) {
  const root = document.documentElement;
  if (choice === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

export function initThemeSwitch() {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')];
  for (const select of selects) {
    select.value = read();
    select.addEventListener('change', () => {
      apply(select.value as Choice);
      for (const other of selects) other.value = select.value;
    });
  }
}
