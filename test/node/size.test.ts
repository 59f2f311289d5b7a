// The size budget of what a page loads to show the elements: the drop-in file, gzipped. The build
// prints the same figure; README's "Performance" section records it. This checks bytes, not time.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const { gzipBudgetBytes, gzipTargetBytes } = JSON.parse(readFileSync('package.json', 'utf8')).config;
const FILE = 'dist/ladder-elements.js';

describe('size budget', { skip: !existsSync(FILE) && 'run `npm run build` first' }, () => {
  it(`keeps ${FILE} within its gzip budget`, () => {
    const gz = gzipSync(readFileSync(FILE), { level: 9 }).length;
    console.log(`${FILE}: ${gz} bytes gzip (budget ${gzipBudgetBytes}, target ${gzipTargetBytes})`);
    assert.ok(gz <= gzipBudgetBytes, `${FILE} is ${gz} bytes gzip, over its budget of ${gzipBudgetBytes}`);
  });
});
