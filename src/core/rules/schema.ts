import type { Rule } from './types';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  category: 'structure',
  description: 'A value or key breaks the packaging.yaml format.',
};
