import type { Rule } from './types';

// Reported by the pipeline after every other rule and every severity override: see check.ts.
export const unusedAccept: Rule = {
  id: 'unused-accept',
  severity: 'info',
  category: 'decision',
  description: 'An `accept` entry accepted no finding.',
};
