import { Injectable } from '@nestjs/common';
import { ErrorCode, type CredentialDownloadFormat, type CredentialResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { toCredentialResponse } from './credentials.mapper';
import { CredentialsService } from './credentials.service';

/** The citizen's and the operator's routes on credentials: list, download, revoke; each audited. */
@Injectable()
export class CredentialRoutesService {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async mine(ctx: RequestContext): Promise<CredentialResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const items = await this.credentials.listForCitizen(me.id);
    await this.audit.record(ctx, { action: 'certificazioni.credential.list', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return items.map(toCredentialResponse);
  }

  /** The credential as issued: the vc+jwt (application/vc+jwt) or its JSON with the jwt inside (for wallets that take JSON). */
  async download(ctx: RequestContext, id: string, format: CredentialDownloadFormat): Promise<{ fileName: string; type: string; body: string }> {
    const me = await this.registry.selfAsCitizen(ctx);
    const c = await this.credentials.byId(id);
    if (!c || c.citizenId !== me.id) throw new DomainError(ErrorCode.CREDENTIAL_NOT_FOUND);
    await this.audit.record(ctx, {
      action: 'certificazioni.credential.download',
      resourceType: 'credential',
      resourceId: c.id,
      subjectFiscalCode: me.fiscalCode,
      details: { format },
    });
    const base = `open-badge-${c.id.slice(0, 8)}`;
    if (format === 'json')
      return { fileName: `${base}.json`, type: 'application/json', body: JSON.stringify({ credential: c.credential, jwt: c.jwt, format: 'application/vc+jwt' }, null, 2) };
    return { fileName: `${base}.jwt`, type: 'application/vc+jwt', body: c.jwt };
  }

  async ofCitizen(ctx: RequestContext, citizenId: string): Promise<CredentialResponse[]> {
    const person = await this.registry.citizenForStaff(ctx, citizenId, 'certificazioni.credential.list');
    return (await this.credentials.listForCitizen(person.id)).map(toCredentialResponse);
  }

  async revoke(ctx: RequestContext, id: string, reason: string): Promise<CredentialResponse> {
    return toCredentialResponse(await this.credentials.revoke(id, reason, ctx));
  }
}
