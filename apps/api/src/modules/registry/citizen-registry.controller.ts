import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenProfileResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from './registry.service';

@ApiTags('registry')
@Controller('citizen/registry')
export class CitizenRegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get('profile')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My data as received from SPID/CIE, and the CPI I belong to' })
  @ApiOkResponse({ type: CitizenProfileResponse })
  profile(@Ctx() ctx: RequestContext): Promise<CitizenProfileResponse> {
    return this.registry.ownProfile(ctx);
  }
}
