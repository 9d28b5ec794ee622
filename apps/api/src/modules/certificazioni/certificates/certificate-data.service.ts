import { Injectable } from '@nestjs/common';
import { ErrorCode, type CertificateKind, type PattoResponse } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { AgendaService } from '../../agenda/agenda.service';
import { DidService } from '../../patto/did/did.service';
import { PattoViewService } from '../../patto/patti/patto-view.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import type { CertificateSnapshot, SnapshotRow, SnapshotSection } from '../domain/certificate-snapshot';

type Did = Awaited<ReturnType<DidService['didsOf']>>[number];
const row = (label: SnapshotRow['label'], value: string | number | null | undefined, code = false): SnapshotRow[] =>
  value === null || value === undefined || value === '' ? [] : [{ label, value: String(value), ...(code ? { code } : {}) }];

/**
 * The data a certificate speaks of, read at issue time from the modules that own them (patto: DIDs, status, patti;
 * agenda: appointments; registry: the person and offices) through their exported services, never their tables.
 */
@Injectable()
export class CertificateDataService {
  constructor(
    private readonly env: Env,
    private readonly registry: RegistryService,
    private readonly dids: DidService,
    private readonly patti: PattoViewService,
    private readonly agenda: AgendaService,
  ) {}

  async snapshot(person: CitizenRef, kind: CertificateKind, opts: { atDate?: string; pattoId?: string }, now = new Date()): Promise<CertificateSnapshot> {
    const base = { kind, holder: { name: `${person.givenName} ${person.familyName}`, fiscalCode: person.fiscalCode }, issuer: this.env.ORG_NAME };
    switch (kind) {
      case 'status_attestation': {
        const atDate = opts.atDate ?? todayRome(now);
        if (atDate > todayRome(now))
          throw new DomainError(ErrorCode.CERTIFICATE_DATE_INVALID, 'atDate cannot be in the future', [
            { pointer: '/atDate', detail: 'atDate cannot be in the future', constraint: 'notFuture' },
          ]);
        return { ...base, atDate, sections: [await this.attestation(person.id, atDate)] };
      }
      case 'status_history':
        return { ...base, sections: await this.history(person.id, now) };
      case 'sap_extract':
        return { ...base, sections: await this.sap(person, now) };
      case 'patto_copy':
        return { ...base, sections: await this.pattoCopy(person.id, opts.pattoId) };
    }
  }

  /** The DID in force at the end of `date` (Rome), and the status derived from it on that date. */
  private async attestation(citizenId: string, date: string): Promise<SnapshotSection> {
    const all = await this.dids.didsOf(citizenId);
    const did = all.find((d) => todayRome(d.filedAt) <= date && (!d.revokedAt || todayRome(d.revokedAt) > date)) ?? null;
    const s = this.dids.statusOf(did, date);
    const office = did?.officeId ? (await this.registry.officeNames([did.officeId])).get(did.officeId) : undefined;
    return {
      key: 'attestation',
      rows: [
        ...row('status', s.status, true),
        ...row('since', s.since),
        ...row('monthsUnemployed', s.status === 'not_unemployed' ? null : s.monthsUnemployed),
        ...row('didFiledOn', did ? todayRome(did.filedAt) : null),
        ...row('workCondition', did?.workCondition, true),
        ...row('office', office),
      ],
    };
  }

  private async history(citizenId: string, now: Date): Promise<SnapshotSection[]> {
    const [dids, patti, events] = await Promise.all([this.dids.didsOf(citizenId), this.patti.pattiOfCitizen(citizenId), this.agenda.timelineOf(citizenId)]);
    const offices = await this.registry.officeNames([...dids.flatMap((d) => (d.officeId ? [d.officeId] : [])), ...patti.map((p) => p.officeId)]);
    const active = dids.find((d) => d.status === 'active') ?? null;
    const s = this.dids.statusOf(active, todayRome(now));
    return [
      { key: 'attestation', rows: [...row('status', s.status, true), ...row('since', s.since)] },
      { key: 'dids', rows: dids.flatMap((d) => this.didRows(d, offices)) },
      { key: 'patti', rows: patti.flatMap((p) => this.pattoRows(p)) },
      {
        key: 'events',
        rows: events.map((e) => ({
          label: 'event' as const,
          value: `${e.params['date'] ?? ''} ${e.params['time'] ?? ''} - ${e.params['serviceIt'] ?? ''} (${e.params['status'] ?? ''})`,
        })),
      },
    ];
  }

  private didRows(d: Did, offices: Map<string, string>): SnapshotRow[] {
    return [
      ...row('didFiledOn', todayRome(d.filedAt)),
      ...row('didRevokedOn', d.revokedAt ? todayRome(d.revokedAt) : null),
      ...row('workCondition', d.workCondition, true),
      ...row('office', d.officeId ? offices.get(d.officeId) : null),
    ];
  }

  private pattoRows(p: PattoResponse): SnapshotRow[] {
    const signed = [...p.versions].reverse().find((v) => v.signedAt);
    return [
      ...row('patto', `${p.id.slice(0, 8)} - ${p.officeName}`),
      ...row('version', signed?.version ?? p.currentVersion),
      ...row('status', p.status, true),
      ...row('signedAt', signed?.signedAt?.slice(0, 10)),
    ];
  }

  /** The SAP sections (domain.md §3) the system holds; the others are printed as empty (section 3 does not exist in the flow). */
  private async sap(person: CitizenRef, now: Date): Promise<SnapshotSection[]> {
    const [details, dids, patti] = await Promise.all([this.registry.citizenDetails(person.id), this.dids.didsOf(person.id), this.patti.pattiOfCitizen(person.id)]);
    const active = dids.find((d) => d.status === 'active') ?? null;
    const latest = active ?? dids[0] ?? null;
    const s = this.dids.statusOf(active, todayRome(now));
    return [
      {
        key: 's1_anagrafica',
        rows: [
          ...row('birthDate', details?.birthDate),
          ...row('gender', details?.gender, true),
          ...row('citizenship', latest?.citizenship),
          ...row('domicile', details?.domicile),
          ...row('email', person.email),
          ...row('mobilePhone', person.mobilePhone),
        ],
      },
      {
        key: 's2_amministrativi',
        rows: [
          ...row('status', s.status, true),
          ...row('since', s.since),
          ...row('monthsUnemployed', s.status === 'not_unemployed' ? null : s.monthsUnemployed),
          ...row('didFiledOn', active ? todayRome(active.filedAt) : null),
          ...row('benefit', active?.benefit, true),
          ...row('office', details?.officeName),
        ],
      },
      {
        key: 's4_esperienze',
        rows: (latest?.sap.jobs ?? []).map((j) => ({ label: 'job' as const, value: `${j.occupation}${j.employer ? ` - ${j.employer}` : ''} (${j.from} - ${j.to ?? '...'})` })),
      },
      {
        key: 's5_curriculari',
        rows: [
          ...(latest?.sap.education ?? []).map((e) => ({ label: 'education' as const, value: `${e.title} (EQF ${e.eqfLevel}${e.year ? `, ${e.year}` : ''})` })),
          ...(latest?.sap.languages ?? []).map((l) => ({ label: 'language' as const, value: `${l.language} ${l.level}` })),
          ...(latest?.sap.licences ?? []).map((l) => ({ label: 'licence' as const, value: l })),
        ],
      },
      { key: 's6_politiche', rows: patti.flatMap((p) => this.pattoRows(p)) },
    ];
  }

  /** The latest signed version of one of the person's patti: its text of record and its signatures. */
  private async pattoCopy(citizenId: string, pattoId: string | undefined): Promise<SnapshotSection[]> {
    const pointer = [{ pointer: '/pattoId', detail: 'a signed patto of yours is required', constraint: 'signedPatto' }];
    if (!pattoId) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'pattoId is required for a patto copy', [{ ...pointer[0]!, constraint: 'required' }]);
    const p = (await this.patti.pattiOfCitizen(citizenId)).find((x) => x.id === pattoId);
    const v = p ? [...p.versions].reverse().find((x) => x.signedAt && x.signatures.length > 0) : undefined;
    if (!p || !v) throw new DomainError(ErrorCode.CERTIFICATE_PATTO_NOT_SIGNED, 'The patto has no signed version', pointer);
    return [
      {
        key: 'patto',
        rows: [
          ...row('patto', `${p.id.slice(0, 8)} - ${p.officeName}`),
          ...row('version', v.version),
          ...row('signedAt', v.signedAt?.slice(0, 10)),
          ...row('textSha256', v.sha256),
        ],
      },
      {
        key: 'signatures',
        rows: v.signatures.map((g) => ({ label: 'signature' as const, value: `${g.signerName} (${g.party}, ${g.method}) ${g.signedAt.slice(0, 16).replace('T', ' ')} UTC` })),
      },
      { key: 'text', rows: [], text: v.fullText },
    ];
  }
}
