import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExcludeController, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { Public } from '../../../platform/auth/policy.decorator';
import { DevMailboxService } from './dev-mailbox.service';

export class DevMailboxQuery {
  @IsOptional() @IsString() @Length(1, 200) to?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const linkify = (s: string) => esc(s).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** The development mailbox (DEV_MAILBOX=true only): what the platform sent by e-mail. */
@ApiTags('dev-mailbox')
@ApiExcludeController() // development only: left out of the published OpenAPI document
@Controller('dev-mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Development mailbox as a page (links clickable)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page' })
  async page(@Query() q: DevMailboxQuery, @Res() res: Response): Promise<void> {
    const mails = await this.mailbox.list(q.to);
    const items = mails
      .map(
        (m) =>
          `<li><article><h2>${esc(m.subject)}</h2><p class="meta">A: ${esc(m.toAddress)} — ${esc(new Date(m.receivedAt).toLocaleString('it-IT', { timeZone: 'Europe/Rome' }))}</p><pre>${linkify(m.text)}</pre></article></li>`,
      )
      .join('');
    res.type('text/html').setHeader('Cache-Control', 'no-store');
    res.send(`<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Casella di sviluppo</title>
<style>body{font-family:"Titillium Web",Geneva,Tahoma,sans-serif;margin:0;background:#f5f5f0;color:#1a1a1a}header{background:#0066cc;color:#fff;padding:1rem 1.5rem}main{max-width:56rem;margin:0 auto;padding:1rem}ul{list-style:none;padding:0}li{background:#fff;border:1px solid #c5c7c9;border-radius:4px;margin:.75rem 0;padding:.5rem 1rem}h2{font-size:1.1rem;margin:.25rem 0}.meta{color:#404040;margin:0}pre{white-space:pre-wrap;font-family:inherit}a{color:#004d99}</style></head>
<body><header><h1>Casella di posta di sviluppo</h1><p>Messaggi inviati dalla piattaforma (solo sviluppo)</p></header><main>${mails.length ? `<ul>${items}</ul>` : '<p>Nessun messaggio.</p>'}</main></body></html>`);
  }

  @Get('messages')
  @Public()
  @ApiOperation({ summary: 'Development mailbox as JSON (for tests)' })
  async messages(@Query() q: DevMailboxQuery): Promise<{ items: { id: string; toAddress: string; subject: string; text: string; receivedAt: string }[] }> {
    return { items: (await this.mailbox.list(q.to)).map((m) => ({ ...m, receivedAt: new Date(m.receivedAt).toISOString() })) };
  }
}
