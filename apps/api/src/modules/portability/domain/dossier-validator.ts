import Ajv2020 from 'ajv/dist/2020';
import { DOSSIER_SCHEMA } from './dossier-schema';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(DOSSIER_SCHEMA);

/** dossier.json against the published schema: null when it conforms, else the problems as JSON pointers (at most 10). */
export function dossierProblems(doc: unknown): { pointer: string; detail: string }[] | null {
  if (validate(doc)) return null;
  return (validate.errors ?? []).slice(0, 10).map((e) => ({ pointer: `/dossier.json${e.instancePath}`, detail: e.message ?? 'invalid' }));
}
