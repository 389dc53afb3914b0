// The head script's pure parts (src/head/takeover.js): which elements count, and finding the visitor's again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counted, findAgain, remember } from '../../src/head/takeover.js';

const el = (tagName, textContent = '', attributes = []) => ({
  tagName,
  textContent,
  hasAttribute: (name) => attributes.includes(name),
});

test('the noscript note and the dates\' wrappers, which only prerendering adds, do not count', () => {
  assert.equal(counted(el('NOSCRIPT')), false);
  assert.equal(counted(el('SPAN', '4 Dec 2026', ['data-day'])), false);
  assert.equal(counted(el('SPAN', 'Other')), true);
  assert.equal(counted(el('INPUT', '', ['data-day'])), true, 'a date field is the visitor\'s, it counts');
});

test('an element is found again at its place, if of the same kind, and with `same` if it says the same', () => {
  const before = [el('H1', 'Overview'), el('BUTTON', 'Activate'), el('INPUT')];
  const now = [el('H1', 'Overview'), el('BUTTON', 'Activate'), el('INPUT')];
  assert.equal(findAgain(now, remember(before, before[1]), true), now[1]);
  assert.equal(findAgain(now, remember(before, before[2]), false), now[2]);
  const renamed = [el('H1', 'Overview'), el('BUTTON', 'Deactivate'), el('INPUT')];
  assert.equal(findAgain(renamed, remember(before, before[1]), true), null, 'a button that says otherwise is not pressed');
  assert.equal(findAgain(renamed, remember(before, before[1]), false), renamed[1]);
  assert.equal(findAgain([el('H1'), el('A', 'Activate')], remember(before, before[1]), false), null, 'another kind');
  assert.equal(findAgain(now, remember(before, el('P')), false), null, 'not among them');
  assert.equal(remember(before, null), null);
  assert.equal(findAgain(now, undefined, true), null);
});
