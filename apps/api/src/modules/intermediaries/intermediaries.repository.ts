import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DelegatedActionEntity } from './entities/delegated-action.entity';
import { DelegationEntity } from './entities/delegation.entity';
import { IntermediaryOperatorEntity } from './entities/intermediary-operator.entity';
import { OrganisationEntity } from './entities/organisation.entity';

/** A delegated action with the names of who did it, for the person's timeline and lists. */
export interface ActionRow {
  id: string;
  at: Date;
  action: string;
  refId: string | null;
  delegateName: string;
  organisationName: string;
}

/** Only a delegation granted online, or uploaded and approved by the CPI, lets the intermediary act. */
const ACTING_ALLOWED = `(d.review_state IS NULL OR d.review_state = 'approved')`;

/** Every query of the intermediaries module. */
@Injectable()
export class IntermediariesRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // ---- organisations and operators
  organisations(regionId?: string): Promise<OrganisationEntity[]> {
    return this.db.getRepository(OrganisationEntity).find({ where: regionId ? { regionId } : {}, order: { name: 'ASC' } });
  }
  organisation(id: string): Promise<OrganisationEntity | null> {
    return this.db.getRepository(OrganisationEntity).findOneBy({ id });
  }
  saveOrganisation(m: EntityManager, o: Pick<OrganisationEntity, 'name' | 'kind' | 'fiscalCode' | 'regionId'>): Promise<OrganisationEntity> {
    const repo = m.getRepository(OrganisationEntity);
    return repo.save(repo.create(o));
  }
  operatorsOf(organisationIds: string[]): Promise<IntermediaryOperatorEntity[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(IntermediaryOperatorEntity)
      .createQueryBuilder('o')
      .where('o.organisation_id = ANY(:ids)', { ids: organisationIds })
      .orderBy('o.family_name')
      .addOrderBy('o.given_name')
      .getMany();
  }
  saveOperator(m: EntityManager, o: Pick<IntermediaryOperatorEntity, 'organisationId' | 'fiscalCode' | 'givenName' | 'familyName'>): Promise<IntermediaryOperatorEntity> {
    const repo = m.getRepository(IntermediaryOperatorEntity);
    return repo.save(repo.create(o));
  }
  /** The operator with their organisation, by fiscal code (sign-in and every intermediary route). */
  operatorByFiscalCode(fiscalCode: string): Promise<IntermediaryOperatorEntity | null> {
    return this.db.getRepository(IntermediaryOperatorEntity).findOne({ where: { fiscalCode }, relations: { organisation: true } });
  }

  // ---- delegations
  saveDelegation(
    m: EntityManager,
    d: Pick<DelegationEntity, 'organisationId' | 'citizenId' | 'citizenFiscalCode' | 'citizenName' | 'scopes' | 'validFrom' | 'validUntil'> &
      Partial<Pick<DelegationEntity, 'source' | 'documentId' | 'reviewState'>>,
  ): Promise<DelegationEntity> {
    const repo = m.getRepository(DelegationEntity);
    return repo.save(
      repo.create({ source: 'online', documentId: null, reviewState: null, reviewedByFiscalCode: null, reviewedAt: null, rejectionReason: null, revokedAt: null, ...d }),
    );
  }
  /** Uploaded delegations waiting for a CPI operator, oldest first. */
  pendingDelegations(): Promise<DelegationEntity[]> {
    return this.db.getRepository(DelegationEntity).find({ where: { reviewState: 'pending', revokedAt: IsNull() }, relations: { organisation: true }, order: { grantedAt: 'ASC' } });
  }
  lockPending(m: EntityManager, id: string): Promise<DelegationEntity | null> {
    return m.getRepository(DelegationEntity).findOne({ where: { id, reviewState: 'pending', revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }
  async review(m: EntityManager, id: string, r: Pick<DelegationEntity, 'reviewState' | 'reviewedByFiscalCode' | 'reviewedAt' | 'rejectionReason'>): Promise<void> {
    await m.getRepository(DelegationEntity).update({ id }, r);
  }
  delegationsOfCitizen(citizenId: string): Promise<DelegationEntity[]> {
    return this.db.getRepository(DelegationEntity).find({ where: { citizenId }, relations: { organisation: true }, order: { grantedAt: 'DESC' } });
  }
  /** The organisation's unrevoked (and, if uploaded, approved) delegations that have not ended before `today`. */
  currentDelegationsOf(organisationId: string, today: string): Promise<DelegationEntity[]> {
    return this.db
      .getRepository(DelegationEntity)
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.organisation', 'o')
      .where('d.organisation_id = :organisationId AND d.revoked_at IS NULL AND d.valid_until >= :today', { organisationId, today })
      .andWhere(ACTING_ALLOWED)
      .orderBy('d.citizen_name')
      .getMany();
  }
  /** The delegation of the person to the organisation in force on `today`, if any. */
  activeDelegation(citizenId: string, organisationId: string, today: string): Promise<DelegationEntity | null> {
    return this.db
      .getRepository(DelegationEntity)
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.organisation', 'o')
      .where('d.citizen_id = :citizenId AND d.organisation_id = :organisationId AND d.revoked_at IS NULL', { citizenId, organisationId })
      .andWhere(':today BETWEEN d.valid_from AND d.valid_until', { today })
      .andWhere(ACTING_ALLOWED)
      .getOne();
  }
  lockOwnDelegation(m: EntityManager, id: string, citizenId: string): Promise<DelegationEntity | null> {
    return m.getRepository(DelegationEntity).findOne({ where: { id, citizenId, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }
  async revoke(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.getRepository(DelegationEntity).update({ id }, { revokedAt: at });
  }

  // ---- what was done under a delegation
  async recordAction(m: EntityManager, a: Pick<DelegatedActionEntity, 'delegationId' | 'citizenId' | 'delegateFiscalCode' | 'delegateName' | 'action' | 'refId'>): Promise<void> {
    const repo = m.getRepository(DelegatedActionEntity);
    await repo.insert(repo.create(a));
  }
  /** Everything done for the person (optionally: by one organisation), newest first. */
  actionsOf(citizenId: string, organisationId?: string): Promise<ActionRow[]> {
    return this.db.query(
      `SELECT a.id, a.at, a.action, a.ref_id AS "refId", a.delegate_name AS "delegateName", o.name AS "organisationName"
         FROM intermediaries.delegated_actions a
         JOIN intermediaries.delegations d ON d.id = a.delegation_id
         JOIN intermediaries.organisations o ON o.id = d.organisation_id
        WHERE a.citizen_id = $1 AND ($2::uuid IS NULL OR d.organisation_id = $2)
        ORDER BY a.at DESC
        LIMIT 200`,
      [citizenId, organisationId ?? null],
    ) as Promise<ActionRow[]>;
  }
}
