import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DeliveredServiceEntity } from '../entities/delivered-service.entity';
import { ServiceCodeEntity } from '../entities/service-code.entity';

export type NewDeliveredService = Pick<
  DeliveredServiceEntity,
  'assignmentId' | 'agencyId' | 'citizenId' | 'code' | 'deliveredOn' | 'durationMinutes' | 'notes' | 'evidenceDocumentId' | 'recordedBy'
>;

/** Every query on the UCS service codes and the services delivered (schema agencies). */
@Injectable()
export class DeliveredServicesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  codes(): Promise<ServiceCodeEntity[]> {
    return this.db.getRepository(ServiceCodeEntity).find({ order: { code: 'ASC' } });
  }

  code(code: string, m?: EntityManager): Promise<ServiceCodeEntity | null> {
    return (m ?? this.db.manager).getRepository(ServiceCodeEntity).findOneBy({ code });
  }

  async insert(m: EntityManager, s: NewDeliveredService): Promise<DeliveredServiceEntity> {
    const { identifiers } = await m.getRepository(DeliveredServiceEntity).insert(s);
    return m.getRepository(DeliveredServiceEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  /** One service of an assignment, locked (attaching its evidence). */
  serviceOf(m: EntityManager, assignmentId: string, id: string): Promise<DeliveredServiceEntity | null> {
    return m.getRepository(DeliveredServiceEntity).findOne({ where: { id, assignmentId }, lock: { mode: 'pessimistic_write' } });
  }

  async setEvidence(m: EntityManager, id: string, documentId: string): Promise<DeliveredServiceEntity> {
    await m.getRepository(DeliveredServiceEntity).update({ id }, { evidenceDocumentId: documentId });
    return m.getRepository(DeliveredServiceEntity).findOneByOrFail({ id });
  }

  ofAssignments(ids: string[]): Promise<DeliveredServiceEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(DeliveredServiceEntity).find({ where: { assignmentId: In(ids) }, order: { deliveredOn: 'ASC', recordedAt: 'ASC' } });
  }

  /** The accreditation numbers of these agencies (SAP section 6: the promoting entity's code). */
  async accreditationNumbers(agencyIds: string[]): Promise<Map<string, string>> {
    if (agencyIds.length === 0) return new Map();
    const rows = (await this.db.query(`SELECT agency_id AS "agencyId", number FROM agencies.accreditations WHERE agency_id = ANY($1::uuid[])`, [agencyIds])) as {
      agencyId: string;
      number: string;
    }[];
    return new Map(rows.map((r) => [r.agencyId, r.number]));
  }
}
