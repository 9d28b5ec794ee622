import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationPreferencesBody, NotificationPreferencesResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { NotificationPreferencesService } from './preferences.service';

/** "Come vuoi ricevere i messaggi": channels, language, and no messages that are not mandatory. */
@ApiTags('notifications')
@Controller('citizen/notification-preferences')
export class CitizenPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'My message preferences: channels, language, opt-out of messages that are not mandatory (audited)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  mine(@Ctx() ctx: RequestContext): Promise<NotificationPreferencesResponse> {
    return this.preferences.mine(ctx);
  }

  @Put()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'Save my message preferences (audited)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  save(@Ctx() ctx: RequestContext, @Body() body: NotificationPreferencesBody): Promise<NotificationPreferencesResponse> {
    return this.preferences.save(ctx, body);
  }
}
