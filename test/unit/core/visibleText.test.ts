import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleText } from '../../../src/core/visibleText';

test('leaves out markup, entities, whitespace and rules, and keeps rules when asked', () => {
  const s = '<p style="x">Page&nbsp;12</p>\n<hr/>\n____ ==== ---- \u2014\u2013 <b>Item 7.</b>';
  assert.equal(visibleText(s), 'Page12Item7.');
  assert.equal(visibleText(s, 'keep'), 'Page12____====----\u2014\u2013Item7.');
  assert.equal(visibleText('\n\t <br> &#160; '), '');
});
