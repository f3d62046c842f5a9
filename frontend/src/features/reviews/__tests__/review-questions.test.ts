import { describe, expect, it } from 'vitest';
import { missingAnswers, questionsFor } from '@/features/reviews/components/review-questions';
import { makeReview } from './review-fixtures';

describe('review questions', () => {
  const review = makeReview();

  it('keeps only the questions a role answers', () => {
    expect(questionsFor(review, 'SELF')[0].questions.map((q) => q.text)).toEqual([
      'Collaboration',
      'Highlights',
    ]);
    expect(questionsFor(review, 'PEER')).toEqual([]);
  });

  it('lists required answers still missing, counting "not rated" as an answer', () => {
    expect(missingAnswers(review, 'SELF', {}).map((q) => q.text)).toEqual([
      'Collaboration',
      'Highlights',
    ]);
    expect(
      missingAnswers(review, 'SELF', {
        'q-collab': { questionId: 'q-collab', notRated: true },
        'q-notes': { questionId: 'q-notes', text: '  ' },
      }).map((q) => q.text),
    ).toEqual(['Highlights']);
  });

  it('wants every objective rated for an objectives question', () => {
    const manager = { 'q-collab': { questionId: 'q-collab', rating: 2 } };
    expect(missingAnswers(review, 'MANAGER', manager).map((q) => q.text)).toEqual(['Objectives']);
    expect(
      missingAnswers(review, 'MANAGER', {
        ...manager,
        'q-goals': { questionId: 'q-goals', objectiveRatings: [{ objectiveId: 'o-1', rating: 3 }] },
      }),
    ).toEqual([]);
  });
});
