// Finding the LMS's SCORM API (src/lms/find_api.js) in made-up window hierarchies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PARENTS, findApi } from '../../src/lms/find_api.js';

const api2004 = () => ({ Initialize: () => 'true' });
const api12 = () => ({ LMSInitialize: () => 'true' });

/** A window whose parents are `depth` windows up, the topmost holding `top` (its own parent is itself). */
function chain(depth, top = {}) {
  const root = { ...top };
  root.parent = root;
  let win = root;
  for (let i = 0; i < depth; i += 1) win = { parent: win };
  return win;
}

test('outside an LMS there is no API, and nothing throws', () => {
  assert.equal(findApi(chain(3)), null);
  assert.equal(findApi({}), null);
});

test('the window itself, a parent or a far parent offers it; 2004 wins over 1.2', () => {
  const own = { API_1484_11: api2004(), parent: null };
  assert.equal(findApi(own).version, '2004');
  assert.equal(findApi(chain(2, { API: api12() })).version, '1.2');
  const both = findApi(chain(1, { API: api12(), API_1484_11: api2004() }));
  assert.equal(both.version, '2004');
  assert.equal(typeof both.api.Initialize, 'function');
});

test('the search stops where the ADL\'s does: 7 parents for 1.2, 500 for 2004', () => {
  assert.equal(findApi(chain(MAX_PARENTS['1.2'], { API: api12() }))?.version, '1.2');
  assert.equal(findApi(chain(MAX_PARENTS['1.2'] + 1, { API: api12() })), null);
  assert.equal(findApi(chain(MAX_PARENTS['2004'], { API_1484_11: api2004() }))?.version, '2004');
});

test('the opener and its parents are looked at after the window\'s own parents', () => {
  const opener = chain(2, { API: api12() });
  assert.equal(findApi({ parent: null, opener }).version, '1.2');
  const ownFirst = { API_1484_11: api2004(), opener: { API_1484_11: { Initialize: () => 'false' } } };
  assert.equal(findApi(ownFirst).api, ownFirst.API_1484_11);
});

test('a parent of another origin (access throws) and a look-alike without the method are passed over', () => {
  const foreign = { get API_1484_11() { throw new Error('SecurityError'); }, get parent() { throw new Error('SecurityError'); } };
  assert.equal(findApi({ parent: foreign }), null);
  assert.equal(findApi(chain(1, { API: { LMSInitialize: 'not a function' } })), null);
  const behindForeign = { parent: foreign, opener: chain(0, { API_1484_11: api2004() }) };
  assert.equal(findApi(behindForeign).version, '2004');
});
