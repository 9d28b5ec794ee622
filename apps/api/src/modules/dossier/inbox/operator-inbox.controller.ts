import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OFFICE_ROLES, UnreadThreadListResponse } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { InboxService } from './inbox.service';

@ApiTags('dossier')
@Controller('operator/dossier')
export class OperatorInboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get('unread-messages')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Threads of people and companies of my offices with messages the CPI has not read, latest first (audited)' })
  @ApiOkResponse({ type: UnreadThreadListResponse })
  async unread(@Ctx() ctx: RequestContext): Promise<UnreadThreadListResponse> {
    return { items: await this.inbox.unread(ctx) };
  }
}
