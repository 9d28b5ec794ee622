import { Injectable } from '@nestjs/common';
import {
  CONSENT_MAX_DAYS,
  ErrorCode,
  type ConsentAccessResponse,
  type ConsentAgencyResponse,
  type ConsentGrantResponse,
  type ConsentPart,
  type ConsentPurpose,
  type GrantConsentBody,
} from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { addDays, romeParts, romeToInstant } from '../../platform/time/rome-time';
import { RegistryService, type CitizenRef } from '../registry/registry.service';
import { ConsentRepository, type NewGrant } from './consent.repository';
import { AGENCY_CLIENT_ROLE, toAccessResponse, toGrantResponse } from './consent.mapper';

/** A grant given when the person signs a patto that names the agency (called by the patto module in its transaction). */
export interface PattoGrant {
  citizenId: string;
  agencyId: string;
  pattoId: string;
  parts: ConsentPart[];
  purpose: ConsentPurpose;
  /** last day included (Europe/Rome) */
  validUntil: string;
}

const isExclusionViolation = (e: unknown): boolean =>
  (e as { code?: string; constraint?: string }).code === '23P01' && (e as { constraint?: string }).constraint === 'grants_no_overlap';
const startOfRomeDay = (date: string): Date => romeToInstant(date, '00:00') as Date; // midnight always exists in Rome (DST moves 02:00/03:00)

/** The person's side of the consent ledger: grant, revoke, see who read what. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly repo: ConsentRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async grants(ctx: RequestContext, me: CitizenRef): Promise<ConsentGrantResponse[]> {
    const grants = await this.repo.grantsOf(me.id);
    const agencies = await this.registry.agenciesByIds(grants.map((g) => g.agencyId));
    await this.audit.record(ctx, { action: 'consent.grants.read', resourceType: 'consent', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    const now = new Date();
    return grants.map((g) => toGrantResponse(g, agencies.get(g.agencyId), now));
  }

  /** One grant per part, all or none, audited in the same transaction. */
  async grant(ctx: RequestContext, me: CitizenRef, body: GrantConsentBody): Promise<ConsentGrantResponse[]> {
    const agency = (await this.registry.agenciesByIds([body.agencyId])).get(body.agencyId);
    if (!agency) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND, 'No such agency', [{ pointer: '/agencyId', detail: 'unknown agency', constraint: 'exists' }]);
    if (body.purpose === 'other' && !body.purposeText?.trim()) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Say what the purpose is', [
        { pointer: '/purposeText', detail: 'required when purpose is other', constraint: 'required' },
      ]);
    }
    const { validFrom, validUntil } = this.period(body.validFrom, body.validUntil);
    const rows: NewGrant[] = body.parts.map((part) => ({
      citizenId: me.id,
      agencyId: agency.id,
      part,
      purpose: body.purpose,
      purposeText: body.purposeText?.trim() || null,
      validFrom,
      validUntil,
      source: 'citizen',
      pattoId: null,
    }));
    const saved = await this.insert(rows, (m, grants) =>
      this.audit.record(
        ctx,
        grants.map((g) => ({
          action: 'consent.grant.created',
          resourceType: 'consent_grant',
          resourceId: g.id,
          subjectFiscalCode: me.fiscalCode,
          details: { agencyId: agency.id, part: g.part, purpose: g.purpose, source: 'citizen' },
        })),
        m,
      ),
    );
    const now = new Date();
    return saved.map((g) => toGrantResponse(g, agency, now));
  }

  /**
   * The grants a patto signature gives (source 'patto'), in the caller's transaction `m`; the caller audits the
   * signature. A part already granted to the agency for the same purpose over an overlapping period is skipped.
   */
  async grantFromPatto(m: EntityManager, g: PattoGrant): Promise<string[]> {
    const today = romeParts(new Date()).date;
    const { validFrom, validUntil } = this.period(today, g.validUntil);
    const ids: string[] = [];
    for (const part of g.parts) {
      const row: NewGrant = {
        citizenId: g.citizenId,
        agencyId: g.agencyId,
        part,
        purpose: g.purpose,
        purposeText: null,
        validFrom,
        validUntil,
        source: 'patto',
        pattoId: g.pattoId,
      };
      const covered = await this.repo.activeGrantInTx(m, g.agencyId, g.citizenId, part, g.purpose, validFrom, validUntil);
      if (!covered) ids.push(...(await this.repo.insertGrants(m, [row])).map((s) => s.id));
    }
    return ids;
  }

  async revoke(ctx: RequestContext, me: CitizenRef, grantId: string): Promise<ConsentGrantResponse> {
    const saved = await this.repo.transaction(async (m) => {
      const grant = await this.repo.lockGrant(m, grantId, me.id);
      if (!grant) throw new DomainError(ErrorCode.CONSENT_GRANT_NOT_FOUND, `No grant ${grantId} of yours`);
      if (grant.revokedAt) throw new DomainError(ErrorCode.CONSENT_ALREADY_REVOKED);
      grant.revokedAt = await this.repo.revoke(m, grant.id);
      await this.audit.record(
        ctx,
        {
          action: 'consent.grant.revoked',
          resourceType: 'consent_grant',
          resourceId: grant.id,
          subjectFiscalCode: me.fiscalCode,
          details: { agencyId: grant.agencyId, part: grant.part, purpose: grant.purpose },
        },
        m,
      );
      return grant;
    });
    const agency = (await this.registry.agenciesByIds([saved.agencyId])).get(saved.agencyId);
    return toGrantResponse(saved, agency, new Date());
  }

  /** Every read of the person's data by an agency's software, newest first (from the audit trail). */
  async accessLog(ctx: RequestContext, me: CitizenRef): Promise<ConsentAccessResponse[]> {
    const rows = (await this.audit.trailOf(me.fiscalCode, 1000)).filter((r) => r.actorRole === AGENCY_CLIENT_ROLE);
    await this.audit.record(ctx, { action: 'consent.access-log.read', resourceType: 'consent', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return rows.map(toAccessResponse);
  }

  /** Agencies the person may grant access to: those accredited in the region of their CPI. */
  async agencies(me: CitizenRef): Promise<ConsentAgencyResponse[]> {
    return (await this.registry.agenciesForCitizen(me.id)).map((a) => ({ id: a.id, name: a.name, accreditationCode: a.accreditationCode }));
  }

  /** [first day 00:00, day after the last 00:00) in Rome; no backdating, at most CONSENT_MAX_DAYS. */
  private period(from: string | undefined, until: string): { validFrom: Date; validUntil: Date } {
    const today = romeParts(new Date()).date;
    const first = from ?? today;
    const refuse = (pointer: string, detail: string): never => {
      throw new DomainError(ErrorCode.CONSENT_PERIOD_INVALID, detail, [{ pointer, detail, constraint: 'period' }]);
    };
    if (first < today) refuse('/validFrom', 'validFrom is in the past');
    if (until < first) refuse('/validUntil', until < today ? 'validUntil is in the past' : 'validUntil is before validFrom');
    if (until > addDays(first, CONSENT_MAX_DAYS)) refuse('/validUntil', `a grant lasts at most ${CONSENT_MAX_DAYS} days`);
    return { validFrom: startOfRomeDay(first), validUntil: startOfRomeDay(addDays(until, 1)) };
  }

  private async insert(rows: NewGrant[], audit: (m: EntityManager, saved: Awaited<ReturnType<ConsentRepository['insertGrants']>>) => Promise<void>) {
    try {
      return await this.repo.transaction(async (m) => {
        const saved = await this.repo.insertGrants(m, rows);
        await audit(m, saved);
        return saved;
      });
    } catch (e) {
      if (isExclusionViolation((e as { driverError?: unknown }).driverError ?? e)) {
        throw new DomainError(ErrorCode.CONSENT_ALREADY_GRANTED, 'An active grant already covers part of this period', [
          { pointer: '/parts', detail: 'already granted to this agency for this purpose', constraint: 'unique' },
        ]);
      }
      throw e;
    }
  }
}
