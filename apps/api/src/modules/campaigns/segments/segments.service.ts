import { Injectable } from '@nestjs/common';
import type { SegmentBody } from '@opencpi/contracts';
import { AgendaService } from '../../agenda/agenda.service';
import { MatchingEngineService } from '../../matching/engine/matching-engine.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';

const DAY = 86_400_000;
export const DEFAULT_MIN_SCORE = 50;

/** A segment as computed now: the people in it, and those of them left out because they opted out. */
export interface SegmentPeople {
  people: CitizenRef[];
  optedOut: number;
}

/**
 * A segment's people, each kind computed by the module that owns its data through its exported service (patto: DID
 * without patto; matching: profiles that fit new vacancies; agenda: unanswered invitations). Only the people the
 * registry places in the campaign's office count; people who opted out of non-mandatory messages are left out.
 * (NASpI ending within 60 days is not offered: OpenCPI holds no benefit end dates, INPS answers them one person at a
 * time through national-systems `benefitsOf`.)
 */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly dids: DidService,
    private readonly matching: MatchingEngineService,
    private readonly agenda: AgendaService,
    private readonly registry: RegistryService,
    private readonly notifications: NotificationsService,
  ) {}

  private candidates(officeId: string, s: SegmentBody, now: Date): Promise<string[]> {
    switch (s.kind) {
      case 'did_without_patto':
        return this.dids.withoutPattoSince([officeId], new Date(now.getTime() - (s.olderThanDays ?? 0) * DAY));
      case 'fit_new_vacancies':
        return this.matching.fitForVacanciesSince([officeId], new Date(now.getTime() - (s.publishedWithinDays ?? 1) * DAY), s.minScore ?? DEFAULT_MIN_SCORE);
      case 'unanswered_invitation':
        return this.agenda.unansweredInvitations([officeId], new Date(now.getTime() - (s.sentWithinDays ?? 1) * DAY), now);
    }
  }

  async peopleOf(officeId: string, s: SegmentBody, now = new Date()): Promise<SegmentPeople> {
    const ids = [...new Set(await this.candidates(officeId, s, now))];
    const citizens = [...(await this.registry.citizensByIds(ids)).values()].filter((c) => c.officeId === officeId);
    const optedOut = await this.notifications.optedOutOfNonMandatory(citizens.map((c) => c.fiscalCode));
    const people = citizens.filter((c) => !optedOut.has(c.fiscalCode)).sort((a, b) => a.id.localeCompare(b.id));
    return { people, optedOut: citizens.length - people.length };
  }
}
