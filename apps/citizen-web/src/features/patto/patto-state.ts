import type { PattoResponse, PattoVersionResponse } from '@opencpi/contracts';

/**
 * Where the person stands with their patto, read from the patto module's answer (GET /api/citizen/patti) and shared
 * by every screen that shows it (home, patto page, plan), so that they never disagree:
 * - `none`: no patto; `drafting`: the CPI is writing it (nothing in force yet);
 * - `to_sign`: a version waits for the person's signature, by `dueDate` when the patto module set one (Rome date;
 *   shown with `DueDate`, "Scaduto il …" once past);
 * - `waiting_others`: the person signed, other parties (CPI, agency) have not yet: `missing` lists them;
 * - `signed`: a version is in force (`signedAt`); `closed`.
 */
export type PattoState =
  | { kind: 'none' }
  | { kind: 'drafting' }
  | { kind: 'to_sign'; version: PattoVersionResponse; dueDate?: string }
  | { kind: 'waiting_others'; version: PattoVersionResponse; citizenSignedAt: string; missing: string[] }
  | { kind: 'signed'; version: PattoVersionResponse; signedAt: string }
  | { kind: 'closed' };

export function pattoState(patto: PattoResponse | undefined): PattoState {
  if (!patto) return { kind: 'none' };
  if (patto.status === 'closed') return { kind: 'closed' };
  const versions = patto.versions;
  const proposed = [...versions].reverse().find((v) => v.status === 'proposed');
  if (proposed) {
    const mine = proposed.signatures.find((s) => s.party === 'citizen');
    if (!mine && proposed.requiredParties.includes('citizen'))
      return { kind: 'to_sign', version: proposed, ...(patto.signatureDueDate ? { dueDate: patto.signatureDueDate } : {}) };
    const missing = proposed.requiredParties.filter((p) => !proposed.signatures.some((s) => s.party === p));
    if (mine && missing.length > 0) return { kind: 'waiting_others', version: proposed, citizenSignedAt: mine.signedAt, missing };
  }
  const inForce = [...versions].reverse().find((v) => v.status === 'signed');
  if (inForce) return { kind: 'signed', version: inForce, signedAt: inForce.signedAt ?? inForce.createdAt };
  return { kind: 'drafting' };
}
