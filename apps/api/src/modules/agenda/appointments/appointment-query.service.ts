import { Injectable } from '@nestjs/common';
import { ErrorCode, type AppointmentResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../platform/errors/domain-error';
import type { Locale } from '../../../platform/i18n/locale';
import { RegistryService } from '../../registry/registry.service';
import { toAppointmentResponse } from '../agenda.mapper';
import { AgendaRepository, type AppointmentRecord, type AppointmentRow } from '../agenda.repository';
import { AppointmentLinks } from './appointment-links';

/**
 * Appointments as the screens and messages show them: the agenda's records with what registry reports of their
 * office (name, address) and, for the back office, their person (name), read through RegistryService in one
 * batched call per kind whatever the number of rows (never a join into registry's tables).
 */
@Injectable()
export class AppointmentQueryService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly registry: RegistryService,
    private readonly links: AppointmentLinks,
  ) {}

  async compose(records: AppointmentRecord[], withCitizens = false): Promise<AppointmentRow[]> {
    if (records.length === 0) return [];
    const [offices, citizens] = await Promise.all([
      this.registry.officesByIds(records.map((r) => r.officeId)),
      withCitizens ? this.registry.citizensByIds([...new Set(records.map((r) => r.citizenId))]) : Promise.resolve(new Map<string, never>()),
    ]);
    return records.map((r) => {
      const office = offices.get(r.officeId);
      const citizen = citizens.get(r.citizenId);
      return {
        ...r,
        officeName: office?.name ?? '',
        officeAddress: office ? `${office.address}, ${office.comuneName}` : '',
        citizenName: citizen ? `${citizen.givenName} ${citizen.familyName}` : null,
      };
    });
  }

  /** One appointment (locked FOR UPDATE when `lock`, inside the transaction of `m`), or null. */
  async one(id: string, opts: { m?: EntityManager; lock?: boolean; withCitizen?: boolean } = {}): Promise<AppointmentRow | null> {
    const record = await this.repo.appointment(id, opts.m, opts.lock);
    return record ? ((await this.compose([record], opts.withCitizen))[0] ?? null) : null;
  }

  async ofCitizen(fiscalCode: string): Promise<AppointmentRow[]> {
    return this.compose(await this.repo.appointmentsOf(fiscalCode));
  }

  /** The appointments of these slots, with their people (the office's calendar), in booking order. */
  async ofSlots(slotIds: string[]): Promise<AppointmentRow[]> {
    return this.compose(await this.repo.appointmentsOfSlots(slotIds), true);
  }

  /** Several appointments' responses, in the order of `ids` (unknown ids skipped): three reads in all. */
  async responses(ids: string[], withCitizen = false): Promise<AppointmentResponse[]> {
    const byId = new Map((await this.compose(await this.repo.appointmentsByIds(ids), withCitizen)).map((a) => [a.id, a]));
    return ids.flatMap((id) => {
      const a = byId.get(id);
      return a ? [toAppointmentResponse(a, { withCitizen, videoRoom: this.links.videoRoom })] : [];
    });
  }

  /** One appointment's response, its service named in `locale` (the reader's). */
  async response(id: string, withCitizen = false, locale: Locale = 'it'): Promise<AppointmentResponse> {
    const a = await this.one(id, { withCitizen });
    if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    return toAppointmentResponse(a, { withCitizen, locale, videoRoom: this.links.videoRoom });
  }
}
