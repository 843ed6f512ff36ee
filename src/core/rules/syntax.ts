import type { Rule } from './types';

export const syntax: Rule = {
  id: 'syntax',
  severity: 'error',
  category: 'structure',
  description: 'The YAML does not parse.',
};
