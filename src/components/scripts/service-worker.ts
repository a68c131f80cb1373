/**
 * Registers the offline service worker (scripts/service-worker.mjs writes it after the build)
 * and handles new editions: when a new worker is installed while this page is controlled by an
 * older one, the notice shows "a new edition is available — Reload"; Reload asks the waiting
 * worker to take over and reloads once it has. Never reloads on its own.
 *
 * Quiet by design: no worker support (plain http), `astro dev`, or any failure (private mode,
 * blocked, no network) simply leaves the site as it is without one.
 */
type Message = { type: 'SKIP_WAITING' } | { type: 'KEEP_URLS'; urls: string[] };

function post(worker: ServiceWorker | null | undefined, message: Message) {
  try {
    worker?.postMessage(message);
  } catch {
    /* worker gone */
  }
}

/** This page and the files it loaded so far (the worker keeps those in its scope). */
function pageUrls(): string[] {
  const urls = [location.href];
  try {
    for (const entry of performance.getEntriesByType('resource')) urls.push(entry.name);
  } catch {
    /* no resource timing: the page alone */
  }
  return urls;
}

export function initServiceWorker() {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const { swUrl, swScope } = notice?.dataset ?? {};
  if (!notice || !swUrl || !swScope || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  if (!import.meta.env.PROD) {
    // `astro dev` on the origin where a built copy once ran (npm run preview): retire its worker.
    container.getRegistration(swScope).then((old) => old?.unregister()).catch(() => undefined);
    return;
  }
  let reg: ServiceWorkerRegistration | undefined;
  let reloadAsked = false;

  container.addEventListener('controllerchange', () => {
    if (!reloadAsked) return;
    reloadAsked = false;
    location.reload();
  });

  const offer = () => {
    // No controller: first install, nothing is out of date. Already shown: nothing to add.
    if (!container.controller || notice.childElementCount > 0) return;
    const text = document.createElement('p');
    text.textContent = notice.dataset['msgText'] ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary';
    button.textContent = notice.dataset['msgReload'] ?? '';
    button.addEventListener('click', () => {
      button.disabled = true;
      const waiting = reg?.waiting;
      // Another tab may already have switched to the new worker: then a plain reload is enough.
      if (!waiting) return location.reload();
      reloadAsked = true;
      post(waiting, { type: 'SKIP_WAITING' });
    });
    notice.replaceChildren(text, button);
  };

  const keepThisPage = () => container.ready.then((ready) => post(ready.active, { type: 'KEEP_URLS', urls: pageUrls() }));

  afterLoadWhenIdle(() => container
    .register(swUrl, { scope: swScope })
    .then((registration) => {
      // A test browser may stub register() to resolve with nothing.
      if (!registration) return;
      reg = registration;
      if (registration.waiting) offer();
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer();
        });
      });
      return keepThisPage();
    })
    .catch(() => {
      /* no offline copies this time; the site works as before */
    }));
}

/**
 * Runs `task` once the page has loaded and the main thread is idle, so that installing the worker
 * (its script, its first copies) never competes with a first visit's own loading.
 */
function afterLoadWhenIdle(task: () => void) {
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: 3000 });
    else setTimeout(task, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
