import type { CallbackOutcomeBody, CallbackRequestBody, CallbackRequestResponse, MyCallbackResponse, OperatorCallbackListResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/* Assistance: "Preferisco essere richiamato" (citizen) and the calls to make (operator). */

export const assistanceKeys = {
  myCallback: () => ['assistance', 'callback', 'mine'] as const,
  openCallbacks: () => ['assistance', 'callback', 'open'] as const,
};

/** GET /api/citizen/assistance/callback-requests/latest */
export function getMyCallback(signal?: AbortSignal): Promise<MyCallbackResponse> {
  return call(() => apiClient().GET('/api/citizen/assistance/callback-requests/latest', { signal }));
}
/** POST /api/citizen/assistance/callback-requests (409 CALLBACK_ALREADY_OPEN) */
export function requestCallback(body: CallbackRequestBody): Promise<CallbackRequestResponse> {
  return call(() => apiClient().POST('/api/citizen/assistance/callback-requests', { body }));
}
/** GET /api/operator/assistance/callback-requests: open requests of my offices, oldest first */
export function getOpenCallbacks(signal?: AbortSignal): Promise<OperatorCallbackListResponse> {
  return call(() => apiClient().GET('/api/operator/assistance/callback-requests', { signal }));
}
/** POST /api/operator/assistance/callback-requests/:callbackId/outcome */
export function recordCallback(callbackId: string, body: CallbackOutcomeBody): Promise<CallbackRequestResponse> {
  return call(() => apiClient().POST('/api/operator/assistance/callback-requests/{callbackId}/outcome', { params: { path: { callbackId } }, body }));
}
