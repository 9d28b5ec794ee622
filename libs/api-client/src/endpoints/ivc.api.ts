import type {
  AddIvcEvidenceBody,
  CitizenIvcCaseListResponse,
  CitizenIvcCaseResponse,
  CloseIdentificationBody,
  IvcCaseListResponse,
  IvcCaseResponse,
  IvcCaseState,
  IvcQualificationListResponse,
  RecordIvcExamBody,
  RequestIvcBody,
  SaveIvcJudgementsBody,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call } from '../http-client';

/*
 * Validation and certification of competences (IVC, issue 15): the citizen asks and follows the case; the guiding
 * operator builds the evidence dossier; the assessor judges each competence and closes validation; the commission's
 * exam result. Outputs: sealed PDFs and the Open Badge of each.
 */

export const ivcKeys = {
  all: ['ivc'] as const,
  qualifications: (q: string) => ['ivc', 'qualifications', q] as const,
  myCases: () => ['ivc', 'my-cases'] as const,
  cases: (state?: string) => ['ivc', 'cases', state ?? 'all'] as const,
  assessments: () => ['ivc', 'assessments'] as const,
  case: (caseId: string) => ['ivc', 'case', caseId] as const,
} as const;

/** GET …/ivc/qualifications?q=: the regional repertoire's qualifications (with their competences) matching the words */
export function getIvcQualifications(q: string, side: 'citizen' | 'operator' = 'citizen', signal?: AbortSignal): Promise<IvcQualificationListResponse> {
  const query = q ? { q } : {};
  return side === 'operator'
    ? call(() => apiClient().GET('/api/operator/ivc/qualifications', { params: { query }, signal }))
    : call(() => apiClient().GET('/api/citizen/ivc/qualifications', { params: { query }, signal }));
}

/* ---- citizen ---- */

/** POST /api/citizen/ivc/cases (404 IVC_QUALIFICATION_NOT_FOUND, 409 IVC_CASE_ALREADY_OPEN) */
export function requestIvc(body: RequestIvcBody): Promise<CitizenIvcCaseResponse> {
  return call(() => apiClient().POST('/api/citizen/ivc/cases', { body }));
}
/** GET /api/citizen/ivc/cases: my requests, each with its phase (in progress until validation is closed) */
export function getMyIvcCases(signal?: AbortSignal): Promise<CitizenIvcCaseListResponse> {
  return call(() => apiClient().GET('/api/citizen/ivc/cases', { signal }));
}
/** URL of an output's sealed PDF (a link: the session cookie authorises it) */
export function ivcOutputPdfUrl(outputId: string, side: 'citizen' | 'operator' = 'citizen'): string {
  return side === 'operator' ? apiUrl('/api/operator/ivc/outputs/{outputId}/pdf', { outputId }) : apiUrl('/api/citizen/ivc/outputs/{outputId}/pdf', { outputId });
}
/** URL of an output's Open Badge credential (citizen): the signed OpenBadgeCredential as issued (vc+jwt, a `.jwt` file) */
export function ivcBadgeUrl(outputId: string): string {
  return apiUrl('/api/citizen/ivc/outputs/{outputId}/badge', { outputId });
}

/* ---- operator and assessor ---- */

/** GET /api/operator/ivc/cases: the cases of my offices (guiding operators) */
export function getIvcCases(state?: IvcCaseState, signal?: AbortSignal): Promise<IvcCaseListResponse> {
  return call(() => apiClient().GET('/api/operator/ivc/cases', { params: { query: state ? { state } : {} }, signal }));
}
/** GET /api/operator/ivc/assessments: cases awaiting an assessor in my region, and the ones I assess */
export function getIvcAssessments(signal?: AbortSignal): Promise<IvcCaseListResponse> {
  return call(() => apiClient().GET('/api/operator/ivc/assessments', { signal }));
}
/** GET /api/operator/ivc/cases/:caseId (with `actions`: what I may do now) */
export function getIvcCase(caseId: string, signal?: AbortSignal): Promise<IvcCaseResponse> {
  return call(() => apiClient().GET('/api/operator/ivc/cases/{caseId}', { params: { path: { caseId } }, signal }));
}
/** POST …/take-charge: I become the guiding operator (identification starts) */
export function takeChargeOfIvc(caseId: string): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/take-charge', { params: { path: { caseId } } }));
}
/** POST …/evidence: an experience of the profile, a document of the dossier or a note */
export function addIvcEvidence(caseId: string, body: AddIvcEvidenceBody): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/evidence', { params: { path: { caseId } }, body }));
}
/** DELETE …/evidence/:evidenceId */
export function removeIvcEvidence(caseId: string, evidenceId: string): Promise<IvcCaseResponse> {
  return call(() => apiClient().DELETE('/api/operator/ivc/cases/{caseId}/evidence/{evidenceId}', { params: { path: { caseId, evidenceId } } }));
}
/** POST …/identification/close: the documento di trasparenza (409 IVC_EVIDENCE_REQUIRED) */
export function closeIvcIdentification(caseId: string, body: CloseIdentificationBody): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/identification/close', { params: { path: { caseId } }, body }));
}
/** POST …/assessment: I assess this case (409 IVC_ASSESSOR_IS_GUIDING_OPERATOR) */
export function takeIvcAssessment(caseId: string): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/assessment', { params: { path: { caseId } } }));
}
/** PUT …/judgements: validated / not validated with notes, for each competence judged */
export function saveIvcJudgements(caseId: string, body: SaveIvcJudgementsBody): Promise<IvcCaseResponse> {
  return call(() => apiClient().PUT('/api/operator/ivc/cases/{caseId}/judgements', { params: { path: { caseId } }, body }));
}
/** POST …/validation/close: the documento di validazione (409 IVC_JUDGEMENTS_INCOMPLETE) */
export function closeIvcValidation(caseId: string): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/validation/close', { params: { path: { caseId } } }));
}
/** POST …/certification: the commission's exam result (passed: the certificato) */
export function recordIvcExam(caseId: string, body: RecordIvcExamBody): Promise<IvcCaseResponse> {
  return call(() => apiClient().POST('/api/operator/ivc/cases/{caseId}/certification', { params: { path: { caseId } }, body }));
}
