import names from '../names.json' with { type: 'json' };

/** The value of the cookie `name` in `cookies` (`document.cookie`), if it is made of `allowed` characters. */
export function readCookie(cookies, name, allowed = 'a-z') {
  return new RegExp(`(?:^|; )${name}=([${allowed}]+)(?:;|$)`).exec(cookies)?.[1];
}

/**
 * The language the app will speak: the one it last showed (`remembered`, from its cookie), else the browser's first
 * supported one (`preferred`: `navigator.languages`), else the first of `codes`, as src/state/ui.rs `start` does on
 * a first visit.
 */
export function pickLanguage(remembered, preferred, codes) {
  if (codes.includes(remembered)) return remembered;
  return (preferred || []).map((l) => l.split(/[-_]/)[0].toLowerCase()).find((l) => codes.includes(l)) || codes[0];
}

/**
 * What a prerendered page (scripts/prerender.mjs, in the first language) must not paint for this visitor
 * (style/main.css): `lang` when the app will speak another language; `state` when the stored document is the
 * visitor's own (`doc`, the cookie the app keeps) or the address is a share link, which will ask to replace it.
 */
export function prerenderMarks({ lang, codes, doc, hash }) {
  return [lang !== codes[0] && 'lang', (doc || hash.startsWith(names.links.share)) && 'state'].filter(Boolean).join(' ');
}

/**
 * Starts fetching the texts of the language the app will speak, so they arrive and are decoded while the wasm
 * downloads and compiles, and leaves the language and the promise of its text for the app
 * (`window[names.globals.texts]`, taken by src/browser.rs `take_started_fetch`). Should the app choose otherwise (no
 * cookie yet), it fetches its own choice. Not the stored document: a first localStorage read holds the parser
 * (decision 0005). Then marks <html> for what a prerendered page must not paint, and for larger text.
 */
export function startLanguage(files) {
    const codes = Object.keys(files);
  let cookies = '';
  // (A sandboxed page may refuse its cookies.)
  try { cookies = document.cookie; } catch { /* none */ }
  const lang = pickLanguage(readCookie(cookies, names.cookies.lang), navigator.languages, codes);
  window[names.globals.lang] = lang;
  window[names.globals.texts] = { lang, text: fetch(files[lang]).then((r) => (r.ok ? r.text() : null), () => null) };
  const own = readCookie(cookies, names.cookies.doc, 'a-z-') || '';
  window[names.globals.doc] = own;
  const root = document.documentElement;
  if (own === names.docCookie.ownLarge) root.setAttribute(names.marks.text, names.marks.textLarge);
  root.setAttribute(names.marks.prerender, prerenderMarks({ lang, codes, doc: own, hash: location.hash }));
}
