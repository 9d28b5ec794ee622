import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type ProfileResponse, type SaveProfileBody } from '@opencpi/contracts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { MatchingRepository } from '../matching.repository';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { ProfileEntity, type ProfileLanguage } from '../entities/profile.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { profileKeys } from '../engine/match-keys';

export const CEFR_RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };
export const languagesWithRank = (ls: { language: string; level: string }[]): ProfileLanguage[] =>
  ls.map((l) => ({ language: l.language, level: l.level, rank: CEFR_RANK[l.level] ?? 0 }));

/** The person's professional profile: pre-filled from the DID and the registry, never asked twice; CV as PDF. */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: MatchingRepository,
    private readonly registry: RegistryService,
    private readonly taxonomy: TaxonomyService,
    private readonly did: DidService,
    private readonly audit: AuditService,
  ) {}

  /** Whether the person has saved a profile (a prepared statement, for pages that only branch on it). */
  hasProfile(citizenId: string): Promise<boolean> {
    return this.repo.hasProfile(citizenId);
  }

  profileOf(citizenId: string): Promise<ProfileEntity | null> {
    return this.db.getRepository(ProfileEntity).findOneBy({ citizenId });
  }

  async mine(ctx: RequestContext): Promise<ProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.audit.record(ctx, { action: 'matching.profile.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.toResponse(me, await this.profileOf(me.id));
  }

  private async toResponse(me: CitizenRef, p: ProfileEntity | null): Promise<ProfileResponse> {
    if (!p) {
      // not saved yet: what the DID and the registry already say
      const [did, details] = await Promise.all([this.did.activeDid(me.id), this.registry.citizenDetails(me.id)]);
      const comune = details ? (await this.db.query(`SELECT c.istat FROM matching.comuni c JOIN registry.citizens r ON r.domicile_comune_istat = c.istat WHERE r.id = $1`, [me.id])) as { istat: string }[] : [];
      return {
        saved: false, visibility: 'cpi_agencies', ...(comune[0] ? { comuneIstat: comune[0].istat, comuneName: details?.domicile ?? '' } : {}),
        maxKm: 30, ownVehicle: false, hours: 'any', shifts: true, contractTypes: [], targetOccupations: [], skills: [],
        experiences: (did?.sap.jobs ?? []).map((j) => ({ title: j.occupation, ...(j.employer ? { employer: j.employer } : {}), from: j.from, ...(j.to ? { to: j.to } : {}) })),
        education: (did?.sap.education ?? []).map((e) => ({ title: e.title, eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })),
        languages: (did?.sap.languages ?? []).map((l) => ({ language: l.language, level: l.level })),
        licences: did?.sap.licences ?? [], available: true, suggestedSkills: [],
      };
    }
    const occ = await this.taxonomy.occupations([...p.targetOccupationIds, ...p.experiences.flatMap((e) => (e.occupationId ? [e.occupationId] : []))]);
    const suggested = (await this.taxonomy.essentialSkills(p.targetOccupationIds)).filter((id) => !p.skillIds.includes(id)).slice(0, 15);
    const labels = await this.taxonomy.skillLabels([...p.skillIds, ...suggested]);
    const names = p.comuneIstat ? await this.taxonomy.comuneNames([p.comuneIstat]) : new Map<string, string>();
    return {
      saved: true, visibility: p.visibility, ...(p.comuneIstat ? { comuneIstat: p.comuneIstat, comuneName: names.get(p.comuneIstat) ?? '' } : {}),
      maxKm: p.maxKm, ...(p.maxMinutes ? { maxMinutes: p.maxMinutes } : {}), ownVehicle: p.ownVehicle, hours: p.hours, shifts: p.shifts,
      contractTypes: p.contractTypes, targetOccupations: p.targetOccupationIds.map((id) => ({ id, label: occ.get(id)?.label ?? '' })),
      skills: p.skillIds.map((id) => ({ id, label: labels.get(id) ?? '' })),
      experiences: p.experiences.map((e) => ({
        ...(e.occupationId ? { occupationId: e.occupationId, occupationLabel: occ.get(e.occupationId)?.label ?? '' } : {}), title: e.title,
        ...(e.employer ? { employer: e.employer } : {}), from: e.from, ...(e.to ? { to: e.to } : {}), ...(e.tasks ? { tasks: e.tasks } : {}),
      })),
      education: p.education, languages: p.languages.map((l) => ({ language: l.language, level: l.level })), licences: p.licences, available: p.available,
      suggestedSkills: suggested.map((id) => ({ id, label: labels.get(id) ?? '' })),
    };
  }

  async save(ctx: RequestContext, body: SaveProfileBody): Promise<ProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const skillIds = [...new Set(body.skillIds)];
    const targets = [...new Set(body.targetOccupationIds)];
    await this.taxonomy.requireSkills(skillIds, (i) => `/skillIds/${body.skillIds.indexOf(skillIds[i]!)}`);
    const expOcc = body.experiences.flatMap((e) => (e.occupationId ? [e.occupationId] : []));
    const occ = await this.taxonomy.requireOccupations([...targets, ...expOcc], (i) => (i < targets.length ? `/targetOccupationIds/${i}` : `/experiences/${i - targets.length}/occupationId`));
    const backwards = body.experiences.findIndex((e) => !!e.to && e.to < e.from);
    if (backwards >= 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'to before from', [{ pointer: `/experiences/${backwards}/to`, detail: 'to must not be before from', constraint: 'order' }]);
    const comune = await this.taxonomy.comune(body.comuneIstat);
    const occupationIds = [...new Set([...targets, ...expOcc])];
    const iscoGroups = [...new Set(occupationIds.map((id) => Math.floor(Number(occ.get(id)!.iscoCode) / 10)))];
    await this.db.transaction(async (m) => {
      await m.getRepository(ProfileEntity).upsert({
        citizenId: me.id, visibility: body.visibility, comuneIstat: comune.istat, location: `(${comune.lon},${comune.lat})`, maxKm: body.maxKm,
        maxMinutes: body.maxMinutes ?? null, ownVehicle: body.ownVehicle, hours: body.hours, shifts: body.shifts, contractTypes: [...new Set(body.contractTypes)],
        targetOccupationIds: targets, occupationIds, iscoGroups, skillIds, matchKeys: profileKeys(skillIds, comune.lat, comune.lon), eqf: Math.max(0, ...body.education.map((e) => e.eqfLevel)),
        languages: languagesWithRank(body.languages), licences: [...new Set(body.licences)],
        experiences: body.experiences.map((e) => ({ occupationId: e.occupationId ?? null, title: e.title.trim(), ...(e.employer ? { employer: e.employer.trim() } : {}), from: e.from, ...(e.to ? { to: e.to } : {}), ...(e.tasks ? { tasks: e.tasks.trim() } : {}) })),
        education: body.education.map((e) => ({ title: e.title.trim(), eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })), available: body.available,
      }, ['citizenId']);
      await this.audit.record(ctx, { action: 'matching.profile.saved', resourceType: 'profile', resourceId: me.id, subjectFiscalCode: me.fiscalCode, details: { visibility: body.visibility } }, m);
    });
    return this.toResponse(me, await this.profileOf(me.id));
  }

  /** A Europass-style CV (personal data, experience, education, languages, skills, licences) as PDF. */
  async cv(ctx: RequestContext): Promise<Buffer> {
    const me = await this.registry.selfAsCitizen(ctx);
    const profile = await this.toResponse(me, await this.profileOf(me.id));
    const details = await this.registry.citizenDetails(me.id);
    await this.audit.record(ctx, { action: 'matching.profile.cv', resourceType: 'profile', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    const pdf = await PDFDocument.create();
    pdf.setTitle(`Curriculum vitae – ${me.givenName} ${me.familyName}`);
    pdf.setLanguage('it-IT');
    pdf.setProducer('OpenCPI');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    let page = pdf.addPage([595, 842]);
    let y = 792;
    const safe = (s: string) => s.replace(/[^\x20-\x7E\xA0-\xFF\u2013\u2014\u2019\u20AC]/g, '?');
    const line = (text: string, f = font, size = 10, indent = 50) => {
      if (y < 60) { page = pdf.addPage([595, 842]); y = 792; }
      page.drawText(safe(text).slice(0, 110), { x: indent, y, size, font: f });
      y -= size * 1.5;
    };
    const section = (title: string) => { y -= 6; line(title.toUpperCase(), bold, 11); };
    line(`${me.givenName} ${me.familyName}`, bold, 18);
    line([details?.domicile, me.email, me.mobilePhone].filter(Boolean).join(' · '));
    if (details?.birthDate) line(`Data di nascita: ${details.birthDate.split('-').reverse().join('/')}`);
    section('Esperienza professionale');
    for (const e of profile.experiences) {
      line(`${e.from.split('-').reverse().join('/')} – ${e.to ? e.to.split('-').reverse().join('/') : 'oggi'}  ${e.title}${e.employer ? `, ${e.employer}` : ''}`, bold);
      if (e.occupationLabel) line(`Professione (ESCO): ${e.occupationLabel}`, font, 9, 60);
      if (e.tasks) line(e.tasks, font, 9, 60);
    }
    section('Istruzione e formazione');
    for (const e of profile.education) line(`${e.title} (livello EQF ${e.eqfLevel})${e.year ? `, ${e.year}` : ''}`);
    section('Competenze linguistiche');
    for (const l of profile.languages) line(`${l.language.toUpperCase()}: ${l.level === 'native' ? 'madrelingua' : l.level} (QCER)`);
    section('Competenze');
    for (const s of profile.skills) line(`• ${s.label}`);
    if (profile.licences.length) { section('Patenti'); line(profile.licences.join(', ')); }
    y -= 10;
    line('Autorizzo il trattamento dei dati personali ai sensi del Regolamento (UE) 2016/679.', font, 8);
    return Buffer.from(await pdf.save());
  }
}
