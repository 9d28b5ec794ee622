import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DeliveryReceiptBody, ReceiptChannelParam } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { NotificationsService } from './notifications.service';

/**
 * Delivery receipts from the providers (SMS gateway, App IO bridge, mail relay). No session: the caller is a
 * machine, authenticated by the HMAC signature of the receipt.
 */
@ApiTags('notifications')
@Controller('notifications/receipts')
export class ReceiptsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Post(':channel')
  @Public({ csrf: false })
  @HttpCode(204)
  @ApiOperation({ summary: "A provider's delivery receipt (accepted, delivered, read, failed), kept with the message as proof" })
  @ApiHeader({ name: 'X-OpenCPI-Signature', required: true, description: 'hex HMAC-SHA256 (RECEIPTS_SECRET) of "<channel>\\n<providerMessageId>\\n<status>\\n<occurredAt>"' })
  @ApiNoContentResponse({ description: 'recorded' })
  @ApiUnauthorizedResponse({ description: 'RECEIPT_SIGNATURE_INVALID' })
  @ApiNotFoundResponse({ description: 'MESSAGE_NOT_FOUND' })
  async receive(@Param() p: ReceiptChannelParam, @Body() body: DeliveryReceiptBody, @Headers('x-opencpi-signature') signature?: string): Promise<void> {
    await this.notifications.receiveReceipt(p.channel, body, signature);
  }
}
