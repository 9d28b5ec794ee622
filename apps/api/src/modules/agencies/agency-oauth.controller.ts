import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyTokenRequest, AgencyTokenResponse } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { TokenService } from './auth/token.service';

/** The OAuth 2.0 token endpoint of the agency API (machine clients; no session, no CSRF). */
@ApiTags('agency-api')
@Controller('agency/v1/oauth')
export class AgencyOAuthController {
  constructor(private readonly tokens: TokenService) {}

  @Post('token')
  @HttpCode(200)
  @Public({ csrf: false })
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'Access token (client credentials, private_key_jwt client authentication)',
    description:
      'RFC 6749 §4.4 with RFC 7523 client assertions: a JWT signed with a registered key, iss = sub = client id, aud = this URL, exp at most 5 minutes ahead, a new jti each time. Errors are problem+json with OAuth `error` and `error_description`.',
  })
  @ApiOkResponse({ type: AgencyTokenResponse })
  token(@Body() body: AgencyTokenRequest): Promise<AgencyTokenResponse> {
    return this.tokens.issue(body);
  }
}
