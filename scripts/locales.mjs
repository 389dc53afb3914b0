// The message files (locales/, see locales/README.md) as the build ships them: one language file per language,
// `{"texts":[…],"plurals":[{…},…]}`, its keys in the order build.rs gives them (sorted by name; plain texts in
// `texts`, messages with plural forms in `plurals`). build.rs has checked every file before this runs (the wasm is
// compiled first), so this only reads; src/i18n/loaded.rs refuses a file whose counts are not the build's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The configured languages of `dir` (default: `$SB_LOCALES` or `locales`), the source language first. */
export function readLocales(dir = process.env.SB_LOCALES || 'locales') {
  const config = JSON.parse(readFileSync(join(dir, 'languages.json'), 'utf8'));
  const languages = config.languages.map((code) => ({
    code,
    messages: JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8')),
  }));
  if (languages[0]?.code !== config.source) throw new Error(`locales: ${dir}/languages.json must list the source first`);
  const names = Object.keys(languages[0].messages).sort(byCodePoint);
  const texts = names.filter((k) => typeof languages[0].messages[k] === 'string');
  const plurals = names.filter((k) => typeof languages[0].messages[k] !== 'string');
  return { source: config.source, languages, texts, plurals };
}

// Rust's `Ord` for `String` (build.rs's BTreeMap), not the locale-aware default of `sort()` on odd characters.
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The body of the language file of `language` (one of `readLocales().languages`). */
export function languageFile({ texts, plurals }, language) {
  const plain = texts.map((k) => language.messages[k]);
  const forms = plurals.map((k) => Object.fromEntries(Object.entries(language.messages[k]).sort(([a], [b]) => byCodePoint(a, b))));
  return JSON.stringify({ texts: plain, plurals: forms });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `index.html` with its marked texts written from the message files: an element with `data-i18n="Key"` gets the
 * source language's text, or with `data-i18n-every` each language's in a `<span lang>` (the page cannot know the
 * visitor's language before the app runs); `data-i18n-content="Key"` fills a `<meta>`'s content. The marks go.
 * Throws when a mark names no key, or when no mark is left to fill (the shell changed shape).
 */
export function fillShell(html, { languages }) {
  const text = (key, language) => {
    const message = language.messages[key];
    if (typeof message !== 'string') throw new Error(`locales: index.html names ${key}, which is not a text of ${language.code}.json`);
    return escapeHtml(message);
  };
  let filled = 0;
  let out = html.replace(/<(\w+)([^>]*?) data-i18n="?(\w+)"?( data-i18n-every)?([^>]*)><\/\1>/g, (_, tag, before, key, every, after) => {
    filled += 1;
    const inner = every
      ? languages.map((l) => `<span lang="${l.code}">${text(key, l)}</span>`).join(' / ')
      : text(key, languages[0]);
    return `<${tag}${before}${after}>${inner}</${tag}>`;
  });
  out = out.replace(/ data-i18n-content="?(\w+)"?/g, (_, key) => {
    filled += 1;
    return ` content="${text(key, languages[0])}"`;
  });
  if (filled === 0 || /data-i18n/.test(out)) throw new Error('locales: index.html has no data-i18n mark, or one this cannot fill');
  return out;
}
