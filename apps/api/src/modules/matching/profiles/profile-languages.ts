import type { ProfileLanguage } from '../entities/profile.entity';

/** CEFR levels in order, for "at least B1" comparisons in SQL (`rank`). */
export const CEFR_RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };
export const languagesWithRank = (ls: { language: string; level: string }[]): ProfileLanguage[] =>
  ls.map((l) => ({ language: l.language, level: l.level, rank: CEFR_RANK[l.level] ?? 0 }));
