import type { DocumentListResponse, DocumentResponse, DocumentType, MessageListResponse, MessageResponse, TimelineResponse } from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { asFormData } from '../form-data';
import { apiClient, call } from '../http-client';

/*
 * The reserved area shared by the person and the CPI. `citizenId` undefined = the citizen's own area
 * (/api/citizen/dossier/…); a citizenId = the operator's view (/api/operator/dossier/citizens/:citizenId/…).
 */

export function getDocuments(citizenId?: string, signal?: AbortSignal): Promise<DocumentListResponse> {
  return citizenId
    ? call(() => apiClient().GET('/api/operator/dossier/citizens/{citizenId}/documents', { params: { path: { citizenId } }, signal }))
    : call(() => apiClient().GET('/api/citizen/dossier/documents', { signal }));
}
/** POST …/documents (multipart: type, file) */
export function uploadDocument(file: File, type: DocumentType, citizenId?: string): Promise<DocumentResponse> {
  const body = { type, file };
  return citizenId
    ? call(() => apiClient().POST('/api/operator/dossier/citizens/{citizenId}/documents', { params: { path: { citizenId } }, body, bodySerializer: asFormData }))
    : call(() => apiClient().POST('/api/citizen/dossier/documents', { body, bodySerializer: asFormData }));
}
/** URL to open or download a document's content */
export function documentContentUrl(documentId: string, citizenId?: string): string {
  return citizenId
    ? apiUrl('/api/operator/dossier/citizens/{citizenId}/documents/{documentId}/content', { citizenId, documentId })
    : apiUrl('/api/citizen/dossier/documents/{documentId}/content', { documentId });
}
/** GET …/documents/:documentId/content: the file itself (PDF, JPEG or PNG) */
export function getDocumentContent(documentId: string, citizenId?: string, signal?: AbortSignal): Promise<Blob> {
  return citizenId
    ? call(() =>
        apiClient().GET('/api/operator/dossier/citizens/{citizenId}/documents/{documentId}/content', {
          params: { path: { citizenId, documentId } },
          parseAs: 'blob',
          signal,
        }),
      )
    : call(() => apiClient().GET('/api/citizen/dossier/documents/{documentId}/content', { params: { path: { documentId } }, parseAs: 'blob', signal }));
}
export function getMessages(citizenId?: string, signal?: AbortSignal): Promise<MessageListResponse> {
  return citizenId
    ? call(() => apiClient().GET('/api/operator/dossier/citizens/{citizenId}/messages', { params: { path: { citizenId } }, signal }))
    : call(() => apiClient().GET('/api/citizen/dossier/messages', { signal }));
}
export function sendMessage(body: string, citizenId?: string): Promise<MessageResponse> {
  return citizenId
    ? call(() => apiClient().POST('/api/operator/dossier/citizens/{citizenId}/messages', { params: { path: { citizenId } }, body: { body } }))
    : call(() => apiClient().POST('/api/citizen/dossier/messages', { body: { body } }));
}
/** marks the other side's message as read (the read receipt they see) */
export function markMessageRead(messageId: string, citizenId?: string): Promise<MessageResponse> {
  return citizenId
    ? call(() => apiClient().POST('/api/operator/dossier/citizens/{citizenId}/messages/{messageId}/read', { params: { path: { citizenId, messageId } } }))
    : call(() => apiClient().POST('/api/citizen/dossier/messages/{messageId}/read', { params: { path: { messageId } } }));
}
export function getTimeline(citizenId?: string, signal?: AbortSignal): Promise<TimelineResponse> {
  return citizenId
    ? call(() => apiClient().GET('/api/operator/dossier/citizens/{citizenId}/timeline', { params: { path: { citizenId } }, signal }))
    : call(() => apiClient().GET('/api/citizen/dossier/timeline', { signal }));
}
