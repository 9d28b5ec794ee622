import type { CitizenDossierResponse, CitizenSearchResponse, StaffProfileResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/** GET /api/operator/registry/me: the logged-in staff member and the offices they serve. */
export function getStaffProfile(signal?: AbortSignal): Promise<StaffProfileResponse> {
  return call(() => apiClient().GET('/api/operator/registry/me', { signal }));
}

export interface CitizenSearchParams {
  /** part of the family and/or given name (at least 2 letters) */
  q?: string;
  /** an exact fiscal code */
  fiscalCode?: string;
  limit?: number;
  offset?: number;
}

export const CITIZEN_SEARCH_PAGE_SIZE = 20;

/**
 * Structure of a codice fiscale, omocodia letters included (same as FISCAL_CODE_PATTERN in contracts, copied
 * because the SPAs take only types from contracts).
 */
const FISCAL_CODE_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/**
 * True when a search input is meant as a fiscal code: 16 letters and digits with the fiscal-code structure, or
 * with at least one digit (a mistyped code, which the API then reports as invalid rather than finding no name).
 */
export function looksLikeFiscalCode(input: string): boolean {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9]{16}$/.test(compact) && (FISCAL_CODE_SHAPE.test(compact) || /\d/.test(compact));
}

/** The query for one search box: `fiscalCode` when the text looks like one, `q` otherwise. */
export function citizenSearchParams(input: string, offset = 0, limit = CITIZEN_SEARCH_PAGE_SIZE): CitizenSearchParams {
  const text = input.trim().replace(/\s+/g, ' ');
  return looksLikeFiscalCode(text) ? { fiscalCode: text.replace(/\s+/g, '').toUpperCase(), limit, offset } : { q: text, limit, offset };
}

/** GET /api/operator/registry/citizens?q=|fiscalCode=&limit=&offset= (each result read is audited). */
export function searchCitizens(params: CitizenSearchParams, signal?: AbortSignal): Promise<CitizenSearchResponse> {
  const query = { q: params.q, fiscalCode: params.fiscalCode, limit: params.limit ?? CITIZEN_SEARCH_PAGE_SIZE, offset: params.offset ?? 0 };
  return call(() => apiClient().GET('/api/operator/registry/citizens', { params: { query }, signal }));
}

/** GET /api/operator/registry/citizens/:citizenId (audited). */
export function getCitizenDossier(citizenId: string, signal?: AbortSignal): Promise<CitizenDossierResponse> {
  return call(() => apiClient().GET('/api/operator/registry/citizens/{citizenId}', { params: { path: { citizenId } }, signal }));
}
