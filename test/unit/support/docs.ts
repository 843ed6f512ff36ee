// Small packaging files for the rule tests: a clean base, with parts swapped in.

export const GROWTH = `growth:
  acquisition: product-led
  retention: product-led
  monetization: self-serve
  relationship: one-to-many
  freeOffer: freemium
  freemiumGoals: [poc]
`;

export const PLANS = `plans:
  - id: free
    price: 0
  - id: pro
    name: Pro
    price: 10
  - id: enterprise
    price: contact-sales
`;

/** A free feature with the aha moment and a habit loop: keeps no-free-aha / no-free-habit-loop quiet. */
export const BASE_FEATURE = `  - id: boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
`;

/** Last in the list: a walled history that grows with use, the upgrade trigger (keeps no-upgrade-trigger quiet). */
export const TRIGGER_FEATURE = `  - id: history
    plan: free
    limits: { free: 90 }
    signals: { expansion: true }
`;

export interface Parts {
  /** the whole growth block; null leaves it out */
  growth?: string | null;
  plans?: string;
  /** feature list items appended after the base feature */
  features?: string;
  /** replaces the base feature too */
  allFeatures?: string;
  rules?: string;
}

export function doc(p: Parts = {}): string {
  const growth = p.growth === null ? '' : (p.growth ?? GROWTH);
  const features = p.allFeatures ?? BASE_FEATURE + (p.features ?? '') + TRIGGER_FEATURE;
  return `version: 1
product:
  name: Acme
${growth}${p.plans ?? PLANS}features:
${features}${p.rules ?? ''}`;
}
