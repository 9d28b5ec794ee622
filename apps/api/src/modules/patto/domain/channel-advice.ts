import { SKILLS_QUESTIONS, type ContactChannel } from '@opencpi/contracts';

/**
 * The digital-skills self-assessment (OpenCPI's own heuristic, not a legal rule): each answer scores its position in
 * the list (0 = least autonomous). The advice is only advice: the person's choice is stored apart and always wins.
 */
export const SKILLS_MODEL_VERSION = 'dsa-1';
export const SKILLS_MAX_SCORE = SKILLS_QUESTIONS.reduce((sum, q) => sum + q.answers.length - 1, 0);
/** score ≥ 80% of the maximum → digital; ≥ 40% → blended; else in person */
const DIGITAL_FROM = 0.8;
const BLENDED_FROM = 0.4;

export interface SkillsAdvice {
  score: number;
  advised: ContactChannel;
  answers: Record<string, string>;
}

/** Scores the answers; returns the index of the first invalid answer instead when there is one. */
export function adviseChannel(answers: { questionId: string; answer: string }[]): SkillsAdvice | { invalidAt: number; reason: string } {
  const byId: Record<string, string> = {};
  let score = 0;
  for (const [i, a] of answers.entries()) {
    const q = SKILLS_QUESTIONS.find((x) => x.id === a.questionId);
    if (!q) return { invalidAt: i, reason: 'unknown question' };
    if (byId[a.questionId] !== undefined) return { invalidAt: i, reason: 'question answered twice' };
    const pos = (q.answers as readonly string[]).indexOf(a.answer);
    if (pos < 0) return { invalidAt: i, reason: `answer must be one of ${q.answers.join(', ')}` };
    byId[a.questionId] = a.answer;
    score += pos;
  }
  if (Object.keys(byId).length !== SKILLS_QUESTIONS.length) return { invalidAt: answers.length, reason: `all ${SKILLS_QUESTIONS.length} questions must be answered` };
  const ratio = score / SKILLS_MAX_SCORE;
  const advised: ContactChannel = ratio >= DIGITAL_FROM ? 'digital' : ratio >= BLENDED_FROM ? 'blended' : 'in_person';
  return { score, advised, answers: byId };
}
