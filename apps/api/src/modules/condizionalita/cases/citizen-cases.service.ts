import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type BenefitObligationsResponse,
  type ConditionalityCaseListResponse,
  type ConditionalityCaseResponse,
  type ObligationsResponse,
  type SubmitJustificationBody,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { DossierService } from '../../dossier/dossier.service';
import { NationalSystemsService } from '../../national-systems/national-systems.service';
import type { Benefit } from '../../national-systems/national-systems.port';
import { RegistryService } from '../../registry/registry.service';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { toCaseSummary } from '../condizionalita.mapper';
import { carriesObligations, OBLIGATION_BENEFITS } from '../domain/benefit-choice';
import { windowOpenAt } from '../domain/justification-window';
import { ruleInForce } from '../domain/ladder';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import { CaseViewService } from './case-view.service';

/** The person's side: the obligations their benefits bring, their cases, the justification within the window. */
@Injectable()
export class CitizenCasesService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly views: CaseViewService,
    private readonly registry: RegistryService,
    private readonly dossier: DossierService,
    private readonly nationalSystems: NationalSystemsService,
    private readonly audit: AuditService,
  ) {}

  /** My benefits as INPS reports them, and for each one carrying obligations today, the rules in force and their ladders. */
  async obligations(ctx: RequestContext, now = new Date()): Promise<ObligationsResponse> {
    const fiscalCode = ctx.principal.fiscalCode;
    let benefits: Benefit[];
    try {
      benefits = await this.nationalSystems.benefitsOf(fiscalCode);
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.NATIONAL_SYSTEMS_UNAVAILABLE) return { benefitsAvailable: false, benefits: [] };
      throw e;
    }
    const today = todayRome(now);
    const rules = await this.repo.rules();
    const items: BenefitObligationsResponse[] = benefits
      .filter((b) => (OBLIGATION_BENEFITS as readonly string[]).includes(b.type))
      .map((b) => {
        const codes = carriesObligations(b, today) ? [...new Set(rules.filter((r) => r.benefit === b.type).map((r) => r.ruleCode))] : [];
        const obligations = codes
          .map((code) => ruleInForce(rules, b.type, code, today))
          .filter((v) => v.length > 0)
          .map((v) => ({
            ruleCode: v[0]!.ruleCode,
            legalSource: v[0]!.legalSource,
            verified: v.every((s) => s.verified),
            ladder: v.map((s) => s.sanction),
          }));
        return {
          benefitId: b.id,
          benefit: b.type,
          startDate: b.startDate,
          ...(b.endDate ? { endDate: b.endDate } : {}),
          status: b.status,
          reasonCode: `recipient_${b.type.toLowerCase()}`,
          obligations,
        };
      });
    await this.audit.record(ctx, { action: 'condizionalita.obligations.read', resourceType: 'citizen', subjectFiscalCode: fiscalCode });
    return { benefitsAvailable: true, benefits: items };
  }

  async myCases(ctx: RequestContext, now = new Date()): Promise<ConditionalityCaseListResponse> {
    const cases = await this.repo.casesOfCitizen(ctx.principal.fiscalCode);
    const sanctions = await this.repo.effectiveSanctions(cases.map((c) => c.id));
    await this.audit.record(ctx, { action: 'condizionalita.cases.read', resourceType: 'citizen', subjectFiscalCode: ctx.principal.fiscalCode });
    return { items: cases.map((c) => toCaseSummary(c, now, sanctions.get(c.id))), total: cases.length, limit: cases.length, offset: 0 };
  }

  async myCase(ctx: RequestContext, caseId: string): Promise<ConditionalityCaseResponse> {
    const c = await this.mine(ctx, caseId);
    const citizen = await this.registry.selfAsCitizen(ctx);
    await this.audit.record(ctx, { action: 'condizionalita.case.read', resourceType: 'conditionality_case', resourceId: c.id, subjectFiscalCode: ctx.principal.fiscalCode });
    return this.views.detail(ctx, c, citizen, 'citizen');
  }

  /** The justification: within the window (the server's clock, Rome dates), a reason of the ministry's list, my own documents. */
  async justify(ctx: RequestContext, caseId: string, body: SubmitJustificationBody, now = new Date()): Promise<ConditionalityCaseResponse> {
    const citizen = await this.registry.selfAsCitizen(ctx);
    const documentIds = body.documentIds ?? [];
    if (documentIds.length > 0) {
      const mine = new Set((await this.dossier.documents(ctx, citizen, 'citizen')).map((d) => d.id));
      const unknown = documentIds.map((id, i) => ({ id, i })).filter((x) => !mine.has(x.id));
      if (unknown.length > 0) {
        throw new DomainError(
          ErrorCode.JUSTIFICATION_DOCUMENT_UNKNOWN,
          'Upload the documents to your reserved area first',
          unknown.map((x) => ({ pointer: `/documentIds/${x.i}`, detail: 'not a document of your reserved area', constraint: 'ownDocument' })),
        );
      }
    }
    const c = await this.repo.transaction(async (m) => {
      const locked = await this.repo.lockCase(m, caseId);
      if (!locked || locked.citizenFiscalCode.trim() !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.CONDITIONALITY_CASE_NOT_FOUND);
      if (locked.state !== 'open') throw new DomainError(ErrorCode.CASE_NOT_JUSTIFIABLE, `The case is ${locked.state}`);
      if (!windowOpenAt(locked.deadline, now)) {
        throw new DomainError(ErrorCode.JUSTIFICATION_WINDOW_CLOSED, `The last day to justify was ${locked.deadline}`, [
          { pointer: '/reasonCode', detail: `the last day to justify was ${locked.deadline}`, constraint: 'justificationWindow' },
        ]);
      }
      await this.repo.insertJustification(m, { caseId: locked.id, reasonCode: body.reasonCode, text: body.text, documentIds, submittedBy: ctx.principal.fiscalCode });
      await this.repo.setState(m, locked.id, 'justification_submitted');
      await this.repo.addEvent(
        m,
        locked.id,
        'justification.submitted',
        { reasonCode: body.reasonCode, documents: String(documentIds.length) },
        `${ctx.principal.givenName} ${ctx.principal.familyName}`,
      );
      await this.audit.record(
        ctx,
        {
          action: 'condizionalita.justification.submit',
          resourceType: 'conditionality_case',
          resourceId: locked.id,
          subjectFiscalCode: ctx.principal.fiscalCode,
          details: { reasonCode: body.reasonCode, documents: documentIds.length },
        },
        m,
      );
      return locked;
    });
    return this.views.detail(ctx, { ...c, state: 'justification_submitted' }, citizen, 'citizen');
  }

  /** A case of mine, or 404 (whoever else's it is). */
  async mine(ctx: RequestContext, caseId: string): Promise<ConditionalityCaseEntity> {
    const c = await this.repo.caseById(caseId);
    if (!c || c.citizenFiscalCode.trim() !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.CONDITIONALITY_CASE_NOT_FOUND);
    return c;
  }
}
