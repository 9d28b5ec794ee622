import type { DocumentListResponse, DocumentResponse, DocumentType, MessageListResponse, MessageResponse, TimelineResponse } from '@opencpi/contracts';
import { API_BASE, apiRequest } from '../http-client';

/**
 * The reserved area shared by the person and the CPI. `citizenId` undefined = the citizen's own area
 * (/api/citizen/dossier/…); a citizenId = the operator's view (/api/operator/dossier/citizens/:citizenId/…).
 */
const base = (citizenId?: string) => (citizenId ? `/operator/dossier/citizens/${encodeURIComponent(citizenId)}` : '/citizen/dossier');

export function getDocuments(citizenId?: string, signal?: AbortSignal): Promise<DocumentListResponse> {
  return apiRequest(`${base(citizenId)}/documents`, { signal });
}
export function uploadDocument(file: File, type: DocumentType, citizenId?: string): Promise<DocumentResponse> {
  const form = new FormData();
  form.append('type', type);
  form.append('file', file);
  return apiRequest(`${base(citizenId)}/documents`, { method: 'POST', body: form });
}
/** URL to open or download a document's content */
export function documentContentUrl(documentId: string, citizenId?: string): string {
  return `${API_BASE}${base(citizenId)}/documents/${encodeURIComponent(documentId)}/content`;
}
export function getMessages(citizenId?: string, signal?: AbortSignal): Promise<MessageListResponse> {
  return apiRequest(`${base(citizenId)}/messages`, { signal });
}
export function sendMessage(body: string, citizenId?: string): Promise<MessageResponse> {
  return apiRequest(`${base(citizenId)}/messages`, { method: 'POST', body: { body } });
}
/** marks the other side's message as read (the read receipt they see) */
export function markMessageRead(messageId: string, citizenId?: string): Promise<MessageResponse> {
  return apiRequest(`${base(citizenId)}/messages/${encodeURIComponent(messageId)}/read`, { method: 'POST' });
}
export function getTimeline(citizenId?: string, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiRequest(`${base(citizenId)}/timeline`, { signal });
}
