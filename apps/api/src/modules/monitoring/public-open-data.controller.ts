import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OpenDataDictionaryResponse, OpenDataQuery, OpenDataResponse } from '@opencpi/contracts';
import { Env } from '../../config/env';
import { Public } from '../../platform/auth/policy.decorator';
import { MonitoringRepository } from './monitoring.repository';
import { dcatCatalog } from './open-data/dcat';
import { OpenDataService, toOpenDataCsv } from './open-data/open-data.service';

/** Open data (issue 16), no login: monthly indicators per CPI and region, suppressed below 10 people. */
@ApiTags('monitoring')
@Controller('public/open-data')
export class PublicOpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    private readonly repo: MonitoringRepository,
    private readonly env: Env,
  ) {}

  @Get('indicators')
  @Public()
  @ApiOperation({ summary: 'Monthly indicators per CPI and per region (JSON); suppressed cells are null' })
  @ApiOkResponse({ type: OpenDataResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, MONITORING_PERIOD_INVALID' })
  indicators(@Query() q: OpenDataQuery): Promise<OpenDataResponse> {
    return this.openData.indicators(q);
  }

  @Get('indicators.csv')
  @Public()
  @ApiOperation({ summary: 'The same rows as CSV (suppressed cells empty)' })
  @ApiProduces('text/csv')
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, MONITORING_PERIOD_INVALID' })
  async csv(@Query() q: OpenDataQuery, @Res() res: Response): Promise<void> {
    const data = await this.openData.indicators(q);
    res.setHeader('Content-Disposition', `attachment; filename="opencpi-indicatori-${data.period.from}-${data.period.to}.csv"`);
    res.type('text/csv; charset=utf-8').send(toOpenDataCsv(data.rows));
  }

  @Get('dictionary')
  @Public()
  @ApiOperation({ summary: 'The data dictionary: fields, units, definitions, suppression, source tables' })
  @ApiOkResponse({ type: OpenDataDictionaryResponse })
  dictionary(): OpenDataDictionaryResponse {
    return this.openData.dictionary();
  }

  @Get('catalog')
  @Public()
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiOperation({ summary: 'DCAT-AP_IT metadata of the dataset (JSON-LD)' })
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'dcatapit:Catalog with one dcatapit:Dataset and its JSON and CSV distributions', schema: { type: 'object', additionalProperties: true } })
  async catalog(): Promise<Record<string, unknown>> {
    const modified = await this.repo.lastSucceededAt();
    return dcatCatalog(this.openData.baseUrl, modified ? new Date(modified).toISOString() : null, {
      name: this.env.ORG_NAME,
      ipaCode: this.env.ORG_IPA_CODE,
      homepage: this.env.ORG_URL,
    });
  }
}
