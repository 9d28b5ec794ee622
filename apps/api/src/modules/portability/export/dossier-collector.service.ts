import { Injectable } from '@nestjs/common';
import type { DossierSection } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AgendaService } from '../../agenda/agenda.service';
import { CertificatesService } from '../../certificazioni/certificates/certificates.service';
import { CredentialsService } from '../../certificazioni/credentials/credentials.service';
import { CitizenCasesService } from '../../condizionalita/cases/citizen-cases.service';
import { DossierService } from '../../dossier/dossier.service';
import { safeFileName } from '../../dossier/file-type';
import { ProfilesService } from '../../matching/profiles/profiles.service';
import { DidService } from '../../patto/did/did.service';
import { PattoViewService } from '../../patto/patti/patto-view.service';
import { PlanService } from '../../patto/plan/plan.service';
import { ProfilingService } from '../../patto/profiling/profiling.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { sha256Hex } from '../domain/bundle';

/** A file of the bundle: where it goes in the ZIP, what it is, its bytes. */
export interface DossierFile {
  path: string;
  section: 'documents' | 'certificates';
  refId: string;
  fileName: string;
  mimeType: string;
  sha256: string;
  sizeBytes: number;
  bytes: Buffer;
}
export type SectionResult = { data: unknown; files?: DossierFile[] };
/** plain JSON (dates as ISO strings, no undefined members): what dossier.json holds, and what an import gives back */
const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v ?? null)) as unknown;

/**
 * Reads each section of the person's dossier from the module that owns it, through its exported service and, where
 * there is one, the very use case the person's own screens call (so the export is what they can see, and each read is
 * audited as theirs, done by their export). Nothing here touches another module's tables.
 */
@Injectable()
export class DossierCollectorService {
  constructor(
    private readonly registry: RegistryService,
    private readonly dids: DidService,
    private readonly profiling: ProfilingService,
    private readonly profiles: ProfilesService,
    private readonly patti: PattoViewService,
    private readonly plan: PlanService,
    private readonly agenda: AgendaService,
    private readonly cases: CitizenCasesService,
    private readonly dossier: DossierService,
    private readonly certificates: CertificatesService,
    private readonly credentials: CredentialsService,
    private readonly audit: AuditService,
  ) {}

  async section(key: DossierSection, ctx: RequestContext, me: CitizenRef): Promise<SectionResult> {
    // the owners' use cases audit their own reads; these three reads have no use case of the person's, so they are audited here
    if (key === 'profiling' || key === 'credentials' || key === 'auditTrail')
      await this.audit.record(ctx, { action: 'portability.section.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode, details: { section: key } });
    switch (key) {
      case 'registry':
        return { data: json(await this.registry.ownProfile(ctx)) };
      case 'did':
        return { data: json(await this.dids.overview(ctx)) };
      case 'profiling': {
        const p = await this.profiling.latest(me.id);
        if (!p) return { data: null };
        const { id: _id, citizenId: _c, didId: _d, ...row } = p.row;
        return { data: json({ ...row, modelNote: p.note }) };
      }
      case 'matchingProfile':
        return { data: json(await this.profiles.mine(ctx)) };
      case 'patti':
        return { data: json(await this.patti.citizenPatti(ctx)) };
      case 'plan':
        return { data: json(await this.plan.plan(ctx)) };
      case 'appointments':
        return { data: json(await this.agenda.appointmentsFor(ctx)) };
      case 'conditionality': {
        const list = await this.cases.myCases(ctx);
        return { data: json(await Promise.all(list.items.map((c) => this.cases.myCase(ctx, c.id)))) };
      }
      case 'documents':
        return this.documents(ctx, me);
      case 'certificates':
        return this.certificatesOf(ctx);
      case 'credentials': // Open Badges 3.0: the signed vc+jwt and its JSON, as issued (revoked ones included)
        return { data: json(await this.credentials.listForCitizen(me.id)) };
      case 'messages':
        return { data: json(await this.dossier.messages(ctx, me, 'citizen')) };
      case 'auditTrail':
        return { data: json(await this.auditTrail(me)) };
    }
  }

  private async documents(ctx: RequestContext, me: CitizenRef): Promise<SectionResult> {
    const docs = await this.dossier.documents(ctx, me, 'citizen');
    const files: DossierFile[] = [];
    const data = [];
    for (const d of docs) {
      const { bytes } = await this.dossier.content(ctx, me, d.id, 'citizen');
      const path = `files/documents/${d.id}/${safeFileName(d.fileName).replace(/[^A-Za-z0-9._-]/g, '_')}`;
      files.push({ path, section: 'documents', refId: d.id, fileName: d.fileName, mimeType: d.mimeType, sha256: sha256Hex(bytes), sizeBytes: bytes.length, bytes });
      data.push({ ...d, path });
    }
    return { data: json(data), files };
  }

  private async certificatesOf(ctx: RequestContext): Promise<SectionResult> {
    const certs = await this.certificates.mine(ctx);
    const files: DossierFile[] = [];
    const data = [];
    for (const c of certs) {
      const { fileName, bytes } = await this.certificates.pdf(ctx, 'citizen', c.id);
      const path = `files/certificates/${c.id}.pdf`;
      files.push({ path, section: 'certificates', refId: c.id, fileName, mimeType: 'application/pdf', sha256: sha256Hex(bytes), sizeBytes: bytes.length, bytes });
      data.push({ ...c, path });
    }
    return { data: json(data), files };
  }

  /** Who read or changed the person's data: the audit log about them, with office names (the person's own export reads included). */
  private async auditTrail(me: CitizenRef): Promise<unknown[]> {
    const rows = await this.audit.trailOf(me.fiscalCode, 5000);
    const offices = await this.registry.officeNames(rows.flatMap((r) => (r.actorOfficeId ? [r.actorOfficeId] : [])));
    return rows.map((r) => ({
      occurredAt: new Date(r.occurredAt).toISOString(),
      actorFiscalCode: r.actorFiscalCode.trim(),
      ...(r.actorName ? { actorName: r.actorName } : {}),
      actorRole: r.actorRole,
      ...(r.actorOfficeId && offices.has(r.actorOfficeId) ? { actorOfficeName: offices.get(r.actorOfficeId) } : {}),
      action: r.action,
      resourceType: r.resourceType,
      outcome: r.outcome,
    }));
  }
}
