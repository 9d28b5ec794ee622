import { Injectable } from '@nestjs/common';
import { ErrorCode, type CertificateResponse, type CertificateVerificationResponse, type RequestCertificateBody } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { sha256Hex } from '../../../platform/pdf/pdf-seal';
import { SealService } from '../../../platform/pdf/seal.service';
import { todayRome } from '../../../platform/time/rome-time';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { toCertificateResponse, toVerificationResponse, verifyUrlOf } from '../certificazioni.mapper';
import { groupCode, newVerificationCode } from '../domain/verification-code';
import { CERTIFICAZIONI_CATALOGUE, fill } from '../i18n/certificazioni-catalogue';
import { CertificateDataService } from './certificate-data.service';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificatesRepository, type CertificateRow } from './certificates.repository';

/** Issue (self-service or at the desk), list, download and revoke sealed certificates. Every step is audited. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly env: Env,
    private readonly repo: CertificatesRepository,
    private readonly data: CertificateDataService,
    private readonly seal: SealService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly outbox: EventOutbox,
  ) {}

  async issueForSelf(ctx: RequestContext, body: RequestCertificateBody): Promise<CertificateResponse> {
    return this.issue(ctx, await this.registry.selfAsCitizen(ctx), body, 'citizen');
  }

  async issueAtDesk(ctx: RequestContext, citizenId: string, body: RequestCertificateBody): Promise<CertificateResponse> {
    return this.issue(ctx, await this.registry.citizenForStaff(ctx, citizenId, 'certificazioni.citizen.read'), body, 'operator');
  }

  private async issue(ctx: RequestContext, person: CitizenRef, body: RequestCertificateBody, via: 'citizen' | 'operator'): Promise<CertificateResponse> {
    const now = new Date();
    const snapshot = await this.data.snapshot(person, body.kind, { ...(body.atDate ? { atDate: body.atDate } : {}), ...(body.pattoId ? { pattoId: body.pattoId } : {}) }, now);
    const code = newVerificationCode();
    const doc = await renderCertificatePdf(snapshot, body.locale, todayRome(now), groupCode(code), verifyUrlOf(this.env.CITIZEN_WEB_URL, code));
    const pdf = await this.seal.seal(doc, {
      reason: fill(CERTIFICAZIONI_CATALOGUE[body.locale].sealReason, { issuer: this.env.ORG_NAME }),
      location: this.env.ORG_NAME,
      contactInfo: this.env.ORG_CONTACT_EMAIL,
      signingTime: now,
    });
    const saved = await this.repo.transaction(async (m) => {
      const c = await this.repo.insert(m, {
        citizenId: person.id,
        fiscalCode: person.fiscalCode,
        officeId: person.officeId,
        kind: body.kind,
        locale: body.locale,
        atDate: snapshot.atDate ?? null,
        pattoId: body.kind === 'patto_copy' ? (body.pattoId ?? null) : null,
        code,
        snapshot: snapshot as unknown as Record<string, unknown>,
        sha256: sha256Hex(pdf),
        pdf,
        issuedVia: via,
        issuedBy: ctx.principal.fiscalCode,
      });
      await this.audit.record(
        ctx,
        {
          action: 'certificazioni.certificate.issued',
          resourceType: 'certificate',
          resourceId: c.id,
          subjectFiscalCode: person.fiscalCode,
          actorOfficeId: via === 'operator' ? person.officeId : null,
          details: { kind: body.kind, locale: body.locale, via },
        },
        m,
      );
      await this.outbox.publish(m, {
        type: 'certificate.issued',
        aggregateType: 'certificate',
        aggregateId: c.id,
        payload: {
          certificateId: c.id,
          citizenId: person.id,
          citizenFiscalCode: person.fiscalCode,
          officeId: person.officeId,
          kind: body.kind,
          issuedVia: via,
          issuedAt: new Date(c.issuedAt).toISOString(),
        },
      });
      return c;
    });
    return toCertificateResponse(saved, this.env.CITIZEN_WEB_URL);
  }

  async mine(ctx: RequestContext): Promise<CertificateResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.ofCitizen(me.id);
    await this.audit.record(ctx, { action: 'certificazioni.certificate.list', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.responses(rows);
  }

  async ofCitizen(ctx: RequestContext, citizenId: string): Promise<CertificateResponse[]> {
    const person = await this.registry.citizenForStaff(ctx, citizenId, 'certificazioni.certificate.list');
    return this.responses(await this.repo.ofCitizen(person.id));
  }

  private async responses(rows: CertificateRow[]): Promise<CertificateResponse[]> {
    const offices = await this.registry.officeNames(rows.flatMap((r) => (r.officeId ? [r.officeId] : [])));
    return rows.map((r) => toCertificateResponse(r, this.env.CITIZEN_WEB_URL, r.officeId ? offices.get(r.officeId) : undefined));
  }

  /** The sealed PDF as issued (the same bytes, whose hash is on record). */
  async pdf(ctx: RequestContext, side: 'citizen' | 'operator', id: string): Promise<{ fileName: string; bytes: Buffer }> {
    const c = await this.inScope(ctx, side, id, 'certificazioni.certificate.pdf');
    const bytes = await this.repo.pdfOf(c.id);
    if (!bytes) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
    if (side === 'citizen')
      await this.audit.record(ctx, { action: 'certificazioni.certificate.pdf', resourceType: 'certificate', resourceId: c.id, subjectFiscalCode: c.fiscalCode });
    return { fileName: `certificato-${c.kind}-${c.code.slice(0, 4)}.pdf`, bytes };
  }

  async revoke(ctx: RequestContext, id: string, reason: string): Promise<CertificateResponse> {
    const c = await this.inScope(ctx, 'operator', id, 'certificazioni.certificate.read');
    await this.repo.transaction(async (m) => {
      const locked = await this.repo.lock(m, c.id);
      if (!locked) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
      if (locked.revokedAt) throw new DomainError(ErrorCode.CERTIFICATE_ALREADY_REVOKED);
      await this.repo.revoke(m, c.id, ctx.principal.fiscalCode, reason.trim());
      await this.audit.record(
        ctx,
        {
          action: 'certificazioni.certificate.revoked',
          resourceType: 'certificate',
          resourceId: c.id,
          subjectFiscalCode: c.fiscalCode,
          actorOfficeId: c.officeId,
          details: { reason: reason.trim() },
        },
        m,
      );
    });
    return (await this.responses([(await this.repo.byId(c.id))!]))[0]!;
  }

  async verificationsOfMine(ctx: RequestContext): Promise<CertificateVerificationResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.verificationsOf(me.id);
    await this.audit.record(ctx, { action: 'certificazioni.verification.list', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return rows.map(toVerificationResponse);
  }

  /** A citizen sees only their own; an operator only those of people of the offices they serve (else 404, audited as denied by the registry). */
  private async inScope(ctx: RequestContext, side: 'citizen' | 'operator', id: string, action: string): Promise<CertificateRow> {
    const c = await this.repo.byId(id);
    if (!c) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
    if (side === 'citizen') {
      const me = await this.registry.selfAsCitizen(ctx);
      if (c.citizenId !== me.id) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
      return c;
    }
    try {
      await this.registry.citizenForStaff(ctx, c.citizenId, action);
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.CITIZEN_NOT_FOUND) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
      throw e;
    }
    return c;
  }
}
