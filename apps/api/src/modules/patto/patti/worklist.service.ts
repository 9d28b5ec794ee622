import { Injectable } from '@nestjs/common';
import type { PersonOverviewResponse, WorklistItemResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { todayRome } from '../../../platform/time/rome-time';
import { AgendaService } from '../../agenda/agenda.service';
import { RegistryService } from '../../registry/registry.service';
import { DidRepository } from '../did/did.repository';
import { DidService, toChannelResponse, toDidResponse } from '../did/did.service';
import { toProfiling } from '../profiling/profiling.mapper';
import { ProfilingService } from '../profiling/profiling.service';
import { PattiRepository } from './patti.repository';
import { PattoScopeService } from './patto-scope.service';
import { PattoViewService } from './patto-view.service';

/** The operator's entry points to taking charge: the worklist of people to contact, and one person's overview. */
@Injectable()
export class WorklistService {
  constructor(
    private readonly dids: DidRepository,
    private readonly patti: PattiRepository,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly profiling: ProfilingService,
    private readonly view: PattoViewService,
    private readonly scope: PattoScopeService,
    private readonly agenda: AgendaService,
    private readonly audit: AuditService,
  ) {}

  /**
   * People of my offices with an active DID and no contact since (no appointment, profiling or patto): overdue or due
   * within 7 days. Names and office names come from the registry in one batch each; a person whose registry office
   * is no longer one of mine is left out.
   */
  async worklist(ctx: RequestContext, now = new Date()): Promise<WorklistItemResponse[]> {
    const staff = this.scope.staffOf(ctx);
    const today = todayRome(now);
    const rows = await this.dids.worklistRows(staff.officeIds, today);
    const [contacted, citizens] = await Promise.all([
      this.agenda.contactedSince(rows.map((r) => ({ citizenId: r.citizenId, since: new Date(r.filedAt) }))),
      this.registry.citizensByIds(rows.map((r) => r.citizenId)),
    ]);
    const inScope = rows.filter((r) => !contacted.has(r.citizenId) && staff.officeIds.includes(citizens.get(r.citizenId)?.officeId ?? ''));
    const offices = await this.registry.officeNames([...new Set(inScope.map((r) => citizens.get(r.citizenId)!.officeId!))]);
    const items = inScope.map((r) => {
      const c = citizens.get(r.citizenId)!;
      const daysOverdue = Math.round((Date.parse(today) - Date.parse(r.deadline)) / 86_400_000);
      return {
        citizenId: r.citizenId,
        fiscalCode: r.fiscalCode.trim(),
        name: `${c.givenName} ${c.familyName}`,
        officeName: offices.get(c.officeId!) ?? '',
        didFiledAt: new Date(r.filedAt).toISOString(),
        benefit: r.benefit,
        contactDeadline: r.deadline,
        daysOverdue,
        state: daysOverdue > 0 ? 'overdue' : 'due',
        ...(r.chosenChannel ? { chosenChannel: r.chosenChannel } : {}),
        needsHelp: r.needsHelp,
      };
    });
    await this.audit.record(
      ctx,
      items.map((i) => ({ action: 'patto.worklist.result', resourceType: 'citizen', resourceId: i.citizenId, subjectFiscalCode: i.fiscalCode })),
    );
    return items;
  }

  async personOverview(ctx: RequestContext, citizenId: string): Promise<PersonOverviewResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.person.read');
    const [did, channel, profiling, patto] = await Promise.all([
      this.did.activeDid(citizen.id),
      this.did.channelOf(citizen.id),
      this.profiling.latest(citizen.id),
      this.patti.latestOf(citizen.id),
    ]);
    const s = this.did.statusOf(did);
    return {
      citizenId: citizen.id,
      fiscalCode: citizen.fiscalCode,
      name: `${citizen.givenName} ${citizen.familyName}`,
      ...(did ? { did: toDidResponse(did) } : {}),
      employmentStatus: { status: s.status, ...(s.since ? { since: s.since } : {}), monthsUnemployed: s.monthsUnemployed, derivation: s.derivation },
      channel: toChannelResponse(channel),
      ...(profiling ? { profiling: toProfiling(profiling.row, profiling.note) } : {}),
      ...(patto ? { patto: await this.view.toResponse(patto) } : {}),
    };
  }
}
