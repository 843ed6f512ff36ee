import type { Signal } from '../types';
import { firstFreePlan } from './helpers';
import type { RuleContext } from './types';

export function noFreeSignal(ctx: RuleContext, signal: Signal, message: (freePlan: string) => string): void {
  if (!ctx.model.productLed) return;
  const free = firstFreePlan(ctx);
  if (!free) return;
  if (ctx.model.features.some((f) => f.side === 'free' && f.signals?.[signal] === true)) return;
  ctx.report({ node: free.idNode, message: message(ctx.name(free)) });
}
