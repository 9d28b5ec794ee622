import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../platform/auth/policy.decorator';
import { IssuerKeyService } from './credentials/issuer-key.service';

/**
 * The DID document of the deployment's did:web, at the root of the origin the DID names (bootstrap.ts leaves
 * `.well-known/did.json` outside the /api prefix): the issuer key of credentials, for any verifier.
 */
@ApiTags('certificazioni')
@Controller('.well-known')
export class DidDocumentController {
  constructor(private readonly issuer: IssuerKeyService) {}

  @Get('did.json')
  @Public()
  @Header('Content-Type', 'application/did+json')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ApiOperation({ summary: 'DID document of the issuer (did:web): verification method with the public JWK, assertionMethod' })
  @ApiOkResponse({ description: 'a DID document (DID Core: application/did+json)', content: { 'application/did+json': { schema: { type: 'object' } } } })
  didDocument(): Record<string, unknown> {
    return this.issuer.didDocument();
  }
}
