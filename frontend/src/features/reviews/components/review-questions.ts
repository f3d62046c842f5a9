import type { Review, ReviewQuestion } from '@/features/reviews/api/get-review';
import type { Answer, Role } from '@/features/reviews/api/review-answers';

type Draft = Record<string, Answer>;

/** The sections and questions a role answers, empty sections left out. */
export function questionsFor(review: Review, role: Role) {
  return review.sections
    .map((section) => ({
      ...section,
      questions: section.questions.filter((q) => q.roles.includes(role)),
    }))
    .filter((section) => section.questions.length > 0);
}

/** The questions a required answer is still missing for, as the server would judge them. */
export function missingAnswers(review: Review, role: Role, draft: Draft): ReviewQuestion[] {
  return questionsFor(review, role)
    .flatMap((s) => s.questions)
    .filter((q) => q.required)
    .filter((q) => {
      const a = draft[q.id ?? ''];
      if (!a) return true;
      if (q.kind === 'RATING') return a.rating == null && !a.notRated;
      if (q.kind === 'TEXT') return !a.text?.trim();
      const done = new Set(
        (a.objectiveRatings ?? [])
          .filter((r) => r.rating != null || r.notRated)
          .map((r) => r.objectiveId),
      );
      return review.objectives.some((o) => !done.has(o.id));
    });
}
