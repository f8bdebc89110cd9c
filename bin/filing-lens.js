#!/usr/bin/env node
// The filing-lens command: a thin launcher for the bundled CLI (built by `npm run build`, run on install by `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  console.error('filing-lens: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
