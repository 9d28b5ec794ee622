import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type ConvocationResponse, type CreateConvocationBody, type DeliveryResponse } from '@opencpi/contracts';
import { Env } from '../../config/env';
import { AuditService } from '../../platform/audit/audit.service';
import { EventOutbox } from '../../platform/events/event-outbox';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { NotificationsService, type Delivery } from '../notifications/notifications.service';
import { RegistryService } from '../registry/registry.service';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { romeParts } from './domain/rome-time';

interface ConvocationRow {
  id: string; appointmentId: string; appointmentStatus: string; citizenFiscalCode: string; citizenName: string; serviceName: string; officeId: string;
  officeName: string; startsAt: Date; channel: string; place: string; legalBasis: string; renderedText: string; textSha256: string;
  createdAt: Date; acknowledgedAt: Date | null;
}
const CONVOCATION_SELECT = `
  SELECT cv.id, cv.appointment_id AS "appointmentId", a.status AS "appointmentStatus", cv.citizen_fiscal_code AS "citizenFiscalCode",
         c.given_name || ' ' || c.family_name AS "citizenName", t.name_it AS "serviceName", cv.office_id AS "officeId", o.name AS "officeName",
         cv.starts_at AS "startsAt", cv.channel, cv.place, cv.legal_basis AS "legalBasis", cv.rendered_text AS "renderedText",
         cv.text_sha256 AS "textSha256", cv.created_at AS "createdAt", cv.acknowledged_at AS "acknowledgedAt"
    FROM agenda.convocations cv
    JOIN agenda.appointments a ON a.id = cv.appointment_id
    JOIN agenda.slots s ON s.id = a.slot_id
    JOIN agenda.service_types t ON t.id = s.service_type_id
    JOIN registry.offices o ON o.id = cv.office_id
    JOIN registry.citizens c ON c.id = cv.citizen_id`;

const CHANNEL_IT: Record<string, string> = { in_person: 'in presenza', video: 'in videochiamata', phone: 'per telefono' };

/** Masks an address for display: the proof keeps the whole one, the screen shows enough to recognise it. */
export function maskAddress(channel: string, address: string): string {
  if (channel === 'email') {
    const [user, domain] = address.split('@');
    return `${(user ?? '').slice(0, 2)}***@${domain ?? ''}`;
  }
  return address.length > 4 ? `${'*'.repeat(address.length - 4)}${address.slice(-4)}` : address;
}

/**
 * Convocations: a fixed appointment with a legal basis. The text the person receives is rendered once, stored
 * with its SHA-256 (the database refuses any later change to text, hash, time or place), sent through the person's
 * channels with every delivery attempt logged, and acknowledged by the person. Attendance on it is published by
 * AgendaService.recordAttendance as `attendance.recorded` with the convocation id.
 */
@Injectable()
export class ConvocationsService {
  constructor(
    private readonly events: EventOutbox,
    private readonly repo: AgendaRepository,
    private readonly agenda: AgendaService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly env: Env,
  ) {}

  async create(ctx: RequestContext, body: CreateConvocationBody): Promise<ConvocationResponse> {
    const citizen = await this.registry.citizenRef(body.fiscalCode.toUpperCase());
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND, 'No person with this fiscal code in the registry', [{ pointer: '/fiscalCode', detail: 'not in the registry' }]);
    const { id } = await this.repo.db.transaction(async (m) => {
      const slot = await this.repo.slot(body.slotId, m);
      if (!slot || !ctx.principal.staff?.officeIds.includes(slot.officeId)) {
        throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot in your offices' }]);
      }
      if (body.invitationId) {
        const [inv] = (await m.query(
          `SELECT status, citizen_fiscal_code AS "fiscalCode", office_id AS "officeId" FROM agenda.invitations WHERE id = $1 FOR UPDATE`, [body.invitationId],
        )) as { status: string; fiscalCode: string; officeId: string }[];
        if (!inv || inv.fiscalCode !== citizen.fiscalCode || !ctx.principal.staff?.officeIds.includes(inv.officeId)) {
          throw new DomainError(ErrorCode.INVITATION_NOT_FOUND, undefined, [{ pointer: '/invitationId', detail: 'no such invitation for this person' }]);
        }
        if (!['sent', 'expired'].includes(inv.status)) throw new DomainError(ErrorCode.INVITATION_USED, `The invitation is ${inv.status}`, [{ pointer: '/invitationId', detail: inv.status }]);
      }
      const booked = await this.agenda.bookIn(m, ctx, citizen, { slotId: body.slotId, channel: body.channel }, 'convocation', { notify: false });
      const a = await this.repo.appointment(booked.appointmentId, m);
      if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
      const local = romeParts(new Date(a.startsAt));
      const date = local.date.split('-').reverse().join('/');
      const place = body.channel === 'in_person' ? `${a.officeName}, ${a.officeAddress}`
        : body.channel === 'video' ? 'Videochiamata: il collegamento compare nella sua area personale 15 minuti prima dell\'inizio'
          : 'Telefonata del Centro per l\'Impiego al suo numero di cellulare';
      // The text is rendered once and kept verbatim: it is the proof of what the person was told.
      const text = [
        `Gentile ${citizen.givenName} ${citizen.familyName} (codice fiscale ${citizen.fiscalCode}),`,
        `il ${a.officeName} la convoca ${CHANNEL_IT[body.channel]} il ${date} alle ore ${local.time} per: ${a.serviceNameIt}.`,
        `Luogo: ${place}.`,
        `Riferimento normativo: ${body.legalBasis}.`,
        'Se non può presentarsi, avvisi il Centro per l\'Impiego prima della data indicando il motivo: un giustificato motivo va comunicato e documentato.',
        'Se ha bisogno di aiuto, di un interprete o di un accomodamento per disabilità, lo segnali al Centro per l\'Impiego.',
      ].join('\n');
      const sha = createHash('sha256').update(text, 'utf8').digest('hex');
      const [row] = (await m.query(
        `INSERT INTO agenda.convocations (citizen_id, citizen_fiscal_code, office_id, appointment_id, starts_at, channel, place, legal_basis, rendered_text, text_sha256, created_by, invitation_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id`,
        [citizen.id, citizen.fiscalCode, slot.officeId, a.id, a.startsAt, body.channel, place.slice(0, 300), body.legalBasis, text, sha, ctx.principal.fiscalCode, body.invitationId ?? null],
      )) as { id: string }[];
      const id = (row as { id: string }).id;
      if (body.invitationId) await m.query(`UPDATE agenda.invitations SET status = 'escalated', convocation_id = $2 WHERE id = $1`, [body.invitationId, id]);
      const recipient = { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone };
      await this.notifications.enqueue(m, {
        key: `convocation:${id}:sent`, recipient, template: 'convocation.sent',
        vars: { text, service: a.serviceNameIt, date, time: local.time, link: `${this.env.CITIZEN_WEB_URL}/appuntamenti` },
      });
      await this.agenda.notifyBooking(m, a.id, citizen, { confirmation: false });
      await this.events.publish(m, { type: 'convocation.issued', aggregateType: 'convocation', aggregateId: id, payload: {
        convocationId: id, appointmentId: a.id, citizenFiscalCode: citizen.fiscalCode, officeId: slot.officeId, startsAt: new Date(a.startsAt).toISOString(),
        channel: body.channel, legalBasis: body.legalBasis, textSha256: sha, invitationId: body.invitationId ?? null, issuedBy: ctx.principal.fiscalCode,
      } });
      await this.audit.record(ctx, { action: 'agenda.convocation.create', resourceType: 'convocation', resourceId: id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: slot.officeId, details: { appointmentId: a.id, invitationId: body.invitationId ?? null } }, m);
      return { id };
    });
    return this.detail(ctx, id, false);
  }

  /** One convocation for an operator of its office, with every delivery attempt. */
  async detail(ctx: RequestContext, id: string, audit = true): Promise<ConvocationResponse> {
    const [row] = (await this.repo.db.query(`${CONVOCATION_SELECT} WHERE cv.id = $1`, [id])) as ConvocationRow[];
    if (!row || !ctx.principal.staff?.officeIds.includes(row.officeId)) throw new DomainError(ErrorCode.CONVOCATION_NOT_FOUND);
    if (audit) await this.audit.record(ctx, { action: 'agenda.convocation.read', resourceType: 'convocation', resourceId: id, subjectFiscalCode: row.citizenFiscalCode, actorOfficeId: row.officeId });
    const deliveries = await this.notifications.deliveriesFor(`convocation:${id}:`);
    return { ...this.toResponse(row), deliveries: deliveries.map(toDelivery) };
  }

  async listForOffice(ctx: RequestContext, officeId: string): Promise<ConvocationResponse[]> {
    if (!ctx.principal.staff?.officeIds.includes(officeId)) throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, undefined, [{ pointer: '/officeId', detail: 'not one of your offices' }]);
    const rows: ConvocationRow[] = await this.repo.db.query(`${CONVOCATION_SELECT} WHERE cv.office_id = $1 ORDER BY cv.created_at DESC LIMIT 200`, [officeId]);
    await this.audit.record(ctx, rows.map((r) => ({ action: 'agenda.convocation.read', resourceType: 'convocation', resourceId: r.id, subjectFiscalCode: r.citizenFiscalCode, actorOfficeId: officeId })));
    return rows.map((r) => this.toResponse(r));
  }

  async mine(ctx: RequestContext): Promise<ConvocationResponse[]> {
    const rows: ConvocationRow[] = await this.repo.db.query(`${CONVOCATION_SELECT} WHERE cv.citizen_fiscal_code = $1 ORDER BY cv.starts_at DESC LIMIT 100`, [ctx.principal.fiscalCode]);
    return rows.map((r) => this.toResponse(r));
  }

  /** The person confirms they received it: kept with time and origin; once. */
  async acknowledge(ctx: RequestContext, id: string): Promise<ConvocationResponse> {
    await this.repo.db.transaction(async (m) => {
      const [row] = (await m.query(
        `SELECT id, acknowledged_at AS "acknowledgedAt", office_id AS "officeId" FROM agenda.convocations WHERE id = $1 AND citizen_fiscal_code = $2 FOR UPDATE`,
        [id, ctx.principal.fiscalCode],
      )) as { id: string; acknowledgedAt: Date | null; officeId: string }[];
      if (!row) throw new DomainError(ErrorCode.CONVOCATION_NOT_FOUND);
      if (row.acknowledgedAt) return;
      await m.query(`UPDATE agenda.convocations SET acknowledged_at = now() WHERE id = $1`, [id]);
      await this.events.publish(m, { type: 'convocation.acknowledged', aggregateType: 'convocation', aggregateId: id, payload: { convocationId: id, citizenFiscalCode: ctx.principal.fiscalCode, ip: ctx.ip ?? null, userAgent: ctx.userAgent ?? null } });
      await this.audit.record(ctx, { action: 'agenda.convocation.acknowledge', resourceType: 'convocation', resourceId: id, subjectFiscalCode: ctx.principal.fiscalCode, actorOfficeId: row.officeId }, m);
    });
    const [row] = (await this.repo.db.query(`${CONVOCATION_SELECT} WHERE cv.id = $1`, [id])) as ConvocationRow[];
    return this.toResponse(row as ConvocationRow);
  }

  private toResponse(r: ConvocationRow): ConvocationResponse {
    const local = romeParts(new Date(r.startsAt));
    return {
      id: r.id, appointmentId: r.appointmentId, appointmentStatus: r.appointmentStatus, citizenFiscalCode: r.citizenFiscalCode, citizenName: r.citizenName,
      serviceName: r.serviceName, officeName: r.officeName, startsAt: new Date(r.startsAt).toISOString(), localDate: local.date, localTime: local.time,
      channel: r.channel, place: r.place, legalBasis: r.legalBasis, text: r.renderedText, textSha256: r.textSha256, createdAt: new Date(r.createdAt).toISOString(),
      ...(r.acknowledgedAt ? { acknowledgedAt: new Date(r.acknowledgedAt).toISOString() } : {}),
    };
  }
}

function toDelivery(d: Delivery): DeliveryResponse {
  return {
    channel: d.channel, address: maskAddress(d.channel, d.address), status: d.status,
    ...(d.providerMessageId ? { providerMessageId: d.providerMessageId } : {}),
    ...(d.sentAt ? { sentAt: new Date(d.sentAt).toISOString() } : {}),
    ...(d.receiptStatus ? { receiptStatus: d.receiptStatus } : {}),
    ...(d.receiptAt ? { receiptAt: new Date(d.receiptAt).toISOString() } : {}),
    attempts: d.attempts.map((x) => ({
      attempt: x.attempt, startedAt: new Date(x.startedAt).toISOString(), outcome: x.outcome,
      ...(x.providerMessageId ? { providerMessageId: x.providerMessageId } : {}), ...(x.error ? { error: x.error } : {}),
    })),
  };
}
