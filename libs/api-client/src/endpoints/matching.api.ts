import type {
  ApplicationListResponse,
  ApplicationResponse,
  CandidateListResponse,
  ComuneListResponse,
  CourseBody,
  CourseListResponse,
  CourseResponse,
  InviteInterviewBody,
  ModerateVacancyBody,
  OperatorVacancyBody,
  OutcomeResponse,
  ProfileResponse,
  RecordOutcomeBody,
  RecruitingDayBody,
  RecruitingDayListResponse,
  RecruitingDayResponse,
  SaveProfileBody,
  SharedCandidateListResponse,
  TaxonomyListResponse,
  VacancyBody,
  VacancyListResponse,
  VacancyMatchListResponse,
  VacancyMatchResponse,
  VacancyResponse,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { withEnums, type ApiJsonBody, type ApiQuery } from '../enum-width';
import { apiClient, call } from '../http-client';

// ---- taxonomy (public) ----

/** GET /api/public/matching/skills?q= : ESCO skills for autocomplete */
export function searchSkills(q: string, signal?: AbortSignal): Promise<TaxonomyListResponse> {
  return call(() => apiClient().GET('/api/public/matching/skills', { params: { query: { q, limit: 10 } }, signal }));
}
/** GET /api/public/matching/occupations?q= : ESCO occupations (with ISCO code) for autocomplete */
export function searchOccupations(q: string, signal?: AbortSignal): Promise<TaxonomyListResponse> {
  return call(() => apiClient().GET('/api/public/matching/occupations', { params: { query: { q, limit: 10 } }, signal }));
}
/** GET /api/public/matching/comuni?q= */
export function searchComuni(q: string, signal?: AbortSignal): Promise<ComuneListResponse> {
  return call(() => apiClient().GET('/api/public/matching/comuni', { params: { query: { q } }, signal }));
}

// ---- citizen ----

/** GET /api/citizen/matching/profile (pre-filled from DID and registry when not saved yet) */
export function getMyProfile(signal?: AbortSignal): Promise<ProfileResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/profile', { signal }));
}
/** PUT /api/citizen/matching/profile */
export function saveMyProfile(body: SaveProfileBody): Promise<ProfileResponse> {
  return call(() => apiClient().PUT('/api/citizen/matching/profile', { body: withEnums<ApiJsonBody<'/api/citizen/matching/profile', 'put'>>(body) }));
}
/** URL of the Europass-style CV (PDF) */
export function myCvUrl(): string {
  return apiUrl('/api/citizen/matching/profile/cv', {});
}
export interface VacancySearchParams {
  q?: string;
  contractType?: string;
  hours?: string;
  withinReach?: 'true' | 'false';
  limit?: number;
}
/** GET /api/citizen/matching/vacancies: sorted by fit, each with its explanation */
export function getMatchingVacancies(params: VacancySearchParams, signal?: AbortSignal): Promise<VacancyMatchListResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/vacancies', { params: { query: withEnums<ApiQuery<'/api/citizen/matching/vacancies'>>({ ...params }) }, signal }));
}
/** GET /api/citizen/matching/vacancies/:vacancyId: with explanation and courses for each missing skill */
export function getVacancyMatch(vacancyId: string, signal?: AbortSignal): Promise<VacancyMatchResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/vacancies/{vacancyId}', { params: { path: { vacancyId } }, signal }));
}
export function saveVacancy(vacancyId: string): Promise<void> {
  return call(() => apiClient().POST('/api/citizen/matching/vacancies/{vacancyId}/save', { params: { path: { vacancyId } } }));
}
export function unsaveVacancy(vacancyId: string): Promise<void> {
  return call(() => apiClient().DELETE('/api/citizen/matching/vacancies/{vacancyId}/save', { params: { path: { vacancyId } } }));
}
/** POST /api/citizen/matching/vacancies/:vacancyId/apply (409 ALREADY_APPLIED) */
export function applyToVacancy(vacancyId: string): Promise<ApplicationResponse> {
  return call(() => apiClient().POST('/api/citizen/matching/vacancies/{vacancyId}/apply', { params: { path: { vacancyId } } }));
}
export function getMyApplications(signal?: AbortSignal): Promise<ApplicationListResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/applications', { signal }));
}
/** POST /api/citizen/matching/applications/:applicationId/consent: may the employer see my name? */
export function answerConsent(applicationId: string, granted: boolean): Promise<ApplicationResponse> {
  return call(() => apiClient().POST('/api/citizen/matching/applications/{applicationId}/consent', { params: { path: { applicationId } }, body: { granted } }));
}
/** GET /api/citizen/matching/courses/suggestions: courses covering most of my gaps for my target occupations */
export function getCourseSuggestions(signal?: AbortSignal): Promise<CourseListResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/courses/suggestions', { signal }));
}
export function getCitizenRecruitingDays(signal?: AbortSignal): Promise<RecruitingDayListResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/recruiting-days', { signal }));
}
export function signUpRecruitingDay(recruitingDayId: string, vacancyIds: string[]): Promise<RecruitingDayResponse> {
  return call(() => apiClient().POST('/api/citizen/matching/recruiting-days/{recruitingDayId}/signup', { params: { path: { recruitingDayId } }, body: { vacancyIds } }));
}

/** POST /api/citizen/matching/recruiting-days/:recruitingDayId/slots/:slotId/book (409 SLOT_FULL when taken) */
export function bookRecruitingSlot(recruitingDayId: string, slotId: string): Promise<RecruitingDayResponse> {
  return call(() => apiClient().POST('/api/citizen/matching/recruiting-days/{recruitingDayId}/slots/{slotId}/book', { params: { path: { recruitingDayId, slotId } } }));
}

// ---- employer (company area of the citizen app) ----

export function getCompanyVacancies(signal?: AbortSignal): Promise<VacancyListResponse> {
  return call(() => apiClient().GET('/api/employer/matching/vacancies', { signal }));
}
export function getCompanyVacancy(vacancyId: string, signal?: AbortSignal): Promise<VacancyResponse> {
  return call(() => apiClient().GET('/api/employer/matching/vacancies/{vacancyId}', { params: { path: { vacancyId } }, signal }));
}
/** POST /api/employer/matching/vacancies: a draft (flags are computed and returned) */
export function createCompanyVacancy(body: VacancyBody): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/employer/matching/vacancies', { body: withEnums<ApiJsonBody<'/api/employer/matching/vacancies', 'post'>>(body) }));
}
/** PUT /api/employer/matching/vacancies/:vacancyId (drafts only) */
export function updateCompanyVacancy(vacancyId: string, body: VacancyBody): Promise<VacancyResponse> {
  return call(() =>
    apiClient().PUT('/api/employer/matching/vacancies/{vacancyId}', {
      params: { path: { vacancyId } },
      body: withEnums<ApiJsonBody<'/api/employer/matching/vacancies/{vacancyId}', 'put'>>(body),
    }),
  );
}
/** POST …/publish: 422 VACANCY_FLAGGED (errors point to /title or /description) while a flagged requirement remains */
export function publishCompanyVacancy(vacancyId: string): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/employer/matching/vacancies/{vacancyId}/publish', { params: { path: { vacancyId } } }));
}
export function closeCompanyVacancy(vacancyId: string): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/employer/matching/vacancies/{vacancyId}/close', { params: { path: { vacancyId } } }));
}
/** GET …/candidates: the shortlist the CPI shared, anonymised until each candidate consents */
export function getSharedCandidates(vacancyId: string, signal?: AbortSignal): Promise<SharedCandidateListResponse> {
  return call(() => apiClient().GET('/api/employer/matching/vacancies/{vacancyId}/candidates', { params: { path: { vacancyId } }, signal }));
}

// ---- operator ----

/** GET /api/operator/matching/vacancies: my offices' vacancies and those waiting for moderation */
export function getOperatorVacancies(signal?: AbortSignal): Promise<VacancyListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/vacancies', { signal }));
}
export function getOperatorVacancy(vacancyId: string, signal?: AbortSignal): Promise<VacancyResponse> {
  return call(() => apiClient().GET('/api/operator/matching/vacancies/{vacancyId}', { params: { path: { vacancyId } }, signal }));
}
export function createOperatorVacancy(body: OperatorVacancyBody): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/operator/matching/vacancies', { body: withEnums<ApiJsonBody<'/api/operator/matching/vacancies', 'post'>>(body) }));
}
/** PUT /api/operator/matching/vacancies/:vacancyId (drafts of my offices) */
export function updateOperatorVacancy(vacancyId: string, body: VacancyBody): Promise<VacancyResponse> {
  return call(() =>
    apiClient().PUT('/api/operator/matching/vacancies/{vacancyId}', {
      params: { path: { vacancyId } },
      body: withEnums<ApiJsonBody<'/api/operator/matching/vacancies/{vacancyId}', 'put'>>(body),
    }),
  );
}
export function publishOperatorVacancy(vacancyId: string): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/operator/matching/vacancies/{vacancyId}/publish', { params: { path: { vacancyId } } }));
}
export function moderateVacancy(vacancyId: string, body: ModerateVacancyBody): Promise<VacancyResponse> {
  return call(() => apiClient().POST('/api/operator/matching/vacancies/{vacancyId}/moderation', { params: { path: { vacancyId } }, body }));
}
export interface CandidateSearchParams {
  minScore?: number;
  onlyCompleteRequired?: 'true' | 'false';
  limit?: number;
}
/** GET /api/operator/matching/vacancies/:vacancyId/candidates: ranked, with explanations (people who allow it) */
export function getCandidates(vacancyId: string, params: CandidateSearchParams, signal?: AbortSignal): Promise<CandidateListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/vacancies/{vacancyId}/candidates', { params: { path: { vacancyId }, query: { ...params } }, signal }));
}
/** POST …/shortlist: adds candidates to the shortlist */
export function shortlistCandidates(vacancyId: string, citizenIds: string[]): Promise<CandidateListResponse> {
  return call(() => apiClient().POST('/api/operator/matching/vacancies/{vacancyId}/shortlist', { params: { path: { vacancyId } }, body: { citizenIds } }));
}
/** GET …/shortlist */
export function getShortlist(vacancyId: string, signal?: AbortSignal): Promise<CandidateListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/vacancies/{vacancyId}/shortlist', { params: { path: { vacancyId } }, signal }));
}
/** POST …/shortlist/send: shares the shortlist with the employer, anonymised; each candidate is asked for consent */
export function sendShortlist(vacancyId: string): Promise<CandidateListResponse> {
  return call(() => apiClient().POST('/api/operator/matching/vacancies/{vacancyId}/shortlist/send', { params: { path: { vacancyId } } }));
}
export function inviteToInterview(applicationId: string, body: InviteInterviewBody): Promise<OutcomeResponse> {
  return call(() => apiClient().POST('/api/operator/matching/applications/{applicationId}/interview', { params: { path: { applicationId } }, body }));
}
/** POST …/outcome: interview, hired, not selected, offer refused (checked for congruity) */
export function recordOutcome(applicationId: string, body: RecordOutcomeBody): Promise<OutcomeResponse> {
  return call(() => apiClient().POST('/api/operator/matching/applications/{applicationId}/outcome', { params: { path: { applicationId } }, body }));
}
export function getCourses(signal?: AbortSignal): Promise<CourseListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/courses', { signal }));
}
export function createCourse(body: CourseBody): Promise<CourseResponse> {
  return call(() => apiClient().POST('/api/operator/matching/courses', { body: withEnums<ApiJsonBody<'/api/operator/matching/courses', 'post'>>(body) }));
}
export function getRecruitingDays(signal?: AbortSignal): Promise<RecruitingDayListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/recruiting-days', { signal }));
}
export function createRecruitingDay(body: RecruitingDayBody): Promise<RecruitingDayResponse> {
  return call(() => apiClient().POST('/api/operator/matching/recruiting-days', { body }));
}
