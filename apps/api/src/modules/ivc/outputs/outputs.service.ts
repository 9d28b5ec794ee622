import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import type { RequestContext } from '../../../platform/auth/request-context';
import { sha256Hex } from '../../../platform/pdf/pdf-seal';
import { SealService } from '../../../platform/pdf/seal.service';
import { todayRome } from '../../../platform/time/rome-time';
import { CredentialsService } from '../../certificazioni/credentials/credentials.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { CasesRepository } from '../cases/cases.repository';
import type { IvcCaseEntity } from '../entities/case.entity';
import { fill, IVC_CATALOGUE, type IvcLocale } from '../i18n/ivc-catalogue';
import type { QualificationWithCompetences } from '../repertoire/repertoire.repository';
import { renderIvcPdf } from './ivc-pdf';
import type { OutputSnapshot } from './output-snapshot';

const ACHIEVEMENT_TYPE = { transparency: 'Competency', validation: 'Competency', certificate: 'Certificate' } as const;

/**
 * Issues an output of a case in the caller's transaction: the snapshot, the PDF sealed by the body (in the person's
 * language), and one Open Badge per output (an OpenBadgeCredential through CredentialsService, aligned to the
 * qualification, its ADA and each competence it covers). One badge per output, not per competence: each output is one
 * act of the public body (D.Lgs. 13/2013 art. 6), which the badge mirrors, so the badge and the PDF say the same.
 */
@Injectable()
export class OutputsService {
  constructor(
    private readonly env: Env,
    private readonly repo: CasesRepository,
    private readonly seal: SealService,
    private readonly credentials: CredentialsService,
    private readonly notifications: NotificationsService,
  ) {}

  async issue(
    m: EntityManager,
    ctx: RequestContext,
    c: IvcCaseEntity,
    q: QualificationWithCompetences,
    holderName: string,
    parts: Pick<OutputSnapshot, 'kind' | 'summary' | 'evidence' | 'competences' | 'exam'>,
  ): Promise<string> {
    const now = new Date();
    const snapshot: OutputSnapshot = {
      ...parts,
      issuer: this.env.ORG_NAME,
      holder: { name: holderName, fiscalCode: c.fiscalCode },
      qualification: { region: q.region, code: q.code, title: q.title, eqfLevel: q.eqfLevel, adaRefs: q.adaRefs, sample: q.sample },
      guideName: c.guideName,
      assessorName: parts.kind === 'transparency' ? null : c.assessorName,
    };
    const locale: IvcLocale = await this.notifications.localeOf(c.fiscalCode); // the person's language, every one of the five
    const t = IVC_CATALOGUE[locale];
    const pdf = await this.seal.seal(await renderIvcPdf(snapshot, locale, todayRome(now)), {
      reason: fill(t.sealReason, { issuer: this.env.ORG_NAME }),
      location: this.env.ORG_NAME,
      contactInfo: this.env.ORG_CONTACT_EMAIL,
      signingTime: now,
    });
    const out = await this.repo.insertOutput(m, { caseId: c.id, kind: parts.kind, snapshot: snapshot as unknown as Record<string, unknown>, sha256: sha256Hex(pdf), pdf });
    const it = IVC_CATALOGUE.it;
    const badge = await this.credentials.issueOpenBadge(
      {
        citizenId: c.citizenId,
        source: { kind: `ivc.${parts.kind}`, id: out.id },
        achievement: {
          name: `${it.title[parts.kind]}: ${q.title}`.slice(0, 300),
          description: `${it.intro[parts.kind]} ${parts.competences.map((x) => `${x.code} ${x.title}`).join('; ')}`.slice(0, 4000),
          criteriaNarrative: it.badgeCriteria[parts.kind],
          achievementType: ACHIEVEMENT_TYPE[parts.kind],
          alignments: [
            {
              targetName: q.title,
              targetUrl: `urn:opencpi:repertoire:${q.region}:${encodeURIComponent(q.code)}`,
              targetCode: q.code,
              targetFramework: `Repertorio regionale ${it.region[q.region] ?? q.region}${q.sample ? ' (ESEMPIO)' : ''}`,
              targetType: 'ext:Qualification',
            },
            ...q.adaRefs.map((a) => ({
              targetName: a,
              targetUrl: `urn:opencpi:atlante:${a}`,
              targetCode: a,
              targetFramework: 'Atlante del lavoro e delle qualificazioni (INAPP)',
              targetType: 'ext:ADA',
            })),
            ...parts.competences.map((x) => ({
              targetName: x.title,
              targetUrl: `urn:opencpi:repertoire:${q.region}:${encodeURIComponent(q.code)}:${encodeURIComponent(x.code)}`,
              targetCode: x.code,
              targetFramework: `Repertorio regionale ${it.region[q.region] ?? q.region}`,
              targetType: 'ext:Competence',
            })),
          ],
        },
        validFrom: now,
      },
      ctx,
      m,
    );
    await this.repo.attachCredential(m, out.id, badge.id);
    return out.id;
  }

  /** The badge of an output as issued: the compact JWS (application/vc+jwt) a wallet or verifier takes. */
  async badgeJwt(outputId: string, kind: string): Promise<string | null> {
    const [cred] = await this.credentials.listForSource({ kind: `ivc.${kind}`, id: outputId });
    return cred?.jwt ?? null;
  }
}
