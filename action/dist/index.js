"use strict";var hf=Object.create;var ns=Object.defineProperty;var mf=Object.getOwnPropertyDescriptor;var gf=Object.getOwnPropertyNames;var yf=Object.getPrototypeOf,wf=Object.prototype.hasOwnProperty;var bf=(t,e,n)=>()=>{if(n)throw n[0];try{return t&&(e=t(t=0)),e}catch(r){throw n=[r],r}};var x=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(n){throw e=0,n}};var vf=(t,e,n,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of gf(e))!wf.call(t,i)&&i!==n&&ns(t,i,{get:()=>e[i],enumerable:!(r=mf(e,i))||r.enumerable});return t};var Ce=(t,e,n)=>(n=t!=null?hf(yf(t)):{},vf(e||!t||!t.__esModule?ns(n,"default",{value:t,enumerable:!0}):n,t));var y,u=bf(()=>{y={schema:`{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "version": {
      "type": "number",
      "const": 1,
      "description": "The format version: 1"
    },
    "product": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "description": "The product name"
        },
        "url": {
          "type": "string",
          "description": "The product web site"
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false,
      "description": "The product this file packages"
    },
    "growth": {
      "type": "object",
      "properties": {
        "acquisition": {
          "type": "string",
          "enum": [
            "product-led",
            "marketing-led",
            "sales-led"
          ],
          "description": "How users find the product (default product-led)"
        },
        "retention": {
          "type": "string",
          "enum": [
            "product-led",
            "marketing-led",
            "sales-led"
          ],
          "description": "What keeps users coming back (default product-led)"
        },
        "monetization": {
          "type": "string",
          "enum": [
            "self-serve",
            "product-led-sales",
            "sales-led"
          ],
          "description": "How revenue is collected (default self-serve)"
        },
        "relationship": {
          "type": "string",
          "enum": [
            "one-to-many",
            "single-player"
          ],
          "description": "one-to-many when collaboration is at the core, else single-player (default one-to-many)"
        },
        "freeOffer": {
          "type": "string",
          "enum": [
            "freemium",
            "trial",
            "freemium-and-trial",
            "none"
          ],
          "description": "The free offer (default freemium)"
        },
        "trialDays": {
          "type": "integer",
          "exclusiveMinimum": 0,
          "maximum": 9007199254740991,
          "description": "Trial length in days; only with freeOffer trial or freemium-and-trial"
        },
        "freemiumGoals": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "poc",
              "indirect-monetization",
              "strategic-land",
              "commoditization",
              "product-discovery",
              "data-collection"
            ]
          },
          "description": "Why there is a free offer at all"
        }
      },
      "additionalProperties": false,
      "description": "The growth model; fields left out take the assumed product-led defaults"
    },
    "plans": {
      "minItems": 1,
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]*$",
            "description": "Plan id: lowercase letters, digits and dashes, starting with a letter"
          },
          "name": {
            "type": "string",
            "description": "Display name (default: id)"
          },
          "price": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0
              },
              {
                "type": "string",
                "const": "contact-sales"
              }
            ],
            "description": "A number >= 0, or contact-sales"
          },
          "per": {
            "type": "string",
            "enum": [
              "seat",
              "workspace",
              "account",
              "usage"
            ],
            "description": "What the price is per"
          },
          "period": {
            "type": "string",
            "enum": [
              "month",
              "year"
            ],
            "description": "Billing period"
          }
        },
        "required": [
          "id",
          "price"
        ],
        "additionalProperties": false,
        "description": "A plan; plans are ordered from lowest to highest"
      },
      "description": "The plans, from lowest to highest"
    },
    "features": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]*$",
            "description": "Feature id: lowercase letters, digits and dashes, starting with a letter"
          },
          "name": {
            "type": "string",
            "description": "Display name (default: id)"
          },
          "description": {
            "type": "string",
            "description": "What the feature does"
          },
          "category": {
            "type": "string",
            "description": "Groups rows in the matrix"
          },
          "plan": {
            "type": "string",
            "description": "The lowest plan that includes it; every higher plan includes it too"
          },
          "unit": {
            "type": "string",
            "description": "What \`limits\` counts"
          },
          "limits": {
            "type": "object",
            "propertyNames": {
              "type": "string"
            },
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                },
                {
                  "type": "string",
                  "const": "unlimited"
                }
              ],
              "description": "An integer >= 0, or unlimited"
            },
            "description": "Usage walls: plan id -> integer >= 0 or unlimited; a plan left out is unlimited"
          },
          "signals": {
            "type": "object",
            "properties": {
              "virality": {
                "type": "boolean",
                "description": "Sharing, invites, public output: network effects"
              },
              "universality": {
                "type": "boolean",
                "description": "Enough for nearly every user, whatever their complexity"
              },
              "ahaMoment": {
                "type": "boolean",
                "description": "Needed to reach first value"
              },
              "habitLoop": {
                "type": "boolean",
                "description": "Brings users back: notifications, channels, reminders"
              },
              "friction": {
                "type": "boolean",
                "description": "Creates friction for the growth model if given away"
              }
            },
            "additionalProperties": false,
            "description": "The packaging test: which signals this feature has"
          },
          "status": {
            "type": "string",
            "enum": [
              "shipped",
              "planned"
            ],
            "description": "shipped (default) or planned"
          },
          "requestedBy": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The customers who asked for it"
          }
        },
        "required": [
          "id",
          "plan"
        ],
        "additionalProperties": false,
        "description": "A feature"
      },
      "description": "The features"
    },
    "rules": {
      "type": "object",
      "properties": {
        "syntax": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "schema": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "duplicate-id": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "unknown-plan": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "limit-outside-plan": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "non-monotonic-limit": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "non-monotonic-price": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "freemium-without-free-plan": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "gated-growth-driver": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "free-friction": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "unwalled-growth-driver": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "viral-wall": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "unclassified-feature": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "missing-growth-model": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "trial-only": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "freemium-without-goal": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "retention-first": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "single-player-acquisition": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "no-free-aha": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "no-free-habit-loop": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "no-self-serve-upgrade": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "sales-led-only": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "enterprise-only-roadmap": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "single-customer-feature": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        }
      },
      "additionalProperties": false,
      "description": "Severity overrides: rule id -> error | warning | info | off"
    }
  },
  "required": [
    "version",
    "product",
    "plans",
    "features"
  ],
  "additionalProperties": false,
  "title": "packaging.yaml",
  "description": "Packaging Planner: plans, features, usage limits and the growth model of one product",
  "$id": "https://packaging-planner.dev/schemas/packaging.schema.json"
}
`,docs:{"duplicate-id":`# duplicate-id

Default severity: error | Category: Structure

## What it checks

A plan or feature id is used twice.

Anchor: the second \`id\` value.

Ids must be unique among plans and among features. A plan and a feature may
share an id (a \`sso\` plan and an \`sso\` feature is fine).

## Why

Features point at plans by id, and editors, the matrix and pull request
comments name features by id. Two features with one id make "move
\`export-pdf\` to Free" ambiguous, and two plans with one id make a feature's
\`plan:\` point at two prices at once. Usually it is a copy-paste slip, and
one of the two rows hides a decision.

## How to fix

Rename the second one (ids are lowercase letters, digits and dashes,
starting with a letter), or merge the two entries if they describe the same
feature.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: export
    name: Export to PNG
    plan: free
  - id: export
    name: Export to PDF
    plan: pro
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: export-png
    name: Export to PNG
    plan: free
  - id: export-pdf
    name: Export to PDF
    plan: pro
\`\`\`

## Configure

\`\`\`yaml
rules:
  duplicate-id: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "duplicate-id": "off" }
\`\`\`
`,"enterprise-only-roadmap":`# enterprise-only-roadmap

Default severity: warning | Category: Growth model

## What it checks

Two or more features are \`planned\`, there is more than one plan, and every
planned feature's \`plan\` is the highest plan.

Anchor: the \`features\` key.

The highest plan is the last one under \`plans:\`.

## Why

A familiar story: a product-led company lands its first big enterprise
contract, hires sales, and the roadmap slowly fills with enterprise-only
features. At first it works, because many enterprise buyers are already
users. Then the pipeline dries up: most buyers are not in the user base,
and nobody is delighting the users who used to carry the product into their
companies. A roadmap made only of top-plan features is the early sign. Keep
innovating for the users on the lower plans so they stay your best sales
agents.

## How to fix

Look at what the lower plans' users need next and plan some of it for them.
If a planned feature drives growth (sharing, first value, habits), the
packaging test will say so once you add its \`signals\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: audit-log
    plan: enterprise
    status: planned
  - id: data-residency
    plan: enterprise
    status: planned
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: audit-log
    plan: enterprise
    status: planned
  - id: data-residency
    plan: enterprise
    status: planned
  - id: board-templates-gallery
    plan: free
    status: planned
    signals:
      universality: true
      ahaMoment: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  enterprise-only-roadmap: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "enterprise-only-roadmap": "off" }
\`\`\`
`,"free-friction":`# free-friction

Default severity: warning | Category: Packaging test

## What it checks

The packaging test recommends \`paid\` because of friction (the feature has
\`friction: true\` and no growth signal), but its side is \`free\`.

Anchor: the feature's \`plan\` value.

## Why

The rule of thumb for the free offer: anything that promotes the growth
model goes in free, anything that creates friction for it goes in paid.
Friction here means friction for the growth model, not a hard feature:
private spaces that stop sharing, admin approval before anyone can invite a
colleague, enforced single sign-on, restrictions on who can join. These
serve larger organisations that have a reason to pay for control; handed to
every free user, they slow the spread that free users exist for, and give
away the very thing a buyer would pay for.

## How to fix

Move the feature to a paid plan. If it also drives growth, mark that signal
too: the test then recommends \`free-limited\` (free behind a usage wall)
instead. If the feature creates no friction after all, set
\`friction: false\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: business
    price: 20
features:
  - id: invite-approval
    name: Admin approval for invites
    plan: free
    signals:
      friction: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: business
    price: 20
features:
  - id: invite-approval
    name: Admin approval for invites
    plan: business
    signals:
      friction: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  free-friction: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "free-friction": "off" }
\`\`\`
`,"freemium-without-free-plan":`# freemium-without-free-plan

Default severity: error | Category: Structure

## What it checks

\`growth.freeOffer\` is \`freemium\` or \`freemium-and-trial\` but no plan is free
(no plan has price \`0\`).

Anchor: the \`growth.freeOffer\` value.

Runs only when \`growth.freeOffer\` is written in the file.

## Why

Freemium means a forever-free way to use the product, with feature or usage
walls. Without a plan that costs nothing there is no freemium, only a
paywall, and the growth model the file declares is not the one customers
meet. Every free-side check (the aha moment, the habit loop, virality) also
depends on a free plan existing.

## How to fix

Add a free plan (\`price: 0\`) as the first plan and put the features that
drive growth in it; or, if there really is no forever-free offer, say so:
\`freeOffer: trial\` (with \`trialDays\`) or \`freeOffer: none\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [indirect-monetization]
plans:
  - id: pro
    price: 10
  - id: business
    price: 20
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [indirect-monetization]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 20
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  freemium-without-free-plan: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "freemium-without-free-plan": "off" }
\`\`\`
`,"freemium-without-goal":`# freemium-without-goal

Default severity: warning | Category: Growth model

## What it checks

\`growth.freeOffer\` includes freemium (\`freemium\` or \`freemium-and-trial\`)
and \`growth.freemiumGoals\` is missing or empty.

Anchor: the \`growth.freeOffer\` value.

Runs only when \`growth.freeOffer\` is written in the file.

## Why

The most common mistake with freemium is to treat it as a conversion-rate
tactic for the paid plans. A free offer costs money to run and support, so
it needs a strategic reason that the business can measure:

- \`poc\`: let people prove the product works for them (a free development
  database, with production use paid);
- \`indirect-monetization\`: free users spread the product (shared boards,
  invited guests, surveys answered by non-users);
- \`strategic-land\`: land in a segment you will expand into later;
- \`commoditization\`: the basics are free everywhere, so compete on what is
  above them;
- \`product-discovery\`: the free base reveals new use cases and personas;
- \`data-collection\`: free usage teaches you how to build better paid
  products.

Naming the goal decides what goes into the free plan: a POC goal needs the
aha moment free, an indirect-monetization goal needs the viral features
free.

## How to fix

List one or more goals in \`freemiumGoals\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [indirect-monetization, poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  freemium-without-goal: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "freemium-without-goal": "off" }
\`\`\`
`,"gated-growth-driver":`# gated-growth-driver

Default severity: warning | Category: Packaging test

## What it checks

The packaging test recommends \`free\` or \`free-limited\` for a feature, but
its side is \`paid\`, under a product-led growth model (info otherwise). The
message names the signals and the plan.

Anchor: the feature's \`plan\` value.

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. A feature's side is \`paid\` when
its \`plan\` is not a free plan.

## Why

In a product-led model the free offer is the acquisition and retention
engine, and four kinds of features fuel it:

- virality: sharing, invites and public output bring in new users for
  free; gating them monetizes the few and stops the many from recruiting
  (indirect monetization);
- universality: what nearly every user needs, whatever their complexity,
  is the floor of the product, not its upsell;
- aha moment: users who never reach first value never activate, and only
  activated users stay, pay or refer;
- habit loop: notifications, channels and reminders bring users back; a
  product people do not return to cannot grow from its users.

A paywall in front of any of these slows the loop that brings the next
customers. Charge for what grows with the value a customer gets, not for
what makes the product spread. In a sales-led model the loss is smaller, so
the finding is only informational there.

## How to fix

Move the feature to the free plan. If giving it away entirely costs too
much (the feature also has friction, or serves heavy use), put it on the
free plan behind a usage wall: \`limits: {free: 3}\` and let higher plans lift
it. If you disagree with the recommendation, check the \`signals\`: a feature
marked \`virality: true\` because it has a share button somewhere may not be
a growth driver at all.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: invite-guests
    name: Invite guests
    plan: pro
    signals:
      virality: true
      ahaMoment: true
\`\`\`

After (free, with a wall that paid plans lift):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: invite-guests
    name: Invite guests
    plan: free
    unit: guests per board
    limits:
      free: 5
    signals:
      virality: true
      ahaMoment: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  gated-growth-driver: off     # or info, to keep it visible but quiet
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "gated-growth-driver": "off" }
\`\`\`
`,"limit-outside-plan":`# limit-outside-plan

Default severity: error | Category: Structure

## What it checks

A \`limits:\` key names a plan below the feature's \`plan\`.

Anchor: that key.

\`plan:\` is the lowest plan that includes the feature; the plans below it do
not have the feature at all, so a limit there means nothing.

## Why

A limit on a plan that does not include the feature says two contradictory
things: "Free users get 3 of these" and "Free users do not get this". The
matrix cannot show both, and whoever reads the file next will pick one at
random. Usually the intent was a usage wall on the free plan, and the
feature's \`plan:\` was left on a paid plan by mistake, which also hides a
growth driver behind the paywall.

## How to fix

Decide which of the two you meant:

- the feature should be usable on the lower plan with a wall: lower its
  \`plan:\` to that plan and keep the limit;
- the feature is paid only: remove the limit on the lower plan.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: guest-invites
    plan: pro
    unit: guests
    limits:
      free: 2
      pro: unlimited
\`\`\`

After (a usage wall on Free):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: guest-invites
    plan: free
    unit: guests
    limits:
      free: 2
      pro: unlimited
\`\`\`

## Configure

\`\`\`yaml
rules:
  limit-outside-plan: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "limit-outside-plan": "off" }
\`\`\`
`,"missing-growth-model":`# missing-growth-model

Default severity: info | Category: Growth model

## What it checks

The file has no \`growth\` block.

Anchor: the \`version\` key.

Without it, the tool assumes a product-led model: acquisition and retention
\`product-led\`, monetization \`self-serve\`, relationship \`one-to-many\`,
freeOffer \`freemium\`. The other rules use these assumed values.

## Why

Which features belong in the free offer depends on how the company grows.
A product-led company needs its free plan to acquire and retain users; a
sales-led one can afford a thinner free offer; a single-player product
spreads differently from a collaboration tool. A growth model answers three
questions: how do we acquire, retain and monetize customers, and each can
be product-led, marketing-led or sales-led. Writing the answers down makes
the packaging decisions explainable and lets the tool judge them against
your model instead of a default.

## How to fix

Add a \`growth\` block. Every field in it is optional; write the ones you
have decided.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: self-serve
  relationship: one-to-many
  freeOffer: freemium
  freemiumGoals: [indirect-monetization, poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  missing-growth-model: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "missing-growth-model": "off" }
\`\`\`
`,"no-free-aha":`# no-free-aha

Default severity: warning | Category: Growth model

## What it checks

Under a product-led growth model, a free plan exists and no free-side
feature has \`ahaMoment: true\`.

Anchor: the first free plan's \`id\` value.

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. Features without a \`signals\`
block do not count.

## Why

The aha moment is when a new user first gets value from the product, and
only users who reach it activate. Only activated users are retained, and
only retained users invite others, create content and upgrade. A free plan
that stops short of the aha moment costs what a free plan costs and
produces none of that: people sign up, never see why the product matters,
and leave. The faster the path to value, the better the free plan works.

## How to fix

Find the feature (or the few features) a new user needs to get first value
and put them on the free plan, with a usage wall if needed. Mark it with
\`ahaMoment: true\`. If the aha feature is already free but not marked, add
the signal.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: templates
    plan: free
    signals:
      universality: true
  - id: editable-boards
    plan: pro
    signals:
      ahaMoment: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: templates
    plan: free
    signals:
      universality: true
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  no-free-aha: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "no-free-aha": "off" }
\`\`\`
`,"no-free-habit-loop":`# no-free-habit-loop

Default severity: warning | Category: Growth model

## What it checks

Under a product-led growth model, a free plan exists and no free-side
feature has \`habitLoop: true\`.

Anchor: the first free plan's \`id\` value.

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. Features without a \`signals\`
block do not count.

## Why

Retention has two drivers: activation (reaching the aha moment) and
engagement (coming back). Engagement comes from habit loops: notifications,
mentions, channels, reminders, digests, anything that brings a user back
without a salesperson or a marketing email. Free users are tomorrow's
paying users and today's advocates; if nothing in the free plan brings them
back, they forget the product before they outgrow it, and the acquisition
engine has nothing to run on.

## How to fix

Put at least one habit-forming feature in the free plan and mark it with
\`habitLoop: true\`. Notifications and mentions are the usual candidates;
gating them behind a paywall rarely earns much and costs engagement.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
  - id: notifications
    plan: pro
    signals:
      habitLoop: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
  - id: notifications
    plan: free
    signals:
      habitLoop: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  no-free-habit-loop: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "no-free-habit-loop": "off" }
\`\`\`
`,"no-self-serve-upgrade":`# no-self-serve-upgrade

Default severity: warning | Category: Growth model

## What it checks

Monetization is \`self-serve\` or \`product-led-sales\`, and no plan has a
numeric price greater than 0.

Anchor: the \`plans\` key.

When \`growth\` or \`growth.monetization\` is left out, monetization is
assumed to be \`self-serve\`, so this rule runs on such files too.

## Why

Self-serve monetization means a user can upgrade on their own, at the
moment they hit a wall, without talking to anyone. That needs a price they
can see and pay. If every plan is either free or \`contact-sales\`, the only
way up is a sales conversation, and the product-led model stops at the
paywall. Product-led sales works the same way: usage creates hand-raisers,
and a self-serve paid plan is the first thing most of them buy, long before
a sales team is worth their time.

## How to fix

Add a plan with a numeric price between the free plan and the
\`contact-sales\` plan. If monetization really is sales-led, say so with
\`monetization: sales-led\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  monetization: self-serve
plans:
  - id: free
    price: 0
  - id: enterprise
    price: contact-sales
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  monetization: self-serve
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
    per: seat
    period: month
  - id: enterprise
    price: contact-sales
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  no-self-serve-upgrade: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "no-self-serve-upgrade": "off" }
\`\`\`
`,"non-monotonic-limit":`# non-monotonic-limit

Default severity: warning | Category: Structure

## What it checks

A higher plan has a lower limit than a lower plan (\`unlimited\` is highest).

Anchor: the higher plan's limit value.

Remember that a plan which includes the feature but has no entry in
\`limits:\` is \`unlimited\`. So \`limits: {free: 3, business: 10}\` with a \`pro\`
plan between them reads "3 on Free, unlimited on Pro, 10 on Business", and
Business gets this warning.

## Why

Customers upgrade to get more, never less. A plan that takes something away
breaks the upgrade path a self-serve buyer walks alone: the person who
outgrew a wall on one plan finds a smaller wall on the next, and either
stays put or churns. It is almost always a typo or a forgotten entry, and
it is cheap to catch before it reaches the pricing page.

## How to fix

Make the limits grow (or stay equal) from the lowest plan to the highest:
raise the higher plan's limit, lower the lower plan's, or write the missing
entry for the plan in between.

Before (Business gets fewer projects than Pro, which has no entry and so is
unlimited):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 20
features:
  - id: projects
    plan: free
    unit: projects
    limits:
      free: 3
      business: 50
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 20
features:
  - id: projects
    plan: free
    unit: projects
    limits:
      free: 3
      pro: 20
      business: unlimited
\`\`\`

## Configure

\`\`\`yaml
rules:
  non-monotonic-limit: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "non-monotonic-limit": "off" }
\`\`\`
`,"non-monotonic-price":`# non-monotonic-price

Default severity: warning | Category: Structure

## What it checks

A numeric price is lower than a lower plan's numeric price.

Anchor: that price value.

Plans are listed from the lowest to the highest. \`contact-sales\` prices are
not numbers and are not compared.

## Why

Every higher plan includes everything of the plans below it, so a cheaper
higher plan makes the lower plan pointless and confuses anyone comparing
plans on their own, which is the whole point of self-serve. More often the
plans are simply listed in the wrong order, and then every feature's
"lowest plan" means something else than intended.

## How to fix

List the plans from the cheapest to the most expensive, or fix the price.
When the order is wrong, moving the plan also changes which features it
includes, so re-read the features that name it.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: business
    price: 20
  - id: pro
    price: 10
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 20
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  non-monotonic-price: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "non-monotonic-price": "off" }
\`\`\`
`,"retention-first":`# retention-first

Default severity: warning | Category: Growth model

## What it checks

\`growth.acquisition\` is \`product-led\` but \`growth.retention\` is not.

Anchor: the \`growth.retention\` value.

Runs only when both fields are written in the file.

## Why

Product-led acquisition runs on users: they invite colleagues, share their
work, create content others find, and buy. None of that happens unless the
product first activates them (they reach value) and engages them (habit
loops bring them back). Retention is the foundation: without product-led
retention, an acquisition engine pours users into a leaky bucket, and the
stock of active users never rises. Be product-led in retention first, then
hook acquisition onto it.

## How to fix

Make retention product-led: put the aha moment and at least one habit loop
(notifications, mentions, channels, digests) in the free offer, then set
\`retention: product-led\`. If acquisition is not really product-led yet,
say so (\`marketing-led\` or \`sales-led\`) until retention is.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: sales-led
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  retention-first: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "retention-first": "off" }
\`\`\`
`,"sales-led-only":`# sales-led-only

Default severity: info | Category: Growth model

## What it checks

\`growth.acquisition\`, \`growth.retention\` and \`growth.monetization\` are all
\`sales-led\`: nothing product-led is layered on.

Anchor: the \`growth\` key.

Runs only when the three fields are written in the file.

## Why

Product-led or sales-led is not an either/or choice. The companies that do
best run both: a sales-led company should keep doing what works and layer
product-led growth on top to amplify it, not switch. A company that stays
purely sales-led is exposed: a product-led competitor can win its users
from the bottom up, and in most markets a self-serve or product-led-sales
option will appear within the decade, from the incumbent or from someone
else. The cheapest first layer is usually product-led retention or a
product-led-sales motion on the existing customer base.

## How to fix

Pick one stage to make product-led first (usually retention, or
monetization through \`product-led-sales\`: let usage find the accounts ready
to buy more). If being purely sales-led is a deliberate choice, switch the
rule off.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Suite
growth:
  acquisition: sales-led
  retention: sales-led
  monetization: sales-led
  freeOffer: none
plans:
  - id: enterprise
    price: contact-sales
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Suite
growth:
  acquisition: sales-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: none
plans:
  - id: team
    price: 15
    per: seat
    period: month
  - id: enterprise
    price: contact-sales
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  sales-led-only: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "sales-led-only": "off" }
\`\`\`
`,schema:`# schema

Default severity: error | Category: Structure

## What it checks

A value or key breaks the format (section 2 of the spec).

Anchor: the offending value, or the key for unknown or missing keys (the
parent object's key for a missing one).

Every object is closed: an unknown key is an error that names the key and,
when one is close, suggests the nearest known key (\`signal\` -> \`signals\`).
Values are taken exactly as typed: \`"10"\` (a string) is not the number \`10\`.
A schema error in one plan, feature or the \`growth\` block does not hide the
rest: everything else is still checked.

## Why

The packaging file is a shared decision record read by product, sales,
finance and the tool itself. If a typo silently drops a key (\`singals:\`
instead of \`signals:\`), the feature quietly loses its packaging test and the
matrix shows a decision nobody made. Strict keys and values mean what you
wrote is what everyone reads.

## How to fix

Follow the message: rename the unknown key to the suggested one, write the
value with the right type (a number without quotes, \`true\`/\`false\`, one of
the listed words), or add the missing required key. The format at a glance
is in \`docs/format.md\`.

Before (the price is a string, \`signal\` is not a key, \`plan\` is missing on
the second feature):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: "10"
features:
  - id: share-boards
    plan: free
    signal:
      virality: true
  - id: export-pdf
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: share-boards
    plan: free
    signals:
      virality: true
  - id: export-pdf
    plan: pro
\`\`\`

## Configure

Not recommended: a value the tool cannot read is left out of every other
check. If you must:

\`\`\`yaml
rules:
  schema: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "schema": "off" }
\`\`\`
`,"single-customer-feature":`# single-customer-feature

Default severity: info | Category: Growth model

## What it checks

\`requestedBy\` lists exactly one customer and no growth signal (virality,
universality, ahaMoment, habitLoop) is true.

Anchor: the \`requestedBy\` value.

A feature without a \`signals\` block has no true growth signal, so it counts.

## Why

"This feature is critical to close a big deal this quarter." A roadmap
full of features named after one customer solves single-client problems,
not market problems. Such features are built under deadline pressure
without discovery, hidden behind flags, never marketed, and understood only
by the people who asked for them. That can be the right trade for a large
contract, but it should be a conscious one: if nothing suggests the feature
helps other users or the growth model, check whether more customers need it
before building it.

## How to fix

Do the discovery: find other customers with the same problem and add them
to \`requestedBy\`, or find the growth signal the feature has and mark it. If
it truly serves one customer, keep it at the top plan, and consider
silencing the rule for this file once the trade is agreed.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Suite
plans:
  - id: team
    price: 15
  - id: enterprise
    price: contact-sales
features:
  - id: custom-sap-export
    plan: enterprise
    status: planned
    requestedBy: [Globex]
    signals:
      friction: false
\`\`\`

After (discovery found the same need at two more customers):

\`\`\`yaml
version: 1
product:
  name: Acme Suite
plans:
  - id: team
    price: 15
  - id: enterprise
    price: contact-sales
features:
  - id: erp-export
    name: Export to ERP systems
    plan: enterprise
    status: planned
    requestedBy: [Globex, Initech, Umbrella]
    signals:
      friction: false
\`\`\`

## Configure

\`\`\`yaml
rules:
  single-customer-feature: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "single-customer-feature": "off" }
\`\`\`
`,"single-player-acquisition":`# single-player-acquisition

Default severity: info | Category: Growth model

## What it checks

\`growth.acquisition\` is \`product-led\` and \`growth.relationship\` is
\`single-player\`.

Anchor: the \`growth.acquisition\` value.

Runs only when both fields are written in the file.

## Why

Product-led acquisition comes naturally to products with a one-to-many
relationship, where collaboration is at the core: every Slack channel or
Miro board pulls in more people. A single-player product (a data warehouse,
a personal tool) has no built-in invite, so users rarely bring the next
user, and such products usually lean on marketing-led or sales-led
acquisition. It can still work (through public output, templates, referral
programs), but it is a bet worth stating on purpose.

## How to fix

Either give the product a collaborative loop (sharing, public output,
invites) and mark it with \`virality: true\`, then describe the relationship
as \`one-to-many\`; or set acquisition to \`marketing-led\` or \`sales-led\` and
keep product-led retention and monetization. If the bet is deliberate,
switch the rule off for this file.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme DB
growth:
  acquisition: product-led
  relationship: single-player
plans:
  - id: free
    price: 0
  - id: pro
    price: 25
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme DB
growth:
  acquisition: marketing-led
  retention: product-led
  relationship: single-player
plans:
  - id: free
    price: 0
  - id: pro
    price: 25
features: []
\`\`\`

## Configure

\`\`\`yaml
rules:
  single-player-acquisition: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "single-player-acquisition": "off" }
\`\`\`
`,syntax:`# syntax

Default severity: error | Category: Structure

## What it checks

The YAML does not parse (one diagnostic per parser error).

Anchor: the parser's error range.

A file with syntax errors gets only \`syntax\` diagnostics: every other rule
waits until the file parses.

## Why

Every other check, the matrix and the free/paid recommendations read the
parsed file. A half-read file would give half-answers: a plan that looks
missing, a feature that looks unclassified, a limit that looks wrong. So
the tool says nothing else until the YAML is sound, and it reports every
parser error at once so you can fix them in one go.

## How to fix

Read the message: it says what the parser expected. Common causes:

- a tab used for indentation (YAML allows only spaces);
- a \`[\`, \`{\` or quote that is never closed;
- a list item \`-\` indented differently from its siblings;
- a value containing \`: \` or starting with \`@\` or \`\` \` \`\` that needs quotes,
  for example \`description: "Note: beta"\`.

Before (the list of customers is never closed):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
features:
  - id: share-boards
    plan: free
    requestedBy: [Globex
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
features:
  - id: share-boards
    plan: free
    requestedBy: [Globex]
\`\`\`

## Configure

A file that does not parse cannot be read, and that includes its own
\`rules:\` block: \`syntax: off\` written in a broken file has no effect. Fix
the YAML instead. To silence the rule anyway (for example while files are
being generated), use the editor setting \`packagingPlanner.rules\`:

\`\`\`json
"packagingPlanner.rules": { "syntax": "off" }
\`\`\`
`,"trial-only":`# trial-only

Default severity: warning | Category: Growth model

## What it checks

\`growth.freeOffer\` is \`trial\`: a time-bound trial alienates larger
organisations; prefer a usage-based free offer.

Anchor: the \`growth.freeOffer\` value.

Runs only when \`growth.freeOffer\` is written in the file.

## Why

A trial and freemium both let people use the product for free; the
difference is the clock. A 14-day trial may suit a two-person startup, but
a larger organisation with security reviews, budgets and many dependencies
needs months to evaluate a product, and the trial ends before it has
started. Time is also a poor stand-in for value: nobody reaches the aha
moment faster because a countdown is running. A usage-based free offer (a
free development cluster, three boards, a few gigabytes) lets people play
as long as they like and pushes the production use, where the value is,
into paid.

## How to fix

Add a free plan with usage walls and switch to \`freeOffer: freemium\`, or
keep the trial for the top plan with \`freeOffer: freemium-and-trial\`. Say
why the free offer exists in \`freemiumGoals\`. If the trial really is the
right call, silence the rule for this file.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme DB
growth:
  freeOffer: trial
  trialDays: 14
plans:
  - id: starter
    price: 29
  - id: scale
    price: 199
features: []
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme DB
growth:
  freeOffer: freemium-and-trial
  trialDays: 14
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: starter
    price: 29
  - id: scale
    price: 199
features:
  - id: storage
    plan: free
    unit: GB
    limits:
      free: 1
      starter: 50
    signals:
      ahaMoment: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  trial-only: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "trial-only": "off" }
\`\`\`
`,"unclassified-feature":`# unclassified-feature

Default severity: info | Category: Packaging test

## What it checks

The feature has no \`signals\` block.

Anchor: the feature's \`id\` value.

Its recommendation is \`unclassified\`, and the placement rules have nothing
to say about it.

## Why

The packaging test turns five questions into a recommendation: does the
feature spread the product (virality), does nearly everyone need it
(universality), is it needed for first value (aha moment), does it bring
users back (habit loop), and does giving it away hurt the growth model
(friction)? A feature nobody asked those questions about sits on the free
or paid side by habit or by whoever shouted last. Answering them takes a
minute and makes the decision reviewable.

## How to fix

Add a \`signals\` block and answer the five questions with \`true\` or
\`false\`; a signal left out counts as \`false\`. The matrix then shows the
recommendation next to the plan you chose.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: comments
    plan: free
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: comments
    plan: free
    signals:
      virality: true
      universality: true
      habitLoop: true
      friction: false
\`\`\`

## Configure

Useful to silence while you import a long feature list and classify it
bit by bit:

\`\`\`yaml
rules:
  unclassified-feature: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "unclassified-feature": "off" }
\`\`\`
`,"unknown-plan":`# unknown-plan

Default severity: error | Category: Structure

## What it checks

A feature's \`plan:\` or a key of its \`limits:\` names no plan; the message
suggests the closest plan id.

Anchor: that value (for \`plan:\`) or that key (for \`limits:\`).

A feature whose \`plan\` is unknown gets this diagnostic and nothing from the
placement rules (its side, free or paid, is unknown).

## Why

A feature placed in a plan that does not exist is a feature nobody can buy
or use: the matrix cannot show it, and the packaging test cannot tell
whether it sits on the free or the paid side. It usually comes from a typo
or from a plan that was renamed (\`team\` became \`business\`) while some
features still point at the old name.

## How to fix

Use one of the ids under \`plans:\` (the suggestion in the message is the
closest one), or add the missing plan. In the editor, the quick fix applies
the suggestion.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: business
    price: 12
features:
  - id: private-boards
    plan: team
  - id: boards
    plan: free
    limits:
      free: 3
      busines: unlimited
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: business
    price: 12
features:
  - id: private-boards
    plan: business
  - id: boards
    plan: free
    limits:
      free: 3
      business: unlimited
\`\`\`

## Configure

\`\`\`yaml
rules:
  unknown-plan: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "unknown-plan": "off" }
\`\`\`
`,"unwalled-growth-driver":`# unwalled-growth-driver

Default severity: info | Category: Packaging test

## What it checks

The packaging test recommends \`free-limited\` (the feature has a growth
signal and friction), its side is \`free\`, and no free plan has a numeric
limit on it.

Anchor: the feature's \`plan\` value.

## Why

A feature that both drives growth and costs the growth model something
belongs in free, but behind a usage wall: enough to reach the aha moment
and to share, not enough to run the whole team on it for ever. Miro's three
editable boards are the classic wall: every user can collaborate, and the
team that lives in the product upgrades. With no wall, the free plan gives
away the reason to pay; with a wall of zero, it gives away nothing.

## How to fix

Give the free plan a numeric limit and say what it counts with \`unit:\`.
Pick a number that lets a new user reach value and invite others, and that
a team in daily use outgrows. If the feature has no friction after all,
set \`friction: false\` and it is simply \`free\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: editable-boards
    name: Editable boards
    plan: free
    signals:
      ahaMoment: true
      virality: true
      friction: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: editable-boards
    name: Editable boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      virality: true
      friction: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  unwalled-growth-driver: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "unwalled-growth-driver": "off" }
\`\`\`
`,"viral-wall":`# viral-wall

Default severity: warning | Category: Packaging test

## What it checks

The feature has \`virality: true\` and a free plan's limit on it is 0 or 1.

Anchor: that limit value.

## Why

Viral features earn their place in the free offer by spreading: every
shared board, invited guest or public page is a new user the product
acquired for free. A limit of 0 is not a free feature at all, and a limit
of 1 stops the loop after its first turn: one guest, one shared link, then
a paywall before the network effect starts. Walls on viral features should
be loose enough for a user to pull in a handful of colleagues; tighten the
walls on what a heavy team consumes instead.

## How to fix

Raise the free limit so that a user can share with a few people (often 3 to
10), or remove it. If you need a wall, put it on something that grows with
the value a team gets (storage, history, number of private projects) rather
than on the act of sharing. If the feature is not really viral, set
\`virality: false\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: guest-invites
    name: Invite guests
    plan: free
    unit: guests per board
    limits:
      free: 1
    signals:
      virality: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: guest-invites
    name: Invite guests
    plan: free
    unit: guests per board
    limits:
      free: 5
    signals:
      virality: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  viral-wall: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "viral-wall": "off" }
\`\`\`
`}}});var N=x(j=>{"use strict";u();var Ar=Symbol.for("yaml.alias"),rs=Symbol.for("yaml.document"),rn=Symbol.for("yaml.map"),is=Symbol.for("yaml.pair"),Pr=Symbol.for("yaml.scalar"),on=Symbol.for("yaml.seq"),ce=Symbol.for("yaml.node.type"),_f=t=>!!t&&typeof t=="object"&&t[ce]===Ar,$f=t=>!!t&&typeof t=="object"&&t[ce]===rs,xf=t=>!!t&&typeof t=="object"&&t[ce]===rn,Sf=t=>!!t&&typeof t=="object"&&t[ce]===is,os=t=>!!t&&typeof t=="object"&&t[ce]===Pr,Af=t=>!!t&&typeof t=="object"&&t[ce]===on;function ss(t){if(t&&typeof t=="object")switch(t[ce]){case rn:case on:return!0}return!1}function Pf(t){if(t&&typeof t=="object")switch(t[ce]){case Ar:case rn:case Pr:case on:return!0}return!1}var zf=t=>(os(t)||ss(t))&&!!t.anchor;j.ALIAS=Ar;j.DOC=rs;j.MAP=rn;j.NODE_TYPE=ce;j.PAIR=is;j.SCALAR=Pr;j.SEQ=on;j.hasAnchor=zf;j.isAlias=_f;j.isCollection=ss;j.isDocument=$f;j.isMap=xf;j.isNode=Pf;j.isPair=Sf;j.isScalar=os;j.isSeq=Af});var gt=x(zr=>{"use strict";u();var Z=N(),B=Symbol("break visit"),as=Symbol("skip children"),re=Symbol("remove node");function sn(t,e){let n=cs(e);Z.isDocument(t)?He(null,t.contents,n,Object.freeze([t]))===re&&(t.contents=null):He(null,t,n,Object.freeze([]))}sn.BREAK=B;sn.SKIP=as;sn.REMOVE=re;function He(t,e,n,r){let i=ls(t,e,n,r);if(Z.isNode(i)||Z.isPair(i))return us(t,r,i),He(t,i,n,r);if(typeof i!="symbol"){if(Z.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=He(o,e.items[o],n,r);if(typeof s=="number")o=s-1;else{if(s===B)return B;s===re&&(e.items.splice(o,1),o-=1)}}}else if(Z.isPair(e)){r=Object.freeze(r.concat(e));let o=He("key",e.key,n,r);if(o===B)return B;o===re&&(e.key=null);let s=He("value",e.value,n,r);if(s===B)return B;s===re&&(e.value=null)}}return i}async function an(t,e){let n=cs(e);Z.isDocument(t)?await Je(null,t.contents,n,Object.freeze([t]))===re&&(t.contents=null):await Je(null,t,n,Object.freeze([]))}an.BREAK=B;an.SKIP=as;an.REMOVE=re;async function Je(t,e,n,r){let i=await ls(t,e,n,r);if(Z.isNode(i)||Z.isPair(i))return us(t,r,i),Je(t,i,n,r);if(typeof i!="symbol"){if(Z.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=await Je(o,e.items[o],n,r);if(typeof s=="number")o=s-1;else{if(s===B)return B;s===re&&(e.items.splice(o,1),o-=1)}}}else if(Z.isPair(e)){r=Object.freeze(r.concat(e));let o=await Je("key",e.key,n,r);if(o===B)return B;o===re&&(e.key=null);let s=await Je("value",e.value,n,r);if(s===B)return B;s===re&&(e.value=null)}}return i}function cs(t){return typeof t=="object"&&(t.Collection||t.Node||t.Value)?Object.assign({Alias:t.Node,Map:t.Node,Scalar:t.Node,Seq:t.Node},t.Value&&{Map:t.Value,Scalar:t.Value,Seq:t.Value},t.Collection&&{Map:t.Collection,Seq:t.Collection},t):t}function ls(t,e,n,r){if(typeof n=="function")return n(t,e,r);if(Z.isMap(e))return n.Map?.(t,e,r);if(Z.isSeq(e))return n.Seq?.(t,e,r);if(Z.isPair(e))return n.Pair?.(t,e,r);if(Z.isScalar(e))return n.Scalar?.(t,e,r);if(Z.isAlias(e))return n.Alias?.(t,e,r)}function us(t,e,n){let r=e[e.length-1];if(Z.isCollection(r))r.items[t]=n;else if(Z.isPair(r))t==="key"?r.key=n:r.value=n;else if(Z.isDocument(r))r.contents=n;else{let i=Z.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}zr.visit=sn;zr.visitAsync=an});var Or=x(ds=>{"use strict";u();var fs=N(),Of=gt(),Cf={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Mf=t=>t.replace(/[!,[\]{}]/g,e=>Cf[e]),yt=class t{constructor(e,n){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},t.defaultYaml,e),this.tags=Object.assign({},t.defaultTags,n)}clone(){let e=new t(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new t(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:t.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},t.defaultTags);break}return e}add(e,n){this.atNextDocument&&(this.yaml={explicit:t.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},t.defaultTags),this.atNextDocument=!1);let r=e.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(n(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return n(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return n(6,`Unsupported YAML version ${o}`,s),!1}}default:return n(0,`Unknown directive ${i}`,!0),!1}}tagName(e,n){if(e==="!")return"!";if(e[0]!=="!")return n(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let s=e.slice(2,-1);return s==="!"||s==="!!"?(n(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&n("Verbatim tags must end with a >"),s)}let[,r,i]=e.match(/^(.*!)([^!]*)$/s);i||n(`The ${e} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return n(String(s)),null}return r==="!"?e:(n(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[n,r]of Object.entries(this.tags))if(e.startsWith(r))return n+Mf(e.substring(r.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let n=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(e&&r.length>0&&fs.isNode(e.contents)){let o={};Of.visit(e.contents,(s,a)=>{fs.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!e||i.some(a=>a.startsWith(s)))&&n.push(`%TAG ${o} ${s}`);return n.join(`
`)}};yt.defaultYaml={explicit:!1,version:"1.2"};yt.defaultTags={"!!":"tag:yaml.org,2002:"};ds.Directives=yt});var cn=x(wt=>{"use strict";u();var ps=N(),Ef=gt();function Nf(t){if(/[\x00-\x19\s,[\]{}]/.test(t)){let n=`Anchor must not contain whitespace or control characters: ${JSON.stringify(t)}`;throw new Error(n)}return!0}function hs(t){let e=new Set;return Ef.visit(t,{Value(n,r){r.anchor&&e.add(r.anchor)}}),e}function ms(t,e){for(let n=1;;++n){let r=`${t}${n}`;if(!e.has(r))return r}}function Tf(t,e){let n=[],r=new Map,i=null;return{onAnchor:o=>{n.push(o),i??(i=hs(t));let s=ms(e,i);return i.add(s),s},setAnchors:()=>{for(let o of n){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(ps.isScalar(s.node)||ps.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}wt.anchorIsValid=Nf;wt.anchorNames=hs;wt.createNodeAnchors=Tf;wt.findNewAnchor=ms});var Cr=x(gs=>{"use strict";u();function bt(t,e,n,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=bt(t,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=bt(t,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=bt(t,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=bt(t,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return t.call(e,n,r)}gs.applyReviver=bt});var he=x(ws=>{"use strict";u();var If=N();function ys(t,e,n){if(Array.isArray(t))return t.map((r,i)=>ys(r,String(i),n));if(t&&typeof t.toJSON=="function"){if(!n||!If.hasAnchor(t))return t.toJSON(e,n);let r={aliasCount:0,count:1,res:void 0};n.anchors.set(t,r),n.onCreate=o=>{r.res=o,delete n.onCreate};let i=t.toJSON(e,n);return n.onCreate&&n.onCreate(i),i}return typeof t=="bigint"&&!n?.keep?Number(t):t}ws.toJS=ys});var ln=x(vs=>{"use strict";u();var Lf=Cr(),bs=N(),Rf=he(),Mr=class{constructor(e){Object.defineProperty(this,bs.NODE_TYPE,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:n,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!bs.isDocument(e))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:e,keep:!0,mapAsMap:n===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=Rf.toJS(this,"",s);if(typeof i=="function")for(let{count:c,res:l}of s.anchors.values())i(l,c);return typeof o=="function"?Lf.applyReviver(o,{"":a},"",a):a}};vs.NodeBase=Mr});var vt=x(ks=>{"use strict";u();var Df=cn(),Zf=gt(),Xe=N(),qf=ln(),jf=he(),Er=class extends qf.NodeBase{constructor(e){super(Xe.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,n){if(n?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;n?.aliasResolveCache?r=n.aliasResolveCache:(r=[],Zf.visit(e,{Node:(o,s)=>{(Xe.isAlias(s)||Xe.hasAnchor(s))&&r.push(s)}}),n&&(n.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&n){let{anchors:o,doc:s,maxAliasCount:a}=n,c=o.get(i);if(c||(jf.toJS(i,null,n),c=o.get(i)),c?.res===void 0){let l="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(l)}if(a>=0&&(c.count+=1,c.aliasCount===0&&(c.aliasCount=un(s,i,o)),c.count*c.aliasCount>a)){let l="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(l)}}return i}toJSON(e,n){if(!n)return{source:this.source};let r=this.resolve(n.doc,n);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return n.anchors.get(r).res}toString(e,n,r){let i=`*${this.source}`;if(e){if(Df.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(e.implicitKey)return`${i} `}return i}};function un(t,e,n){if(Xe.isAlias(e)){let r=e.resolve(t),i=n&&r&&n.get(r);return i?i.count*i.aliasCount:0}else if(Xe.isCollection(e)){let r=0;for(let i of e.items){let o=un(t,i,n);o>r&&(r=o)}return r}else if(Xe.isPair(e)){let r=un(t,e.key,n),i=un(t,e.value,n);return Math.max(r,i)}return 1}ks.Alias=Er});var D=x(Nr=>{"use strict";u();var Ff=N(),Bf=ln(),Uf=he(),Kf=t=>!t||typeof t!="function"&&typeof t!="object",me=class extends Bf.NodeBase{constructor(e){super(Ff.SCALAR),this.value=e}toJSON(e,n){return n?.keep?this.value:Uf.toJS(this.value,e,n)}toString(){return String(this.value)}};me.BLOCK_FOLDED="BLOCK_FOLDED";me.BLOCK_LITERAL="BLOCK_LITERAL";me.PLAIN="PLAIN";me.QUOTE_DOUBLE="QUOTE_DOUBLE";me.QUOTE_SINGLE="QUOTE_SINGLE";Nr.Scalar=me;Nr.isScalarValue=Kf});var kt=x($s=>{"use strict";u();var Gf=vt(),Me=N(),_s=D(),Wf="tag:yaml.org,2002:";function Vf(t,e,n){if(e){let r=n.filter(o=>o.tag===e),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${e} not found`);return i}return n.find(r=>r.identify?.(t)&&!r.format)}function Yf(t,e,n){if(Me.isDocument(t)&&(t=t.contents),Me.isNode(t))return t;if(Me.isPair(t)){let f=n.schema[Me.MAP].createNode?.(n.schema,null,n);return f.items.push(t),f}(t instanceof String||t instanceof Number||t instanceof Boolean||typeof BigInt<"u"&&t instanceof BigInt)&&(t=t.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=n,c;if(r&&t&&typeof t=="object"){if(c=a.get(t),c)return c.anchor??(c.anchor=i(t)),new Gf.Alias(c.anchor);c={anchor:null,node:null},a.set(t,c)}e?.startsWith("!!")&&(e=Wf+e.slice(2));let l=Vf(t,e,s.tags);if(!l){if(t&&typeof t.toJSON=="function"&&(t=t.toJSON()),!t||typeof t!="object"){let f=new _s.Scalar(t);return c&&(c.node=f),f}l=t instanceof Map?s[Me.MAP]:Symbol.iterator in Object(t)?s[Me.SEQ]:s[Me.MAP]}o&&(o(l),delete n.onTagObj);let p=l?.createNode?l.createNode(n.schema,t,n):typeof l?.nodeClass?.from=="function"?l.nodeClass.from(n.schema,t,n):new _s.Scalar(t);return e?p.tag=e:l.default||(p.tag=l.tag),c&&(c.node=p),p}$s.createNode=Yf});var dn=x(fn=>{"use strict";u();var Hf=kt(),ie=N(),Jf=ln();function Tr(t,e,n){let r=n;for(let i=e.length-1;i>=0;--i){let o=e[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return Hf.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:t,sourceObjects:new Map})}var xs=t=>t==null||typeof t=="object"&&!!t[Symbol.iterator]().next().done,Ir=class extends Jf.NodeBase{constructor(e,n){super(e),Object.defineProperty(this,"schema",{value:n,configurable:!0,enumerable:!1,writable:!0})}clone(e){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(n.schema=e),n.items=n.items.map(r=>ie.isNode(r)||ie.isPair(r)?r.clone(e):r),this.range&&(n.range=this.range.slice()),n}addIn(e,n){if(xs(e))this.add(n);else{let[r,...i]=e,o=this.get(r,!0);if(ie.isCollection(o))o.addIn(i,n);else if(o===void 0&&this.schema)this.set(r,Tr(this.schema,i,n));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(e){let[n,...r]=e;if(r.length===0)return this.delete(n);let i=this.get(n,!0);if(ie.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}getIn(e,n){let[r,...i]=e,o=this.get(r,!0);return i.length===0?!n&&ie.isScalar(o)?o.value:o:ie.isCollection(o)?o.getIn(i,n):void 0}hasAllNullValues(e){return this.items.every(n=>{if(!ie.isPair(n))return!1;let r=n.value;return r==null||e&&ie.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){let[n,...r]=e;if(r.length===0)return this.has(n);let i=this.get(n,!0);return ie.isCollection(i)?i.hasIn(r):!1}setIn(e,n){let[r,...i]=e;if(i.length===0)this.set(r,n);else{let o=this.get(r,!0);if(ie.isCollection(o))o.setIn(i,n);else if(o===void 0&&this.schema)this.set(r,Tr(this.schema,i,n));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};fn.Collection=Ir;fn.collectionFromPath=Tr;fn.isEmptyPath=xs});var _t=x(pn=>{"use strict";u();var Xf=t=>t.replace(/^(?!$)(?: $)?/gm,"#");function Lr(t,e){return/^\n+$/.test(t)?t.substring(1):e?t.replace(/^(?! *$)/gm,e):t}var Qf=(t,e,n)=>t.endsWith(`
`)?Lr(n,e):n.includes(`
`)?`
`+Lr(n,e):(t.endsWith(" ")?"":" ")+n;pn.indentComment=Lr;pn.lineComment=Qf;pn.stringifyComment=Xf});var As=x($t=>{"use strict";u();var ed="flow",Rr="block",hn="quoted";function td(t,e,n="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return t;i<o&&(o=0);let c=Math.max(1+o,1+i-e.length);if(t.length<=c)return t;let l=[],p={},f=i-e.length;typeof r=="number"&&(r>i-Math.max(2,o)?l.push(0):f=i-r);let d,m,w=!1,g=-1,h=-1,k=-1;n===Rr&&(g=Ss(t,g,e.length),g!==-1&&(f=g+c));for(let b;b=t[g+=1];){if(n===hn&&b==="\\"){switch(h=g,t[g+1]){case"x":g+=3;break;case"u":g+=5;break;case"U":g+=9;break;default:g+=1}k=g}if(b===`
`)n===Rr&&(g=Ss(t,g,e.length)),f=g+e.length+c,d=void 0;else{if(b===" "&&m&&m!==" "&&m!==`
`&&m!=="	"){let v=t[g+1];v&&v!==" "&&v!==`
`&&v!=="	"&&(d=g)}if(g>=f)if(d)l.push(d),f=d+c,d=void 0;else if(n===hn){for(;m===" "||m==="	";)m=b,b=t[g+=1],w=!0;let v=g>k+1?g-2:h-1;if(p[v])return t;l.push(v),p[v]=!0,f=v+c,d=void 0}else w=!0}m=b}if(w&&a&&a(),l.length===0)return t;s&&s();let _=t.slice(0,l[0]);for(let b=0;b<l.length;++b){let v=l[b],$=l[b+1]||t.length;v===0?_=`
${e}${t.slice(0,$)}`:(n===hn&&p[v]&&(_+=`${t[v]}\\`),_+=`
${e}${t.slice(v+1,$)}`)}return _}function Ss(t,e,n){let r=e,i=e+1,o=t[i];for(;o===" "||o==="	";)if(e<i+n)o=t[++e];else{do o=t[++e];while(o&&o!==`
`);r=e,i=e+1,o=t[i]}return r}$t.FOLD_BLOCK=Rr;$t.FOLD_FLOW=ed;$t.FOLD_QUOTED=hn;$t.foldFlowLines=td});var St=x(Ps=>{"use strict";u();var J=D(),ge=As(),gn=(t,e)=>({indentAtStart:e?t.indent.length:t.indentAtStart,lineWidth:t.options.lineWidth,minContentWidth:t.options.minContentWidth}),yn=t=>/^(%|---|\.\.\.)/m.test(t);function nd(t,e,n){if(!e||e<0)return!1;let r=e-n,i=t.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(t[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function xt(t,e){let n=JSON.stringify(t);if(e.options.doubleQuotedAsJSON)return n;let{implicitKey:r}=e,i=e.options.doubleQuotedMinMultiLineLength,o=e.indent||(yn(t)?"  ":""),s="",a=0;for(let c=0,l=n[c];l;l=n[++c])if(l===" "&&n[c+1]==="\\"&&n[c+2]==="n"&&(s+=n.slice(a,c)+"\\ ",c+=1,a=c,l="\\"),l==="\\")switch(n[c+1]){case"u":{s+=n.slice(a,c);let p=n.substr(c+2,4);switch(p){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:p.substr(0,2)==="00"?s+="\\x"+p.substr(2):s+=n.substr(c,6)}c+=5,a=c+1}break;case"n":if(r||n[c+2]==='"'||n.length<i)c+=1;else{for(s+=n.slice(a,c)+`

`;n[c+2]==="\\"&&n[c+3]==="n"&&n[c+4]!=='"';)s+=`
`,c+=2;s+=o,n[c+2]===" "&&(s+="\\"),c+=1,a=c+1}break;default:c+=1}return s=a?s+n.slice(a):n,r?s:ge.foldFlowLines(s,o,ge.FOLD_QUOTED,gn(e,!1))}function Dr(t,e){if(e.options.singleQuote===!1||e.implicitKey&&t.includes(`
`)||/[ \t]\n|\n[ \t]/.test(t))return xt(t,e);let n=e.indent||(yn(t)?"  ":""),r="'"+t.replace(/'/g,"''").replace(/\n+/g,`$&
${n}`)+"'";return e.implicitKey?r:ge.foldFlowLines(r,n,ge.FOLD_FLOW,gn(e,!1))}function Qe(t,e){let{singleQuote:n}=e.options,r;if(n===!1)r=xt;else{let i=t.includes('"'),o=t.includes("'");i&&!o?r=Dr:o&&!i?r=xt:r=n?Dr:xt}return r(t,e)}var Zr;try{Zr=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{Zr=/\n+(?!\n|$)/g}function mn({comment:t,type:e,value:n},r,i,o){let{blockQuote:s,commentString:a,lineWidth:c}=r.options;if(!s||/\n[\t ]+$/.test(n))return Qe(n,r);let l=r.indent||(r.forceBlockIndent||yn(n)?"  ":""),p=s==="literal"?!0:s==="folded"||e===J.Scalar.BLOCK_FOLDED?!1:e===J.Scalar.BLOCK_LITERAL?!0:!nd(n,c,l.length);if(!n)return p?`|
`:`>
`;let f,d;for(d=n.length;d>0;--d){let $=n[d-1];if($!==`
`&&$!=="	"&&$!==" ")break}let m=n.substring(d),w=m.indexOf(`
`);w===-1?f="-":n===m||w!==m.length-1?(f="+",o&&o()):f="",m&&(n=n.slice(0,-m.length),m[m.length-1]===`
`&&(m=m.slice(0,-1)),m=m.replace(Zr,`$&${l}`));let g=!1,h,k=-1;for(h=0;h<n.length;++h){let $=n[h];if($===" ")g=!0;else if($===`
`)k=h;else break}let _=n.substring(0,k<h?k+1:h);_&&(n=n.substring(_.length),_=_.replace(/\n+/g,`$&${l}`));let v=(g?l?"2":"1":"")+f;if(t&&(v+=" "+a(t.replace(/ ?[\r\n]+/g," ")),i&&i()),!p){let $=n.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${l}`),P=!1,z=gn(r,!0);s!=="folded"&&e!==J.Scalar.BLOCK_FOLDED&&(z.onOverflow=()=>{P=!0});let S=ge.foldFlowLines(`${_}${$}${m}`,l,ge.FOLD_BLOCK,z);if(!P)return`>${v}
${l}${S}`}return n=n.replace(/\n+/g,`$&${l}`),`|${v}
${l}${_}${n}${m}`}function rd(t,e,n,r){let{type:i,value:o}=t,{actualString:s,implicitKey:a,indent:c,indentStep:l,inFlow:p}=e;if(a&&o.includes(`
`)||p&&/[[\]{},]/.test(o))return Qe(o,e);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||p||!o.includes(`
`)?Qe(o,e):mn(t,e,n,r);if(!a&&!p&&i!==J.Scalar.PLAIN&&o.includes(`
`))return mn(t,e,n,r);if(yn(o)){if(c==="")return e.forceBlockIndent=!0,mn(t,e,n,r);if(a&&c===l)return Qe(o,e)}let f=o.replace(/\n+/g,`$&
${c}`);if(s){let d=g=>g.default&&g.tag!=="tag:yaml.org,2002:str"&&g.test?.test(f),{compat:m,tags:w}=e.doc.schema;if(w.some(d)||m?.some(d))return Qe(o,e)}return a?f:ge.foldFlowLines(f,c,ge.FOLD_FLOW,gn(e,!1))}function id(t,e,n,r){let{implicitKey:i,inFlow:o}=e,s=typeof t.value=="string"?t:Object.assign({},t,{value:String(t.value)}),{type:a}=t;a!==J.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=J.Scalar.QUOTE_DOUBLE);let c=p=>{switch(p){case J.Scalar.BLOCK_FOLDED:case J.Scalar.BLOCK_LITERAL:return i||o?Qe(s.value,e):mn(s,e,n,r);case J.Scalar.QUOTE_DOUBLE:return xt(s.value,e);case J.Scalar.QUOTE_SINGLE:return Dr(s.value,e);case J.Scalar.PLAIN:return rd(s,e,n,r);default:return null}},l=c(a);if(l===null){let{defaultKeyType:p,defaultStringType:f}=e.options,d=i&&p||f;if(l=c(d),l===null)throw new Error(`Unsupported default string type ${d}`)}return l}Ps.stringifyString=id});var At=x(qr=>{"use strict";u();var od=cn(),ye=N(),sd=_t(),ad=St();function cd(t,e){let n=Object.assign({blockQuote:!0,commentString:sd.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},t.schema.toStringOptions,e),r;switch(n.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:t,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:typeof n.indent=="number"?" ".repeat(n.indent):"  ",inFlow:r,options:n}}function ld(t,e){if(e.tag){let i=t.filter(o=>o.tag===e.tag);if(i.length>0)return i.find(o=>o.format===e.format)??i[0]}let n,r;if(ye.isScalar(e)){r=e.value;let i=t.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}n=i.find(o=>o.format===e.format)??i.find(o=>!o.format)}else r=e,n=t.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!n){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return n}function ud(t,e,{anchors:n,doc:r}){if(!r.directives)return"";let i=[],o=(ye.isScalar(t)||ye.isCollection(t))&&t.anchor;o&&od.anchorIsValid(o)&&(n.add(o),i.push(`&${o}`));let s=t.tag??(e.default?null:e.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function fd(t,e,n,r){if(ye.isPair(t))return t.toString(e,n,r);if(ye.isAlias(t)){if(e.doc.directives)return t.toString(e);if(e.resolvedAliases?.has(t))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(t):e.resolvedAliases=new Set([t]),t=t.resolve(e.doc)}let i,o=ye.isNode(t)?t:e.doc.createNode(t,{onTagObj:c=>i=c});i??(i=ld(e.doc.schema.tags,o));let s=ud(o,i,e);s.length>0&&(e.indentAtStart=(e.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,e,n,r):ye.isScalar(o)?ad.stringifyString(o,e,n,r):o.toString(e,n,r);return s?ye.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${e.indent}${a}`:a}qr.createStringifyContext=cd;qr.stringify=fd});var Ms=x(Cs=>{"use strict";u();var le=N(),zs=D(),Os=At(),Pt=_t();function dd({key:t,value:e},n,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:c,options:{commentString:l,indentSeq:p,simpleKeys:f}}=n,d=le.isNode(t)&&t.comment||null;if(f){if(d)throw new Error("With simple keys, key nodes cannot have comments");if(le.isCollection(t)||!le.isNode(t)&&typeof t=="object"){let z="With simple keys, collection cannot be used as a key value";throw new Error(z)}}let m=!f&&(!t||d&&e==null&&!n.inFlow||le.isCollection(t)||(le.isScalar(t)?t.type===zs.Scalar.BLOCK_FOLDED||t.type===zs.Scalar.BLOCK_LITERAL:typeof t=="object"));n=Object.assign({},n,{allNullValues:!1,implicitKey:!m&&(f||!o),indent:a+c});let w=!1,g=!1,h=Os.stringify(t,n,()=>w=!0,()=>g=!0);if(!m&&!n.inFlow&&h.length>1024){if(f)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");m=!0}if(n.inFlow){if(o||e==null)return w&&r&&r(),h===""?"?":m?`? ${h}`:h}else if(o&&!f||e==null&&m)return h=`? ${h}`,d&&!w?h+=Pt.lineComment(h,n.indent,l(d)):g&&i&&i(),h;w&&(d=null),m?(d&&(h+=Pt.lineComment(h,n.indent,l(d))),h=`? ${h}
${a}:`):(h=`${h}:`,d&&(h+=Pt.lineComment(h,n.indent,l(d))));let k,_,b;le.isNode(e)?(k=!!e.spaceBefore,_=e.commentBefore,b=e.comment):(k=!1,_=null,b=null,e&&typeof e=="object"&&(e=s.createNode(e))),n.implicitKey=!1,!m&&!d&&le.isScalar(e)&&(n.indentAtStart=h.length+1),g=!1,!p&&c.length>=2&&!n.inFlow&&!m&&le.isSeq(e)&&!e.flow&&!e.tag&&!e.anchor&&(n.indent=n.indent.substring(2));let v=!1,$=Os.stringify(e,n,()=>v=!0,()=>g=!0),P=" ";if(d||k||_){if(P=k?`
`:"",_){let z=l(_);P+=`
${Pt.indentComment(z,n.indent)}`}$===""&&!n.inFlow?P===`
`&&b&&(P=`

`):P+=`
${n.indent}`}else if(!m&&le.isCollection(e)){let z=$[0],S=$.indexOf(`
`),A=S!==-1,O=n.inFlow??e.flow??e.items.length===0;if(A||!O){let E=!1;if(A&&(z==="&"||z==="!")){let T=$.indexOf(" ");z==="&"&&T!==-1&&T<S&&$[T+1]==="!"&&(T=$.indexOf(" ",T+1)),(T===-1||S<T)&&(E=!0)}E||(P=`
${n.indent}`)}}else($===""||$[0]===`
`)&&(P="");return h+=P+$,n.inFlow?v&&r&&r():b&&!v?h+=Pt.lineComment(h,n.indent,l(b)):g&&i&&i(),h}Cs.stringifyPair=dd});var Fr=x(jr=>{"use strict";u();var Es=require("process");function pd(t,...e){t==="debug"&&console.log(...e)}function hd(t,e){(t==="debug"||t==="warn")&&(typeof Es.emitWarning=="function"?Es.emitWarning(e):console.warn(e))}jr.debug=pd;jr.warn=hd});var _n=x(kn=>{"use strict";u();var vn=N(),Ns=D(),wn="<<",bn={identify:t=>t===wn||typeof t=="symbol"&&t.description===wn,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Ns.Scalar(Symbol(wn)),{addToJSMap:Ts}),stringify:()=>wn},md=(t,e)=>(bn.identify(e)||vn.isScalar(e)&&(!e.type||e.type===Ns.Scalar.PLAIN)&&bn.identify(e.value))&&t?.doc.schema.tags.some(n=>n.tag===bn.tag&&n.default);function Ts(t,e,n){let r=Is(t,n);if(vn.isSeq(r))for(let i of r.items)Br(t,e,i);else if(Array.isArray(r))for(let i of r)Br(t,e,i);else Br(t,e,r)}function Br(t,e,n){let r=Is(t,n);if(!vn.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,t,Map);for(let[o,s]of i)e instanceof Map?e.has(o)||e.set(o,s):e instanceof Set?e.add(o):Object.prototype.hasOwnProperty.call(e,o)||Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return e}function Is(t,e){return t&&vn.isAlias(e)?e.resolve(t.doc,t):e}kn.addMergeToJSMap=Ts;kn.isMergeKey=md;kn.merge=bn});var Kr=x(Ds=>{"use strict";u();var gd=Fr(),Ls=_n(),yd=At(),Rs=N(),Ur=he();function wd(t,e,{key:n,value:r}){if(Rs.isNode(n)&&n.addToJSMap)n.addToJSMap(t,e,r);else if(Ls.isMergeKey(t,n))Ls.addMergeToJSMap(t,e,r);else{let i=Ur.toJS(n,"",t);if(e instanceof Map)e.set(i,Ur.toJS(r,i,t));else if(e instanceof Set)e.add(i);else{let o=bd(n,i,t),s=Ur.toJS(r,o,t);o in e?Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):e[o]=s}}return e}function bd(t,e,n){if(e===null)return"";if(typeof e!="object")return String(e);if(Rs.isNode(t)&&n?.doc){let r=yd.createStringifyContext(n.doc,{});r.anchors=new Set;for(let o of n.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=t.toString(r);if(!n.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),gd.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),n.mapKeyWarned=!0}return i}return JSON.stringify(e)}Ds.addPairToJSMap=wd});var we=x(Gr=>{"use strict";u();var Zs=kt(),vd=Ms(),kd=Kr(),$n=N();function _d(t,e,n){let r=Zs.createNode(t,void 0,n),i=Zs.createNode(e,void 0,n);return new xn(r,i)}var xn=class t{constructor(e,n=null){Object.defineProperty(this,$n.NODE_TYPE,{value:$n.PAIR}),this.key=e,this.value=n}clone(e){let{key:n,value:r}=this;return $n.isNode(n)&&(n=n.clone(e)),$n.isNode(r)&&(r=r.clone(e)),new t(n,r)}toJSON(e,n){let r=n?.mapAsMap?new Map:{};return kd.addPairToJSMap(n,r,this)}toString(e,n,r){return e?.doc?vd.stringifyPair(this,e,n,r):JSON.stringify(this)}};Gr.Pair=xn;Gr.createPair=_d});var Wr=x(js=>{"use strict";u();var Ee=N(),qs=At(),Sn=_t();function $d(t,e,n){return(e.inFlow??t.flow?Sd:xd)(t,e,n)}function xd({comment:t,items:e},n,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:c,options:{commentString:l}}=n,p=Object.assign({},n,{indent:o,type:null}),f=!1,d=[];for(let w=0;w<e.length;++w){let g=e[w],h=null;if(Ee.isNode(g))!f&&g.spaceBefore&&d.push(""),An(n,d,g.commentBefore,f),g.comment&&(h=g.comment);else if(Ee.isPair(g)){let _=Ee.isNode(g.key)?g.key:null;_&&(!f&&_.spaceBefore&&d.push(""),An(n,d,_.commentBefore,f))}f=!1;let k=qs.stringify(g,p,()=>h=null,()=>f=!0);h&&(k+=Sn.lineComment(k,o,l(h))),f&&h&&(f=!1),d.push(r+k)}let m;if(d.length===0)m=i.start+i.end;else{m=d[0];for(let w=1;w<d.length;++w){let g=d[w];m+=g?`
${c}${g}`:`
`}}return t?(m+=`
`+Sn.indentComment(l(t),c),a&&a()):f&&s&&s(),m}function Sd({items:t},e,{flowChars:n,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=e;r+=o;let c=Object.assign({},e,{indent:r,inFlow:!0,type:null}),l=!1,p=0,f=[];for(let w=0;w<t.length;++w){let g=t[w],h=null;if(Ee.isNode(g))g.spaceBefore&&f.push(""),An(e,f,g.commentBefore,!1),g.comment&&(h=g.comment);else if(Ee.isPair(g)){let _=Ee.isNode(g.key)?g.key:null;_&&(_.spaceBefore&&f.push(""),An(e,f,_.commentBefore,!1),_.comment&&(l=!0));let b=Ee.isNode(g.value)?g.value:null;b?(b.comment&&(h=b.comment),b.commentBefore&&(l=!0)):g.value==null&&_?.comment&&(h=_.comment)}h&&(l=!0);let k=qs.stringify(g,c,()=>h=null);l||(l=f.length>p||k.includes(`
`)),w<t.length-1?k+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(l||(l=f.reduce((_,b)=>_+b.length+2,2)+(k.length+2)>e.options.lineWidth)),l&&(k+=",")),h&&(k+=Sn.lineComment(k,r,a(h))),f.push(k),p=f.length}let{start:d,end:m}=n;if(f.length===0)return d+m;if(!l){let w=f.reduce((g,h)=>g+h.length+2,2);l=e.options.lineWidth>0&&w>e.options.lineWidth}if(l){let w=d;for(let g of f)w+=g?`
${o}${i}${g}`:`
`;return`${w}
${i}${m}`}else return`${d}${s}${f.join(" ")}${s}${m}`}function An({indent:t,options:{commentString:e}},n,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Sn.indentComment(e(r),t);n.push(o.trimStart())}}js.stringifyCollection=$d});var ve=x(Yr=>{"use strict";u();var Ad=Wr(),Pd=Kr(),zd=dn(),be=N(),Pn=we(),Od=D();function zt(t,e){let n=be.isScalar(e)?e.value:e;for(let r of t)if(be.isPair(r)&&(r.key===e||r.key===n||be.isScalar(r.key)&&r.key.value===n))return r}var Vr=class extends zd.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(be.MAP,e),this.items=[]}static from(e,n,r){let{keepUndefined:i,replacer:o}=r,s=new this(e),a=(c,l)=>{if(typeof o=="function")l=o.call(n,c,l);else if(Array.isArray(o)&&!o.includes(c))return;(l!==void 0||i)&&s.items.push(Pn.createPair(c,l,r))};if(n instanceof Map)for(let[c,l]of n)a(c,l);else if(n&&typeof n=="object")for(let c of Object.keys(n))a(c,n[c]);return typeof e.sortMapEntries=="function"&&s.items.sort(e.sortMapEntries),s}add(e,n){let r;be.isPair(e)?r=e:!e||typeof e!="object"||!("key"in e)?r=new Pn.Pair(e,e?.value):r=new Pn.Pair(e.key,e.value);let i=zt(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!n)throw new Error(`Key ${r.key} already set`);be.isScalar(i.value)&&Od.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(e){let n=zt(this.items,e);return n?this.items.splice(this.items.indexOf(n),1).length>0:!1}get(e,n){let i=zt(this.items,e)?.value;return(!n&&be.isScalar(i)?i.value:i)??void 0}has(e){return!!zt(this.items,e)}set(e,n){this.add(new Pn.Pair(e,n),!0)}toJSON(e,n,r){let i=r?new r:n?.mapAsMap?new Map:{};n?.onCreate&&n.onCreate(i);for(let o of this.items)Pd.addPairToJSMap(n,i,o);return i}toString(e,n,r){if(!e)return JSON.stringify(this);for(let i of this.items)if(!be.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),Ad.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:n})}};Yr.YAMLMap=Vr;Yr.findPair=zt});var et=x(Bs=>{"use strict";u();var Cd=N(),Fs=ve(),Md={collection:"map",default:!0,nodeClass:Fs.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(t,e){return Cd.isMap(t)||e("Expected a mapping for this tag"),t},createNode:(t,e,n)=>Fs.YAMLMap.from(t,e,n)};Bs.map=Md});var ke=x(Us=>{"use strict";u();var Ed=kt(),Nd=Wr(),Td=dn(),On=N(),Id=D(),Ld=he(),Hr=class extends Td.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(On.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){let n=zn(e);return typeof n!="number"?!1:this.items.splice(n,1).length>0}get(e,n){let r=zn(e);if(typeof r!="number")return;let i=this.items[r];return!n&&On.isScalar(i)?i.value:i}has(e){let n=zn(e);return typeof n=="number"&&n<this.items.length}set(e,n){let r=zn(e);if(typeof r!="number")throw new Error(`Expected a valid index, not ${e}.`);let i=this.items[r];On.isScalar(i)&&Id.isScalarValue(n)?i.value=n:this.items[r]=n}toJSON(e,n){let r=[];n?.onCreate&&n.onCreate(r);let i=0;for(let o of this.items)r.push(Ld.toJS(o,String(i++),n));return r}toString(e,n,r){return e?Nd.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:n}):JSON.stringify(this)}static from(e,n,r){let{replacer:i}=r,o=new this(e);if(n&&Symbol.iterator in Object(n)){let s=0;for(let a of n){if(typeof i=="function"){let c=n instanceof Set?a:String(s++);a=i.call(n,c,a)}o.items.push(Ed.createNode(a,void 0,r))}}return o}};function zn(t){let e=On.isScalar(t)?t.value:t;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}Us.YAMLSeq=Hr});var tt=x(Gs=>{"use strict";u();var Rd=N(),Ks=ke(),Dd={collection:"seq",default:!0,nodeClass:Ks.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(t,e){return Rd.isSeq(t)||e("Expected a sequence for this tag"),t},createNode:(t,e,n)=>Ks.YAMLSeq.from(t,e,n)};Gs.seq=Dd});var Ot=x(Ws=>{"use strict";u();var Zd=St(),qd={identify:t=>typeof t=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:t=>t,stringify(t,e,n,r){return e=Object.assign({actualString:!0},e),Zd.stringifyString(t,e,n,r)}};Ws.string=qd});var Cn=x(Hs=>{"use strict";u();var Vs=D(),Ys={identify:t=>t==null,createNode:()=>new Vs.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Vs.Scalar(null),stringify:({source:t},e)=>typeof t=="string"&&Ys.test.test(t)?t:e.options.nullStr};Hs.nullTag=Ys});var Jr=x(Xs=>{"use strict";u();var jd=D(),Js={identify:t=>typeof t=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:t=>new jd.Scalar(t[0]==="t"||t[0]==="T"),stringify({source:t,value:e},n){if(t&&Js.test.test(t)){let r=t[0]==="t"||t[0]==="T";if(e===r)return t}return e?n.options.trueStr:n.options.falseStr}};Xs.boolTag=Js});var nt=x(Qs=>{"use strict";u();function Fd({format:t,minFractionDigits:e,tag:n,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!t&&e&&(!n||n==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=e-(o.length-s-1);for(;a-- >0;)o+="0"}return o}Qs.stringifyNumber=Fd});var Qr=x(Mn=>{"use strict";u();var Bd=D(),Xr=nt(),Ud={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:t=>t.slice(-3).toLowerCase()==="nan"?NaN:t[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Xr.stringifyNumber},Kd={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:t=>parseFloat(t),stringify(t){let e=Number(t.value);return isFinite(e)?e.toExponential():Xr.stringifyNumber(t)}},Gd={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(t){let e=new Bd.Scalar(parseFloat(t)),n=t.indexOf(".");return n!==-1&&t[t.length-1]==="0"&&(e.minFractionDigits=t.length-n-1),e},stringify:Xr.stringifyNumber};Mn.float=Gd;Mn.floatExp=Kd;Mn.floatNaN=Ud});var ti=x(Nn=>{"use strict";u();var ea=nt(),En=t=>typeof t=="bigint"||Number.isInteger(t),ei=(t,e,n,{intAsBigInt:r})=>r?BigInt(t):parseInt(t.substring(e),n);function ta(t,e,n){let{value:r}=t;return En(r)&&r>=0?n+r.toString(e):ea.stringifyNumber(t)}var Wd={identify:t=>En(t)&&t>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(t,e,n)=>ei(t,2,8,n),stringify:t=>ta(t,8,"0o")},Vd={identify:En,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(t,e,n)=>ei(t,0,10,n),stringify:ea.stringifyNumber},Yd={identify:t=>En(t)&&t>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(t,e,n)=>ei(t,2,16,n),stringify:t=>ta(t,16,"0x")};Nn.int=Vd;Nn.intHex=Yd;Nn.intOct=Wd});var ra=x(na=>{"use strict";u();var Hd=et(),Jd=Cn(),Xd=tt(),Qd=Ot(),ep=Jr(),ni=Qr(),ri=ti(),tp=[Hd.map,Xd.seq,Qd.string,Jd.nullTag,ep.boolTag,ri.intOct,ri.int,ri.intHex,ni.floatNaN,ni.floatExp,ni.float];na.schema=tp});var sa=x(oa=>{"use strict";u();var np=D(),rp=et(),ip=tt();function ia(t){return typeof t=="bigint"||Number.isInteger(t)}var Tn=({value:t})=>JSON.stringify(t),op=[{identify:t=>typeof t=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:t=>t,stringify:Tn},{identify:t=>t==null,createNode:()=>new np.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Tn},{identify:t=>typeof t=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:t=>t==="true",stringify:Tn},{identify:ia,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(t,e,{intAsBigInt:n})=>n?BigInt(t):parseInt(t,10),stringify:({value:t})=>ia(t)?t.toString():JSON.stringify(t)},{identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:t=>parseFloat(t),stringify:Tn}],sp={default:!0,tag:"",test:/^/,resolve(t,e){return e(`Unresolved plain scalar ${JSON.stringify(t)}`),t}},ap=[rp.map,ip.seq].concat(op,sp);oa.schema=ap});var oi=x(aa=>{"use strict";u();var Ct=require("buffer"),ii=D(),cp=St(),lp={identify:t=>t instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(t,e){if(typeof Ct.Buffer=="function")return Ct.Buffer.from(t,"base64");if(typeof atob=="function"){let n=atob(t.replace(/[\n\r]/g,"")),r=new Uint8Array(n.length);for(let i=0;i<n.length;++i)r[i]=n.charCodeAt(i);return r}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),t},stringify({comment:t,type:e,value:n},r,i,o){if(!n)return"";let s=n,a;if(typeof Ct.Buffer=="function")a=s instanceof Ct.Buffer?s.toString("base64"):Ct.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let c="";for(let l=0;l<s.length;++l)c+=String.fromCharCode(s[l]);a=btoa(c)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=ii.Scalar.BLOCK_LITERAL),e!==ii.Scalar.QUOTE_DOUBLE){let c=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),l=Math.ceil(a.length/c),p=new Array(l);for(let f=0,d=0;f<l;++f,d+=c)p[f]=a.substr(d,c);a=p.join(e===ii.Scalar.BLOCK_LITERAL?`
`:" ")}return cp.stringifyString({comment:t,type:e,value:a},r,i,o)}};aa.binary=lp});var Rn=x(Ln=>{"use strict";u();var In=N(),si=we(),up=D(),fp=ke();function ca(t,e){if(In.isSeq(t))for(let n=0;n<t.items.length;++n){let r=t.items[n];if(!In.isPair(r)){if(In.isMap(r)){r.items.length>1&&e("Each pair must have its own sequence indicator");let i=r.items[0]||new si.Pair(new up.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}t.items[n]=In.isPair(r)?r:new si.Pair(r)}}else e("Expected a sequence for this tag");return t}function la(t,e,n){let{replacer:r}=n,i=new fp.YAMLSeq(t);i.tag="tag:yaml.org,2002:pairs";let o=0;if(e&&Symbol.iterator in Object(e))for(let s of e){typeof r=="function"&&(s=r.call(e,String(o++),s));let a,c;if(Array.isArray(s))if(s.length===2)a=s[0],c=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let l=Object.keys(s);if(l.length===1)a=l[0],c=s[a];else throw new TypeError(`Expected tuple with one key, not ${l.length} keys`)}else a=s;i.items.push(si.createPair(a,c,n))}return i}var dp={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:ca,createNode:la};Ln.createPairs=la;Ln.pairs=dp;Ln.resolvePairs=ca});var li=x(ci=>{"use strict";u();var ua=N(),ai=he(),Mt=ve(),pp=ke(),fa=Rn(),Ne=class t extends pp.YAMLSeq{constructor(){super(),this.add=Mt.YAMLMap.prototype.add.bind(this),this.delete=Mt.YAMLMap.prototype.delete.bind(this),this.get=Mt.YAMLMap.prototype.get.bind(this),this.has=Mt.YAMLMap.prototype.has.bind(this),this.set=Mt.YAMLMap.prototype.set.bind(this),this.tag=t.tag}toJSON(e,n){if(!n)return super.toJSON(e);let r=new Map;n?.onCreate&&n.onCreate(r);for(let i of this.items){let o,s;if(ua.isPair(i)?(o=ai.toJS(i.key,"",n),s=ai.toJS(i.value,o,n)):o=ai.toJS(i,"",n),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(e,n,r){let i=fa.createPairs(e,n,r),o=new this;return o.items=i.items,o}};Ne.tag="tag:yaml.org,2002:omap";var hp={collection:"seq",identify:t=>t instanceof Map,nodeClass:Ne,default:!1,tag:"tag:yaml.org,2002:omap",resolve(t,e){let n=fa.resolvePairs(t,e),r=[];for(let{key:i}of n.items)ua.isScalar(i)&&(r.includes(i.value)?e(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new Ne,n)},createNode:(t,e,n)=>Ne.from(t,e,n)};ci.YAMLOMap=Ne;ci.omap=hp});var ga=x(ui=>{"use strict";u();var da=D();function pa({value:t,source:e},n){return e&&(t?ha:ma).test.test(e)?e:t?n.options.trueStr:n.options.falseStr}var ha={identify:t=>t===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new da.Scalar(!0),stringify:pa},ma={identify:t=>t===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new da.Scalar(!1),stringify:pa};ui.falseTag=ma;ui.trueTag=ha});var ya=x(Dn=>{"use strict";u();var mp=D(),fi=nt(),gp={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:t=>t.slice(-3).toLowerCase()==="nan"?NaN:t[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:fi.stringifyNumber},yp={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:t=>parseFloat(t.replace(/_/g,"")),stringify(t){let e=Number(t.value);return isFinite(e)?e.toExponential():fi.stringifyNumber(t)}},wp={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(t){let e=new mp.Scalar(parseFloat(t.replace(/_/g,""))),n=t.indexOf(".");if(n!==-1){let r=t.substring(n+1).replace(/_/g,"");r[r.length-1]==="0"&&(e.minFractionDigits=r.length)}return e},stringify:fi.stringifyNumber};Dn.float=wp;Dn.floatExp=yp;Dn.floatNaN=gp});var ba=x(Nt=>{"use strict";u();var wa=nt(),Et=t=>typeof t=="bigint"||Number.isInteger(t);function Zn(t,e,n,{intAsBigInt:r}){let i=t[0];if((i==="-"||i==="+")&&(e+=1),t=t.substring(e).replace(/_/g,""),r){switch(n){case 2:t=`0b${t}`;break;case 8:t=`0o${t}`;break;case 16:t=`0x${t}`;break}let s=BigInt(t);return i==="-"?BigInt(-1)*s:s}let o=parseInt(t,n);return i==="-"?-1*o:o}function di(t,e,n){let{value:r}=t;if(Et(r)){let i=r.toString(e);return r<0?"-"+n+i.substr(1):n+i}return wa.stringifyNumber(t)}var bp={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(t,e,n)=>Zn(t,2,2,n),stringify:t=>di(t,2,"0b")},vp={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(t,e,n)=>Zn(t,1,8,n),stringify:t=>di(t,8,"0")},kp={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(t,e,n)=>Zn(t,0,10,n),stringify:wa.stringifyNumber},_p={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(t,e,n)=>Zn(t,2,16,n),stringify:t=>di(t,16,"0x")};Nt.int=kp;Nt.intBin=bp;Nt.intHex=_p;Nt.intOct=vp});var hi=x(pi=>{"use strict";u();var Fn=N(),qn=we(),jn=ve(),Te=class t extends jn.YAMLMap{constructor(e){super(e),this.tag=t.tag}add(e){let n;Fn.isPair(e)?n=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?n=new qn.Pair(e.key,null):n=new qn.Pair(e,null),jn.findPair(this.items,n.key)||this.items.push(n)}get(e,n){let r=jn.findPair(this.items,e);return!n&&Fn.isPair(r)?Fn.isScalar(r.key)?r.key.value:r.key:r}set(e,n){if(typeof n!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof n}`);let r=jn.findPair(this.items,e);r&&!n?this.items.splice(this.items.indexOf(r),1):!r&&n&&this.items.push(new qn.Pair(e))}toJSON(e,n){return super.toJSON(e,n,Set)}toString(e,n,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),n,r);throw new Error("Set items must all have null values")}static from(e,n,r){let{replacer:i}=r,o=new this(e);if(n&&Symbol.iterator in Object(n))for(let s of n)typeof i=="function"&&(s=i.call(n,s,s)),o.items.push(qn.createPair(s,null,r));return o}};Te.tag="tag:yaml.org,2002:set";var $p={collection:"map",identify:t=>t instanceof Set,nodeClass:Te,default:!1,tag:"tag:yaml.org,2002:set",createNode:(t,e,n)=>Te.from(t,e,n),resolve(t,e){if(Fn.isMap(t)){if(t.hasAllNullValues(!0))return Object.assign(new Te,t);e("Set items must all have null values")}else e("Expected a mapping for this tag");return t}};pi.YAMLSet=Te;pi.set=$p});var gi=x(Bn=>{"use strict";u();var xp=nt();function mi(t,e){let n=t[0],r=n==="-"||n==="+"?t.substring(1):t,i=s=>e?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return n==="-"?i(-1)*o:o}function va(t){let{value:e}=t,n=s=>s;if(typeof e=="bigint")n=s=>BigInt(s);else if(isNaN(e)||!isFinite(e))return xp.stringifyNumber(t);let r="";e<0&&(r="-",e*=n(-1));let i=n(60),o=[e%i];return e<60?o.unshift(0):(e=(e-o[0])/i,o.unshift(e%i),e>=60&&(e=(e-o[0])/i,o.unshift(e))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Sp={identify:t=>typeof t=="bigint"||Number.isInteger(t),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(t,e,{intAsBigInt:n})=>mi(t,n),stringify:va},Ap={identify:t=>typeof t=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:t=>mi(t,!1),stringify:va},ka={identify:t=>t instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(t){let e=t.match(ka.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,n,r,i,o,s,a]=e.map(Number),c=e[7]?Number((e[7]+"00").substr(1,3)):0,l=Date.UTC(n,r-1,i,o||0,s||0,a||0,c),p=e[8];if(p&&p!=="Z"){let f=mi(p,!1);Math.abs(f)<30&&(f*=60),l-=6e4*f}return new Date(l)},stringify:({value:t})=>t?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};Bn.floatTime=Ap;Bn.intTime=Sp;Bn.timestamp=ka});var xa=x($a=>{"use strict";u();var Pp=et(),zp=Cn(),Op=tt(),Cp=Ot(),Mp=oi(),_a=ga(),yi=ya(),Un=ba(),Ep=_n(),Np=li(),Tp=Rn(),Ip=hi(),wi=gi(),Lp=[Pp.map,Op.seq,Cp.string,zp.nullTag,_a.trueTag,_a.falseTag,Un.intBin,Un.intOct,Un.int,Un.intHex,yi.floatNaN,yi.floatExp,yi.float,Mp.binary,Ep.merge,Np.omap,Tp.pairs,Ip.set,wi.intTime,wi.floatTime,wi.timestamp];$a.schema=Lp});var Ta=x(ki=>{"use strict";u();var za=et(),Rp=Cn(),Oa=tt(),Dp=Ot(),Zp=Jr(),bi=Qr(),vi=ti(),qp=ra(),jp=sa(),Ca=oi(),Tt=_n(),Ma=li(),Ea=Rn(),Sa=xa(),Na=hi(),Kn=gi(),Aa=new Map([["core",qp.schema],["failsafe",[za.map,Oa.seq,Dp.string]],["json",jp.schema],["yaml11",Sa.schema],["yaml-1.1",Sa.schema]]),Pa={binary:Ca.binary,bool:Zp.boolTag,float:bi.float,floatExp:bi.floatExp,floatNaN:bi.floatNaN,floatTime:Kn.floatTime,int:vi.int,intHex:vi.intHex,intOct:vi.intOct,intTime:Kn.intTime,map:za.map,merge:Tt.merge,null:Rp.nullTag,omap:Ma.omap,pairs:Ea.pairs,seq:Oa.seq,set:Na.set,timestamp:Kn.timestamp},Fp={"tag:yaml.org,2002:binary":Ca.binary,"tag:yaml.org,2002:merge":Tt.merge,"tag:yaml.org,2002:omap":Ma.omap,"tag:yaml.org,2002:pairs":Ea.pairs,"tag:yaml.org,2002:set":Na.set,"tag:yaml.org,2002:timestamp":Kn.timestamp};function Bp(t,e,n){let r=Aa.get(e);if(r&&!t)return n&&!r.includes(Tt.merge)?r.concat(Tt.merge):r.slice();let i=r;if(!i)if(Array.isArray(t))i=[];else{let o=Array.from(Aa.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${o} or define customTags array`)}if(Array.isArray(t))for(let o of t)i=i.concat(o);else typeof t=="function"&&(i=t(i.slice()));return n&&(i=i.concat(Tt.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?Pa[s]:s;if(!a){let c=JSON.stringify(s),l=Object.keys(Pa).map(p=>JSON.stringify(p)).join(", ");throw new Error(`Unknown custom tag ${c}; use one of ${l}`)}return o.includes(a)||o.push(a),o},[])}ki.coreKnownTags=Fp;ki.getTags=Bp});var xi=x(Ia=>{"use strict";u();var _i=N(),Up=et(),Kp=tt(),Gp=Ot(),Gn=Ta(),Wp=(t,e)=>t.key<e.key?-1:t.key>e.key?1:0,$i=class t{constructor({compat:e,customTags:n,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(e)?Gn.getTags(e,"compat"):e?Gn.getTags(null,e):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?Gn.coreKnownTags:{},this.tags=Gn.getTags(n,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,_i.MAP,{value:Up.map}),Object.defineProperty(this,_i.SCALAR,{value:Gp.string}),Object.defineProperty(this,_i.SEQ,{value:Kp.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Wp:null}clone(){let e=Object.create(t.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};Ia.Schema=$i});var Ra=x(La=>{"use strict";u();var Vp=N(),Si=At(),It=_t();function Yp(t,e){let n=[],r=e.directives===!0;if(e.directives!==!1&&t.directives){let c=t.directives.toString(t);c?(n.push(c),r=!0):t.directives.docStart&&(r=!0)}r&&n.push("---");let i=Si.createStringifyContext(t,e),{commentString:o}=i.options;if(t.commentBefore){n.length!==1&&n.unshift("");let c=o(t.commentBefore);n.unshift(It.indentComment(c,""))}let s=!1,a=null;if(t.contents){if(Vp.isNode(t.contents)){if(t.contents.spaceBefore&&r&&n.push(""),t.contents.commentBefore){let p=o(t.contents.commentBefore);n.push(It.indentComment(p,""))}i.forceBlockIndent=!!t.comment,a=t.contents.comment}let c=a?void 0:()=>s=!0,l=Si.stringify(t.contents,i,()=>a=null,c);a&&(l+=It.lineComment(l,"",o(a))),(l[0]==="|"||l[0]===">")&&n[n.length-1]==="---"?n[n.length-1]=`--- ${l}`:n.push(l)}else n.push(Si.stringify(t.contents,i));if(t.directives?.docEnd)if(t.comment){let c=o(t.comment);c.includes(`
`)?(n.push("..."),n.push(It.indentComment(c,""))):n.push(`... ${c}`)}else n.push("...");else{let c=t.comment;c&&s&&(c=c.replace(/^\n+/,"")),c&&((!s||a)&&n[n.length-1]!==""&&n.push(""),n.push(It.indentComment(o(c),"")))}return n.join(`
`)+`
`}La.stringifyDocument=Yp});var Lt=x(Da=>{"use strict";u();var Hp=vt(),rt=dn(),Y=N(),Jp=we(),Xp=he(),Qp=xi(),eh=Ra(),Ai=cn(),th=Cr(),nh=kt(),Pi=Or(),zi=class t{constructor(e,n,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,Y.NODE_TYPE,{value:Y.DOC});let i=null;typeof n=="function"||Array.isArray(n)?i=n:r===void 0&&n&&(r=n,n=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new Pi.Directives({version:s}),this.setSchema(s,r),this.contents=e===void 0?null:this.createNode(e,i,r)}clone(){let e=Object.create(t.prototype,{[Y.NODE_TYPE]:{value:Y.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=Y.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){it(this.contents)&&this.contents.add(e)}addIn(e,n){it(this.contents)&&this.contents.addIn(e,n)}createAlias(e,n){if(!e.anchor){let r=Ai.anchorNames(this);e.anchor=!n||r.has(n)?Ai.findNewAnchor(n||"a",r):n}return new Hp.Alias(e.anchor)}createNode(e,n,r){let i;if(typeof n=="function")e=n.call({"":e},"",e),i=n;else if(Array.isArray(n)){let h=_=>typeof _=="number"||_ instanceof String||_ instanceof Number,k=n.filter(h).map(String);k.length>0&&(n=n.concat(k)),i=n}else r===void 0&&n&&(r=n,n=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:c,onTagObj:l,tag:p}=r??{},{onAnchor:f,setAnchors:d,sourceObjects:m}=Ai.createNodeAnchors(this,s||"a"),w={aliasDuplicateObjects:o??!0,keepUndefined:c??!1,onAnchor:f,onTagObj:l,replacer:i,schema:this.schema,sourceObjects:m},g=nh.createNode(e,p,w);return a&&Y.isCollection(g)&&(g.flow=!0),d(),g}createPair(e,n,r={}){let i=this.createNode(e,null,r),o=this.createNode(n,null,r);return new Jp.Pair(i,o)}delete(e){return it(this.contents)?this.contents.delete(e):!1}deleteIn(e){return rt.isEmptyPath(e)?this.contents==null?!1:(this.contents=null,!0):it(this.contents)?this.contents.deleteIn(e):!1}get(e,n){return Y.isCollection(this.contents)?this.contents.get(e,n):void 0}getIn(e,n){return rt.isEmptyPath(e)?!n&&Y.isScalar(this.contents)?this.contents.value:this.contents:Y.isCollection(this.contents)?this.contents.getIn(e,n):void 0}has(e){return Y.isCollection(this.contents)?this.contents.has(e):!1}hasIn(e){return rt.isEmptyPath(e)?this.contents!==void 0:Y.isCollection(this.contents)?this.contents.hasIn(e):!1}set(e,n){this.contents==null?this.contents=rt.collectionFromPath(this.schema,[e],n):it(this.contents)&&this.contents.set(e,n)}setIn(e,n){rt.isEmptyPath(e)?this.contents=n:this.contents==null?this.contents=rt.collectionFromPath(this.schema,Array.from(e),n):it(this.contents)&&this.contents.setIn(e,n)}setSchema(e,n={}){typeof e=="number"&&(e=String(e));let r;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Pi.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new Pi.Directives({version:e}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(n.schema instanceof Object)this.schema=n.schema;else if(r)this.schema=new Qp.Schema(Object.assign(r,n));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:n,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!e,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},c=Xp.toJS(this.contents,n??"",a);if(typeof o=="function")for(let{count:l,res:p}of a.anchors.values())o(p,l);return typeof s=="function"?th.applyReviver(s,{"":c},"",c):c}toJSON(e,n){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:n})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let n=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${n}`)}return eh.stringifyDocument(this,e)}};function it(t){if(Y.isCollection(t))return!0;throw new Error("Expected a YAML collection as document contents")}Da.Document=zi});var Zt=x(Dt=>{"use strict";u();var Rt=class extends Error{constructor(e,n,r,i){super(),this.name=e,this.code=r,this.message=i,this.pos=n}},Oi=class extends Rt{constructor(e,n,r){super("YAMLParseError",e,n,r)}},Ci=class extends Rt{constructor(e,n,r){super("YAMLWarning",e,n,r)}},rh=(t,e)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(a=>e.linePos(a));let{line:r,col:i}=n.linePos[0];n.message+=` at line ${r}, column ${i}`;let o=i-1,s=t.substring(e.lineStarts[r-1],e.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=t.substring(e.lineStarts[r-2],e.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,c=n.linePos[1];c?.line===r&&c.col>i&&(a=Math.max(1,Math.min(c.col-i,80-o)));let l=" ".repeat(o)+"^".repeat(a);n.message+=`:

${s}
${l}
`}};Dt.YAMLError=Rt;Dt.YAMLParseError=Oi;Dt.YAMLWarning=Ci;Dt.prettifyError=rh});var qt=x(Za=>{"use strict";u();function ih(t,{flow:e,indicator:n,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let c=!1,l=a,p=a,f="",d="",m=!1,w=!1,g=null,h=null,k=null,_=null,b=null,v=null,$=null;for(let S of t)switch(w&&(S.type!=="space"&&S.type!=="newline"&&S.type!=="comma"&&o(S.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),w=!1),g&&(l&&S.type!=="comment"&&S.type!=="newline"&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),g=null),S.type){case"space":!e&&(n!=="doc-start"||r?.type!=="flow-collection")&&S.source.includes("	")&&(g=S),p=!0;break;case"comment":{p||o(S,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let A=S.source.substring(1)||" ";f?f+=d+A:f=A,d="",l=!1;break}case"newline":l?f?f+=S.source:(!v||n!=="seq-item-ind")&&(c=!0):d+=S.source,l=!0,m=!0,(h||k)&&(_=S),p=!0;break;case"anchor":h&&o(S,"MULTIPLE_ANCHORS","A node can have at most one anchor"),S.source.endsWith(":")&&o(S.offset+S.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=S,$??($=S.offset),l=!1,p=!1,w=!0;break;case"tag":{k&&o(S,"MULTIPLE_TAGS","A node can have at most one tag"),k=S,$??($=S.offset),l=!1,p=!1,w=!0;break}case n:(h||k)&&o(S,"BAD_PROP_ORDER",`Anchors and tags must be after the ${S.source} indicator`),v&&o(S,"UNEXPECTED_TOKEN",`Unexpected ${S.source} in ${e??"collection"}`),v=S,l=n==="seq-item-ind"||n==="explicit-key-ind",p=!1;break;case"comma":if(e){b&&o(S,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),b=S,l=!1,p=!1;break}default:o(S,"UNEXPECTED_TOKEN",`Unexpected ${S.type} token`),l=!1,p=!1}let P=t[t.length-1],z=P?P.offset+P.source.length:i;return w&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g&&(l&&g.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:b,found:v,spaceBefore:c,comment:f,hasNewline:m,anchor:h,tag:k,newlineAfterProp:_,end:z,start:$??z}}Za.resolveProps=ih});var Wn=x(qa=>{"use strict";u();function Mi(t){if(!t)return null;switch(t.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(t.source.includes(`
`))return!0;if(t.end){for(let e of t.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of t.items){for(let n of e.start)if(n.type==="newline")return!0;if(e.sep){for(let n of e.sep)if(n.type==="newline")return!0}if(Mi(e.key)||Mi(e.value))return!0}return!1;default:return!0}}qa.containsNewline=Mi});var Ei=x(ja=>{"use strict";u();var oh=Wn();function sh(t,e,n){if(e?.type==="flow-collection"){let r=e.end[0];r.indent===t&&(r.source==="]"||r.source==="}")&&oh.containsNewline(e)&&n(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}ja.flowIndentCheck=sh});var Ni=x(Ba=>{"use strict";u();var Fa=N();function ah(t,e,n){let{uniqueKeys:r}=t.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||Fa.isScalar(o)&&Fa.isScalar(s)&&o.value===s.value;return e.some(o=>i(o.key,n))}Ba.mapIncludes=ah});var Ya=x(Va=>{"use strict";u();var Ua=we(),ch=ve(),Ka=qt(),lh=Wn(),Ga=Ei(),uh=Ni(),Wa="All mapping items must start at the same column";function fh({composeNode:t,composeEmptyNode:e},n,r,i,o){let s=o?.nodeClass??ch.YAMLMap,a=new s(n.schema);n.atRoot&&(n.atRoot=!1);let c=r.offset,l=null;for(let p of r.items){let{start:f,key:d,sep:m,value:w}=p,g=Ka.resolveProps(f,{indicator:"explicit-key-ind",next:d??m?.[0],offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0}),h=!g.found;if(h){if(d&&(d.type==="block-seq"?i(c,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in d&&d.indent!==r.indent&&i(c,"BAD_INDENT",Wa)),!g.anchor&&!g.tag&&!m){l=g.end,g.comment&&(a.comment?a.comment+=`
`+g.comment:a.comment=g.comment);continue}(g.newlineAfterProp||lh.containsNewline(d))&&i(d??f[f.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else g.found?.indent!==r.indent&&i(c,"BAD_INDENT",Wa);n.atKey=!0;let k=g.end,_=d?t(n,d,g,i):e(n,k,f,null,g,i);n.schema.compat&&Ga.flowIndentCheck(r.indent,d,i),n.atKey=!1,uh.mapIncludes(n,a.items,_)&&i(k,"DUPLICATE_KEY","Map keys must be unique");let b=Ka.resolveProps(m??[],{indicator:"map-value-ind",next:w,offset:_.range[2],onError:i,parentIndent:r.indent,startOnNewline:!d||d.type==="block-scalar"});if(c=b.end,b.found){h&&(w?.type==="block-map"&&!b.hasNewline&&i(c,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),n.options.strict&&g.start<b.found.offset-1024&&i(_.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let v=w?t(n,w,b,i):e(n,c,m,null,b,i);n.schema.compat&&Ga.flowIndentCheck(r.indent,w,i),c=v.range[2];let $=new Ua.Pair(_,v);n.options.keepSourceTokens&&($.srcToken=p),a.items.push($)}else{h&&i(_.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),b.comment&&(_.comment?_.comment+=`
`+b.comment:_.comment=b.comment);let v=new Ua.Pair(_);n.options.keepSourceTokens&&(v.srcToken=p),a.items.push(v)}}return l&&l<c&&i(l,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,c,l??c],a}Va.resolveBlockMap=fh});var Ja=x(Ha=>{"use strict";u();var dh=ke(),ph=qt(),hh=Ei();function mh({composeNode:t,composeEmptyNode:e},n,r,i,o){let s=o?.nodeClass??dh.YAMLSeq,a=new s(n.schema);n.atRoot&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let c=r.offset,l=null;for(let{start:p,value:f}of r.items){let d=ph.resolveProps(p,{indicator:"seq-item-ind",next:f,offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!d.found)if(d.anchor||d.tag||f)f?.type==="block-seq"?i(d.end,"BAD_INDENT","All sequence items must start at the same column"):i(c,"MISSING_CHAR","Sequence item without - indicator");else{l=d.end,d.comment&&(a.comment=d.comment);continue}let m=f?t(n,f,d,i):e(n,d.end,p,null,d,i);n.schema.compat&&hh.flowIndentCheck(r.indent,f,i),c=m.range[2],a.items.push(m)}return a.range=[r.offset,c,l??c],a}Ha.resolveBlockSeq=mh});var ot=x(Xa=>{"use strict";u();function gh(t,e,n,r){let i="";if(t){let o=!1,s="";for(let a of t){let{source:c,type:l}=a;switch(l){case"space":o=!0;break;case"comment":{n&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let p=c.substring(1)||" ";i?i+=s+p:i=p,s="";break}case"newline":i&&(s+=c),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${l} at node end`)}e+=c.length}}return{comment:i,offset:e}}Xa.resolveEnd=gh});var nc=x(tc=>{"use strict";u();var yh=N(),wh=we(),Qa=ve(),bh=ke(),vh=ot(),ec=qt(),kh=Wn(),_h=Ni(),Ti="Block collections are not allowed within flow collections",Ii=t=>t&&(t.type==="block-map"||t.type==="block-seq");function $h({composeNode:t,composeEmptyNode:e},n,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",c=o?.nodeClass??(s?Qa.YAMLMap:bh.YAMLSeq),l=new c(n.schema);l.flow=!0;let p=n.atRoot;p&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let f=r.offset+r.start.source.length;for(let h=0;h<r.items.length;++h){let k=r.items[h],{start:_,key:b,sep:v,value:$}=k,P=ec.resolveProps(_,{flow:a,indicator:"explicit-key-ind",next:b??v?.[0],offset:f,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!P.found){if(!P.anchor&&!P.tag&&!v&&!$){h===0&&P.comma?i(P.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):h<r.items.length-1&&i(P.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),P.comment&&(l.comment?l.comment+=`
`+P.comment:l.comment=P.comment),f=P.end;continue}!s&&n.options.strict&&kh.containsNewline(b)&&i(b,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)P.comma&&i(P.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(P.comma||i(P.start,"MISSING_CHAR",`Missing , between ${a} items`),P.comment){let z="";e:for(let S of _)switch(S.type){case"comma":case"space":break;case"comment":z=S.source.substring(1);break e;default:break e}if(z){let S=l.items[l.items.length-1];yh.isPair(S)&&(S=S.value??S.key),S.comment?S.comment+=`
`+z:S.comment=z,P.comment=P.comment.substring(z.length+1)}}if(!s&&!v&&!P.found){let z=$?t(n,$,P,i):e(n,P.end,v,null,P,i);l.items.push(z),f=z.range[2],Ii($)&&i(z.range,"BLOCK_IN_FLOW",Ti)}else{n.atKey=!0;let z=P.end,S=b?t(n,b,P,i):e(n,z,_,null,P,i);Ii(b)&&i(S.range,"BLOCK_IN_FLOW",Ti),n.atKey=!1;let A=ec.resolveProps(v??[],{flow:a,indicator:"map-value-ind",next:$,offset:S.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(A.found){if(!s&&!P.found&&n.options.strict){if(v)for(let T of v){if(T===A.found)break;if(T.type==="newline"){i(T,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}P.start<A.found.offset-1024&&i(A.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else $&&("source"in $&&$.source?.[0]===":"?i($,"MISSING_CHAR",`Missing space after : in ${a}`):i(A.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let O=$?t(n,$,A,i):A.found?e(n,A.end,v,null,A,i):null;O?Ii($)&&i(O.range,"BLOCK_IN_FLOW",Ti):A.comment&&(S.comment?S.comment+=`
`+A.comment:S.comment=A.comment);let E=new wh.Pair(S,O);if(n.options.keepSourceTokens&&(E.srcToken=k),s){let T=l;_h.mapIncludes(n,T.items,S)&&i(z,"DUPLICATE_KEY","Map keys must be unique"),T.items.push(E)}else{let T=new Qa.YAMLMap(n.schema);T.flow=!0,T.items.push(E);let G=(O??S).range;T.range=[S.range[0],G[1],G[2]],l.items.push(T)}f=O?O.range[2]:A.end}}let d=s?"}":"]",[m,...w]=r.end,g=f;if(m?.source===d)g=m.offset+m.source.length;else{let h=a[0].toUpperCase()+a.substring(1),k=p?`${h} must end with a ${d}`:`${h} in block collection must be sufficiently indented and end with a ${d}`;i(f,p?"MISSING_CHAR":"BAD_INDENT",k),m&&m.source.length!==1&&w.unshift(m)}if(w.length>0){let h=vh.resolveEnd(w,g,n.options.strict,i);h.comment&&(l.comment?l.comment+=`
`+h.comment:l.comment=h.comment),l.range=[r.offset,g,h.offset]}else l.range=[r.offset,g,g];return l}tc.resolveFlowCollection=$h});var ic=x(rc=>{"use strict";u();var xh=N(),Sh=D(),Ah=ve(),Ph=ke(),zh=Ya(),Oh=Ja(),Ch=nc();function Li(t,e,n,r,i,o){let s=n.type==="block-map"?zh.resolveBlockMap(t,e,n,r,o):n.type==="block-seq"?Oh.resolveBlockSeq(t,e,n,r,o):Ch.resolveFlowCollection(t,e,n,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function Mh(t,e,n,r,i){let o=r.tag,s=o?e.directives.tagName(o.source,d=>i(o,"TAG_RESOLVE_FAILED",d)):null;if(n.type==="block-seq"){let{anchor:d,newlineAfterProp:m}=r,w=d&&o?d.offset>o.offset?d:o:d??o;w&&(!m||m.offset<w.offset)&&i(w,"MISSING_CHAR","Missing newline after block sequence props")}let a=n.type==="block-map"?"map":n.type==="block-seq"?"seq":n.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===Ah.YAMLMap.tagName&&a==="map"||s===Ph.YAMLSeq.tagName&&a==="seq")return Li(t,e,n,i,s);let c=e.schema.tags.find(d=>d.tag===s&&d.collection===a);if(!c){let d=e.schema.knownTags[s];if(d?.collection===a)e.schema.tags.push(Object.assign({},d,{default:!1})),c=d;else return d?i(o,"BAD_COLLECTION_TYPE",`${d.tag} used for ${a} collection, but expects ${d.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),Li(t,e,n,i,s)}let l=Li(t,e,n,i,s,c),p=c.resolve?.(l,d=>i(o,"TAG_RESOLVE_FAILED",d),e.options)??l,f=xh.isNode(p)?p:new Sh.Scalar(p);return f.range=l.range,f.tag=s,c?.format&&(f.format=c.format),f}rc.composeCollection=Mh});var Di=x(oc=>{"use strict";u();var Ri=D();function Eh(t,e,n){let r=e.offset,i=Nh(e,t.options.strict,n);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?Ri.Scalar.BLOCK_FOLDED:Ri.Scalar.BLOCK_LITERAL,s=e.source?Th(e.source):[],a=s.length;for(let g=s.length-1;g>=0;--g){let h=s[g][1];if(h===""||h==="\r")a=g;else break}if(a===0){let g=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",h=r+i.length;return e.source&&(h+=e.source.length),{value:g,type:o,comment:i.comment,range:[r,h,h]}}let c=e.indent+i.indent,l=e.offset+i.length,p=0;for(let g=0;g<a;++g){let[h,k]=s[g];if(k===""||k==="\r")i.indent===0&&h.length>c&&(c=h.length);else{h.length<c&&n(l+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(c=h.length),p=g,c===0&&!t.atRoot&&n(l,"BAD_INDENT","Block scalar values in collections must be indented");break}l+=h.length+k.length+1}for(let g=s.length-1;g>=a;--g)s[g][0].length>c&&(a=g+1);let f="",d="",m=!1;for(let g=0;g<p;++g)f+=s[g][0].slice(c)+`
`;for(let g=p;g<a;++g){let[h,k]=s[g];l+=h.length+k.length+1;let _=k[k.length-1]==="\r";if(_&&(k=k.slice(0,-1)),k&&h.length<c){let v=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;n(l-k.length-(_?2:1),"BAD_INDENT",v),h=""}o===Ri.Scalar.BLOCK_LITERAL?(f+=d+h.slice(c)+k,d=`
`):h.length>c||k[0]==="	"?(d===" "?d=`
`:!m&&d===`
`&&(d=`

`),f+=d+h.slice(c)+k,d=`
`,m=!0):k===""?d===`
`?f+=`
`:d=`
`:(f+=d+k,d=" ",m=!1)}switch(i.chomp){case"-":break;case"+":for(let g=a;g<s.length;++g)f+=`
`+s[g][0].slice(c);f[f.length-1]!==`
`&&(f+=`
`);break;default:f+=`
`}let w=r+i.length+e.source.length;return{value:f,type:o,comment:i.comment,range:[r,w,w]}}function Nh({offset:t,props:e},n,r){if(e[0].type!=="block-scalar-header")return r(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=e[0],o=i[0],s=0,a="",c=-1;for(let d=1;d<i.length;++d){let m=i[d];if(!a&&(m==="-"||m==="+"))a=m;else{let w=Number(m);!s&&w?s=w:c===-1&&(c=t+d)}}c!==-1&&r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let l=!1,p="",f=i.length;for(let d=1;d<e.length;++d){let m=e[d];switch(m.type){case"space":l=!0;case"newline":f+=m.source.length;break;case"comment":n&&!l&&r(m,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),f+=m.source.length,p=m.source.substring(1);break;case"error":r(m,"UNEXPECTED_TOKEN",m.message),f+=m.source.length;break;default:{let w=`Unexpected token in block scalar header: ${m.type}`;r(m,"UNEXPECTED_TOKEN",w);let g=m.source;g&&typeof g=="string"&&(f+=g.length)}}}return{mode:o,indent:s,chomp:a,comment:p,length:f}}function Th(t){let e=t.split(/\n( *)/),n=e[0],r=n.match(/^( *)/),o=[r?.[1]?[r[1],n.slice(r[1].length)]:["",n]];for(let s=1;s<e.length;s+=2)o.push([e[s],e[s+1]]);return o}oc.resolveBlockScalar=Eh});var qi=x(ac=>{"use strict";u();var Zi=D(),Ih=ot();function Lh(t,e,n){let{offset:r,type:i,source:o,end:s}=t,a,c,l=(d,m,w)=>n(r+d,m,w);switch(i){case"scalar":a=Zi.Scalar.PLAIN,c=Rh(o,l);break;case"single-quoted-scalar":a=Zi.Scalar.QUOTE_SINGLE,c=Dh(o,l);break;case"double-quoted-scalar":a=Zi.Scalar.QUOTE_DOUBLE,c=Zh(o,l);break;default:return n(t,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let p=r+o.length,f=Ih.resolveEnd(s,p,e,n);return{value:c,type:a,comment:f.comment,range:[r,p,f.offset]}}function Rh(t,e){let n="";switch(t[0]){case"	":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":{n=`block scalar indicator ${t[0]}`;break}case"@":case"`":{n=`reserved character ${t[0]}`;break}}return n&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`),sc(t)}function Dh(t,e){return(t[t.length-1]!=="'"||t.length===1)&&e(t.length,"MISSING_CHAR","Missing closing 'quote"),sc(t.slice(1,-1)).replace(/''/g,"'")}function sc(t){let e=/(.*?)\r?\n/sy,n=e.exec(t);if(!n)return t;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=n[1].replace(r,""),s=" ",a=e.lastIndex;for(;n=e.exec(t);){let l=n[1].replace(i,"");l===""?s===`
`?o+=s:s=`
`:(o+=s+l,s=" "),a=e.lastIndex}let c=/[ \t]*(.*)/sy;return c.lastIndex=a,n=c.exec(t),o+s+(n?.[1]??"")}function Zh(t,e){let n="";for(let r=1;r<t.length-1;++r){let i=t[r];if(!(i==="\r"&&t[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=qh(t,r);n+=o,r=s}else if(i==="\\"){let o=t[++r],s=jh[o];if(s)n+=s;else if(o===`
`)for(o=t[r+1];o===" "||o==="	";)o=t[++r+1];else if(o==="\r"&&t[r+1]===`
`)for(o=t[++r+1];o===" "||o==="	";)o=t[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;n+=Fh(t,r+1,a,e),r+=a}else{let a=t.substr(r-1,2);e(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),n+=a}}else if(i===" "||i==="	"){let o=r,s=t[r+1];for(;s===" "||s==="	";)s=t[++r+1];s!==`
`&&!(s==="\r"&&t[r+2]===`
`)&&(n+=r>o?t.slice(o,r+1):i)}else n+=i}return(t[t.length-1]!=='"'||t.length===1)&&e(t.length,"MISSING_CHAR",'Missing closing "quote'),n}function qh(t,e){let n="",r=t[e+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&t[e+2]!==`
`);)r===`
`&&(n+=`
`),e+=1,r=t[e+1];return n||(n=" "),{fold:n,offset:e}}var jh={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Fh(t,e,n,r){let i=t.substr(e,n),s=i.length===n&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=t.substr(e-2,n+2);return r(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}ac.resolveFlowScalar=Lh});var uc=x(lc=>{"use strict";u();var Ie=N(),cc=D(),Bh=Di(),Uh=qi();function Kh(t,e,n,r){let{value:i,type:o,comment:s,range:a}=e.type==="block-scalar"?Bh.resolveBlockScalar(t,e,r):Uh.resolveFlowScalar(e,t.options.strict,r),c=n?t.directives.tagName(n.source,f=>r(n,"TAG_RESOLVE_FAILED",f)):null,l;t.options.stringKeys&&t.atKey?l=t.schema[Ie.SCALAR]:c?l=Gh(t.schema,i,c,n,r):e.type==="scalar"?l=Wh(t,i,e,r):l=t.schema[Ie.SCALAR];let p;try{let f=l.resolve(i,d=>r(n??e,"TAG_RESOLVE_FAILED",d),t.options);p=Ie.isScalar(f)?f:new cc.Scalar(f)}catch(f){let d=f instanceof Error?f.message:String(f);r(n??e,"TAG_RESOLVE_FAILED",d),p=new cc.Scalar(i)}return p.range=a,p.source=i,o&&(p.type=o),c&&(p.tag=c),l.format&&(p.format=l.format),s&&(p.comment=s),p}function Gh(t,e,n,r,i){if(n==="!")return t[Ie.SCALAR];let o=[];for(let a of t.tags)if(!a.collection&&a.tag===n)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(e))return a;let s=t.knownTags[n];return s&&!s.collection?(t.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,n!=="tag:yaml.org,2002:str"),t[Ie.SCALAR])}function Wh({atKey:t,directives:e,schema:n},r,i,o){let s=n.tags.find(a=>(a.default===!0||t&&a.default==="key")&&a.test?.test(r))||n[Ie.SCALAR];if(n.compat){let a=n.compat.find(c=>c.default&&c.test?.test(r))??n[Ie.SCALAR];if(s.tag!==a.tag){let c=e.tagString(s.tag),l=e.tagString(a.tag),p=`Value may be parsed as either ${c} or ${l}`;o(i,"TAG_RESOLVE_FAILED",p,!0)}}return s}lc.composeScalar=Kh});var dc=x(fc=>{"use strict";u();function Vh(t,e,n){if(e){n??(n=e.length);for(let r=n-1;r>=0;--r){let i=e[r];switch(i.type){case"space":case"comment":case"newline":t-=i.source.length;continue}for(i=e[++r];i?.type==="space";)t+=i.source.length,i=e[++r];break}}return t}fc.emptyScalarPosition=Vh});var mc=x(Fi=>{"use strict";u();var Yh=vt(),Hh=N(),Jh=ic(),pc=uc(),Xh=ot(),Qh=dc(),em={composeNode:hc,composeEmptyNode:ji};function hc(t,e,n,r){let i=t.atKey,{spaceBefore:o,comment:s,anchor:a,tag:c}=n,l,p=!0;switch(e.type){case"alias":l=tm(t,e,r),(a||c)&&r(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":l=pc.composeScalar(t,e,c,r),a&&(l.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{l=Jh.composeCollection(em,t,e,n,r),a&&(l.anchor=a.source.substring(1))}catch(f){let d=f instanceof Error?f.message:String(f);r(e,"RESOURCE_EXHAUSTION",d)}break;default:{let f=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;r(e,"UNEXPECTED_TOKEN",f),p=!1}}return l??(l=ji(t,e.offset,void 0,null,n,r)),a&&l.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&t.options.stringKeys&&(!Hh.isScalar(l)||typeof l.value!="string"||l.tag&&l.tag!=="tag:yaml.org,2002:str")&&r(c??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(l.spaceBefore=!0),s&&(e.type==="scalar"&&e.source===""?l.comment=s:l.commentBefore=s),t.options.keepSourceTokens&&p&&(l.srcToken=e),l}function ji(t,e,n,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:c},l){let p={type:"scalar",offset:Qh.emptyScalarPosition(e,n,r),indent:-1,source:""},f=pc.composeScalar(t,p,a,l);return s&&(f.anchor=s.source.substring(1),f.anchor===""&&l(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(f.spaceBefore=!0),o&&(f.comment=o,f.range[2]=c),f}function tm({options:t},{offset:e,source:n,end:r},i){let o=new Yh.Alias(n.substring(1));o.source===""&&i(e,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(e+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=e+n.length,a=Xh.resolveEnd(r,s,t.strict,i);return o.range=[e,s,a.offset],a.comment&&(o.comment=a.comment),o}Fi.composeEmptyNode=ji;Fi.composeNode=hc});var wc=x(yc=>{"use strict";u();var nm=Lt(),gc=mc(),rm=ot(),im=qt();function om(t,e,{offset:n,start:r,value:i,end:o},s){let a=Object.assign({_directives:e},t),c=new nm.Document(void 0,a),l={atKey:!1,atRoot:!0,directives:c.directives,options:c.options,schema:c.schema},p=im.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:n,onError:s,parentIndent:0,startOnNewline:!0});p.found&&(c.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!p.hasNewline&&s(p.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),c.contents=i?gc.composeNode(l,i,p,s):gc.composeEmptyNode(l,p.end,r,null,p,s);let f=c.contents.range[2],d=rm.resolveEnd(o,f,!1,s);return d.comment&&(c.comment=d.comment),c.range=[n,f,d.offset],c}yc.composeDoc=om});var Ui=x(kc=>{"use strict";u();var sm=require("process"),am=Or(),cm=Lt(),jt=Zt(),bc=N(),lm=wc(),um=ot();function Ft(t){if(typeof t=="number")return[t,t+1];if(Array.isArray(t))return t.length===2?t:[t[0],t[1]];let{offset:e,source:n}=t;return[e,e+(typeof n=="string"?n.length:1)]}function vc(t){let e="",n=!1,r=!1;for(let i=0;i<t.length;++i){let o=t[i];switch(o[0]){case"#":e+=(e===""?"":r?`

`:`
`)+(o.substring(1)||" "),n=!0,r=!1;break;case"%":t[i+1]?.[0]!=="#"&&(i+=1),n=!1;break;default:n||(r=!0),n=!1}}return{comment:e,afterEmptyLine:r}}var Bi=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(n,r,i,o)=>{let s=Ft(n);o?this.warnings.push(new jt.YAMLWarning(s,r,i)):this.errors.push(new jt.YAMLParseError(s,r,i))},this.directives=new am.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,n){let{comment:r,afterEmptyLine:i}=vc(this.prelude);if(r){let o=e.contents;if(n)e.comment=e.comment?`${e.comment}
${r}`:r;else if(i||e.directives.docStart||!o)e.commentBefore=r;else if(bc.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];bc.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(n){for(let o=0;o<this.errors.length;++o)e.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)e.warnings.push(this.warnings[o])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:vc(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,n=!1,r=-1){for(let i of e)yield*this.next(i);yield*this.end(n,r)}*next(e){switch(sm.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(n,r,i)=>{let o=Ft(e);o[0]+=n,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let n=lm.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!n.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(n,!1),this.doc&&(yield this.doc),this.doc=n,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let n=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,r=new jt.YAMLParseError(Ft(e),"UNEXPECTED_TOKEN",n);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new jt.YAMLParseError(Ft(e),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let n=um.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),n.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${n.comment}`:n.comment}this.doc.range[2]=n.offset;break}default:this.errors.push(new jt.YAMLParseError(Ft(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,n=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let r=Object.assign({_directives:this.directives},this.options),i=new cm.Document(void 0,r);this.atDirectives&&this.onError(n,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,n,n],this.decorate(i,!1),yield i}}};kc.Composer=Bi});var xc=x(Vn=>{"use strict";u();var fm=Di(),dm=qi(),pm=Zt(),_c=St();function hm(t,e=!0,n){if(t){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(n)n(a,o,s);else throw new pm.YAMLParseError([a,a+1],o,s)};switch(t.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return dm.resolveFlowScalar(t,e,r);case"block-scalar":return fm.resolveBlockScalar({options:{strict:e}},t,r)}}return null}function mm(t,e){let{implicitKey:n=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=e,a=_c.stringifyString({type:s,value:t},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),c=e.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let l=a.indexOf(`
`),p=a.substring(0,l),f=a.substring(l+1)+`
`,d=[{type:"block-scalar-header",offset:o,indent:r,source:p}];return $c(d,c)||d.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:d,source:f}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:c};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:c};default:return{type:"scalar",offset:o,indent:r,source:a,end:c}}}function gm(t,e,n={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=n,a="indent"in t?t.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(t.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let l=t.props[0];if(l.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=l.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let c=_c.stringifyString({type:s,value:e},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(c[0]){case"|":case">":ym(t,c);break;case'"':Ki(t,c,"double-quoted-scalar");break;case"'":Ki(t,c,"single-quoted-scalar");break;default:Ki(t,c,"scalar")}}function ym(t,e){let n=e.indexOf(`
`),r=e.substring(0,n),i=e.substring(n+1)+`
`;if(t.type==="block-scalar"){let o=t.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,t.source=i}else{let{offset:o}=t,s="indent"in t?t.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];$c(a,"end"in t?t.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let c of Object.keys(t))c!=="type"&&c!=="offset"&&delete t[c];Object.assign(t,{type:"block-scalar",indent:s,props:a,source:i})}}function $c(t,e){if(e)for(let n of e)switch(n.type){case"space":case"comment":t.push(n);break;case"newline":return t.push(n),!0}return!1}function Ki(t,e,n){switch(t.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":t.type=n,t.source=e;break;case"block-scalar":{let r=t.props.slice(1),i=e.length;t.props[0].type==="block-scalar-header"&&(i-=t.props[0].source.length);for(let o of r)o.offset+=i;delete t.props,Object.assign(t,{type:n,source:e,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:t.offset+e.length,indent:t.indent,source:`
`};delete t.items,Object.assign(t,{type:n,source:e,end:[i]});break}default:{let r="indent"in t?t.indent:-1,i="end"in t&&Array.isArray(t.end)?t.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(t))o!=="type"&&o!=="offset"&&delete t[o];Object.assign(t,{type:n,indent:r,source:e,end:i})}}}Vn.createScalarToken=mm;Vn.resolveAsScalar=hm;Vn.setScalarValue=gm});var Ac=x(Sc=>{"use strict";u();var wm=t=>"type"in t?Hn(t):Yn(t);function Hn(t){switch(t.type){case"block-scalar":{let e="";for(let n of t.props)e+=Hn(n);return e+t.source}case"block-map":case"block-seq":{let e="";for(let n of t.items)e+=Yn(n);return e}case"flow-collection":{let e=t.start.source;for(let n of t.items)e+=Yn(n);for(let n of t.end)e+=n.source;return e}case"document":{let e=Yn(t);if(t.end)for(let n of t.end)e+=n.source;return e}default:{let e=t.source;if("end"in t&&t.end)for(let n of t.end)e+=n.source;return e}}}function Yn({start:t,key:e,sep:n,value:r}){let i="";for(let o of t)i+=o.source;if(e&&(i+=Hn(e)),n)for(let o of n)i+=o.source;return r&&(i+=Hn(r)),i}Sc.stringify=wm});var Cc=x(Oc=>{"use strict";u();var Gi=Symbol("break visit"),bm=Symbol("skip children"),Pc=Symbol("remove item");function Le(t,e){"type"in t&&t.type==="document"&&(t={start:t.start,value:t.value}),zc(Object.freeze([]),t,e)}Le.BREAK=Gi;Le.SKIP=bm;Le.REMOVE=Pc;Le.itemAtPath=(t,e)=>{let n=t;for(let[r,i]of e){let o=n?.[r];if(o&&"items"in o)n=o.items[i];else return}return n};Le.parentCollection=(t,e)=>{let n=Le.itemAtPath(t,e.slice(0,-1)),r=e[e.length-1][0],i=n?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function zc(t,e,n){let r=n(e,t);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=e[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=zc(Object.freeze(t.concat([[i,s]])),o.items[s],n);if(typeof a=="number")s=a-1;else{if(a===Gi)return Gi;a===Pc&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(e,t))}}return typeof r=="function"?r(e,t):r}Oc.visit=Le});var Jn=x(U=>{"use strict";u();var Wi=xc(),vm=Ac(),km=Cc(),Vi="\uFEFF",Yi="",Hi="",Ji="",_m=t=>!!t&&"items"in t,$m=t=>!!t&&(t.type==="scalar"||t.type==="single-quoted-scalar"||t.type==="double-quoted-scalar"||t.type==="block-scalar");function xm(t){switch(t){case Vi:return"<BOM>";case Yi:return"<DOC>";case Hi:return"<FLOW_END>";case Ji:return"<SCALAR>";default:return JSON.stringify(t)}}function Sm(t){switch(t){case Vi:return"byte-order-mark";case Yi:return"doc-mode";case Hi:return"flow-error-end";case Ji:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(t[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}U.createScalarToken=Wi.createScalarToken;U.resolveAsScalar=Wi.resolveAsScalar;U.setScalarValue=Wi.setScalarValue;U.stringify=vm.stringify;U.visit=km.visit;U.BOM=Vi;U.DOCUMENT=Yi;U.FLOW_END=Hi;U.SCALAR=Ji;U.isCollection=_m;U.isScalar=$m;U.prettyToken=xm;U.tokenType=Sm});var eo=x(Ec=>{"use strict";u();var Bt=Jn();function X(t){switch(t){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Mc=new Set("0123456789ABCDEFabcdef"),Am=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),Xn=new Set(",[]{}"),Pm=new Set(` ,[]{}
\r	`),Xi=t=>!t||Pm.has(t),Qi=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,n=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!n;let r=this.next??"stream";for(;r&&(n||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos,n=this.buffer[e];for(;n===" "||n==="	";)n=this.buffer[++e];return!n||n==="#"||n===`
`?!0:n==="\r"?this.buffer[e+1]===`
`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let n=this.buffer[e];if(this.indentNext>0){let r=0;for(;n===" ";)n=this.buffer[++r+e];if(n==="\r"){let i=this.buffer[r+e+1];if(i===`
`||!i&&!this.atEnd)return e+r+1}return n===`
`||r>=this.indentNext||!n&&!this.atEnd?e+r:-1}if(n==="-"||n==="."){let r=this.buffer.substr(e,3);if((r==="---"||r==="...")&&X(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===Bt.BOM&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let n=e.length,r=e.indexOf("#");for(;r!==-1;){let o=e[r-1];if(o===" "||o==="	"){n=r-1;break}else r=e.indexOf("#",r+1)}for(;;){let o=e[n-1];if(o===" "||o==="	")n-=1;else break}let i=(yield*this.pushCount(n))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let n=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-n),yield*this.pushNewline(),"stream"}return yield Bt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let n=this.peek(3);if((n==="---"||n==="...")&&X(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,n==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!X(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,n]=this.peek(2);if(!n&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&X(n)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let n=yield*this.pushIndicators();switch(e[n]){case"#":yield*this.pushCount(e.length-n);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Xi),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return n+=yield*this.parseBlockScalarHeader(),n+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-n),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,n,r=-1;do e=yield*this.pushNewline(),e>0?(n=yield*this.pushSpaces(!1),this.indentValue=r=n):n=0,n+=yield*this.pushSpaces(!0);while(e+n>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&X(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield Bt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Xi),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||X(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),n=this.buffer.indexOf(e,this.pos+1);if(e==="'")for(;n!==-1&&this.buffer[n+1]==="'";)n=this.buffer.indexOf("'",n+2);else for(;n!==-1;){let o=0;for(;this.buffer[n-1-o]==="\\";)o+=1;if(o%2===0)break;n=this.buffer.indexOf('"',n+1)}let r=this.buffer.substring(0,n),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(n=i-(r[i-1]==="\r"?2:1))}if(n===-1){if(!this.atEnd)return this.setNext("quoted-scalar");n=this.buffer.length}return yield*this.pushToIndex(n+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let n=this.buffer[++e];if(n==="+")this.blockScalarKeep=!0;else if(n>"0"&&n<="9")this.blockScalarIndent=Number(n)-1;else if(n!=="-")break}return yield*this.pushUntil(n=>X(n)||n==="#")}*parseBlockScalar(){let e=this.pos-1,n=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":n+=1;break;case`
`:e=o,n=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(n>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=n:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(e+1);if(o===-1)break;e=this.buffer.indexOf(`
`,o)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep)do{let o=e-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+n>a)e=o;else break}while(!0);return yield Bt.SCALAR,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,n=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(X(o)||e&&Xn.has(o))break;n=r}else if(X(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):n=r),o==="#"||e&&Xn.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(e&&Xn.has(i))break;n=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield Bt.SCALAR,yield*this.pushToIndex(n+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,n){let r=this.buffer.slice(this.pos,e);return r?(yield r,this.pos+=r.length,r.length):(n&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(Xi),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let n=this.flowLevel>0,r=this.charAt(1);if(X(r)||n&&Xn.has(r)){n?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,n=this.buffer[e];for(;!X(n)&&n!==">";)n=this.buffer[++e];return yield*this.pushToIndex(n===">"?e+1:e,!1)}else{let e=this.pos+1,n=this.buffer[e];for(;n;)if(Am.has(n))n=this.buffer[++e];else if(n==="%"&&Mc.has(this.buffer[e+1])&&Mc.has(this.buffer[e+2]))n=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let n=this.pos-1,r;do r=this.buffer[++n];while(r===" "||e&&r==="	");let i=n-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=n),i}*pushUntil(e){let n=this.pos,r=this.buffer[n];for(;!e(r);)r=this.buffer[++n];return yield*this.pushToIndex(n,!1)}};Ec.Lexer=Qi});var no=x(Nc=>{"use strict";u();var to=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let n=0,r=this.lineStarts.length;for(;n<r;){let o=n+r>>1;this.lineStarts[o]<e?n=o+1:r=o}if(this.lineStarts[n]===e)return{line:n+1,col:1};if(n===0)return{line:0,col:e};let i=this.lineStarts[n-1];return{line:n,col:e-i+1}}}};Nc.LineCounter=to});var io=x(Dc=>{"use strict";u();var zm=require("process"),Tc=Jn(),Om=eo();function _e(t,e){for(let n=0;n<t.length;++n)if(t[n].type===e)return!0;return!1}function Ic(t){for(let e=0;e<t.length;++e)switch(t[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function Rc(t){switch(t?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function Qn(t){switch(t.type){case"document":return t.start;case"block-map":{let e=t.items[t.items.length-1];return e.sep??e.start}case"block-seq":return t.items[t.items.length-1].start;default:return[]}}function st(t){if(t.length===0)return[];let e=t.length;e:for(;--e>=0;)switch(t[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;t[++e]?.type==="space";);return t.splice(e,t.length)}function er(t,e){if(e.length<1e5)Array.prototype.push.apply(t,e);else for(let n=0;n<e.length;++n)t.push(e[n])}function Lc(t){if(t.start.type==="flow-seq-start")for(let e of t.items)e.sep&&!e.value&&!_e(e.start,"explicit-key-ind")&&!_e(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,Rc(e.value)?e.value.end?er(e.value.end,e.sep):e.value.end=e.sep:er(e.start,e.sep),delete e.sep)}var ro=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Om.Lexer,this.onNewLine=e}*parse(e,n=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(e,n))yield*this.next(r);n||(yield*this.end())}*next(e){if(this.source=e,zm.env.LOG_TOKENS&&console.log("|",Tc.prettyToken(e)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let n=Tc.tokenType(e);if(n)if(n==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=n,yield*this.step(),n){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let r=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let n=e??this.stack.pop();if(!n)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield n;else{let r=this.peek(1);switch(n.type==="block-scalar"?n.indent="indent"in r?r.indent:0:n.type==="flow-collection"&&r.type==="document"&&(n.indent=0),n.type==="flow-collection"&&Lc(n),r.type){case"document":r.value=n;break;case"block-scalar":r.props.push(n);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:n,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=n;else{Object.assign(i,{key:n,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:n}):i.value=n;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:n,sep:[]}):i.sep?i.value=n:Object.assign(i,{key:n,sep:[]});return}default:yield*this.pop(),yield*this.pop(n)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(n.type==="block-map"||n.type==="block-seq")){let i=n.items[n.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&Ic(i.start)===-1&&(n.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<n.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),n.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{Ic(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let n=this.startBlockValue(e);n?this.stack.push(n):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let n=Qn(this.peek(2)),r=st(n),i;e.end?(i=e.end,i.push(this.sourceToken),delete e.end):i=[this.sourceToken];let o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let n=this.source.indexOf(`
`)+1;for(;n!==0;)this.onNewLine(this.offset+n),n=this.source.indexOf(`
`,n)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let n=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,n.value){let r="end"in n.value?n.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"space":case"comment":if(n.value)e.items.push({start:[this.sourceToken]});else if(n.sep)n.sep.push(this.sourceToken);else{if(this.atIndentedComment(n.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){er(i,n.start),i.push(this.sourceToken),e.items.pop();return}}n.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let r=!this.onKeyLine&&this.indent===e.indent,i=r&&(n.sep||n.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&n.sep&&!n.value){let s=[];for(let a=0;a<n.sep.length;++a){let c=n.sep[a];switch(c.type){case"newline":s.push(a);break;case"space":break;case"comment":c.indent>e.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=n.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||n.value?(o.push(this.sourceToken),e.items.push({start:o}),this.onKeyLine=!0):n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"explicit-key-ind":!n.sep&&!n.explicitKey?(n.start.push(this.sourceToken),n.explicitKey=!0):i||n.value?(o.push(this.sourceToken),e.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(n.explicitKey)if(n.sep)if(n.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(_e(n.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(Rc(n.key)&&!_e(n.sep,"newline")){let s=st(n.start),a=n.key,c=n.sep;c.push(this.sourceToken),delete n.key,delete n.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:c}]})}else o.length>0?n.sep=n.sep.concat(o,this.sourceToken):n.sep.push(this.sourceToken);else if(_e(n.start,"newline"))Object.assign(n,{key:null,sep:[this.sourceToken]});else{let s=st(n.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else n.sep?n.value||i?e.items.push({start:o,key:null,sep:[this.sourceToken]}):_e(n.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):n.sep.push(this.sourceToken):Object.assign(n,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||n.value?(e.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):n.sep?this.stack.push(s):(Object.assign(n,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!n.explicitKey&&n.sep&&!_e(n.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&e.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let n=e.items[e.items.length-1];switch(this.type){case"newline":if(n.value){let r="end"in n.value?n.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else n.start.push(this.sourceToken);return;case"space":case"comment":if(n.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(n.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){er(i,n.start),i.push(this.sourceToken),e.items.pop();return}}n.start.push(this.sourceToken)}return;case"anchor":case"tag":if(n.value||this.indent<=e.indent)break;n.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;n.value||_e(n.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):n.start.push(this.sourceToken);return}if(this.indent>e.indent){let r=this.startBlockValue(e);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let n=e.items[e.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!n||n.sep?e.items.push({start:[this.sourceToken]}):n.start.push(this.sourceToken);return;case"map-value-ind":!n||n.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):n.sep?n.sep.push(this.sourceToken):Object.assign(n,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!n||n.value?e.items.push({start:[this.sourceToken]}):n.sep?n.sep.push(this.sourceToken):n.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!n||n.value?e.items.push({start:[],key:i,sep:[]}):n.sep?this.stack.push(i):Object.assign(n,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let r=this.startBlockValue(e);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===e.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=Qn(r),o=st(i);Lc(e);let s=e.end.splice(1,e.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:o,key:e,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let n=this.source.indexOf(`
`)+1;for(;n!==0;)this.onNewLine(this.offset+n),n=this.source.indexOf(`
`,n)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let n=Qn(e),r=st(n);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let n=Qn(e),r=st(n);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,n){return this.type!=="comment"||this.indent<=n?!1:e.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Dc.Parser=ro});var Bc=x(Kt=>{"use strict";u();var Zc=Ui(),Cm=Lt(),Ut=Zt(),Mm=Fr(),Em=N(),Nm=no(),qc=io();function jc(t){let e=t.prettyErrors!==!1;return{lineCounter:t.lineCounter||e&&new Nm.LineCounter||null,prettyErrors:e}}function Tm(t,e={}){let{lineCounter:n,prettyErrors:r}=jc(e),i=new qc.Parser(n?.addNewLine),o=new Zc.Composer(e),s=Array.from(o.compose(i.parse(t)));if(r&&n)for(let a of s)a.errors.forEach(Ut.prettifyError(t,n)),a.warnings.forEach(Ut.prettifyError(t,n));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function Fc(t,e={}){let{lineCounter:n,prettyErrors:r}=jc(e),i=new qc.Parser(n?.addNewLine),o=new Zc.Composer(e),s=null;for(let a of o.compose(i.parse(t),!0,t.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new Ut.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&n&&(s.errors.forEach(Ut.prettifyError(t,n)),s.warnings.forEach(Ut.prettifyError(t,n))),s}function Im(t,e,n){let r;typeof e=="function"?r=e:n===void 0&&e&&typeof e=="object"&&(n=e);let i=Fc(t,n);if(!i)return null;if(i.warnings.forEach(o=>Mm.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},n))}function Lm(t,e,n){let r=null;if(typeof e=="function"||Array.isArray(e)?r=e:n===void 0&&e&&(n=e),typeof n=="string"&&(n=n.length),typeof n=="number"){let i=Math.round(n);n=i<1?void 0:i>8?{indent:8}:{indent:i}}if(t===void 0){let{keepUndefined:i}=n??e??{};if(!i)return}return Em.isDocument(t)&&!r?t.toString(n):new Cm.Document(t,r,n).toString(n)}Kt.parse=Im;Kt.parseAllDocuments=Tm;Kt.parseDocument=Fc;Kt.stringify=Lm});var nr=x(I=>{"use strict";u();var Rm=Ui(),Dm=Lt(),Zm=xi(),oo=Zt(),qm=vt(),$e=N(),jm=we(),Fm=D(),Bm=ve(),Um=ke(),Km=Jn(),Gm=eo(),Wm=no(),Vm=io(),tr=Bc(),Uc=gt();I.Composer=Rm.Composer;I.Document=Dm.Document;I.Schema=Zm.Schema;I.YAMLError=oo.YAMLError;I.YAMLParseError=oo.YAMLParseError;I.YAMLWarning=oo.YAMLWarning;I.Alias=qm.Alias;I.isAlias=$e.isAlias;I.isCollection=$e.isCollection;I.isDocument=$e.isDocument;I.isMap=$e.isMap;I.isNode=$e.isNode;I.isPair=$e.isPair;I.isScalar=$e.isScalar;I.isSeq=$e.isSeq;I.Pair=jm.Pair;I.Scalar=Fm.Scalar;I.YAMLMap=Bm.YAMLMap;I.YAMLSeq=Um.YAMLSeq;I.CST=Km;I.Lexer=Gm.Lexer;I.LineCounter=Wm.LineCounter;I.Parser=Vm.Parser;I.parse=tr.parse;I.parseAllDocuments=tr.parseAllDocuments;I.parseDocument=tr.parseDocument;I.stringify=tr.stringify;I.visit=Uc.visit;I.visitAsync=Uc.visitAsync});u();u();var ae=require("node:fs"),Ve=Ce(require("node:path"));u();var Oe=Ce(nr());u();u();var Kc=["virality","universality","ahaMoment","habitLoop","friction"],rr=["virality","universality","ahaMoment","habitLoop"];function Gc(t){if(!t)return{recommendation:"unclassified",reasons:[]};let e=rr.filter(r=>t[r]===!0),n=t.friction===!0;return e.length>0?n?{recommendation:"free-limited",reasons:[...e,"friction"]}:{recommendation:"free",reasons:e}:{recommendation:"paid",reasons:n?["friction"]:[]}}u();var R=Ce(nr()),Gt=200,Ym=2e5;function Vc(t){let e=new R.LineCounter;e.addNewLine(0);for(let s=t.indexOf(`
`);s>=0;s=t.indexOf(`
`,s+1))e.addNewLine(s+1);let n=[],r=t.indexOf("\0");if(r>=0)return n.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:r,end:r+1}}),{text:t,doc:void 0,lineCounter:e,problems:n};let i=Jm(t);if(i)return n.push(i),{text:t,doc:void 0,lineCounter:e,problems:n};let o;try{o=(0,R.parseDocument)(t,{prettyErrors:!1,uniqueKeys:!0,keepSourceTokens:!1})}catch(s){return n.push({message:`The YAML parser gave up: ${s.message}`,span:{start:0,end:0}}),{text:t,doc:void 0,lineCounter:e,problems:n}}for(let s of o.errors){let a=Math.min(s.pos[0],t.length),c=Math.min(Math.max(s.pos[0],s.pos[1]),t.length);if(/call stack/i.test(s.message)){n.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:a,end:c}});break}n.push({message:Hm(s.message),span:{start:a,end:c}})}return{text:t,doc:n.length?void 0:o,lineCounter:e,problems:n}}function Hm(t){return(t.split(`
`)[0]??t).replace(/ at line \d+, column \d+:?$/,"")}function Jm(t){let e=0,n=!1,r=!1,i=!1;for(let o=0;o<t.length;o++){let s=t.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(n){s===39&&(n=!1);continue}if(s===35&&(o===0||t.charCodeAt(o-1)===32||t.charCodeAt(o-1)===9))i=!0;else if(s===34&&e>0)r=!0;else if(s===91||s===123){if(e++,e>Gt)return Xm(t)}else(s===93||s===125)&&e>0&&e--}}}function Xm(t){let e=0,n=0;for(let r of new R.Lexer().lex(t)){if(r==="["||r==="{"){if(++e>Gt)return{message:`Nesting deeper than ${Gt} levels: a packaging file never needs this, so the file is not read further.`,span:{start:n,end:n+1}}}else(r==="]"||r==="}")&&e>0&&e--;r!==""&&r!==""&&r!==""&&(n+=r.length)}}function so(t,e){let n=t.linePos(e.start),r=t.linePos(e.end);return{start:{line:n.line-1,character:n.col-1},end:{line:r.line-1,character:r.col-1}}}function De(t,e){if((0,R.isMap)(t)){for(let n of t.items)if((0,R.isScalar)(n.key)?String(n.key.value)===e:n.key!=null&&String(n.key)===e)return n}}function Q(t,e){return De(t,e)?.value??void 0}var Wc=new WeakMap;function at(t,e){let n=Wc.get(t);if(!n){let r=new Map,i=new Map;(0,R.visit)(t,{Node:(o,s)=>{if((0,R.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),n=r,Wc.set(t,n)}return n.get(e)}function Qm(t){return typeof t=="object"&&t!==null?JSON.stringify(t):String(t)}var Re=class extends Error{constructor(n,r){super(n);this.node=r}};function Yc(t,e){let n=Ym,r=(i,o)=>{if(--n<0)throw new Re("Aliases expand to too many nodes (an alias bomb?).",i);if(o>Gt)throw new Re(`Nesting deeper than ${Gt} levels.`,i);if((0,R.isAlias)(i)){let s=at(t,i);if(!s)throw new Re(`Unresolved alias *${i.source}.`,i);return r(s,o+1)}if((0,R.isScalar)(i))return i.value;if((0,R.isMap)(i)){let s=Object.create(null);for(let a of i.items){let c=(0,R.isAlias)(a.key)?at(t,a.key):a.key,l=(0,R.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(s,Qm(l),{value:r(a.value,o+1),enumerable:!0,writable:!0,configurable:!0})}return s}return(0,R.isSeq)(i)?i.items.map(s=>r(s,o+1)):i==null?null:void 0};return r(e,0)}u();u();var Hc={id:"duplicate-id",severity:"error",category:"structure",description:"A plan or feature id is used twice."};u();var Jc={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the highest plan.",check(t){let e=t.model.plans;if(e.length<2)return;let n=t.model.features.filter(i=>i.status==="planned");if(n.length<2)return;let r=e[e.length-1];n.every(i=>i.plan===r.id)&&t.report({node:t.topKey("features"),message:`All ${n.length} planned features go to ${t.name(r)}, the highest plan: the roadmap serves only the top of the market and the free and mid plans stop improving. Plan some work for the users who bring growth.`})}};u();u();var ir=t=>t.model.plans.find(e=>e.free),Xc=t=>t.model.plans.find(e=>!e.free);function ct(t){return t.model.features.filter(e=>e.side!==null)}function Qc(t,e){let n=t.rank(e.plan);if(n===void 0)return[];let r=[];for(let i of t.model.plans.slice(n)){let o=e.limits[i.id];i.free&&typeof o=="number"&&r.push({plan:i.id,limit:o})}return r}var el={id:"free-friction",severity:"warning",category:"packaging-test",description:"A feature that creates friction for the growth model is given away free.",check(t){let e=Xc(t);for(let n of ct(t)){if(n.side!=="free"||n.recommendation!=="paid"||!n.reasons.includes("friction"))continue;let r=t.planById(n.plan);t.report({node:n.planNode,feature:n.id,message:`${t.name(n)} creates friction for the growth model and drives no growth signal, yet it is free on ${t.name(r)}. Gate it in ${e?t.name(e):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}}};u();var tl={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(t){let e=t.model.growth,n=e.written.get("freeOffer");!t.model.hasGrowth||!n||e.freeOffer!=="freemium"&&e.freeOffer!=="freemium-and-trial"||t.model.plans.length===0||t.model.plans.some(r=>r.free)||t.report({node:n,message:`The free offer is ${e.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};u();var nl={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(t){let e=t.model.growth,n=e.written.get("freeOffer");!t.model.hasGrowth||!n||e.freeOffer!=="freemium"&&e.freeOffer!=="freemium-and-trial"||e.freemiumGoals&&e.freemiumGoals.length>0||t.report({node:n,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};u();u();var ao={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction"};function rl(t){let e=t.map(n=>ao[n]);return e.length<=1?e.join(""):`${e.slice(0,-1).join(", ")} and ${e[e.length-1]}`}var lt={free:"free","free-limited":"free behind a usage wall",paid:"paid",unclassified:"unclassified"};var eg={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},il={id:"gated-growth-driver",severity:"warning",category:"packaging-test",description:"A feature that drives growth is gated in a paid plan.",check(t){let e=ir(t);for(let n of ct(t)){if(n.side!=="paid"||n.recommendation!=="free"&&n.recommendation!=="free-limited")continue;let r=n.reasons.filter(a=>a!=="friction"),i=t.planById(n.plan),o=e?t.name(e):"a free plan",s=n.recommendation==="free-limited"?`Offer it on ${o} behind a usage limit (it also has friction), so it still pulls users in.`:`Move it to ${o} so it can pull users in.`;t.report({node:n.planNode,feature:n.id,severity:t.model.productLed?"warning":"info",message:`${t.name(n)} drives growth (${rl(r)}) but is gated in ${t.name(i)}: ${r.map(a=>eg[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...e?{recommendedPlan:e.id}:{}}})}}};u();var ol={id:"limit-outside-plan",severity:"error",category:"structure",description:"A `limits:` key names a plan below the feature\u2019s plan, which does not include it.",check(t){for(let e of t.model.features){let n=t.rank(e.plan);if(n!==void 0)for(let[r,i]of e.limitPairs){let o=t.rank(r);if(o===void 0||o>=n)continue;let s=t.planById(r),a=t.planById(e.plan);t.report({node:i.key,feature:e.id,message:`${t.name(e)} starts on ${t.name(a)}, so ${t.name(s)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${t.name(s)}.`})}}}};u();var sl={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(t){t.topKey("growth")||t.report({node:t.topKey("version"),span:t.topKey("version")?void 0:{start:0,end:0},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};u();u();function or(t,e,n){if(!t.model.productLed)return;let r=ir(t);r&&(t.model.features.some(i=>i.side==="free"&&i.signals?.[e]===!0)||t.report({node:r.idNode,message:n(t.name(r))}))}var al={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no free feature delivers the aha moment.",check(t){or(t,"ahaMoment",e=>`No feature on the free side reaches the aha moment, so ${e} users never see the value that would make them stay and upgrade. Mark the feature that delivers first value with \`ahaMoment: true\` and make it free.`)}};u();var cl={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no free feature builds a habit loop.",check(t){or(t,"habitLoop",e=>`No feature on the free side builds a habit loop, so nothing brings ${e} users back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`)}};u();var ll={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(t){let e=t.model.growth.monetization;e!=="self-serve"&&e!=="product-led-sales"||t.model.plans.length!==0&&(t.model.plans.some(n=>typeof n.price=="number"&&n.price>0)||t.report({node:t.topKey("plans"),message:`Monetization is ${e}, but no plan has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced plan between free and contact-sales.`}))}};u();var tg=t=>t==="unlimited"?Number.POSITIVE_INFINITY:t,ul={id:"non-monotonic-limit",severity:"warning",category:"structure",description:"A higher plan has a lower usage limit than a lower plan.",check(t){let e=t.model.plans;for(let n of t.model.features){let r=t.rank(n.plan);if(r===void 0)continue;let i;for(let o=r;o<e.length;o++){let s=e[o],a=n.limits[s.id],c=a===void 0?Number.POSITIVE_INFINITY:tg(a);if(i&&c<i.limit&&a!==void 0){let l=n.limitPairs.get(s.id);t.report({node:l?.value,feature:n.id,message:`${t.name(n)} allows ${a}${n.unit?` ${n.unit}`:""} on ${t.name(s)} but ${i.limit===Number.POSITIVE_INFINITY?"unlimited":i.limit} on the lower ${t.name(i.plan)}: upgrading would take something away. Raise the ${t.name(s)} limit to at least the ${t.name(i.plan)} one.`})}(!i||c>i.limit)&&(i={plan:s,limit:c})}}}};u();var fl={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan costs less than a lower plan.",check(t){let e;for(let n of t.model.plans)typeof n.price=="number"&&(e&&typeof e.price=="number"&&n.price<e.price&&t.report({node:n.priceNode,message:`${t.name(n)} costs ${n.price}, less than the lower plan ${t.name(e)} (${e.price}). Plans are listed from lowest to highest: reorder them or fix the price.`}),(!e||typeof e.price=="number"&&n.price>e.price)&&(e=n))}};u();var dl={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(t){let e=t.model.growth,n=e.written.get("retention");!t.model.hasGrowth||!n||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.retention==="product-led"||t.report({node:n,message:`Acquisition is product-led but retention is ${e.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};u();var pl={id:"sales-led-only",severity:"info",category:"growth-model",description:"Acquisition, retention and monetization are all sales-led.",check(t){let e=t.model.growth;t.model.hasGrowth&&(!e.written.has("acquisition")||!e.written.has("retention")||!e.written.has("monetization")||e.acquisition!=="sales-led"||e.retention!=="sales-led"||e.monetization!=="sales-led"||t.report({node:t.topKey("growth"),message:"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales."}))}};u();var hl={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};u();var ml={id:"single-customer-feature",severity:"info",category:"growth-model",description:"A feature requested by one customer that drives no growth signal.",check(t){for(let e of t.model.features)e.requestedBy?.length!==1||!e.requestedByNode||rr.some(n=>e.signals?.[n]===!0)||t.report({node:e.requestedByNode,feature:e.id,message:`${t.name(e)} was asked for by one customer (${e.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};u();var gl={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product.",check(t){let e=t.model.growth,n=e.written.get("acquisition");!t.model.hasGrowth||!n||!e.written.has("relationship")||e.acquisition!=="product-led"||e.relationship!=="single-player"||t.report({node:n,message:"Acquisition is product-led but the product is single-player: without collaboration, every user must be acquired one by one. Look for sharing or public output that brings in the next user, or plan marketing-led acquisition."})}};u();var yl={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};u();var wl={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(t){let e=t.model.growth.written.get("freeOffer");!t.model.hasGrowth||!e||t.model.growth.freeOffer!=="trial"||t.report({node:e,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};u();var bl={id:"unclassified-feature",severity:"info",category:"packaging-test",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(t){for(let e of t.model.features)e.signals||t.report({node:e.idNode,feature:e.id,message:`${t.name(e)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Add signals: virality, universality, ahaMoment, habitLoop, friction.`})}};u();u();function ng(t,e){if(t===e)return 0;let n=new Array(e.length+1);for(let r=0;r<=e.length;r++)n[r]=r;for(let r=1;r<=t.length;r++){let i=n[0];n[0]=r;for(let o=1;o<=e.length;o++){let s=n[o];n[o]=Math.min(n[o]+1,n[o-1]+1,i+(t[r-1]===e[o-1]?0:1)),i=s}}return n[e.length]}function Wt(t,e){let n=t.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let s of e){let a=s.toLowerCase(),c=a===n?0:a.startsWith(n)||n.startsWith(a)?1:ng(n,a);c<i&&(i=c,r=s)}if(r===void 0)return;let o=Math.max(2,Math.floor(Math.max(n.length,r.length)/3));return i<=o?r:void 0}var vl={id:"unknown-plan",severity:"error",category:"structure",description:"`plan:` or a `limits:` key names no plan.",check(t){let e=[...t.model.planIds],n=r=>{let i=Wt(r,e);return{s:i,text:i?` Did you mean "${i}"?`:` Plans: ${e.join(", ")}.`}};for(let r of t.model.features){if(!t.model.planIds.has(r.plan)){let{s:i,text:o}=n(r.plan);t.report({node:r.planNode,feature:r.id,message:`${t.name(r)} is placed on plan "${r.plan}", which is not one of the plans.${o}`,...i?{data:{suggestion:i}}:{}})}for(let[i,o]of r.limitPairs){if(t.model.planIds.has(i))continue;let{s,text:a}=n(i);t.report({node:o.key,feature:r.id,message:`${t.name(r)} has a usage limit for plan "${i}", which is not one of the plans.${a}`,...s?{data:{suggestion:s}}:{}})}}}};u();var kl={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",description:"A free feature with friction has no usage limit on the free plan.",check(t){for(let e of ct(t)){if(e.side!=="free"||e.recommendation!=="free-limited"||Qc(t,e).length>0)continue;let n=t.planById(e.plan);t.report({node:e.planNode,feature:e.id,message:`${t.name(e)} drives growth but also has friction, and ${t.name(n)} gives it away without limit. Add a usage limit for ${t.name(n)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:n.id}})}}};u();var _l={id:"viral-wall",severity:"warning",category:"packaging-test",description:"A viral feature is walled at 0 or 1 on a free plan.",check(t){for(let e of t.model.features){if(e.signals?.virality!==!0)continue;let n=t.rank(e.plan);if(n!==void 0)for(let r of t.model.plans.slice(n)){let i=e.limits[r.id];!r.free||i!==0&&i!==1||t.report({node:e.limitPairs.get(r.id)?.value,feature:e.id,message:`${t.name(e)} spreads the product (virality), but ${t.name(r)} caps ${e.unit??"it"} at ${i}: a limit this low stops the loop before it starts. Raise it enough to share with a team.`})}}}};var ut=[yl,hl,Hc,vl,ol,ul,fl,tl,il,el,kl,_l,bl,sl,wl,nl,dl,gl,al,cl,ll,pl,Jc,ml],$l=new Map(ut.map(t=>[t.id,t]));u();u();u();u();function uo(t){let e=Object.values(t).filter(r=>typeof r=="number");return Object.entries(t).filter(([r,i])=>e.indexOf(+r)===-1).map(([r,i])=>i)}function xl(t,e){return typeof e=="bigint"?e.toString():e}var lo=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function Sl(t){return new lo(t)}function Al(t){return t==null}function fo(t){let e=t.startsWith("^")?1:0,n=t.endsWith("$")?t.length-1:t.length;return t.slice(e,n)}function Pl(t,e,n){Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0})}var po="captureStackTrace"in Error?Error.captureStackTrace:(...t)=>{};function sr(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function zl(t){if(sr(t)===!1)return!1;let e=t.constructor;if(e===void 0||typeof e!="function")return!0;let n=e.prototype;return!(sr(n)===!1||Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===!1)}var Ol=new Set(["string","number","symbol"]);function Yt(t){return t.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Ht(t,e,n){let r=new t._zod.constr(e??t._zod.def);return(!e||n?.parent)&&(r._zod.parent=t),r}function q(t){let e=t;if(!e)return{};if(typeof e=="string")return{error:()=>e};if(e?.message!==void 0){if(e?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");e.error=e.message}return delete e.message,typeof e.error=="string"?{...e,error:()=>e.error}:e}function Cl(t){return Object.keys(t).filter(e=>t[e]._zod.optin!==void 0&&t[e]._zod.optout==="optional")}var Ml={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function ue(t,e=0){if(t.aborted===!0)return!0;for(let n=e;n<t.issues.length;n++)if(t.issues[n]?.continue!==!0)return!0;return!1}function El(t,e=0){if(t.aborted===!0)return!0;for(let n=e;n<t.issues.length;n++)if(t.issues[n]?.continue===!1)return!0;return!1}function Se(t,e){return e.map(n=>{var r;return(r=n).path??(r.path=[]),n.path.unshift(t),n})}function Vt(t){return typeof t=="string"?t:t?.message}function ho(t){let e=[];for(let n of t??[]){let r=n._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&e.push([i,n])}return e}function ar(t,e,n){var r;for(let i=e;i<t.length;i++)(r=t[i]).schema??(r.schema=n)}function fe(t,e,n){var r;let i=t.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=t).schema??(r.schema=t.inst):t.schema=t.inst);let o=t.schema!==t.inst?t.schema?._zod.def?.error:void 0,s=t.message?t.message:Vt(t.inst?._zod.def?.error?.(t))??Vt(o?.(t))??Vt(e?.error?.(t))??Vt(n.customError?.(t))??Vt(n.localeError?.(t))??"Invalid input",a={};for(let c of Object.keys(t))c==="inst"||c==="schema"||c==="continue"||c==="input"||c==="__proto__"||(a[c]=t[c]);return a.path??(a.path=[]),a.message=s,e?.reportInput&&(a.input=t.input),a}var rg=/[\uD800-\uDBFF]/;function Nl(t){let e=t.length;if(!rg.test(t))return e;let n=e;for(let r=0;r<e-1;r++)(t.charCodeAt(r)&64512)===55296&&(t.charCodeAt(r+1)&64512)===56320&&(n--,r++);return n}function Tl(t){return Array.isArray(t)?"array":typeof t=="string"?"string":"unknown"}function cr(...t){let[e,n,r]=t;return typeof e=="string"?{message:e,code:"custom",input:n,inst:r}:{...e}}function Il(t,e){for(let n in e){let r=Object.getOwnPropertyDescriptor(e,n);r.get?Object.defineProperty(t,n,{...r,enumerable:!1}):ig(t,n,r.value)}}function Ze(t,e,n,r=!0){return Object.defineProperty(t,e,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function mo(t,e,n){return Ze(t,e,n,!1)}function ig(t,e,n){Object.defineProperty(t,e,{configurable:!0,get(){return this==null?n:Ze(this,e,n.bind(this))},set(r){Ze(this,e,r)}})}function og(t,e){let n=Object.getPrototypeOf(t);return e in n?void 0:n}var co,xe=!1,sg={configurable:!0,get(){xe=!0}};function ee(t,e,n){let r=Object.getPrototypeOf(t._zod);if(e in r&&co!==t._zod){co=void 0;return}co=t._zod,Object.defineProperty(r,e,{configurable:!0,get(){Object.defineProperty(this,e,sg);let i=xe;xe=!1;try{let o=n(this);return xe?delete this[e]:Object.defineProperty(this,e,{configurable:!0,writable:!0,value:o}),xe=xe||i,o}catch(o){throw delete this[e],xe=xe||i,o}},set(i){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:i})}})}function Ll(t,e,n,r){let i=og(t,e);i&&Object.defineProperty(i,e,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,e,o),o.value=n(this),Object.defineProperty(this,e,o),o.value},set(o){Object.defineProperty(this,e,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var Rl;var go={value:void 0,enumerable:!1},Dl="captureStackTrace"in Error?Error:null;function ag(t){let e=Dl;if(e){let n=e.stackTraceLimit;if(typeof n=="number"){try{e.stackTraceLimit=0}catch{return Dl=null,new t}try{return new t}finally{e.stackTraceLimit=n}}}return new t}function M(t,e,n,r){let i={};function o(d){this.def=d,this.constr=f,this.traits=new Set}o.prototype=i;let s=n,a=s&&new WeakSet;function c(d,m){if(d._zod){if(d._zod.traits.has(t))return}else{go.value=new o(m);try{Object.defineProperty(d,"_zod",go)}finally{go.value=void 0}}if(d._zod.traits.add(t),e(d,m),a){let g=Object.getPrototypeOf(d),h=d._zod.constr.prototype,k=g;for(;k&&k!==h;)k=Object.getPrototypeOf(k);let _=k??g;a.has(_)||(a.add(_),Il(_,s))}let w=f.prototype;for(let g in w)Object.prototype.hasOwnProperty.call(w,g)&&(g in d||(d[g]=w[g].bind(d)))}let l=r?.Parent??Object;class p extends l{}Object.defineProperty(p,"name",{value:t});function f(d){let m=r?.Parent?ag(p):this;c(m,d);let w=m._zod.deferred;if(w){for(let h of w)h();m._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(m),m}return Object.defineProperty(f,"init",{value:c}),Object.defineProperty(f,Symbol.hasInstance,{value:d=>r?.Parent&&d instanceof r.Parent?!0:d?._zod?.traits?.has(t)}),Object.defineProperty(f,"name",{value:t}),f}var de=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Rl=globalThis).__zod_globalConfig??(Rl.__zod_globalConfig={});var ft=globalThis.__zod_globalConfig;function oe(t){return t&&Object.assign(ft,t),ft}u();u();function cg(){let t=this._zod;return t.message??(t.message=JSON.stringify(t.def,xl,2)),t.message}function lg(t){this._zod.message=t}var ug={get:cg,set:lg,enumerable:!0,configurable:!0},wo={value:void 0,enumerable:!1},Zl=new WeakSet([Object.prototype,Error.prototype]),ql=(t,e)=>{t.name="$ZodError",wo.value=e,Object.defineProperty(t,"issues",wo),wo.value=void 0,Object.defineProperty(t,"message",ug);let n=Object.getPrototypeOf(t);Zl.has(n)||(Zl.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},f_=M("$ZodError",ql),Jt=M("$ZodError",ql,void 0,{Parent:Error});var dg=t=>{let e=(n,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=n._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new de;if(a.issues.length){let c=new(o?.Err??t)(a.issues.map(l=>fe(l,s,oe())));throw po(c,o?.callee??e),c}return a.value};return e},bo=dg(Jt),pg=t=>{let e=async(n,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=n._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let c=new(o?.Err??t)(a.issues.map(l=>fe(l,s,oe())));throw po(c,o?.callee??e),c}return a.value};return e},vo=pg(Jt),hg=t=>(e,n,r)=>{let i=r?{...r,async:!1}:{async:!1},o=e._zod.run({value:n,issues:[]},i);if(o instanceof Promise)throw new de;return o.issues.length?jl(t,o.issues,i):{success:!0,data:o.value}},ko=hg(Jt);function jl(t,e,n){let r;return{success:!1,get error(){return r||(r=new t(e.map(i=>fe(i,n,oe()))),e=void 0,n=void 0),r},set error(i){r=i,e=void 0,n=void 0}}}var mg=t=>async(e,n,r)=>{let i=r?{...r,async:!0}:{async:!0},o=e._zod.run({value:n,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?jl(t,o.issues,i):{success:!0,data:o.value}},_o=mg(Jt);u();u();u();var Fl=/^[\s\S]{0,}$/;var $o=/^-?\d+(?:\.\d+)?$/,Bl=/^(?:true|false)$/i;var Pe=M("$ZodCheck",(t,e)=>{var n;t._zod??(t._zod={}),t._zod.def=e,(n=t._zod).onattach??(n.onattach=[])});var gg=t=>{let e=t.value;return!Al(e)&&e.length!==void 0},Ul={number:"number",bigint:"bigint",object:"date"};var So=M("$ZodCheckGreaterThan",(t,e)=>{Pe.init(t,e);let n=Ul[typeof e.value];t._zod.check=r=>{(e.inclusive?r.value>=e.value:r.value>e.value)||r.issues.push({origin:Ul[typeof r.value]??n,code:"too_small",minimum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:t,continue:!e.abort})}});var Kl=M("$ZodCheckNumberFormat",(t,e)=>{Pe.init(t,e),e.format=e.format||"float64";let n=e.format?.includes("int"),r=n?"int":"number",[i,o]=Ml[e.format];t._zod.check=s=>{let a=s.value;if(n){if(!Number.isInteger(a)){s.issues.push({expected:r,format:e.format,code:"invalid_type",continue:!1,input:a,inst:t});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:t,origin:r,inclusive:!0,continue:!e.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:t,origin:r,inclusive:!0,continue:!e.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:t,continue:!e.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:t,continue:!e.abort})}});var Gl=M("$ZodCheckMinLength",(t,e)=>{var n;Pe.init(t,e),(n=t._zod.def).when??(n.when=gg),t._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=e.minimum&&o<e.minimum*2?Nl(i):o)>=e.minimum)return;let a=Tl(i);r.issues.push({origin:a,code:"too_small",minimum:e.minimum,inclusive:!0,input:i,inst:t,continue:!e.abort})}});var Wl=M("$ZodCheckStringFormat",(t,e)=>{var n,r;Pe.init(t,e),e.pattern?(n=t._zod).check??(n.check=i=>{e.pattern.lastIndex=0,!e.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:e.format,input:i.value,...e.pattern?{pattern:e.pattern.toString()}:{},inst:t,continue:!e.abort})}):(r=t._zod).check??(r.check=()=>{})}),Vl=M("$ZodCheckRegex",(t,e)=>{Wl.init(t,e),t._zod.check=n=>{e.pattern.lastIndex=0,!e.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:e.pattern.toString(),inst:t,continue:!e.abort})}});u();var Hl={major:4,minor:6,patch:7};var W=M("$ZodType",(t,e)=>{var n;t??(t={}),t._zod.def=e,t._zod.bag=t._zod.bag||{},t._zod.version=Hl;let r=t._zod.def.checks,i=t._zod.traits.has("$ZodCheck")?[t,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(t);if(i.length===0)(n=t._zod).deferred??(n.deferred=[]),t._zod.deferred?.push(()=>{t._zod.run=t._zod.parse});else{let o=(a,c,l)=>{if(a.memo)return a;let p=ue(a),f;for(let d of c){if(d._zod.def.when){if(El(a)||!d._zod.def.when(a))continue}else if(p)continue;let m=a.issues.length,w=d._zod.check(a);if(w instanceof Promise&&l?.async===!1)throw new de;if(f||w instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await w,a.issues.length!==m&&(ar(a.issues,m,t),p||(p=ue(a,m)))});else{if(a.issues.length===m)continue;ar(a.issues,m,t),p||(p=ue(a,m))}}return f?f.then(()=>a):a},s=(a,c,l)=>{if(ue(a))return a.aborted=!0,a;let p=o(c,i,l);if(p instanceof Promise){if(l.async===!1)throw new de;return p.then(f=>t._zod.parse(f,l))}return t._zod.parse(p,l)};t._zod.run=(a,c)=>{if(c.skipChecks)return t._zod.parse(a,c);if(c.direction==="backward"){let p=t._zod.parse({value:a.value,issues:[]},{...c,skipChecks:!0});return p instanceof Promise?p.then(f=>s(f,a,c)):s(p,a,c)}let l=t._zod.parse(a,c);if(l instanceof Promise){if(c.async===!1)throw new de;return l.then(p=>o(p,i,c))}return o(l,i,c)}}},{get"~standard"(){return mo(this,"~standard",wg(this))},set"~standard"(t){Ze(this,"~standard",t)}}),eu=(t,e)=>t.issues.length?{issues:t.issues.map(n=>fe(n,e,oe()))}:{value:t.value};async function yg(t,e){let n={async:!0};return eu(await t._zod.run({value:e,issues:[]},n),n)}function wg(t){return{validate:e=>{let n={async:!1};try{let r=t._zod.run({value:e,issues:[]},n);if(!(r instanceof Promise))return eu(r,n)}catch{}return yg(t,e)},vendor:"zod",version:1}}var tu=M("$ZodString",(t,e)=>{W.init(t,e),t._zod.pattern=e.pattern??Fl,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=String(n.value)}catch{}return typeof n.value=="string"||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:t}),n}});var Ao=M("$ZodNumber",(t,e)=>{W.init(t,e),t._zod.pattern=$o,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=Number(n.value)}catch{}let i=n.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return n;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:i,inst:t,...o?{received:o}:{}}),n}}),nu=M("$ZodNumberFormat",(t,e)=>{Kl.init(t,e),Ao.init(t,e)}),ru=M("$ZodBoolean",(t,e)=>{W.init(t,e),t._zod.pattern=Bl,t._zod.parse=(n,r)=>{if(e.coerce)try{n.value=!!n.value}catch{}let i=n.value;return typeof i=="boolean"||n.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:t}),n}});var iu=M("$ZodNever",(t,e)=>{W.init(t,e),t._zod.parse=(n,r)=>(n.issues.push({expected:"never",code:"invalid_type",input:n.value,inst:t}),n)});function bg(t,e){let n=ho(t._zod.def.checks);if(!n.length)return;let r=Math.min(...n.map(o=>o[0])),i=t._zod.parse;t._zod.parse=(o,s)=>{let a=e(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[c,l]of ho(t._zod.def.checks))if(a>c&&l._zod.def.when(o)){let p=o.issues.length;return l._zod.check(o),o.issues[p].continue=!1,ar(o.issues,p,t),o}}return i(o,s)}}var vg=t=>Array.isArray(t)?t.length:-1;function Jl(t,e,n){t.issues.length&&e.issues.push(...Se(n,t.issues)),e.value[n]=t.value}var ou=M("$ZodArray",(t,e)=>{W.init(t,e);let n=ft.memoizer;n?.attach(t),t._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:t}),r;r.value=n?n.alloc(t,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let c=0;c<o.length;c++){let l=o[c],p=e.element._zod.run({value:l,issues:[]},i);if(p instanceof Promise)s.push(p.then(f=>Jl(f,r,c)));else if(Jl(p,r,c),a&&p.issues.length!==0&&ue(p))break}return s.length?Promise.all(s).then(()=>r):r},bg(t,vg)});function lr(t,e,n,r,i,o){let s=n in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(t.issues.length){if(i!==void 0&&a&&!s)return;e.issues.push(...Se(n,t.issues))}if(!s&&i===void 0){t.issues.length||e.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]});return}t.value===void 0?(s||i==="defaulted"&&!a)&&(e.value[n]=void 0):e.value[n]=t.value}}var kg=[];function _g(t){let e=Object.keys(t.shape),n=Object.getOwnPropertySymbols(t.shape),r=n.length?n:kg,i=r.length?[...e,...r]:e;for(let s of i)if(!t.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Cl(t.shape);return{...t,allKeys:i,symbolKeys:r,keySet:new Set(e),numKeys:e.length,optionalKeys:new Set(o)}}function $g(t,e,n,r,i,o,s){let a=[],c=i.keySet,l=i.catchall._zod,p=l.def.type,f=l.optin,d=l.optout,m=0;for(let w in e){if(s&&n.issues.length!==m){if(ue(n,m))break;m=n.issues.length}if(c.has(w))continue;if(w==="__proto__"){p==="never"&&a.push(w);continue}if(p==="never"){a.push(w);continue}let g=l.run({value:e[w],issues:[]},r);g instanceof Promise?t.push(g.then(h=>lr(h,n,w,e,f,d))):lr(g,n,w,e,f,d)}return a.length&&n.issues.push({code:"unrecognized_keys",keys:a,input:e,inst:o,continue:!0}),t.length?Promise.all(t).then(()=>n):n}var su=M("$ZodObject",(t,e)=>{W.init(t,e);let n=Object.getOwnPropertyDescriptor(e,"shape"),r=n?.get?n.get.raw:e.shape??{};if(r){let l=()=>{let p={...r};return Object.defineProperty(e,"shape",{value:p}),l.raw=p,p};l.raw=r,Object.defineProperty(e,"shape",{get:l})}let i=Sl(()=>_g(e));ee(t,"propValues",l=>{let p=l.def.shape,f={};for(let d in p){let m=p[d]._zod;if(m.values){Object.prototype.hasOwnProperty.call(f,d)||Pl(f,d,new Set);for(let w of m.values)f[d].add(w);m.optin!==void 0&&f[d].add(void 0)}}return f});let o=sr,s=e.catchall,a,c=ft.memoizer;c?.attach(t),t._zod.parse=(l,p)=>{a??(a=i.value);let f=l.value;if(!o(f))return l.issues.push({expected:"object",code:"invalid_type",input:f,inst:t}),l;l.value=c?c.alloc(t,l,{},p):{};let d=[],m=a.shape,w=p?.abortEarly,g=l.issues.length;for(let h of a.allKeys){if(w&&l.issues.length!==g){if(ue(l,g))break;g=l.issues.length}if(h==="__proto__")continue;let k=m[h],_=k._zod.optin,b=k._zod.optout,v=k._zod.run({value:f[h],issues:[]},p);v instanceof Promise?d.push(v.then($=>lr($,l,h,f,_,b))):lr(v,l,h,f,_,b)}return s?$g(d,f,l,p,i.value,t,w===!0):d.length?Promise.all(d).then(()=>l):l}});function Xl(t,e,n,r){for(let o of t)if(o.issues.length===0)return e.value=o.value,e;let i=t.filter(o=>!ue(o));return i.length===1?(e.value=i[0].value,i[0]):(e.issues.push({code:"invalid_union",input:e.value,inst:n,errors:t.map(o=>o.issues.map(s=>fe(s,r,oe())))}),e)}var au=M("$ZodUnion",(t,e)=>{W.init(t,e),ee(t,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),ee(t,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),ee(t,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),ee(t,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>fo(o.source)).join("|")})$`)}});let n=e.options.length===1?e.options[0]._zod.run:null;t._zod.parse=(r,i)=>{if(n)return n(r,i);let o=!1,s=[];for(let a of e.options){let c=a._zod.run({value:r.value,issues:[]},i);if(c instanceof Promise)s.push(c),o=!0;else{if(c.issues.length===0)return c;s.push(c)}}return o?Promise.all(s).then(a=>Xl(a,r,t,i)):Xl(s,r,t,i)}});var cu=M("$ZodRecord",(t,e)=>{W.init(t,e);let n=ft.memoizer;n?.attach(t),t._zod.parse=(r,i)=>{let o=r.value;if(!zl(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:t}),r;let s=[],a=e.keyType._zod.values;if(a&&!e.partial){r.value=n?n.alloc(t,r,{},i):{};let c=new Set;for(let p of a)if(typeof p=="string"||typeof p=="number"||typeof p=="symbol"){if(c.add(typeof p=="number"?p.toString():p),p==="__proto__")continue;let f=e.keyType._zod.run({value:p,issues:[]},i);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(w=>fe(w,i,oe())),input:p,path:[p],inst:t});continue}let d=f.value;if(d==="__proto__")continue;let m=e.valueType._zod.run({value:o[p],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...Se(p,w.issues)),r.value[d]=w.value})):(m.issues.length&&r.issues.push(...Se(p,m.issues)),r.value[d]=m.value)}let l;for(let p in o)if(!c.has(p))if(e.mode==="loose"){if(p==="__proto__")continue;r.value[p]=o[p]}else l=l??[],l.push(p);l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:t,keys:l,continue:!0})}else{r.value=n?n.alloc(t,r,{},i):{};let c;for(let l of Reflect.ownKeys(o)){if(l==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,l))continue;let p=e.keyType._zod.run({value:l,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof l=="string"&&$o.test(l)&&p.issues.length){let w=e.keyType._zod.run({value:Number(l),issues:[]},i);if(w instanceof Promise)throw new Error("Async schemas not supported in object keys currently");w.issues.length===0&&(p=w)}if(p.issues.length){e.mode==="loose"?r.value[l]=o[l]:a?(c=c??[],c.push(l)):r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(w=>fe(w,i,oe())),input:l,path:[l],inst:t});continue}let d=p.value;if(d==="__proto__")continue;let m=e.valueType._zod.run({value:o[l],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...Se(l,w.issues)),r.value[d]=w.value})):(m.issues.length&&r.issues.push(...Se(l,m.issues)),r.value[d]=m.value)}c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:t,keys:c,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var lu=M("$ZodEnum",(t,e)=>{W.init(t,e);let n=uo(e.entries),r=new Set(n);t._zod.values=r,ee(t,"pattern",i=>{let o=uo(i.def.entries).filter(s=>Ol.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Yt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),t._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:n,input:s,inst:t}),i}}),uu=M("$ZodLiteral",(t,e)=>{W.init(t,e);let n=new Set(e.values);t._zod.values=n,ee(t,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Yt(o):o?Yt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),t._zod.parse=(r,i)=>{let o=r.value;return n.has(o)||r.issues.push({code:"invalid_value",values:e.values,input:o,inst:t}),r}});function Ql(t,e){return t.value=e.issues.length?void 0:e.value,t}var fu=M("$ZodOptional",(t,e)=>{W.init(t,e),ee(t,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),t._zod.optout="optional",ee(t,"values",n=>{let r=n.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),ee(t,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${fo(r.source)})?$`):void 0}),t._zod.parse=(n,r)=>{if(n.value===void 0){if(e.innerType._zod.optin!=="defaulted")return n;let i=e.innerType._zod.run({value:n.value,issues:[]},r);return i instanceof Promise?i.then(o=>Ql(n,o)):Ql(n,i)}return e.innerType._zod.run(n,r)}});u();var du;var Po=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...n){let r=n[0];return this._map.set(e,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){let n=this._map.get(e);return n&&typeof n=="object"&&"id"in n&&this._idmap.delete(n.id),this._map.delete(e),this}get(e){let n=e._zod.parent;if(n){let r={...this.get(n)??{}};delete r.id;let i={...r,...this._map.get(e)};return Object.keys(i).length?i:void 0}return this._map.get(e)}has(e){return this._map.has(e)}};function pu(){return new Po}(du=globalThis).__zod_globalRegistry??(du.__zod_globalRegistry=pu());var dt=globalThis.__zod_globalRegistry;u();function hu(t){return t.checks&&(t.checks=[...t.checks]),t}function mu(t,e){return new t(hu({type:"string",...q(e)}))}function gu(t,e){return new t(hu({type:"number",checks:[],...q(e)}))}function yu(t,e){return new t({type:"number",check:"number_format",abort:!1,format:"safeint",...q(e)})}function wu(t,e){return new t({type:"boolean",...q(e)})}function bu(t,e){return new t({type:"never",...q(e)})}function vu(t,e){return new So({check:"greater_than",...q(e),value:t,inclusive:!1})}function Xt(t,e){return new So({check:"greater_than",...q(e),value:t,inclusive:!0})}function zo(t){return vu(0,t)}function ur(t,e){return new Gl({check:"min_length",...q(e),minimum:t})}function Oo(t,e){return new Vl({check:"string_format",format:"regex",...q(e),pattern:t})}function ku(t,e){let n=Sg(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(cr(i,r.value,n._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=n),o.continue??(o.continue=!n._zod.def.abort),r.issues.push(cr(o))}},t(r.value,r)),e);return n}function Sg(t,e){let n=new Pe({check:"custom",...q(e)});return n._zod.check=t,n}u();u();var te=M("ZodMiniType",(t,e)=>{if(!t._zod)throw new Error("Uninitialized schema in ZodMiniType.");W.init(t,e),t.def=e,t.type=e.type},{get with(){return this.check},set with(t){Ze(this,"with",t)},parse(t,e){return bo(this,t,e,{callee:this.parse})},parseAsync(t,e){return vo(this,t,e,{callee:this.parseAsync})},safeParse(t,e){return ko(this,t,e)},safeParseAsync(t,e){return _o(this,t,e)},check(...t){let e=this.def;return this.clone({...e,checks:[...e.checks??[],...t.map(n=>typeof n=="function"?{_zod:{check:n,def:{check:"custom"},onattach:[]}}:n)]},{parent:!0})},clone(t,e){return Ht(this,t,e)},brand(){return this},register(t,e){return t.add(this,e),this},apply(t,...e){return e.length===0?t(this):t(this,...e)}}),zg=M("ZodMiniString",(t,e)=>{tu.init(t,e),te.init(t,e)});function V(t){return mu(zg,t)}var $u=M("ZodMiniNumber",(t,e)=>{Ao.init(t,e),te.init(t,e)});function xu(t){return gu($u,t)}var Og=M("ZodMiniNumberFormat",(t,e)=>{nu.init(t,e),$u.init(t,e)});function Co(t){return yu(Og,t)}var Cg=M("ZodMiniBoolean",(t,e)=>{ru.init(t,e),te.init(t,e)});function pt(t){return wu(Cg,t)}var Mg=M("ZodMiniNever",(t,e)=>{iu.init(t,e),te.init(t,e)});function Eg(t){return bu(Mg,t)}var Ng=M("ZodMiniArray",(t,e)=>{ou.init(t,e),te.init(t,e)});function Qt(t,e){return new Ng({type:"array",element:t,...q(e)})}var Tg=M("ZodMiniObject",(t,e)=>{su.init(t,e),te.init(t,e),Ll(t,"shape",n=>n._zod.def.shape,!1)});function ze(t,e){return new Tg({type:"object",shape:t,catchall:Eg(),...q(e)})}var Ig=M("ZodMiniUnion",(t,e)=>{au.init(t,e),te.init(t,e)});function Mo(t,e){return new Ig({type:"union",options:t,...q(e)})}var _u=M("ZodMiniRecord",(t,e)=>{cu.init(t,e),te.init(t,e)});function Su(t,e,n){return!e||!e._zod?new _u({type:"record",keyType:V(),valueType:t,...q(e)}):new _u({type:"record",keyType:t,valueType:e,...q(n)})}var Lg=M("ZodMiniEnum",(t,e)=>{lu.init(t,e),te.init(t,e),t.options=[...t._zod.values]});function ne(t,e){let n=Array.isArray(t)?Object.fromEntries(t.map(r=>[r,r])):t;return new Lg({type:"enum",entries:n,...q(e)})}var Rg=M("ZodMiniLiteral",(t,e)=>{uu.init(t,e),te.init(t,e)});function fr(t,e){return new Rg({type:"literal",values:Array.isArray(t)?t:[t],...q(e)})}var Dg=M("ZodMiniOptional",(t,e)=>{fu.init(t,e),te.init(t,e)});function ht(t){return new Dg({type:"optional",innerType:t})}function Au(t,e){return ku(t,e)}u();var dr=/^[a-z][a-z0-9-]*$/;function F(t,e){return dt.add(t,{description:e}),t}var L=(t,e)=>ht(F(t,e)),zu=t=>F(V().check(Oo(dr,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${t} id: lowercase letters, digits and dashes, starting with a letter`),Pu=["product-led","marketing-led","sales-led"],jg=["self-serve","product-led-sales","sales-led"],Fg=["one-to-many","single-player"],Bg=["freemium","trial","freemium-and-trial","none"],Ug=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],pr=["error","warning","info","off"],Kg=["syntax","schema","duplicate-id","unknown-plan","limit-outside-plan","non-monotonic-limit","non-monotonic-price","freemium-without-free-plan","gated-growth-driver","free-friction","unwalled-growth-driver","viral-wall","unclassified-feature","missing-growth-model","trial-only","freemium-without-goal","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","sales-led-only","enterprise-only-roadmap","single-customer-feature"],Gg=F(ze({name:F(V().check(ur(1)),"The product name"),url:L(V(),"The product web site")}),"The product this file packages"),Wg=F(ze({acquisition:L(ne(Pu),"How users find the product (default product-led)"),retention:L(ne(Pu),"What keeps users coming back (default product-led)"),monetization:L(ne(jg),"How revenue is collected (default self-serve)"),relationship:L(ne(Fg),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:L(ne(Bg),"The free offer (default freemium)"),trialDays:L(Co().check(zo()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:L(Qt(ne(Ug)),"Why there is a free offer at all")}).check(Au((t,e)=>{typeof t.trialDays=="number"&&t.freeOffer!=="trial"&&t.freeOffer!=="freemium-and-trial"&&e.addIssue({code:"custom",path:["trialDays"],input:t.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${t.freeOffer??"freemium, the default"})`})},{when:t=>typeof t.value=="object"&&t.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Vg=F(Mo([xu().check(Xt(0)),fr("contact-sales")]),"A number >= 0, or contact-sales"),Yg=F(ze({id:zu("Plan"),name:L(V(),"Display name (default: id)"),price:Vg,per:L(ne(["seat","workspace","account","usage"]),"What the price is per"),period:L(ne(["month","year"]),"Billing period")}),"A plan; plans are ordered from lowest to highest"),Hg=F(Mo([Co().check(Xt(0)),fr("unlimited")]),"An integer >= 0, or unlimited"),Jg=F(ze({virality:L(pt(),"Sharing, invites, public output: network effects"),universality:L(pt(),"Enough for nearly every user, whatever their complexity"),ahaMoment:L(pt(),"Needed to reach first value"),habitLoop:L(pt(),"Brings users back: notifications, channels, reminders"),friction:L(pt(),"Creates friction for the growth model if given away")}),"The packaging test: which signals this feature has"),Xg=F(ze({id:zu("Feature"),name:L(V(),"Display name (default: id)"),description:L(V(),"What the feature does"),category:L(V(),"Groups rows in the matrix"),plan:F(V(),"The lowest plan that includes it; every higher plan includes it too"),unit:L(V(),"What `limits` counts"),limits:L(Su(V(),Hg),"Usage walls: plan id -> integer >= 0 or unlimited; a plan left out is unlimited"),signals:ht(Jg),status:L(ne(["shipped","planned"]),"shipped (default) or planned"),requestedBy:L(Qt(V()),"The customers who asked for it")}),"A feature"),Qg=ne(pr),ey=F(ze(Object.fromEntries(Kg.map(t=>[t,ht(Qg)]))),"Severity overrides: rule id -> error | warning | info | off"),Eo=ze({version:F(fr(1),"The format version: 1"),product:Gg,growth:ht(Wg),plans:F(Qt(Yg).check(ur(1)),"The plans, from lowest to highest"),features:F(Qt(Xg),"The features"),rules:ht(ey)}).register(dt,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});u();var qe=Ce(nr());function ty(t,e){let n=[{node:t.contents??void 0,pair:void 0}],r=t.contents;for(let i of e)if((0,qe.isAlias)(r)&&(r=at(t,r)),typeof i=="number"&&(0,qe.isSeq)(r))r=r.items[i],n.push({node:r,pair:void 0});else if((0,qe.isMap)(r)){let o=De(r,String(i));if(!o)break;r=o.value,n.push({node:o.value??void 0,pair:o})}else break;return n}function Io(t){let e=Eo;for(let n of t){e=Ou(e);let r=e?._zod?.def;if(!r)return;if(r.type==="object")e=r.shape[n];else if(r.type==="array")e=r.element;else if(r.type==="record")e=r.valueType;else return}return Ou(e)}function Ou(t){for(;t?._zod?.def&&(t._zod.def.type==="optional"||t._zod.def.type==="nullable");)t=t._zod.def.innerType;return t}function Cu(t){return t?dt.get(t)?.description:void 0}function ny(t){let e=Io(t);return e?._zod?.def?.type==="object"?Object.keys(e._zod.def.shape):[]}function ry(t){return t==null?"nothing":typeof t=="string"?`"${t.length>40?`${t.slice(0,40)}\u2026`:t}" (text)`:typeof t=="number"||typeof t=="boolean"?`${t} (${typeof t=="number"?"a number":"true/false"})`:Array.isArray(t)?"a list":"a map"}function No(t,e){if(t.length===0)return"the file";let n=[],r=e;for(let i=0;i<t.length;i++){let o=t[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,c=t[i-1],l=c==="plans"?"plan":c==="features"?"feature":"item";l!=="item"&&n.pop(),n.push(`${l}${a}`)}else n.push(String(o));r=s}return n.join(" \u203A ")}function iy(t,e){if(!t)return;let r=(e&&t.pair?t.pair.key:t.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=t.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function To(t,e){for(let r=t.length-1;r>=0;r--){let i=t[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,qe.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let n=e.contents?.range;return n?{start:n[0],end:n[0]}:{start:0,end:0}}function Mu(t,e){if(e==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let n=Eo.safeParse(e,{reportInput:!0});if(n.success)return{data:n.data,problems:[]};let r=[];for(let i of n.error.issues)r.push(...oy(t,e,i));return{data:void 0,problems:r}}function oy(t,e,n){let r=n.path,i=ty(t,r),o=i.length===r.length+1,s=No(r,e),a=r[r.length-1],c=r.length>1?` in ${No(r.slice(0,-1),e)}`:"",l=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${c}`;if(n.code==="unrecognized_keys"){let h=ny(r),k=o?i[i.length-1].node:void 0;return n.keys.map(_=>{let v=De(k,_)?.key?.range,$=Wt(_,h),P=$?` Did you mean \`${$}\`?`:` Known keys: ${h.join(", ")}.`;return{message:`Unknown key \`${_}\` in ${s}.${P}`,span:v?{start:v[0],end:v[1]}:To(i,t),path:[...r,_],...$?{suggestion:$}:{}}})}let p=n.input;if(!o||n.code==="invalid_type"&&p===void 0){let h=o?i.slice(0,-1):i,k=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${No(k,e)}. ${Cu(Io(r))??""}`.trim(),span:To(h,t),path:r}]}let f=iy(i[i.length-1],!1)??To(i,t),d=Cu(Io(r)),m=ry(p),w,g;switch(n.code){case"invalid_value":{let h=n.values.map(String);h.length===1?w=`${l} must be ${h[0]}; got ${m}.`:(g=typeof p=="string"?Wt(p,h):void 0,w=`${l} must be one of ${h.join(", ")}; got ${m}.${g?` Did you mean \`${g}\`?`:""}`);break}case"invalid_format":if(w=`${l} is not valid: ${n.message}; got ${m}.`,typeof p=="string"&&/^[A-Za-z]/.test(p)){let h=p.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(h)&&(g=h,w+=` Try \`${h}\`.`)}break;case"too_small":w=n.origin==="array"?`${l} needs at least ${n.minimum} item${n.minimum===1?"":"s"}.`:n.origin==="string"?`${l} must not be empty.`:`${l} must be ${n.inclusive?"at least":"more than"} ${n.minimum}; got ${m}.`;break;case"custom":w=`${n.message}.`;break;case"invalid_type":w=`${l} must be ${sy[n.expected]??n.expected}; got ${m}.`;break;default:w=`${l} must be ${ay(d)??"of another type"}; got ${m}.`}return[{message:w,span:f,path:r,...g?{suggestion:g}:{}}]}var sy={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function ay(t){return t&&t[0].toLowerCase()+t.slice(1)}function Eu(t,e){if(t.length<e.length)return!1;for(let n=0;n<e.length;n++)if(t[n]!==e[n])return!1;return!0}function hr(t,e={}){let n=Vc(t),r=n.lineCounter,i=(m,w,g)=>uy(m,w,r,e,g,n.problems.length>0||!n.doc);if(!n.doc){let m=n.problems.map(w=>({severity:"error",rule:"syntax",message:w.message,span:w.span}));return i(m,void 0,{})}let o=n.doc,s;try{s=Yc(o,o.contents)}catch(m){if(!(m instanceof Re))throw m;let w=m.node?.range;return i([{severity:"error",rule:"syntax",message:m.message,span:w?{start:w[0],end:w[1]}:{start:0,end:0}}],void 0,{})}let{problems:a}=Mu(o,s),c=a.map(m=>{let w=cy(s,m.path);return{severity:"error",rule:"schema",message:m.message,span:m.span,...w!==void 0?{feature:w}:{},...m.suggestion?{data:{suggestion:m.suggestion}}:{}}});if(!(s!==null&&typeof s=="object"&&!Array.isArray(s))){if(s!=null){let m=o.contents?.range;return c.push({severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:m?{start:m[0],end:m[1]}:{start:0,end:0}}),i(c.filter(w=>w.message.startsWith("The file must be a map with")),void 0,{})}return i(c,void 0,{})}let p=s,f=py(o,p,a);c.push(...f.duplicates);let d=ly(p.rules);return hy(f.model,o,c),i(c,f.model,d)}function cy(t,e){if(e[0]!=="features"||typeof e[1]!="number"||e.length<3)return;let n=t&&typeof t=="object"?t.features:void 0,r=Array.isArray(n)?n[e[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&dr.test(i)?i:void 0}function ly(t){let e={};if(!t||typeof t!="object"||Array.isArray(t))return e;for(let[n,r]of Object.entries(t))$l.has(n)&&typeof r=="string"&&pr.includes(r)&&(e[n]=r);return e}function uy(t,e,n,r,i,o){let s=[];for(let c of t){let l=i[c.rule]??fy(r.rules?.[c.rule]);if(l==="off")continue;let p=l??c.severity;s.push({rule:c.rule,severity:p,message:c.message,range:so(n,c.span),span:c.span,...c.feature!==void 0?{feature:c.feature}:{},...c.data?{data:c.data}:{}})}s.sort((c,l)=>c.span.start-l.span.start||c.span.end-l.span.end||(c.rule<l.rule?-1:c.rule>l.rule?1:0)||(c.message<l.message?-1:c.message>l.message?1:0));let a=(e?.features??[]).map(c=>({id:c.id,plan:c.plan,side:c.side,recommendation:c.recommendation,reasons:c.reasons}));return{diagnostics:s,features:a,...e?{model:e}:{},syntaxError:o,toRange:c=>so(n,c)}}function fy(t){return t!==void 0&&pr.includes(t)?t:void 0}function K(t,e){return(0,Oe.isAlias)(e)?at(t,e):e??void 0}var dy=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals"];function py(t,e,n){let r=t.contents,i=new Set;for(let A of n)for(let O=1;O<=Math.min(2,A.path.length);O++)i.add(A.path.slice(0,O).join("\0"));let o=A=>A.length<=2?i.has(A.join("\0")):n.some(O=>Eu(O.path,A)),s=[],a=A=>{let O=K(t,Q(r,A)),E=e[A];return!(0,Oe.isSeq)(O)||!Array.isArray(E)?[]:E.map((T,G)=>({node:K(t,O.items[G]),plain:T}))},c=A=>{let O=A&&typeof A=="object"?A.id:void 0;return typeof O=="string"&&dr.test(O)?O:void 0},l=(A,O)=>{let E=new Set;for(let T of A){let G=c(T.plain);if(G!==void 0)if(E.has(G)){let Ye=K(t,Q(T.node,"id"));s.push({severity:"error",rule:"duplicate-id",message:`The ${O} id "${G}" is used twice. Ids must be unique among ${O}s: rename this one.`,span:Ye?.range?{start:Ye.range[0],end:Ye.range[1]}:{start:0,end:0},...O==="feature"?{feature:G}:{}})}else E.add(G)}},p=a("plans"),f=a("features");l(p,"plan"),l(f,"feature");let d=new Set;for(let A of p){let O=c(A.plain);O&&d.add(O)}let m=o(["plans"])&&!Array.isArray(e.plans),w=[];p.forEach((A,O)=>{if(m||o(["plans",O])||!A.node)return;let E=A.plain,T=E.price;w.push({id:E.id,name:E.name||E.id,price:T,...E.per!==void 0?{per:E.per}:{},...E.period!==void 0?{period:E.period}:{},free:T===0,index:O,node:A.node,idNode:K(t,Q(A.node,"id")),priceNode:K(t,Q(A.node,"price"))})});let g=new Map;for(let A of w)g.has(A.id)||g.set(A.id,A);let h=[];f.forEach((A,O)=>{if(o(["features",O])||!A.node)return;let E=A.plain,T=E.signals,G=Gc(T),Ye=E.plan,Jo=g.get(Ye),Xo=new Map,Qo=K(t,Q(A.node,"limits"));if((0,Oe.isMap)(Qo))for(let xr of Qo.items){let Sr=K(t,xr.key);Sr&&Sr.value!==void 0&&Xo.set(String(Sr.value),{...xr,value:K(t,xr.value)})}let es=K(t,Q(A.node,"signals")),ts=K(t,Q(A.node,"requestedBy"));h.push({id:E.id,name:E.name||E.id,...E.description!==void 0?{description:E.description}:{},...E.category!==void 0?{category:E.category}:{},plan:Ye,...E.unit!==void 0?{unit:E.unit}:{},limits:{...E.limits??{}},...T?{signals:T}:{},status:E.status??"shipped",...E.requestedBy!==void 0?{requestedBy:E.requestedBy}:{},side:Jo?Jo.free?"free":"paid":null,recommendation:G.recommendation,reasons:G.reasons,index:O,node:A.node,idNode:K(t,Q(A.node,"id")),planNode:K(t,Q(A.node,"plan")),...es?{signalsNode:es}:{},...ts?{requestedByNode:ts}:{},limitPairs:Xo})});let k=De(r,"growth"),_=K(t,k?.value),b=k!==void 0&&!o(["growth"])&&((0,Oe.isMap)(_)||e.growth==null),v=b&&e.growth?e.growth:{},$=new Map;if(b&&(0,Oe.isMap)(_))for(let A of dy){let O=K(t,Q(_,A));O&&v[A]!==void 0&&$.set(A,O)}let P={acquisition:v.acquisition??"product-led",retention:v.retention??"product-led",monetization:v.monetization??"self-serve",relationship:v.relationship??"one-to-many",freeOffer:v.freeOffer??"freemium",...v.trialDays!==void 0?{trialDays:v.trialDays}:{},...v.freemiumGoals!==void 0?{freemiumGoals:v.freemiumGoals}:{},written:$,...b&&k?{keyNode:k.key}:{}},z=e.product&&typeof e.product=="object"?e.product:{};return{model:{...typeof z.name=="string"?{productName:z.name}:{},...typeof z.url=="string"?{productUrl:z.url}:{},plans:w,features:h,growth:P,hasGrowth:b,planIds:d,productLed:P.acquisition==="product-led"||P.retention==="product-led"},duplicates:s}}function hy(t,e,n){let r=new Map,i=new Map;t.plans.forEach((o,s)=>{r.has(o.id)||(r.set(o.id,o),i.set(o.id,s))});for(let o of ut){if(!o.check)continue;let s={model:t,topKey:a=>De(e.contents,a)?.key??void 0,planById:a=>r.get(a),rank:a=>i.get(a),name:a=>`"${a.name}"`,report:a=>{let c=a.node?.range,l=a.span??(c?{start:c[0],end:c[1]}:{start:0,end:0});n.push({severity:a.severity??o.severity,rule:o.id,message:a.message,span:l,...a.feature!==void 0?{feature:a.feature}:{},...a.data?{data:a.data}:{}})}};o.check(s)}}u();var Nu=t=>({id:t.id,name:t.name,plan:t.plan,side:t.side,recommendation:t.recommendation});function Tu(t,e){if(!(t==="unclassified"||e===null))return t==="paid"==(e==="paid")}function my(t,e,n){let r=Tu(t,e),i=Tu(t,n);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}function Iu(t,e){let n=new Map,r=e.findIndex(i=>i.id===t.plan);return e.forEach((i,o)=>{n.set(i.id,r<0||o<r?null:t.limits[i.id]??"unlimited")}),n}function Lu(t){return{rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},line:t.range.start.line}}function Lo(t){return`${t.rule}\0${t.feature??""}\0${t.message}`}function Ru(t,e){let n=new Map;for(let i of e)n.set(Lo(i),(n.get(Lo(i))??0)+1);let r=[];for(let i of t){let o=Lo(i),s=n.get(o)??0;s>0?n.set(o,s-1):r.push(i)}return r}function Ro(t,e){let n=t?.model?.plans??[],r=e.model?.plans??[],i=t?.model?.features??[],o=e.model?.features??[],s=b=>{let v=new Map;for(let $ of b)v.has($.id)||v.set($.id,$);return v},a=s(i),c=s(o),l=s(n),p=s(r),f=[...c.values()].filter(b=>!a.has(b.id)).map(Nu),d=[...a.values()].filter(b=>!c.has(b.id)).map(Nu),m=[],w=[];for(let b of c.values()){let v=a.get(b.id);if(!v)continue;v.plan!==b.plan&&m.push({id:b.id,name:b.name,fromPlan:v.plan,toPlan:b.plan,fromSide:v.side,toSide:b.side,recommendation:b.recommendation,verdict:my(b.recommendation,v.side,b.side)});let $=Iu(v,n),P=Iu(b,r);for(let[z,S]of P){if(!$.has(z))continue;let A=$.get(z);A===null||S===null||A===S||w.push({feature:b.id,name:b.name,plan:z,from:A,to:S,...b.unit?{unit:b.unit}:{}})}}let g=[];for(let b of p.values()){let v=l.get(b.id);v?v.price!==b.price&&g.push({plan:b.id,name:b.name,from:v.price,to:b.price}):g.push({plan:b.id,name:b.name,from:null,to:b.price})}for(let b of l.values())p.has(b.id)||g.push({plan:b.id,name:b.name,from:b.price,to:null});let h=t?.diagnostics??[],k=e.diagnostics,_={errors:0,warnings:0,infos:0};for(let b of k)b.severity==="error"?_.errors++:b.severity==="warning"?_.warnings++:_.infos++;return{baseMissing:t===void 0,added:f,removed:d,moved:m,limits:w,prices:g,newDiagnostics:Ru(k,h).map(Lu),resolvedDiagnostics:Ru(h,k).map(Lu),head:_}}function mr(t){return t.added.length+t.removed.length+t.moved.length+t.limits.length+t.prices.length===0&&t.newDiagnostics.length+t.resolvedDiagnostics.length===0}u();var rf=require("node:child_process"),en=Ce(require("node:path"));u();var Du={error:3,warning:2,info:1};function gy(t){return t.price==="contact-sales"?"Contact sales":t.price===0?"Free":[`$${Number.isInteger(t.price)?String(t.price):t.price.toFixed(2)}`,t.per?`${t.per}`:"",t.period?`${t.period}`:""].filter(Boolean).join(" / ")}function Zo(t,e){let n=t==="unlimited"?"Unlimited":t.toLocaleString("en-US");if(!e)return n;let r=t===1?e.replace(/^([A-Za-z]+[^s])s\b/,"$1"):e;return`${n} ${r}`}var Zu=t=>({rule:t.rule,severity:t.severity,message:t.message,range:t.range}),Do={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function qu(t){let e=t.model,n=(e?.plans??[]).map(h=>({id:h.id,name:h.name,priceLabel:gy(h),price:h.price,free:h.free})),r=new Map,i=[];for(let h of t.diagnostics)if(h.feature===void 0)i.push(Zu(h));else{let k=r.get(h.feature)??[];k.push(h),r.set(h.feature,k)}let o=new Map;n.forEach((h,k)=>{o.has(h.id)||o.set(h.id,k)});let s=new Map,a=0,c=0,l=0,p=new Set;for(let h of e?.features??[]){let k=o.get(h.plan),_=n.map((S,A)=>{if(k===void 0||A<k)return{kind:"excluded"};let O=h.limits[S.id];return O===void 0?{kind:"included"}:{kind:"limit",limit:O,...h.unit?{unit:h.unit}:{},label:Zo(O,h.unit)}}),b=p.has(h.id)?[]:(r.get(h.id)??[]).map(Zu);p.add(h.id);let v;for(let S of b)(!v||Du[S.severity]>Du[v])&&(v=S.severity);h.side==="free"?a++:h.side==="paid"&&c++,v&&l++;let $=h.category??"Uncategorized",P={id:h.id,name:h.name,...h.description!==void 0?{description:h.description}:{},category:$,plan:h.plan,side:h.side,recommendation:h.recommendation,reasons:h.reasons,signals:Kc.filter(S=>h.signals?.[S]===!0),status:h.status,...h.unit!==void 0?{unit:h.unit}:{},cells:_,findings:b,...v?{flag:v}:{},range:t.toRange({start:h.idNode.range[0],end:h.idNode.range[1]}),planRange:t.toRange({start:h.planNode.range[0],end:h.planNode.range[1]})},z=s.get($)??[];z.push(P),s.set($,z)}let f=e?.growth,d={features:e?.features.length??0,free:a,paid:c,flagged:l,errors:0,warnings:0,infos:0};for(let h of t.diagnostics)h.severity==="error"?d.errors++:h.severity==="warning"?d.warnings++:d.infos++;let m={present:e?.hasGrowth??!1,acquisition:f?.acquisition??"product-led",retention:f?.retention??"product-led",monetization:f?.monetization??"self-serve",relationship:f?.relationship??"one-to-many",freeOffer:f?.freeOffer??"freemium",...f?.trialDays!==void 0?{trialDays:f.trialDays}:{},freemiumGoals:[...f?.freemiumGoals??[]],summary:""},w=m.acquisition===m.retention?`${Do[m.acquisition]} acquisition and retention`:`${Do[m.acquisition]} acquisition, ${Do[m.retention]} retention`,g=m.freeOffer==="none"?"no free offer":m.trialDays?`${m.freeOffer} (${m.trialDays}-day trial)`:m.freeOffer;return m.summary=`${w} \xB7 ${m.monetization} \xB7 ${g}${m.present?"":" (assumed: no growth block)"}`,{product:e?.productName??"",plans:n,groups:[...s].map(([h,k])=>({category:h,rows:k})),growth:m,counts:d,fileFindings:i,syntaxError:t.syntaxError}}u();u();var yy={included:"Included",excluded:"Not included"};function ju(t){return t.kind==="limit"?t.label:yy[t.kind]}function Fu(t){return t.side??"unknown plan"}function Bu(t){return lt[t.recommendation]}function Uu(t){return t.reasons.map(e=>ao[e]).join(", ")}function Ku(t){return t.recommendation==="unclassified"||t.side===null?!0:t.recommendation==="paid"==(t.side==="paid")}var qo={error:"\u2716",warning:"\u26A0",info:"\u2139"};function Gu(t){if(!t.flag)return"";let e=[...new Set(t.findings.map(n=>n.rule))];return`${qo[t.flag]} ${e.join(", ")}`}function C(t){return t.replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|#~!]/g,"\\$&").trim()}function se(t,e,n){let r=t.map((o,s)=>n?.[s]==="r"?"---:":n?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(t),i(r),...e.map(i)].join(`
`)}function Wu(t,e={}){let n=[],r=e.heading??"##";if(n.push(`${r} Free/paid matrix${t.product?` \u2014 ${C(t.product)}`:""}`,""),t.syntaxError)return n.push("The file has YAML syntax errors; fix them to see the matrix.",""),n.join(`
`);n.push(`Growth model: ${C(t.growth.summary)}`,"");let i=t.counts;if(n.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,""),e.note&&n.push(`_${C(e.note)}_`,""),t.plans.length===0||i.features===0)return n.push("No plans or features to show.",""),n.join(`
`);let o=["Feature",...t.plans.map(s=>s.priceLabel===s.name?C(s.name):`${C(s.name)}<br>${C(s.priceLabel)}`),"Side","Recommendation","Flags"];for(let s of t.groups){n.push(`${r}# ${C(s.category)}`,"");let a=s.rows.map(c=>{let l=Uu(c),p=`${Bu(c)}${l?` (${l})`:""}`;return[`${C(c.name)}${c.status==="planned"?" _(planned)_":""}`,...c.cells.map(f=>f.kind==="excluded"?"\u2014":C(ju(f))),C(Fu(c)),Ku(c)?C(p):`**${C(p)}**`,C(Gu(c))]});n.push(se(o,a),"")}return n.join(`
`)}u();u();var H=require("node:fs"),pe=Ce(require("node:path"));u();function jo(t){let e=t.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(e)}var je=class extends Error{},Vu=32<<20;function Fo(t){let e,n;try{n=(0,H.openSync)(t,"r");let i=(0,H.fstatSync)(n);if(i.isDirectory())return{ok:!1,reason:"is a directory"};if(i.isFile()&&i.size>Vu)return{ok:!1,reason:`too large (${Math.round(i.size/2**20)} MiB; the limit is 32 MiB)`};let o=[],s=0;for(;;){let a=Buffer.allocUnsafe(65536),c=(0,H.readSync)(n,a,0,a.length,null);if(c===0)break;if(o.push(a.subarray(0,c)),s+=c,s>Vu)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}e=Buffer.concat(o,s)}catch(i){let o=i;return{ok:!1,reason:o.code==="ENOENT"?"no such file":o.code==="EACCES"?"permission denied":o.code==="EISDIR"?"is a directory":o.message}}finally{n!==void 0&&(0,H.closeSync)(n)}let r=e.indexOf(0);if(r>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${Yu(e,r)})`};try{let i=new TextDecoder("utf-8",{fatal:!0}).decode(e);return i.charCodeAt(0)===65279&&(i=i.slice(1)),{ok:!0,text:i}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${Yu(e,wy(e))})`}}}function Yu(t,e){let n=1,r=0;for(let i=0;i<e;i++)t[i]===10&&(n++,r=i+1);return`line ${n}, column ${e-r+1}`}function wy(t){for(let e=0;e<t.length;){let n=t[e],r=n<128?1:n>>5===6?2:n>>4===14?3:n>>3===30?4:0;if(r===0||e+r>t.length)return e;for(let i=1;i<r;i++)if(t[e+i]>>6!==2)return e;e+=r}return 0}var Hu=t=>/[*?[\]{}]/.test(t);function by(t){let e="";for(let n=0;n<t.length;n++){let r=t[n];if(r==="*")t[n+1]==="*"?(n++,t[n+1]==="/"?(n++,e+="(?:.*/)?"):e+=".*"):e+="[^/]*";else if(r==="?")e+="[^/]";else if(r==="{"){let i=t.indexOf("}",n);i<0?e+="\\{":(e+=`(?:${t.slice(n+1,i).split(",").map(o=>o.replace(/[.+^$()|[\]\\]/g,"\\$&")).join("|")})`,n=i)}else e+=r.replace(/[.+^$()|[\]\\{}]/g,"\\$&")}return new RegExp(`^${e}$`)}function gr(t,e,n=t){let r=[],i;try{i=(0,H.readdirSync)(t,{withFileTypes:!0})}catch{return r}i.sort((o,s)=>o.name<s.name?-1:o.name>s.name?1:0);for(let o of i){let s=pe.default.join(t,o.name);if(o.isDirectory()){if(o.name==="node_modules"||o.name.startsWith("."))continue;r.push(...gr(s,e,n))}else o.isFile()&&e(pe.default.relative(n,s).split(pe.default.sep).join("/"))&&r.push(s)}return r}function Ju(t,e){if(t.length===0){let r=gr(e,i=>jo(i));if(r.length===0)throw new je("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return r}let n=[];for(let r of t){let i=pe.default.resolve(e,r),o;try{o=(0,H.statSync)(i)}catch{o=void 0}if(o?.isDirectory()){let s=gr(i,a=>jo(a));if(s.length===0)throw new je(`${r}: no packaging files in this directory`);n.push(...s)}else if(!o&&Hu(r)){let s=r.split(pe.default.sep).join("/").replace(/^\.\//,""),a=s.split("/").findIndex(d=>Hu(d)),c=s.split("/").slice(0,a).join("/"),l=pe.default.resolve(e,c||"."),p=by(s.split("/").slice(a).join("/")),f=gr(l,d=>p.test(d));if(f.length===0)throw new je(`${r}: the pattern matched no files`);n.push(...f)}else n.push(i)}return[...new Set(n)]}function Bo(t,e){let n=pe.default.relative(e,t);return(n&&!n.startsWith("..")?n:t).split(pe.default.sep).join("/")}u();var mt=(t,e)=>n=>`\x1B[${t}m${n}\x1B[${e}m`;function Uo(t){if(!t){let e=n=>n;return{red:e,yellow:e,blue:e,dim:e,bold:e,underline:e}}return{red:mt(31,39),yellow:mt(33,39),blue:mt(34,39),dim:mt(2,22),bold:mt(1,22),underline:mt(4,24)}}u();function Xu(){return{cwd:process.cwd(),stdout:t=>process.stdout.write(t),stderr:t=>process.stderr.write(t),isTTY:!!process.stdout.isTTY,env:process.env}}var Fe={ok:0,findings:1,usage:2};u();var Qu={type:"git",url:"https://example.invalid/packaging-planner.git"};var ef="packaging-planner",Ko="0.1.0",Go=Qu.url.replace(/^git\+/,"").replace(/\.git$/,"");function Be(t){return`${Go}/blob/main/docs/rules/${encodeURIComponent(t)}.md`}var Ue=class extends Error{};function of(t,e){let n=en.default.dirname(t),r=s=>(0,rf.execFileSync)("git",s,{cwd:n,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new Ue(a.code==="ENOENT"?"git is not installed":`${t}: not inside a git repository`)}if(e.startsWith("-"))throw new Ue(`--base ${e}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${e}^{commit}`])}catch{throw new Ue(`--base ${e}: no such git ref (commit, branch or tag)`)}let o=en.default.relative(i,en.default.resolve(t)).split(en.default.sep).join("/");try{return r(["show",`${e}:${o}`])}catch{return}}function tf(t){return t===null?"\u2014":t==="contact-sales"?"Contact sales":t===0?"Free":`$${Number.isInteger(t)?t:t.toFixed(2)}`}function nf(t,e){return t===null?"not included":Zo(t,e)}var ky={with:"with the packaging test",against:"against the packaging test",neutral:""};function _y(t,e){return t===e?`${e??"unknown"} side`:`${t??"unknown"} \u2192 ${e??"unknown"}`}var Wo=(t,e)=>`${t} ${e}${t===1?"":"s"}`,$y=t=>`${Wo(t.errors,"error")}, ${Wo(t.warnings,"warning")}, ${Wo(t.infos,"info")}`;function sf(t,e){let n=[`## Packaging changes: ${C(e.head)}`,"",`Compared with \`${e.base.replace(/`/g,"'")}\`${t.baseMissing?" (does not exist: a new file)":""}. Head: ${$y(t.head)}.`,""];if(mr(t))return n.push("No packaging changes.",""),`${n.join(`
`)}
`;t.moved.length>0&&n.push("### Moved between plans","",se(["Feature","From","To","Side","Packaging test"],t.moved.map(i=>[C(i.name),C(i.fromPlan),C(i.toPlan),C(_y(i.fromSide,i.toSide)),`${i.verdict==="with"?"\u2705 ":i.verdict==="against"?"\u26A0\uFE0F ":""}${C(`recommends ${lt[i.recommendation]}${i.verdict==="neutral"?"":`: ${ky[i.verdict]}`}`)}`])),""),t.added.length+t.removed.length>0&&n.push("### Features added or removed","",se(["","Feature","Plan","Side","Recommendation"],[...t.added.map(i=>["\u2795",C(i.name),C(i.plan),C(i.side??"unknown plan"),C(lt[i.recommendation])]),...t.removed.map(i=>["\u2796",C(i.name),C(i.plan),C(i.side??"unknown plan"),C(lt[i.recommendation])])]),""),t.limits.length>0&&n.push("### Limits changed","",se(["Feature","Plan","Before","After"],t.limits.map(i=>[C(i.name),C(i.plan),C(nf(i.from,i.unit)),C(nf(i.to,i.unit))])),""),t.prices.length>0&&n.push("### Plans and prices","",se(["Plan","Before","After"],t.prices.map(i=>[C(i.name),C(tf(i.from)),C(tf(i.to))])),"");let r=(i,o)=>i.map(s=>[o,`${s.severity}`,`[${s.rule}](${Be(s.rule)})`,C(s.message)]);return t.newDiagnostics.length+t.resolvedDiagnostics.length>0&&n.push("### Findings","",se(["","Severity","Rule","Message"],[...r(t.newDiagnostics,"\u{1F195} new"),...r(t.resolvedDiagnostics,"\u2705 resolved")]),""),`${n.join(`
`)}
`}u();u();var xy={error:"error",warning:"warning",info:"notice"};function Ke(t){return t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Sy(t){return Ke(t).replace(/:/g,"%3A").replace(/,/g,"%2C")}function Vo(t,e,n){let r=Object.entries(e).map(([i,o])=>`${i}=${Sy(String(o))}`).join(",");return`::${t}${r?` ${r}`:""}::${Ke(n)}`}function yr(t){let e=[];for(let n of t)for(let r of n.diagnostics)e.push(Vo(xy[r.severity],{file:n.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return e.length>0?`${e.join(`
`)}
`:""}u();u();function tn(t){let e=0,n=0,r=0;for(let i of t)i.severity==="error"?e++:i.severity==="warning"?n++:r++;return{errorCount:e,warningCount:n,infoCount:r}}function wr(t){return tn(t.flatMap(e=>e.diagnostics))}function Ge(t){return{line:t.line+1,column:t.character+1}}function Ay(t){return{files:t.map(e=>({file:e.file,...tn(e.diagnostics),diagnostics:e.diagnostics.map(n=>({rule:n.rule,severity:n.severity,message:n.message,...n.feature!==void 0?{feature:n.feature}:{},range:{start:Ge(n.range.start),end:Ge(n.range.end)}})),features:e.result.features.map(n=>({id:n.id,plan:n.plan,side:n.side,recommendation:n.recommendation,reasons:n.reasons}))}))}}function af(t){return`${JSON.stringify(Ay(t),null,2)}
`}u();var br=(t,e)=>`${t} ${e}${t===1?"":"s"}`;function vr(t){let e=["## Packaging Planner",""],n=wr(t),r=n.errorCount+n.warningCount+n.infoCount,i=br(t.length,"file");if(e.push(r===0?`\u2714 ${i} checked, no problems.`:`${n.errorCount>0?"\u2716":"\u26A0"} **${br(n.errorCount,"error")}**, ${br(n.warningCount,"warning")}, ${br(n.infoCount,"info")} in ${i}.`,""),t.length===0)return`${e.join(`
`)}
`;e.push(se(["File","Errors","Warnings","Infos","Features (free / paid)"],t.map(o=>{let s=tn(o.diagnostics),a=o.result.features.filter(l=>l.side==="free").length,c=o.result.features.filter(l=>l.side==="paid").length;return[`\`${o.file.replace(/`/g,"'")}\``.replace(/\|/g,"\\|"),String(s.errorCount),String(s.warningCount),String(s.infoCount),`${o.result.features.length} (${a} / ${c})`]}),["l","r","r","r","r"]),"");for(let o of t)e.push(`### ${C(o.file)}`,""),o.diagnostics.length===0?e.push("No problems.",""):e.push(se(["Line","Severity","Rule","Message"],o.diagnostics.map(s=>{let a=Ge(s.range.start);return[`${a.line}:${a.column}`,`${qo[s.severity]} ${s.severity}`,`[${s.rule}](${Be(s.rule)})`,C(s.message)]}),["r","l","l","l"]),""),!o.result.syntaxError&&o.result.model&&e.push("<details><summary>Free/paid matrix</summary>","",Wu(qu(o.result),{heading:"####"}),"</details>","");return`${e.join(`
`)}
`}u();var ff=require("node:crypto");u();var cf=require("node:fs"),Ho=Ce(require("node:path")),Yo=typeof y<"u"?y:void 0,Py=()=>Ho.default.resolve(__dirname,"..","..");function zy(t){try{return(0,cf.readFileSync)(t,"utf8")}catch{return}}function lf(t){if(/^[a-z][a-z0-9-]*$/.test(t))return Yo?Object.hasOwn(Yo.docs,t)?Yo.docs[t]:void 0:zy(Ho.default.join(Py(),"docs","rules",`${t}.md`))}var Oy="https://json.schemastore.org/sarif-2.1.0.json",uf={error:"error",warning:"warning",info:"note"},Cy=t=>t.split("-").map(e=>e.charAt(0).toUpperCase()+e.slice(1)).join("");function My(t){let e=n=>n.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(t)?{uri:`file:///${e(t.replace(/\\/g,"/"))}`}:t.startsWith("/")?{uri:`file://${e(t)}`}:{uri:e(t),uriBaseId:"%SRCROOT%"}}function Ey(t){let e=new Map(ut.map((i,o)=>[i.id,o])),n=ut.map(i=>{let o=lf(i.id);return{id:i.id,name:Cy(i.id),shortDescription:{text:i.description},fullDescription:{text:i.description},help:o?{text:o,markdown:o}:{text:`${i.description}

See ${Be(i.id)}`},helpUri:Be(i.id),defaultConfiguration:{level:uf[i.severity]},properties:{tags:["packaging",i.category],precision:"very-high"}}}),r=t.flatMap(i=>{let o=new Map;return i.diagnostics.map(s=>{let a=e.get(s.rule),c=[i.file,s.rule,s.feature??"",s.message].join("\0"),l=(o.get(c)??0)+1;o.set(c,l);let p=`${(0,ff.createHash)("sha256").update(c).digest("hex").slice(0,32)}:${l}`;return{ruleId:s.rule,...a!==void 0?{ruleIndex:a}:{},level:uf[s.severity],message:{text:s.message},locations:[{physicalLocation:{artifactLocation:My(i.file),region:{startLine:s.range.start.line+1,startColumn:s.range.start.character+1,endLine:s.range.end.line+1,endColumn:s.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":p},...s.feature!==void 0?{properties:{feature:s.feature}}:{}}})});return{$schema:Oy,version:"2.1.0",runs:[{tool:{driver:{name:ef,version:Ko,semanticVersion:Ko,informationUri:Go,rules:n}},columnKind:"utf16CodeUnits",results:r}]}}function kr(t){return`${JSON.stringify(Ey(t),null,2)}
`}u();var nn=(t,e)=>`${t} ${e}${t===1?"":"s"}`;function df(t,e){let n=Uo(e.color);if(t.length===0)return"";let r=[];for(let c of t){if(c.diagnostics.length===0)continue;r.push(n.underline(c.file));let l=c.diagnostics.map(f=>{let d=Ge(f.range.start);return{pos:`${d.line}:${d.column}`,d:f}}),p=Math.max(...l.map(f=>f.pos.length));for(let{pos:f,d}of l){let m=d.severity==="error"?n.red("error  "):d.severity==="warning"?n.yellow("warning"):n.blue("info   ");r.push(`  ${n.dim(f.padEnd(p))}  ${m}  ${d.message.replace(/\s*\n\s*/g," ")}  ${n.dim(d.rule)}`)}r.push("")}let i=wr(t),o=i.errorCount+i.warningCount+i.infoCount,s=nn(t.length,"file");if(o===0)return`${n.bold(`\u2714 ${s} checked, no problems`)}
`;let a=`\u2716 ${nn(o,"problem")} (${nn(i.errorCount,"error")}, ${nn(i.warningCount,"warning")}, ${nn(i.infoCount,"info")}) in ${s}`;return r.push(i.errorCount>0?n.red(n.bold(a)):n.yellow(n.bold(a))),`${r.join(`
`)}
`}var _r={stylish:df,json:af,sarif:kr,github:yr,markdown:vr};function We(t,e){return(t[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function $r(t,e){return t.stdout(`::error title=packaging-planner::${Ke(e)}
`),{exitCode:Fe.usage,errors:0,warnings:0,infos:0}}function pf(t){let e=t.env,n=e.GITHUB_WORKSPACE&&Ve.default.isAbsolute(e.GITHUB_WORKSPACE)?e.GITHUB_WORKSPACE:t.cwd,r=We(e,"paths").split(/\r?\n/).flatMap(b=>b.trim().split(/\s+/)).filter(Boolean),i=We(e,"format")||"stylish";if(!(i in _r))return $r(t,`input format: unknown "${i}"; use one of ${Object.keys(_r).join(", ")}`);let o=We(e,"max-warnings");if(o!==""&&!/^-?\d+$/.test(o))return $r(t,`input max-warnings: a whole number, not "${o}"`);let s=o===""?-1:Number(o),a=We(e,"sarif"),c=We(e,"annotate")!=="false",l=We(e,"diff-base"),p=We(e,"diff-file")||"packaging-diff.md",f;try{f=Ju(r,n)}catch(b){if(b instanceof je)return $r(t,b.message);throw b}let d=[],m=!1;for(let b of f){let v=Bo(b,n),$=Fo(b);if(!$.ok){t.stdout(`${Vo("error",{file:v,title:"packaging-planner"},`${v}: ${$.reason}`)}
`),m=!0;continue}let P=hr($.text);d.push({file:v,text:$.text,result:P,diagnostics:P.diagnostics})}if(t.stdout(_r[i](d,{color:!1})),c&&i!=="github"&&t.stdout(yr(d)),e.GITHUB_STEP_SUMMARY&&(0,ae.appendFileSync)(e.GITHUB_STEP_SUMMARY,vr(d)),a){let b=Ve.default.resolve(n,a);(0,ae.mkdirSync)(Ve.default.dirname(b),{recursive:!0}),(0,ae.writeFileSync)(b,kr(d))}let w="";if(l){let b=[];try{for(let $ of d){let P=of(Ve.default.resolve(n,$.file),l),z=Ro(P===void 0?void 0:hr(P),$.result);mr(z)||b.push(sf(z,{base:`${l}:${$.file}`,head:$.file}))}}catch($){if($ instanceof Ue)return $r(t,`input diff-base: ${$.message}`);throw $}let v=b.length>0?b.join(`
`):`## Packaging changes

No packaging changes since \`${l}\`.
`;w=Ve.default.resolve(n,p),(0,ae.mkdirSync)(Ve.default.dirname(w),{recursive:!0}),(0,ae.writeFileSync)(w,v),e.GITHUB_STEP_SUMMARY&&(0,ae.appendFileSync)(e.GITHUB_STEP_SUMMARY,`
${v}`)}let g=0,h=0,k=0;for(let b of d)for(let v of b.diagnostics)v.severity==="error"?g++:v.severity==="warning"?h++:k++;e.GITHUB_OUTPUT&&(0,ae.appendFileSync)(e.GITHUB_OUTPUT,`errors=${g}
warnings=${h}
infos=${k}
files=${d.length}
${a?`sarif=${a}
`:""}${w?`diff=${p}
`:""}`);let _=Fe.ok;return m?_=Fe.usage:g>0?_=Fe.findings:s>=0&&h>s&&(t.stdout(`::error title=packaging-planner::${Ke(`${h} warnings, more than max-warnings ${s}`)}
`),_=Fe.findings),{exitCode:_,errors:g,warnings:h,infos:k}}try{process.exitCode=pf(Xu()).exitCode}catch(t){process.stdout.write(`::error title=packaging-planner::${Ke(`internal error: ${t?.message??String(t)}`)}
`),process.exitCode=2}
