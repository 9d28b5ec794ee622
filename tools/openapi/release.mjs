#!/usr/bin/env node
// `npm run openapi:release`: the current document (docs/openapi.json) becomes the released baseline
// (docs/openapi.released.json) that the breaking-change check compares against, and the allow-list of intentional
// breaking changes (docs/openapi-breaking-changes.json) starts empty again: what it listed is now part of the baseline.
// Run it when a version of the API is released (deployed), and commit the three files together.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALLOW_LIST_TEMPLATE = {
  $comment:
    'Intentional breaking changes of docs/openapi.json against docs/openapi.released.json, each with the reason it is acceptable. ' +
    'tools/checks/openapi-breaking.spec.ts fails on a breaking change not listed here (copy its id from the failure). ' +
    '`npm run openapi:release` empties the list.',
  changes: [],
};

copyFileSync(path.join(root, 'docs/openapi.json'), path.join(root, 'docs/openapi.released.json'));
writeFileSync(path.join(root, 'docs/openapi-breaking-changes.json'), `${JSON.stringify(ALLOW_LIST_TEMPLATE, null, 2)}\n`);
process.stdout.write('docs/openapi.released.json is now docs/openapi.json; docs/openapi-breaking-changes.json is empty\n');
