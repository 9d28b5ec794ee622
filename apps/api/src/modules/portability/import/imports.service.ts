import { Injectable } from '@nestjs/common';
import { BUNDLE_MAX_BYTES, DOSSIER_SECTIONS, ErrorCode, type ImportedDossierResponse, type ImportedDossierSummaryResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { StaffScope } from '../../../platform/auth/principal';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import type { UploadedFile } from '../../dossier/dossier.service';
import { RegistryService } from '../../registry/registry.service';
import { sha256Hex, SUMMARY } from '../domain/bundle';
import type { ImportedDossierEntity } from '../entities/imported-dossier.entity';
import { toImportedFile, toImportedSummary } from '../portability.mapper';
import { BundleVerifier } from './bundle-verifier';
import { ImportsRepository } from './imports.repository';

/**
 * An operator of this region imports the bundle a person brings from another region: verified first (nothing is
 * written for a refused bundle but the audit record of the refusal), then stored read-only and linked by fiscal code.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly repo: ImportsRepository,
    private readonly verifier: BundleVerifier,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async import(ctx: RequestContext, file: UploadedFile | undefined): Promise<ImportedDossierSummaryResponse> {
    const staff = this.staff(ctx);
    if (!file) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A bundle is required', [{ pointer: '/file', detail: 'file is required', constraint: 'required' }]);
    if (file.size > BUNDLE_MAX_BYTES) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'At most 50 MB', [{ pointer: '/file', detail: 'at most 50 MB', constraint: 'maxSize' }]);
    let b;
    try {
      b = await this.verifier.verify(file.buffer);
    } catch (e) {
      if (e instanceof DomainError)
        await this.audit.record(ctx, {
          action: 'portability.import.refused',
          resourceType: 'imported_dossier',
          subjectFiscalCode: null, // an unverified bundle names no one we may believe
          outcome: 'denied',
          details: { code: e.code, sha256: sha256Hex(file.buffer) },
        });
      throw e;
    }
    const d = b.dossier;
    const officeId = staff.officeIds[0] ?? null;
    const saved = await this.repo.transaction(async (m) => {
      if (await this.repo.byExport(m, b.issuerId, d.exportId)) throw new DomainError(ErrorCode.PORTABILITY_ALREADY_IMPORTED);
      const { sections, ...header } = d;
      const listed = new Map(d.files.map((f) => [f.path, f]));
      const files = Object.keys(b.manifest.files)
        .filter((p) => p !== 'dossier.json')
        .map((path) => {
          const bytes = Buffer.from(b.entries[path]!);
          const f = listed.get(path);
          return {
            path,
            fileName: (f?.fileName ?? (path === SUMMARY ? SUMMARY : path.split('/').pop()!)).slice(0, 255),
            mimeType: (f?.mimeType ?? 'application/pdf').slice(0, 100),
            section: f?.section ?? 'summary',
            sha256: sha256Hex(bytes),
            sizeBytes: bytes.length,
            bytes,
          };
        });
      const row = await this.repo.insert(
        m,
        {
          fiscalCode: d.person.fiscalCode,
          holderName: `${d.person.givenName} ${d.person.familyName}`.slice(0, 200),
          issuerId: b.issuerId,
          issuerName: b.issuerName,
          exportId: d.exportId,
          exportedAt: new Date(d.exportedAt),
          header,
          manifest: b.manifest as unknown as Record<string, unknown>,
          signature: b.signature,
          bundleSha256: sha256Hex(file.buffer),
          importedBy: ctx.principal.fiscalCode,
          importedByOfficeId: officeId,
        },
        DOSSIER_SECTIONS.map((key) => ({ key, data: sections[key] ?? null })),
        files,
      );
      await this.audit.record(
        ctx,
        {
          action: 'portability.import.accepted',
          resourceType: 'imported_dossier',
          resourceId: row.id,
          subjectFiscalCode: row.fiscalCode,
          actorOfficeId: officeId,
          details: { issuer: b.issuerId, exportId: d.exportId, files: files.length },
        },
        m,
      );
      return row;
    });
    return toImportedSummary(saved, !!(await this.registry.citizenRef(saved.fiscalCode)));
  }

  /** Imports made by the caller's offices (the person may not be in this registry yet). */
  async ofMyOffices(ctx: RequestContext): Promise<ImportedDossierSummaryResponse[]> {
    const rows = await this.repo.ofOffices(this.staff(ctx).officeIds);
    await this.audit.record(
      ctx,
      rows.map((r) => ({ action: 'portability.import.list', resourceType: 'imported_dossier', resourceId: r.id, subjectFiscalCode: r.fiscalCode })),
    );
    return this.summaries(rows);
  }

  /** The read-only history imported for a person of the caller's offices (audited by the registry's scope check). */
  async ofCitizen(ctx: RequestContext, citizenId: string): Promise<ImportedDossierSummaryResponse[]> {
    const person = await this.registry.citizenForStaff(ctx, citizenId, 'portability.import.list');
    return (await this.repo.ofFiscalCode(person.fiscalCode)).map((r) => toImportedSummary(r, true));
  }

  async one(ctx: RequestContext, importId: string): Promise<ImportedDossierResponse> {
    const d = await this.inScope(ctx, importId);
    const [sections, files] = await Promise.all([this.repo.sectionsOf(d.id), this.repo.filesOf(d.id)]);
    await this.audit.record(ctx, { action: 'portability.import.read', resourceType: 'imported_dossier', resourceId: d.id, subjectFiscalCode: d.fiscalCode });
    const registered = !!(await this.registry.citizenRef(d.fiscalCode));
    return {
      ...toImportedSummary(d, registered),
      dossier: { ...d.header, sections: Object.fromEntries(sections.map((s) => [s.key, s.data])) },
      files: files.map(toImportedFile),
    };
  }

  async file(ctx: RequestContext, importId: string, fileId: string): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
    const d = await this.inScope(ctx, importId);
    const f = await this.repo.file(d.id, fileId);
    if (!f) throw new DomainError(ErrorCode.PORTABILITY_IMPORT_NOT_FOUND);
    await this.audit.record(ctx, { action: 'portability.import.file', resourceType: 'imported_file', resourceId: f.id, subjectFiscalCode: d.fiscalCode });
    return { fileName: f.fileName, mimeType: f.mimeType, bytes: f.bytes };
  }

  /** Imported by one of the caller's offices, or of a person those offices serve; else 404 (audited as denied). */
  private async inScope(ctx: RequestContext, importId: string): Promise<ImportedDossierEntity> {
    const staff = this.staff(ctx);
    const d = await this.repo.byId(importId);
    if (!d) throw new DomainError(ErrorCode.PORTABILITY_IMPORT_NOT_FOUND);
    const person = await this.registry.citizenRef(d.fiscalCode);
    const ok = (d.importedByOfficeId && staff.officeIds.includes(d.importedByOfficeId)) || (person?.officeId && staff.officeIds.includes(person.officeId));
    if (!ok) {
      await this.audit.record(ctx, { action: 'portability.import.read', resourceType: 'imported_dossier', resourceId: d.id, subjectFiscalCode: d.fiscalCode, outcome: 'denied' });
      throw new DomainError(ErrorCode.PORTABILITY_IMPORT_NOT_FOUND);
    }
    return d;
  }

  private async summaries(rows: ImportedDossierEntity[]): Promise<ImportedDossierSummaryResponse[]> {
    const out: ImportedDossierSummaryResponse[] = [];
    for (const r of rows) out.push(toImportedSummary(r, !!(await this.registry.citizenRef(r.fiscalCode))));
    return out;
  }

  private staff(ctx: RequestContext): StaffScope {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }
}
