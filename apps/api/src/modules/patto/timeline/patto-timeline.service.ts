import { Injectable } from '@nestjs/common';
import type { TimelineEntryResponse } from '@opencpi/contracts';
import { AgendaService } from '../../agenda/agenda.service';
import { DossierService } from '../../dossier/dossier.service';
import { fill, PATTO_CATALOGUE, type TimelineCode } from '../i18n/patto-catalogue';
import { PattoTimelineRepository } from './patto-timeline.repository';

type Params = Record<string, string | number>;

/**
 * The patto's entries of the reserved area's timeline (DID, profiling, patto versions and signatures, plan), with the
 * person's appointments. Each entry is a code (`kind`) with `params`; the SPAs render them from their catalogues.
 * `summary` is the Italian rendering of the same code, kept for readers that do not know the code.
 */
@Injectable()
export class PattoTimelineService {
  constructor(
    private readonly repo: PattoTimelineRepository,
    private readonly agenda: AgendaService,
    dossier: DossierService,
  ) {
    dossier.registerTimelineSource((id) => this.timelineOf(id));
  }

  async timelineOf(citizenId: string): Promise<TimelineEntryResponse[]> {
    const [r, appointments] = await Promise.all([this.repo.rowsOf(citizenId), this.agenda.timelineOf(citizenId)]);
    const t = (d: Date) => new Date(d).toISOString();
    const entry = (at: Date, kind: string, refId: string, params?: Params, message: TimelineCode = kind as TimelineCode, actorName?: string | null): TimelineEntryResponse => ({
      at: t(at),
      kind,
      summary: fill(PATTO_CATALOGUE.it.timeline[message], params),
      refId,
      ...(params ? { params } : {}),
      ...(actorName ? { actorName } : {}),
    });
    return [
      ...r.dids.flatMap((d) => [entry(d.filed_at, 'did.filed', d.id), ...(d.revoked_at ? [entry(d.revoked_at, 'did.revoked', d.id)] : [])]),
      ...r.profilings.flatMap((p) => [
        entry(p.computed_at, 'profiling.computed', p.id),
        ...(p.assessed_at ? [entry(p.assessed_at, 'profiling.assessed', p.id, { pathway: p.chosen_pathway ?? '' }, undefined, p.assessed_by)] : []),
      ]),
      ...r.versions.flatMap((v) => [
        ...(v.proposed_at ? [entry(v.proposed_at, 'patto.proposed', v.patto_id, { version: v.version })] : []),
        ...(v.signed_at ? [entry(v.signed_at, 'patto.signed', v.patto_id, { version: v.version })] : []),
      ]),
      ...r.signatures.map((s) => entry(s.signed_at, 'patto.signature', s.id, { version: s.version, signerName: s.signer_name, party: s.party }, undefined, s.signer_name)),
      ...r.items.filter((i) => i.source === 'own').map((i) => entry(i.created_at, 'plan.activity', i.id, { title: i.title })),
      ...r.items
        .filter((i) => i.source === 'patto' && i.status_at)
        .map((i) => entry(i.status_at!, 'plan.action', i.id, { title: i.title, status: i.status }, i.status === 'done' ? 'plan.action.done' : 'plan.action.not_done')),
      ...appointments,
    ];
  }
}
