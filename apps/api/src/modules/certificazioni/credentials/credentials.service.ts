import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ErrorCode, type FieldError } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { CredentialsRepository } from './credentials.repository';
import { statusListUrlOf, toIssuedCredential, type IssuedCredential } from './credentials.mapper';
import { IssuerKeyService } from './issuer-key.service';
import { openBadgeCredential, type CredentialAlignment } from './open-badge';

export type { IssuedCredential } from './credentials.mapper';
export type { CredentialAlignment } from './open-badge';

export interface IssueOpenBadgeInput {
  /** registry.citizens.id; the caller has checked that ctx may act for the person */
  citizenId: string;
  /** what the badge is issued for, e.g. { kind: 'ivc.validation', id }: one unrevoked credential per person and source */
  source: { kind: string; id: string };
  achievement: {
    /** a URI; default `urn:opencpi:achievement:<source.kind>:<source.id>` */
    id?: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    /** OB 3.0 AchievementType, default 'Competency' */
    achievementType?: string;
    /** qualification / competences / ADA of the repertoire */
    alignments?: CredentialAlignment[];
  };
  name?: string;
  description?: string;
  validFrom?: Date;
  validUntil?: Date | null;
}

const isUri = (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);

function checkInput(i: IssueOpenBadgeInput, validFrom: Date): void {
  const errors: FieldError[] = [];
  const bad = (pointer: string, detail: string) => errors.push({ pointer, detail, constraint: 'invalid' });
  if (!i.source.kind || i.source.kind.length > 40) bad('/source/kind', 'source.kind must be 1-40 characters');
  if (!i.source.id || i.source.id.length > 100) bad('/source/id', 'source.id must be 1-100 characters');
  const a = i.achievement;
  if (!a.name?.trim() || a.name.length > 300) bad('/achievement/name', 'achievement.name must be 1-300 characters');
  if (!a.description?.trim() || a.description.length > 4000) bad('/achievement/description', 'achievement.description must be 1-4000 characters');
  if (!a.criteriaNarrative?.trim() || a.criteriaNarrative.length > 4000) bad('/achievement/criteriaNarrative', 'must be 1-4000 characters');
  if (a.id !== undefined && !isUri(a.id)) bad('/achievement/id', 'achievement.id must be a URI');
  (a.alignments ?? []).forEach((al, n) => {
    if (!al.targetName?.trim()) bad(`/achievement/alignments/${n}/targetName`, 'targetName is required');
    if (!isUri(al.targetUrl ?? '')) bad(`/achievement/alignments/${n}/targetUrl`, 'targetUrl must be a URI');
  });
  if ((i.name ?? '').length > 300) bad('/name', 'name must be at most 300 characters');
  if (Number.isNaN(validFrom.getTime())) bad('/validFrom', 'validFrom must be a date');
  if (i.validUntil && !(i.validUntil.getTime() > validFrom.getTime())) bad('/validUntil', 'validUntil must be after validFrom');
  if (errors.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The credential to issue is not valid', errors);
}

/**
 * Open Badges 3.0 credentials: issue (signed vc+jwt, stored, with an entry in a Bitstring Status List), revoke (the
 * bit flips), list. Exported for other modules (ivc); the HTTP side (citizen, operator) is in credential-routes.service.ts.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly env: Env,
    private readonly repo: CredentialsRepository,
    private readonly issuer: IssuerKeyService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async issueOpenBadge(input: IssueOpenBadgeInput, ctx: RequestContext, m?: EntityManager): Promise<IssuedCredential> {
    const validFrom = input.validFrom ?? new Date();
    checkInput(input, validFrom);
    const person = (await this.registry.citizensByIds([input.citizenId])).get(input.citizenId);
    if (!person) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    const saved = await this.repo.transaction(async (tx) => {
      const existing = await this.repo.unrevokedForSource(tx, person.id, input.source.kind, input.source.id);
      if (existing) return existing;
      const id = randomUUID();
      const slot = await this.repo.allocateStatusIndex(tx);
      const a = input.achievement;
      const name = input.name?.trim() || a.name.trim();
      const credential = openBadgeCredential({
        id: `urn:uuid:${id}`,
        name,
        ...(input.description ? { description: input.description } : {}),
        issuer: { did: this.issuer.did, name: this.env.ORG_NAME, url: this.env.ORG_URL },
        fiscalCode: person.fiscalCode,
        achievement: {
          id: a.id ?? `urn:opencpi:achievement:${encodeURIComponent(input.source.kind)}:${encodeURIComponent(input.source.id)}`,
          name: a.name.trim(),
          description: a.description.trim(),
          criteriaNarrative: a.criteriaNarrative.trim(),
          achievementType: a.achievementType ?? 'Competency',
          alignments: a.alignments ?? [],
        },
        validFrom,
        validUntil: input.validUntil ?? null,
        status: { listUrl: statusListUrlOf(this.env.PUBLIC_API_URL, slot.listId), index: slot.index },
      });
      // VC-JOSE-COSE: the payload is the credential itself; `iss` repeats issuer.id (JWT verifiers resolve the key from it)
      const jwt = await this.issuer.signJws({ ...credential, iss: this.issuer.did, jti: `urn:uuid:${id}` }, { typ: 'vc+jwt', cty: 'vc' });
      const c = await this.repo.insert(tx, {
        id,
        citizenId: person.id,
        officeId: person.officeId,
        sourceKind: input.source.kind,
        sourceId: input.source.id,
        name: name.slice(0, 300),
        achievementName: a.name.trim().slice(0, 300),
        issuerDid: this.issuer.did,
        statusListId: slot.listId,
        statusIndex: slot.index,
        jwt,
        credential,
        validFrom,
        validUntil: input.validUntil ?? null,
        issuedBy: ctx.principal.fiscalCode,
      });
      await this.audit.record(
        ctx,
        {
          action: 'certificazioni.credential.issued',
          resourceType: 'credential',
          resourceId: id,
          subjectFiscalCode: person.fiscalCode,
          actorOfficeId: person.officeId,
          details: { sourceKind: input.source.kind, sourceId: input.source.id, statusListId: slot.listId, statusIndex: slot.index },
        },
        tx,
      );
      return c;
    }, m);
    return toIssuedCredential(saved, this.env.PUBLIC_API_URL);
  }

  /** Flips the revocation bit. checkScope (default): ctx must serve the person's office (else CREDENTIAL_NOT_FOUND). */
  async revoke(credentialId: string, reason: string, ctx: RequestContext, opts: { checkScope?: boolean; manager?: EntityManager } = {}): Promise<IssuedCredential> {
    const found = await this.repo.byId(credentialId, opts.manager);
    if (!found) throw new DomainError(ErrorCode.CREDENTIAL_NOT_FOUND);
    let fiscalCode: string;
    if (opts.checkScope ?? true) {
      try {
        fiscalCode = (await this.registry.citizenForStaff(ctx, found.citizenId, 'certificazioni.credential.read')).fiscalCode;
      } catch (e) {
        if (e instanceof DomainError && e.code === ErrorCode.CITIZEN_NOT_FOUND) throw new DomainError(ErrorCode.CREDENTIAL_NOT_FOUND);
        throw e;
      }
    } else fiscalCode = (await this.registry.citizensByIds([found.citizenId])).get(found.citizenId)?.fiscalCode ?? '';
    const why = reason.trim();
    if (why.length < 5 || why.length > 500)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [{ pointer: '/reason', detail: 'reason must be 5-500 characters', constraint: 'length' }]);
    await this.repo.transaction(async (tx) => {
      const locked = await this.repo.lock(tx, found.id);
      if (!locked) throw new DomainError(ErrorCode.CREDENTIAL_NOT_FOUND);
      if (locked.revokedAt) throw new DomainError(ErrorCode.CREDENTIAL_ALREADY_REVOKED);
      await this.repo.revoke(tx, found.id, ctx.principal.fiscalCode, why);
      await this.audit.record(
        ctx,
        {
          action: 'certificazioni.credential.revoked',
          resourceType: 'credential',
          resourceId: found.id,
          subjectFiscalCode: fiscalCode,
          actorOfficeId: found.officeId,
          details: { reason: why, statusListId: found.statusListId, statusIndex: found.statusIndex },
        },
        tx,
      );
    }, opts.manager);
    return toIssuedCredential((await this.repo.byId(found.id, opts.manager))!, this.env.PUBLIC_API_URL);
  }

  /** Every credential of the person, newest first, revoked included (not audited: the caller audits its read). */
  async listForCitizen(citizenId: string): Promise<IssuedCredential[]> {
    return (await this.repo.ofCitizen(citizenId)).map((c) => toIssuedCredential(c, this.env.PUBLIC_API_URL));
  }

  async listForSource(source: { kind: string; id: string }): Promise<IssuedCredential[]> {
    return (await this.repo.ofSource(source.kind, source.id)).map((c) => toIssuedCredential(c, this.env.PUBLIC_API_URL));
  }

  async byId(id: string): Promise<IssuedCredential | null> {
    const c = await this.repo.byId(id);
    return c ? toIssuedCredential(c, this.env.PUBLIC_API_URL) : null;
  }
}
