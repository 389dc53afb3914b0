// The head script's pure parts (src/head/language.js): which cookie, which language, what a prerendered page hides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickLanguage, prerenderMarks, readCookie } from '../../src/head/language.js';

test('a cookie is read by its exact name, and only when its value is of the allowed characters', () => {
  assert.equal(readCookie('sb-lang=tr', 'sb-lang'), 'tr');
  assert.equal(readCookie('other=1; sb-lang=tr; x=y', 'sb-lang'), 'tr');
  assert.equal(readCookie('xsb-lang=tr', 'sb-lang'), undefined, 'a longer name that ends the same is another cookie');
  assert.equal(readCookie('sb-lang=TR', 'sb-lang'), undefined);
  assert.equal(readCookie('sb-doc=own-large', 'sb-doc'), undefined, 'no hyphen unless allowed');
  assert.equal(readCookie('sb-doc=own-large', 'sb-doc', 'a-z-'), 'own-large');
  assert.equal(readCookie('', 'sb-lang'), undefined);
});

test('the language: the remembered one, else the browser\'s first supported, else the first', () => {
  const codes = ['en', 'tr'];
  assert.equal(pickLanguage('tr', ['en-US'], codes), 'tr', 'the cookie wins');
  assert.equal(pickLanguage('de', ['de-DE', 'tr-TR', 'en'], codes), 'tr', 'an unknown cookie is passed over');
  assert.equal(pickLanguage(undefined, ['TR_tr'], codes), 'tr', 'case and underscore');
  assert.equal(pickLanguage(undefined, ['fr', 'de'], codes), 'en');
  assert.equal(pickLanguage(undefined, undefined, codes), 'en', 'a browser with no navigator.languages');
});

test('a prerendered page hides another language\'s page, and the content of an own document or a share link', () => {
  const codes = ['en', 'tr'];
  assert.equal(prerenderMarks({ lang: 'en', codes, doc: '', hash: '' }), '');
  assert.equal(prerenderMarks({ lang: 'tr', codes, doc: '', hash: '' }), 'lang');
  assert.equal(prerenderMarks({ lang: 'en', codes, doc: 'own', hash: '' }), 'state');
  assert.equal(prerenderMarks({ lang: 'tr', codes, doc: '', hash: '#share=abc' }), 'lang state');
  assert.equal(prerenderMarks({ lang: 'en', codes, doc: '', hash: '#top&share=abc' }), '', 'only a share link the app opens');
});
