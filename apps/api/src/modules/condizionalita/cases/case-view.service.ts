import { Injectable } from '@nestjs/common';
import type { CaseEventResponse, ConditionalityCaseResponse, JustificationDocumentResponse } from '@opencpi/contracts';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DossierService } from '../../dossier/dossier.service';
import { NationalSystemsService } from '../../national-systems/national-systems.service';
import { NotificationsService } from '../../notifications/notifications.service';
import type { CitizenRef } from '../../registry/registry.service';
import { CaseNotifier } from '../case-notifier';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { toCaseSummary, toConvocationEvidence, toDecision, toEvent, toJustification, toMeasure, toSendState, type PersonView } from '../condizionalita.mapper';
import { ConvocationEvidenceRepository } from '../convocation-evidence.repository';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import { MeasuresService } from '../measures/measures.service';

const UNDECIDED = ['open', 'justification_submitted', 'pending_confirmation'];

/**
 * One case as its page shows it: the timeline (the case's own entries, the proof of delivery notifications keep and,
 * for a missed convocation, the proof that the person was convoked and acknowledged it),
 * the justification with its documents, the decision, the measures. Operators also see where each measure stands
 * with INPS and the sanction the ladder gives today if the case is decided "not justified".
 */
@Injectable()
export class CaseViewService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly measures: MeasuresService,
    private readonly dossier: DossierService,
    private readonly notifications: NotificationsService,
    private readonly nationalSystems: NationalSystemsService,
    private readonly evidence: ConvocationEvidenceRepository,
  ) {}

  async detail(
    ctx: RequestContext,
    c: ConditionalityCaseEntity,
    citizen: CitizenRef,
    side: 'citizen' | 'operator',
    person?: PersonView,
    now = new Date(),
  ): Promise<ConditionalityCaseResponse> {
    const operator = side === 'operator';
    const [events, justification, decision, measures, deliveries, convocation] = await Promise.all([
      this.repo.events(c.id),
      this.repo.justification(c.id),
      this.repo.activeDecision(c.id),
      this.repo.measuresOfCase(c.id),
      this.notifications.deliveriesFor(CaseNotifier.keyPrefix(c.id)),
      // a missed appointment that was a convocation: the proof that the person was convoked (and acknowledged it)
      c.sourceType === 'attendance.recorded' ? this.evidence.ofAppointment(c.sourceRef) : null,
    ]);
    let documents: JustificationDocumentResponse[] = [];
    if (justification && justification.documentIds.length > 0) {
      const all = await this.dossier.documents(ctx, citizen, side);
      documents = all.filter((d) => justification.documentIds.includes(d.id)).map((d) => ({ id: d.id, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes }));
    }
    const sendStates = operator && measures.length > 0 ? await this.nationalSystems.sendStates(measures.map((x) => x.id)) : null;
    const reversedBy = new Map(measures.filter((x) => x.reversalOf).map((x) => [x.reversalOf!, x.id]));
    const effective = measures.find((x) => !x.reversalOf);
    const prospective = operator && UNDECIDED.includes(c.state) ? await this.measures.ladderFor(this.repo.manager(), c) : null;
    const delivered: CaseEventResponse[] = deliveries
      .filter((d) => d.sentAt)
      .map((d) => ({
        at: d.sentAt!.toISOString(),
        kind: 'notification.delivery',
        params: {
          channel: d.channel,
          status: d.status,
          ...(d.receiptStatus ? { receiptStatus: d.receiptStatus } : {}),
          ...(d.receiptAt ? { receiptAt: d.receiptAt.toISOString() } : {}),
        },
      }));
    const timeline = [...events.map(toEvent), ...delivered, ...(convocation ? toConvocationEvidence(convocation) : [])].sort((a, b) => a.at.localeCompare(b.at));
    return {
      ...toCaseSummary(c, now, effective ? (reversedBy.has(effective.id) ? 'annulled' : effective.sanction) : undefined, person),
      benefitId: c.benefitId,
      sourceType: c.sourceType,
      sourceRef: c.sourceRef,
      timeline,
      ...(justification ? { justification: toJustification(justification, documents) } : {}),
      ...(decision ? { decision: toDecision(decision, operator) } : {}),
      measures: measures.map((x) => toMeasure(x, reversedBy.get(x.id), sendStates ? toSendState(sendStates.get(x.id)) : undefined)),
      letterAvailable: !!effective,
      ...(prospective ? { prospectiveSanction: prospective.sanction, prospectiveStep: prospective.step } : {}),
    };
  }
}
