import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConvocationAcknowledgedV1, ConvocationIssuedV1 } from '@opencpi/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ConvocationEvidenceEntity } from './entities/convocation-evidence.entity';

/**
 * The proof of convocations (condizionalita.convocation_evidence): one row per convocation, each half written once.
 * An upsert fills a half only while it is empty, so a redelivery or a late duplicate changes nothing, and an
 * acknowledgement that arrives before its convocation is kept until the issue fills the rest in.
 */
@Injectable()
export class ConvocationEvidenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordIssued(m: EntityManager, p: ConvocationIssuedV1, issuedAt: Date): Promise<void> {
    await m.query(
      `INSERT INTO condizionalita.convocation_evidence AS e
              (convocation_id, citizen_fiscal_code, appointment_id, office_id, starts_at, channel, legal_basis, text_sha256, issued_by, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (convocation_id) DO UPDATE SET appointment_id = EXCLUDED.appointment_id, office_id = EXCLUDED.office_id, starts_at = EXCLUDED.starts_at,
              channel = EXCLUDED.channel, legal_basis = EXCLUDED.legal_basis, text_sha256 = EXCLUDED.text_sha256, issued_by = EXCLUDED.issued_by, issued_at = EXCLUDED.issued_at
        WHERE e.issued_at IS NULL`,
      [p.convocationId, p.citizenFiscalCode, p.appointmentId, p.officeId, p.startsAt, p.channel, p.legalBasis.slice(0, 300), p.textSha256, p.issuedBy, issuedAt],
    );
  }

  async recordAcknowledged(m: EntityManager, p: ConvocationAcknowledgedV1, acknowledgedAt: Date): Promise<void> {
    await m.query(
      `INSERT INTO condizionalita.convocation_evidence AS e (convocation_id, citizen_fiscal_code, acknowledged_at, ack_ip, ack_user_agent)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (convocation_id) DO UPDATE SET acknowledged_at = EXCLUDED.acknowledged_at, ack_ip = EXCLUDED.ack_ip, ack_user_agent = EXCLUDED.ack_user_agent
        WHERE e.acknowledged_at IS NULL`,
      [p.convocationId, p.citizenFiscalCode, acknowledgedAt, p.ip?.slice(0, 64) ?? null, p.userAgent?.slice(0, 500) ?? null],
    );
  }

  /** The convocation behind an appointment (the source of a case opened by `attendance.recorded`), if it was one. */
  ofAppointment(appointmentId: string): Promise<ConvocationEvidenceEntity | null> {
    return this.db.getRepository(ConvocationEvidenceEntity).findOneBy({ appointmentId });
  }
}
