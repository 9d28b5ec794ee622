import { Injectable } from '@nestjs/common';
import type { AgencyPathwayResponse, SapSection6RowResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { romeParts } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { toAssignmentResponse } from '../assignments/assignment.mapper';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { toDeliveredService } from './delivered-services.mapper';
import { DeliveredServicesRepository } from './delivered-services.repository';

/**
 * The person's pathway with agencies as the CPI operator sees it: assignments, outcomes, services delivered, and the
 * SAP section 6 rows they make (a read model: one row per service, with the promoting entity's accreditation number,
 * the policy code, the presa-in-carico id and day, and the assignment's last event).
 */
@Injectable()
export class PathwayService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly services: DeliveredServicesRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async ofCitizen(ctx: RequestContext, citizenId: string): Promise<AgencyPathwayResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'agencies.pathway.read');
    const rows = await this.assignments.ofCitizen(citizen.id);
    const agencyIds = [...new Set(rows.map((a) => a.agencyId))];
    const [outcomes, delivered, codes, numbers, agencies] = await Promise.all([
      this.assignments.outcomesOf(rows.map((a) => a.id)),
      this.services.ofAssignments(rows.map((a) => a.id)),
      this.services.codes(),
      this.services.accreditationNumbers(agencyIds),
      Promise.all(agencyIds.map((id) => this.registry.agency(id))),
    ]);
    const names = new Map(agencies.filter((a) => a !== null).map((a) => [a.id, a.name]));
    const labels = new Map(codes.map((c) => [c.code, c.labelKey]));
    const person = {
      citizenId: citizen.id,
      consented: true,
      initials: `${citizen.givenName.charAt(0)}. ${citizen.familyName.charAt(0)}.`.toUpperCase(),
      fiscalCode: citizen.fiscalCode,
    };
    const byId = new Map(rows.map((a) => [a.id, a]));
    const sapSection6: SapSection6RowResponse[] = delivered.map((s) => {
      const a = byId.get(s.assignmentId)!;
      const lastEvent = outcomes.get(a.id)?.kind ?? a.status;
      return {
        promotingEntityCode: numbers.get(a.agencyId) ?? a.agencyId,
        policyCode: s.code,
        presaInCaricoId: a.id,
        ...(a.takenInChargeOn ? { presaInCaricoOn: a.takenInChargeOn } : {}),
        startDate: s.deliveredOn,
        durationMinutes: s.durationMinutes,
        lastEvent,
      };
    });
    const regional = await this.registry.agenciesForCitizen(citizen.id);
    const accredited = await this.assignments.accreditedAmong(
      regional.map((a) => a.id),
      romeParts(new Date()).date,
    );
    await this.audit.record(ctx, { action: 'agencies.pathway.read', resourceType: 'citizen', resourceId: citizen.id, subjectFiscalCode: citizen.fiscalCode });
    return {
      assignments: rows.map((a) => toAssignmentResponse(a, outcomes.get(a.id), person, names.get(a.agencyId))),
      services: delivered.map((s) => toDeliveredService(s, labels.get(s.code) ?? s.code, names.get(s.agencyId))),
      sapSection6,
      assignableAgencies: regional.filter((a) => accredited.has(a.id)).map((a) => ({ id: a.id, name: a.name, accreditationCode: a.accreditationCode })),
    };
  }
}
