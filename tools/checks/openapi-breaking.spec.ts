import { readFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, type OpenApiDocument } from '../openapi/openapi-diff';

/**
 * The contract gate (issue 12): every breaking change of the committed docs/openapi.json against the released baseline
 * docs/openapi.released.json must be recorded, with its reason, in docs/openapi-breaking-changes.json.
 * `npm run openapi:release` makes the current document the baseline and empties the list.
 */
const root = path.resolve(__dirname, '../..');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

interface AllowList {
  changes: { change: string; reason: string }[];
}

describe('the OpenAPI contract against the released baseline', () => {
  const found = breakingChanges(read<OpenApiDocument>('docs/openapi.released.json'), read<OpenApiDocument>('docs/openapi.json')).map((c) => c.id);
  const allowed = read<AllowList>('docs/openapi-breaking-changes.json').changes;

  it('has no breaking change that docs/openapi-breaking-changes.json does not record (add { "change": "<id>", "reason": "…" })', () => {
    const recorded = new Set(allowed.map((c) => c.change));
    expect(found.filter((id) => !recorded.has(id))).toEqual([]);
  });

  it('records each intentional breaking change once, with a reason, and only changes that still happen', () => {
    expect(allowed.filter((c) => typeof c.reason !== 'string' || c.reason.trim().length < 10).map((c) => c.change)).toEqual([]);
    expect(allowed.map((c) => c.change).filter((id, i, all) => all.indexOf(id) !== i)).toEqual([]);
    expect(allowed.map((c) => c.change).filter((id) => !found.includes(id))).toEqual([]);
  });
});
