import type { Caller } from './authz-fixture';

/** What a caller gets from a route, and the shorthands for the usual policies (rows in authz-matrix.expectations.ts and expectations/*.ts). */
export type Outcome = 200 | 201 | 204 | 302 | 400 | 401 | 403 | 404 | 409 | '2xx';
/**
 * `agencyClient` (an agency's machine client: a bearer token, never a cookie) is anonymous to every session route, so a
 * row that leaves it out expects for it what `anonymous` gets; `@AgencyScopes` routes name it (see `machine`).
 */
export type RouteExpectation = Record<Exclude<Caller, 'agencyClient'>, Outcome> & { agencyClient?: Outcome };

/** What a role should get from a route. */
export const expectedOutcome = (e: RouteExpectation | undefined, role: Caller): Outcome | undefined => (role === 'agencyClient' ? (e?.agencyClient ?? e?.anonymous) : e?.[role]);

export function matches(want: Outcome, status: number): boolean {
  return want === '2xx' ? status >= 200 && status < 300 : want === status;
}

export const all = (o: Outcome): RouteExpectation => ({ anonymous: o, citizen: o, operator: o, employer: o, agency: o, manager: o, intermediary: o, assessor: o });
/** @Allow([citizen]): anonymous 401; every caller acts as the citizen they are */
export const citizen = (o: Outcome): RouteExpectation => ({ ...all(o), anonymous: 401 });
/** @Allow(OFFICE_ROLES): operator and manager (both of another office) get `o`, the others 403; the assessor caller is also an operator of CPI Torino */
export const office = (o: Outcome): RouteExpectation => ({ ...all(403), anonymous: 401, operator: o, manager: o, assessor: o });
export const employer = (o: Outcome): RouteExpectation => ({ ...all(403), anonymous: 401, employer: o });
export const agency = (o: Outcome): RouteExpectation => ({ ...all(403), anonymous: 401, agency: o });
/** @Allow([cpi_manager, region_admin]): only the manager gets `o` */
export const managers = (o: Outcome): RouteExpectation => ({ ...all(403), anonymous: 401, manager: o });
/** @AgencyScopes(...): only the agency's machine client (bearer token) gets `o`; every session caller, and anonymous, 401 */
export const machine = (o: Outcome): RouteExpectation => ({ ...all(401), agencyClient: o });
