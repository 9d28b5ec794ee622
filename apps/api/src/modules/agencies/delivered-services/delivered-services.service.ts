import { Injectable } from '@nestjs/common';
import { ErrorCode, type DeliveredServiceListResponse, type DeliveredServiceResponse, type RecordServiceBody, type ServiceCodeListResponse } from '@opencpi/contracts';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../../platform/time/rome-time';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { RegistryService } from '../../registry/registry.service';
import { agencyOf } from '../assignments/agency-caller';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { AssignmentsService } from '../assignments/assignments.service';
import { toDeliveredService, toServiceCode } from './delivered-services.mapper';
import { DeliveredServicesRepository } from './delivered-services.repository';

/** Services an agency delivered to a person it has in charge, with a UCS code from the table (`verified` marks official values). */
@Injectable()
export class DeliveredServicesService {
  constructor(
    private readonly repo: DeliveredServicesRepository,
    private readonly assignmentsRepo: AssignmentsRepository,
    private readonly assignments: AssignmentsService,
    private readonly audit: AuditService,
    private readonly dossier: DossierService,
    private readonly registry: RegistryService,
    private readonly events: EventOutbox,
  ) {}

  async codes(): Promise<ServiceCodeListResponse> {
    return { items: (await this.repo.codes()).map(toServiceCode) };
  }

  /** Recorded only while the person is in charge, dated between the presa in carico and today (Rome). */
  async record(ctx: RequestContext, assignmentId: string, body: RecordServiceBody, now = new Date()): Promise<DeliveredServiceResponse> {
    const agency = agencyOf(ctx);
    const saved = await this.assignmentsRepo.transaction(async (m) => {
      const a = await this.assignments.lockMine(m, agency.agencyId, assignmentId);
      if (a.status === 'ended') throw new DomainError(ErrorCode.ASSIGNMENT_ENDED);
      if (a.status !== 'in_charge' || !a.takenInChargeOn) throw new DomainError(ErrorCode.ASSIGNMENT_NOT_IN_CHARGE);
      const code = await this.repo.code(body.code, m);
      if (!code) throw new DomainError(ErrorCode.SERVICE_CODE_UNKNOWN, undefined, [{ pointer: '/code', detail: 'not in GET /api/agency/v1/service-codes', constraint: 'exists' }]);
      if (body.deliveredOn < a.takenInChargeOn || body.deliveredOn > romeParts(now).date) {
        throw new DomainError(ErrorCode.SERVICE_DATE_INVALID, undefined, [{ pointer: '/deliveredOn', detail: `between ${a.takenInChargeOn} and today`, constraint: 'range' }]);
      }
      const s = await this.repo.insert(m, {
        assignmentId: a.id,
        agencyId: a.agencyId,
        citizenId: a.citizenId,
        code: code.code,
        deliveredOn: body.deliveredOn,
        durationMinutes: body.durationMinutes,
        notes: body.notes ?? null,
        evidenceDocumentId: null,
        recordedBy: agency.clientId,
      });
      await this.audit.record(
        ctx,
        {
          action: 'agencies.service.record',
          resourceType: 'agency_service',
          resourceId: s.id,
          subjectFiscalCode: a.citizenFiscalCode,
          details: { agencyId: a.agencyId, assignmentId: a.id, code: code.code, deliveredOn: body.deliveredOn, durationMinutes: body.durationMinutes },
        },
        m,
      );
      // the person's plan (patto module) lists it: a consumer adds it there, once
      await this.events.publish(m, {
        type: 'agency.service-delivered',
        aggregateType: 'agency_service',
        aggregateId: s.id,
        payload: {
          serviceId: s.id,
          assignmentId: a.id,
          agencyId: a.agencyId,
          agencyName: agency.agencyName,
          citizenId: a.citizenId,
          citizenFiscalCode: a.citizenFiscalCode,
          code: code.code,
          deliveredOn: body.deliveredOn,
          durationMinutes: body.durationMinutes,
        },
      });
      return { s, labelKey: code.labelKey };
    });
    return toDeliveredService(saved.s, saved.labelKey, agency.agencyName);
  }

  /**
   * The evidence of a service (PDF, JPEG or PNG, checked by content): stored in the person's dossier through the dossier
   * module (uploaded by the agency), linked to the service once; a second one is refused (the first stays).
   */
  async attachEvidence(ctx: RequestContext, assignmentId: string, serviceId: string, file: UploadedFile | undefined): Promise<DeliveredServiceResponse> {
    const agency = agencyOf(ctx);
    const saved = await this.assignmentsRepo.transaction(async (m) => {
      const a = await this.assignments.lockMine(m, agency.agencyId, assignmentId);
      const s = await this.repo.serviceOf(m, a.id, serviceId);
      if (!s) throw new DomainError(ErrorCode.DELIVERED_SERVICE_NOT_FOUND);
      if (s.evidenceDocumentId) throw new DomainError(ErrorCode.SERVICE_EVIDENCE_EXISTS);
      const citizen = (await this.registry.citizensByIds([a.citizenId])).get(a.citizenId);
      if (!citizen) throw new DomainError(ErrorCode.ASSIGNMENT_NOT_FOUND);
      const doc = await this.dossier.storeDocument(m, ctx, citizen, file, 'proof', 'agency');
      const after = await this.repo.setEvidence(m, s.id, doc.id);
      await this.audit.record(
        ctx,
        {
          action: 'agencies.service.evidence',
          resourceType: 'agency_service',
          resourceId: s.id,
          subjectFiscalCode: a.citizenFiscalCode,
          details: { agencyId: a.agencyId, documentId: doc.id },
        },
        m,
      );
      return after;
    });
    const code = await this.repo.code(saved.code);
    return toDeliveredService(saved, code?.labelKey ?? saved.code, agency.agencyName);
  }

  async list(ctx: RequestContext, assignmentId: string): Promise<DeliveredServiceListResponse> {
    const a = await this.assignments.mine(ctx, assignmentId);
    const labels = new Map((await this.repo.codes()).map((c) => [c.code, c.labelKey]));
    const rows = await this.repo.ofAssignments([a.id]);
    return { items: rows.map((s) => toDeliveredService(s, labels.get(s.code) ?? s.code, ctx.principal.agencyClient?.agencyName)) };
  }
}
