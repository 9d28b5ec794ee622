import { Injectable } from '@nestjs/common';
import { ErrorCode, type UnreadThreadResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { CompaniesService } from '../../registry/companies/companies.service';
import { RegistryService } from '../../registry/registry.service';
import { InboxRepository } from './inbox.repository';

/** The audit action of an operator listing the people who wrote to the CPI (the operator home's "Messaggi da leggere"). */
export const UNREAD_MESSAGES_READ = 'dossier.unread-messages.read';
/** threads looked at, most recent first, before keeping those of the caller's offices */
const SCAN = 500;

/**
 * The operator's inbox: threads of people and companies of the caller's offices with messages the CPI has not read.
 * Which office a person or a company belongs to is asked to registry; the list names people, so it is audited.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly repo: InboxRepository,
    private readonly registry: RegistryService,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
  ) {}

  async unread(ctx: RequestContext, limit = 20): Promise<UnreadThreadResponse[]> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const rows = await this.repo.unreadThreads(SCAN);
    const citizenIds = rows.flatMap((r) => (r.citizenId ? [r.citizenId] : []));
    const [citizens, companies] = await Promise.all([
      this.registry.citizensByIds(citizenIds),
      rows.some((r) => r.companyId) ? this.companies.forOffices(ctx, undefined) : Promise.resolve({ items: [] }),
    ]);
    const companyNames = new Map(companies.items.map((c) => [c.id, c.name]));
    const items = rows
      .flatMap((r): UnreadThreadResponse[] => {
        const base = { unread: r.unread, lastSentAt: new Date(r.lastSentAt).toISOString() };
        if (r.citizenId) {
          const c = citizens.get(r.citizenId);
          if (!c?.officeId || !staff.officeIds.includes(c.officeId)) return [];
          return [{ kind: 'citizen', id: c.id, name: `${c.givenName} ${c.familyName}`, fiscalCode: c.fiscalCode, ...base }];
        }
        const name = r.companyId ? companyNames.get(r.companyId) : undefined;
        return r.companyId && name ? [{ kind: 'company', id: r.companyId, name, ...base }] : [];
      })
      .slice(0, limit);
    await this.audit.record(
      ctx,
      items.flatMap((i) => (i.kind === 'citizen' ? [{ action: UNREAD_MESSAGES_READ, resourceType: 'citizen', resourceId: i.id, subjectFiscalCode: i.fiscalCode ?? null }] : [])),
    );
    return items;
  }
}
