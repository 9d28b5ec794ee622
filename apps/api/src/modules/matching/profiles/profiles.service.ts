import { Injectable } from '@nestjs/common';
import { ErrorCode, type ProfileResponse, type SaveProfileBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { MatchingRepository } from '../matching.repository';
import type { ProfileEntity } from '../entities/profile.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { profileKeys } from '../engine/match-keys';
import { renderCv } from './cv-pdf';
import { languagesWithRank } from './profile-languages';
import { ProfilesRepository } from './profiles.repository';

/** The person's professional profile: pre-filled from the DID and the registry, never asked twice; CV as PDF. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly repo: ProfilesRepository,
    private readonly matching: MatchingRepository,
    private readonly registry: RegistryService,
    private readonly taxonomy: TaxonomyService,
    private readonly did: DidService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Whether the person has saved a profile (a prepared statement, for pages that only branch on it). */
  hasProfile(citizenId: string): Promise<boolean> {
    return this.matching.hasProfile(citizenId);
  }

  profileOf(citizenId: string): Promise<ProfileEntity | null> {
    return this.repo.byCitizen(citizenId);
  }

  async mine(ctx: RequestContext): Promise<ProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.audit.record(ctx, { action: 'matching.profile.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.toResponse(me, await this.profileOf(me.id));
  }

  private async toResponse(me: CitizenRef, p: ProfileEntity | null): Promise<ProfileResponse> {
    if (!p) {
      // not saved yet: what the DID and the registry (its query service) already say; the domicile only if it is one of our comuni
      const [did, details] = await Promise.all([this.did.activeDid(me.id), this.registry.citizenDetails(me.id)]);
      const istat = details?.domicileIstat ?? null;
      const known = istat ? await this.taxonomy.comuneNames([istat]) : new Map<string, string>();
      return {
        saved: false,
        visibility: 'cpi_agencies',
        ...(istat && known.has(istat) ? { comuneIstat: istat, comuneName: details?.domicile ?? known.get(istat) ?? '' } : {}),
        maxKm: 30,
        ownVehicle: false,
        hours: 'any',
        shifts: true,
        contractTypes: [],
        targetOccupations: [],
        skills: [],
        experiences: (did?.sap.jobs ?? []).map((j) => ({ title: j.occupation, ...(j.employer ? { employer: j.employer } : {}), from: j.from, ...(j.to ? { to: j.to } : {}) })),
        education: (did?.sap.education ?? []).map((e) => ({ title: e.title, eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })),
        languages: (did?.sap.languages ?? []).map((l) => ({ language: l.language, level: l.level })),
        licences: did?.sap.licences ?? [],
        available: true,
        suggestedSkills: [],
      };
    }
    const occ = await this.taxonomy.occupations([...p.targetOccupationIds, ...p.experiences.flatMap((e) => (e.occupationId ? [e.occupationId] : []))]);
    const suggested = (await this.taxonomy.essentialSkills(p.targetOccupationIds)).filter((id) => !p.skillIds.includes(id)).slice(0, 15);
    const labels = await this.taxonomy.skillLabels([...p.skillIds, ...suggested]);
    const names = p.comuneIstat ? await this.taxonomy.comuneNames([p.comuneIstat]) : new Map<string, string>();
    return {
      saved: true,
      visibility: p.visibility,
      ...(p.comuneIstat ? { comuneIstat: p.comuneIstat, comuneName: names.get(p.comuneIstat) ?? '' } : {}),
      maxKm: p.maxKm,
      ...(p.maxMinutes ? { maxMinutes: p.maxMinutes } : {}),
      ownVehicle: p.ownVehicle,
      hours: p.hours,
      shifts: p.shifts,
      contractTypes: p.contractTypes,
      targetOccupations: p.targetOccupationIds.map((id) => ({ id, label: occ.get(id)?.label ?? '' })),
      skills: p.skillIds.map((id) => ({ id, label: labels.get(id) ?? '' })),
      experiences: p.experiences.map((e) => ({
        ...(e.occupationId ? { occupationId: e.occupationId, occupationLabel: occ.get(e.occupationId)?.label ?? '' } : {}),
        title: e.title,
        ...(e.employer ? { employer: e.employer } : {}),
        from: e.from,
        ...(e.to ? { to: e.to } : {}),
        ...(e.tasks ? { tasks: e.tasks } : {}),
      })),
      education: p.education,
      languages: p.languages.map((l) => ({ language: l.language, level: l.level })),
      licences: p.licences,
      available: p.available,
      suggestedSkills: suggested.map((id) => ({ id, label: labels.get(id) ?? '' })),
    };
  }

  async save(ctx: RequestContext, body: SaveProfileBody): Promise<ProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const skillIds = [...new Set(body.skillIds)];
    const targets = [...new Set(body.targetOccupationIds)];
    await this.taxonomy.requireSkills(skillIds, (i) => `/skillIds/${body.skillIds.indexOf(skillIds[i]!)}`);
    const expOcc = body.experiences.flatMap((e) => (e.occupationId ? [e.occupationId] : []));
    const occ = await this.taxonomy.requireOccupations([...targets, ...expOcc], (i) =>
      i < targets.length ? `/targetOccupationIds/${i}` : `/experiences/${i - targets.length}/occupationId`,
    );
    const backwards = body.experiences.findIndex((e) => !!e.to && e.to < e.from);
    if (backwards >= 0)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'to before from', [
        { pointer: `/experiences/${backwards}/to`, detail: 'to must not be before from', constraint: 'order' },
      ]);
    const comune = await this.taxonomy.comune(body.comuneIstat);
    const occupationIds = [...new Set([...targets, ...expOcc])];
    const iscoGroups = [...new Set(occupationIds.map((id) => Math.floor(Number(occ.get(id)!.iscoCode) / 10)))];
    await this.repo.transaction(async (m) => {
      await this.repo.upsert(m, {
        citizenId: me.id,
        visibility: body.visibility,
        comuneIstat: comune.istat,
        location: `(${comune.lon},${comune.lat})`,
        maxKm: body.maxKm,
        maxMinutes: body.maxMinutes ?? null,
        ownVehicle: body.ownVehicle,
        hours: body.hours,
        shifts: body.shifts,
        contractTypes: [...new Set(body.contractTypes)],
        targetOccupationIds: targets,
        occupationIds,
        iscoGroups,
        skillIds,
        matchKeys: profileKeys(skillIds, comune.lat, comune.lon),
        eqf: Math.max(0, ...body.education.map((e) => e.eqfLevel)),
        languages: languagesWithRank(body.languages),
        licences: [...new Set(body.licences)],
        experiences: body.experiences.map((e) => ({
          occupationId: e.occupationId ?? null,
          title: e.title.trim(),
          ...(e.employer ? { employer: e.employer.trim() } : {}),
          from: e.from,
          ...(e.to ? { to: e.to } : {}),
          ...(e.tasks ? { tasks: e.tasks.trim() } : {}),
        })),
        education: body.education.map((e) => ({ title: e.title.trim(), eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })),
        available: body.available,
      });
      await this.audit.record(
        ctx,
        { action: 'matching.profile.saved', resourceType: 'profile', resourceId: me.id, subjectFiscalCode: me.fiscalCode, details: { visibility: body.visibility } },
        m,
      );
    });
    return this.toResponse(me, await this.profileOf(me.id));
  }

  /** A Europass-style CV (personal data, experience, education, languages, skills, licences) as PDF, in the person's language. */
  async cv(ctx: RequestContext): Promise<Buffer> {
    const me = await this.registry.selfAsCitizen(ctx);
    const [profile, details, locale] = await Promise.all([
      this.profileOf(me.id).then((p) => this.toResponse(me, p)),
      this.registry.citizenDetails(me.id),
      this.notifications.localeOf(me.fiscalCode),
    ]);
    await this.audit.record(ctx, { action: 'matching.profile.cv', resourceType: 'profile', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return renderCv(locale, { ...me, domicile: details?.domicile ?? null, birthDate: details?.birthDate ?? null }, profile);
  }
}
