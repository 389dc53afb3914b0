import names from '../names.json' with { type: 'json' };

/**
 * The offline app: the service worker (sw.js, beside index.html, so its scope is the app's sub-path) is registered
 * once the app has rendered its first page ('sb-rendered'), so precaching never competes with that render (decision
 * 0014). A new version's worker waits; the app is told ('sb-update', and data-update on <html> for an app that
 * starts later) and offers to reload; its Reload button sends 'sb-reload', and the waiting worker takes over, then
 * the page reloads into the new files.
 */
export function registerWorker() {
  // Inside a SCORM package the LMS serves the files and updates them: no worker caching its paths.
  if (!('serviceWorker' in navigator) || document.querySelector(`meta[name="${names.metas.package}"]`)) return;
  const sw = navigator.serviceWorker;
  let waiting;
  const ready = (worker) => {
    waiting = worker;
    document.documentElement.setAttribute(names.marks.update, 'ready');
    dispatchEvent(new Event(names.events.update));
  };
  // In a task of its own, after the one that rendered, which it would otherwise lengthen.
  addEventListener(names.events.rendered, () => setTimeout(() => sw.register('sw.js').then((reg) => {
    // No registration when service workers are blocked (a policy, or a test harness).
    if (!reg) return;
    if (reg.waiting && sw.controller) ready(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => { if (worker.state === 'installed' && sw.controller) ready(worker); });
    });
  }, () => {})), { once: true });
  addEventListener(names.events.reload, () => {
    if (!waiting) return;
    sw.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage('skip-waiting');
  });
}
