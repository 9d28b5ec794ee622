import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * For the test that every audit action the API writes has a label: the action codes, read from the API's source.
 * An action is written as `action: '<code>'` in an audit record, passed as the `action` argument of a helper that
 * audits (registry.citizenForStaff, a module's inScope…), or named by an exported constant; a code built from a
 * template (`company.${status}`) is listed with its values in TEMPLATE_CODES.
 */

const CODE = String.raw`[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+){1,3}`;
/** helpers whose arguments include the audit action of the read or change they record */
const AUDITING_HELPERS = 'citizenForStaff|citizenInScope|checkScope|operatorPatto|inScope|outputInScope|saveChannel|withNames|toCandidates|summaries|responses|change';
/** the first segment of every audit action: the module (or platform area) that writes it */
const NAMESPACES = new Set([
  'agencies',
  'agenda',
  'assistance',
  'campaigns',
  'certificazioni',
  'citizen',
  'company',
  'condizionalita',
  'consent',
  'dossier',
  'events',
  'identity',
  'intermediaries',
  'ivc',
  'matching',
  'monitoring',
  'notifications',
  'patto',
  'portability',
  'registry',
  'surveys',
]);

/** codes built from templates in the API, with every value they take */
export const TEMPLATE_CODES: Record<string, readonly string[]> = {
  'company.${status}': ['company.approved', 'company.rejected'],
  "intermediaries.delegation.${approved ? 'approve' : 'reject'}": ['intermediaries.delegation.approve', 'intermediaries.delegation.reject'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' || e.name === 'seed' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !/\.(spec|int-spec)\.ts$|test-kit\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every audit action code in the API's source (`apiSrc`: apps/api/src), and the templates found. */
export function auditActionCodes(apiSrc: string): { codes: Set<string>; templates: Set<string> } {
  const codes = new Set<string>();
  const templates = new Set<string>();
  const literal = new RegExp(`'(${CODE})'`, 'g');
  for (const file of sourceFiles(apiSrc)) {
    const text = readFileSync(file, 'utf8');
    const add = (found: string) => {
      for (const l of found.matchAll(literal)) if (NAMESPACES.has(l[1]!.split('.')[0]!)) codes.add(l[1]!);
    };
    // `action: 'x'`, `action: cond ? 'x' : 'y'`, and a default `action = 'x'`
    for (const m of text.matchAll(/\baction(?::|\s*=)\s*([^,\n}]+)/g)) add(m[1]!);
    for (const m of text.matchAll(/\baction:\s*`([^`]+)`/g)) templates.add(m[1]!);
    // the arguments of an auditing helper, up to the end of the statement
    for (const m of text.matchAll(new RegExp(`\\b(?:${AUDITING_HELPERS})\\(([^;]*)`, 'g'))) add(m[1]!);
    // an exported constant of a file that audits (queue names are not actions)
    if (/\baudit/i.test(text)) for (const m of text.matchAll(/export const ([A-Z_]+) = ('[^']+');/g)) if (!/QUEUE$|JOB$/.test(m[1]!)) add(m[2]!);
  }
  for (const t of templates) for (const c of TEMPLATE_CODES[t] ?? []) codes.add(c);
  return { codes, templates };
}
