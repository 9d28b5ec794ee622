import { SKILLS_QUESTIONS } from '@opencpi/contracts';
import { adviseChannel, SKILLS_MAX_SCORE } from './channel-advice';

const all = (pick: (answers: readonly string[]) => string) => SKILLS_QUESTIONS.map((q) => ({ questionId: q.id, answer: pick(q.answers) }));

describe('adviseChannel', () => {
  it('advises digital to the most autonomous, in person to the least, blended in between', () => {
    expect(adviseChannel(all((a) => a[a.length - 1]!))).toMatchObject({ advised: 'digital', score: SKILLS_MAX_SCORE });
    expect(adviseChannel(all((a) => a[0]!))).toMatchObject({ advised: 'in_person', score: 0 });
    expect(adviseChannel(all((a) => a[1]!))).toMatchObject({ advised: 'blended' });
  });

  it('refuses unknown answers, repeated questions and missing ones with the position', () => {
    const answers = all((a) => a[0]!);
    expect(adviseChannel([...answers.slice(0, 2), { questionId: 'email', answer: 'maybe' }])).toMatchObject({ invalidAt: 2 });
    expect(adviseChannel([answers[0]!, answers[0]!])).toMatchObject({ invalidAt: 1, reason: 'question answered twice' });
    expect(adviseChannel(answers.slice(0, 3))).toMatchObject({ invalidAt: 3 });
  });
});
