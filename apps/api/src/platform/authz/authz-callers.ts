import type { DirectSession } from '../../../test/direct-session';

/**
 * The people the matrix calls as (development identities of the demo seed) and the victim they reach for.
 * Every caller works, lives or trades on the Torino side; the victim is Giulia Bianchi, a citizen of CPI Moncalieri,
 * whose records are made by Anna Ferrari (operator, CPI Moncalieri) for a company none of the callers represents.
 */
export const CALLERS = {
  citizen: 'RSSMRA85T10L219G', // Mario Rossi, citizen, Torino
  operator: 'VRDLCU78C15L219W', // Luca Verdi, operator, CPI Torino (another office than the victim's)
  employer: 'GRCLRA80S48L219S', // Laura Greco, referent of Officine Subalpine (not the victim vacancy's company)
  agency: 'MRNDVD88L05G674W', // Davide Marino, LavoroPiù (not a party to the victim's patto)
  manager: 'CLMPLA70E20C627O', // Paolo Colombo, manager, CPI Torino
  intermediary: 'GLLMRC77P03L219U', // Marco Gallo, CAF Torino Centro (no delegation from the victim; hers is to a patronato)
  assessor: 'MRTCHR86E41L219F', // Chiara Moretti, operator at CPI Torino and appointed IVC assessor for Piedmont (ivc_assessor)
} as const;
/** `agencyClient`: the machine client of the agency caller's agency (LavoroPiù), with a bearer token of every scope and no cookie */
export type Caller = 'anonymous' | keyof typeof CALLERS | 'agencyClient';
export const ROLES: readonly Caller[] = ['anonymous', 'citizen', 'operator', 'employer', 'agency', 'manager', 'intermediary', 'assessor', 'agencyClient'];

/** A request's parts besides method and path. */
export interface RouteInput {
  query?: Record<string, string | number>;
  body?: object;
  form?: Record<string, string>;
  file?: { field: string; name: string; content: Buffer };
}

export interface Foreign {
  /** path parameter name → someone else's id */
  params: Record<string, string>;
  /** what each route is sent (query, body, upload), built from someone else's ids */
  inputs: Record<string, RouteInput>;
  sessions: Record<Exclude<Caller, 'anonymous' | 'agencyClient'>, DirectSession>;
  /** a valid access token of the agency caller's agency's machine client (renewed before it expires) */
  agencyBearer: () => Promise<string>;
  /** what no caller may find in any answer: the victim's fiscal code and the ids of her records */
  secrets: string[];
}
