import { IsIn, IsUUID } from 'class-validator';

/**
 * Portability (issue 15): the person's whole dossier as a signed bundle (GDPR art. 15 and 20), prepared in the
 * background, and its import by another region's operator as read-only history.
 */
/** The language of the bundle's readable summary: every language a person can choose. */
export const PORTABILITY_LOCALES = ['it', 'en', 'ar', 'ro', 'uk'] as const;
export type PortabilityLocale = (typeof PORTABILITY_LOCALES)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
/** The sections of dossier.json, in the order they are collected (one step each). */
export const DOSSIER_SECTIONS = [
  'registry',
  'did',
  'profiling',
  'matchingProfile',
  'patti',
  'plan',
  'appointments',
  'conditionality',
  'documents',
  'certificates',
  'credentials',
  'messages',
  'auditTrail',
] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];
/** A bundle is at most this large (the upload limit of the import). */
export const BUNDLE_MAX_BYTES = 50 * 1024 * 1024;

/** POST /api/citizen/portability/exports */
export class RequestExportBody {
  /** the language of the readable PDF summary */
  @IsIn(PORTABILITY_LOCALES) locale!: PortabilityLocale;
}
export class ExportIdParam {
  @IsUUID('4') exportId!: string;
}
export class ImportIdParam {
  @IsUUID('4') importId!: string;
}
export class ImportFileParam {
  @IsUUID('4') importId!: string;
  @IsUUID('4') fileId!: string;
}
/** POST /api/operator/portability/imports: the multipart body has only the bundle (the SPA's form checks the file itself). */
export class ImportBundleBody {}
