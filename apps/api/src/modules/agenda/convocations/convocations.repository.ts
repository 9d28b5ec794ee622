import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A convocation as the agenda stores it, with its appointment's status and service (the person and office by id). */
export interface ConvocationRecord {
  id: string;
  appointmentId: string;
  appointmentStatus: string;
  citizenId: string;
  citizenFiscalCode: string;
  serviceCode: string;
  /** the service type's Italian name (the convocation's legal text is Italian) */
  serviceName: string;
  serviceNameEn: string;
  officeId: string;
  startsAt: Date;
  channel: string;
  place: string;
  legalBasis: string;
  renderedText: string;
  textSha256: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
}
const CONVOCATION_SELECT = `
  SELECT cv.id, cv.appointment_id AS "appointmentId", a.status AS "appointmentStatus", cv.citizen_id AS "citizenId", cv.citizen_fiscal_code AS "citizenFiscalCode",
         t.code AS "serviceCode", t.name_it AS "serviceName", t.name_en AS "serviceNameEn", cv.office_id AS "officeId", cv.starts_at AS "startsAt", cv.channel, cv.place, cv.legal_basis AS "legalBasis",
         cv.rendered_text AS "renderedText", cv.text_sha256 AS "textSha256", cv.created_at AS "createdAt", cv.acknowledged_at AS "acknowledgedAt"
    FROM agenda.convocations cv
    JOIN agenda.appointments a ON a.id = cv.appointment_id
    JOIN agenda.slots s ON s.id = a.slot_id
    JOIN agenda.service_types t ON t.id = s.service_type_id`;

/** Every query of convocations. */
@Injectable()
export class ConvocationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    m: EntityManager,
    c: {
      citizenId: string;
      citizenFiscalCode: string;
      officeId: string;
      appointmentId: string;
      startsAt: Date;
      channel: string;
      place: string;
      legalBasis: string;
      renderedText: string;
      textSha256: string;
      createdBy: string;
      invitationId: string | null;
    },
  ): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO agenda.convocations (citizen_id, citizen_fiscal_code, office_id, appointment_id, starts_at, channel, place, legal_basis, rendered_text, text_sha256, created_by, invitation_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id`,
      [c.citizenId, c.citizenFiscalCode, c.officeId, c.appointmentId, c.startsAt, c.channel, c.place, c.legalBasis, c.renderedText, c.textSha256, c.createdBy, c.invitationId],
    )) as { id: string }[];
    return (row as { id: string }).id;
  }

  async byId(id: string): Promise<ConvocationRecord | null> {
    const [row] = (await this.db.query(`${CONVOCATION_SELECT} WHERE cv.id = $1`, [id])) as ConvocationRecord[];
    return row ?? null;
  }
  ofOffice(officeId: string): Promise<ConvocationRecord[]> {
    return this.db.query(`${CONVOCATION_SELECT} WHERE cv.office_id = $1 ORDER BY cv.created_at DESC LIMIT 200`, [officeId]);
  }
  ofCitizen(fiscalCode: string): Promise<ConvocationRecord[]> {
    return this.db.query(`${CONVOCATION_SELECT} WHERE cv.citizen_fiscal_code = $1 ORDER BY cv.starts_at DESC LIMIT 100`, [fiscalCode]);
  }

  /** The person's own convocation, locked (null when it is not theirs). */
  async lockOwn(m: EntityManager, id: string, fiscalCode: string): Promise<{ id: string; acknowledgedAt: Date | null; officeId: string } | null> {
    const [row] = (await m.query(
      `SELECT id, acknowledged_at AS "acknowledgedAt", office_id AS "officeId" FROM agenda.convocations WHERE id = $1 AND citizen_fiscal_code = $2 FOR UPDATE`,
      [id, fiscalCode],
    )) as { id: string; acknowledgedAt: Date | null; officeId: string }[];
    return row ?? null;
  }
  async acknowledge(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE agenda.convocations SET acknowledged_at = now() WHERE id = $1`, [id]);
  }
}
