import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** An invitation as the agenda stores it, with its service (the person and office by id). */
export interface InvitationRecord {
  id: string;
  citizenId: string;
  citizenFiscalCode: string;
  officeId: string;
  serviceTypeId: string;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  status: string;
  expiresAt: Date;
  createdAt: Date;
  reminderSentAt: Date | null;
  appointmentId: string | null;
  convocationId: string | null;
  tokenHash: string;
}
const INVITATION_SELECT = `
  SELECT i.id, i.citizen_id AS "citizenId", i.citizen_fiscal_code AS "citizenFiscalCode", i.office_id AS "officeId",
         i.service_type_id AS "serviceTypeId", t.code AS "serviceCode", t.name_it AS "serviceName", t.name_en AS "serviceNameEn", i.status, i.expires_at AS "expiresAt",
         i.created_at AS "createdAt", i.reminder_sent_at AS "reminderSentAt", i.appointment_id AS "appointmentId", i.convocation_id AS "convocationId",
         i.token_hash AS "tokenHash"
    FROM agenda.invitations i
    JOIN agenda.service_types t ON t.id = i.service_type_id`;

/** Every query of invitations ("choose a slot within N days"). */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    m: EntityManager,
    i: { id: string; citizenId: string; citizenFiscalCode: string; officeId: string; serviceTypeId: string; tokenHash: string; expiresAt: Date; createdBy: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO agenda.invitations (id, citizen_id, citizen_fiscal_code, office_id, service_type_id, token_hash, expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [i.id, i.citizenId, i.citizenFiscalCode, i.officeId, i.serviceTypeId, i.tokenHash, i.expiresAt, i.createdBy],
    );
  }

  byIds(ids: string[]): Promise<InvitationRecord[]> {
    return this.db.query(`${INVITATION_SELECT} WHERE i.id = ANY($1::uuid[])`, [ids]);
  }
  ofOffice(officeId: string): Promise<InvitationRecord[]> {
    return this.db.query(`${INVITATION_SELECT} WHERE i.office_id = $1 ORDER BY i.created_at DESC LIMIT 200`, [officeId]);
  }
  /** The invitation holding this token hash, locked FOR UPDATE when `lock` (inside the transaction of `m`). */
  async byTokenHash(tokenHash: string, m: EntityManager = this.db.manager, lock = false): Promise<InvitationRecord | null> {
    const [row] = (await m.query(`${INVITATION_SELECT} WHERE i.token_hash = $1${lock ? ' FOR UPDATE OF i' : ''}`, [tokenHash])) as InvitationRecord[];
    return row ?? null;
  }

  async markBooked(m: EntityManager, id: string, appointmentId: string): Promise<void> {
    await m.query(`UPDATE agenda.invitations SET status = 'booked', appointment_id = $2 WHERE id = $1`, [id, appointmentId]);
  }

  /** Unanswered invitations sent at least `days` days before `now` and not yet reminded (oldest first, at most 500). */
  dueForReminder(now: Date, days: number): Promise<InvitationRecord[]> {
    return this.db.query(
      `${INVITATION_SELECT} WHERE i.status = 'sent' AND i.reminder_sent_at IS NULL AND i.expires_at > $1
          AND i.created_at <= $1 - make_interval(days => $2) ORDER BY i.created_at LIMIT 500`,
      [now, days],
    );
  }
  /** Marks the reminder as sent, once: false when another worker (or an answer) came first. */
  async claimReminder(m: EntityManager, id: string): Promise<boolean> {
    const [rows] = (await m.query(`UPDATE agenda.invitations SET reminder_sent_at = now() WHERE id = $1 AND reminder_sent_at IS NULL AND status = 'sent' RETURNING id`, [id])) as [
      unknown[],
      number,
    ];
    return rows.length > 0;
  }
  async expireOverdue(now: Date): Promise<number> {
    const [rows] = (await this.db.query(`UPDATE agenda.invitations SET status = 'expired' WHERE status = 'sent' AND expires_at <= $1 RETURNING id`, [now])) as [unknown[], number];
    return rows.length;
  }

  /** The first opening of the link (the funnel's "opened link"); later openings change nothing. */
  async markOpened(id: string): Promise<void> {
    await this.db.query(`UPDATE agenda.invitations SET opened_at = now() WHERE id = $1 AND opened_at IS NULL`, [id]);
  }
  /** People of these offices with an invitation sent since `since` that ran out unanswered (outreach segment). */
  async unansweredSince(officeIds: string[], since: Date, now: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT citizen_id AS "citizenId" FROM agenda.invitations
        WHERE office_id = ANY($1::uuid[]) AND created_at >= $2 AND (status = 'expired' OR (status = 'sent' AND expires_at <= $3))`,
      [officeIds, since, now],
    )) as { citizenId: string }[];
    return rows.map((r) => r.citizenId);
  }
  /** Opened, booked and attended per invitation (an outreach campaign's funnel). */
  outcomes(ids: string[]): Promise<{ id: string; opened: boolean; booked: boolean; attended: boolean }[]> {
    return this.db.query(
      `SELECT i.id, i.opened_at IS NOT NULL AS opened, i.appointment_id IS NOT NULL AS booked, coalesce(a.status = 'attended', false) AS attended
         FROM agenda.invitations i LEFT JOIN agenda.appointments a ON a.id = i.appointment_id
        WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The invitation a convocation follows up, locked. */
  async lockForEscalation(m: EntityManager, id: string): Promise<{ status: string; fiscalCode: string; officeId: string } | null> {
    const [inv] = (await m.query(`SELECT status, citizen_fiscal_code AS "fiscalCode", office_id AS "officeId" FROM agenda.invitations WHERE id = $1 FOR UPDATE`, [id])) as {
      status: string;
      fiscalCode: string;
      officeId: string;
    }[];
    return inv ?? null;
  }
  async markEscalated(m: EntityManager, id: string, convocationId: string): Promise<void> {
    await m.query(`UPDATE agenda.invitations SET status = 'escalated', convocation_id = $2 WHERE id = $1`, [id, convocationId]);
  }
}
