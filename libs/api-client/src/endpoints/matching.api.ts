import type {
  ApplicationListResponse, ApplicationResponse, CandidateListResponse, ComuneListResponse, CourseBody, CourseListResponse, CourseResponse,
  InviteInterviewBody, ModerateVacancyBody, OperatorVacancyBody, OutcomeResponse, ProfileResponse, RecordOutcomeBody, RecruitingDayBody,
  RecruitingDayListResponse, RecruitingDayResponse, SaveProfileBody, SharedCandidateListResponse, TaxonomyListResponse, VacancyBody,
  VacancyListResponse, VacancyMatchListResponse, VacancyMatchResponse, VacancyResponse,
} from '@opencpi/contracts';
import { API_BASE, apiRequest } from '../http-client';

const id = (s: string) => encodeURIComponent(s);

// ---- taxonomy (public) ----

/** GET /api/public/matching/skills?q= : ESCO skills for autocomplete */
export function searchSkills(q: string, signal?: AbortSignal): Promise<TaxonomyListResponse> {
  return apiRequest('/public/matching/skills', { query: { q, limit: 10 }, signal });
}
/** GET /api/public/matching/occupations?q= : ESCO occupations (with ISCO code) for autocomplete */
export function searchOccupations(q: string, signal?: AbortSignal): Promise<TaxonomyListResponse> {
  return apiRequest('/public/matching/occupations', { query: { q, limit: 10 }, signal });
}
/** GET /api/public/matching/comuni?q= */
export function searchComuni(q: string, signal?: AbortSignal): Promise<ComuneListResponse> {
  return apiRequest('/public/matching/comuni', { query: { q }, signal });
}

// ---- citizen ----

/** GET /api/citizen/matching/profile (pre-filled from DID and registry when not saved yet) */
export function getMyProfile(signal?: AbortSignal): Promise<ProfileResponse> {
  return apiRequest('/citizen/matching/profile', { signal });
}
/** PUT /api/citizen/matching/profile */
export function saveMyProfile(body: SaveProfileBody): Promise<ProfileResponse> {
  return apiRequest('/citizen/matching/profile', { method: 'PUT', body });
}
/** URL of the Europass-style CV (PDF) */
export function myCvUrl(): string {
  return `${API_BASE}/citizen/matching/profile/cv`;
}
export interface VacancySearchParams { q?: string; contractType?: string; hours?: string; withinReach?: 'true' | 'false'; limit?: number }
/** GET /api/citizen/matching/vacancies: sorted by fit, each with its explanation */
export function getMatchingVacancies(params: VacancySearchParams, signal?: AbortSignal): Promise<VacancyMatchListResponse> {
  return apiRequest('/citizen/matching/vacancies', { query: { ...params }, signal });
}
/** GET /api/citizen/matching/vacancies/:vacancyId: with explanation and courses for each missing skill */
export function getVacancyMatch(vacancyId: string, signal?: AbortSignal): Promise<VacancyMatchResponse> {
  return apiRequest(`/citizen/matching/vacancies/${id(vacancyId)}`, { signal });
}
export function saveVacancy(vacancyId: string): Promise<void> {
  return apiRequest(`/citizen/matching/vacancies/${id(vacancyId)}/save`, { method: 'POST' });
}
export function unsaveVacancy(vacancyId: string): Promise<void> {
  return apiRequest(`/citizen/matching/vacancies/${id(vacancyId)}/save`, { method: 'DELETE' });
}
/** POST /api/citizen/matching/vacancies/:vacancyId/apply (409 ALREADY_APPLIED) */
export function applyToVacancy(vacancyId: string): Promise<ApplicationResponse> {
  return apiRequest(`/citizen/matching/vacancies/${id(vacancyId)}/apply`, { method: 'POST' });
}
export function getMyApplications(signal?: AbortSignal): Promise<ApplicationListResponse> {
  return apiRequest('/citizen/matching/applications', { signal });
}
/** POST /api/citizen/matching/applications/:applicationId/consent: may the employer see my name? */
export function answerConsent(applicationId: string, granted: boolean): Promise<ApplicationResponse> {
  return apiRequest(`/citizen/matching/applications/${id(applicationId)}/consent`, { method: 'POST', body: { granted } });
}
/** GET /api/citizen/matching/courses/suggestions: courses covering most of my gaps for my target occupations */
export function getCourseSuggestions(signal?: AbortSignal): Promise<CourseListResponse> {
  return apiRequest('/citizen/matching/courses/suggestions', { signal });
}
export function getCitizenRecruitingDays(signal?: AbortSignal): Promise<RecruitingDayListResponse> {
  return apiRequest('/citizen/matching/recruiting-days', { signal });
}
export function signUpRecruitingDay(recruitingDayId: string, vacancyIds: string[]): Promise<RecruitingDayResponse> {
  return apiRequest(`/citizen/matching/recruiting-days/${id(recruitingDayId)}/signup`, { method: 'POST', body: { vacancyIds } });
}

/** POST /api/citizen/matching/recruiting-days/:recruitingDayId/slots/:slotId/book (409 SLOT_FULL when taken) */
export function bookRecruitingSlot(recruitingDayId: string, slotId: string): Promise<RecruitingDayResponse> {
  return apiRequest(`/citizen/matching/recruiting-days/${id(recruitingDayId)}/slots/${id(slotId)}/book`, { method: 'POST' });
}

// ---- employer (company area of the citizen app) ----

export function getCompanyVacancies(signal?: AbortSignal): Promise<VacancyListResponse> {
  return apiRequest('/employer/matching/vacancies', { signal });
}
export function getCompanyVacancy(vacancyId: string, signal?: AbortSignal): Promise<VacancyResponse> {
  return apiRequest(`/employer/matching/vacancies/${id(vacancyId)}`, { signal });
}
/** POST /api/employer/matching/vacancies: a draft (flags are computed and returned) */
export function createCompanyVacancy(body: VacancyBody): Promise<VacancyResponse> {
  return apiRequest('/employer/matching/vacancies', { method: 'POST', body });
}
/** PUT /api/employer/matching/vacancies/:vacancyId (drafts only) */
export function updateCompanyVacancy(vacancyId: string, body: VacancyBody): Promise<VacancyResponse> {
  return apiRequest(`/employer/matching/vacancies/${id(vacancyId)}`, { method: 'PUT', body });
}
/** POST …/publish: 422 VACANCY_FLAGGED (errors point to /title or /description) while a flagged requirement remains */
export function publishCompanyVacancy(vacancyId: string): Promise<VacancyResponse> {
  return apiRequest(`/employer/matching/vacancies/${id(vacancyId)}/publish`, { method: 'POST' });
}
export function closeCompanyVacancy(vacancyId: string): Promise<VacancyResponse> {
  return apiRequest(`/employer/matching/vacancies/${id(vacancyId)}/close`, { method: 'POST' });
}
/** GET …/candidates: the shortlist the CPI shared, anonymised until each candidate consents */
export function getSharedCandidates(vacancyId: string, signal?: AbortSignal): Promise<SharedCandidateListResponse> {
  return apiRequest(`/employer/matching/vacancies/${id(vacancyId)}/candidates`, { signal });
}

// ---- operator ----

/** GET /api/operator/matching/vacancies: my offices' vacancies and those waiting for moderation */
export function getOperatorVacancies(signal?: AbortSignal): Promise<VacancyListResponse> {
  return apiRequest('/operator/matching/vacancies', { signal });
}
export function getOperatorVacancy(vacancyId: string, signal?: AbortSignal): Promise<VacancyResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}`, { signal });
}
export function createOperatorVacancy(body: OperatorVacancyBody): Promise<VacancyResponse> {
  return apiRequest('/operator/matching/vacancies', { method: 'POST', body });
}
/** PUT /api/operator/matching/vacancies/:vacancyId (drafts of my offices) */
export function updateOperatorVacancy(vacancyId: string, body: VacancyBody): Promise<VacancyResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}`, { method: 'PUT', body });
}
export function publishOperatorVacancy(vacancyId: string): Promise<VacancyResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/publish`, { method: 'POST' });
}
export function moderateVacancy(vacancyId: string, body: ModerateVacancyBody): Promise<VacancyResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/moderation`, { method: 'POST', body });
}
export interface CandidateSearchParams { minScore?: number; onlyCompleteRequired?: 'true' | 'false'; limit?: number }
/** GET /api/operator/matching/vacancies/:vacancyId/candidates: ranked, with explanations (people who allow it) */
export function getCandidates(vacancyId: string, params: CandidateSearchParams, signal?: AbortSignal): Promise<CandidateListResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/candidates`, { query: { ...params }, signal });
}
/** POST …/shortlist: adds candidates to the shortlist */
export function shortlistCandidates(vacancyId: string, citizenIds: string[]): Promise<CandidateListResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/shortlist`, { method: 'POST', body: { citizenIds } });
}
/** GET …/shortlist */
export function getShortlist(vacancyId: string, signal?: AbortSignal): Promise<CandidateListResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/shortlist`, { signal });
}
/** POST …/shortlist/send: shares the shortlist with the employer, anonymised; each candidate is asked for consent */
export function sendShortlist(vacancyId: string): Promise<CandidateListResponse> {
  return apiRequest(`/operator/matching/vacancies/${id(vacancyId)}/shortlist/send`, { method: 'POST' });
}
export function inviteToInterview(applicationId: string, body: InviteInterviewBody): Promise<OutcomeResponse> {
  return apiRequest(`/operator/matching/applications/${id(applicationId)}/interview`, { method: 'POST', body });
}
/** POST …/outcome: interview, hired, not selected, offer refused (checked for congruity) */
export function recordOutcome(applicationId: string, body: RecordOutcomeBody): Promise<OutcomeResponse> {
  return apiRequest(`/operator/matching/applications/${id(applicationId)}/outcome`, { method: 'POST', body });
}
export function getCourses(signal?: AbortSignal): Promise<CourseListResponse> {
  return apiRequest('/operator/matching/courses', { signal });
}
export function createCourse(body: CourseBody): Promise<CourseResponse> {
  return apiRequest('/operator/matching/courses', { method: 'POST', body });
}
export function getRecruitingDays(signal?: AbortSignal): Promise<RecruitingDayListResponse> {
  return apiRequest('/operator/matching/recruiting-days', { signal });
}
export function createRecruitingDay(body: RecruitingDayBody): Promise<RecruitingDayResponse> {
  return apiRequest('/operator/matching/recruiting-days', { method: 'POST', body });
}
