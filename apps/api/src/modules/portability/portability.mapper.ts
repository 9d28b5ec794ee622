import type { ExportResponse, ImportedDossierSummaryResponse, ImportedFileResponse } from '@opencpi/contracts';
import type { ImportedDossierEntity } from './entities/imported-dossier.entity';
import type { ImportedFileEntity } from './entities/imported-file.entity';
import type { ExportRow } from './export/exports.repository';

export function toExportResponse(e: ExportRow): ExportResponse {
  return {
    id: e.id,
    status: e.status,
    locale: e.locale,
    stepsDone: e.stepsDone,
    stepsTotal: e.stepsTotal,
    ...(e.currentStep ? { currentStep: e.currentStep } : {}),
    requestedAt: e.requestedAt.toISOString(),
    ...(e.readyAt ? { readyAt: e.readyAt.toISOString() } : {}),
    ...(e.expiresAt ? { expiresAt: e.expiresAt.toISOString() } : {}),
    ...(e.bundleSize !== null ? { sizeBytes: e.bundleSize } : {}),
    ...(e.bundleSha256 ? { sha256: e.bundleSha256.trim() } : {}),
    ...(e.errorCode ? { errorCode: e.errorCode } : {}),
  };
}

export function toImportedSummary(d: ImportedDossierEntity, registered: boolean): ImportedDossierSummaryResponse {
  return {
    id: d.id,
    fiscalCode: d.fiscalCode,
    holderName: d.holderName,
    issuerId: d.issuerId,
    issuerName: d.issuerName,
    exportId: d.exportId,
    exportedAt: d.exportedAt.toISOString(),
    importedAt: d.importedAt.toISOString(),
    importedBy: d.importedBy,
    personStatus: registered ? 'linked' : 'not_registered',
    readOnly: true,
  };
}

export function toImportedFile(f: Omit<ImportedFileEntity, 'bytes'>): ImportedFileResponse {
  return { id: f.id, path: f.path, fileName: f.fileName, mimeType: f.mimeType, sha256: f.sha256.trim(), sizeBytes: f.sizeBytes, section: f.section };
}
