import { dump } from 'js-yaml';
import { check } from '../../check';
import type { FeatureModel, Limit, PackagingModel, PlanModel } from '../../model/model';
import { slugify } from '../import/pricing2yaml';

// packaging.yaml -> Pricing2Yaml 3.0 (what the pricing4ts parser reads). Pure: text in, text + notes out.
// Decisions (see docs/cli.md#export): keys are the display names when they slugify back to the id (so an
// import gives the same ids and names), else the ids; a feature's limits become one usage limit linked to
// it; minSeats becomes a `minUsers` usage limit; salesAssisted becomes `custom: true`; signals, rationale,
// accept, growth, status and requestedBy have no Pricing2Yaml field and are dropped with a note.

export interface ExportOptions {
  /** `createdAt` (yyyy-mm-dd); pricing4ts refuses a date in the future */
  createdAt: string;
  /** ISO 4217 code; packaging.yaml has no currency (default USD) */
  currency?: string;
}

export interface ExportResult {
  text: string;
  /** what Pricing2Yaml cannot hold, one line each */
  warnings: string[];
}

export class ExportError extends Error {
  override name = 'ExportError';
}

type Obj = Record<string, unknown>;

const TYPE_BY_CATEGORY: Record<string, string> = Object.assign(Object.create(null), {
  support: 'SUPPORT',
  management: 'MANAGEMENT',
  guarantees: 'GUARANTEE',
  information: 'INFORMATION',
});

/** "user/month", "/month", "workspace": what Pricing2Yaml writes in `unit`, from per and period. */
function unitOf(per: string | undefined, period: string | undefined): string | undefined {
  const subject = per === 'seat' ? 'user' : per === 'usage' ? 'usage' : per;
  if (!subject && !period) return undefined;
  return `${subject ?? ''}${period ? `/${period}` : ''}`;
}

const limitNumber = (l: Limit): number => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l);

export function exportPricing2Yaml(text: string, options: ExportOptions): ExportResult {
  const result = check(text);
  const model = result.model;
  if (!model || result.syntaxError) throw new ExportError('the file is not valid YAML');
  if (model.plans.length === 0) throw new ExportError('the file has no valid plan');
  const warnings: string[] = [];
  const schemaErrors = result.diagnostics.filter((d) => d.rule === 'schema' && !d.accepted);
  if (schemaErrors.length > 0)
    warnings.push(`${schemaErrors.length} schema error(s): the elements they sit in are left out`);
  return { text: render(model, options, warnings), warnings };
}

function render(model: PackagingModel, options: ExportOptions, warnings: string[]): string {
  const used = {
    features: new Set<string>(),
    plans: new Set<string>(),
    addOns: new Set<string>(),
    limits: new Set<string>(),
  };
  const shortKeys: string[] = [];
  /** A key an import turns back into the same id (and name): the name when it slugifies to the id. */
  const keyFor = (kind: keyof typeof used, id: string, name: string, prefix: string): string => {
    let key = name.trim() !== '' && slugify(name, prefix) === id && !/[#:]/.test(name) ? name.trim() : id;
    if (key.length < 3) {
      // pricing4ts wants names of 3 characters or more
      key = `${id}-${prefix}`;
      shortKeys.push(id);
    }
    let k = key;
    for (let n = 2; used[kind].has(k); n++) k = `${key}-${n}`;
    used[kind].add(k);
    return k;
  };
  const plans = model.plans;
  const planKey = new Map<PlanModel, string>(plans.map((p) => [p, keyFor('plans', p.id, p.name, 'plan')]));
  const addOnKey = new Map(model.addOns.map((a) => [a.id, keyFor('addOns', a.id, a.name, 'add-on')]));
  const featureKey = new Map<FeatureModel, string>(
    model.features.map((f) => [f, keyFor('features', f.id, f.name, 'feature')]),
  );

  const tags = [...new Set(model.features.map((f) => f.category).filter((c): c is string => !!c))];
  const features: Obj = {};
  const usageLimits: Obj = {};
  const planFeatures = new Map<PlanModel, Obj>(plans.map((p) => [p, {}]));
  const planLimits = new Map<PlanModel, Obj>(plans.map((p) => [p, {}]));
  const addOnFeatures = new Map<string, Obj>(model.addOns.map((a) => [a.id, {}]));
  const addOnLimits = new Map<string, Obj>();
  const dropped = {
    signals: 0,
    rationale: 0,
    accept: 0,
    requestedBy: 0,
    planned: 0,
    unplaced: [] as string[],
  };
  const zeroWalls: string[] = [];
  /** features with both plan and add-on whose limits below the plan are the add-on's (no Pricing2Yaml field) */
  const soldBelow: string[] = [];

  for (const f of model.features) {
    const key = featureKey.get(f)!;
    if (f.signals) dropped.signals++;
    if (f.rationale) dropped.rationale++;
    if (f.accept.size > 0) dropped.accept++;
    if (f.requestedBy?.length) dropped.requestedBy++;
    if (f.status === 'planned') dropped.planned++;
    const placement = f.placement;
    if (!placement) {
      dropped.unplaced.push(f.id);
      continue;
    }
    // (r3) a feature with both `plan` and `addOn` is included from its plan and sold as the add-on below it
    const onAddOn = f.addOnOnly;
    const fromLowest = !onAddOn && placement.rank === 0;
    const out: Obj = {};
    if (f.description) out.description = f.description;
    out.valueType = 'BOOLEAN';
    out.defaultValue = fromLowest;
    out.type = TYPE_BY_CATEGORY[(f.category ?? '').toLowerCase()] ?? 'DOMAIN';
    if (f.category) out.tag = f.category;
    features[key] = out;
    if (f.addOn !== undefined && addOnFeatures.has(f.addOn))
      addOnFeatures.get(f.addOn)![key] = { value: true };
    if (!onAddOn && !fromLowest)
      for (const p of plans) if (p.rank >= placement.rank) planFeatures.get(p)![key] = { value: true };

    const limitKeys = Object.keys(f.limits);
    if (limitKeys.length === 0) continue;
    if (!onAddOn && f.availableFrom && f.availableFrom !== placement) {
      const below = plans.filter((p) => p.rank < placement.rank && f.limits[p.id] !== undefined);
      if (below.length) soldBelow.push(`${f.id} (${below.map((p) => p.id).join(', ')})`);
    }
    // One usage limit per feature: its value on each plan that includes it (absent = unlimited), 0 below.
    let lk = `${key} limit`;
    for (let n = 2; used.limits.has(lk); n++) lk = `${key} limit ${n}`;
    used.limits.add(lk);
    const valueOn = (p: PlanModel): number =>
      p.rank < placement.rank ? 0 : limitNumber(f.limits[p.id] ?? 'unlimited');
    const lowest = plans[0]!;
    const dflt = valueOn(lowest);
    for (const p of plans) {
      const v = valueOn(p);
      if (p.rank >= placement.rank && v === 0) zeroWalls.push(`${f.id} on ${p.id}`);
      if (p !== lowest && v !== dflt) planLimits.get(p)![lk] = { value: v };
    }
    // with both: the limit the add-on brings below the plan (one value: the entry on its lowest plan)
    const belowPlan =
      onAddOn || !f.addOnModel
        ? undefined
        : plans.find((p) => p.rank < placement.rank && f.limits[p.id] !== undefined);
    if (belowPlan)
      addOnLimits.set(f.addOn!, {
        ...addOnLimits.get(f.addOn!),
        [lk]: { value: limitNumber(f.limits[belowPlan.id]!) },
      });
    usageLimits[lk] = {
      valueType: 'NUMERIC',
      defaultValue: dflt,
      ...(f.unit ? { unit: f.unit } : {}),
      type: f.unit && /\/(day|week|month|year)$/.test(f.unit) ? 'RENEWABLE' : 'NON_RENEWABLE',
      linkedFeatures: [key],
    };
  }
  // minSeats: a usage limit tied to no feature, which the import reads back as minSeats
  if (plans.some((p) => p.minSeats !== undefined)) {
    usageLimits.minUsers = {
      description: 'The fewest seats a customer can buy',
      valueType: 'NUMERIC',
      defaultValue: 1,
      unit: 'user',
      type: 'NON_RENEWABLE',
    };
    for (const p of plans) if (p.minSeats !== undefined) planLimits.get(p)!.minUsers = { value: p.minSeats };
  }

  const price = (pr: number | 'contact-sales') => (pr === 'contact-sales' ? 'Contact Sales' : pr);
  const plansOut: Obj = {};
  for (const p of plans) {
    const fs = planFeatures.get(p)!;
    const ls = planLimits.get(p)!;
    const unit = unitOf(p.per, p.period);
    plansOut[planKey.get(p)!] = {
      price: price(p.price),
      ...(unit ? { unit } : {}),
      ...(p.salesAssisted && p.price !== 'contact-sales' ? { custom: true } : {}),
      features: Object.keys(fs).length ? fs : null,
      usageLimits: Object.keys(ls).length ? ls : null,
    };
  }
  const addOnsOut: Obj = {};
  const emptyAddOns: string[] = [];
  for (const a of model.addOns) {
    const key = addOnKey.get(a.id)!;
    const fs = addOnFeatures.get(a.id)!;
    const namesake = model.features.find((f) => f.id === a.id && featureKey.has(f) && f.placement);
    if (Object.keys(fs).length === 0 && namesake) {
      // a feature with the add-on's id (included in a plan, sold as this add-on below it): the add-on sells it
      fs[featureKey.get(namesake)!] = { value: true };
    } else if (Object.keys(fs).length === 0) {
      // pricing4ts refuses an add-on with nothing in it: the add-on itself becomes its one feature
      let fk = key;
      for (let n = 2; used.features.has(fk); n++) fk = `${key}-${n}`;
      used.features.add(fk);
      features[fk] = {
        description: `The ${a.name} add-on (it sells no listed feature)`,
        valueType: 'BOOLEAN',
        defaultValue: false,
        type: 'DOMAIN',
      };
      fs[fk] = { value: true };
      emptyAddOns.push(a.id);
    }
    const from = a.fromPlan ?? plans[0]!;
    const unit = unitOf(a.per, a.period);
    // (r3) requires/excludes: Pricing2Yaml's dependsOn/excludes, by add-on key
    const refs = (list: readonly { id: string }[]) =>
      list.map((r) => addOnKey.get(r.id)).filter((k): k is string => k !== undefined);
    const dependsOn = refs(a.requires);
    const excludes = refs(a.excludes);
    const ls = addOnLimits.get(a.id);
    addOnsOut[key] = {
      availableFor: plans.filter((p) => p.rank >= from.rank).map((p) => planKey.get(p)!),
      ...(dependsOn.length ? { dependsOn } : {}),
      ...(excludes.length ? { excludes } : {}),
      price: price(a.price),
      ...(unit ? { unit } : {}),
      features: fs,
      ...(ls ? { usageLimits: ls } : {}),
    };
  }

  const doc: Obj = {
    syntaxVersion: '3.0',
    saasName: (model.productName ?? 'Exported product').padEnd(3, '_'),
    ...(model.productUrl && /^https?:\/\/\S+$/i.test(model.productUrl) ? { url: model.productUrl } : {}),
    createdAt: options.createdAt,
    version: options.createdAt,
    currency: options.currency ?? 'USD',
    ...(tags.length ? { tags } : {}),
    features,
    usageLimits: Object.keys(usageLimits).length ? usageLimits : null,
    plans: plansOut,
    addOns: Object.keys(addOnsOut).length ? addOnsOut : null,
  };

  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  warnings.push(`packaging.yaml has no currency: written as ${options.currency ?? 'USD'}`);
  if (dropped.signals)
    warnings.push(`signals on ${n(dropped.signals, 'feature')} dropped: Pricing2Yaml has no field for them`);
  if (dropped.rationale)
    warnings.push(
      `rationale on ${n(dropped.rationale, 'feature')} dropped: Pricing2Yaml has no field for it`,
    );
  if (dropped.accept || model.accept.size)
    warnings.push(`accepted findings (${dropped.accept + model.accept.size} accept block(s)) dropped`);
  if (model.hasGrowth) warnings.push('the growth model dropped: Pricing2Yaml has no field for it');
  if (dropped.requestedBy) warnings.push(`requestedBy on ${n(dropped.requestedBy, 'feature')} dropped`);
  if (dropped.planned) warnings.push(`${n(dropped.planned, 'planned feature')} exported as available`);
  if (dropped.unplaced.length)
    warnings.push(`features on an unknown plan or add-on left out: ${dropped.unplaced.join(', ')}`);
  if (soldBelow.length)
    warnings.push(
      `the limits an add-on brings below a feature's plan have no Pricing2Yaml field (the plans below show 0): ${soldBelow.join(', ')}`,
    );
  if (zeroWalls.length)
    warnings.push(`a limit of 0 reads as "not included" in Pricing2Yaml: ${zeroWalls.join(', ')}`);
  if (shortKeys.length)
    warnings.push(`ids shorter than 3 characters were lengthened: ${shortKeys.join(', ')}`);
  if (emptyAddOns.length)
    warnings.push(
      `add-ons with no feature get one named after them (Pricing2Yaml wants one): ${emptyAddOns.join(', ')}`,
    );
  const header = `# Exported from packaging.yaml by packaging-planner export (Pricing2Yaml ${doc.syntaxVersion}).\n`;
  return header + dump(doc, { lineWidth: -1, noRefs: true, quotingType: "'" });
}
