import type { TextEdit } from '../types';

// What every face offers for a finding (spec 5.1), the way ESLint tells `fix` from `suggestions`: a fix restores
// what the file plainly meant and changes no packaging decision; a suggestion changes one, so a person picks it.

export type EditKind = 'fix' | 'suggestion';

export interface OfferedEdit {
  title: string;
  kind: EditKind;
  /** the one obvious answer: only a fix may be preferred */
  preferred: boolean;
  edits: TextEdit[];
}

/** An offered edit; the name the project used before suggestions were told apart. */
export type Fix = OfferedEdit;
