import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EXPORT_STATUSES, PORTABILITY_LOCALES } from '../dto/portability.dto';

/** An export of my dossier: its progress while prepared, then until when the bundle can be downloaded. */
export class ExportResponse {
  @IsString() id!: string;
  @IsIn(EXPORT_STATUSES) status!: string;
  @IsIn(PORTABILITY_LOCALES) locale!: string;
  @IsInt() stepsDone!: number;
  @IsInt() stepsTotal!: number;
  /** the section being collected (a code of DOSSIER_SECTIONS, or `files`, `summary`, `signature`) */
  @IsOptional() @IsString() currentStep?: string;
  @IsString() requestedAt!: string;
  @IsOptional() @IsString() readyAt?: string;
  /** after this instant the bundle is deleted */
  @IsOptional() @IsString() expiresAt?: string;
  @IsOptional() @IsInt() sizeBytes?: number;
  /** sha256 (hex) of the ZIP bundle */
  @IsOptional() @IsString() sha256?: string;
  @IsOptional() @IsString() errorCode?: string;
}
export class ExportListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ExportResponse) items!: ExportResponse[];
}

/** A file of an imported dossier (a document, a certificate's sealed PDF, the summary). */
export class ImportedFileResponse {
  @IsString() id!: string;
  @IsString() path!: string;
  @IsString() fileName!: string;
  @IsString() mimeType!: string;
  @IsString() sha256!: string;
  @IsInt() sizeBytes!: number;
  @IsString() section!: string;
}
/** An imported dossier as listed: whose, from which region, when. Read-only history from another deployment. */
export class ImportedDossierSummaryResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() holderName!: string;
  /** the issuing deployment's id (its IPA code) and name ("Regione X") as configured among the trusted issuers */
  @IsString() issuerId!: string;
  @IsString() issuerName!: string;
  @IsString() exportId!: string;
  @IsString() exportedAt!: string;
  @IsString() importedAt!: string;
  @IsString() importedBy!: string;
  /** whether a person with this fiscal code is in this deployment's registry (the history is linked by fiscal code) */
  @IsIn(['linked', 'not_registered']) personStatus!: string;
  @IsIn([true]) readOnly!: true;
}
export class ImportedDossierListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ImportedDossierSummaryResponse) items!: ImportedDossierSummaryResponse[];
}
/** The whole imported dossier: `dossier` is dossier.json as exported (header and sections), and the files. */
export class ImportedDossierResponse extends ImportedDossierSummaryResponse {
  @IsObject() dossier!: Record<string, unknown>;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ImportedFileResponse) files!: ImportedFileResponse[];
}

/** This deployment as an issuer of dossier bundles: other deployments put this public key among their trusted issuers. */
export class PortabilityIssuerResponse {
  @IsString() issuerId!: string;
  @IsString() issuerName!: string;
  /** the public keys (JWK) that sign bundles; `kid` is the key's RFC 7638 thumbprint */
  @IsArray() @IsObject({ each: true }) keys!: Record<string, unknown>[];
  /** the JSON Schema that dossier.json conforms to */
  @IsString() schemaUrl!: string;
}
