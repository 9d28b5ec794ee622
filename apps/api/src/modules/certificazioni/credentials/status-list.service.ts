import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { DomainError } from '../../../platform/errors/domain-error';
import { CredentialsRepository } from './credentials.repository';
import { statusListUrlOf } from './credentials.mapper';
import { IssuerKeyService } from './issuer-key.service';
import { statusListCredential } from './open-badge';
import { bitAt, bitstringOf, encodeStatusList } from './status-list';

/** The Bitstring Status List credentials of our revocations, built from the records and signed when asked for. */
@Injectable()
export class StatusListService {
  constructor(
    private readonly env: Env,
    private readonly repo: CredentialsRepository,
    private readonly issuer: IssuerKeyService,
  ) {}

  /** The list id if `url` is one of our status list URLs, else null. */
  ownListId(url: string): number | null {
    const prefix = statusListUrlOf(this.env.PUBLIC_API_URL, 0).replace(/0$/, '');
    if (!url.startsWith(prefix)) return null;
    const rest = url.slice(prefix.length);
    return /^[1-9][0-9]{0,8}$/.test(rest) ? Number(rest) : null;
  }

  private async bits(listId: number): Promise<{ size: number; bits: Buffer } | null> {
    const list = await this.repo.statusList(listId);
    if (!list) return null;
    return { size: list.size, bits: bitstringOf(list.size, await this.repo.revokedIndexes(list.id)) };
  }

  /** The BitstringStatusListCredential as a signed vc+jwt. */
  async credentialJwt(listIdText: string): Promise<string> {
    const listId = /^[1-9][0-9]{0,8}$/.test(listIdText) ? Number(listIdText) : 0;
    const got = listId ? await this.bits(listId) : null;
    if (!got) throw new DomainError(ErrorCode.CREDENTIAL_STATUS_LIST_NOT_FOUND);
    const url = statusListUrlOf(this.env.PUBLIC_API_URL, listId);
    const vc = statusListCredential(url, this.issuer.did, encodeStatusList(got.bits), new Date());
    return this.issuer.signJws({ ...vc, iss: this.issuer.did }, { typ: 'vc+jwt', cty: 'vc' });
  }

  /** Is the bit at `index` of our list set? null: no such list or index out of range. */
  async isSet(listId: number, index: number): Promise<boolean | null> {
    const got = await this.bits(listId);
    if (!got || !Number.isInteger(index) || index < 0 || index >= got.size) return null;
    return bitAt(got.bits, index);
  }
}
