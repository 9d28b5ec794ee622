import type { ContactChannel } from '@opencpi/contracts';

/** The channels, copied from contracts' CONTACT_CHANNELS (the SPAs import types only). */
export const CONTACT_CHANNELS = ['digital', 'blended', 'in_person'] as const satisfies readonly ContactChannel[];
export const isContactChannel = (value: unknown): value is ContactChannel => (CONTACT_CHANNELS as readonly unknown[]).includes(value);

/** The self-assessment `dsa-1`, copied from contracts' SKILLS_QUESTIONS: ids and answers in order of autonomy. */
export const SKILLS_QUESTIONS = [
  { id: 'device', answers: ['none', 'shared', 'smartphone', 'computer'] },
  { id: 'email', answers: ['never', 'with_help', 'alone'] },
  { id: 'spid', answers: ['never', 'with_help', 'alone'] },
  { id: 'forms', answers: ['never', 'with_help', 'alone'] },
  { id: 'upload', answers: ['never', 'with_help', 'alone'] },
  { id: 'video', answers: ['never', 'with_help', 'alone'] },
] as const;
export type SkillsQuestion = (typeof SKILLS_QUESTIONS)[number];
export type SkillsQuestionId = SkillsQuestion['id'];
