import type {
  ChannelProfileResponse,
  ChooseChannelBody,
  ClosePattoBody,
  CreatePattoBody,
  DidOverviewResponse,
  EcoachPersonResponse,
  EcoachResponse,
  FileDidBody,
  LogActivityBody,
  PattoContentBody,
  PattoListResponse,
  PattoResponse,
  PattoTemplateListResponse,
  PersonOverviewResponse,
  PlanItemResponse,
  PlanResponse,
  ProfilingResponse,
  QualitativeAssessmentBody,
  SignatureChallengeResponse,
  SkillsAnswer,
  WorklistResponse,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { asFormData } from '../form-data';
import { withEnums, type ApiJsonBody } from '../enum-width';
import { apiClient, call } from '../http-client';

// ---- citizen: DID, channel ----

/** GET /api/citizen/patto/did: active DID, history, derived employment status, registry pre-fill */
export function getMyDid(signal?: AbortSignal): Promise<DidOverviewResponse> {
  return call(() => apiClient().GET('/api/citizen/patto/did', { signal }));
}
/** POST /api/citizen/patto/did (409 DID_ALREADY_ACTIVE) */
export function fileDid(body: FileDidBody): Promise<DidOverviewResponse> {
  return call(() => apiClient().POST('/api/citizen/patto/did', { body: withEnums<ApiJsonBody<'/api/citizen/patto/did', 'post'>>(body) }));
}
/** POST /api/citizen/patto/did/revoke */
export function revokeDid(body: { reason: string }): Promise<DidOverviewResponse> {
  return call(() => apiClient().POST('/api/citizen/patto/did/revoke', { body }));
}
/** GET /api/citizen/patto/channel */
export function getMyChannel(signal?: AbortSignal): Promise<ChannelProfileResponse> {
  return call(() => apiClient().GET('/api/citizen/patto/channel', { signal }));
}
/** POST /api/citizen/patto/channel/assessment: the answers of the self-assessment → advice */
export function submitSkillsAssessment(body: { answers: SkillsAnswer[] }): Promise<ChannelProfileResponse> {
  return call(() => apiClient().POST('/api/citizen/patto/channel/assessment', { body: withEnums<ApiJsonBody<'/api/citizen/patto/channel/assessment', 'post'>>(body) }));
}
/** PUT /api/citizen/patto/channel/choice: the person's own choice (always wins) */
export function chooseChannel(body: ChooseChannelBody): Promise<ChannelProfileResponse> {
  return call(() => apiClient().PUT('/api/citizen/patto/channel/choice', { body }));
}

// ---- citizen: patto ----

/** GET /api/citizen/patti: my patti, newest first (the active one first) */
export function getMyPatti(signal?: AbortSignal): Promise<PattoListResponse> {
  return call(() => apiClient().GET('/api/citizen/patti', { signal }));
}
/** POST /api/citizen/patti/:pattoId/signature-challenges: sends a 6-digit code */
export function requestSignatureCode(pattoId: string, channel: 'sms' | 'email'): Promise<SignatureChallengeResponse> {
  return call(() => apiClient().POST('/api/citizen/patti/{pattoId}/signature-challenges', { params: { path: { pattoId } }, body: { channel } }));
}
/** POST /api/citizen/patti/:pattoId/signatures */
export function signPatto(pattoId: string, body: { challengeId: string; code: string; documentSha256: string }): Promise<PattoResponse> {
  return call(() => apiClient().POST('/api/citizen/patti/{pattoId}/signatures', { params: { path: { pattoId } }, body }));
}
/** URL of the PDF (open or download it with a link; the session cookie authorises it) */
export function citizenPattoPdfUrl(pattoId: string, version: number): string {
  return apiUrl('/api/citizen/patti/{pattoId}/versions/{version}/pdf', { pattoId, version });
}

// ---- citizen: plan ----

/** GET /api/citizen/plan: patto actions + own activities, and peer feedback when the group is large enough */
export function getMyPlan(signal?: AbortSignal): Promise<PlanResponse> {
  return call(() => apiClient().GET('/api/citizen/plan', { signal }));
}
/** POST /api/citizen/plan/activities */
export function logActivity(body: LogActivityBody): Promise<PlanItemResponse> {
  return call(() => apiClient().POST('/api/citizen/plan/activities', { body }));
}
/** POST /api/citizen/plan/items/:itemId/status */
export function setPlanItemStatus(itemId: string, status: 'done' | 'not_done'): Promise<PlanItemResponse> {
  return call(() => apiClient().POST('/api/citizen/plan/items/{itemId}/status', { params: { path: { itemId } }, body: { status } }));
}
/** POST /api/citizen/plan/items/:itemId/proof (multipart: file) */
export function uploadPlanProof(itemId: string, file: File): Promise<PlanItemResponse> {
  return call(() => apiClient().POST('/api/citizen/plan/items/{itemId}/proof', { params: { path: { itemId } }, body: { file }, bodySerializer: asFormData }));
}

// ---- operator ----

/** GET /api/operator/patto/worklist: people with a DID who have not contacted the CPI in time (or soon due) */
export function getWorklist(signal?: AbortSignal): Promise<WorklistResponse> {
  return call(() => apiClient().GET('/api/operator/patto/worklist', { signal }));
}
/** GET /api/operator/patto/citizens/:citizenId: DID, status, channel, profiling, patto */
export function getPersonOverview(citizenId: string, signal?: AbortSignal): Promise<PersonOverviewResponse> {
  return call(() => apiClient().GET('/api/operator/patto/citizens/{citizenId}', { params: { path: { citizenId } }, signal }));
}
/** POST /api/operator/patto/citizens/:citizenId/profiling: compute the quantitative index with the current model */
export function runProfiling(citizenId: string): Promise<ProfilingResponse> {
  return call(() => apiClient().POST('/api/operator/patto/citizens/{citizenId}/profiling', { params: { path: { citizenId } } }));
}
/** POST /api/operator/patto/citizens/:citizenId/assessment: qualitative assessment and GOL pathway */
export function saveAssessment(citizenId: string, body: QualitativeAssessmentBody): Promise<ProfilingResponse> {
  return call(() =>
    apiClient().POST('/api/operator/patto/citizens/{citizenId}/assessment', {
      params: { path: { citizenId } },
      body: withEnums<ApiJsonBody<'/api/operator/patto/citizens/{citizenId}/assessment', 'post'>>(body),
    }),
  );
}
/** GET /api/operator/patto/templates */
export function getPattoTemplates(signal?: AbortSignal): Promise<PattoTemplateListResponse> {
  return call(() => apiClient().GET('/api/operator/patto/templates', { signal }));
}
/** POST /api/operator/patti: a new draft */
export function createPatto(body: CreatePattoBody): Promise<PattoResponse> {
  return call(() => apiClient().POST('/api/operator/patti', { body: withEnums<ApiJsonBody<'/api/operator/patti', 'post'>>(body) }));
}
/** GET /api/operator/patti/:pattoId */
export function getPatto(pattoId: string, signal?: AbortSignal): Promise<PattoResponse> {
  return call(() => apiClient().GET('/api/operator/patti/{pattoId}', { params: { path: { pattoId } }, signal }));
}
/** PUT /api/operator/patti/:pattoId/draft: edit the draft, or start an amendment of a signed patto */
export function saveDraft(pattoId: string, body: PattoContentBody): Promise<PattoResponse> {
  return call(() =>
    apiClient().PUT('/api/operator/patti/{pattoId}/draft', {
      params: { path: { pattoId } },
      body: withEnums<ApiJsonBody<'/api/operator/patti/{pattoId}/draft', 'put'>>(body),
    }),
  );
}
/** POST /api/operator/patti/:pattoId/propose: freezes the text and asks the person to sign */
export function proposePatto(pattoId: string): Promise<PattoResponse> {
  return call(() => apiClient().POST('/api/operator/patti/{pattoId}/propose', { params: { path: { pattoId } } }));
}
/** POST /api/operator/patti/:pattoId/countersign */
export function countersignPatto(pattoId: string, documentSha256: string): Promise<PattoResponse> {
  return call(() => apiClient().POST('/api/operator/patti/{pattoId}/countersign', { params: { path: { pattoId } }, body: { documentSha256 } }));
}
/** POST /api/operator/patti/:pattoId/in-person-signature (multipart: file = the scanned signed copy) */
export function uploadInPersonSignature(pattoId: string, file: File): Promise<PattoResponse> {
  return call(() =>
    apiClient().POST('/api/operator/patti/{pattoId}/in-person-signature', {
      params: { path: { pattoId } },
      body: { file },
      bodySerializer: asFormData,
    }),
  );
}
/** POST /api/operator/patti/:pattoId/close */
export function closePatto(pattoId: string, body: ClosePattoBody): Promise<PattoResponse> {
  return call(() => apiClient().POST('/api/operator/patti/{pattoId}/close', { params: { path: { pattoId } }, body }));
}
export function operatorPattoPdfUrl(pattoId: string, version: number): string {
  return apiUrl('/api/operator/patti/{pattoId}/versions/{version}/pdf', { pattoId, version });
}
/** GET /api/operator/ecoach: the people I follow, with alerts */
export function getEcoach(signal?: AbortSignal): Promise<EcoachResponse> {
  return call(() => apiClient().GET('/api/operator/ecoach', { signal }));
}
/** GET /api/operator/ecoach/:citizenId: one person's activity stream */
export function getEcoachPerson(citizenId: string, signal?: AbortSignal): Promise<EcoachPersonResponse> {
  return call(() => apiClient().GET('/api/operator/ecoach/{citizenId}', { params: { path: { citizenId } }, signal }));
}
/** POST /api/operator/ecoach/:citizenId/nudge: a gentle message to the person */
export function nudgeCitizen(citizenId: string, message?: string): Promise<EcoachPersonResponse> {
  return call(() => apiClient().POST('/api/operator/ecoach/{citizenId}/nudge', { params: { path: { citizenId } }, body: message ? { message } : {} }));
}
