import type {
  CaseState,
  ConditionalityBenefit,
  ConditionalityCaseListResponse,
  ConditionalityCaseResponse,
  ConfirmDecisionBody,
  DeadLettersResponse,
  DecideCaseBody,
  EventConsumersResponse,
  MeasureResponse,
  NationalSystemsSendListResponse,
  NationalSystemsSendState,
  ObligationsResponse,
  ReverseMeasureBody,
  SanctionRuleListResponse,
  SubmitJustificationBody,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call } from '../http-client';

/*
 * Condizionalità (issue 13): the obligations a benefit brings, cases opened by a missed appointment or a refused offer,
 * the person's justification, the decision (four eyes) and the measure sent to INPS; and, for managers, the queue of
 * sends to the national systems and the events that could not be delivered (dead letters).
 * Query keys live here too, below the `citizen` / `operator` roots of queryKeys, so that dropping those drops these.
 */

export interface ConditionalityCaseListParams {
  state?: CaseState;
  officeId?: string;
  benefit?: ConditionalityBenefit;
  sort?: 'deadline' | '-deadline' | 'opened' | '-opened';
  limit?: number;
  offset?: number;
}

export const condizionalitaKeys = {
  citizen: {
    all: ['citizen', 'condizionalita'] as const,
    obligations: () => ['citizen', 'condizionalita', 'obligations'] as const,
    cases: () => ['citizen', 'condizionalita', 'cases'] as const,
    case: (caseId: string) => ['citizen', 'condizionalita', 'case', caseId] as const,
  },
  operator: {
    all: ['operator', 'condizionalita'] as const,
    cases: (params: ConditionalityCaseListParams) => ['operator', 'condizionalita', 'cases', params] as const,
    case: (caseId: string) => ['operator', 'condizionalita', 'case', caseId] as const,
    rules: () => ['operator', 'condizionalita', 'rules'] as const,
    sends: (state: NationalSystemsSendState, offset: number) => ['operator', 'national-systems', 'sends', state, offset] as const,
    deadLetters: () => ['operator', 'events', 'dead-letters'] as const,
    eventConsumers: () => ['operator', 'events', 'consumers'] as const,
  },
} as const;

// ---- citizen ----

/** GET /api/citizen/condizionalita/obligations: my benefits (from INPS) and the obligations they bring */
export function getMyObligations(signal?: AbortSignal): Promise<ObligationsResponse> {
  return call(() => apiClient().GET('/api/citizen/condizionalita/obligations', { signal }));
}
/** GET /api/citizen/condizionalita/cases: my cases, open ones first */
export function getMyConditionalityCases(signal?: AbortSignal): Promise<ConditionalityCaseListResponse> {
  return call(() => apiClient().GET('/api/citizen/condizionalita/cases', { signal }));
}
/** GET /api/citizen/condizionalita/cases/:caseId */
export function getMyConditionalityCase(caseId: string, signal?: AbortSignal): Promise<ConditionalityCaseResponse> {
  return call(() => apiClient().GET('/api/citizen/condizionalita/cases/{caseId}', { params: { path: { caseId } }, signal }));
}
/** POST /api/citizen/condizionalita/cases/:caseId/justification (documents uploaded first to the reserved area) */
export function submitJustification(caseId: string, body: SubmitJustificationBody): Promise<ConditionalityCaseResponse> {
  return call(() => apiClient().POST('/api/citizen/condizionalita/cases/{caseId}/justification', { params: { path: { caseId } }, body }));
}
/** URL of the measure letter (PDF) of one of my cases */
export function conditionalityLetterUrl(caseId: string): string {
  return apiUrl('/api/citizen/condizionalita/cases/{caseId}/letter', { caseId });
}

// ---- operator ----

/** GET /api/operator/condizionalita/cases: the worklist of my offices (filters, by deadline, paged) */
export function getConditionalityCases(params: ConditionalityCaseListParams, signal?: AbortSignal): Promise<ConditionalityCaseListResponse> {
  return call(() => apiClient().GET('/api/operator/condizionalita/cases', { params: { query: { ...params } }, signal }));
}
/** GET /api/operator/condizionalita/cases/:caseId */
export function getConditionalityCase(caseId: string, signal?: AbortSignal): Promise<ConditionalityCaseResponse> {
  return call(() => apiClient().GET('/api/operator/condizionalita/cases/{caseId}', { params: { path: { caseId } }, signal }));
}
/** POST /api/operator/condizionalita/cases/:caseId/decision: justified (coded reason) or not justified (written reason) */
export function decideConditionalityCase(caseId: string, body: DecideCaseBody): Promise<ConditionalityCaseResponse> {
  return call(() => apiClient().POST('/api/operator/condizionalita/cases/{caseId}/decision', { params: { path: { caseId } }, body }));
}
/** POST /api/operator/condizionalita/cases/:caseId/confirmation: a manager other than the decider confirms or returns */
export function confirmConditionalityDecision(caseId: string, body: ConfirmDecisionBody): Promise<ConditionalityCaseResponse> {
  return call(() => apiClient().POST('/api/operator/condizionalita/cases/{caseId}/confirmation', { params: { path: { caseId } }, body }));
}
/** POST /api/operator/condizionalita/measures/:measureId/reversal (appeal upheld) */
export function reverseConditionalityMeasure(measureId: string, body: ReverseMeasureBody): Promise<MeasureResponse> {
  return call(() => apiClient().POST('/api/operator/condizionalita/measures/{measureId}/reversal', { params: { path: { measureId } }, body }));
}
/** GET /api/operator/condizionalita/rules: the ladder, versioned and sourced, and the legal parameters */
export function getConditionalityRules(signal?: AbortSignal): Promise<SanctionRuleListResponse> {
  return call(() => apiClient().GET('/api/operator/condizionalita/rules', { signal }));
}

// ---- managers: the queue of sends to INPS / SIISL, and events that could not be delivered ----

/** GET /api/operator/national-systems/sends?state=: measures to INPS (SIISL for ADI/SFL) in one state, oldest first */
export function getNationalSystemsSends(
  params: { state: NationalSystemsSendState; limit?: number; offset?: number },
  signal?: AbortSignal,
): Promise<NationalSystemsSendListResponse> {
  return call(() => apiClient().GET('/api/operator/national-systems/sends', { params: { query: { ...params } }, signal }));
}

/** GET /api/operator/events/dead-letters: deliveries that failed too often, newest first */
export function getDeadLetters(signal?: AbortSignal): Promise<DeadLettersResponse> {
  return call(() => apiClient().GET('/api/operator/events/dead-letters', { params: { query: { limit: 100 } }, signal }));
}
/** POST /api/operator/events/dead-letters/:deliveryId/retry (204): back in the queue, due now */
export function retryDeadLetter(deliveryId: string): Promise<void> {
  return call(() => apiClient().POST('/api/operator/events/dead-letters/{deliveryId}/retry', { params: { path: { deliveryId } } }));
}
/** GET /api/operator/events/consumers: each consumer's backlog */
export function getEventConsumers(signal?: AbortSignal): Promise<EventConsumersResponse> {
  return call(() => apiClient().GET('/api/operator/events/consumers', { signal }));
}
