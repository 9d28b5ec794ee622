import type { DelegatedActionResponse, DelegationResponse, DelegationState, IntermediaryOperatorResponse, OrganisationResponse } from '@opencpi/contracts';
import type { DelegationEntity } from './entities/delegation.entity';
import type { IntermediaryOperatorEntity } from './entities/intermediary-operator.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import type { ActionRow } from './intermediaries.repository';

export function delegationState(d: Pick<DelegationEntity, 'revokedAt' | 'validUntil' | 'reviewState'>, today: string): DelegationState {
  if (d.revokedAt) return 'revoked';
  if (d.reviewState === 'rejected' || d.reviewState === 'pending') return d.reviewState;
  return d.validUntil < today ? 'expired' : 'active';
}

export function toDelegation(d: DelegationEntity, today: string): DelegationResponse {
  return {
    id: d.id,
    organisationId: d.organisationId,
    organisationName: d.organisation?.name ?? '',
    organisationKind: d.organisation?.kind ?? 'patronato',
    citizenId: d.citizenId,
    citizenName: d.citizenName,
    scopes: d.scopes,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    grantedAt: d.grantedAt.toISOString(),
    ...(d.revokedAt ? { revokedAt: d.revokedAt.toISOString() } : {}),
    state: delegationState(d, today),
    source: d.source,
    ...(d.documentId ? { documentId: d.documentId } : {}),
    ...(d.rejectionReason ? { rejectionReason: d.rejectionReason } : {}),
  };
}

export function toOperator(o: IntermediaryOperatorEntity): IntermediaryOperatorResponse {
  return { id: o.id, fiscalCode: o.fiscalCode, givenName: o.givenName, familyName: o.familyName };
}

export function toOrganisation(o: OrganisationEntity, operators: IntermediaryOperatorEntity[] = []): OrganisationResponse {
  return { id: o.id, name: o.name, kind: o.kind, fiscalCode: o.fiscalCode, operators: operators.filter((x) => x.organisationId === o.id).map(toOperator) };
}

export function toAction(a: ActionRow): DelegatedActionResponse {
  return {
    id: a.id,
    at: new Date(a.at).toISOString(),
    action: a.action,
    ...(a.refId ? { refId: a.refId } : {}),
    organisationName: a.organisationName,
    delegateName: a.delegateName,
  };
}
