import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PortabilityIssuerResponse } from '@opencpi/contracts';
import { Env } from '../../config/env';
import { Public } from '../../platform/auth/policy.decorator';
import { IssuerKeyService } from '../certificazioni/credentials/issuer-key.service';
import { DOSSIER_SCHEMA, DOSSIER_SCHEMA_PATH } from './domain/dossier-schema';

/** What other deployments and the person's tools need to read a bundle: the JSON Schema of dossier.json, and our signing key. */
@ApiTags('portability')
@Controller('public/portability')
export class PublicPortabilityController {
  constructor(
    private readonly env: Env,
    private readonly keys: IssuerKeyService,
  ) {}

  @Get('schemas/dossier-v1.json')
  @Public()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({ summary: 'The JSON Schema (draft 2020-12) that dossier.json of a bundle conforms to (version 1, stable)' })
  @ApiOkResponse({ description: 'a JSON Schema', schema: { type: 'object', additionalProperties: true } })
  schema(): Record<string, unknown> {
    return DOSSIER_SCHEMA as unknown as Record<string, unknown>;
  }

  @Get('issuer')
  @Public()
  @ApiOperation({ summary: 'This deployment as an issuer of bundles: its did:web, name and public key (for other deployments to trust)' })
  @ApiOkResponse({ type: PortabilityIssuerResponse })
  issuer(): PortabilityIssuerResponse {
    return {
      issuerId: this.keys.did,
      issuerName: this.env.ORG_NAME,
      keys: [{ ...this.keys.publicJwk() }],
      schemaUrl: `${this.env.PUBLIC_API_URL.replace(/\/$/, '')}${DOSSIER_SCHEMA_PATH}`,
    };
  }
}
