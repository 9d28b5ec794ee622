import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Env } from '../../config/env';
import { NotificationsService } from '../notifications/notifications.service';
import type { CitizenRef } from '../registry/registry.service';
import type { LadderStep } from './domain/ladder';
import type { ConditionalityCaseEntity } from './entities/case.entity';
import type { MeasureEntity } from './entities/measure.entity';
import type { Locale } from '../../platform/i18n/locale';
import { fill } from './i18n/condizionalita-catalogue';
import { condMessages, messageDate as localDate, messageLocale } from './i18n/condizionalita-messages';

/**
 * Tells the person, through notifications (which keep the proof of delivery), what happened and what follows. The
 * variable parts are rendered here from the module's catalogue in the person's language; the frame is the
 * notifications template of that language. Message keys start with `condizionalita:<caseId>:`.
 */
@Injectable()
export class CaseNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly env: Env,
  ) {}

  static keyPrefix(caseId: string): string {
    return `condizionalita:${caseId}:`;
  }

  async caseOpened(m: EntityManager, c: ConditionalityCaseEntity, person: CitizenRef, prospective: LadderStep | null): Promise<number> {
    const { locale, t } = await this.catalogue(m, person.fiscalCode);
    const vars = {
      ...this.base(c, person, locale),
      what: this.what(c, locale),
      consequence: prospective ? fill(t.consequence, { sanction: t.sanction[prospective.sanction] ?? prospective.sanction, source: prospective.legalSource }) : '',
      deadline: localDate(c.deadline, locale),
    };
    return (await this.notifications.enqueue(m, { key: `${CaseNotifier.keyPrefix(c.id)}opened`, recipient: person, template: 'condizionalita.case_opened', vars })).length;
  }

  async justified(m: EntityManager, c: ConditionalityCaseEntity, person: CitizenRef): Promise<number> {
    const { locale, t } = await this.catalogue(m, person.fiscalCode);
    const vars = { ...this.base(c, person, locale), decision: t.justified };
    return (
      await this.notifications.enqueue(m, { key: `${CaseNotifier.keyPrefix(c.id)}justified`, recipient: person, template: 'condizionalita.case_justified', vars, immediate: true })
    ).length;
  }

  async measureDecided(m: EntityManager, c: ConditionalityCaseEntity, measure: MeasureEntity, person: CitizenRef): Promise<number> {
    const { locale, t } = await this.catalogue(m, person.fiscalCode);
    const vars = {
      ...this.base(c, person, locale),
      what: this.what(c, locale),
      decision: fill(t.decided, { sanction: t.sanction[measure.sanction] ?? measure.sanction, source: measure.legalSource }),
      appeal: t.appeal,
    };
    return (
      await this.notifications.enqueue(m, { key: `${CaseNotifier.keyPrefix(c.id)}measure:${measure.id}`, recipient: person, template: 'condizionalita.measure_decided', vars })
    ).length;
  }

  async reversed(m: EntityManager, c: ConditionalityCaseEntity, reversal: MeasureEntity, original: MeasureEntity, person: CitizenRef): Promise<number> {
    const { locale, t } = await this.catalogue(m, person.fiscalCode);
    const vars = { ...this.base(c, person, locale), decision: fill(t.reversed, { date: localDate(original.decidedOn, locale), reference: reversal.appealReference ?? '' }) };
    return (
      await this.notifications.enqueue(m, { key: `${CaseNotifier.keyPrefix(c.id)}reversal:${reversal.id}`, recipient: person, template: 'condizionalita.measure_reversed', vars })
    ).length;
  }

  private base(c: ConditionalityCaseEntity, person: CitizenRef, locale: Locale) {
    return { name: person.givenName, benefit: condMessages(locale).benefit[c.benefit] ?? c.benefit, link: `${this.env.CITIZEN_WEB_URL}/obblighi/${c.id}` };
  }

  private what(c: ConditionalityCaseEntity, locale: Locale): string {
    const t = condMessages(locale);
    return fill(t.what, { breach: fill(t.breach[c.breachCode] ?? c.breachCode, { date: localDate(c.occurredOn, locale) }) });
  }

  private async catalogue(m: EntityManager, fiscalCode: string) {
    const [pref] = await this.notifications.preferencesOf(m, [fiscalCode]);
    const locale = messageLocale(pref?.locale);
    return { locale, t: condMessages(locale) };
  }
}
