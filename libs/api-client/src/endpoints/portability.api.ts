import type {
  ExportListResponse,
  ExportResponse,
  ImportedDossierListResponse,
  ImportedDossierResponse,
  ImportedDossierSummaryResponse,
  RequestExportBody,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { asFormData } from '../form-data';
import { apiClient, call } from '../http-client';

/*
 * Portability (issue 15): the citizen's "Scarica i tuoi dati" (an export prepared in the background, polled, then
 * downloaded) and the operator's import of another region's bundle with the read-only history on the person.
 */

export const portabilityKeys = {
  all: ['portability'] as const,
  exports: () => ['portability', 'exports'] as const,
  export: (exportId: string) => ['portability', 'exports', exportId] as const,
  imports: () => ['portability', 'imports'] as const,
  importsOf: (citizenId: string) => ['portability', 'imports', 'citizen', citizenId] as const,
  import: (importId: string) => ['portability', 'imports', importId] as const,
} as const;

/** POST /api/citizen/portability/exports: queued (or the one still in progress) */
export function requestExport(body: RequestExportBody): Promise<ExportResponse> {
  return call(() => apiClient().POST('/api/citizen/portability/exports', { body }));
}
/** GET /api/citizen/portability/exports: newest first */
export function getMyExports(signal?: AbortSignal): Promise<ExportListResponse> {
  return call(() => apiClient().GET('/api/citizen/portability/exports', { signal }));
}
/** GET /api/citizen/portability/exports/:exportId: polled for its progress */
export function getMyExport(exportId: string, signal?: AbortSignal): Promise<ExportResponse> {
  return call(() => apiClient().GET('/api/citizen/portability/exports/{exportId}', { params: { path: { exportId } }, signal }));
}
/** URL of the signed ZIP (a link: the session cookie authorises it) */
export function exportBundleUrl(exportId: string): string {
  return apiUrl('/api/citizen/portability/exports/{exportId}/bundle', { exportId });
}
/** POST /api/operator/portability/imports (multipart: file) */
export function importBundle(file: File): Promise<ImportedDossierSummaryResponse> {
  return call(() => apiClient().POST('/api/operator/portability/imports', { body: { file }, bodySerializer: asFormData }));
}
/** GET /api/operator/portability/imports: imported by my offices */
export function getImports(signal?: AbortSignal): Promise<ImportedDossierListResponse> {
  return call(() => apiClient().GET('/api/operator/portability/imports', { signal }));
}
/** GET /api/operator/portability/citizens/:citizenId/imports: the person's history from other regions */
export function getImportsOfCitizen(citizenId: string, signal?: AbortSignal): Promise<ImportedDossierListResponse> {
  return call(() => apiClient().GET('/api/operator/portability/citizens/{citizenId}/imports', { params: { path: { citizenId } }, signal }));
}
/** GET /api/operator/portability/imports/:importId: dossier.json as exported, and the files */
export function getImport(importId: string, signal?: AbortSignal): Promise<ImportedDossierResponse> {
  return call(() => apiClient().GET('/api/operator/portability/imports/{importId}', { params: { path: { importId } }, signal }));
}
/** URL of a file of an imported dossier */
export function importedFileUrl(importId: string, fileId: string): string {
  return apiUrl('/api/operator/portability/imports/{importId}/files/{fileId}', { importId, fileId });
}
