import type {
  ChannelProfileResponse, ChooseChannelBody, ClosePattoBody, CreatePattoBody, DidOverviewResponse, EcoachPersonResponse, EcoachResponse,
  FileDidBody, LogActivityBody, PattoContentBody, PattoListResponse, PattoResponse, PattoTemplateListResponse, PersonOverviewResponse,
  PlanItemResponse, PlanResponse, ProfilingResponse, QualitativeAssessmentBody, SignatureChallengeResponse, SkillsAnswer, WorklistResponse,
} from '@opencpi/contracts';
import { API_BASE, apiRequest } from '../http-client';

// ---- citizen: DID, channel ----

/** GET /api/citizen/patto/did: active DID, history, derived employment status, registry pre-fill */
export function getMyDid(signal?: AbortSignal): Promise<DidOverviewResponse> {
  return apiRequest('/citizen/patto/did', { signal });
}
/** POST /api/citizen/patto/did (409 DID_ALREADY_ACTIVE) */
export function fileDid(body: FileDidBody): Promise<DidOverviewResponse> {
  return apiRequest('/citizen/patto/did', { method: 'POST', body });
}
/** POST /api/citizen/patto/did/revoke */
export function revokeDid(body: { reason: string }): Promise<DidOverviewResponse> {
  return apiRequest('/citizen/patto/did/revoke', { method: 'POST', body });
}
/** GET /api/citizen/patto/channel */
export function getMyChannel(signal?: AbortSignal): Promise<ChannelProfileResponse> {
  return apiRequest('/citizen/patto/channel', { signal });
}
/** POST /api/citizen/patto/channel/assessment: the answers of the self-assessment → advice */
export function submitSkillsAssessment(body: { answers: SkillsAnswer[] }): Promise<ChannelProfileResponse> {
  return apiRequest('/citizen/patto/channel/assessment', { method: 'POST', body });
}
/** PUT /api/citizen/patto/channel/choice: the person's own choice (always wins) */
export function chooseChannel(body: ChooseChannelBody): Promise<ChannelProfileResponse> {
  return apiRequest('/citizen/patto/channel/choice', { method: 'PUT', body });
}

// ---- citizen: patto ----

/** GET /api/citizen/patti: my patti, newest first (the active one first) */
export function getMyPatti(signal?: AbortSignal): Promise<PattoListResponse> {
  return apiRequest('/citizen/patti', { signal });
}
/** POST /api/citizen/patti/:pattoId/signature-challenges: sends a 6-digit code */
export function requestSignatureCode(pattoId: string, channel: 'sms' | 'email'): Promise<SignatureChallengeResponse> {
  return apiRequest(`/citizen/patti/${encodeURIComponent(pattoId)}/signature-challenges`, { method: 'POST', body: { channel } });
}
/** POST /api/citizen/patti/:pattoId/signatures */
export function signPatto(pattoId: string, body: { challengeId: string; code: string; documentSha256: string }): Promise<PattoResponse> {
  return apiRequest(`/citizen/patti/${encodeURIComponent(pattoId)}/signatures`, { method: 'POST', body });
}
/** URL of the PDF (open or download it with a link; the session cookie authorises it) */
export function citizenPattoPdfUrl(pattoId: string, version: number): string {
  return `${API_BASE}/citizen/patti/${encodeURIComponent(pattoId)}/versions/${version}/pdf`;
}

// ---- citizen: plan ----

/** GET /api/citizen/plan: patto actions + own activities, and peer feedback when the group is large enough */
export function getMyPlan(signal?: AbortSignal): Promise<PlanResponse> {
  return apiRequest('/citizen/plan', { signal });
}
/** POST /api/citizen/plan/activities */
export function logActivity(body: LogActivityBody): Promise<PlanItemResponse> {
  return apiRequest('/citizen/plan/activities', { method: 'POST', body });
}
/** POST /api/citizen/plan/items/:itemId/status */
export function setPlanItemStatus(itemId: string, status: 'done' | 'not_done'): Promise<PlanItemResponse> {
  return apiRequest(`/citizen/plan/items/${encodeURIComponent(itemId)}/status`, { method: 'POST', body: { status } });
}
/** POST /api/citizen/plan/items/:itemId/proof (multipart: file) */
export function uploadPlanProof(itemId: string, file: File): Promise<PlanItemResponse> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest(`/citizen/plan/items/${encodeURIComponent(itemId)}/proof`, { method: 'POST', body: form });
}

// ---- operator ----

/** GET /api/operator/patto/worklist: people with a DID who have not contacted the CPI in time (or soon due) */
export function getWorklist(signal?: AbortSignal): Promise<WorklistResponse> {
  return apiRequest('/operator/patto/worklist', { signal });
}
/** GET /api/operator/patto/citizens/:citizenId: DID, status, channel, profiling, patto */
export function getPersonOverview(citizenId: string, signal?: AbortSignal): Promise<PersonOverviewResponse> {
  return apiRequest(`/operator/patto/citizens/${encodeURIComponent(citizenId)}`, { signal });
}
/** POST /api/operator/patto/citizens/:citizenId/profiling: compute the quantitative index with the current model */
export function runProfiling(citizenId: string): Promise<ProfilingResponse> {
  return apiRequest(`/operator/patto/citizens/${encodeURIComponent(citizenId)}/profiling`, { method: 'POST' });
}
/** POST /api/operator/patto/citizens/:citizenId/assessment: qualitative assessment and GOL pathway */
export function saveAssessment(citizenId: string, body: QualitativeAssessmentBody): Promise<ProfilingResponse> {
  return apiRequest(`/operator/patto/citizens/${encodeURIComponent(citizenId)}/assessment`, { method: 'POST', body });
}
/** GET /api/operator/patto/templates */
export function getPattoTemplates(signal?: AbortSignal): Promise<PattoTemplateListResponse> {
  return apiRequest('/operator/patto/templates', { signal });
}
/** POST /api/operator/patti: a new draft */
export function createPatto(body: CreatePattoBody): Promise<PattoResponse> {
  return apiRequest('/operator/patti', { method: 'POST', body });
}
/** GET /api/operator/patti/:pattoId */
export function getPatto(pattoId: string, signal?: AbortSignal): Promise<PattoResponse> {
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}`, { signal });
}
/** PUT /api/operator/patti/:pattoId/draft: edit the draft, or start an amendment of a signed patto */
export function saveDraft(pattoId: string, body: PattoContentBody): Promise<PattoResponse> {
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}/draft`, { method: 'PUT', body });
}
/** POST /api/operator/patti/:pattoId/propose: freezes the text and asks the person to sign */
export function proposePatto(pattoId: string): Promise<PattoResponse> {
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}/propose`, { method: 'POST' });
}
/** POST /api/operator/patti/:pattoId/countersign */
export function countersignPatto(pattoId: string, documentSha256: string): Promise<PattoResponse> {
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}/countersign`, { method: 'POST', body: { documentSha256 } });
}
/** POST /api/operator/patti/:pattoId/in-person-signature (multipart: file = the scanned signed copy) */
export function uploadInPersonSignature(pattoId: string, file: File): Promise<PattoResponse> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}/in-person-signature`, { method: 'POST', body: form });
}
/** POST /api/operator/patti/:pattoId/close */
export function closePatto(pattoId: string, body: ClosePattoBody): Promise<PattoResponse> {
  return apiRequest(`/operator/patti/${encodeURIComponent(pattoId)}/close`, { method: 'POST', body });
}
export function operatorPattoPdfUrl(pattoId: string, version: number): string {
  return `${API_BASE}/operator/patti/${encodeURIComponent(pattoId)}/versions/${version}/pdf`;
}
/** GET /api/operator/ecoach: the people I follow, with alerts */
export function getEcoach(signal?: AbortSignal): Promise<EcoachResponse> {
  return apiRequest('/operator/ecoach', { signal });
}
/** GET /api/operator/ecoach/:citizenId: one person's activity stream */
export function getEcoachPerson(citizenId: string, signal?: AbortSignal): Promise<EcoachPersonResponse> {
  return apiRequest(`/operator/ecoach/${encodeURIComponent(citizenId)}`, { signal });
}
/** POST /api/operator/ecoach/:citizenId/nudge: a gentle message to the person */
export function nudgeCitizen(citizenId: string, message?: string): Promise<EcoachPersonResponse> {
  return apiRequest(`/operator/ecoach/${encodeURIComponent(citizenId)}/nudge`, { method: 'POST', body: message ? { message } : {} });
}
