import { Injectable } from '@nestjs/common';
import { ErrorCode, type MessageResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { DossierRepository } from '../dossier.repository';
import { toMessage } from '../message.mapper';

/** The company side (`company`: a member of the approved company) or the CPI's company desk (`operator`). */
export type CompanyThreadSide = 'company' | 'operator';
/** The company whose thread it is, already checked by the caller (member of the approved company, or in the operator's offices). */
export interface CompanyThreadOwner {
  id: string;
  officeId: string | null;
}

/**
 * Secure messages between a company and its CPI's company desk: the dossier's messages (same table, read receipts and
 * audit), in the company's thread instead of a person's.
 */
@Injectable()
export class CompanyMessagesService {
  constructor(
    private readonly repo: DossierRepository,
    private readonly audit: AuditService,
  ) {}

  async messages(ctx: RequestContext, company: CompanyThreadOwner, side: CompanyThreadSide): Promise<MessageResponse[]> {
    const rows = await this.repo.messagesOfCompany(company.id);
    await this.audit.record(ctx, {
      action: 'dossier.company-messages.read',
      resourceType: 'company',
      resourceId: company.id,
      subjectFiscalCode: null,
      ...this.office(company, side),
    });
    return rows.map(toMessage);
  }

  async send(ctx: RequestContext, company: CompanyThreadOwner, body: string, side: CompanyThreadSide): Promise<MessageResponse> {
    const saved = await this.repo.transaction(async (m) => {
      const msg = await this.repo.saveMessage(m, {
        companyId: company.id,
        senderRole: side,
        senderFiscalCode: ctx.principal.fiscalCode,
        senderName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        body: body.trim(),
      });
      await this.audit.record(
        ctx,
        { action: 'dossier.company-message.sent', resourceType: 'dossier_message', resourceId: msg.id, subjectFiscalCode: null, ...this.office(company, side) },
        m,
      );
      return msg;
    });
    return toMessage(saved);
  }

  /** The read receipt: only the other side's message can be marked read, once. */
  async markRead(ctx: RequestContext, company: CompanyThreadOwner, messageId: string, side: CompanyThreadSide): Promise<MessageResponse> {
    return this.repo.transaction(async (m) => {
      const msg = await this.repo.lockCompanyMessage(m, messageId, company.id);
      if (!msg) throw new DomainError(ErrorCode.DOSSIER_MESSAGE_NOT_FOUND);
      if (msg.senderRole !== side && !msg.readAt) {
        msg.readAt = new Date();
        msg.readBy = ctx.principal.fiscalCode;
        await this.repo.saveMessage(m, msg);
        await this.audit.record(
          ctx,
          { action: 'dossier.company-message.read', resourceType: 'dossier_message', resourceId: msg.id, subjectFiscalCode: null, ...this.office(company, side) },
          m,
        );
      }
      return toMessage(msg);
    });
  }

  private office(company: CompanyThreadOwner, side: CompanyThreadSide): { actorOfficeId: string | null } {
    return { actorOfficeId: side === 'operator' ? company.officeId : null };
  }
}
