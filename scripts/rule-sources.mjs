// The Rules page's "The article's words" (issue 31): for each rule, its statement, the article's own words (the
// Turkish seed's, verbatim) with an English reading, or the app's reason where the article is silent. English and
// the quotes come from docs/rules.md, the one place they are written (tests/traceability.rs checks every quote
// against the seed); another language's statements and reasons from locales/rules.<code>.json, which must name
// exactly the rules of docs/rules.md (a language without such a file shows the English ones). The files are fetched
// only when the reader opens the section, so they cost the first load nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rules of docs/rules.md: `{ id, rule, quotes: [[words, reading]], why }` in document order. */
export function readRules(path = 'docs/rules.md') {
  const rules = [];
  let rule = null;
  let item = null;
  const flush = () => {
    if (!rule || item === null) return;
    const body = collapse(item);
    if (body.startsWith('- Article:')) {
      // “words” (reading): a reading in brackets right after a quote belongs to it.
      for (const m of body.matchAll(/“([^”]*)”(?:\s*\(((?:[^()]|\([^()]*\))*)\))?/g)) rule.quotes.push([m[1], m[2] ?? '']);
    } else if (body.startsWith('- *Interpretation:*')) {
      rule.why = body.slice('- *Interpretation:*'.length).trim();
    }
    item = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const head = line.match(/^- \*\*(R[^*]+)\*\* (.*)$/);
    if (head) {
      flush();
      rule = { id: head[1], rule: head[2], quotes: [], why: '' };
      rules.push(rule);
      item = null;
    } else if (rule && line.startsWith('  - ')) {
      flush();
      item = line.trim();
    } else if (rule && line.startsWith('    ')) {
      item = item === null ? null : `${item} ${line.trim()}`;
    } else if (rule && line.startsWith('  ') && item === null) {
      rule.rule += ` ${line.trim()}`;
    } else {
      flush();
      if (line.startsWith('#')) rule = null;
    }
  }
  flush();
  return rules.map((r) => ({ ...r, rule: plain(r.rule), why: plain(r.why) }));
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();
/** Markdown emphasis and code marks out: the app shows text, never markup. */
const plain = (s) => collapse(s.replace(/\*\*|`/g, '').replace(/\*([^*]+)\*/g, '$1'));

/**
 * The body of language `code`'s file: `{"rules":[[id, rule, [[words, reading], …], why], …]}`. The reading is
 * English only; another language has its own statement and reason from locales/rules.<code>.json.
 */
export function rulesFile(code, { source = 'en', docs = 'docs/rules.md', dir = 'locales' } = {}) {
  const rules = readRules(docs);
  const path = join(dir, `rules.${code}.json`);
  if (code === source || !existsSync(path)) {
    return JSON.stringify({ rules: rules.map((r) => [r.id, r.rule, r.quotes, r.why]) });
  }
  const own = JSON.parse(readFileSync(path, 'utf8'));
  const ids = rules.map((r) => r.id);
  const extra = Object.keys(own).filter((id) => !ids.includes(id));
  const missing = ids.filter((id) => !own[id]?.rule);
  if (extra.length || missing.length) {
    throw new Error(`rule-sources: ${path} must name exactly the rules of ${docs}: missing ${missing.join(', ') || 'none'}, extra ${extra.join(', ') || 'none'}`);
  }
  for (const r of rules) {
    if (Boolean(own[r.id].why) !== Boolean(r.why)) {
      throw new Error(`rule-sources: ${path} ${r.id} must give a reason exactly when ${docs} has an Interpretation line`);
    }
  }
  return JSON.stringify({ rules: rules.map((r) => [r.id, own[r.id].rule, r.quotes.map(([words]) => [words, '']), own[r.id].why ?? '']) });
}
