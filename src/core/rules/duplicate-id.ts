import type { Rule } from './types';

// Duplicates are found by the model builder over every element, valid or not; see check.ts.
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  category: 'structure',
  description: 'A plan or feature id is used twice.',
};
