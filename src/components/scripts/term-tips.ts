/** On touch screens the first tap on a glossary term shows its definition; a second tap follows the link. */
export function initTermTips() {
  if ((document.documentElement as HTMLElement & { kmmTermTips?: boolean }).kmmTermTips) return;
  (document.documentElement as HTMLElement & { kmmTermTips?: boolean }).kmmTermTips = true;
  let lastPointer = 'mouse';
  document.addEventListener('pointerdown', (e) => { lastPointer = e.pointerType; }, true);
  document.addEventListener('click', (e) => {
    const term = (e.target as Element).closest<HTMLElement>('[data-term]');
    document.querySelectorAll('.term.tip-open').forEach((el) => el !== term && el.classList.remove('tip-open'));
    if (!term || lastPointer !== 'touch') return;
    if (!term.classList.contains('tip-open')) {
      e.preventDefault();
      term.classList.add('tip-open');
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') document.querySelectorAll('.term.tip-open').forEach((el) => el.classList.remove('tip-open'));
  });
}
