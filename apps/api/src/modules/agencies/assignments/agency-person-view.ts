import { Injectable } from '@nestjs/common';
import type { AgencyPersonResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { ConsentQueryService } from '../../consent/consent-query.service';
import { RegistryService } from '../../registry/registry.service';
import { agencyOf } from './agency-caller';

const initials = (givenName: string, familyName: string): string => `${givenName.trim().charAt(0)}. ${familyName.trim().charAt(0)}.`.toUpperCase();

/**
 * What an agency may see of the people assigned to it: the minimal identity (id and initials) always; name, fiscal code
 * and contacts only while the person's consent for part `registry` is in force, each such read audited with the grant
 * (actor `agency_client`, details { agencyId, grantId, purpose, part }) so that the person sees it in their access log.
 */
@Injectable()
export class AgencyPersonView {
  constructor(
    private readonly consent: ConsentQueryService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async of(
    ctx: RequestContext,
    people: { citizenId: string; resourceId: string }[],
    action: string,
    m?: EntityManager,
    resourceType = 'agency_assignment',
  ): Promise<Map<string, AgencyPersonResponse>> {
    const { agencyId } = agencyOf(ctx);
    const ids = [...new Set(people.map((p) => p.citizenId))];
    const refs = await this.registry.citizensByIds(ids);
    const visible = new Set(ids.length > 0 ? await this.consent.citizensVisibleTo(agencyId, 'registry') : []);
    const out = new Map<string, AgencyPersonResponse>();
    const reads: AuditRecord[] = [];
    for (const id of ids) {
      const c = refs.get(id);
      if (!c) continue;
      const grant = visible.has(id) ? await this.consent.check({ agencyId, citizenId: id, part: 'registry' }) : null;
      if (!grant) {
        out.set(id, { citizenId: id, consented: false, initials: initials(c.givenName, c.familyName) });
        continue;
      }
      out.set(id, {
        citizenId: id,
        consented: true,
        initials: initials(c.givenName, c.familyName),
        fiscalCode: c.fiscalCode,
        givenName: c.givenName,
        familyName: c.familyName,
        ...(c.email ? { email: c.email } : {}),
        ...(c.mobilePhone ? { mobilePhone: c.mobilePhone } : {}),
      });
      const resourceId = people.find((p) => p.citizenId === id)?.resourceId ?? null;
      reads.push({
        action,
        resourceType,
        resourceId,
        subjectFiscalCode: c.fiscalCode,
        details: { agencyId, grantId: grant.grantId, purpose: grant.purpose, part: 'registry' },
      });
    }
    await this.audit.record(ctx, reads, m);
    return out;
  }
}
