import { Injectable } from '@nestjs/common';
import type { PDFDocument } from 'pdf-lib';
import { Env } from '../../config/env';
import { sealPdf, type SealOptions } from './pdf-seal';
import { loadSeal, type SealBundle } from './seal-credentials';

/**
 * The body's seal, loaded (or, outside production, generated) at first use, so the API starts without touching it.
 * Register it as a provider in any module that seals PDFs (certificates today; badges and dossier exports later).
 */
@Injectable()
export class SealService {
  private bundle: SealBundle | null = null;
  constructor(private readonly env: Env) {}

  private current(): SealBundle {
    this.bundle ??= loadSeal(this.env);
    return this.bundle;
  }

  /** Subject CN of the seal's certificate (printed on documents). */
  get subject(): string {
    return this.current().subject;
  }

  seal(doc: PDFDocument, opts: SealOptions): Promise<Buffer> {
    return sealPdf(doc, this.current(), opts);
  }
}
