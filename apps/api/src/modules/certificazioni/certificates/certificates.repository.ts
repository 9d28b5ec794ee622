import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateVerificationEntity } from '../entities/certificate-verification.entity';
import { CertificateEntity } from '../entities/certificate.entity';

export type NewCertificate = Omit<CertificateEntity, 'id' | 'issuedAt' | 'revokedAt' | 'revokedBy' | 'revokeReason'>;
export type NewVerification = Pick<CertificateVerificationEntity, 'certificateId' | 'method' | 'outcome' | 'verifierHash'>;
/** A certificate without its PDF bytes (lists). */
export type CertificateRow = Omit<CertificateEntity, 'pdf'>;
const LIST_COLUMNS: (keyof CertificateEntity)[] = [
  'id',
  'citizenId',
  'fiscalCode',
  'officeId',
  'kind',
  'locale',
  'atDate',
  'pattoId',
  'code',
  'snapshot',
  'sha256',
  'issuedAt',
  'issuedVia',
  'issuedBy',
  'revokedAt',
  'revokedBy',
  'revokeReason',
];

/** Every query of the certificates and their verifications. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insert(m: EntityManager, c: NewCertificate): Promise<CertificateEntity> {
    const repo = m.getRepository(CertificateEntity);
    return repo.save(repo.create(c));
  }

  ofCitizen(citizenId: string): Promise<CertificateRow[]> {
    return this.db.getRepository(CertificateEntity).find({ select: LIST_COLUMNS, where: { citizenId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  byId(id: string): Promise<CertificateRow | null> {
    return this.db.getRepository(CertificateEntity).findOne({ select: LIST_COLUMNS, where: { id } });
  }

  async pdfOf(id: string): Promise<Buffer | null> {
    return (await this.db.getRepository(CertificateEntity).findOne({ select: ['id', 'pdf'], where: { id } }))?.pdf ?? null;
  }

  byCode(code: string): Promise<CertificateRow | null> {
    return this.db.getRepository(CertificateEntity).findOne({ select: LIST_COLUMNS, where: { code } });
  }

  bySha256(sha256: string): Promise<CertificateRow | null> {
    return this.db.getRepository(CertificateEntity).findOne({ select: LIST_COLUMNS, where: { sha256 } });
  }

  lock(m: EntityManager, id: string): Promise<CertificateEntity | null> {
    return m.getRepository(CertificateEntity).findOne({ select: LIST_COLUMNS, where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async revoke(m: EntityManager, id: string, by: string, reason: string): Promise<void> {
    await m.query(`UPDATE certificazioni.certificates SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1 AND revoked_at IS NULL`, [id, by, reason]);
  }

  async recordVerification(v: NewVerification): Promise<void> {
    await this.db.getRepository(CertificateVerificationEntity).insert(v);
  }

  /** Verifications of the person's certificates, newest first (at most 200). */
  verificationsOf(citizenId: string): Promise<(CertificateVerificationEntity & { kind: string })[]> {
    return this.db.query(
      `SELECT v.id, v.certificate_id AS "certificateId", v.method, v.outcome, v.verifier_hash AS "verifierHash", v.at, c.kind
         FROM certificazioni.verifications v JOIN certificazioni.certificates c ON c.id = v.certificate_id
        WHERE c.citizen_id = $1 ORDER BY v.at DESC, v.id LIMIT 200`,
      [citizenId],
    );
  }
}
