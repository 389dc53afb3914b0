import names from '../names.json' with { type: 'json' };

/** Whether `el` counts when elements are matched by their place in the page: not the noscript note nor a date's
 * wrapper, which only prerendering adds. */
export function counted(el) {
  return el.tagName !== 'NOSCRIPT' && !(el.tagName === 'SPAN' && el.hasAttribute(names.marks.day));
}

/** What is remembered of `el` among `before` (the prerendered page's counted elements): its place, tag and text. */
export function remember(before, el) {
  return el && { at: before.indexOf(el), tag: el.tagName, text: el.textContent };
}

/** The element of `now` (the app's counted elements) where `was` was, if it is of the same kind (and, with `same`,
 * says the same); else null. */
export function findAgain(now, was, same) {
  const el = was && was.at >= 0 ? now[was.at] : null;
  return el && el.tagName === was.tag && (!same || el.textContent === was.text) ? el : null;
}

/**
 * The app takes over a prerendered page: on 'sb-mount' (the app is about to mount) the prerendered copy goes, all
 * of <body> but the boot error; on 'sb-rendered' (mounted, same task) what the visitor did meanwhile is carried
 * over to the element now where theirs was in document order, if it is the same kind of element: the scroll
 * position, focus (if it says the same), what was typed into fields (given to the app as input), and the last
 * button pressed, pressed again.
 */
export function carryOver() {
    const prerendered = () => document.body?.hasAttribute(names.marks.prerendered);
  const all = () => [...document.body.getElementsByTagName('*')].filter(counted);
  const typed = new Map();
  let pressed;
  addEventListener('input', (e) => { if (prerendered()) typed.set(e.target, e.target.value); }, true);
  addEventListener('click', (e) => {
    const button = e.target.closest?.('button');
    // (Not submitted: the page's CSP allows no form action anyway.)
    if (button && prerendered()) { pressed = button; e.preventDefault(); }
  }, true);
  addEventListener(names.events.mount, () => {
    if (!prerendered()) return;
    const body = document.body, x = scrollX, y = scrollY;
    const before = all();
    const focus = remember(before, document.activeElement), press = remember(before, pressed);
    const fields = [...typed].map(([el, value]) => ({ ...remember(before, el), value }));
    for (const n of [...body.childNodes]) if (n.id !== names.marks.bootError) n.remove();
    body.removeAttribute(names.marks.prerendered);
    addEventListener(names.events.rendered, () => {
      scrollTo(x, y);
      findAgain(all(), focus, true)?.focus({ preventScroll: true });
      // In a task after the app's first effects, which set up its forms.
      setTimeout(() => {
        const now = all();
        for (const f of fields) {
          const el = findAgain(now, f, false);
          if (el) {
            el.value = f.value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }
        }
        findAgain(now, press, true)?.click();
      });
    }, { once: true });
  }, { once: true });
}
