import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { BookInvitationBody, InvitationTokenParam, PublicInvitationResponse, PublicRecallResponse, RecallAnswerBody, RecallParams } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { requestOriginOf } from '../../platform/auth/request-context';
import type { Locale } from '../../platform/i18n/locale';
import { RequestLocale } from '../../platform/i18n/request-locale';
import { InvitationsService } from './invitations/invitations.service';
import { RecallService } from './recall/recall.service';
import { StrictRateLimit } from '../../platform/rate-limit/rate-limit.decorator';

/**
 * The invitation link, without login: the token in the path is the credential (signed, single-purpose,
 * expiring); no cookie is involved, so there is no CSRF to defend against.
 */
@ApiTags('agenda')
@Controller('public/invitations')
@StrictRateLimit('link')
export class PublicInvitationController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'What an invitation offers: service, office, free slots until it expires (audited as an opening)' })
  @ApiOkResponse({ type: PublicInvitationResponse })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND' })
  @ApiGoneResponse({ description: 'INVITATION_EXPIRED' })
  view(@Param() p: InvitationTokenParam, @Req() req: Request, @RequestLocale() locale: Locale): Promise<PublicInvitationResponse> {
    return this.invitations.publicView(p.token, requestOriginOf(req), new Date(), locale);
  }

  @Post(':token/appointment')
  @Public({ csrf: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Book one of the offered slots, once (409 INVITATION_USED, 410 INVITATION_EXPIRED, 409 SLOT_FULL)' })
  @ApiOkResponse({ type: PublicInvitationResponse })
  book(@Param() p: InvitationTokenParam, @Body() body: BookInvitationBody, @Req() req: Request, @RequestLocale() locale: Locale): Promise<PublicInvitationResponse> {
    return this.invitations.publicBook(p.token, body, requestOriginOf(req), new Date(), locale);
  }
}

/** "Are you coming?": the link in the 48-hour message answers with one click, without login (signed per appointment). */
@ApiTags('agenda')
@Controller('public/appointments')
@StrictRateLimit('link')
export class PublicRecallController {
  constructor(private readonly recall: RecallService) {}

  @Get(':appointmentId/recall/:signature')
  @Public()
  @ApiOperation({ summary: 'The appointment behind a recall link' })
  @ApiOkResponse({ type: PublicRecallResponse })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_NOT_FOUND (also for a wrong signature)' })
  view(@Param() p: RecallParams, @RequestLocale() locale: Locale): Promise<PublicRecallResponse> {
    return this.recall.recallView(p.appointmentId, p.signature, new Date(), locale);
  }

  @Post(':appointmentId/recall/:signature')
  @Public({ csrf: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer "coming" or "not coming" (not coming frees the seat; a convocation records the answer only)' })
  @ApiOkResponse({ type: PublicRecallResponse })
  answer(@Param() p: RecallParams, @Body() body: RecallAnswerBody, @Req() req: Request, @RequestLocale() locale: Locale): Promise<PublicRecallResponse> {
    return this.recall.recallAnswer(p.appointmentId, p.signature, body.answer, requestOriginOf(req), new Date(), locale);
  }
}
