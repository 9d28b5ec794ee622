import { IsString } from 'class-validator';

/**
 * A text the API writes in every language a person can choose (SUPPORTED_LOCALES): the reader picks theirs, so a
 * cached answer stays right when they switch language.
 */
export class TextInEveryLanguage {
  @IsString() it!: string;
  @IsString() en!: string;
  @IsString() ar!: string;
  @IsString() ro!: string;
  @IsString() uk!: string;
}
