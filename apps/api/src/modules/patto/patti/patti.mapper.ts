import type { PattoResponse, PattoSignatureResponse } from '@opencpi/contracts';
import { diffLines } from '../domain/patto-text';
import type { PattoSignatureEntity } from '../entities/patto-signature.entity';
import type { PattoVersionEntity } from '../entities/patto-version.entity';
import type { PattoEntity } from '../entities/patto.entity';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

export function toSignature(s: PattoSignatureEntity): PattoSignatureResponse {
  return {
    party: s.party,
    signerName: s.signerName,
    signerFiscalCode: s.signerFiscalCode,
    method: s.method,
    documentSha256: s.documentSha256,
    signedAt: s.signedAt.toISOString(),
    ...(s.spidLevel ? { spidLevel: s.spidLevel } : {}),
    ...(s.otpChannel ? { otpChannel: s.otpChannel } : {}),
    ...(s.otpVerifiedAt ? { otpVerifiedAt: s.otpVerifiedAt.toISOString() } : {}),
    ...(s.ip ? { ip: s.ip } : {}),
    ...(s.userAgent ? { userAgent: s.userAgent } : {}),
    ...(s.scanDocumentId ? { scanDocumentId: s.scanDocumentId } : {}),
  };
}

/**
 * A patto with its versions (all of them, or from the first proposal on when `hideDrafts`), each version's signatures
 * and the diff from the version before it. Names come from the registry (the caller reads them). `today` (Rome) says
 * whether the due date for signature has passed.
 */
export function toPattoResponse(
  p: PattoEntity,
  versionsAll: PattoVersionEntity[],
  sigs: PattoSignatureEntity[],
  names: { citizenName: string; officeName: string },
  hideDrafts: boolean,
  today: string,
): PattoResponse {
  const versions = hideDrafts ? versionsAll.filter((v) => v.status !== 'draft') : versionsAll;
  // the due date set at the proposal, while a version still waits for signatures (afterwards it is history)
  const due = p.status !== 'closed' && versionsAll.some((v) => v.status === 'proposed') ? p.signatureDueDate : null;
  return {
    id: p.id,
    citizenId: p.citizenId,
    citizenName: names.citizenName,
    citizenFiscalCode: p.citizenFiscalCode.trim(),
    officeId: p.officeId,
    officeName: names.officeName,
    status: p.status,
    currentVersion: p.currentVersion,
    ...(p.closedAt ? { closedAt: p.closedAt.toISOString() } : {}),
    ...(p.closeReason ? { closeReason: p.closeReason } : {}),
    ...(due ? { signatureDueDate: due, signatureOverdue: due < today } : {}),
    versions: versions.map((v) => {
      const prev = versionsAll.find((x) => x.version === v.version - 1);
      return {
        version: v.version,
        status: v.status,
        summary: v.summary,
        fullText: v.fullText,
        ...(v.sha256 ? { sha256: v.sha256 } : {}),
        content: {
          pathway: v.content.pathway,
          ...(v.content.agencyId ? { agencyId: v.content.agencyId } : {}),
          ...(v.content.agencyName ? { agencyName: v.content.agencyName } : {}),
          responsibleName: v.content.responsibleName,
          jobSearchActs: v.content.jobSearchActs,
          contactFrequencyDays: v.content.contactFrequencyDays,
          proofOfSearch: v.content.proofOfSearch,
          availabilityWorkshops: v.content.availability.workshops,
          availabilityTraining: v.content.availability.training,
          availabilityCongruousOffers: v.content.availability.congruousOffers,
          ...(v.content.profilingIndex !== null ? { profilingIndex: v.content.profilingIndex } : {}),
          actions: v.content.actions,
        },
        createdAt: v.createdAt.toISOString(),
        ...(v.proposedAt ? { proposedAt: iso(v.proposedAt)! } : {}),
        ...(v.signedAt ? { signedAt: iso(v.signedAt)! } : {}),
        requiredParties: v.requiredParties,
        signatures: sigs.filter((s) => s.versionId === v.id).map(toSignature),
        ...(prev ? { diff: diffLines(prev.fullText, v.fullText) } : {}),
      };
    }),
  };
}
