import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { CondizionalitaRepository } from '../condizionalita.repository';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import { condLocale } from '../i18n/condizionalita-catalogue';
import { renderMeasureLetter } from './measure-letter';

/** The measure letter of a case (PDF, in the person's language), once a measure is confirmed. */
@Injectable()
export class LetterService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly registry: RegistryService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async letter(ctx: RequestContext, c: ConditionalityCaseEntity): Promise<{ fileName: string; pdf: Buffer }> {
    const measures = await this.repo.measuresOfCase(c.id);
    const measure = measures.find((x) => !x.reversalOf);
    if (!measure) throw new DomainError(ErrorCode.MEASURE_LETTER_NOT_AVAILABLE);
    const reversal = measures.find((x) => x.reversalOf === measure.id) ?? null;
    const [decision, justification, people, offices, prefs] = await Promise.all([
      this.repo.activeDecision(c.id),
      this.repo.justification(c.id),
      this.registry.citizensByIds([c.citizenId]),
      this.registry.officesByIds([c.officeId]),
      this.notifications.preferencesOf(this.repo.manager(), [c.citizenFiscalCode.trim()]),
    ]);
    const person = people.get(c.citizenId);
    const pdf = await renderMeasureLetter({
      locale: condLocale(prefs[0]?.locale),
      officeName: offices.get(c.officeId)?.name ?? '',
      person: { name: person ? `${person.givenName} ${person.familyName}` : '', fiscalCode: c.citizenFiscalCode.trim() },
      benefit: c.benefit,
      benefitId: c.benefitId,
      breachCode: c.breachCode,
      occurredOn: c.occurredOn,
      deadline: c.deadline,
      justification: justification ? { at: justification.submittedAt.toISOString().slice(0, 10), reasonCode: justification.reasonCode, text: justification.text } : null,
      decision: {
        reasonText: decision?.reasonText ?? null,
        decidedOn: measure.decidedOn,
        decidedBy: decision?.decidedByName ?? '',
        confirmedBy: decision?.confirmedByName ?? null,
      },
      measure: {
        id: measure.id,
        ruleCode: measure.ruleCode,
        version: measure.ruleVersion,
        step: measure.step,
        sanction: measure.sanction,
        legalSource: measure.legalSource,
        verified: measure.verified,
      },
      reversal: reversal ? { measureId: measure.id, reference: reversal.appealReference ?? '', date: reversal.decidedOn } : null,
    });
    await this.audit.record(ctx, {
      action: 'condizionalita.letter.read',
      resourceType: 'conditionality_measure',
      resourceId: measure.id,
      subjectFiscalCode: c.citizenFiscalCode.trim(),
    });
    return { fileName: `provvedimento-${measure.id}.pdf`, pdf };
  }
}
