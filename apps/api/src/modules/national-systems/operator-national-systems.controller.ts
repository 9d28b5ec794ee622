import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NationalSystemsSendListResponse, NationalSystemsSendsQuery, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { NationalSystemsService } from './national-systems.service';

@ApiTags('national-systems')
@Controller('operator/national-systems')
export class OperatorNationalSystemsController {
  constructor(private readonly service: NationalSystemsService) {}

  @Get('sends')
  @Allow([Role.CpiManager, Role.RegionAdmin])
  @ApiOperation({ summary: 'Queue of measures communicated to INPS/SIISL: waiting (with attempts and since when), failed or sent, oldest first' })
  @ApiOkResponse({ type: NationalSystemsSendListResponse })
  sends(@Query() q: NationalSystemsSendsQuery): Promise<NationalSystemsSendListResponse> {
    return this.service.sends(q.state ?? 'waiting', q.limit ?? 50, q.offset ?? 0);
  }
}
