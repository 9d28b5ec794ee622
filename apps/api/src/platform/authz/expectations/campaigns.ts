import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { directSession } from '../../../../test/direct-session';
import { managers, type RouteExpectation } from '../authz-outcomes';
import type { RouteInput } from '../authz-callers';

const SARA = 'RCCSRA75H60E379W'; // region admin: serves every office of the region, CPI Moncalieri included

const campaignBody = (officeId: string) => ({
  name: 'Campagna di Moncalieri',
  officeId,
  segment: { kind: 'did_without_patto', olderThanDays: 30 },
  channel: 'email',
  kind: 'information',
  startDate: '2099-01-01',
  endDate: '2099-01-31',
  sendFrom: '09:00',
  sendUntil: '18:00',
  dailyCap: 10,
  variants: [{ subjectIt: 'Oggetto', subjectEn: 'Subject', bodyIt: 'Un messaggio di prova.', bodyEn: 'A test message.' }],
});

/** What the campaign routes are sent: CPI Moncalieri's office, which neither the operator nor the manager serves. */
export const campaignsInputs = (mo: string): Record<string, RouteInput> => ({
  'POST /api/operator/campaigns/segment-preview': { body: { officeId: mo, segment: { kind: 'did_without_patto', olderThanDays: 30 } } },
  'POST /api/operator/campaigns': { body: campaignBody(mo) },
});

/** A draft campaign of CPI Moncalieri, made by the region's administrator: the victim record of the campaign routes. */
export async function campaignOfOffice(app: INestApplication, mo: string): Promise<string> {
  const sara = await directSession(app, SARA);
  const res = await request(app.getHttpServer()).post('/api/operator/campaigns').set('Cookie', sara.cookie).set('X-CSRF-Token', sara.csrf).send(campaignBody(mo));
  if (res.status !== 201) throw new Error(`fixture: campaign answered ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/**
 * Outreach campaigns (issue 16): managers only (the operator is refused by role); the manager of CPI Torino reaches
 * neither CPI Moncalieri's segments (403 OFFICE_NOT_SERVED) nor its campaign (404), and lists only their own.
 */
export const CAMPAIGNS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/operator/campaigns/segment-preview': managers(403), // another office's segment
  'GET /api/operator/campaigns': managers(200), // the manager's own offices
  'POST /api/operator/campaigns': managers(403), // a campaign for another office
  'GET /api/operator/campaigns/:campaignId': managers(404),
  'POST /api/operator/campaigns/:campaignId/launch': managers(404),
  'GET /api/operator/campaigns/:campaignId/funnel': managers(404),
};
