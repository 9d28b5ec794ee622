import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PattoSignatureEntity } from '../entities/patto-signature.entity';
import { PattoVersionEntity } from '../entities/patto-version.entity';
import { SignatureChallengeEntity } from '../entities/signature-challenge.entity';

/** Signatures (append-only evidence) and the one-time codes of remote signatures. */
@Injectable()
export class SignatureRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** The version of a patto waiting for signatures, locked. */
  lockProposedVersion(m: EntityManager, pattoId: string): Promise<PattoVersionEntity | null> {
    return m.getRepository(PattoVersionEntity).findOne({ where: { pattoId, status: 'proposed' }, lock: { mode: 'pessimistic_write' } });
  }
  hasSigned(m: EntityManager, versionId: string, party: PattoSignatureEntity['party']): Promise<boolean> {
    return m.getRepository(PattoSignatureEntity).existsBy({ versionId, party });
  }
  async insertSignature(m: EntityManager, row: Partial<PattoSignatureEntity>): Promise<void> {
    await m.getRepository(PattoSignatureEntity).insert(row);
  }
  signaturesOfVersion(versionId: string, m: EntityManager = this.db.manager): Promise<PattoSignatureEntity[]> {
    return m.getRepository(PattoSignatureEntity).find({ where: { versionId }, order: { signedAt: 'ASC' } });
  }

  async codesSince(m: EntityManager, versionId: string, fiscalCode: string, since: Date): Promise<number> {
    const [r] = (await m.query(`SELECT count(*)::int AS n FROM patto.signature_challenges WHERE version_id = $1 AND fiscal_code = $2 AND created_at > $3`, [
      versionId,
      fiscalCode,
      since,
    ])) as { n: number }[];
    return r?.n ?? 0;
  }
  insertChallenge(m: EntityManager, row: Partial<SignatureChallengeEntity>): Promise<SignatureChallengeEntity> {
    const repo = m.getRepository(SignatureChallengeEntity);
    return repo.save(repo.create(row));
  }
  async updateChallenge(m: EntityManager, id: string, patch: Partial<SignatureChallengeEntity>): Promise<void> {
    await m.getRepository(SignatureChallengeEntity).update(id, patch);
  }
  lockChallenge(m: EntityManager, id: string, versionId: string, fiscalCode: string): Promise<SignatureChallengeEntity | null> {
    return m.getRepository(SignatureChallengeEntity).findOne({ where: { id, versionId, fiscalCode }, lock: { mode: 'pessimistic_write' } });
  }
  async countWrongAttempt(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(SignatureChallengeEntity).increment({ id }, 'attempts', 1);
  }
}
