import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode, type PattoContentBody, type PattoResponse, type PattoSignatureResponse, type PattoTemplateResponse, type PersonOverviewResponse,
  type ProfilingResponse, type QualitativeAssessmentBody, type SignatureChallengeResponse, type SignPattoBody, type TimelineEntryResponse,
  type WorklistItemResponse,
} from '@opencpi/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { KeyRing } from '../../../platform/keys/key-ring';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { AgendaService } from '../../agenda/agenda.service';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { DidService, todayRome, toChannelResponse, toDidResponse } from '../did/did.service';
import { diffLines, renderFullText, renderSummary } from '../domain/patto-text';
import { computeIndex, suggestPathway } from '../domain/profiling';
import { PattoSignatureEntity } from '../entities/patto-signature.entity';
import { PattoTemplateEntity } from '../entities/patto-template.entity';
import { PattoVersionEntity, type PattoContent } from '../entities/patto-version.entity';
import { PattoEntity } from '../entities/patto.entity';
import { PlanItemEntity } from '../entities/plan-item.entity';
import { ProfilingModelEntity } from '../entities/profiling-model.entity';
import { ProfilingEntity } from '../entities/profiling.entity';
import { SignatureChallengeEntity } from '../entities/signature-challenge.entity';
import { renderPattoPdf } from './patto-pdf';

const CODE_MINUTES = 10;
const CODE_ATTEMPTS = 5;
/** codes one person may ask for one version in an hour (each one is an SMS or e-mail sent) */
const CODES_PER_HOUR = 5;
type Party = 'citizen' | 'operator' | 'agency';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);
const mask = (channel: 'sms' | 'email', address: string) =>
  channel === 'sms' ? `${address.slice(0, 3)} ••• ••• ${address.slice(-4)}` : address.replace(/^(.)[^@]*(@.*)$/, '$1•••$2');

function toSignature(s: PattoSignatureEntity): PattoSignatureResponse {
  return {
    party: s.party, signerName: s.signerName, signerFiscalCode: s.signerFiscalCode, method: s.method, documentSha256: s.documentSha256,
    signedAt: s.signedAt.toISOString(), ...(s.spidLevel ? { spidLevel: s.spidLevel } : {}), ...(s.otpChannel ? { otpChannel: s.otpChannel } : {}),
    ...(s.otpVerifiedAt ? { otpVerifiedAt: s.otpVerifiedAt.toISOString() } : {}), ...(s.ip ? { ip: s.ip } : {}),
    ...(s.userAgent ? { userAgent: s.userAgent } : {}), ...(s.scanDocumentId ? { scanDocumentId: s.scanDocumentId } : {}),
  };
}
function toProfiling(p: ProfilingEntity, note: string): ProfilingResponse {
  return {
    id: p.id, modelVersion: p.modelVersion, modelNote: note, index: Number(p.disadvantageIndex), factors: p.factors, computedAt: p.computedAt.toISOString(),
    suggestedPathway: p.suggestedPathway, ...(p.chosenPathway ? { chosenPathway: p.chosenPathway } : {}), ...(p.skillsGap ? { skillsGap: p.skillsGap } : {}),
    ...(p.needsSocialSupport !== null ? { needsSocialSupport: p.needsSocialSupport } : {}), ...(p.notes ? { notes: p.notes } : {}),
    ...(p.overrideReason ? { overrideReason: p.overrideReason } : {}), ...(p.assessedBy ? { assessedBy: p.assessedBy } : {}),
    ...(p.assessedAt ? { assessedAt: p.assessedAt.toISOString() } : {}),
  };
}

/**
 * Taking charge of a person: worklist, profiling, the patto (drafts, versions, remote and in-person signatures with
 * evidence, PDF) and its parties' views. Invariants are in the database (one active patto, immutable versions,
 * append-only signatures that must sign the version's hash); the checks here give the clear error first.
 */
@Injectable()
export class PattiService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly agenda: AgendaService,
    private readonly dossier: DossierService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
    private readonly keys: KeyRing,
  ) {
    dossier.registerTimelineSource((id) => this.timelineOf(id));
  }

  // ------------------------------------------------------------------ operator: worklist and person

  /** People of my offices with an active DID and no contact since (no appointment, profiling or patto): overdue or due within 7 days. */
  async worklist(ctx: RequestContext, now = new Date()): Promise<WorklistItemResponse[]> {
    const staff = this.staffOf(ctx);
    const today = todayRome(now);
    const rows = (await this.db.query(
      `SELECT d.citizen_id AS "citizenId", d.fiscal_code AS "fiscalCode", c.given_name || ' ' || c.family_name AS "name", o.name AS "officeName",
              d.filed_at AS "filedAt", d.benefit, to_char(d.contact_deadline, 'YYYY-MM-DD') AS "deadline",
              ch.chosen_channel AS "chosenChannel", coalesce(ch.needs_help, false) AS "needsHelp"
         FROM patto.dids d
         JOIN registry.citizens c ON c.id = d.citizen_id
         JOIN registry.offices o ON o.id = c.office_id
         LEFT JOIN patto.channel_profiles ch ON ch.citizen_id = d.citizen_id
        WHERE d.status = 'active' AND c.office_id = ANY($1::uuid[]) AND d.contact_deadline <= $2::date + 7
          AND NOT EXISTS (SELECT 1 FROM patto.patti p WHERE p.citizen_id = d.citizen_id AND p.created_at >= d.filed_at)
          AND NOT EXISTS (SELECT 1 FROM patto.profilings f WHERE f.citizen_id = d.citizen_id AND f.computed_at >= d.filed_at)
        ORDER BY d.contact_deadline, d.filed_at
        LIMIT 500`,
      [staff.officeIds, today],
    )) as { citizenId: string; fiscalCode: string; name: string; officeName: string; filedAt: Date; benefit: string; deadline: string; chosenChannel: string | null; needsHelp: boolean }[];
    const contacted = await this.agenda.contactedSince(rows.map((r) => ({ citizenId: r.citizenId, since: new Date(r.filedAt) })));
    const items = rows.filter((r) => !contacted.has(r.citizenId)).map((r) => {
      const daysOverdue = Math.round((Date.parse(today) - Date.parse(r.deadline)) / 86_400_000);
      return {
        citizenId: r.citizenId, fiscalCode: r.fiscalCode.trim(), name: r.name, officeName: r.officeName, didFiledAt: new Date(r.filedAt).toISOString(),
        benefit: r.benefit, contactDeadline: r.deadline, daysOverdue, state: daysOverdue > 0 ? 'overdue' : 'due',
        ...(r.chosenChannel ? { chosenChannel: r.chosenChannel } : {}), needsHelp: r.needsHelp,
      };
    });
    await this.audit.record(ctx, items.map((i) => ({ action: 'patto.worklist.result', resourceType: 'citizen', resourceId: i.citizenId, subjectFiscalCode: i.fiscalCode })));
    return items;
  }

  async personOverview(ctx: RequestContext, citizenId: string): Promise<PersonOverviewResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.person.read');
    const [did, channel, profiling, patto] = await Promise.all([
      this.did.activeDid(citizen.id), this.did.channelOf(citizen.id), this.latestProfiling(citizen.id),
      this.db.getRepository(PattoEntity).findOne({ where: { citizenId: citizen.id }, order: { createdAt: 'DESC' } }),
    ]);
    const s = this.did.statusOf(did);
    return {
      citizenId: citizen.id, fiscalCode: citizen.fiscalCode, name: `${citizen.givenName} ${citizen.familyName}`,
      ...(did ? { did: toDidResponse(did) } : {}),
      employmentStatus: { status: s.status, ...(s.since ? { since: s.since } : {}), monthsUnemployed: s.monthsUnemployed, derivation: s.derivation },
      channel: toChannelResponse(channel),
      ...(profiling ? { profiling: toProfiling(profiling.row, profiling.note) } : {}),
      ...(patto ? { patto: await this.toResponse(patto) } : {}),
    };
  }

  private async latestProfiling(citizenId: string): Promise<{ row: ProfilingEntity; note: string } | null> {
    const row = await this.db.getRepository(ProfilingEntity).findOne({ where: { citizenId }, order: { computedAt: 'DESC' } });
    if (!row) return null;
    const model = await this.db.getRepository(ProfilingModelEntity).findOneByOrFail({ version: row.modelVersion });
    return { row, note: model.note };
  }

  // ------------------------------------------------------------------ profiling

  /** The quantitative index with the current model, from the DID data (never typed in). */
  async runProfiling(ctx: RequestContext, citizenId: string, now = new Date()): Promise<ProfilingResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.profiling.compute');
    const did = await this.did.activeDid(citizen.id);
    if (!did) throw new DomainError(ErrorCode.DID_NOT_FOUND, 'Profiling needs an active DID');
    const model = await this.db.getRepository(ProfilingModelEntity).findOneByOrFail({ active: true });
    const details = await this.registry.citizenDetails(citizen.id);
    const today = todayRome(now);
    const status = this.did.statusOf(did, today);
    const result = computeIndex(
      { version: model.version, intercept: Number(model.intercept), coefficients: model.coefficients, cutoffs: model.cutoffs },
      {
        birthDate: details?.birthDate ?? null, gender: details?.gender ?? null, citizenship: did.citizenship,
        maxEqf: did.sap.education.length ? Math.max(...did.sap.education.map((e) => e.eqfLevel)) : null,
        monthsUnemployed: status.monthsUnemployed, benefit: did.benefit, jobs: did.sap.jobs.length, licences: did.sap.licences,
      },
      today,
    );
    const row = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(ProfilingEntity).save(m.getRepository(ProfilingEntity).create({
        citizenId: citizen.id, didId: did.id, modelVersion: model.version, disadvantageIndex: result.index.toFixed(4), factors: result.factors,
        computedAt: now, computedBy: ctx.principal.fiscalCode, suggestedPathway: suggestPathway(result.index, null, false, model.cutoffs),
      }));
      await this.audit.record(ctx, { action: 'patto.profiling.computed', resourceType: 'profiling', resourceId: saved.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId, details: { index: result.index, model: model.version } }, m);
      return saved;
    });
    return toProfiling(row, model.note);
  }

  /** The operator's qualitative assessment: suggestion recomputed from it; a different choice needs a reason. */
  async assess(ctx: RequestContext, citizenId: string, body: QualitativeAssessmentBody): Promise<ProfilingResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.profiling.assess');
    const latest = await this.latestProfiling(citizen.id);
    if (!latest) throw new DomainError(ErrorCode.PROFILING_REQUIRED);
    const model = await this.db.getRepository(ProfilingModelEntity).findOneByOrFail({ version: latest.row.modelVersion });
    const suggested = suggestPathway(Number(latest.row.disadvantageIndex), body.skillsGap, body.needsSocialSupport, model.cutoffs);
    const reason = body.overrideReason?.trim() ?? '';
    if (body.pathway !== suggested && reason.length < 5) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `Pathway ${body.pathway} differs from the suggested ${suggested}: give the reason`, [{ pointer: '/overrideReason', detail: 'a reason (at least 5 characters) is required when the pathway differs from the suggestion', constraint: 'required' }]);
    }
    const row = await this.db.transaction(async (m) => {
      await m.getRepository(ProfilingEntity).update(latest.row.id, {
        skillsGap: body.skillsGap, needsSocialSupport: body.needsSocialSupport, notes: body.notes?.trim() || null, suggestedPathway: suggested,
        chosenPathway: body.pathway, overrideReason: body.pathway === suggested ? null : reason,
        assessedBy: `${ctx.principal.givenName} ${ctx.principal.familyName}`, assessedAt: new Date(),
      });
      await this.audit.record(ctx, { action: 'patto.profiling.assessed', resourceType: 'profiling', resourceId: latest.row.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId, details: { suggested, chosen: body.pathway } }, m);
      return m.getRepository(ProfilingEntity).findOneByOrFail({ id: latest.row.id });
    });
    return toProfiling(row, latest.note);
  }

  async templates(): Promise<PattoTemplateResponse[]> {
    const rows = await this.db.getRepository(PattoTemplateEntity).find({ order: { pathway: 'ASC' } });
    return rows.map((t) => ({
      pathway: t.pathway, jobSearchActs: t.content.jobSearchActs, contactFrequencyDays: t.content.contactFrequencyDays, proofOfSearch: t.content.proofOfSearch,
      availabilityWorkshops: t.content.availability.workshops, availabilityTraining: t.content.availability.training,
      availabilityCongruousOffers: t.content.availability.congruousOffers, actions: t.content.actions,
    }));
  }

  // ------------------------------------------------------------------ drafting

  private async contentOf(ctx: RequestContext, citizen: CitizenRef, body: PattoContentBody, m: EntityManager): Promise<PattoContent> {
    const agency = body.agencyId ? await this.registry.agency(body.agencyId) : null;
    if (body.agencyId && !agency) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND, 'No such agency', [{ pointer: '/agencyId', detail: 'unknown agency', constraint: 'exists' }]);
    const profiling = (await m.getRepository(ProfilingEntity).findOne({ where: { citizenId: citizen.id }, order: { computedAt: 'DESC' } }));
    if (!profiling) throw new DomainError(ErrorCode.PROFILING_REQUIRED);
    return {
      pathway: body.pathway, agencyId: agency?.id ?? null, agencyName: agency?.name ?? null,
      responsibleName: `${ctx.principal.givenName} ${ctx.principal.familyName}`, jobSearchActs: body.jobSearchActs.trim(),
      contactFrequencyDays: body.contactFrequencyDays, proofOfSearch: body.proofOfSearch.trim(),
      availability: { ...body.availability }, profilingIndex: Number(profiling.disadvantageIndex),
      actions: body.actions.map((a) => ({ type: a.type, title: a.title.trim(), provider: a.provider, dueDate: a.dueDate })),
    };
  }

  private texts(c: PattoContent, citizen: CitizenRef, officeName: string, version: number) {
    const who = { citizenName: `${citizen.givenName} ${citizen.familyName}`, citizenFiscalCode: citizen.fiscalCode, officeName, version };
    return { summary: renderSummary(c, who), fullText: renderFullText(c, who) };
  }

  async create(ctx: RequestContext, citizenId: string, body: PattoContentBody): Promise<PattoResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.patto.create');
    const staff = this.staffOf(ctx);
    const officeName = (await this.registry.officeName(citizen.officeId!)) ?? '';
    const pattoId = await this.db.transaction(async (m) => {
      const content = await this.contentOf(ctx, citizen, body, m);
      let patto: PattoEntity;
      try {
        patto = await m.getRepository(PattoEntity).save(m.getRepository(PattoEntity).create({
          citizenId: citizen.id, citizenFiscalCode: citizen.fiscalCode, officeId: citizen.officeId!, agencyId: content.agencyId,
          responsibleStaffId: staff.staffId, status: 'draft', currentVersion: 1,
        }));
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'patti_one_active_per_person') throw new DomainError(ErrorCode.PATTO_ALREADY_ACTIVE);
        throw e;
      }
      await m.getRepository(PattoVersionEntity).insert({
        pattoId: patto.id, version: 1, status: 'draft', content, ...this.texts(content, citizen, officeName, 1), requiredParties: [], createdBy: ctx.principal.fiscalCode,
      });
      await this.audit.record(ctx, { action: 'patto.patto.drafted', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId }, m);
      return patto.id;
    });
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: pattoId }));
  }

  /** Edits the draft; on a signed patto, starts an amendment (a new draft version). A proposed version is frozen. */
  async saveDraft(ctx: RequestContext, pattoId: string, body: PattoContentBody): Promise<PattoResponse> {
    const { patto, citizen } = await this.operatorPatto(ctx, pattoId, 'patto.patto.edit');
    const officeName = (await this.registry.officeName(patto.officeId)) ?? '';
    await this.db.transaction(async (m) => {
      const p = await m.getRepository(PattoEntity).findOneOrFail({ where: { id: patto.id }, lock: { mode: 'pessimistic_write' } });
      const latest = await m.getRepository(PattoVersionEntity).findOneByOrFail({ pattoId: p.id, version: p.currentVersion });
      const content = await this.contentOf(ctx, citizen, body, m);
      if (p.status === 'closed' || latest.status === 'proposed') throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, `Version ${latest.version} is ${p.status === 'closed' ? 'closed' : 'proposed'}`);
      if (latest.status === 'draft') {
        await m.getRepository(PattoVersionEntity).update(latest.id, { content, ...this.texts(content, citizen, officeName, latest.version) });
      } else {
        const version = latest.version + 1;
        await m.getRepository(PattoVersionEntity).insert({
          pattoId: p.id, version, status: 'draft', content, ...this.texts(content, citizen, officeName, version), requiredParties: [], createdBy: ctx.principal.fiscalCode,
        });
        await m.getRepository(PattoEntity).update(p.id, { currentVersion: version });
      }
      await this.audit.record(ctx, { action: 'patto.patto.draft-saved', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId }, m);
    });
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  /** Freezes the draft's text and hash and asks the parties to sign; the person is told where. */
  async propose(ctx: RequestContext, pattoId: string): Promise<PattoResponse> {
    const { patto, citizen } = await this.operatorPatto(ctx, pattoId, 'patto.patto.propose');
    const officeName = (await this.registry.officeName(patto.officeId)) ?? '';
    await this.db.transaction(async (m) => {
      const p = await m.getRepository(PattoEntity).findOneOrFail({ where: { id: patto.id }, lock: { mode: 'pessimistic_write' } });
      const v = await m.getRepository(PattoVersionEntity).findOneByOrFail({ pattoId: p.id, version: p.currentVersion });
      if (v.status !== 'draft' || p.status === 'closed') throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, `Version ${v.version} is ${v.status}`);
      const texts = this.texts(v.content, citizen, officeName, v.version);
      const parties: Party[] = ['citizen', 'operator', ...(v.content.agencyId ? (['agency'] as const) : [])];
      await m.getRepository(PattoVersionEntity).update(v.id, {
        ...texts, status: 'proposed', proposedAt: new Date(), sha256: createHash('sha256').update(texts.fullText, 'utf8').digest('hex'), requiredParties: parties,
      });
      await m.getRepository(PattoEntity).update(p.id, { agencyId: v.content.agencyId, ...(v.version === 1 ? { status: 'proposed' } : {}) });
      await this.audit.record(ctx, { action: 'patto.patto.proposed', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId, details: { version: v.version } }, m);
      await this.notifications.enqueue(m, {
        key: `patto:${p.id}:v${v.version}:proposed`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'patto.proposed', vars: { name: citizen.givenName, office: officeName, link: `${this.env.CITIZEN_WEB_URL}/patto` },
      });
    });
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  async close(ctx: RequestContext, pattoId: string, reason: string): Promise<PattoResponse> {
    const { patto, citizen } = await this.operatorPatto(ctx, pattoId, 'patto.patto.close');
    await this.db.transaction(async (m) => {
      const p = await m.getRepository(PattoEntity).findOneOrFail({ where: { id: patto.id }, lock: { mode: 'pessimistic_write' } });
      if (p.status === 'closed') throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, 'Already closed');
      await m.getRepository(PattoVersionEntity).update({ pattoId: p.id, status: In(['proposed', 'signed']) }, { status: 'closed' });
      await m.getRepository(PattoEntity).update(p.id, { status: 'closed', closedAt: new Date(), closeReason: reason.trim() });
      await this.audit.record(ctx, { action: 'patto.patto.closed', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId }, m);
    });
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  async operatorView(ctx: RequestContext, pattoId: string): Promise<PattoResponse> {
    return this.toResponse((await this.operatorPatto(ctx, pattoId, 'patto.patto.read')).patto);
  }

  // ------------------------------------------------------------------ signatures

  /** Sends a 6-digit code to the person's verified phone or e-mail (from SPID/CIE), bound to this session and text. */
  async requestCode(ctx: RequestContext, pattoId: string, channel: 'sms' | 'email', now = new Date()): Promise<SignatureChallengeResponse> {
    const { patto, citizen } = await this.citizenPatto(ctx, pattoId);
    const address = channel === 'sms' ? citizen.mobilePhone : citizen.email;
    if (!address || !this.notifications.channelPort(channel)) {
      throw new DomainError(ErrorCode.SIGNATURE_CHANNEL_UNAVAILABLE, `No verified ${channel} address`, [{ pointer: '/channel', detail: `no verified ${channel} address or the channel is off`, constraint: 'available' }]);
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const challenge = await this.db.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      const [recent] = (await m.query(
        `SELECT count(*)::int AS n FROM patto.signature_challenges WHERE version_id = $1 AND fiscal_code = $2 AND created_at > $3`,
        [v.id, citizen.fiscalCode, new Date(now.getTime() - 3_600_000)],
      )) as { n: number }[];
      if (recent!.n >= CODES_PER_HOUR) throw new DomainError(ErrorCode.RATE_LIMITED, `At most ${CODES_PER_HOUR} codes an hour for this patto`, undefined, { 'Retry-After': '3600' });
      const repo = m.getRepository(SignatureChallengeEntity);
      const row = repo.create({
        versionId: v.id, fiscalCode: citizen.fiscalCode, sessionId: ctx.principal.sessionId, channel, sentTo: mask(channel, address),
        codeHash: '0'.repeat(64), documentSha256: v.sha256!, expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
      });
      const saved = await repo.save(row);
      await repo.update(saved.id, { codeHash: this.codeHash(saved.id, code) });
      await this.notifications.enqueue(m, {
        key: `patto-code:${saved.id}`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'patto.signature_code', vars: { code }, immediate: true, channels: [channel],
      });
      await this.audit.record(ctx, { action: 'patto.signature.code-sent', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, details: { channel, version: v.version } }, m);
      return saved;
    });
    return { challengeId: challenge.id, channel, sentTo: challenge.sentTo, expiresAt: challenge.expiresAt.toISOString() };
  }

  /**
   * The stored verifier of a code: `<kid>:<hex HMAC>` under the OTP key, cut to the column's 64 characters (at
   * least 55 hex digits, 220 bits). The kid lets a code sent just before a key rotation still be checked.
   * A verifier without a kid (written before the key ring) matches nothing: the person asks for a new code.
   */
  private codeHash(challengeId: string, code: string, kid = this.keys.currentKid): string {
    return `${kid}:${this.keys.mac('otp-code', `patto-signature-code\n${challengeId}\n${code}`, kid).toString('hex')}`.slice(0, 64);
  }
  private codeMatches(stored: string, challengeId: string, code: string): boolean {
    const kid = stored.slice(0, Math.max(0, stored.indexOf(':')));
    if (!this.keys.has(kid)) return false;
    const expected = Buffer.from(this.codeHash(challengeId, code, kid));
    const given = Buffer.from(stored.trimEnd());
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * The person's remote signature. Refused when the text changed since it was read, when the code is wrong (each
   * wrong try is counted, even though the request fails), expired, used, or from another session. Level ≥ 2 is
   * enforced by the route policy.
   */
  async sign(ctx: RequestContext, pattoId: string, body: SignPattoBody, now = new Date()): Promise<PattoResponse> {
    const { patto, citizen } = await this.citizenPatto(ctx, pattoId);
    const wrong = await this.db.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      if (body.documentSha256 !== v.sha256) throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED, 'The text you read is not the text to sign', [{ pointer: '/documentSha256', detail: 'does not match the version to sign', constraint: 'hash' }]);
      const ch = await m.getRepository(SignatureChallengeEntity).findOne({ where: { id: body.challengeId, versionId: v.id, fiscalCode: citizen.fiscalCode }, lock: { mode: 'pessimistic_write' } });
      if (!ch || ch.verifiedAt || ch.expiresAt <= now || ch.attempts >= CODE_ATTEMPTS || ch.sessionId !== ctx.principal.sessionId) {
        throw new DomainError(ErrorCode.SIGNATURE_CODE_EXPIRED, 'Ask for a new code', [{ pointer: '/challengeId', detail: 'expired, used up or not of this session', constraint: 'valid' }]);
      }
      if (ch.documentSha256 !== v.sha256) throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED);
      if (!this.codeMatches(ch.codeHash, ch.id, body.code)) {
        await m.getRepository(SignatureChallengeEntity).increment({ id: ch.id }, 'attempts', 1);
        await this.audit.record(ctx, { action: 'patto.signature.code-wrong', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, outcome: 'denied' }, m);
        return CODE_ATTEMPTS - ch.attempts - 1;
      }
      await m.getRepository(SignatureChallengeEntity).update(ch.id, { verifiedAt: now });
      await this.addSignature(m, ctx, patto, v, {
        party: 'citizen', method: 'otp_remote', signerFiscalCode: citizen.fiscalCode, signerName: `${citizen.givenName} ${citizen.familyName}`,
        sessionId: ctx.principal.sessionId, spidLevel: ctx.principal.spidLevel, otpChannel: ch.channel, otpVerifiedAt: now,
      }, citizen);
      return null;
    });
    if (wrong !== null) throw new DomainError(ErrorCode.SIGNATURE_CODE_INVALID, `Wrong code; ${wrong} attempts left`, [{ pointer: '/code', detail: `wrong code, ${wrong} attempts left`, constraint: 'code' }]);
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  async countersign(ctx: RequestContext, pattoId: string, documentSha256: string): Promise<PattoResponse> {
    const { patto, citizen } = await this.operatorPatto(ctx, pattoId, 'patto.patto.countersign');
    await this.sessionSign(ctx, patto, citizen, 'operator', documentSha256);
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  async agencySign(ctx: RequestContext, pattoId: string, documentSha256: string): Promise<PattoResponse> {
    const patto = await this.agencyPatto(ctx, pattoId);
    const citizen = (await this.registry.citizenRef(patto.citizenFiscalCode.trim()))!;
    await this.sessionSign(ctx, patto, citizen, 'agency', documentSha256);
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }), true);
  }

  private async sessionSign(ctx: RequestContext, patto: PattoEntity, citizen: CitizenRef, party: 'operator' | 'agency', documentSha256: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const v = await this.openVersion(m, patto, party);
      if (documentSha256 !== v.sha256) throw new DomainError(ErrorCode.PATTO_DOCUMENT_CHANGED, 'Not the text to sign', [{ pointer: '/documentSha256', detail: 'does not match the version to sign', constraint: 'hash' }]);
      await this.addSignature(m, ctx, patto, v, {
        party, method: 'session', signerFiscalCode: ctx.principal.fiscalCode, signerName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        sessionId: ctx.principal.sessionId, spidLevel: ctx.principal.spidLevel, otpChannel: null, otpVerifiedAt: null,
      }, citizen);
    });
  }

  /** Signing in person: the operator uploads the scanned signed copy; it becomes the person's signature evidence. */
  async inPersonSignature(ctx: RequestContext, pattoId: string, file: UploadedFile | undefined): Promise<PattoResponse> {
    const { patto, citizen } = await this.operatorPatto(ctx, pattoId, 'patto.patto.in-person-signature');
    await this.db.transaction(async (m) => {
      const v = await this.openVersion(m, patto, 'citizen');
      const doc = await this.dossier.storeDocument(m, ctx, citizen, file, 'patto_scan', 'operator');
      await this.addSignature(m, ctx, patto, v, {
        party: 'citizen', method: 'in_person_scan', signerFiscalCode: citizen.fiscalCode, signerName: `${citizen.givenName} ${citizen.familyName}`,
        sessionId: ctx.principal.sessionId, spidLevel: null, otpChannel: null, otpVerifiedAt: null, scanDocumentId: doc.id,
      }, citizen);
    });
    return this.toResponse(await this.db.getRepository(PattoEntity).findOneByOrFail({ id: patto.id }));
  }

  /** The version open for signature by `party`, locked; refuses if there is none or the party already signed. */
  private async openVersion(m: EntityManager, patto: PattoEntity, party: Party): Promise<PattoVersionEntity> {
    const v = await m.getRepository(PattoVersionEntity).findOne({ where: { pattoId: patto.id, status: 'proposed' }, lock: { mode: 'pessimistic_write' } });
    if (!v || !v.requiredParties.includes(party)) throw new DomainError(ErrorCode.PATTO_NOT_SIGNABLE, 'No version of this patto is waiting for your signature');
    if (await m.getRepository(PattoSignatureEntity).existsBy({ versionId: v.id, party })) throw new DomainError(ErrorCode.PATTO_ALREADY_SIGNED);
    return v;
  }

  private async addSignature(
    m: EntityManager, ctx: RequestContext, patto: PattoEntity, v: PattoVersionEntity,
    s: Pick<PattoSignatureEntity, 'party' | 'method' | 'signerFiscalCode' | 'signerName' | 'sessionId' | 'spidLevel' | 'otpChannel' | 'otpVerifiedAt'> & { scanDocumentId?: string },
    citizen: CitizenRef,
  ): Promise<void> {
    await m.getRepository(PattoSignatureEntity).insert({ ...s, versionId: v.id, documentSha256: v.sha256!, ip: ctx.ip, userAgent: ctx.userAgent, scanDocumentId: s.scanDocumentId ?? null });
    await this.audit.record(ctx, { action: 'patto.patto.signed', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: s.party === 'operator' ? patto.officeId : null, details: { version: v.version, party: s.party, method: s.method } }, m);
    const signed = await m.getRepository(PattoSignatureEntity).findBy({ versionId: v.id });
    if (!v.requiredParties.every((p) => signed.some((x) => x.party === p))) return;
    // every party has signed: this version is in force, the previous one is amended, its actions join the plan
    await m.getRepository(PattoVersionEntity).update({ pattoId: patto.id, status: 'signed' }, { status: 'amended' });
    await m.getRepository(PattoVersionEntity).update(v.id, { status: 'signed', signedAt: new Date() });
    await m.getRepository(PattoEntity).update(patto.id, { status: 'signed' });
    await m.getRepository(PlanItemEntity).delete({ pattoId: patto.id, status: 'todo' });
    if (v.content.actions.length > 0) {
      await m.getRepository(PlanItemEntity).insert(v.content.actions.map((a) => ({
        citizenId: patto.citizenId, pattoId: patto.id, pattoVersion: v.version, source: 'patto' as const, kind: a.type, title: a.title,
        provider: a.provider, dueDate: a.dueDate, status: 'todo' as const,
      })));
    }
    await this.notifications.enqueue(m, {
      key: `patto:${patto.id}:v${v.version}:signed`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
      template: 'patto.signed', vars: { name: citizen.givenName, version: String(v.version), link: `${this.env.CITIZEN_WEB_URL}/patto` },
    });
  }

  // ------------------------------------------------------------------ views and PDF

  async citizenPatti(ctx: RequestContext): Promise<PattoResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.db.getRepository(PattoEntity).find({ where: { citizenId: me.id }, order: { createdAt: 'DESC' } });
    await this.audit.record(ctx, rows.map((p) => ({ action: 'patto.patto.read', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: me.fiscalCode })));
    // a draft is the office's work in progress: the person sees versions from the first proposal on
    return Promise.all(rows.map((p) => this.toResponse(p, true)));
  }

  async agencyPatti(ctx: RequestContext): Promise<PattoResponse[]> {
    const agencyIds = await this.registry.agencyIdsOf(ctx.principal.fiscalCode);
    const rows = agencyIds.length ? await this.db.getRepository(PattoEntity).find({ where: { agencyId: In(agencyIds) }, order: { createdAt: 'DESC' } }) : [];
    await this.audit.record(ctx, rows.map((p) => ({ action: 'patto.patto.read', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: p.citizenFiscalCode.trim() })));
    return Promise.all(rows.map((p) => this.toResponse(p, true)));
  }

  async agencyView(ctx: RequestContext, pattoId: string): Promise<PattoResponse> {
    return this.toResponse(await this.agencyPatto(ctx, pattoId), true);
  }

  async pdf(ctx: RequestContext, side: 'citizen' | 'operator', pattoId: string, version: number): Promise<{ fileName: string; bytes: Buffer }> {
    const patto = side === 'citizen' ? (await this.citizenPatto(ctx, pattoId)).patto : (await this.operatorPatto(ctx, pattoId, 'patto.patto.pdf')).patto;
    const v = await this.db.getRepository(PattoVersionEntity).findOneBy({ pattoId: patto.id, version });
    if (!v || !v.sha256) throw new DomainError(ErrorCode.PATTO_NOT_FOUND, `Version ${version} has no signable text yet`);
    const signatures = (await this.db.getRepository(PattoSignatureEntity).find({ where: { versionId: v.id }, order: { signedAt: 'ASC' } })).map(toSignature);
    const missing = v.requiredParties.filter((p) => !signatures.some((s) => s.party === p));
    const bytes = await renderPattoPdf(`Patto di servizio personalizzato – versione ${v.version}`, v.fullText, v.sha256, signatures, missing);
    await this.audit.record(ctx, { action: 'patto.patto.pdf', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: patto.citizenFiscalCode.trim(), actorOfficeId: side === 'operator' ? patto.officeId : null, details: { version } });
    return { fileName: `patto-${patto.id.slice(0, 8)}-v${v.version}.pdf`, bytes };
  }

  private async toResponse(p: PattoEntity, hideDrafts = false): Promise<PattoResponse> {
    const [versionsAll, citizen, officeName] = await Promise.all([
      this.db.getRepository(PattoVersionEntity).find({ where: { pattoId: p.id }, order: { version: 'ASC' } }),
      this.registry.citizenRef(p.citizenFiscalCode.trim()), this.registry.officeName(p.officeId),
    ]);
    const versions = hideDrafts ? versionsAll.filter((v) => v.status !== 'draft') : versionsAll;
    const sigs = versions.length ? await this.db.getRepository(PattoSignatureEntity).find({ where: { versionId: In(versions.map((v) => v.id)) }, order: { signedAt: 'ASC' } }) : [];
    return {
      id: p.id, citizenId: p.citizenId, citizenName: citizen ? `${citizen.givenName} ${citizen.familyName}` : '', citizenFiscalCode: p.citizenFiscalCode.trim(),
      officeId: p.officeId, officeName: officeName ?? '', status: p.status, currentVersion: p.currentVersion,
      ...(p.closedAt ? { closedAt: p.closedAt.toISOString() } : {}), ...(p.closeReason ? { closeReason: p.closeReason } : {}),
      versions: versions.map((v) => {
        const prev = versionsAll.find((x) => x.version === v.version - 1);
        return {
          version: v.version, status: v.status, summary: v.summary, fullText: v.fullText, ...(v.sha256 ? { sha256: v.sha256 } : {}),
          content: {
            pathway: v.content.pathway, ...(v.content.agencyId ? { agencyId: v.content.agencyId } : {}), ...(v.content.agencyName ? { agencyName: v.content.agencyName } : {}),
            responsibleName: v.content.responsibleName, jobSearchActs: v.content.jobSearchActs, contactFrequencyDays: v.content.contactFrequencyDays,
            proofOfSearch: v.content.proofOfSearch, availabilityWorkshops: v.content.availability.workshops, availabilityTraining: v.content.availability.training,
            availabilityCongruousOffers: v.content.availability.congruousOffers, ...(v.content.profilingIndex !== null ? { profilingIndex: v.content.profilingIndex } : {}),
            actions: v.content.actions,
          },
          createdAt: v.createdAt.toISOString(), ...(v.proposedAt ? { proposedAt: iso(v.proposedAt)! } : {}), ...(v.signedAt ? { signedAt: iso(v.signedAt)! } : {}),
          requiredParties: v.requiredParties, signatures: sigs.filter((s) => s.versionId === v.id).map(toSignature),
          ...(prev ? { diff: diffLines(prev.fullText, v.fullText) } : {}),
        };
      }),
    };
  }

  // ------------------------------------------------------------------ scope

  private staffOf(ctx: RequestContext) {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }

  /** A patto of an office the operator serves (404 otherwise, audited through the citizen read). */
  private async operatorPatto(ctx: RequestContext, pattoId: string, action: string): Promise<{ patto: PattoEntity; citizen: CitizenRef }> {
    const staff = this.staffOf(ctx);
    const patto = await this.db.getRepository(PattoEntity).findOneBy({ id: pattoId });
    if (!patto || !staff.officeIds.includes(patto.officeId)) throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    return { patto, citizen: await this.registry.citizenForStaff(ctx, patto.citizenId, action) };
  }

  private async citizenPatto(ctx: RequestContext, pattoId: string): Promise<{ patto: PattoEntity; citizen: CitizenRef }> {
    const me = await this.registry.selfAsCitizen(ctx);
    const patto = await this.db.getRepository(PattoEntity).findOneBy({ id: pattoId, citizenId: me.id });
    if (!patto) throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    return { patto, citizen: me };
  }

  /** An agency sees a patto only where it is a party. */
  private async agencyPatto(ctx: RequestContext, pattoId: string): Promise<PattoEntity> {
    const agencyIds = await this.registry.agencyIdsOf(ctx.principal.fiscalCode);
    const patto = await this.db.getRepository(PattoEntity).findOneBy({ id: pattoId });
    if (!patto || !patto.agencyId || !agencyIds.includes(patto.agencyId)) {
      if (patto) await this.audit.record(ctx, { action: 'patto.patto.read', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: patto.citizenFiscalCode.trim(), outcome: 'denied' });
      throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    }
    await this.audit.record(ctx, { action: 'patto.patto.read', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: patto.citizenFiscalCode.trim() });
    return patto;
  }

  // ------------------------------------------------------------------ timeline

  async timelineOf(citizenId: string): Promise<TimelineEntryResponse[]> {
    const [dids, profilings, versions, sigs, items, appointments] = await Promise.all([
      this.db.query(`SELECT id, filed_at, revoked_at FROM patto.dids WHERE citizen_id = $1`, [citizenId]) as Promise<{ id: string; filed_at: Date; revoked_at: Date | null }[]>,
      this.db.query(`SELECT id, computed_at, assessed_at, chosen_pathway, assessed_by FROM patto.profilings WHERE citizen_id = $1`, [citizenId]) as Promise<{ id: string; computed_at: Date; assessed_at: Date | null; chosen_pathway: number | null; assessed_by: string | null }[]>,
      this.db.query(`SELECT v.patto_id, v.version, v.proposed_at, v.signed_at FROM patto.patto_versions v JOIN patto.patti p ON p.id = v.patto_id WHERE p.citizen_id = $1`, [citizenId]) as Promise<{ patto_id: string; version: number; proposed_at: Date | null; signed_at: Date | null }[]>,
      this.db.query(`SELECT s.id, s.party, s.signer_name, s.signed_at, v.version FROM patto.signatures s JOIN patto.patto_versions v ON v.id = s.version_id JOIN patto.patti p ON p.id = v.patto_id WHERE p.citizen_id = $1`, [citizenId]) as Promise<{ id: string; party: string; signer_name: string; signed_at: Date; version: number }[]>,
      this.db.query(`SELECT id, source, title, created_at, status, status_at FROM patto.plan_items WHERE citizen_id = $1`, [citizenId]) as Promise<{ id: string; source: string; title: string; created_at: Date; status: string; status_at: Date | null }[]>,
      this.agenda.timelineOf(citizenId),
    ]);
    const t = (d: Date) => new Date(d).toISOString();
    return [
      ...dids.flatMap((d) => [{ at: t(d.filed_at), kind: 'did.filed', summary: 'DID rilasciata', refId: d.id }, ...(d.revoked_at ? [{ at: t(d.revoked_at), kind: 'did.revoked', summary: 'DID revocata', refId: d.id }] : [])]),
      ...profilings.flatMap((p) => [{ at: t(p.computed_at), kind: 'profiling.computed', summary: 'Profilazione quantitativa', refId: p.id },
        ...(p.assessed_at ? [{ at: t(p.assessed_at), kind: 'profiling.assessed', summary: `Valutazione qualitativa: percorso GOL ${p.chosen_pathway}`, refId: p.id, ...(p.assessed_by ? { actorName: p.assessed_by } : {}) }] : [])]),
      ...versions.flatMap((v) => [...(v.proposed_at ? [{ at: t(v.proposed_at), kind: 'patto.proposed', summary: `Patto di servizio proposto (versione ${v.version})`, refId: v.patto_id }] : []),
        ...(v.signed_at ? [{ at: t(v.signed_at), kind: 'patto.signed', summary: `Patto di servizio firmato da tutte le parti (versione ${v.version})`, refId: v.patto_id }] : [])]),
      ...sigs.map((s) => ({ at: t(s.signed_at), kind: 'patto.signature', summary: `Firma del patto (versione ${s.version}): ${s.signer_name}`, actorName: s.signer_name, refId: s.id })),
      ...items.filter((i) => i.source === 'own').map((i) => ({ at: t(i.created_at), kind: 'plan.activity', summary: `Attività registrata: ${i.title}`, refId: i.id })),
      ...items.filter((i) => i.source === 'patto' && i.status_at).map((i) => ({ at: t(i.status_at!), kind: 'plan.action', summary: `Azione del patto ${i.status === 'done' ? 'svolta' : 'non svolta'}: ${i.title}`, refId: i.id })),
      ...appointments,
    ];
  }
}

