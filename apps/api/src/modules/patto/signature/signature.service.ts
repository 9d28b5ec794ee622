import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type PattoResponse, type SignatureChallengeResponse, type SignPattoBody } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { KeyRing } from '../../../platform/keys/key-ring';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { ConsentService } from '../../consent/consent.service';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import type { PattoSignatureEntity } from '../entities/patto-signature.entity';
import type { PattoVersionEntity } from '../entities/patto-version.entity';
import type { PattoEntity } from '../entities/patto.entity';
import { PattiRepository } from '../patti/patti.repository';
import { PattoScopeService } from '../patti/patto-scope.service';
import { PattoViewService } from '../patti/patto-view.service';
import { PlanRepository } from '../plan/plan.repository';
import { codeHash, codeMatches, maskAddress } from './otp-code';
import { SignatureRepository } from './signature.repository';

const CODE_MINUTES = 10;
const CODE_ATTEMPTS = 5;
/** codes one person may ask for one version in an hour (each one is an SMS or e-mail sent) */
const CODES_PER_HOUR = 5;
type Party = 'citizen' | 'operator' | 'agency';
type NewSignature = Pick<PattoSignatureEntity, 'party' | 'method' | 'signerFiscalCode' | 'signerName' | 'sessionId' | 'spidLevel' | 'otpChannel' | 'otpVerifiedAt'> & {
  scanDocumentId?: string;
};

/**
 * Signing a proposed version: the person remotely with a one-time code (or on paper, scanned by the operator), the
 * CPI and the agency in their SPID/CIE session. Invariants are in the database (append-only signatures that must sign
 * the version's hash); the checks here give the clear error first. The last signature brings the version into force.
 */
@Injectable()
export class SignatureService {
  constructor(
    private readonly repo: SignatureRepository,
    private readonly patti: PattiRepository,
    private readonly plan: PlanRepository,
    private readonly scope: PattoScopeService,
    private readonly view: PattoViewService,
    private readonly registry: RegistryService,
    private readonly dossier: DossierService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
    private readonly keys: KeyRing,
    private readonly outbox: EventOutbox,
    private readonly consent: ConsentService,
  ) {}

  /** Sends a 6-digit code to the person's verified phone or e-mail (from SPID/CIE), bound to this session and text. */
  async requestCode(ctx: RequestContext, pattoId: string, channel: 'sms' | 'email', now = new Date()): Promise<SignatureChallengeResponse> {
    refuseDelegate(ctx);
    const { patto, citizen } = await this.scope.citizenPatto(ctx, pattoId);
    const address = channel === 'sms' ? citizen.mobilePhone : citizen.email;
    if (!address || !this.notifications.channelPort(channel)) {
      throw new DomainError(ErrorCode.SIGNATURE_CHANNEL_UNAVAILABLE, `No verified ${channel} address`, [
        { pointer: '/channel', detail: `no verified ${channel} address or the channel is off`, constraint: 'available' },
      ]);
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const challenge = await this.repo.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      if ((await this.repo.codesSince(m, v.id, citizen.fiscalCode, new Date(now.getTime() - 3_600_000))) >= CODES_PER_HOUR) {
        throw new DomainError(ErrorCode.RATE_LIMITED, `At most ${CODES_PER_HOUR} codes an hour for this patto`, undefined, { 'Retry-After': '3600' });
      }
      const saved = await this.repo.insertChallenge(m, {
        versionId: v.id,
        fiscalCode: citizen.fiscalCode,
        sessionId: ctx.principal.sessionId,
        channel,
        sentTo: maskAddress(channel, address),
        codeHash: '0'.repeat(64),
        documentSha256: v.sha256!,
        expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
      });
      await this.repo.updateChallenge(m, saved.id, { codeHash: codeHash(this.keys, saved.id, code) });
      await this.notifications.enqueue(m, {
        key: `patto-code:${saved.id}`,
        recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'patto.signature_code',
        vars: { code },
        immediate: true,
        channels: [channel],
      });
      await this.audit.record(
        ctx,
        { action: 'patto.signature.code-sent', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, details: { channel, version: v.version } },
        m,
      );
      return saved;
    });
    return { challengeId: challenge.id, channel, sentTo: challenge.sentTo, expiresAt: challenge.expiresAt.toISOString() };
  }

  /**
   * The person's remote signature. Refused when the text changed since it was read, when the code is wrong (each
   * wrong try is counted, even though the request fails), expired, used, or from another session. Level ≥ 2 is
   * enforced by the route policy.
   */
  async sign(ctx: RequestContext, pattoId: string, body: SignPattoBody, now = new Date()): Promise<PattoResponse> {
    refuseDelegate(ctx);
    const { patto, citizen } = await this.scope.citizenPatto(ctx, pattoId);
    const consentParts = body.agencyConsentParts ?? [];
    if (consentParts.length && !patto.agencyId) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'This patto names no agency', [
        { pointer: '/agencyConsentParts', detail: 'this patto names no agency', constraint: 'agency' },
      ]);
    }
    const wrong = await this.repo.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      if (body.documentSha256 !== v.sha256)
        throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED, 'The text you read is not the text to sign', [
          { pointer: '/documentSha256', detail: 'does not match the version to sign', constraint: 'hash' },
        ]);
      const ch = await this.repo.lockChallenge(m, body.challengeId, v.id, citizen.fiscalCode);
      if (!ch || ch.verifiedAt || ch.expiresAt <= now || ch.attempts >= CODE_ATTEMPTS || ch.sessionId !== ctx.principal.sessionId) {
        throw new DomainError(ErrorCode.SIGNATURE_CODE_EXPIRED, 'Ask for a new code', [
          { pointer: '/challengeId', detail: 'expired, used up or not of this session', constraint: 'valid' },
        ]);
      }
      if (ch.documentSha256 !== v.sha256) throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED);
      if (!codeMatches(this.keys, ch.codeHash, ch.id, body.code)) {
        await this.repo.countWrongAttempt(m, ch.id);
        await this.audit.record(
          ctx,
          { action: 'patto.signature.code-wrong', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, outcome: 'denied' },
          m,
        );
        return CODE_ATTEMPTS - ch.attempts - 1;
      }
      await this.repo.updateChallenge(m, ch.id, { verifiedAt: now });
      await this.addSignature(
        m,
        ctx,
        patto,
        v,
        {
          party: 'citizen',
          method: 'otp_remote',
          signerFiscalCode: citizen.fiscalCode,
          signerName: `${citizen.givenName} ${citizen.familyName}`,
          sessionId: ctx.principal.sessionId,
          spidLevel: ctx.principal.spidLevel,
          otpChannel: ch.channel,
          otpVerifiedAt: now,
        },
        citizen,
      );
      if (patto.agencyId && consentParts.length) {
        const until = addDays(todayRome(now), 365);
        await this.consent.grantFromPatto(m, {
          citizenId: citizen.id,
          agencyId: patto.agencyId,
          pattoId: patto.id,
          parts: consentParts,
          purpose: 'gol_pathway',
          validUntil: until,
        });
      }
      return null;
    });
    if (wrong !== null)
      throw new DomainError(ErrorCode.SIGNATURE_CODE_INVALID, `Wrong code; ${wrong} attempts left`, [
        { pointer: '/code', detail: `wrong code, ${wrong} attempts left`, constraint: 'code' },
      ]);
    return this.view.reload(patto.id);
  }

  async countersign(ctx: RequestContext, pattoId: string, documentSha256: string): Promise<PattoResponse> {
    const { patto, citizen } = await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.countersign');
    await this.sessionSign(ctx, patto, citizen, 'operator', documentSha256);
    return this.view.reload(patto.id);
  }

  async agencySign(ctx: RequestContext, pattoId: string, documentSha256: string): Promise<PattoResponse> {
    const patto = await this.scope.agencyPatto(ctx, pattoId);
    const citizen = (await this.registry.citizenRef(patto.citizenFiscalCode.trim()))!;
    await this.sessionSign(ctx, patto, citizen, 'agency', documentSha256);
    return this.view.reload(patto.id, true);
  }

  private async sessionSign(ctx: RequestContext, patto: PattoEntity, citizen: CitizenRef, party: 'operator' | 'agency', documentSha256: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const v = await this.openVersion(m, patto, party);
      if (documentSha256 !== v.sha256)
        throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED, 'Not the text to sign', [
          { pointer: '/documentSha256', detail: 'does not match the version to sign', constraint: 'hash' },
        ]);
      await this.addSignature(
        m,
        ctx,
        patto,
        v,
        {
          party,
          method: 'session',
          signerFiscalCode: ctx.principal.fiscalCode,
          signerName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
          sessionId: ctx.principal.sessionId,
          spidLevel: ctx.principal.spidLevel,
          otpChannel: null,
          otpVerifiedAt: null,
        },
        citizen,
      );
    });
  }

  /** Signing in person: the operator uploads the scanned signed copy; it becomes the person's signature evidence. */
  async inPersonSignature(ctx: RequestContext, pattoId: string, file: UploadedFile | undefined): Promise<PattoResponse> {
    const { patto, citizen } = await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.in-person-signature');
    await this.repo.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      const doc = await this.dossier.storeDocument(m, ctx, citizen, file, 'patto_scan', 'operator');
      await this.addSignature(
        m,
        ctx,
        patto,
        v,
        {
          party: 'citizen',
          method: 'in_person_scan',
          signerFiscalCode: citizen.fiscalCode,
          signerName: `${citizen.givenName} ${citizen.familyName}`,
          sessionId: ctx.principal.sessionId,
          spidLevel: null,
          otpChannel: null,
          otpVerifiedAt: null,
          scanDocumentId: doc.id,
        },
        citizen,
      );
    });
    return this.view.reload(patto.id);
  }

  /** The version open for signature by `party`, locked; refuses if there is none or the party already signed. */
  private async openVersion(m: EntityManager, patto: PattoEntity, party: Party): Promise<PattoVersionEntity> {
    const v = await this.repo.lockProposedVersion(m, patto.id);
    if (!v || !v.requiredParties.includes(party)) throw new DomainError(ErrorCode.PATTO_NOT_SIGNABLE, 'No version of this patto is waiting for your signature');
    if (await this.repo.hasSigned(m, v.id, party)) throw new DomainError(ErrorCode.PATTO_ALREADY_SIGNED);
    return v;
  }

  private async addSignature(m: EntityManager, ctx: RequestContext, patto: PattoEntity, v: PattoVersionEntity, s: NewSignature, citizen: CitizenRef): Promise<void> {
    refuseDelegate(ctx);
    await this.repo.insertSignature(m, { ...s, versionId: v.id, documentSha256: v.sha256!, ip: ctx.ip, userAgent: ctx.userAgent, scanDocumentId: s.scanDocumentId ?? null });
    await this.audit.record(
      ctx,
      {
        action: 'patto.patto.signed',
        resourceType: 'patto',
        resourceId: patto.id,
        subjectFiscalCode: citizen.fiscalCode,
        actorOfficeId: s.party === 'operator' ? patto.officeId : null,
        details: { version: v.version, party: s.party, method: s.method },
      },
      m,
    );
    const signed = await this.repo.signaturesOfVersion(v.id, m);
    if (!v.requiredParties.every((p) => signed.some((x) => x.party === p))) return;
    // every party has signed: this version is in force, the previous one is amended, its actions join the plan
    await this.patti.bringIntoForce(m, patto.id, v.id, new Date());
    await this.plan.replacePattoActions(m, { citizenId: patto.citizenId, pattoId: patto.id, version: v.version }, v.content.actions);
    // the agencies module assigns the person to the agency the patto names, and tells the subscribers (webhooks)
    await this.outbox.publish(m, {
      type: 'patto.signed',
      aggregateType: 'patto',
      aggregateId: patto.id,
      payload: {
        pattoId: patto.id,
        version: v.version,
        citizenId: patto.citizenId,
        citizenFiscalCode: citizen.fiscalCode,
        officeId: patto.officeId,
        agencyId: v.content.agencyId ?? patto.agencyId ?? null,
        signedAt: new Date().toISOString(),
      },
    });
    await this.notifications.enqueue(m, {
      key: `patto:${patto.id}:v${v.version}:signed`,
      recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
      template: 'patto.signed',
      vars: { name: citizen.givenName, version: String(v.version), link: `${this.env.CITIZEN_WEB_URL}/patto` },
    });
  }
}

/** An intermediary acting for the person under a delegation never signs (nor asks a code to sign) a patto in their place. */
function refuseDelegate(ctx: RequestContext): void {
  if (ctx.principal.delegate) throw new DomainError(ErrorCode.DELEGATE_CANNOT_SIGN, 'A patto is signed by the person, never by a delegate');
}
