/**
 * What the review shows, derived from its inputs once per change: the assessments read (each parsed
 * once, also across renames), their columns, the level they are about (or why there is none) and the
 * comparison of their ratings.
 */
import type { LadderStrings } from '../../i18n/strings.js';
import { type ChecklistView, checklistView } from '../../model/checklist-view.js';
import type { RatingScale, RatingsParseResult } from '../../model/ratings.js';
import {
  commonLevel,
  parseAssessmentRatings,
  type ReadAssessment,
  type ReviewView,
  readAssessments,
  reviewView,
} from '../../model/review.js';
import type { Ladder, Level } from '../../model/types.js';
import { Memo } from '../shared/memo.js';
import { levelOrProblem } from '../shared/templates.js';
import { cellWordsOf, type ReviewColumn } from './review-export.js';
import { labelOf, type ReviewContext } from './review-templates.js';

export interface Derived {
  read: ReadAssessment[];
  /** Assessments left out beyond MAX_ASSESSMENTS. */
  dropped: number;
  columns: ReviewColumn[];
  /** The level, or why there is none to show. */
  level?: Level | string;
  view?: ReviewView;
  ctx?: ReviewContext;
}

export interface ReviewInputs {
  assessments: unknown;
  ladder: Ladder | undefined;
  level: string | undefined;
  scale: RatingScale | undefined;
  naLabel: string | undefined;
  t: LadderStrings;
}

export class ReviewDeriver {
  /** Parsed ratings by the value they came from (an object, or JSON text): renaming does not parse again. */
  private parsed = new Map<unknown, RatingsParseResult>();
  private readonly memo = {
    read: new Memo<{ list: ReadAssessment[]; dropped: number }>(),
    list: new Memo<ChecklistView>(),
    view: new Memo<ReviewView>(),
  };

  derive({ assessments, ladder, level: levelId, scale: ownScale, naLabel, t }: ReviewInputs): Derived {
    const { list: read, dropped } = this.memo.read.get([assessments], () => {
      const seen = new Map<unknown, RatingsParseResult>();
      const parse = (ratings: unknown) => {
        const result = this.parsed.get(ratings) ?? seen.get(ratings) ?? parseAssessmentRatings(ratings);
        seen.set(ratings, result);
        return result;
      };
      const out = readAssessments(assessments, parse);
      this.parsed = seen;
      return out;
    });
    const columns = read.flatMap((a, i) => (a.ok ? [{ label: labelOf(a, i, t), file: a.file }] : []));
    const derived: Derived = { read, dropped, columns };
    if (ladder && columns.length) {
      const common = commonLevel(columns.map((c) => c.file));
      const id = levelId || common.level;
      derived.level = !id && common.levels.length > 1 ? t.reviewLevelsDiffer(common.levels.join(', ')) : levelOrProblem(ladder, id, t);
      const level = derived.level;
      const scale = ownScale?.length ? ownScale : t.checklistScale;
      if (typeof level !== 'string') {
        const list = this.memo.list.get([ladder, level], () => checklistView(ladder, level));
        const ratings = columns.map((c) => c.file.ratings);
        derived.view = this.memo.view.get([list, scale, ...ratings], () => reviewView(list.sections, ratings, scale));
        derived.ctx = { t, scale, words: cellWordsOf(t, naLabel), levelId: level.id };
      }
    }
    return derived;
  }
}
