import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OFFICE_ROLES } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { EidasLinkService } from './eidas-link.service';
import { EidasLinkResponse, LinkEidasIdentityBody } from './link-eidas-identity.body';

@ApiTags('identity')
@Controller('operator/identity')
export class OperatorEidasLinksController {
  constructor(private readonly links: EidasLinkService) {}

  @Post('eidas-links')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Links an eIDAS identity (foreign eID via FICEP) to a citizen of my offices, after identifying the person',
    description:
      'The eIDAS minimum data set has no codice fiscale: the person shows the identifier from the eIDAS courtesy page and an identity document; afterwards their eIDAS login opens a session as that citizen. Audited.',
  })
  @ApiOkResponse({ type: EidasLinkResponse })
  @ApiNotFoundResponse({ description: 'No such citizen in my offices (CITIZEN_NOT_FOUND), or nobody logged in with that identifier (EIDAS_IDENTITY_UNKNOWN)' })
  link(@Ctx() ctx: RequestContext, @Body() body: LinkEidasIdentityBody): Promise<EidasLinkResponse> {
    return this.links.link(ctx, body);
  }
}
