import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComuneListResponse, ComuneSearchQuery, TaxonomyListResponse, TaxonomySearchQuery } from '@opencpi/contracts';
import { Public } from '../../../platform/auth/policy.decorator';
import { TaxonomyService } from './taxonomy.service';

/** Reference data (no personal data): public, rate-limited like every route. */
@ApiTags('matching')
@Controller('public/matching')
export class PublicTaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @Public()
  @ApiOperation({ summary: 'ESCO skills by label (autocomplete)' })
  @ApiOkResponse({ type: TaxonomyListResponse })
  async skills(@Query() q: TaxonomySearchQuery): Promise<TaxonomyListResponse> {
    return { items: await this.taxonomy.searchSkills(q.q, q.limit) };
  }

  @Get('occupations')
  @Public()
  @ApiOperation({ summary: 'ESCO occupations by label, with their ISCO-08 code (autocomplete)' })
  @ApiOkResponse({ type: TaxonomyListResponse })
  async occupations(@Query() q: TaxonomySearchQuery): Promise<TaxonomyListResponse> {
    return { items: await this.taxonomy.searchOccupations(q.q, q.limit) };
  }

  @Get('comuni')
  @Public()
  @ApiOperation({ summary: 'Comuni by name or ISTAT code' })
  @ApiOkResponse({ type: ComuneListResponse })
  async comuni(@Query() q: ComuneSearchQuery): Promise<ComuneListResponse> {
    return { items: await this.taxonomy.searchComuni(q.q) };
  }
}
