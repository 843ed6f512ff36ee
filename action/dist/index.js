"use strict";var Nf=Object.create;var Hs=Object.defineProperty;var Cf=Object.getOwnPropertyDescriptor;var Tf=Object.getOwnPropertyNames;var Ef=Object.getPrototypeOf,If=Object.prototype.hasOwnProperty;var Rf=(e,n,t)=>()=>{if(t)throw t[0];try{return e&&(n=e(e=0)),n}catch(r){throw t=[r],r}};var A=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}};var Lf=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let i of Tf(n))!If.call(e,i)&&i!==t&&Hs(e,i,{get:()=>n[i],enumerable:!(r=Cf(n,i))||r.enumerable});return e};var Re=(e,n,t)=>(t=e!=null?Nf(Ef(e)):{},Lf(n||!e||!e.__esModule?Hs(t,"default",{value:e,enumerable:!0}):t,e));var g,u=Rf(()=>{g={schema:`{
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
        },
        "qualifiedBy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "usage-volume",
              "usage-velocity",
              "feature-breadth",
              "team-spread",
              "demographics",
              "use-case"
            ]
          },
          "description": "The product signals that qualify an account for sales (product-qualified leads)"
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
          },
          "minSeats": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "The fewest seats a customer can buy; only with per: seat"
          },
          "salesAssisted": {
            "type": "boolean",
            "description": "Bought through sales even when it has a list price"
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
    "addOns": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]*$",
            "description": "Add-on id: lowercase letters, digits and dashes, starting with a letter"
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
          },
          "from": {
            "type": "string",
            "description": "The lowest plan that can buy it (default: the lowest plan)"
          }
        },
        "required": [
          "id",
          "price"
        ],
        "additionalProperties": false,
        "description": "An add-on, sold on top of a plan"
      },
      "description": "Add-ons sold on top of a plan"
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
          "addOn": {
            "type": "string",
            "description": "Instead of plan: the add-on this feature comes with"
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
                  "type": "number",
                  "minimum": 0
                },
                {
                  "type": "string",
                  "const": "unlimited"
                }
              ],
              "description": "A number >= 0 (decimals allowed), or unlimited"
            },
            "description": "Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"
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
                "description": "Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"
              },
              "expansion": {
                "type": "boolean",
                "description": "Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow"
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
          },
          "rationale": {
            "type": "string",
            "pattern": "\\\\S",
            "description": "Why it sits where it does"
          },
          "accept": {
            "type": "object",
            "properties": {
              "non-monotonic-limit": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "non-monotonic-price": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "freemium-without-free-plan": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "gated-growth-driver": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "free-friction": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "free-expansion": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "unwalled-growth-driver": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "viral-wall": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "growth-wall": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "unclassified-feature": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "missing-growth-model": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "trial-only": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "short-trial": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "freemium-without-goal": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "goal-without-feature": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-free-offer": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "retention-first": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "single-player-acquisition": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-free-aha": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-free-habit-loop": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-self-serve-upgrade": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "wall-not-lifted": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-upgrade-trigger": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "pls-without-sales-plan": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "pls-without-pql": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "sales-led-only": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "enterprise-only-roadmap": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "single-customer-feature": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              }
            },
            "additionalProperties": false,
            "description": "Findings on this feature the team accepted: rule id -> reason"
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false,
        "description": "A feature"
      },
      "description": "The features"
    },
    "accept": {
      "type": "object",
      "properties": {
        "non-monotonic-limit": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "non-monotonic-price": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "freemium-without-free-plan": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "gated-growth-driver": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "free-friction": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "free-expansion": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "unwalled-growth-driver": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "viral-wall": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "growth-wall": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "unclassified-feature": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "missing-growth-model": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "trial-only": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "short-trial": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "freemium-without-goal": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "goal-without-feature": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-free-offer": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "retention-first": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "single-player-acquisition": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-free-aha": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-free-habit-loop": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-self-serve-upgrade": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "wall-not-lifted": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-upgrade-trigger": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "pls-without-sales-plan": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "pls-without-pql": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "sales-led-only": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "enterprise-only-roadmap": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "single-customer-feature": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        }
      },
      "additionalProperties": false,
      "description": "Findings that name no feature, accepted by the team: rule id -> reason"
    },
    "rules": {
      "type": "object",
      "properties": {
        "syntax": {
          "type": "string",
          "const": "error"
        },
        "schema": {
          "type": "string",
          "const": "error"
        },
        "duplicate-id": {
          "type": "string",
          "const": "error"
        },
        "unknown-plan": {
          "type": "string",
          "const": "error"
        },
        "unknown-add-on": {
          "type": "string",
          "const": "error"
        },
        "limit-outside-plan": {
          "type": "string",
          "const": "error"
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
        "free-expansion": {
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
        "growth-wall": {
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
        "short-trial": {
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
        "goal-without-feature": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "no-free-offer": {
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
        "wall-not-lifted": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "no-upgrade-trigger": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "pls-without-sales-plan": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "pls-without-pql": {
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
        },
        "unused-accept": {
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
      "description": "Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"
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
  "$id": "urn:packaging-planner:packaging.schema.json"
}
`,docs:{"duplicate-id":`# duplicate-id

Default severity: error | Category: Structure

## What it checks

A plan id is used twice among the plans, an add-on id twice among the
add-ons, or a feature id twice among the features.

Anchor: the second (and any later) \`id\` value.

Each kind has its own ids: a plan, an add-on and a feature may share one (a
\`sso\` plan, an \`sso\` add-on and an \`sso\` feature is fine). Every element
with a well-formed id counts, even one that fails the schema otherwise.
References resolve to the first element with that id; every element that
passes the schema is still checked.

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

\`duplicate-id\` is one of the six structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
\`duplicate-id: warning\` or \`duplicate-id: off\` in the file's own \`rules:\` block is a
\`schema\` error on that value, and the entry is ignored. It cannot be
accepted in an \`accept:\` block either (that is a \`schema\` error too). Only
the VS Code setting can lower it, for every file, for example while a
large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "duplicate-id": "warning" }
\`\`\`
`,"enterprise-only-roadmap":`# enterprise-only-roadmap

Default severity: warning | Category: Growth model

## What it checks

Two or more features are \`planned\`, there is more than one plan, and every
planned feature sits on the highest plan or on a plan strictly above the
lowest paid plan.

Anchor: the \`features\` key.

The highest plan is the last one under \`plans:\`. The lowest paid plan is
the first plan with a numeric price above 0: on a Free / Pro / Business /
Enterprise ladder, a roadmap that is all Business and Enterprise is
reported, one with a Pro feature is not. A feature with \`addOn:\` sits at
its add-on's \`from\` plan. Planned features whose plan (or add-on) is
unknown are left out.

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

Look at what the lower plans' users need next and plan some of it for them:
a planned feature on the free plan or on the entry paid plan (the first
plan with a price above 0) is enough.
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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  enterprise-only-roadmap: This quarter is the enterprise push; free-plan work resumes in Q4.
\`\`\`
`,"free-expansion":`# free-expansion

Default severity: info | Category: Packaging test

## What it checks

The feature's only reason is \`expansion\` (recommendation \`paid\`: no growth
signal, no friction, \`expansion: true\`), it is on the free side, and no
free plan that includes it has a numeric limit on it.

Anchor: the feature's \`plan\` value.

The message suggests starting it on the self-serve upgrade plan (or the
lowest paid plan) when you would rather not wall it.

## Why

Some features grow with the value a customer gets: history, storage,
volume, seats, administration at scale. That growth is where revenue per
customer expands, and product-led growth is an expansion game more than a
"land the largest deal" game: the account lands small and pays more as it
uses more. Give such a feature away with no wall and the heaviest users,
the ones getting the most value, never meet a reason to upgrade.

It is an \`info\`, not a warning, because a free feature with a sensible
wall elsewhere can be a deliberate choice; the rule asks you to make it
one.

## How to fix

Put a usage wall on it for the free plan (\`limits: {free: N}\` with a
\`unit\`), set where a small team is comfortable and a growing one is not.
Or start the feature on a paid plan. If its use does not really grow with
the customer, set \`expansion: false\`.

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
  - id: version-history
    name: Version history
    plan: free
    signals:
      expansion: true
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
  - id: version-history
    name: Version history
    plan: free
    unit: days of history
    limits:
      free: 30
    signals:
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  free-expansion: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "free-expansion": "off" }
\`\`\`

Accept it instead: when one feature is free without a wall on purpose,
record the decision on that feature. The finding is still shown, as
accepted with your reason, but it no longer counts:

\`\`\`yaml
features:
  - id: version-history
    plan: free
    signals:
      expansion: true
    accept:
      free-expansion: History is our answer to a free competitor; storage is the wall.
\`\`\`
`,"free-friction":`# free-friction

Default severity: warning | Category: Packaging test

## What it checks

The packaging test recommends \`paid\` because of friction (the feature has
\`friction: true\` and no growth signal; \`expansion\` may be true too), but
its side is \`free\`.

Anchor: the feature's \`plan\` value.

A feature whose only reason is \`expansion\` is reported by
[free-expansion](free-expansion.md) instead, and only when it has no usage
wall. A feature with no true signal at all is \`either\` and never reported.

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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: invite-approval
    # \u2026 plan, limits and signals as before \u2026
    accept:
      free-friction: Approvals stay free while we win the education market.
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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  freemium-without-free-plan: The free plan is being relaunched; it returns next month.
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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  freemium-without-goal: The goals are in the pricing memo; this file only lists plans.
\`\`\`
`,"gated-growth-driver":`# gated-growth-driver

Default severity: warning | Category: Packaging test

## What it checks

The packaging test recommends \`free\` or \`free-limited\` for a feature, but
its side is \`paid\`, under a product-led growth model (info otherwise). The
message names the signals and the plan, or the add-on.

Anchor: the feature's \`plan\` value (its \`addOn\` value for a feature sold
with an add-on).

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. A feature's side is \`paid\` when
its \`plan\` is not a free plan, and always for a feature with \`addOn:\` (an
add-on is bought, whichever plan it is sold from). A feature whose add-on's
\`from\` is unknown is still judged: it is on the paid side either way.

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

For a feature sold with an add-on, the same question applies to the add-on:
a growth driver behind an add-on is gated for everyone who has not bought
it. Keep the growth part on the free plan and sell what grows with use in
the add-on.

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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: invite-guests
    # \u2026 plan, limits and signals as before \u2026
    accept:
      gated-growth-driver: Guests are the reason teams buy Pro; free users can still share view-only links.
\`\`\`
`,"goal-without-feature":`# goal-without-feature

Default severity: warning | Category: Growth model

## What it checks

A goal written under \`growth.freemiumGoals\` has no feature serving it
among the features that reach free users:

| Goal | Needs a feature that reaches free users with |
|---|---|
| \`indirect-monetization\` | \`virality: true\` |
| \`poc\` | \`ahaMoment: true\` |
| \`commoditization\` | \`universality: true\` |

The other goals (\`strategic-land\`, \`product-discovery\`, \`data-collection\`)
are not checked: no signal says whether a feature serves them. A feature
**reaches free users** when it is on the free side and at least one free
plan includes it with a limit other than \`0\`.

Anchor: that goal's item in \`freemiumGoals\`. One finding per goal (a goal
written twice is reported once, at its first item).

Runs only when \`growth\` is present with \`freemiumGoals\` written, and only
when every free-side feature has a \`signals\` block: an unclassified free
feature might be the one serving the goal.

## Why

A free offer costs money to run, so it needs a reason, and the reason is
only real if the free plan contains what makes it work. Indirect
monetization means free users are worth serving because they bring in
paying users, which takes something viral they can use: sharing, invites,
public output. A proof of concept means free users can reach first value
before they pay, which takes the aha moment on the free side. Commoditization
means giving away what nearly everyone needs, because the market already
does. A goal with no feature behind it is a slide, not a strategy.

## How to fix

Make a feature that serves the goal reach free users (put it on the free
plan, with a wall above 0 if it needs one), and mark its signal. Or change
the goal to the one the free plan actually serves.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  freeOffer: freemium
  freemiumGoals: [indirect-monetization, poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
  - id: share-boards
    plan: pro
    signals:
      virality: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  freeOffer: freemium
  freemiumGoals: [indirect-monetization, poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
  - id: share-boards
    plan: free
    signals:
      virality: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  goal-without-feature: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "goal-without-feature": "off" }
\`\`\`

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block (it accepts the finding for every goal it
names; there is one entry per rule):

\`\`\`yaml
accept:
  goal-without-feature: The viral loop is the public gallery, which this file does not list.
\`\`\`
`,"growth-wall":`# growth-wall

Default severity: warning | Category: Packaging test

## What it checks

The feature is not viral (\`virality\` is not \`true\`), at least one of
\`universality\`, \`ahaMoment\` or \`habitLoop\` is \`true\`, it is on the free
side, and it does not reach free users: every free plan that includes it
has a limit of \`0\` on it.

Anchor: the first such limit value.

Viral features walled at 0 or 1 are reported by
[viral-wall](viral-wall.md) instead.

## Why

A universal feature, an aha moment or a habit loop earns its place in the
free offer by being used: new users reach first value through it, or come
back because of it. A wall of 0 on the free plan means free users never get
it, so the file says "free" while the product says "paid". The free plan
then carries the cost of being free without the activation and retention
that justify it, and the rules that look for an aha moment or a habit loop
among free features rightly stop counting it.

## How to fix

Give free users enough to feel it: a small number, sized so that a single
user reaches value and a growing team meets the wall. If you mean it to be
paid, say so: move it to a paid plan (and expect
[gated-growth-driver](gated-growth-driver.md) to ask whether that is wise),
or revisit the signals.

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
    name: Board templates
    plan: free
    unit: templates
    limits:
      free: 0
    signals:
      universality: true
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
    name: Board templates
    plan: free
    unit: templates
    limits:
      free: 5
    signals:
      universality: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  growth-wall: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "growth-wall": "off" }
\`\`\`

Accept it instead, on the feature:

\`\`\`yaml
features:
  - id: templates
    plan: free
    limits:
      free: 0
    signals:
      universality: true
    accept:
      growth-wall: Free users see the gallery; using a template is the upgrade moment.
\`\`\`
`,"limit-outside-plan":`# limit-outside-plan

Default severity: error | Category: Structure

## What it checks

A \`limits:\` key names a plan below the one the feature starts on: its
\`plan\`, or for a feature with \`addOn:\` its add-on's \`from\` plan (the lowest
plan when \`from\` is left out).

Anchor: that key.

\`plan:\` is the lowest plan that includes the feature; the plans below it do
not have the feature at all, so a limit there means nothing. The same holds
for an add-on feature below the lowest plan that can buy the add-on.

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

\`limit-outside-plan\` is one of the six structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
\`limit-outside-plan: warning\` or \`limit-outside-plan: off\` in the file's own \`rules:\` block is a
\`schema\` error on that value, and the entry is ignored. It cannot be
accepted in an \`accept:\` block either (that is a \`schema\` error too). Only
the VS Code setting can lower it, for every file, for example while a
large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "limit-outside-plan": "warning" }
\`\`\`
`,"missing-growth-model":`# missing-growth-model

Default severity: info | Category: Growth model

## What it checks

The file has no \`growth\` block.

Anchor: the \`version\` key.

Without it, the tool assumes a product-led model: acquisition and retention
\`product-led\`, monetization \`self-serve\`, relationship \`one-to-many\`,
freeOffer \`freemium\`. The other rules use these assumed values. A \`growth\`
block that is written but fails the schema does not get this finding (it
is written); the rules then use the assumed values too.

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  missing-growth-model: The growth model is being decided in the Q3 pricing review.
\`\`\`
`,"no-free-aha":`# no-free-aha

Default severity: warning | Category: Growth model

## What it checks

Under a product-led growth model, a free plan exists, every free-side
feature is classified, and no feature that reaches free users has
\`ahaMoment: true\`.

Anchor: the first free plan's \`id\` value.

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. A feature **reaches free users**
when it is on the free side and at least one free plan includes it with a
limit other than \`0\`: a wall of 0 means free users never get it, so it does
not count (see [growth-wall](growth-wall.md)). "Every free-side feature is
classified" means every feature on the free side has a \`signals\` block;
while one does not, the rule stays silent, because an unanswered test
cannot tell a missing aha moment from an unmarked one. An empty free side
counts as classified: \`features: []\` gets this finding.

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  no-free-aha: The aha moment is in the desktop app, which this file does not list.
\`\`\`
`,"no-free-habit-loop":`# no-free-habit-loop

Default severity: warning | Category: Growth model

## What it checks

Under a product-led growth model, a free plan exists, every free-side
feature is classified, and no feature that reaches free users has
\`habitLoop: true\`.

Anchor: the first free plan's \`id\` value.

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. A feature **reaches free users**
when it is on the free side and at least one free plan includes it with a
limit other than \`0\`: a wall of 0 means free users never get it, so it does
not count (see [growth-wall](growth-wall.md)). "Every free-side feature is
classified" means every feature on the free side has a \`signals\` block;
while one does not, the rule stays silent, because an unanswered test
cannot tell a missing habit loop from an unmarked one. An empty free side
counts as classified: \`features: []\` gets this finding.

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  no-free-habit-loop: Habit comes from the desktop app, which this file does not list.
\`\`\`
`,"no-free-offer":`# no-free-offer

Default severity: warning | Category: Growth model

## What it checks

\`growth.acquisition\` is \`product-led\` and \`growth.freeOffer\` is \`none\`,
both written in the file.

Anchor: the \`growth.freeOffer\` value.

## Why

Product-led acquisition means the product itself brings in new users: they
find it, try it, reach first value and upgrade on their own. With no
freemium plan and no trial there is nothing to try, so every user has to
pay, or talk to someone, before the product can do any of that. The
acquisition model and the free offer contradict each other, and one of the
two is not the real plan.

## How to fix

Add a free offer: a forever-free plan with usage walls (\`freemium\`), a
time-bound \`trial\`, or both (\`freemium-and-trial\`). Or, if the product is
really found through marketing or sales, say so with
\`acquisition: marketing-led\` or \`sales-led\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  freeOffer: none
plans:
  - id: pro
    price: 10
features:
  - id: editable-boards
    plan: pro
    signals:
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  no-free-offer: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "no-free-offer": "off" }
\`\`\`

Accept it instead, in the top-level \`accept:\` block (its findings name no
feature):

\`\`\`yaml
accept:
  no-free-offer: Users try the product through the open-source edition, outside this file.
\`\`\`
`,"no-self-serve-upgrade":`# no-self-serve-upgrade

Default severity: warning | Category: Growth model

## What it checks

Monetization is \`self-serve\` or \`product-led-sales\`, and no plan other
than a sales plan has a numeric price greater than 0. A sales plan is one
priced \`contact-sales\` or marked \`salesAssisted: true\`: a user cannot buy
it on their own, whatever its list price.

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  no-self-serve-upgrade: Self-serve checkout opens next quarter; sales takes every order until then.
\`\`\`
`,"no-upgrade-trigger":`# no-upgrade-trigger

Default severity: warning | Category: Growth model

## What it checks

All of these hold:

- a product-led growth model (\`growth.acquisition\` or \`growth.retention\`
  is \`product-led\`, or \`growth\` is missing);
- \`growth.freeOffer\`, written or assumed, includes freemium (\`freemium\` or
  \`freemium-and-trial\`);
- a free plan exists;
- every feature on the free side and every feature that sits on the
  self-serve upgrade plan has a \`signals\` block;
- no feature with \`friction: true\` or \`expansion: true\` either has a
  numeric limit on a free plan or sits on the self-serve upgrade plan.

Anchor: the first free plan's \`id\` value.

The **self-serve upgrade** is the first plan above the free plan with a
numeric price above 0 that is not a sales plan. A feature **sits on** a
plan when its \`plan\` is that plan; an add-on feature sits on its add-on's
\`from\` plan. The rule stays silent while a relevant feature is
unclassified, since that feature might be the trigger. An empty feature
list counts as classified.

## Why

Freemium converts when a growing team meets a reason to pay on its own:
a usage wall on what grows with value (boards, history, storage, seats),
or the controls a team needs once it is more than a few people (admin,
permissions, single sign-on). If nothing on the free plan is walled and
nothing with friction or expansion starts on the plan a user can buy
themselves, the free plan is simply enough for ever. Users stay, which is
good, but none of them has a reason to upgrade without a sales call, and
the self-serve revenue the model promises never arrives.

## How to fix

Put a usage wall on the free plan on a feature whose use grows with value,
and mark it \`expansion: true\`; or start an admin or control feature on the
upgrade plan and mark it \`friction: true\` (giving it away would slow the
spread or weaken the paid plan). If such features exist but their signals
are not written, answer the packaging test for them.

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
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: custom-fonts
    plan: pro
    signals: {}
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
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
  - id: custom-fonts
    plan: pro
    signals: {}
\`\`\`

## Configure

\`\`\`yaml
rules:
  no-upgrade-trigger: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "no-upgrade-trigger": "off" }
\`\`\`

Accept it instead, in the top-level \`accept:\` block (its findings name no
feature):

\`\`\`yaml
accept:
  no-upgrade-trigger: Teams upgrade for the Pro seat price, not for a wall; we measure it.
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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: projects
    # \u2026 plan, limits and signals as before \u2026
    accept:
      non-monotonic-limit: Business trades per-user projects for pooled workspaces; finance signed off.
\`\`\`
`,"non-monotonic-price":`# non-monotonic-price

Default severity: warning | Category: Structure

## What it checks

A plan's **entry price** is lower than the entry price of a lower plan
priced the same way.

Anchor: that plan's price value.

The entry price is the numeric price times \`minSeats\` when the plan is
\`per: seat\` and \`minSeats\` is written, else the numeric price: a plan at 8
per seat with a 5-seat minimum costs at least 40, so it is not cheaper than
a plan at 10 flat. Two plans are compared only when they have the same
\`per\` (two plans without \`per\` count as the same) and, when both write a
\`period\`, the same \`period\`: 100 a year and 10 a month are not compared.
\`contact-sales\` prices are not numbers and are not compared, so a sales
plan may sit anywhere in the order. The message names the most expensive
lower plan it undercuts.

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  non-monotonic-price: The annual Team plan is a promotion until the end of the quarter.
\`\`\`
`,"pls-without-pql":`# pls-without-pql

Default severity: info | Category: Growth model

## What it checks

\`growth.monetization\` is written as \`product-led-sales\` and
\`growth.qualifiedBy\` is missing or empty.

Anchor: the \`growth.monetization\` value.

\`qualifiedBy\` lists the product signals that qualify an account for
sales (product-qualified leads): \`usage-volume\`, \`usage-velocity\`,
\`feature-breadth\`, \`team-spread\`, \`demographics\`, \`use-case\`.

## Why

In product-led sales the pipeline comes from usage, not from
marketing-qualified leads. Beyond the accounts that raise their hand,
sales reaches out to the ones that act like hand-raisers without asking:
many people from one company, fast-growing usage, the features a larger
organisation needs. That only works if the team has agreed which signals
make an account ready. Written down, they tell sales whom to call and tell
product what to instrument; left out, sales falls back on cold outreach
and the product's data goes unused.

## How to fix

Add \`qualifiedBy:\` under \`growth\` with the signals your team uses to hand
an account to sales. It is an \`info\`: a reminder to write the agreement
down, not a defect in the packaging.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium
  freemiumGoals: [poc]
  qualifiedBy: [team-spread, usage-volume]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  pls-without-pql: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "pls-without-pql": "off" }
\`\`\`

Accept it instead, in the top-level \`accept:\` block (its findings name no
feature):

\`\`\`yaml
accept:
  pls-without-pql: Lead scoring lives in the CRM; the signals are listed there.
\`\`\`
`,"pls-without-sales-plan":`# pls-without-sales-plan

Default severity: warning | Category: Growth model

## What it checks

\`growth.monetization\` is written as \`product-led-sales\` and no plan is a
sales plan: none is priced \`contact-sales\` and none is marked
\`salesAssisted: true\`.

Anchor: the \`growth.monetization\` value.

## Why

Product-led sales layers a sales team on top of self-serve: usage creates
the pipeline, and sales steps in once an account has shown it gets value
across the organisation, first with the hand-raisers who ask for help,
then with accounts that behave like them. Hand-raisers need somewhere to
go: a plan bought through a conversation, with the terms, controls and
contract a larger organisation expects. Without one, the model on paper is
product-led sales but the price list is pure self-serve, and the biggest
accounts have nothing to buy.

## How to fix

Add a plan priced \`contact-sales\` (usually the top plan), or mark the plan
that sales sells with \`salesAssisted: true\` when it keeps a list price. If
there is no sales team, say \`monetization: self-serve\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium
  freemiumGoals: [poc]
  qualifiedBy: [team-spread, usage-volume]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 25
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium
  freemiumGoals: [poc]
  qualifiedBy: [team-spread, usage-volume]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 25
    salesAssisted: true
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  pls-without-sales-plan: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "pls-without-sales-plan": "off" }
\`\`\`

Accept it instead, in the top-level \`accept:\` block (its findings name no
feature):

\`\`\`yaml
accept:
  pls-without-sales-plan: Sales sells annual Business contracts from a separate price list.
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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  retention-first: Account managers own retention for our regulated customers.
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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  sales-led-only: We sell to banks; product-led motions come after the platform launch.
\`\`\`
`,schema:'# schema\n\nDefault severity: error | Category: Structure\n\n## What it checks\n\nA value or key breaks the packaging.yaml format (docs/format.md; `packaging-planner schema` prints\nthe JSON Schema).\n\nAnchor: the offending value, or the key for unknown or missing keys (the\nparent object\'s key for a missing one).\n\nEvery object is closed: an unknown key is an error that names the key and,\nwhen one is close, suggests the nearest known key (`signal` -> `signals`).\nValues are taken exactly as typed: `"10"` (a string) is not the number `10`.\nA schema error in one plan, add-on, feature or the `growth` block does not\nhide the rest: everything else is still checked, and the failing element\'s\nid, when valid, still counts for references.\n\nAmong the checks that go beyond types:\n\n- A feature needs exactly one of `plan` and `addOn`: both, or neither, is\n  an error on the feature\'s `id`.\n- `minSeats` (an integer >= 1) only goes with `per: seat`; `salesAssisted:\n  true` cannot go on a plan priced `0`; `trialDays` only goes with\n  `freeOffer: trial` or `freemium-and-trial` (written: with `freeOffer`\n  left out, freemium is assumed and `trialDays` is an error).\n- Limits are numbers >= 0 (decimals allowed: `0.1` GB) or `unlimited`.\n- An empty value where a map or list is required (`growth:` with nothing\n  after it) is an error: there is no coercion of null.\n- `accept` entries (on a feature, or top level): the key must be a rule id\n  that can be accepted, the reason non-empty text. An unknown rule id, one\n  of the six structure rules or `unused-accept` is an error on the key; an\n  empty reason an error on the value. In a feature\'s `accept`, the error\n  leaves that feature out of the rules; in the top-level `accept`, only the\n  bad entry is ignored.\n- `rules:` entries: an unknown rule id is an error on the key (with the\n  nearest rule id suggested) and only that entry is ignored. A structure\n  rule (`syntax`, `schema`, `duplicate-id`, `unknown-plan`,\n  `unknown-add-on`, `limit-outside-plan`) set below `error` is an error on\n  the value: the file cannot switch off the checks that keep it readable.\n\n## Why\n\nThe packaging file is a shared decision record read by product, sales,\nfinance and the tool itself. If a typo silently drops a key (`singals:`\ninstead of `signals:`), the feature quietly loses its packaging test and the\nmatrix shows a decision nobody made. Strict keys and values mean what you\nwrote is what everyone reads.\n\n## How to fix\n\nFollow the message: rename the unknown key to the suggested one, write the\nvalue with the right type (a number without quotes, `true`/`false`, one of\nthe listed words), or add the missing required key. The format at a glance\nis in `docs/format.md`.\n\nBefore (the price is a string, `signal` is not a key, `plan` is missing on\nthe second feature):\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: "10"\nfeatures:\n  - id: share-boards\n    plan: free\n    signal:\n      virality: true\n  - id: export-pdf\n```\n\nAfter:\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 10\nfeatures:\n  - id: share-boards\n    plan: free\n    signals:\n      virality: true\n  - id: export-pdf\n    plan: pro\n```\n\n## Configure\n\n`schema` is one of the six structure rules that keep a file readable\n(`syntax`, `schema`, `duplicate-id`, `unknown-plan`, `unknown-add-on`,\n`limit-outside-plan`). The file it checks cannot set it below `error`:\n`schema: warning` or `schema: off` in the file\'s own `rules:` block is a\n`schema` error on that value, and the entry is ignored. It cannot be\naccepted in an `accept:` block either (that is a `schema` error too). Only\nthe VS Code setting can lower it, for every file, for example while a\nlarge file is being migrated:\n\n```json\n"packagingPlanner.rules": { "schema": "warning" }\n```\n',"short-trial":`# short-trial

Default severity: warning | Category: Growth model

## What it checks

\`growth.trialDays\` is written and below 14, and the product sells to
larger organisations: a sales plan exists (a plan priced \`contact-sales\`
or marked \`salesAssisted: true\`), or \`growth.monetization\` is written as
\`product-led-sales\` or \`sales-led\`.

Anchor: the \`growth.trialDays\` value.

Runs only when \`growth\` is present and \`trialDays\` is written in it.

## Why

A trial is free usage on a clock, and the clock does not know who is
evaluating. Seven days can be plenty for a founder trying a tool alone; a
larger organisation has several people to involve, security reviews,
approvals and other dependencies, and may need weeks or months to decide.
When a product also sells to such organisations, a short trial ends before
their evaluation does, and they leave rather than start over. The time
limit measures nothing about how long it takes to get value.

## How to fix

Give the trial at least 14 days, or lean on a forever-free plan with usage
walls (\`freeOffer: freemium\`) so that the evaluation has no deadline. Large
prospects can still get a longer, sales-assisted trial outside the file.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium-and-trial
  trialDays: 7
  freemiumGoals: [poc]
  qualifiedBy: [team-spread]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  acquisition: product-led
  retention: product-led
  monetization: product-led-sales
  freeOffer: freemium-and-trial
  trialDays: 14
  freemiumGoals: [poc]
  qualifiedBy: [team-spread]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: editable-boards
    plan: free
    unit: boards
    limits:
      free: 3
    signals:
      ahaMoment: true
      habitLoop: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  short-trial: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "short-trial": "off" }
\`\`\`

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block:

\`\`\`yaml
accept:
  short-trial: Enterprise evaluations run on a separate 30-day pilot set up by sales.
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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: custom-sap-export
    # \u2026 plan, limits and signals as before \u2026
    accept:
      single-customer-feature: Globex pays for the build; it stays off the roadmap for others.
\`\`\`
`,"single-player-acquisition":`# single-player-acquisition

Default severity: info | Category: Growth model

## What it checks

\`growth.acquisition\` is \`product-led\`, \`growth.relationship\` is
\`single-player\`, and no feature that reaches free users has
\`virality: true\`.

Anchor: the \`growth.acquisition\` value.

Runs only when both fields are written in the file. A feature **reaches
free users** when it is on the free side and at least one free plan
includes it with a limit other than \`0\`. A viral feature that free users
can use (public output, share links, embeds, a "made with" badge) keeps the
rule quiet: it brings the next user even without collaboration.

## Why

Product-led acquisition comes naturally to products with a one-to-many
relationship, where collaboration is at the core: every Slack channel or
Miro board pulls in more people. A single-player product (a data warehouse,
a personal tool) has no built-in invite, so users rarely bring the next
user, and such products usually lean on marketing-led or sales-led
acquisition. It can still work (through public output, templates, referral
programs), but it is a bet worth stating on purpose.

## How to fix

Give free users something that brings the next user: public output, share
links, embeds, a "made with" badge. Put it where free users reach it and
mark it \`virality: true\`; that alone keeps the rule quiet, even for a
single-player product. If collaboration is really at the core, describe the
relationship as \`one-to-many\`. Otherwise set acquisition to
\`marketing-led\` or \`sales-led\` and keep product-led retention and
monetization. If the bet is deliberate, accept the finding with your
reason (below).

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  single-player-acquisition: We grow through the template marketplace, which this file does not list.
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
the YAML instead. \`syntax\` is one of the six structure rules: in a file
that does parse, \`syntax: warning\` or \`syntax: off\` is a \`schema\` error on
that value, and \`syntax\` cannot be accepted in an \`accept:\` block. To
silence the rule anyway (for example while files are being generated), use
the editor setting \`packagingPlanner.rules\`:

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

Accept it instead: its findings name no feature, so the decision goes in
the top-level \`accept:\` block. The finding is still shown, as accepted
with your reason, but it no longer counts (not in the counts,
\`--max-warnings\` or the exit code):

\`\`\`yaml
accept:
  trial-only: A usage-based free plan is on the roadmap; the trial is temporary.
\`\`\`
`,"unclassified-feature":`# unclassified-feature

Default severity: info | Category: Packaging test

## What it checks

The feature has no \`signals\` block.

Anchor: the feature's \`id\` value.

Its recommendation is \`unclassified\`, and the placement rules have nothing
to say about it. An empty block (\`signals: {}\`) is an answer, not a missing
one: every signal is \`false\` and the recommendation is \`either\`.

Unclassified features also keep some growth-model rules quiet: while a
feature on the free side has no \`signals\`, \`no-free-aha\`,
\`no-free-habit-loop\` and \`goal-without-feature\` say nothing, and
\`no-upgrade-trigger\` waits for the free side and the self-serve upgrade
plan to be classified, because the missing answer might be the one they
look for.

## Why

The packaging test turns six questions into a recommendation: does the
feature spread the product (virality), does nearly everyone need it
(universality), is it needed for first value (aha moment), does it bring
users back (habit loop), does giving it away hurt the growth model
(friction), and does its use grow with the value a customer gets
(expansion)? A feature nobody asked those questions about sits on the free
or paid side by habit or by whoever shouted last. Answering them takes a
minute and makes the decision reviewable.

## How to fix

Add a \`signals\` block and answer the six questions with \`true\` or
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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: comments
    # \u2026 plan, limits and signals as before \u2026
    accept:
      unclassified-feature: Imported from the old price list; the team classifies it next sprint.
\`\`\`
`,"unknown-add-on":`# unknown-add-on

Default severity: error | Category: Structure

## What it checks

A feature's \`addOn:\` names no add-on under \`addOns:\`. The message suggests
the closest add-on id when one is close, or lists the add-ons.

Anchor: that \`addOn\` value.

A feature with an unknown add-on has no side (\`side: null\` in the JSON) and
gets no placement findings until the reference is fixed: the tool cannot
tell which plan it starts on, so it does not guess. An add-on that is
declared but fails the schema still counts as a reference (no
\`unknown-add-on\` cascade); its features just get no placement findings.

## Why

An add-on is a packaging decision of its own: a capability sold on top of a
plan, to the customers who need it, without raising the price for everyone
else. A feature that points at an add-on that does not exist is a decision
nobody can read: the matrix cannot show where it is sold, the packaging
test cannot compare it with its recommendation, and sales and finance read
a price list with a hole in it. Almost always it is a typo or an add-on
that was renamed.

## How to fix

Correct the id to one of the add-ons (the message suggests the closest
one), or declare the add-on under \`addOns:\` with its price and the lowest
plan that can buy it (\`from:\`). If the feature is simply part of a plan,
replace \`addOn:\` with \`plan:\`.

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
addOns:
  - id: ai
    name: AI assistant
    price: 8
    per: seat
    from: pro
features:
  - id: ai-summaries
    name: AI summaries
    addOn: ia
    signals:
      expansion: true
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
addOns:
  - id: ai
    name: AI assistant
    price: 8
    per: seat
    from: pro
features:
  - id: ai-summaries
    name: AI summaries
    addOn: ai
    signals:
      expansion: true
\`\`\`

## Configure

\`unknown-add-on\` is one of the six structure rules that keep a file
readable: the file cannot set it below \`error\` (\`unknown-add-on: warning\`
or \`off\` in its own \`rules:\` block is a \`schema\` error on that value), and
it cannot be accepted in an \`accept:\` block. Only the VS Code setting can
lower it, for example while a large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "unknown-add-on": "warning" }
\`\`\`
`,"unknown-plan":`# unknown-plan

Default severity: error | Category: Structure

## What it checks

A feature's \`plan:\`, an add-on's \`from:\` or a key of a feature's \`limits:\`
names no plan; the message suggests the closest plan id, or lists the
plans.

Anchor: that value (for \`plan:\` and \`from:\`) or that key (for \`limits:\`).

A feature whose \`plan\` is unknown gets this diagnostic and nothing from the
placement rules (its side, free or paid, is unknown). An add-on whose
\`from\` is unknown gets it once, on \`from\`; its features are still on the
paid side (so [gated-growth-driver](gated-growth-driver.md) still judges
them) but get no limit rule. A plan that is written but fails the schema
still counts as a reference: no \`unknown-plan\` cascade, just no placement
findings for its features until it is fixed.

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

\`unknown-plan\` is one of the six structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
\`unknown-plan: warning\` or \`unknown-plan: off\` in the file's own \`rules:\` block is a
\`schema\` error on that value, and the entry is ignored. It cannot be
accepted in an \`accept:\` block either (that is a \`schema\` error too). Only
the VS Code setting can lower it, for every file, for example while a
large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "unknown-plan": "warning" }
\`\`\`
`,"unused-accept":`# unused-accept

Default severity: info | Category: Decision records

## What it checks

An \`accept\` entry accepted no finding: the rule it names reported nothing
that it could accept. That happens when the finding is gone (the file was
fixed), when the rule is \`off\`, or when the entry sits at the wrong level:
a feature-level \`accept\` of a rule whose findings name no feature, or a
top-level \`accept\` of a rule whose findings name a feature.

Anchor: that entry's key (the rule id under \`accept:\`).

An entry that is itself invalid (an unknown rule, a rule that cannot be
accepted, an empty reason) is a [schema](schema.md) error instead, and the
feature it sits in is left out of the rules, so it gets no
\`unused-accept\`.

## Why

\`accept\` records a packaging decision that goes against a rule's advice:
"we know, and here is why". A record like that is only useful while it is
true. Once the finding is fixed, the entry quietly keeps a reason for a
decision nobody is making any more, and it would silently accept the
finding if it ever came back, perhaps for a different reason. Reporting
unused entries keeps the file's decision records live and honest, the same
way a linter reports a suppression comment that suppresses nothing.

## How to fix

Remove the entry. If the finding moved (a rule about the whole file, not
one feature), move the entry to the level where the finding is: rules
whose findings name a feature are accepted on that feature, the others in
the top-level \`accept:\`.

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
    plan: free
    unit: guests per board
    limits:
      free: 5
    signals:
      virality: true
    accept:
      viral-wall: One guest per board is the wall we chose.
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
  unused-accept: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "unused-accept": "off" }
\`\`\`

\`unused-accept\` cannot be used inside \`accept\` itself: an
\`unused-accept:\` entry in a feature's or the top-level \`accept:\` block is
a \`schema\` error on that key. Remove the stale entry instead, or switch the
rule off as above.
`,"unwalled-growth-driver":`# unwalled-growth-driver

Default severity: info | Category: Packaging test

## What it checks

The packaging test recommends \`free-limited\` for the feature (at least one
growth signal, and \`friction\` or \`expansion\` true), its side is \`free\`, and
no free plan that includes it has a numeric limit on it.

Anchor: the feature's \`plan\` value.

\`unlimited\`, or no entry in \`limits:\`, is no wall. A feature whose only
reason is \`expansion\`, with no growth signal, is reported by
[free-expansion](free-expansion.md) instead.

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
a team in daily use outgrows. If the feature has no friction and its use
does not grow with the value a customer gets, set \`friction: false\` and
\`expansion: false\` and it is simply \`free\`.

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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: editable-boards
    # \u2026 plan, limits and signals as before \u2026
    accept:
      unwalled-growth-driver: Unlimited boards are our answer to a free competitor; we wall storage instead.
\`\`\`
`,"viral-wall":`# viral-wall

Default severity: warning | Category: Packaging test

## What it checks

The feature has \`virality: true\`, it is on the free side, and a free plan's
limit on it is 0 or 1.

Anchor: that limit value.

Non-viral growth drivers walled at 0 are reported by
[growth-wall](growth-wall.md).

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

Accept it instead: when the placement is a deliberate decision, record it on the feature.
The finding is still shown, as accepted with your reason, but it no longer
counts (not in the counts, \`--max-warnings\` or the exit code):

\`\`\`yaml
features:
  - id: guest-invites
    # \u2026 plan, limits and signals as before \u2026
    accept:
      viral-wall: One guest per board is the wall we chose; guests join free.
\`\`\`
`,"wall-not-lifted":`# wall-not-lifted

Default severity: warning | Category: Growth model

## What it checks

A feature with \`friction: true\` or \`expansion: true\` (its wall is meant as
a wall) has a numeric limit on a free plan, the self-serve upgrade plan
from that free plan has the same numeric limit, and some plan above the
upgrade plan does raise it (a higher number, \`unlimited\`, or no entry,
which means unlimited).

Anchor: the upgrade plan's limit value.

The **self-serve upgrade** from a free plan is the first plan above it with
a numeric price above 0 that is not a sales plan (not \`contact-sales\`, not
\`salesAssisted: true\`). A limit that no plan raises is a capacity (the
same 100 MB attachment size on every plan), not a wall, and is not
reported. The rule looks only at features on the free side.

## Why

A usage wall on a free plan works when hitting it is a reason to upgrade,
and the upgrade a user can make on their own is the self-serve plan right
above. If that plan keeps the same limit, the user who hits the wall pays
and hits it again: the wall is only lifted two steps up, usually on a plan
bought through sales or at a price the user did not expect. That breaks
the self-serve path at the moment the user was most ready to pay.

## How to fix

Raise the limit on the upgrade plan (a higher number, or remove the entry
so it is unlimited there). If the wall is really meant to lead to a higher
plan, move the feature's wall there and say why in \`rationale:\`.

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
  - id: business
    price: 20
features:
  - id: version-history
    name: Version history
    plan: free
    unit: days of history
    limits:
      free: 30
      pro: 30
    signals:
      expansion: true
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
  - id: version-history
    name: Version history
    plan: free
    unit: days of history
    limits:
      free: 30
      pro: 365
    signals:
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  wall-not-lifted: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "wall-not-lifted": "off" }
\`\`\`

Accept it instead, on the feature:

\`\`\`yaml
features:
  - id: version-history
    plan: free
    unit: days of history
    limits:
      free: 30
      pro: 30
    signals:
      expansion: true
    accept:
      wall-not-lifted: Pro is sold on seats; full history is the Business upsell.
\`\`\`
`}}});var D=A(ne=>{"use strict";u();var wi=Symbol.for("yaml.alias"),Xs=Symbol.for("yaml.document"),Ut=Symbol.for("yaml.map"),Qs=Symbol.for("yaml.pair"),bi=Symbol.for("yaml.scalar"),Wt=Symbol.for("yaml.seq"),Me=Symbol.for("yaml.node.type"),qf=e=>!!e&&typeof e=="object"&&e[Me]===wi,Zf=e=>!!e&&typeof e=="object"&&e[Me]===Xs,Bf=e=>!!e&&typeof e=="object"&&e[Me]===Ut,Ff=e=>!!e&&typeof e=="object"&&e[Me]===Qs,ea=e=>!!e&&typeof e=="object"&&e[Me]===bi,jf=e=>!!e&&typeof e=="object"&&e[Me]===Wt;function na(e){if(e&&typeof e=="object")switch(e[Me]){case Ut:case Wt:return!0}return!1}function Uf(e){if(e&&typeof e=="object")switch(e[Me]){case wi:case Ut:case bi:case Wt:return!0}return!1}var Wf=e=>(ea(e)||na(e))&&!!e.anchor;ne.ALIAS=wi;ne.DOC=Xs;ne.MAP=Ut;ne.NODE_TYPE=Me;ne.PAIR=Qs;ne.SCALAR=bi;ne.SEQ=Wt;ne.hasAnchor=Wf;ne.isAlias=qf;ne.isCollection=na;ne.isDocument=Zf;ne.isMap=Bf;ne.isNode=Uf;ne.isPair=Ff;ne.isScalar=ea;ne.isSeq=jf});var Kn=A(vi=>{"use strict";u();var H=D(),ae=Symbol("break visit"),ta=Symbol("skip children"),xe=Symbol("remove node");function Kt(e,n){let t=ra(n);H.isDocument(e)?Sn(null,e.contents,t,Object.freeze([e]))===xe&&(e.contents=null):Sn(null,e,t,Object.freeze([]))}Kt.BREAK=ae;Kt.SKIP=ta;Kt.REMOVE=xe;function Sn(e,n,t,r){let i=ia(e,n,t,r);if(H.isNode(i)||H.isPair(i))return oa(e,r,i),Sn(e,i,t,r);if(typeof i!="symbol"){if(H.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=Sn(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===ae)return ae;s===xe&&(n.items.splice(o,1),o-=1)}}}else if(H.isPair(n)){r=Object.freeze(r.concat(n));let o=Sn("key",n.key,t,r);if(o===ae)return ae;o===xe&&(n.key=null);let s=Sn("value",n.value,t,r);if(s===ae)return ae;s===xe&&(n.value=null)}}return i}async function Gt(e,n){let t=ra(n);H.isDocument(e)?await _n(null,e.contents,t,Object.freeze([e]))===xe&&(e.contents=null):await _n(null,e,t,Object.freeze([]))}Gt.BREAK=ae;Gt.SKIP=ta;Gt.REMOVE=xe;async function _n(e,n,t,r){let i=await ia(e,n,t,r);if(H.isNode(i)||H.isPair(i))return oa(e,r,i),_n(e,i,t,r);if(typeof i!="symbol"){if(H.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=await _n(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===ae)return ae;s===xe&&(n.items.splice(o,1),o-=1)}}}else if(H.isPair(n)){r=Object.freeze(r.concat(n));let o=await _n("key",n.key,t,r);if(o===ae)return ae;o===xe&&(n.key=null);let s=await _n("value",n.value,t,r);if(s===ae)return ae;s===xe&&(n.value=null)}}return i}function ra(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function ia(e,n,t,r){if(typeof t=="function")return t(e,n,r);if(H.isMap(n))return t.Map?.(e,n,r);if(H.isSeq(n))return t.Seq?.(e,n,r);if(H.isPair(n))return t.Pair?.(e,n,r);if(H.isScalar(n))return t.Scalar?.(e,n,r);if(H.isAlias(n))return t.Alias?.(e,n,r)}function oa(e,n,t){let r=n[n.length-1];if(H.isCollection(r))r.items[e]=t;else if(H.isPair(r))e==="key"?r.key=t:r.value=t;else if(H.isDocument(r))r.contents=t;else{let i=H.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}vi.visit=Kt;vi.visitAsync=Gt});var ki=A(aa=>{"use strict";u();var sa=D(),Kf=Kn(),Gf={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Vf=e=>e.replace(/[!,[\]{}]/g,n=>Gf[n]),Gn=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let r=n.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let s=n.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=n.match(/^(.*!)([^!]*)$/s);i||t(`The ${n} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,r]of Object.entries(this.tags))if(n.startsWith(r))return t+Vf(n.substring(r.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(n&&r.length>0&&sa.isNode(n.contents)){let o={};Kf.visit(n.contents,(s,a)=>{sa.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!n||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};Gn.defaultYaml={explicit:!1,version:"1.2"};Gn.defaultTags={"!!":"tag:yaml.org,2002:"};aa.Directives=Gn});var Vt=A(Vn=>{"use strict";u();var ca=D(),Yf=Kn();function Hf(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function la(e){let n=new Set;return Yf.visit(e,{Value(t,r){r.anchor&&n.add(r.anchor)}}),n}function ua(e,n){for(let t=1;;++t){let r=`${e}${t}`;if(!n.has(r))return r}}function Jf(e,n){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=la(e));let s=ua(n,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(ca.isScalar(s.node)||ca.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}Vn.anchorIsValid=Hf;Vn.anchorNames=la;Vn.createNodeAnchors=Jf;Vn.findNewAnchor=ua});var $i=A(da=>{"use strict";u();function Yn(e,n,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=Yn(e,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=Yn(e,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=Yn(e,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=Yn(e,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return e.call(n,t,r)}da.applyReviver=Yn});var Le=A(pa=>{"use strict";u();var Xf=D();function fa(e,n,t){if(Array.isArray(e))return e.map((r,i)=>fa(r,String(i),t));if(e&&typeof e.toJSON=="function"){if(!t||!Xf.hasAnchor(e))return e.toJSON(n,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(e,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=e.toJSON(n,t);return t.onCreate&&t.onCreate(i),i}return typeof e=="bigint"&&!t?.keep?Number(e):e}pa.toJS=fa});var Yt=A(ma=>{"use strict";u();var Qf=$i(),ha=D(),ep=Le(),xi=class{constructor(n){Object.defineProperty(this,ha.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!ha.isDocument(n))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=ep.toJS(this,"",s);if(typeof i=="function")for(let{count:l,res:c}of s.anchors.values())i(c,l);return typeof o=="function"?Qf.applyReviver(o,{"":a},"",a):a}};ma.NodeBase=xi});var Hn=A(ga=>{"use strict";u();var np=Vt(),tp=Kn(),An=D(),rp=Yt(),ip=Le(),Si=class extends rp.NodeBase{constructor(n){super(An.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],tp.visit(n,{Node:(o,s)=>{(An.isAlias(s)||An.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,l=o.get(i);if(l||(ip.toJS(i,null,t),l=o.get(i)),l?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(a>=0&&(l.count+=1,l.aliasCount===0&&(l.aliasCount=Ht(s,i,o)),l.count*l.aliasCount>a)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return i}toJSON(n,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(n,t,r){let i=`*${this.source}`;if(n){if(np.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(n.implicitKey)return`${i} `}return i}};function Ht(e,n,t){if(An.isAlias(n)){let r=n.resolve(e),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(An.isCollection(n)){let r=0;for(let i of n.items){let o=Ht(e,i,t);o>r&&(r=o)}return r}else if(An.isPair(n)){let r=Ht(e,n.key,t),i=Ht(e,n.value,t);return Math.max(r,i)}return 1}ga.Alias=Si});var G=A(_i=>{"use strict";u();var op=D(),sp=Yt(),ap=Le(),cp=e=>!e||typeof e!="function"&&typeof e!="object",De=class extends sp.NodeBase{constructor(n){super(op.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:ap.toJS(this.value,n,t)}toString(){return String(this.value)}};De.BLOCK_FOLDED="BLOCK_FOLDED";De.BLOCK_LITERAL="BLOCK_LITERAL";De.PLAIN="PLAIN";De.QUOTE_DOUBLE="QUOTE_DOUBLE";De.QUOTE_SINGLE="QUOTE_SINGLE";_i.Scalar=De;_i.isScalarValue=cp});var Jn=A(wa=>{"use strict";u();var lp=Hn(),on=D(),ya=G(),up="tag:yaml.org,2002:";function dp(e,n,t){if(n){let r=t.filter(o=>o.tag===n),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${n} not found`);return i}return t.find(r=>r.identify?.(e)&&!r.format)}function fp(e,n,t){if(on.isDocument(e)&&(e=e.contents),on.isNode(e))return e;if(on.isPair(e)){let p=t.schema[on.MAP].createNode?.(t.schema,null,t);return p.items.push(e),p}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,l;if(r&&e&&typeof e=="object"){if(l=a.get(e),l)return l.anchor??(l.anchor=i(e)),new lp.Alias(l.anchor);l={anchor:null,node:null},a.set(e,l)}n?.startsWith("!!")&&(n=up+n.slice(2));let c=dp(e,n,s.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let p=new ya.Scalar(e);return l&&(l.node=p),p}c=e instanceof Map?s[on.MAP]:Symbol.iterator in Object(e)?s[on.SEQ]:s[on.MAP]}o&&(o(c),delete t.onTagObj);let d=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new ya.Scalar(e);return n?d.tag=n:c.default||(d.tag=c.tag),l&&(l.node=d),d}wa.createNode=fp});var Xt=A(Jt=>{"use strict";u();var pp=Jn(),Se=D(),hp=Yt();function Ai(e,n,t){let r=t;for(let i=n.length-1;i>=0;--i){let o=n[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return pp.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var ba=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Pi=class extends hp.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(r=>Se.isNode(r)||Se.isPair(r)?r.clone(n):r),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(ba(n))this.add(t);else{let[r,...i]=n,o=this.get(r,!0);if(Se.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,Ai(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(n){let[t,...r]=n;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(Se.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(n,t){let[r,...i]=n,o=this.get(r,!0);return i.length===0?!t&&Se.isScalar(o)?o.value:o:Se.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!Se.isPair(t))return!1;let r=t.value;return r==null||n&&Se.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(n){let[t,...r]=n;if(r.length===0)return this.has(t);let i=this.get(t,!0);return Se.isCollection(i)?i.hasIn(r):!1}setIn(n,t){let[r,...i]=n;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(Se.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,Ai(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};Jt.Collection=Pi;Jt.collectionFromPath=Ai;Jt.isEmptyPath=ba});var Xn=A(Qt=>{"use strict";u();var mp=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function Oi(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var gp=(e,n,t)=>e.endsWith(`
`)?Oi(t,n):t.includes(`
`)?`
`+Oi(t,n):(e.endsWith(" ")?"":" ")+t;Qt.indentComment=Oi;Qt.lineComment=gp;Qt.stringifyComment=mp});var ka=A(Qn=>{"use strict";u();var yp="flow",Mi="block",er="quoted";function wp(e,n,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return e;i<o&&(o=0);let l=Math.max(1+o,1+i-n.length);if(e.length<=l)return e;let c=[],d={},p=i-n.length;typeof r=="number"&&(r>i-Math.max(2,o)?c.push(0):p=i-r);let f,h,y=!1,m=-1,w=-1,k=-1;t===Mi&&(m=va(e,m,n.length),m!==-1&&(p=m+l));for(let P;P=e[m+=1];){if(t===er&&P==="\\"){switch(w=m,e[m+1]){case"x":m+=3;break;case"u":m+=5;break;case"U":m+=9;break;default:m+=1}k=m}if(P===`
`)t===Mi&&(m=va(e,m,n.length)),p=m+n.length+l,f=void 0;else{if(P===" "&&h&&h!==" "&&h!==`
`&&h!=="	"){let $=e[m+1];$&&$!==" "&&$!==`
`&&$!=="	"&&(f=m)}if(m>=p)if(f)c.push(f),p=f+l,f=void 0;else if(t===er){for(;h===" "||h==="	";)h=P,P=e[m+=1],y=!0;let $=m>k+1?m-2:w-1;if(d[$])return e;c.push($),d[$]=!0,p=$+l,f=void 0}else y=!0}h=P}if(y&&a&&a(),c.length===0)return e;s&&s();let S=e.slice(0,c[0]);for(let P=0;P<c.length;++P){let $=c[P],O=c[P+1]||e.length;$===0?S=`
${n}${e.slice(0,O)}`:(t===er&&d[$]&&(S+=`${e[$]}\\`),S+=`
${n}${e.slice($+1,O)}`)}return S}function va(e,n,t){let r=n,i=n+1,o=e[i];for(;o===" "||o==="	";)if(n<i+t)o=e[++n];else{do o=e[++n];while(o&&o!==`
`);r=n,i=n+1,o=e[i]}return r}Qn.FOLD_BLOCK=Mi;Qn.FOLD_FLOW=yp;Qn.FOLD_QUOTED=er;Qn.foldFlowLines=wp});var nt=A($a=>{"use strict";u();var ge=G(),qe=ka(),tr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),rr=e=>/^(%|---|\.\.\.)/m.test(e);function bp(e,n,t){if(!n||n<0)return!1;let r=n-t,i=e.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(e[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function et(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=n,i=n.options.doubleQuotedMinMultiLineLength,o=n.indent||(rr(e)?"  ":""),s="",a=0;for(let l=0,c=t[l];c;c=t[++l])if(c===" "&&t[l+1]==="\\"&&t[l+2]==="n"&&(s+=t.slice(a,l)+"\\ ",l+=1,a=l,c="\\"),c==="\\")switch(t[l+1]){case"u":{s+=t.slice(a,l);let d=t.substr(l+2,4);switch(d){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:d.substr(0,2)==="00"?s+="\\x"+d.substr(2):s+=t.substr(l,6)}l+=5,a=l+1}break;case"n":if(r||t[l+2]==='"'||t.length<i)l+=1;else{for(s+=t.slice(a,l)+`

`;t[l+2]==="\\"&&t[l+3]==="n"&&t[l+4]!=='"';)s+=`
`,l+=2;s+=o,t[l+2]===" "&&(s+="\\"),l+=1,a=l+1}break;default:l+=1}return s=a?s+t.slice(a):t,r?s:qe.foldFlowLines(s,o,qe.FOLD_QUOTED,tr(n,!1))}function zi(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return et(e,n);let t=n.indent||(rr(e)?"  ":""),r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?r:qe.foldFlowLines(r,t,qe.FOLD_FLOW,tr(n,!1))}function Pn(e,n){let{singleQuote:t}=n.options,r;if(t===!1)r=et;else{let i=e.includes('"'),o=e.includes("'");i&&!o?r=zi:o&&!i?r=et:r=t?zi:et}return r(e,n)}var Ni;try{Ni=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{Ni=/\n+(?!\n|$)/g}function nr({comment:e,type:n,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:l}=r.options;if(!s||/\n[\t ]+$/.test(t))return Pn(t,r);let c=r.indent||(r.forceBlockIndent||rr(t)?"  ":""),d=s==="literal"?!0:s==="folded"||n===ge.Scalar.BLOCK_FOLDED?!1:n===ge.Scalar.BLOCK_LITERAL?!0:!bp(t,l,c.length);if(!t)return d?`|
`:`>
`;let p,f;for(f=t.length;f>0;--f){let O=t[f-1];if(O!==`
`&&O!=="	"&&O!==" ")break}let h=t.substring(f),y=h.indexOf(`
`);y===-1?p="-":t===h||y!==h.length-1?(p="+",o&&o()):p="",h&&(t=t.slice(0,-h.length),h[h.length-1]===`
`&&(h=h.slice(0,-1)),h=h.replace(Ni,`$&${c}`));let m=!1,w,k=-1;for(w=0;w<t.length;++w){let O=t[w];if(O===" ")m=!0;else if(O===`
`)k=w;else break}let S=t.substring(0,k<w?k+1:w);S&&(t=t.substring(S.length),S=S.replace(/\n+/g,`$&${c}`));let $=(m?c?"2":"1":"")+p;if(e&&($+=" "+a(e.replace(/ ?[\r\n]+/g," ")),i&&i()),!d){let O=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),M=!1,v=tr(r,!0);s!=="folded"&&n!==ge.Scalar.BLOCK_FOLDED&&(v.onOverflow=()=>{M=!0});let x=qe.foldFlowLines(`${S}${O}${h}`,c,qe.FOLD_BLOCK,v);if(!M)return`>${$}
${c}${x}`}return t=t.replace(/\n+/g,`$&${c}`),`|${$}
${c}${S}${t}${h}`}function vp(e,n,t,r){let{type:i,value:o}=e,{actualString:s,implicitKey:a,indent:l,indentStep:c,inFlow:d}=n;if(a&&o.includes(`
`)||d&&/[[\]{},]/.test(o))return Pn(o,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||d||!o.includes(`
`)?Pn(o,n):nr(e,n,t,r);if(!a&&!d&&i!==ge.Scalar.PLAIN&&o.includes(`
`))return nr(e,n,t,r);if(rr(o)){if(l==="")return n.forceBlockIndent=!0,nr(e,n,t,r);if(a&&l===c)return Pn(o,n)}let p=o.replace(/\n+/g,`$&
${l}`);if(s){let f=m=>m.default&&m.tag!=="tag:yaml.org,2002:str"&&m.test?.test(p),{compat:h,tags:y}=n.doc.schema;if(y.some(f)||h?.some(f))return Pn(o,n)}return a?p:qe.foldFlowLines(p,l,qe.FOLD_FLOW,tr(n,!1))}function kp(e,n,t,r){let{implicitKey:i,inFlow:o}=n,s=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:a}=e;a!==ge.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=ge.Scalar.QUOTE_DOUBLE);let l=d=>{switch(d){case ge.Scalar.BLOCK_FOLDED:case ge.Scalar.BLOCK_LITERAL:return i||o?Pn(s.value,n):nr(s,n,t,r);case ge.Scalar.QUOTE_DOUBLE:return et(s.value,n);case ge.Scalar.QUOTE_SINGLE:return zi(s.value,n);case ge.Scalar.PLAIN:return vp(s,n,t,r);default:return null}},c=l(a);if(c===null){let{defaultKeyType:d,defaultStringType:p}=n.options,f=i&&d||p;if(c=l(f),c===null)throw new Error(`Unsupported default string type ${f}`)}return c}$a.stringifyString=kp});var tt=A(Ci=>{"use strict";u();var $p=Vt(),Ze=D(),xp=Xn(),Sp=nt();function _p(e,n){let t=Object.assign({blockQuote:!0,commentString:xp.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function Ap(e,n){if(n.tag){let i=e.filter(o=>o.tag===n.tag);if(i.length>0)return i.find(o=>o.format===n.format)??i[0]}let t,r;if(Ze.isScalar(n)){r=n.value;let i=e.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===n.format)??i.find(o=>!o.format)}else r=n,t=e.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function Pp(e,n,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(Ze.isScalar(e)||Ze.isCollection(e))&&e.anchor;o&&$p.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=e.tag??(n.default?null:n.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function Op(e,n,t,r){if(Ze.isPair(e))return e.toString(n,t,r);if(Ze.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let i,o=Ze.isNode(e)?e:n.doc.createNode(e,{onTagObj:l=>i=l});i??(i=Ap(n.doc.schema.tags,o));let s=Pp(o,i,n);s.length>0&&(n.indentAtStart=(n.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,n,t,r):Ze.isScalar(o)?Sp.stringifyString(o,n,t,r):o.toString(n,t,r);return s?Ze.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${n.indent}${a}`:a}Ci.createStringifyContext=_p;Ci.stringify=Op});var Aa=A(_a=>{"use strict";u();var ze=D(),xa=G(),Sa=tt(),rt=Xn();function Mp({key:e,value:n},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:l,options:{commentString:c,indentSeq:d,simpleKeys:p}}=t,f=ze.isNode(e)&&e.comment||null;if(p){if(f)throw new Error("With simple keys, key nodes cannot have comments");if(ze.isCollection(e)||!ze.isNode(e)&&typeof e=="object"){let v="With simple keys, collection cannot be used as a key value";throw new Error(v)}}let h=!p&&(!e||f&&n==null&&!t.inFlow||ze.isCollection(e)||(ze.isScalar(e)?e.type===xa.Scalar.BLOCK_FOLDED||e.type===xa.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!h&&(p||!o),indent:a+l});let y=!1,m=!1,w=Sa.stringify(e,t,()=>y=!0,()=>m=!0);if(!h&&!t.inFlow&&w.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");h=!0}if(t.inFlow){if(o||n==null)return y&&r&&r(),w===""?"?":h?`? ${w}`:w}else if(o&&!p||n==null&&h)return w=`? ${w}`,f&&!y?w+=rt.lineComment(w,t.indent,c(f)):m&&i&&i(),w;y&&(f=null),h?(f&&(w+=rt.lineComment(w,t.indent,c(f))),w=`? ${w}
${a}:`):(w=`${w}:`,f&&(w+=rt.lineComment(w,t.indent,c(f))));let k,S,P;ze.isNode(n)?(k=!!n.spaceBefore,S=n.commentBefore,P=n.comment):(k=!1,S=null,P=null,n&&typeof n=="object"&&(n=s.createNode(n))),t.implicitKey=!1,!h&&!f&&ze.isScalar(n)&&(t.indentAtStart=w.length+1),m=!1,!d&&l.length>=2&&!t.inFlow&&!h&&ze.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let $=!1,O=Sa.stringify(n,t,()=>$=!0,()=>m=!0),M=" ";if(f||k||S){if(M=k?`
`:"",S){let v=c(S);M+=`
${rt.indentComment(v,t.indent)}`}O===""&&!t.inFlow?M===`
`&&P&&(M=`

`):M+=`
${t.indent}`}else if(!h&&ze.isCollection(n)){let v=O[0],x=O.indexOf(`
`),T=x!==-1,R=t.inFlow??n.flow??n.items.length===0;if(T||!R){let V=!1;if(T&&(v==="&"||v==="!")){let q=O.indexOf(" ");v==="&"&&q!==-1&&q<x&&O[q+1]==="!"&&(q=O.indexOf(" ",q+1)),(q===-1||x<q)&&(V=!0)}V||(M=`
${t.indent}`)}}else(O===""||O[0]===`
`)&&(M="");return w+=M+O,t.inFlow?$&&r&&r():P&&!$?w+=rt.lineComment(w,t.indent,c(P)):m&&i&&i(),w}_a.stringifyPair=Mp});var Ei=A(Ti=>{"use strict";u();var Pa=require("process");function zp(e,...n){e==="debug"&&console.log(...n)}function Np(e,n){(e==="debug"||e==="warn")&&(typeof Pa.emitWarning=="function"?Pa.emitWarning(n):console.warn(n))}Ti.debug=zp;Ti.warn=Np});var cr=A(ar=>{"use strict";u();var sr=D(),Oa=G(),ir="<<",or={identify:e=>e===ir||typeof e=="symbol"&&e.description===ir,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Oa.Scalar(Symbol(ir)),{addToJSMap:Ma}),stringify:()=>ir},Cp=(e,n)=>(or.identify(n)||sr.isScalar(n)&&(!n.type||n.type===Oa.Scalar.PLAIN)&&or.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===or.tag&&t.default);function Ma(e,n,t){let r=za(e,t);if(sr.isSeq(r))for(let i of r.items)Ii(e,n,i);else if(Array.isArray(r))for(let i of r)Ii(e,n,i);else Ii(e,n,r)}function Ii(e,n,t){let r=za(e,t);if(!sr.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,e,Map);for(let[o,s]of i)n instanceof Map?n.has(o)||n.set(o,s):n instanceof Set?n.add(o):Object.prototype.hasOwnProperty.call(n,o)||Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return n}function za(e,n){return e&&sr.isAlias(n)?n.resolve(e.doc,e):n}ar.addMergeToJSMap=Ma;ar.isMergeKey=Cp;ar.merge=or});var Li=A(Ta=>{"use strict";u();var Tp=Ei(),Na=cr(),Ep=tt(),Ca=D(),Ri=Le();function Ip(e,n,{key:t,value:r}){if(Ca.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,r);else if(Na.isMergeKey(e,t))Na.addMergeToJSMap(e,n,r);else{let i=Ri.toJS(t,"",e);if(n instanceof Map)n.set(i,Ri.toJS(r,i,e));else if(n instanceof Set)n.add(i);else{let o=Rp(t,i,e),s=Ri.toJS(r,o,e);o in n?Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):n[o]=s}}return n}function Rp(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(Ca.isNode(e)&&t?.doc){let r=Ep.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=e.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),Tp.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(n)}Ta.addPairToJSMap=Ip});var Be=A(Di=>{"use strict";u();var Ea=Jn(),Lp=Aa(),Dp=Li(),lr=D();function qp(e,n,t){let r=Ea.createNode(e,void 0,t),i=Ea.createNode(n,void 0,t);return new ur(r,i)}var ur=class e{constructor(n,t=null){Object.defineProperty(this,lr.NODE_TYPE,{value:lr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:r}=this;return lr.isNode(t)&&(t=t.clone(n)),lr.isNode(r)&&(r=r.clone(n)),new e(t,r)}toJSON(n,t){let r=t?.mapAsMap?new Map:{};return Dp.addPairToJSMap(t,r,this)}toString(n,t,r){return n?.doc?Lp.stringifyPair(this,n,t,r):JSON.stringify(this)}};Di.Pair=ur;Di.createPair=qp});var qi=A(Ra=>{"use strict";u();var sn=D(),Ia=tt(),dr=Xn();function Zp(e,n,t){return(n.inFlow??e.flow?Fp:Bp)(e,n,t)}function Bp({comment:e,items:n},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:l,options:{commentString:c}}=t,d=Object.assign({},t,{indent:o,type:null}),p=!1,f=[];for(let y=0;y<n.length;++y){let m=n[y],w=null;if(sn.isNode(m))!p&&m.spaceBefore&&f.push(""),fr(t,f,m.commentBefore,p),m.comment&&(w=m.comment);else if(sn.isPair(m)){let S=sn.isNode(m.key)?m.key:null;S&&(!p&&S.spaceBefore&&f.push(""),fr(t,f,S.commentBefore,p))}p=!1;let k=Ia.stringify(m,d,()=>w=null,()=>p=!0);w&&(k+=dr.lineComment(k,o,c(w))),p&&w&&(p=!1),f.push(r+k)}let h;if(f.length===0)h=i.start+i.end;else{h=f[0];for(let y=1;y<f.length;++y){let m=f[y];h+=m?`
${l}${m}`:`
`}}return e?(h+=`
`+dr.indentComment(c(e),l),a&&a()):p&&s&&s(),h}function Fp({items:e},n,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=n;r+=o;let l=Object.assign({},n,{indent:r,inFlow:!0,type:null}),c=!1,d=0,p=[];for(let y=0;y<e.length;++y){let m=e[y],w=null;if(sn.isNode(m))m.spaceBefore&&p.push(""),fr(n,p,m.commentBefore,!1),m.comment&&(w=m.comment);else if(sn.isPair(m)){let S=sn.isNode(m.key)?m.key:null;S&&(S.spaceBefore&&p.push(""),fr(n,p,S.commentBefore,!1),S.comment&&(c=!0));let P=sn.isNode(m.value)?m.value:null;P?(P.comment&&(w=P.comment),P.commentBefore&&(c=!0)):m.value==null&&S?.comment&&(w=S.comment)}w&&(c=!0);let k=Ia.stringify(m,l,()=>w=null);c||(c=p.length>d||k.includes(`
`)),y<e.length-1?k+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=p.reduce((S,P)=>S+P.length+2,2)+(k.length+2)>n.options.lineWidth)),c&&(k+=",")),w&&(k+=dr.lineComment(k,r,a(w))),p.push(k),d=p.length}let{start:f,end:h}=t;if(p.length===0)return f+h;if(!c){let y=p.reduce((m,w)=>m+w.length+2,2);c=n.options.lineWidth>0&&y>n.options.lineWidth}if(c){let y=f;for(let m of p)y+=m?`
${o}${i}${m}`:`
`;return`${y}
${i}${h}`}else return`${f}${s}${p.join(" ")}${s}${h}`}function fr({indent:e,options:{commentString:n}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=dr.indentComment(n(r),e);t.push(o.trimStart())}}Ra.stringifyCollection=Zp});var je=A(Bi=>{"use strict";u();var jp=qi(),Up=Li(),Wp=Xt(),Fe=D(),pr=Be(),Kp=G();function it(e,n){let t=Fe.isScalar(n)?n.value:n;for(let r of e)if(Fe.isPair(r)&&(r.key===n||r.key===t||Fe.isScalar(r.key)&&r.key.value===t))return r}var Zi=class extends Wp.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Fe.MAP,n),this.items=[]}static from(n,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(n),a=(l,c)=>{if(typeof o=="function")c=o.call(t,l,c);else if(Array.isArray(o)&&!o.includes(l))return;(c!==void 0||i)&&s.items.push(pr.createPair(l,c,r))};if(t instanceof Map)for(let[l,c]of t)a(l,c);else if(t&&typeof t=="object")for(let l of Object.keys(t))a(l,t[l]);return typeof n.sortMapEntries=="function"&&s.items.sort(n.sortMapEntries),s}add(n,t){let r;Fe.isPair(n)?r=n:!n||typeof n!="object"||!("key"in n)?r=new pr.Pair(n,n?.value):r=new pr.Pair(n.key,n.value);let i=it(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);Fe.isScalar(i.value)&&Kp.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(n){let t=it(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let i=it(this.items,n)?.value;return(!t&&Fe.isScalar(i)?i.value:i)??void 0}has(n){return!!it(this.items,n)}set(n,t){this.add(new pr.Pair(n,t),!0)}toJSON(n,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)Up.addPairToJSMap(t,i,o);return i}toString(n,t,r){if(!n)return JSON.stringify(this);for(let i of this.items)if(!Fe.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),jp.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:r,onComment:t})}};Bi.YAMLMap=Zi;Bi.findPair=it});var On=A(Da=>{"use strict";u();var Gp=D(),La=je(),Vp={collection:"map",default:!0,nodeClass:La.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return Gp.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>La.YAMLMap.from(e,n,t)};Da.map=Vp});var Ue=A(qa=>{"use strict";u();var Yp=Jn(),Hp=qi(),Jp=Xt(),mr=D(),Xp=G(),Qp=Le(),Fi=class extends Jp.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(mr.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=hr(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let r=hr(n);if(typeof r!="number")return;let i=this.items[r];return!t&&mr.isScalar(i)?i.value:i}has(n){let t=hr(n);return typeof t=="number"&&t<this.items.length}set(n,t){let r=hr(n);if(typeof r!="number")throw new Error(`Expected a valid index, not ${n}.`);let i=this.items[r];mr.isScalar(i)&&Xp.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(n,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(Qp.toJS(o,String(i++),t));return r}toString(n,t,r){return n?Hp.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let l=t instanceof Set?a:String(s++);a=i.call(t,l,a)}o.items.push(Yp.createNode(a,void 0,r))}}return o}};function hr(e){let n=mr.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}qa.YAMLSeq=Fi});var Mn=A(Ba=>{"use strict";u();var eh=D(),Za=Ue(),nh={collection:"seq",default:!0,nodeClass:Za.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return eh.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>Za.YAMLSeq.from(e,n,t)};Ba.seq=nh});var ot=A(Fa=>{"use strict";u();var th=nt(),rh={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,r){return n=Object.assign({actualString:!0},n),th.stringifyString(e,n,t,r)}};Fa.string=rh});var gr=A(Wa=>{"use strict";u();var ja=G(),Ua={identify:e=>e==null,createNode:()=>new ja.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new ja.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Ua.test.test(e)?e:n.options.nullStr};Wa.nullTag=Ua});var ji=A(Ga=>{"use strict";u();var ih=G(),Ka={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new ih.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Ka.test.test(e)){let r=e[0]==="t"||e[0]==="T";if(n===r)return e}return n?t.options.trueStr:t.options.falseStr}};Ga.boolTag=Ka});var zn=A(Va=>{"use strict";u();function oh({format:e,minFractionDigits:n,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=n-(o.length-s-1);for(;a-- >0;)o+="0"}return o}Va.stringifyNumber=oh});var Wi=A(yr=>{"use strict";u();var sh=G(),Ui=zn(),ah={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Ui.stringifyNumber},ch={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():Ui.stringifyNumber(e)}},lh={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new sh.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:Ui.stringifyNumber};yr.float=lh;yr.floatExp=ch;yr.floatNaN=ah});var Gi=A(br=>{"use strict";u();var Ya=zn(),wr=e=>typeof e=="bigint"||Number.isInteger(e),Ki=(e,n,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(n),t);function Ha(e,n,t){let{value:r}=e;return wr(r)&&r>=0?t+r.toString(n):Ya.stringifyNumber(e)}var uh={identify:e=>wr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>Ki(e,2,8,t),stringify:e=>Ha(e,8,"0o")},dh={identify:wr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>Ki(e,0,10,t),stringify:Ya.stringifyNumber},fh={identify:e=>wr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>Ki(e,2,16,t),stringify:e=>Ha(e,16,"0x")};br.int=dh;br.intHex=fh;br.intOct=uh});var Xa=A(Ja=>{"use strict";u();var ph=On(),hh=gr(),mh=Mn(),gh=ot(),yh=ji(),Vi=Wi(),Yi=Gi(),wh=[ph.map,mh.seq,gh.string,hh.nullTag,yh.boolTag,Yi.intOct,Yi.int,Yi.intHex,Vi.floatNaN,Vi.floatExp,Vi.float];Ja.schema=wh});var nc=A(ec=>{"use strict";u();var bh=G(),vh=On(),kh=Mn();function Qa(e){return typeof e=="bigint"||Number.isInteger(e)}var vr=({value:e})=>JSON.stringify(e),$h=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:vr},{identify:e=>e==null,createNode:()=>new bh.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:vr},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:vr},{identify:Qa,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>Qa(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:vr}],xh={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},Sh=[vh.map,kh.seq].concat($h,xh);ec.schema=Sh});var Ji=A(tc=>{"use strict";u();var st=require("buffer"),Hi=G(),_h=nt(),Ah={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof st.Buffer=="function")return st.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof st.Buffer=="function")a=s instanceof st.Buffer?s.toString("base64"):st.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let l="";for(let c=0;c<s.length;++c)l+=String.fromCharCode(s[c]);a=btoa(l)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=Hi.Scalar.BLOCK_LITERAL),n!==Hi.Scalar.QUOTE_DOUBLE){let l=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),c=Math.ceil(a.length/l),d=new Array(c);for(let p=0,f=0;p<c;++p,f+=l)d[p]=a.substr(f,l);a=d.join(n===Hi.Scalar.BLOCK_LITERAL?`
`:" ")}return _h.stringifyString({comment:e,type:n,value:a},r,i,o)}};tc.binary=Ah});var xr=A($r=>{"use strict";u();var kr=D(),Xi=Be(),Ph=G(),Oh=Ue();function rc(e,n){if(kr.isSeq(e))for(let t=0;t<e.items.length;++t){let r=e.items[t];if(!kr.isPair(r)){if(kr.isMap(r)){r.items.length>1&&n("Each pair must have its own sequence indicator");let i=r.items[0]||new Xi.Pair(new Ph.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}e.items[t]=kr.isPair(r)?r:new Xi.Pair(r)}}else n("Expected a sequence for this tag");return e}function ic(e,n,t){let{replacer:r}=t,i=new Oh.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let o=0;if(n&&Symbol.iterator in Object(n))for(let s of n){typeof r=="function"&&(s=r.call(n,String(o++),s));let a,l;if(Array.isArray(s))if(s.length===2)a=s[0],l=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let c=Object.keys(s);if(c.length===1)a=c[0],l=s[a];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else a=s;i.items.push(Xi.createPair(a,l,t))}return i}var Mh={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:rc,createNode:ic};$r.createPairs=ic;$r.pairs=Mh;$r.resolvePairs=rc});var no=A(eo=>{"use strict";u();var oc=D(),Qi=Le(),at=je(),zh=Ue(),sc=xr(),an=class e extends zh.YAMLSeq{constructor(){super(),this.add=at.YAMLMap.prototype.add.bind(this),this.delete=at.YAMLMap.prototype.delete.bind(this),this.get=at.YAMLMap.prototype.get.bind(this),this.has=at.YAMLMap.prototype.has.bind(this),this.set=at.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(oc.isPair(i)?(o=Qi.toJS(i.key,"",t),s=Qi.toJS(i.value,o,t)):o=Qi.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(n,t,r){let i=sc.createPairs(n,t,r),o=new this;return o.items=i.items,o}};an.tag="tag:yaml.org,2002:omap";var Nh={collection:"seq",identify:e=>e instanceof Map,nodeClass:an,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=sc.resolvePairs(e,n),r=[];for(let{key:i}of t.items)oc.isScalar(i)&&(r.includes(i.value)?n(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new an,t)},createNode:(e,n,t)=>an.from(e,n,t)};eo.YAMLOMap=an;eo.omap=Nh});var dc=A(to=>{"use strict";u();var ac=G();function cc({value:e,source:n},t){return n&&(e?lc:uc).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var lc={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new ac.Scalar(!0),stringify:cc},uc={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new ac.Scalar(!1),stringify:cc};to.falseTag=uc;to.trueTag=lc});var fc=A(Sr=>{"use strict";u();var Ch=G(),ro=zn(),Th={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:ro.stringifyNumber},Eh={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():ro.stringifyNumber(e)}},Ih={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new Ch.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let r=e.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(n.minFractionDigits=r.length)}return n},stringify:ro.stringifyNumber};Sr.float=Ih;Sr.floatExp=Eh;Sr.floatNaN=Th});var hc=A(lt=>{"use strict";u();var pc=zn(),ct=e=>typeof e=="bigint"||Number.isInteger(e);function _r(e,n,t,{intAsBigInt:r}){let i=e[0];if((i==="-"||i==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),r){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let s=BigInt(e);return i==="-"?BigInt(-1)*s:s}let o=parseInt(e,t);return i==="-"?-1*o:o}function io(e,n,t){let{value:r}=e;if(ct(r)){let i=r.toString(n);return r<0?"-"+t+i.substr(1):t+i}return pc.stringifyNumber(e)}var Rh={identify:ct,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>_r(e,2,2,t),stringify:e=>io(e,2,"0b")},Lh={identify:ct,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>_r(e,1,8,t),stringify:e=>io(e,8,"0")},Dh={identify:ct,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>_r(e,0,10,t),stringify:pc.stringifyNumber},qh={identify:ct,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>_r(e,2,16,t),stringify:e=>io(e,16,"0x")};lt.int=Dh;lt.intBin=Rh;lt.intHex=qh;lt.intOct=Lh});var so=A(oo=>{"use strict";u();var Or=D(),Ar=Be(),Pr=je(),cn=class e extends Pr.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;Or.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new Ar.Pair(n.key,null):t=new Ar.Pair(n,null),Pr.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let r=Pr.findPair(this.items,n);return!t&&Or.isPair(r)?Or.isScalar(r.key)?r.key.value:r.key:r}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=Pr.findPair(this.items,n);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new Ar.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,r){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(Ar.createPair(s,null,r));return o}};cn.tag="tag:yaml.org,2002:set";var Zh={collection:"map",identify:e=>e instanceof Set,nodeClass:cn,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>cn.from(e,n,t),resolve(e,n){if(Or.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new cn,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};oo.YAMLSet=cn;oo.set=Zh});var co=A(Mr=>{"use strict";u();var Bh=zn();function ao(e,n){let t=e[0],r=t==="-"||t==="+"?e.substring(1):e,i=s=>n?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function mc(e){let{value:n}=e,t=s=>s;if(typeof n=="bigint")t=s=>BigInt(s);else if(isNaN(n)||!isFinite(n))return Bh.stringifyNumber(e);let r="";n<0&&(r="-",n*=t(-1));let i=t(60),o=[n%i];return n<60?o.unshift(0):(n=(n-o[0])/i,o.unshift(n%i),n>=60&&(n=(n-o[0])/i,o.unshift(n))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Fh={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>ao(e,t),stringify:mc},jh={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>ao(e,!1),stringify:mc},gc={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(gc.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=n.map(Number),l=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,r-1,i,o||0,s||0,a||0,l),d=n[8];if(d&&d!=="Z"){let p=ao(d,!1);Math.abs(p)<30&&(p*=60),c-=6e4*p}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};Mr.floatTime=jh;Mr.intTime=Fh;Mr.timestamp=gc});var bc=A(wc=>{"use strict";u();var Uh=On(),Wh=gr(),Kh=Mn(),Gh=ot(),Vh=Ji(),yc=dc(),lo=fc(),zr=hc(),Yh=cr(),Hh=no(),Jh=xr(),Xh=so(),uo=co(),Qh=[Uh.map,Kh.seq,Gh.string,Wh.nullTag,yc.trueTag,yc.falseTag,zr.intBin,zr.intOct,zr.int,zr.intHex,lo.floatNaN,lo.floatExp,lo.float,Vh.binary,Yh.merge,Hh.omap,Jh.pairs,Xh.set,uo.intTime,uo.floatTime,uo.timestamp];wc.schema=Qh});var Mc=A(ho=>{"use strict";u();var xc=On(),em=gr(),Sc=Mn(),nm=ot(),tm=ji(),fo=Wi(),po=Gi(),rm=Xa(),im=nc(),_c=Ji(),ut=cr(),Ac=no(),Pc=xr(),vc=bc(),Oc=so(),Nr=co(),kc=new Map([["core",rm.schema],["failsafe",[xc.map,Sc.seq,nm.string]],["json",im.schema],["yaml11",vc.schema],["yaml-1.1",vc.schema]]),$c={binary:_c.binary,bool:tm.boolTag,float:fo.float,floatExp:fo.floatExp,floatNaN:fo.floatNaN,floatTime:Nr.floatTime,int:po.int,intHex:po.intHex,intOct:po.intOct,intTime:Nr.intTime,map:xc.map,merge:ut.merge,null:em.nullTag,omap:Ac.omap,pairs:Pc.pairs,seq:Sc.seq,set:Oc.set,timestamp:Nr.timestamp},om={"tag:yaml.org,2002:binary":_c.binary,"tag:yaml.org,2002:merge":ut.merge,"tag:yaml.org,2002:omap":Ac.omap,"tag:yaml.org,2002:pairs":Pc.pairs,"tag:yaml.org,2002:set":Oc.set,"tag:yaml.org,2002:timestamp":Nr.timestamp};function sm(e,n,t){let r=kc.get(n);if(r&&!e)return t&&!r.includes(ut.merge)?r.concat(ut.merge):r.slice();let i=r;if(!i)if(Array.isArray(e))i=[];else{let o=Array.from(kc.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${o} or define customTags array`)}if(Array.isArray(e))for(let o of e)i=i.concat(o);else typeof e=="function"&&(i=e(i.slice()));return t&&(i=i.concat(ut.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?$c[s]:s;if(!a){let l=JSON.stringify(s),c=Object.keys($c).map(d=>JSON.stringify(d)).join(", ");throw new Error(`Unknown custom tag ${l}; use one of ${c}`)}return o.includes(a)||o.push(a),o},[])}ho.coreKnownTags=om;ho.getTags=sm});var yo=A(zc=>{"use strict";u();var mo=D(),am=On(),cm=Mn(),lm=ot(),Cr=Mc(),um=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,go=class e{constructor({compat:n,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(n)?Cr.getTags(n,"compat"):n?Cr.getTags(null,n):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?Cr.coreKnownTags:{},this.tags=Cr.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,mo.MAP,{value:am.map}),Object.defineProperty(this,mo.SCALAR,{value:lm.string}),Object.defineProperty(this,mo.SEQ,{value:cm.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?um:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};zc.Schema=go});var Cc=A(Nc=>{"use strict";u();var dm=D(),wo=tt(),dt=Xn();function fm(e,n){let t=[],r=n.directives===!0;if(n.directives!==!1&&e.directives){let l=e.directives.toString(e);l?(t.push(l),r=!0):e.directives.docStart&&(r=!0)}r&&t.push("---");let i=wo.createStringifyContext(e,n),{commentString:o}=i.options;if(e.commentBefore){t.length!==1&&t.unshift("");let l=o(e.commentBefore);t.unshift(dt.indentComment(l,""))}let s=!1,a=null;if(e.contents){if(dm.isNode(e.contents)){if(e.contents.spaceBefore&&r&&t.push(""),e.contents.commentBefore){let d=o(e.contents.commentBefore);t.push(dt.indentComment(d,""))}i.forceBlockIndent=!!e.comment,a=e.contents.comment}let l=a?void 0:()=>s=!0,c=wo.stringify(e.contents,i,()=>a=null,l);a&&(c+=dt.lineComment(c,"",o(a))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(wo.stringify(e.contents,i));if(e.directives?.docEnd)if(e.comment){let l=o(e.comment);l.includes(`
`)?(t.push("..."),t.push(dt.indentComment(l,""))):t.push(`... ${l}`)}else t.push("...");else{let l=e.comment;l&&s&&(l=l.replace(/^\n+/,"")),l&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(dt.indentComment(o(l),"")))}return t.join(`
`)+`
`}Nc.stringifyDocument=fm});var ft=A(Tc=>{"use strict";u();var pm=Hn(),Nn=Xt(),pe=D(),hm=Be(),mm=Le(),gm=yo(),ym=Cc(),bo=Vt(),wm=$i(),bm=Jn(),vo=ki(),ko=class e{constructor(n,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,pe.NODE_TYPE,{value:pe.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new vo.Directives({version:s}),this.setSchema(s,r),this.contents=n===void 0?null:this.createNode(n,i,r)}clone(){let n=Object.create(e.prototype,{[pe.NODE_TYPE]:{value:pe.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=pe.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Cn(this.contents)&&this.contents.add(n)}addIn(n,t){Cn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let r=bo.anchorNames(this);n.anchor=!t||r.has(t)?bo.findNewAnchor(t||"a",r):t}return new pm.Alias(n.anchor)}createNode(n,t,r){let i;if(typeof t=="function")n=t.call({"":n},"",n),i=t;else if(Array.isArray(t)){let w=S=>typeof S=="number"||S instanceof String||S instanceof Number,k=t.filter(w).map(String);k.length>0&&(t=t.concat(k)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:l,onTagObj:c,tag:d}=r??{},{onAnchor:p,setAnchors:f,sourceObjects:h}=bo.createNodeAnchors(this,s||"a"),y={aliasDuplicateObjects:o??!0,keepUndefined:l??!1,onAnchor:p,onTagObj:c,replacer:i,schema:this.schema,sourceObjects:h},m=bm.createNode(n,d,y);return a&&pe.isCollection(m)&&(m.flow=!0),f(),m}createPair(n,t,r={}){let i=this.createNode(n,null,r),o=this.createNode(t,null,r);return new hm.Pair(i,o)}delete(n){return Cn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return Nn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Cn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return pe.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return Nn.isEmptyPath(n)?!t&&pe.isScalar(this.contents)?this.contents.value:this.contents:pe.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return pe.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return Nn.isEmptyPath(n)?this.contents!==void 0:pe.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=Nn.collectionFromPath(this.schema,[n],t):Cn(this.contents)&&this.contents.set(n,t)}setIn(n,t){Nn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=Nn.collectionFromPath(this.schema,Array.from(n),t):Cn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let r;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new vo.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new vo.Directives({version:n}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new gm.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!n,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},l=mm.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:c,res:d}of a.anchors.values())o(d,c);return typeof s=="function"?wm.applyReviver(s,{"":l},"",l):l}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return ym.stringifyDocument(this,n)}};function Cn(e){if(pe.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}Tc.Document=ko});var mt=A(ht=>{"use strict";u();var pt=class extends Error{constructor(n,t,r,i){super(),this.name=n,this.code=r,this.message=i,this.pos=t}},$o=class extends pt{constructor(n,t,r){super("YAMLParseError",n,t,r)}},xo=class extends pt{constructor(n,t,r){super("YAMLWarning",n,t,r)}},vm=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>n.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=e.substring(n.lineStarts[r-1],n.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=e.substring(n.lineStarts[r-2],n.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,l=t.linePos[1];l?.line===r&&l.col>i&&(a=Math.max(1,Math.min(l.col-i,80-o)));let c=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${c}
`}};ht.YAMLError=pt;ht.YAMLParseError=$o;ht.YAMLWarning=xo;ht.prettifyError=vm});var gt=A(Ec=>{"use strict";u();function km(e,{flow:n,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let l=!1,c=a,d=a,p="",f="",h=!1,y=!1,m=null,w=null,k=null,S=null,P=null,$=null,O=null;for(let x of e)switch(y&&(x.type!=="space"&&x.type!=="newline"&&x.type!=="comma"&&o(x.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),y=!1),m&&(c&&x.type!=="comment"&&x.type!=="newline"&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),m=null),x.type){case"space":!n&&(t!=="doc-start"||r?.type!=="flow-collection")&&x.source.includes("	")&&(m=x),d=!0;break;case"comment":{d||o(x,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let T=x.source.substring(1)||" ";p?p+=f+T:p=T,f="",c=!1;break}case"newline":c?p?p+=x.source:(!$||t!=="seq-item-ind")&&(l=!0):f+=x.source,c=!0,h=!0,(w||k)&&(S=x),d=!0;break;case"anchor":w&&o(x,"MULTIPLE_ANCHORS","A node can have at most one anchor"),x.source.endsWith(":")&&o(x.offset+x.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),w=x,O??(O=x.offset),c=!1,d=!1,y=!0;break;case"tag":{k&&o(x,"MULTIPLE_TAGS","A node can have at most one tag"),k=x,O??(O=x.offset),c=!1,d=!1,y=!0;break}case t:(w||k)&&o(x,"BAD_PROP_ORDER",`Anchors and tags must be after the ${x.source} indicator`),$&&o(x,"UNEXPECTED_TOKEN",`Unexpected ${x.source} in ${n??"collection"}`),$=x,c=t==="seq-item-ind"||t==="explicit-key-ind",d=!1;break;case"comma":if(n){P&&o(x,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),P=x,c=!1,d=!1;break}default:o(x,"UNEXPECTED_TOKEN",`Unexpected ${x.type} token`),c=!1,d=!1}let M=e[e.length-1],v=M?M.offset+M.source.length:i;return y&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),m&&(c&&m.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:P,found:$,spaceBefore:l,comment:p,hasNewline:h,anchor:w,tag:k,newlineAfterProp:S,end:v,start:O??v}}Ec.resolveProps=km});var Tr=A(Ic=>{"use strict";u();function So(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(So(n.key)||So(n.value))return!0}return!1;default:return!0}}Ic.containsNewline=So});var _o=A(Rc=>{"use strict";u();var $m=Tr();function xm(e,n,t){if(n?.type==="flow-collection"){let r=n.end[0];r.indent===e&&(r.source==="]"||r.source==="}")&&$m.containsNewline(n)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Rc.flowIndentCheck=xm});var Ao=A(Dc=>{"use strict";u();var Lc=D();function Sm(e,n,t){let{uniqueKeys:r}=e.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||Lc.isScalar(o)&&Lc.isScalar(s)&&o.value===s.value;return n.some(o=>i(o.key,t))}Dc.mapIncludes=Sm});var Uc=A(jc=>{"use strict";u();var qc=Be(),_m=je(),Zc=gt(),Am=Tr(),Bc=_o(),Pm=Ao(),Fc="All mapping items must start at the same column";function Om({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??_m.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let l=r.offset,c=null;for(let d of r.items){let{start:p,key:f,sep:h,value:y}=d,m=Zc.resolveProps(p,{indicator:"explicit-key-ind",next:f??h?.[0],offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0}),w=!m.found;if(w){if(f&&(f.type==="block-seq"?i(l,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in f&&f.indent!==r.indent&&i(l,"BAD_INDENT",Fc)),!m.anchor&&!m.tag&&!h){c=m.end,m.comment&&(a.comment?a.comment+=`
`+m.comment:a.comment=m.comment);continue}(m.newlineAfterProp||Am.containsNewline(f))&&i(f??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else m.found?.indent!==r.indent&&i(l,"BAD_INDENT",Fc);t.atKey=!0;let k=m.end,S=f?e(t,f,m,i):n(t,k,p,null,m,i);t.schema.compat&&Bc.flowIndentCheck(r.indent,f,i),t.atKey=!1,Pm.mapIncludes(t,a.items,S)&&i(k,"DUPLICATE_KEY","Map keys must be unique");let P=Zc.resolveProps(h??[],{indicator:"map-value-ind",next:y,offset:S.range[2],onError:i,parentIndent:r.indent,startOnNewline:!f||f.type==="block-scalar"});if(l=P.end,P.found){w&&(y?.type==="block-map"&&!P.hasNewline&&i(l,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&m.start<P.found.offset-1024&&i(S.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let $=y?e(t,y,P,i):n(t,l,h,null,P,i);t.schema.compat&&Bc.flowIndentCheck(r.indent,y,i),l=$.range[2];let O=new qc.Pair(S,$);t.options.keepSourceTokens&&(O.srcToken=d),a.items.push(O)}else{w&&i(S.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),P.comment&&(S.comment?S.comment+=`
`+P.comment:S.comment=P.comment);let $=new qc.Pair(S);t.options.keepSourceTokens&&($.srcToken=d),a.items.push($)}}return c&&c<l&&i(c,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,l,c??l],a}jc.resolveBlockMap=Om});var Kc=A(Wc=>{"use strict";u();var Mm=Ue(),zm=gt(),Nm=_o();function Cm({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??Mm.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let l=r.offset,c=null;for(let{start:d,value:p}of r.items){let f=zm.resolveProps(d,{indicator:"seq-item-ind",next:p,offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!f.found)if(f.anchor||f.tag||p)p?.type==="block-seq"?i(f.end,"BAD_INDENT","All sequence items must start at the same column"):i(l,"MISSING_CHAR","Sequence item without - indicator");else{c=f.end,f.comment&&(a.comment=f.comment);continue}let h=p?e(t,p,f,i):n(t,f.end,d,null,f,i);t.schema.compat&&Nm.flowIndentCheck(r.indent,p,i),l=h.range[2],a.items.push(h)}return a.range=[r.offset,l,c??l],a}Wc.resolveBlockSeq=Cm});var Tn=A(Gc=>{"use strict";u();function Tm(e,n,t,r){let i="";if(e){let o=!1,s="";for(let a of e){let{source:l,type:c}=a;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let d=l.substring(1)||" ";i?i+=s+d:i=d,s="";break}case"newline":i&&(s+=l),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=l.length}}return{comment:i,offset:n}}Gc.resolveEnd=Tm});var Jc=A(Hc=>{"use strict";u();var Em=D(),Im=Be(),Vc=je(),Rm=Ue(),Lm=Tn(),Yc=gt(),Dm=Tr(),qm=Ao(),Po="Block collections are not allowed within flow collections",Oo=e=>e&&(e.type==="block-map"||e.type==="block-seq");function Zm({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",l=o?.nodeClass??(s?Vc.YAMLMap:Rm.YAMLSeq),c=new l(t.schema);c.flow=!0;let d=t.atRoot;d&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=r.offset+r.start.source.length;for(let w=0;w<r.items.length;++w){let k=r.items[w],{start:S,key:P,sep:$,value:O}=k,M=Yc.resolveProps(S,{flow:a,indicator:"explicit-key-ind",next:P??$?.[0],offset:p,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!M.found){if(!M.anchor&&!M.tag&&!$&&!O){w===0&&M.comma?i(M.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):w<r.items.length-1&&i(M.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),M.comment&&(c.comment?c.comment+=`
`+M.comment:c.comment=M.comment),p=M.end;continue}!s&&t.options.strict&&Dm.containsNewline(P)&&i(P,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(w===0)M.comma&&i(M.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(M.comma||i(M.start,"MISSING_CHAR",`Missing , between ${a} items`),M.comment){let v="";e:for(let x of S)switch(x.type){case"comma":case"space":break;case"comment":v=x.source.substring(1);break e;default:break e}if(v){let x=c.items[c.items.length-1];Em.isPair(x)&&(x=x.value??x.key),x.comment?x.comment+=`
`+v:x.comment=v,M.comment=M.comment.substring(v.length+1)}}if(!s&&!$&&!M.found){let v=O?e(t,O,M,i):n(t,M.end,$,null,M,i);c.items.push(v),p=v.range[2],Oo(O)&&i(v.range,"BLOCK_IN_FLOW",Po)}else{t.atKey=!0;let v=M.end,x=P?e(t,P,M,i):n(t,v,S,null,M,i);Oo(P)&&i(x.range,"BLOCK_IN_FLOW",Po),t.atKey=!1;let T=Yc.resolveProps($??[],{flow:a,indicator:"map-value-ind",next:O,offset:x.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(T.found){if(!s&&!M.found&&t.options.strict){if($)for(let q of $){if(q===T.found)break;if(q.type==="newline"){i(q,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}M.start<T.found.offset-1024&&i(T.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else O&&("source"in O&&O.source?.[0]===":"?i(O,"MISSING_CHAR",`Missing space after : in ${a}`):i(T.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let R=O?e(t,O,T,i):T.found?n(t,T.end,$,null,T,i):null;R?Oo(O)&&i(R.range,"BLOCK_IN_FLOW",Po):T.comment&&(x.comment?x.comment+=`
`+T.comment:x.comment=T.comment);let V=new Im.Pair(x,R);if(t.options.keepSourceTokens&&(V.srcToken=k),s){let q=c;qm.mapIncludes(t,q.items,x)&&i(v,"DUPLICATE_KEY","Map keys must be unique"),q.items.push(V)}else{let q=new Vc.YAMLMap(t.schema);q.flow=!0,q.items.push(V);let ee=(R??x).range;q.range=[x.range[0],ee[1],ee[2]],c.items.push(q)}p=R?R.range[2]:T.end}}let f=s?"}":"]",[h,...y]=r.end,m=p;if(h?.source===f)m=h.offset+h.source.length;else{let w=a[0].toUpperCase()+a.substring(1),k=d?`${w} must end with a ${f}`:`${w} in block collection must be sufficiently indented and end with a ${f}`;i(p,d?"MISSING_CHAR":"BAD_INDENT",k),h&&h.source.length!==1&&y.unshift(h)}if(y.length>0){let w=Lm.resolveEnd(y,m,t.options.strict,i);w.comment&&(c.comment?c.comment+=`
`+w.comment:c.comment=w.comment),c.range=[r.offset,m,w.offset]}else c.range=[r.offset,m,m];return c}Hc.resolveFlowCollection=Zm});var Qc=A(Xc=>{"use strict";u();var Bm=D(),Fm=G(),jm=je(),Um=Ue(),Wm=Uc(),Km=Kc(),Gm=Jc();function Mo(e,n,t,r,i,o){let s=t.type==="block-map"?Wm.resolveBlockMap(e,n,t,r,o):t.type==="block-seq"?Km.resolveBlockSeq(e,n,t,r,o):Gm.resolveFlowCollection(e,n,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function Vm(e,n,t,r,i){let o=r.tag,s=o?n.directives.tagName(o.source,f=>i(o,"TAG_RESOLVE_FAILED",f)):null;if(t.type==="block-seq"){let{anchor:f,newlineAfterProp:h}=r,y=f&&o?f.offset>o.offset?f:o:f??o;y&&(!h||h.offset<y.offset)&&i(y,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===jm.YAMLMap.tagName&&a==="map"||s===Um.YAMLSeq.tagName&&a==="seq")return Mo(e,n,t,i,s);let l=n.schema.tags.find(f=>f.tag===s&&f.collection===a);if(!l){let f=n.schema.knownTags[s];if(f?.collection===a)n.schema.tags.push(Object.assign({},f,{default:!1})),l=f;else return f?i(o,"BAD_COLLECTION_TYPE",`${f.tag} used for ${a} collection, but expects ${f.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),Mo(e,n,t,i,s)}let c=Mo(e,n,t,i,s,l),d=l.resolve?.(c,f=>i(o,"TAG_RESOLVE_FAILED",f),n.options)??c,p=Bm.isNode(d)?d:new Fm.Scalar(d);return p.range=c.range,p.tag=s,l?.format&&(p.format=l.format),p}Xc.composeCollection=Vm});var No=A(el=>{"use strict";u();var zo=G();function Ym(e,n,t){let r=n.offset,i=Hm(n,e.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?zo.Scalar.BLOCK_FOLDED:zo.Scalar.BLOCK_LITERAL,s=n.source?Jm(n.source):[],a=s.length;for(let m=s.length-1;m>=0;--m){let w=s[m][1];if(w===""||w==="\r")a=m;else break}if(a===0){let m=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",w=r+i.length;return n.source&&(w+=n.source.length),{value:m,type:o,comment:i.comment,range:[r,w,w]}}let l=n.indent+i.indent,c=n.offset+i.length,d=0;for(let m=0;m<a;++m){let[w,k]=s[m];if(k===""||k==="\r")i.indent===0&&w.length>l&&(l=w.length);else{w.length<l&&t(c+w.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(l=w.length),d=m,l===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=w.length+k.length+1}for(let m=s.length-1;m>=a;--m)s[m][0].length>l&&(a=m+1);let p="",f="",h=!1;for(let m=0;m<d;++m)p+=s[m][0].slice(l)+`
`;for(let m=d;m<a;++m){let[w,k]=s[m];c+=w.length+k.length+1;let S=k[k.length-1]==="\r";if(S&&(k=k.slice(0,-1)),k&&w.length<l){let $=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(c-k.length-(S?2:1),"BAD_INDENT",$),w=""}o===zo.Scalar.BLOCK_LITERAL?(p+=f+w.slice(l)+k,f=`
`):w.length>l||k[0]==="	"?(f===" "?f=`
`:!h&&f===`
`&&(f=`

`),p+=f+w.slice(l)+k,f=`
`,h=!0):k===""?f===`
`?p+=`
`:f=`
`:(p+=f+k,f=" ",h=!1)}switch(i.chomp){case"-":break;case"+":for(let m=a;m<s.length;++m)p+=`
`+s[m][0].slice(l);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let y=r+i.length+n.source.length;return{value:p,type:o,comment:i.comment,range:[r,y,y]}}function Hm({offset:e,props:n},t,r){if(n[0].type!=="block-scalar-header")return r(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=n[0],o=i[0],s=0,a="",l=-1;for(let f=1;f<i.length;++f){let h=i[f];if(!a&&(h==="-"||h==="+"))a=h;else{let y=Number(h);!s&&y?s=y:l===-1&&(l=e+f)}}l!==-1&&r(l,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=!1,d="",p=i.length;for(let f=1;f<n.length;++f){let h=n[f];switch(h.type){case"space":c=!0;case"newline":p+=h.source.length;break;case"comment":t&&!c&&r(h,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=h.source.length,d=h.source.substring(1);break;case"error":r(h,"UNEXPECTED_TOKEN",h.message),p+=h.source.length;break;default:{let y=`Unexpected token in block scalar header: ${h.type}`;r(h,"UNEXPECTED_TOKEN",y);let m=h.source;m&&typeof m=="string"&&(p+=m.length)}}}return{mode:o,indent:s,chomp:a,comment:d,length:p}}function Jm(e){let n=e.split(/\n( *)/),t=n[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<n.length;s+=2)o.push([n[s],n[s+1]]);return o}el.resolveBlockScalar=Ym});var To=A(tl=>{"use strict";u();var Co=G(),Xm=Tn();function Qm(e,n,t){let{offset:r,type:i,source:o,end:s}=e,a,l,c=(f,h,y)=>t(r+f,h,y);switch(i){case"scalar":a=Co.Scalar.PLAIN,l=eg(o,c);break;case"single-quoted-scalar":a=Co.Scalar.QUOTE_SINGLE,l=ng(o,c);break;case"double-quoted-scalar":a=Co.Scalar.QUOTE_DOUBLE,l=tg(o,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let d=r+o.length,p=Xm.resolveEnd(s,d,n,t);return{value:l,type:a,comment:p.comment,range:[r,d,p.offset]}}function eg(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),nl(e)}function ng(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),nl(e.slice(1,-1)).replace(/''/g,"'")}function nl(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(i,"");c===""?s===`
`?o+=s:s=`
`:(o+=s+c,s=" "),a=n.lastIndex}let l=/[ \t]*(.*)/sy;return l.lastIndex=a,t=l.exec(e),o+s+(t?.[1]??"")}function tg(e,n){let t="";for(let r=1;r<e.length-1;++r){let i=e[r];if(!(i==="\r"&&e[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=rg(e,r);t+=o,r=s}else if(i==="\\"){let o=e[++r],s=ig[o];if(s)t+=s;else if(o===`
`)for(o=e[r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="\r"&&e[r+1]===`
`)for(o=e[++r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=og(e,r+1,a,n),r+=a}else{let a=e.substr(r-1,2);n(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=e[r+1];for(;s===" "||s==="	";)s=e[++r+1];s!==`
`&&!(s==="\r"&&e[r+2]===`
`)&&(t+=r>o?e.slice(o,r+1):i)}else t+=i}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function rg(e,n){let t="",r=e[n+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&e[n+2]!==`
`);)r===`
`&&(t+=`
`),n+=1,r=e[n+1];return t||(t=" "),{fold:t,offset:n}}var ig={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function og(e,n,t,r){let i=e.substr(n,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=e.substr(n-2,t+2);return r(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}tl.resolveFlowScalar=Qm});var ol=A(il=>{"use strict";u();var ln=D(),rl=G(),sg=No(),ag=To();function cg(e,n,t,r){let{value:i,type:o,comment:s,range:a}=n.type==="block-scalar"?sg.resolveBlockScalar(e,n,r):ag.resolveFlowScalar(n,e.options.strict,r),l=t?e.directives.tagName(t.source,p=>r(t,"TAG_RESOLVE_FAILED",p)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[ln.SCALAR]:l?c=lg(e.schema,i,l,t,r):n.type==="scalar"?c=ug(e,i,n,r):c=e.schema[ln.SCALAR];let d;try{let p=c.resolve(i,f=>r(t??n,"TAG_RESOLVE_FAILED",f),e.options);d=ln.isScalar(p)?p:new rl.Scalar(p)}catch(p){let f=p instanceof Error?p.message:String(p);r(t??n,"TAG_RESOLVE_FAILED",f),d=new rl.Scalar(i)}return d.range=a,d.source=i,o&&(d.type=o),l&&(d.tag=l),c.format&&(d.format=c.format),s&&(d.comment=s),d}function lg(e,n,t,r,i){if(t==="!")return e[ln.SCALAR];let o=[];for(let a of e.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(n))return a;let s=e.knownTags[t];return s&&!s.collection?(e.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[ln.SCALAR])}function ug({atKey:e,directives:n,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||e&&a.default==="key")&&a.test?.test(r))||t[ln.SCALAR];if(t.compat){let a=t.compat.find(l=>l.default&&l.test?.test(r))??t[ln.SCALAR];if(s.tag!==a.tag){let l=n.tagString(s.tag),c=n.tagString(a.tag),d=`Value may be parsed as either ${l} or ${c}`;o(i,"TAG_RESOLVE_FAILED",d,!0)}}return s}il.composeScalar=cg});var al=A(sl=>{"use strict";u();function dg(e,n,t){if(n){t??(t=n.length);for(let r=t-1;r>=0;--r){let i=n[r];switch(i.type){case"space":case"comment":case"newline":e-=i.source.length;continue}for(i=n[++r];i?.type==="space";)e+=i.source.length,i=n[++r];break}}return e}sl.emptyScalarPosition=dg});var ul=A(Io=>{"use strict";u();var fg=Hn(),pg=D(),hg=Qc(),cl=ol(),mg=Tn(),gg=al(),yg={composeNode:ll,composeEmptyNode:Eo};function ll(e,n,t,r){let i=e.atKey,{spaceBefore:o,comment:s,anchor:a,tag:l}=t,c,d=!0;switch(n.type){case"alias":c=wg(e,n,r),(a||l)&&r(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=cl.composeScalar(e,n,l,r),a&&(c.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=hg.composeCollection(yg,e,n,t,r),a&&(c.anchor=a.source.substring(1))}catch(p){let f=p instanceof Error?p.message:String(p);r(n,"RESOURCE_EXHAUSTION",f)}break;default:{let p=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;r(n,"UNEXPECTED_TOKEN",p),d=!1}}return c??(c=Eo(e,n.offset,void 0,null,t,r)),a&&c.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&e.options.stringKeys&&(!pg.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&r(l??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),s&&(n.type==="scalar"&&n.source===""?c.comment=s:c.commentBefore=s),e.options.keepSourceTokens&&d&&(c.srcToken=n),c}function Eo(e,n,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:l},c){let d={type:"scalar",offset:gg.emptyScalarPosition(n,t,r),indent:-1,source:""},p=cl.composeScalar(e,d,a,c);return s&&(p.anchor=s.source.substring(1),p.anchor===""&&c(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),o&&(p.comment=o,p.range[2]=l),p}function wg({options:e},{offset:n,source:t,end:r},i){let o=new fg.Alias(t.substring(1));o.source===""&&i(n,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=n+t.length,a=mg.resolveEnd(r,s,e.strict,i);return o.range=[n,s,a.offset],a.comment&&(o.comment=a.comment),o}Io.composeEmptyNode=Eo;Io.composeNode=ll});var pl=A(fl=>{"use strict";u();var bg=ft(),dl=ul(),vg=Tn(),kg=gt();function $g(e,n,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:n},e),l=new bg.Document(void 0,a),c={atKey:!1,atRoot:!0,directives:l.directives,options:l.options,schema:l.schema},d=kg.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});d.found&&(l.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!d.hasNewline&&s(d.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),l.contents=i?dl.composeNode(c,i,d,s):dl.composeEmptyNode(c,d.end,r,null,d,s);let p=l.contents.range[2],f=vg.resolveEnd(o,p,!1,s);return f.comment&&(l.comment=f.comment),l.range=[t,p,f.offset],l}fl.composeDoc=$g});var Lo=A(gl=>{"use strict";u();var xg=require("process"),Sg=ki(),_g=ft(),yt=mt(),hl=D(),Ag=pl(),Pg=Tn();function wt(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function ml(e){let n="",t=!1,r=!1;for(let i=0;i<e.length;++i){let o=e[i];switch(o[0]){case"#":n+=(n===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":e[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:n,afterEmptyLine:r}}var Ro=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=wt(t);o?this.warnings.push(new yt.YAMLWarning(s,r,i)):this.errors.push(new yt.YAMLParseError(s,r,i))},this.directives=new Sg.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:r,afterEmptyLine:i}=ml(this.prelude);if(r){let o=n.contents;if(t)n.comment=n.comment?`${n.comment}
${r}`:r;else if(i||n.directives.docStart||!o)n.commentBefore=r;else if(hl.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];hl.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)n.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)n.warnings.push(this.warnings[o])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:ml(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,r=-1){for(let i of n)yield*this.next(i);yield*this.end(t,r)}*next(n){switch(xg.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,r,i)=>{let o=wt(n);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=Ag.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,r=new yt.YAMLParseError(wt(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new yt.YAMLParseError(wt(n),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=Pg.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new yt.YAMLParseError(wt(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let r=Object.assign({_directives:this.directives},this.options),i=new _g.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};gl.Composer=Ro});var bl=A(Er=>{"use strict";u();var Og=No(),Mg=To(),zg=mt(),yl=nt();function Ng(e,n=!0,t){if(e){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new zg.YAMLParseError([a,a+1],o,s)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return Mg.resolveFlowScalar(e,n,r);case"block-scalar":return Og.resolveBlockScalar({options:{strict:n}},e,r)}}return null}function Cg(e,n){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=n,a=yl.stringifyString({type:s,value:e},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),l=n.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let c=a.indexOf(`
`),d=a.substring(0,c),p=a.substring(c+1)+`
`,f=[{type:"block-scalar-header",offset:o,indent:r,source:d}];return wl(f,l)||f.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:f,source:p}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:l};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:l};default:return{type:"scalar",offset:o,indent:r,source:a,end:l}}}function Tg(e,n,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in e?e.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(e.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let l=yl.stringifyString({type:s,value:n},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(l[0]){case"|":case">":Eg(e,l);break;case'"':Do(e,l,"double-quoted-scalar");break;case"'":Do(e,l,"single-quoted-scalar");break;default:Do(e,l,"scalar")}}function Eg(e,n){let t=n.indexOf(`
`),r=n.substring(0,t),i=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let o=e.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,e.source=i}else{let{offset:o}=e,s="indent"in e?e.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];wl(a,"end"in e?e.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let l of Object.keys(e))l!=="type"&&l!=="offset"&&delete e[l];Object.assign(e,{type:"block-scalar",indent:s,props:a,source:i})}}function wl(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function Do(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let r=e.props.slice(1),i=n.length;e.props[0].type==="block-scalar-header"&&(i-=e.props[0].source.length);for(let o of r)o.offset+=i;delete e.props,Object.assign(e,{type:t,source:n,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[i]});break}default:{let r="indent"in e?e.indent:-1,i="end"in e&&Array.isArray(e.end)?e.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(e))o!=="type"&&o!=="offset"&&delete e[o];Object.assign(e,{type:t,indent:r,source:n,end:i})}}}Er.createScalarToken=Cg;Er.resolveAsScalar=Ng;Er.setScalarValue=Tg});var kl=A(vl=>{"use strict";u();var Ig=e=>"type"in e?Rr(e):Ir(e);function Rr(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=Rr(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=Ir(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=Ir(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=Ir(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function Ir({start:e,key:n,sep:t,value:r}){let i="";for(let o of e)i+=o.source;if(n&&(i+=Rr(n)),t)for(let o of t)i+=o.source;return r&&(i+=Rr(r)),i}vl.stringify=Ig});var _l=A(Sl=>{"use strict";u();var qo=Symbol("break visit"),Rg=Symbol("skip children"),$l=Symbol("remove item");function un(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),xl(Object.freeze([]),e,n)}un.BREAK=qo;un.SKIP=Rg;un.REMOVE=$l;un.itemAtPath=(e,n)=>{let t=e;for(let[r,i]of n){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};un.parentCollection=(e,n)=>{let t=un.itemAtPath(e,n.slice(0,-1)),r=n[n.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function xl(e,n,t){let r=t(n,e);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=n[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=xl(Object.freeze(e.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===qo)return qo;a===$l&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(n,e))}}return typeof r=="function"?r(n,e):r}Sl.visit=un});var Lr=A(ce=>{"use strict";u();var Zo=bl(),Lg=kl(),Dg=_l(),Bo="\uFEFF",Fo="",jo="",Uo="",qg=e=>!!e&&"items"in e,Zg=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function Bg(e){switch(e){case Bo:return"<BOM>";case Fo:return"<DOC>";case jo:return"<FLOW_END>";case Uo:return"<SCALAR>";default:return JSON.stringify(e)}}function Fg(e){switch(e){case Bo:return"byte-order-mark";case Fo:return"doc-mode";case jo:return"flow-error-end";case Uo:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}ce.createScalarToken=Zo.createScalarToken;ce.resolveAsScalar=Zo.resolveAsScalar;ce.setScalarValue=Zo.setScalarValue;ce.stringify=Lg.stringify;ce.visit=Dg.visit;ce.BOM=Bo;ce.DOCUMENT=Fo;ce.FLOW_END=jo;ce.SCALAR=Uo;ce.isCollection=qg;ce.isScalar=Zg;ce.prettyToken=Bg;ce.tokenType=Fg});var Go=A(Pl=>{"use strict";u();var bt=Lr();function ye(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Al=new Set("0123456789ABCDEFabcdef"),jg=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),Dr=new Set(",[]{}"),Ug=new Set(` ,[]{}
\r	`),Wo=e=>!e||Ug.has(e),Ko=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+n];if(t==="\r"){let i=this.buffer[r+n+1];if(i===`
`||!i&&!this.atEnd)return n+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?n+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(n,3);if((r==="---"||r==="...")&&ye(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===bt.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,r=n.indexOf("#");for(;r!==-1;){let o=n[r-1];if(o===" "||o==="	"){t=r-1;break}else r=n.indexOf("#",r+1)}for(;;){let o=n[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield bt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&ye(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!ye(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&ye(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Wo),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,r=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&ye(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield bt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Wo),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||ye(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>ye(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:n=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(n+1);if(o===-1)break;n=this.buffer.indexOf(`
`,o)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let i=n+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];n=i-1}else if(!this.blockScalarKeep)do{let o=n-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)n=o;else break}while(!0);return yield bt.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(ye(o)||n&&Dr.has(o))break;t=r}else if(ye(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||n&&Dr.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(n&&Dr.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield bt.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let r=this.buffer.slice(this.pos,n);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(Wo),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(ye(r)||t&&Dr.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!ye(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(jg.has(t))t=this.buffer[++n];else if(t==="%"&&Al.has(this.buffer[n+1])&&Al.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||n&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(n){let t=this.pos,r=this.buffer[t];for(;!n(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Pl.Lexer=Ko});var Yo=A(Ol=>{"use strict";u();var Vo=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<n?t=o+1:r=o}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let i=this.lineStarts[t-1];return{line:t,col:n-i+1}}}};Ol.LineCounter=Vo});var Jo=A(Tl=>{"use strict";u();var Wg=require("process"),Ml=Lr(),Kg=Go();function We(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function zl(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function Cl(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function qr(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function En(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function Zr(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function Nl(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!We(n.start,"explicit-key-ind")&&!We(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,Cl(n.value)?n.value.end?Zr(n.value.end,n.sep):n.value.end=n.sep:Zr(n.start,n.sep),delete n.sep)}var Ho=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Kg.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(n,t))yield*this.next(r);t||(yield*this.end())}*next(n){if(this.source=n,Wg.env.LOG_TOKENS&&console.log("|",Ml.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=Ml.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let r=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Nl(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&zl(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{zl(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=qr(this.peek(2)),r=En(t),i;n.end?(i=n.end,i.push(this.sourceToken),delete n.end):i=[this.sourceToken];let o={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:r,key:n,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){Zr(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let r=!this.onKeyLine&&this.indent===n.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let l=t.sep[a];switch(l.type){case"newline":s.push(a);break;case"space":break;case"comment":l.indent>n.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),n.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),n.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(We(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(Cl(t.key)&&!We(t.sep,"newline")){let s=En(t.start),a=t.key,l=t.sep;l.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:l}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(We(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=En(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?n.items.push({start:o,key:null,sep:[this.sourceToken]}):We(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(n.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(n);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!We(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&n.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){Zr(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||We(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let r=this.startBlockValue(n);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let r=this.startBlockValue(n);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===n.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=qr(r),o=En(i);Nl(n);let s=n.end.splice(1,n.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:o,key:n,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=qr(n),r=En(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=qr(n),r=En(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Tl.Parser=Ho});var Dl=A(kt=>{"use strict";u();var El=Lo(),Gg=ft(),vt=mt(),Vg=Ei(),Yg=D(),Hg=Yo(),Il=Jo();function Rl(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new Hg.LineCounter||null,prettyErrors:n}}function Jg(e,n={}){let{lineCounter:t,prettyErrors:r}=Rl(n),i=new Il.Parser(t?.addNewLine),o=new El.Composer(n),s=Array.from(o.compose(i.parse(e)));if(r&&t)for(let a of s)a.errors.forEach(vt.prettifyError(e,t)),a.warnings.forEach(vt.prettifyError(e,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function Ll(e,n={}){let{lineCounter:t,prettyErrors:r}=Rl(n),i=new Il.Parser(t?.addNewLine),o=new El.Composer(n),s=null;for(let a of o.compose(i.parse(e),!0,e.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new vt.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(vt.prettifyError(e,t)),s.warnings.forEach(vt.prettifyError(e,t))),s}function Xg(e,n,t){let r;typeof n=="function"?r=n:t===void 0&&n&&typeof n=="object"&&(t=n);let i=Ll(e,t);if(!i)return null;if(i.warnings.forEach(o=>Vg.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function Qg(e,n,t){let r=null;if(typeof n=="function"||Array.isArray(n)?r=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(e===void 0){let{keepUndefined:i}=t??n??{};if(!i)return}return Yg.isDocument(e)&&!r?e.toString(t):new Gg.Document(e,r,t).toString(t)}kt.parse=Xg;kt.parseAllDocuments=Jg;kt.parseDocument=Ll;kt.stringify=Qg});var $t=A(Z=>{"use strict";u();var ey=Lo(),ny=ft(),ty=yo(),Xo=mt(),ry=Hn(),Ke=D(),iy=Be(),oy=G(),sy=je(),ay=Ue(),cy=Lr(),ly=Go(),uy=Yo(),dy=Jo(),Br=Dl(),ql=Kn();Z.Composer=ey.Composer;Z.Document=ny.Document;Z.Schema=ty.Schema;Z.YAMLError=Xo.YAMLError;Z.YAMLParseError=Xo.YAMLParseError;Z.YAMLWarning=Xo.YAMLWarning;Z.Alias=ry.Alias;Z.isAlias=Ke.isAlias;Z.isCollection=Ke.isCollection;Z.isDocument=Ke.isDocument;Z.isMap=Ke.isMap;Z.isNode=Ke.isNode;Z.isPair=Ke.isPair;Z.isScalar=Ke.isScalar;Z.isSeq=Ke.isSeq;Z.Pair=iy.Pair;Z.Scalar=oy.Scalar;Z.YAMLMap=sy.YAMLMap;Z.YAMLSeq=ay.YAMLSeq;Z.CST=cy;Z.Lexer=ly.Lexer;Z.LineCounter=uy.LineCounter;Z.Parser=dy.Parser;Z.parse=Br.parse;Z.parseAllDocuments=Br.parseAllDocuments;Z.parseDocument=Br.parseDocument;Z.stringify=Br.stringify;Z.visit=ql.visit;Z.visitAsync=ql.visitAsync});u();u();var Oe=require("node:fs"),xn=Re(require("node:path"));u();u();function Js(e,n=1e3){let t=new Map,r=new Map,i=[];for(let o of e){let s=(t.get(o.rule)??0)+1;t.set(o.rule,s),s<=n?i.push(o):r.has(o.rule)||r.set(o.rule,o)}if(r.size===0)return e;for(let[o,s]of r){let a=t.get(o)-n;i.push({rule:o,severity:s.severity,message:`${a} more \`${o}\` finding${a===1?"":"s"} in this file (only the first ${n} are listed; this is the next one).`,range:s.range,span:s.span})}return i.sort((o,s)=>o.span.start-s.span.start||o.span.end-s.span.end)}u();var ve=Re($t());u();u();var xt=["virality","universality","ahaMoment","habitLoop","friction","expansion"],dn=["virality","universality","ahaMoment","habitLoop"];function Zl(e){if(!e)return{recommendation:"unclassified",reasons:[]};let n=dn.filter(r=>e[r]===!0),t=[];return e.friction===!0&&t.push("friction"),e.expansion===!0&&t.push("expansion"),n.length>0?t.length>0?{recommendation:"free-limited",reasons:[...n,...t]}:{recommendation:"free",reasons:n}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function Fr(e){if(e==="free"||e==="free-limited")return"free";if(e==="paid")return"paid"}function Bl(e,n){let t=Fr(e);return t!==void 0&&n!==null&&t!==n}u();var j=Re($t()),Ge=200,fy=2e5;function jl(e){let n=py(e);if(!n.doc)return{...n,plain:void 0,syntaxError:!0};try{return{...n,plain:xy(n.doc,n.doc.contents),syntaxError:!1}}catch(t){if(!(t instanceof In))throw t;let r=t.node?.range,i={message:t.message,span:r?{start:r[0],end:r[1]}:{start:0,end:0}};return{...n,doc:void 0,problems:[i],plain:void 0,syntaxError:!0}}}function py(e){let n=new j.LineCounter;n.addNewLine(0);for(let a=e.indexOf(`
`);a>=0;a=e.indexOf(`
`,a+1))n.addNewLine(a+1);let t=[],r=e.indexOf("\0");if(r>=0)return t.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:r,end:r+1}}),{text:e,doc:void 0,lineCounter:n,problems:t};let i=e.indexOf("\r");if(i>=0&&!e.includes(`
`)&&i<e.length-1)return t.push({message:"The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.",span:{start:i,end:i+1}}),{text:e,doc:void 0,lineCounter:n,problems:t};let o=wy(e)??vy(e);if(o)return t.push(o),{text:e,doc:void 0,lineCounter:n,problems:t};let s;try{s=(0,j.parseDocument)(e,{prettyErrors:!1,uniqueKeys:!1,keepSourceTokens:!1})}catch(a){return t.push({message:`The YAML parser gave up: ${a.message}`,span:{start:0,end:0}}),{text:e,doc:void 0,lineCounter:n,problems:t}}for(let a of s.errors){let l=Math.min(a.pos[0],e.length),c=Math.min(Math.max(a.pos[0],a.pos[1]),e.length);if(/call stack/i.test(a.message)){t.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:l,end:c}});break}if(a.code==="MULTIPLE_DOCS"){t.push({message:"A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.",span:{start:l,end:c}});continue}let d=(a.code==="MISSING_CHAR"||a.code==="BAD_INDENT")&&/must be sufficiently indented and end with a [}\]]/.test(a.message)?yy(e,l):void 0;if(d!==void 0){t.push({message:`This \`${e[d]}\` is never closed: end the ${e[d]==="{"?"map with `}`":"list with `]`"} (a flow collection written over several lines must be indented more than its key).`,span:{start:d,end:d+1}});continue}t.push({message:gy(a.message),span:{start:l,end:c}})}return t.length===0&&t.push(...hy(s)),{text:e,doc:t.length?void 0:s,lineCounter:n,problems:t}}var jr=100;function hy(e){let n=[],t=[e.contents];for(;t.length;){let o=t.pop();if((0,j.isMap)(o)){let s=new Set;for(let a of o.items){let l=a.key;if((0,j.isScalar)(l)){let c=`${typeof l.value}:${String(l.value)}`;s.has(c)?n.push(a):s.add(c)}t.push(a.value)}}else if((0,j.isSeq)(o))for(let s of o.items)t.push(s)}let r=o=>{let s=o.key.range;return s?{start:s[0],end:s[1]}:{start:0,end:0}};n.sort((o,s)=>r(o).start-r(s).start);let i=n.slice(0,jr).map(o=>({message:`Duplicate key "${my(String(o.key.value))}": a key may appear only once in a map; remove or rename this one.`,span:r(o)}));return n.length>jr&&i.push({message:`${n.length-jr} more duplicate keys are not listed.`,span:r(n[jr])}),i}function my(e,n=60){return e.length>n?`${e.slice(0,n)}\u2026`:e}function gy(e){return(e.split(`
`)[0]??e).replace(/ at line \d+, column \d+:?$/,"")}function yy(e,n){let t=[],r=0;for(let i=0;i<n;i++){let o=e.charCodeAt(i);if(r){r===34&&o===92?i++:o===r&&(r=0);continue}if(o===35&&(i===0||/\s/.test(e[i-1]))){let s=e.indexOf(`
`,i);if(s<0)break;i=s}else(o===34||o===39)&&t.length>0?r=o:o===123||o===91?t.push(i):(o===125||o===93)&&t.length&&t.pop()}return t.length?t[t.length-1]:void 0}function wy(e){let n=0,t=!1,r=!1,i=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||e.charCodeAt(o-1)===32||e.charCodeAt(o-1)===9))i=!0;else if(s===34&&n>0)r=!0;else if(s===91||s===123){if(n++,n>Ge)return by(e)}else(s===93||s===125)&&n>0&&n--}}}function by(e){let n=0,t=0;for(let r of new j.Lexer().lex(e)){if(r==="["||r==="{"){if(++n>Ge)return{message:`Nesting deeper than ${Ge} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&n>0&&n--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function vy(e){let n=!1;for(let t=0;t<e.length&&!n;){let r=t;for(;e.charCodeAt(r)===32;)r++;let i=r-t;for(;;){let s=e.charCodeAt(r),a=e.charCodeAt(r+1);if((s===45||s===63)&&(a===32||a===9))for(i++,r+=2;e.charCodeAt(r)===32||e.charCodeAt(r)===9;)r++;else break}i+2>Ge&&(n=!0);let o=e.indexOf(`
`,r);t=o<0?e.length:o+1}return n?ky(e):void 0}function ky(e){let n=[];for(let t of new j.Parser().parse(e))n.push([t,0]);for(n.reverse();n.length;){let[t,r]=n.pop();if(!t||typeof t!="object")continue;let i=t;if(i.type==="document"){n.push([i.value,r]);continue}if(i.type==="block-map"||i.type==="block-seq"||i.type==="flow-collection"){if(r+1>Ge){let o=Math.min(i.offset??0,e.length);return{message:`Nesting deeper than ${Ge} levels: a packaging file never needs this, so the file is not read further.`,span:{start:o,end:Math.min(o+1,e.length)}}}for(let o of[...i.items??[]].reverse())n.push([o.value,r+1]),n.push([o.key,r+1])}}}function Ul(e,n){let t=e.linePos(n.start),r=e.linePos(n.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function pn(e,n){if((0,j.isMap)(e)){for(let t of e.items)if((0,j.isScalar)(t.key)?String(t.key.value)===n:t.key!=null&&String(t.key)===n)return t}}function W(e,n){return pn(e,n)?.value??void 0}var Fl=new WeakMap;function fn(e,n){let t=Fl.get(e);if(!t){let r=new Map,i=new Map;(0,j.visit)(e,{Node:(o,s)=>{if((0,j.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,Fl.set(e,t)}return t.get(n)}function $y(e){return typeof e=="object"&&e!==null?JSON.stringify(e):String(e)}var St=class{constructor(n){this.literal=n}},In=class extends Error{constructor(t,r){super(t);this.node=r}};function xy(e,n){let t=fy,r=(i,o,s=!1)=>{if(s&&--t<0)throw new In("Aliases expand to too many nodes (an alias bomb?).",i);if(o>Ge)throw new In(`Nesting deeper than ${Ge} levels.`,i);if((0,j.isAlias)(i)){let a=fn(e,i);if(!a)throw new In(`Unresolved alias *${i.source}.`,i);return r(a,o+1,!0)}if((0,j.isScalar)(i))return i.value===0&&i.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(i.source??"")?new St(String(i.source)):i.value;if((0,j.isMap)(i)){let a=Object.create(null);for(let l of i.items){let c=(0,j.isAlias)(l.key)?fn(e,l.key):l.key,d=(0,j.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(a,$y(d),{value:r(l.value,o+1,s),enumerable:!0,writable:!0,configurable:!0})}return a}return(0,j.isSeq)(i)?i.items.map(a=>r(a,o+1,s)):i==null?null:void 0};return r(n,0)}u();u();u();u();function ns(e){let n=Object.values(e).filter(r=>typeof r=="number");return Object.entries(e).filter(([r,i])=>n.indexOf(+r)===-1).map(([r,i])=>i)}function Wl(e,n){return typeof n=="bigint"?n.toString():n}var es=class{constructor(n){this._getter=n,this._value=void 0}get value(){let n=this._getter;return n!==void 0&&(this._value=n(),this._getter=void 0),this._value}};function Kl(e){return new es(e)}function Gl(e){return e==null}function ts(e){let n=e.startsWith("^")?1:0,t=e.endsWith("$")?e.length-1:e.length;return e.slice(n,t)}function Vl(e,n,t){Object.defineProperty(e,n,{value:t,writable:!0,enumerable:!0,configurable:!0})}var rs="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Ur(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Yl(e){if(Ur(e)===!1)return!1;let n=e.constructor;if(n===void 0||typeof n!="function")return!0;let t=n.prototype;return!(Ur(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var Hl=new Set(["string","number","symbol"]);function At(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Pt(e,n,t){let r=new e._zod.constr(n??e._zod.def);return(!n||t?.parent)&&(r._zod.parent=e),r}function J(e){let n=e;if(!n)return{};if(typeof n=="string")return{error:()=>n};if(n?.message!==void 0){if(n?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");n.error=n.message}return delete n.message,typeof n.error=="string"?{...n,error:()=>n.error}:n}function Jl(e){return Object.keys(e).filter(n=>e[n]._zod.optin!==void 0&&e[n]._zod.optout==="optional")}var Xl={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function Ne(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue!==!0)return!0;return!1}function Ql(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue===!1)return!0;return!1}function Ye(e,n){return n.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(e),t})}function _t(e){return typeof e=="string"?e:e?.message}function is(e){let n=[];for(let t of e??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&n.push([i,t])}return n}function Wr(e,n,t){var r;for(let i=n;i<e.length;i++)(r=e[i]).schema??(r.schema=t)}function Ce(e,n,t){var r;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:_t(e.inst?._zod.def?.error?.(e))??_t(o?.(e))??_t(n?.error?.(e))??_t(t.customError?.(e))??_t(t.localeError?.(e))??"Invalid input",a={};for(let l of Object.keys(e))l==="inst"||l==="schema"||l==="continue"||l==="input"||l==="__proto__"||(a[l]=e[l]);return a.path??(a.path=[]),a.message=s,n?.reportInput&&(a.input=e.input),a}var Sy=/[\uD800-\uDBFF]/;function eu(e){let n=e.length;if(!Sy.test(e))return n;let t=n;for(let r=0;r<n-1;r++)(e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function nu(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function Kr(...e){let[n,t,r]=e;return typeof n=="string"?{message:n,code:"custom",input:t,inst:r}:{...n}}function tu(e,n){for(let t in n){let r=Object.getOwnPropertyDescriptor(n,t);r.get?Object.defineProperty(e,t,{...r,enumerable:!1}):_y(e,t,r.value)}}function hn(e,n,t,r=!0){return Object.defineProperty(e,n,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function os(e,n,t){return hn(e,n,t,!1)}function _y(e,n,t){Object.defineProperty(e,n,{configurable:!0,get(){return this==null?t:hn(this,n,t.bind(this))},set(r){hn(this,n,r)}})}function Ay(e,n){let t=Object.getPrototypeOf(e);return n in t?void 0:t}var Qo,Ve=!1,Py={configurable:!0,get(){Ve=!0}};function we(e,n,t){let r=Object.getPrototypeOf(e._zod);if(n in r&&Qo!==e._zod){Qo=void 0;return}Qo=e._zod,Object.defineProperty(r,n,{configurable:!0,get(){Object.defineProperty(this,n,Py);let i=Ve;Ve=!1;try{let o=t(this);return Ve?delete this[n]:Object.defineProperty(this,n,{configurable:!0,writable:!0,value:o}),Ve=Ve||i,o}catch(o){throw delete this[n],Ve=Ve||i,o}},set(i){Object.defineProperty(this,n,{configurable:!0,writable:!0,value:i})}})}function ru(e,n,t,r){let i=Ay(e,n);i&&Object.defineProperty(i,n,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,n,o),o.value=t(this),Object.defineProperty(this,n,o),o.value},set(o){Object.defineProperty(this,n,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var iu;var ss={value:void 0,enumerable:!1},ou="captureStackTrace"in Error?Error:null;function Oy(e){let n=ou;if(n){let t=n.stackTraceLimit;if(typeof t=="number"){try{n.stackTraceLimit=0}catch{return ou=null,new e}try{return new e}finally{n.stackTraceLimit=t}}}return new e}function I(e,n,t,r){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function l(f,h){if(f._zod){if(f._zod.traits.has(e))return}else{ss.value=new o(h);try{Object.defineProperty(f,"_zod",ss)}finally{ss.value=void 0}}if(f._zod.traits.add(e),n(f,h),a){let m=Object.getPrototypeOf(f),w=f._zod.constr.prototype,k=m;for(;k&&k!==w;)k=Object.getPrototypeOf(k);let S=k??m;a.has(S)||(a.add(S),tu(S,s))}let y=p.prototype;for(let m in y)Object.prototype.hasOwnProperty.call(y,m)&&(m in f||(f[m]=y[m].bind(f)))}let c=r?.Parent??Object;class d extends c{}Object.defineProperty(d,"name",{value:e});function p(f){let h=r?.Parent?Oy(d):this;l(h,f);let y=h._zod.deferred;if(y){for(let w of y)w();h._zod.deferred=void 0}let m=globalThis.__zod_globalConfig?.postProcessor;return m&&m(h),h}return Object.defineProperty(p,"init",{value:l}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>r?.Parent&&f instanceof r.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var Te=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(iu=globalThis).__zod_globalConfig??(iu.__zod_globalConfig={});var Rn=globalThis.__zod_globalConfig;function _e(e){return e&&Object.assign(Rn,e),Rn}u();u();function My(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,Wl,2)),e.message}function zy(e){this._zod.message=e}var Ny={get:My,set:zy,enumerable:!0,configurable:!0},cs={value:void 0,enumerable:!1},su=new WeakSet([Object.prototype,Error.prototype]),au=(e,n)=>{e.name="$ZodError",cs.value=n,Object.defineProperty(e,"issues",cs),cs.value=void 0,Object.defineProperty(e,"message",Ny);let t=Object.getPrototypeOf(e);su.has(t)||(su.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},b$=I("$ZodError",au),Ot=I("$ZodError",au,void 0,{Parent:Error});var Ty=e=>{let n=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new Te;if(a.issues.length){let l=new(o?.Err??e)(a.issues.map(c=>Ce(c,s,_e())));throw rs(l,o?.callee??n),l}return a.value};return n},ls=Ty(Ot),Ey=e=>{let n=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let l=new(o?.Err??e)(a.issues.map(c=>Ce(c,s,_e())));throw rs(l,o?.callee??n),l}return a.value};return n},us=Ey(Ot),Iy=e=>(n,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=n._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new Te;return o.issues.length?cu(e,o.issues,i):{success:!0,data:o.value}},ds=Iy(Ot);function cu(e,n,t){let r;return{success:!1,get error(){return r||(r=new e(n.map(i=>Ce(i,t,_e()))),n=void 0,t=void 0),r},set error(i){r=i,n=void 0,t=void 0}}}var Ry=e=>async(n,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=n._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?cu(e,o.issues,i):{success:!0,data:o.value}},fs=Ry(Ot);u();u();u();var lu=/^[\s\S]{0,}$/;var ps=/^-?\d+(?:\.\d+)?$/,uu=/^(?:true|false)$/i;var Je=I("$ZodCheck",(e,n)=>{var t;e._zod??(e._zod={}),e._zod.def=n,(t=e._zod).onattach??(t.onattach=[])});var Ly=e=>{let n=e.value;return!Gl(n)&&n.length!==void 0},du={number:"number",bigint:"bigint",object:"date"};var ms=I("$ZodCheckGreaterThan",(e,n)=>{Je.init(e,n);let t=du[typeof n.value];e._zod.check=r=>{(n.inclusive?r.value>=n.value:r.value>n.value)||r.issues.push({origin:du[typeof r.value]??t,code:"too_small",minimum:typeof n.value=="object"?n.value.getTime():n.value,input:r.value,inclusive:n.inclusive,inst:e,continue:!n.abort})}});var fu=I("$ZodCheckNumberFormat",(e,n)=>{Je.init(e,n),n.format=n.format||"float64";let t=n.format?.includes("int"),r=t?"int":"number",[i,o]=Xl[n.format];e._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:n.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!n.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!n.abort})}});var pu=I("$ZodCheckMinLength",(e,n)=>{var t;Je.init(e,n),(t=e._zod.def).when??(t.when=Ly),e._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=n.minimum&&o<n.minimum*2?eu(i):o)>=n.minimum)return;let a=nu(i);r.issues.push({origin:a,code:"too_small",minimum:n.minimum,inclusive:!0,input:i,inst:e,continue:!n.abort})}});var hu=I("$ZodCheckStringFormat",(e,n)=>{var t,r;Je.init(e,n),n.pattern?(t=e._zod).check??(t.check=i=>{n.pattern.lastIndex=0,!n.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:n.format,input:i.value,...n.pattern?{pattern:n.pattern.toString()}:{},inst:e,continue:!n.abort})}):(r=e._zod).check??(r.check=()=>{})}),mu=I("$ZodCheckRegex",(e,n)=>{hu.init(e,n),e._zod.check=t=>{n.pattern.lastIndex=0,!n.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:n.pattern.toString(),inst:e,continue:!n.abort})}});u();var yu={major:4,minor:6,patch:7};var fe=I("$ZodType",(e,n)=>{var t;e??(e={}),e._zod.def=n,e._zod.bag=e._zod.bag||{},e._zod.version=yu;let r=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,l,c)=>{if(a.memo)return a;let d=Ne(a),p;for(let f of l){if(f._zod.def.when){if(Ql(a)||!f._zod.def.when(a))continue}else if(d)continue;let h=a.issues.length,y=f._zod.check(a);if(y instanceof Promise&&c?.async===!1)throw new Te;if(p||y instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await y,a.issues.length!==h&&(Wr(a.issues,h,e),d||(d=Ne(a,h)))});else{if(a.issues.length===h)continue;Wr(a.issues,h,e),d||(d=Ne(a,h))}}return p?p.then(()=>a):a},s=(a,l,c)=>{if(Ne(a))return a.aborted=!0,a;let d=o(l,i,c);if(d instanceof Promise){if(c.async===!1)throw new Te;return d.then(p=>e._zod.parse(p,c))}return e._zod.parse(d,c)};e._zod.run=(a,l)=>{if(l.skipChecks)return e._zod.parse(a,l);if(l.direction==="backward"){let d=e._zod.parse({value:a.value,issues:[]},{...l,skipChecks:!0});return d instanceof Promise?d.then(p=>s(p,a,l)):s(d,a,l)}let c=e._zod.parse(a,l);if(c instanceof Promise){if(l.async===!1)throw new Te;return c.then(d=>o(d,i,l))}return o(c,i,l)}}},{get"~standard"(){return os(this,"~standard",qy(this))},set"~standard"(e){hn(this,"~standard",e)}}),ku=(e,n)=>e.issues.length?{issues:e.issues.map(t=>Ce(t,n,_e()))}:{value:e.value};async function Dy(e,n){let t={async:!0};return ku(await e._zod.run({value:n,issues:[]},t),t)}function qy(e){return{validate:n=>{let t={async:!1};try{let r=e._zod.run({value:n,issues:[]},t);if(!(r instanceof Promise))return ku(r,t)}catch{}return Dy(e,n)},vendor:"zod",version:1}}var $u=I("$ZodString",(e,n)=>{fe.init(e,n),e._zod.pattern=n.pattern??lu,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:e}),t}});var gs=I("$ZodNumber",(e,n)=>{fe.init(e,n),e._zod.pattern=ps,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),t}}),xu=I("$ZodNumberFormat",(e,n)=>{fu.init(e,n),gs.init(e,n)}),Su=I("$ZodBoolean",(e,n)=>{fe.init(e,n),e._zod.pattern=uu,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),t}});var _u=I("$ZodNever",(e,n)=>{fe.init(e,n),e._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)});function Zy(e,n){let t=is(e._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=n(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[l,c]of is(e._zod.def.checks))if(a>l&&c._zod.def.when(o)){let d=o.issues.length;return c._zod.check(o),o.issues[d].continue=!1,Wr(o.issues,d,e),o}}return i(o,s)}}var By=e=>Array.isArray(e)?e.length:-1;function wu(e,n,t){e.issues.length&&n.issues.push(...Ye(t,e.issues)),n.value[t]=e.value}var Au=I("$ZodArray",(e,n)=>{fe.init(e,n);let t=Rn.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),r;r.value=t?t.alloc(e,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let l=0;l<o.length;l++){let c=o[l],d=n.element._zod.run({value:c,issues:[]},i);if(d instanceof Promise)s.push(d.then(p=>wu(p,r,l)));else if(wu(d,r,l),a&&d.issues.length!==0&&Ne(d))break}return s.length?Promise.all(s).then(()=>r):r},Zy(e,By)});function Gr(e,n,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;n.issues.push(...Ye(t,e.issues))}if(!s&&i===void 0){e.issues.length||n.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(n.value[t]=void 0):n.value[t]=e.value}}var Fy=[];function jy(e){let n=Object.keys(e.shape),t=Object.getOwnPropertySymbols(e.shape),r=t.length?t:Fy,i=r.length?[...n,...r]:n;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Jl(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(n),numKeys:n.length,optionalKeys:new Set(o)}}function Uy(e,n,t,r,i,o,s){let a=[],l=i.keySet,c=i.catchall._zod,d=c.def.type,p=c.optin,f=c.optout,h=0;for(let y in n){if(s&&t.issues.length!==h){if(Ne(t,h))break;h=t.issues.length}if(l.has(y))continue;if(y==="__proto__"){d==="never"&&a.push(y);continue}if(d==="never"){a.push(y);continue}let m=c.run({value:n[y],issues:[]},r);m instanceof Promise?e.push(m.then(w=>Gr(w,t,y,n,p,f))):Gr(m,t,y,n,p,f)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:n,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>t):t}var Pu=I("$ZodObject",(e,n)=>{fe.init(e,n);let t=Object.getOwnPropertyDescriptor(n,"shape"),r=t?.get?t.get.raw:n.shape??{};if(r){let c=()=>{let d={...r};return Object.defineProperty(n,"shape",{value:d}),c.raw=d,d};c.raw=r,Object.defineProperty(n,"shape",{get:c})}let i=Kl(()=>jy(n));we(e,"propValues",c=>{let d=c.def.shape,p={};for(let f in d){let h=d[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||Vl(p,f,new Set);for(let y of h.values)p[f].add(y);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=Ur,s=n.catchall,a,l=Rn.memoizer;l?.attach(e),e._zod.parse=(c,d)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),c;c.value=l?l.alloc(e,c,{},d):{};let f=[],h=a.shape,y=d?.abortEarly,m=c.issues.length;for(let w of a.allKeys){if(y&&c.issues.length!==m){if(Ne(c,m))break;m=c.issues.length}if(w==="__proto__")continue;let k=h[w],S=k._zod.optin,P=k._zod.optout,$=k._zod.run({value:p[w],issues:[]},d);$ instanceof Promise?f.push($.then(O=>Gr(O,c,w,p,S,P))):Gr($,c,w,p,S,P)}return s?Uy(f,p,c,d,i.value,e,y===!0):f.length?Promise.all(f).then(()=>c):c}});function bu(e,n,t,r){for(let o of e)if(o.issues.length===0)return n.value=o.value,n;let i=e.filter(o=>!Ne(o));return i.length===1?(n.value=i[0].value,i[0]):(n.issues.push({code:"invalid_union",input:n.value,inst:t,errors:e.map(o=>o.issues.map(s=>Ce(s,r,_e())))}),n)}var Ou=I("$ZodUnion",(e,n)=>{fe.init(e,n),we(e,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),we(e,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),we(e,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),we(e,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>ts(o.source)).join("|")})$`)}});let t=n.options.length===1?n.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of n.options){let l=a._zod.run({value:r.value,issues:[]},i);if(l instanceof Promise)s.push(l),o=!0;else{if(l.issues.length===0)return l;s.push(l)}}return o?Promise.all(s).then(a=>bu(a,r,e,i)):bu(s,r,e,i)}});var Mu=I("$ZodRecord",(e,n)=>{fe.init(e,n);let t=Rn.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Yl(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),r;let s=[],a=n.keyType._zod.values;if(a&&!n.partial){r.value=t?t.alloc(e,r,{},i):{};let l=new Set;for(let d of a)if(typeof d=="string"||typeof d=="number"||typeof d=="symbol"){if(l.add(typeof d=="number"?d.toString():d),d==="__proto__")continue;let p=n.keyType._zod.run({value:d,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(y=>Ce(y,i,_e())),input:d,path:[d],inst:e});continue}let f=p.value;if(f==="__proto__")continue;let h=n.valueType._zod.run({value:o[d],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&r.issues.push(...Ye(d,y.issues)),r.value[f]=y.value})):(h.issues.length&&r.issues.push(...Ye(d,h.issues)),r.value[f]=h.value)}let c;for(let d in o)if(!l.has(d))if(n.mode==="loose"){if(d==="__proto__")continue;r.value[d]=o[d]}else c=c??[],c.push(d);c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{r.value=t?t.alloc(e,r,{},i):{};let l;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let d=n.keyType._zod.run({value:c,issues:[]},i);if(d instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&ps.test(c)&&d.issues.length){let y=n.keyType._zod.run({value:Number(c),issues:[]},i);if(y instanceof Promise)throw new Error("Async schemas not supported in object keys currently");y.issues.length===0&&(d=y)}if(d.issues.length){n.mode==="loose"?r.value[c]=o[c]:a?(l=l??[],l.push(c)):r.issues.push({code:"invalid_key",origin:"record",issues:d.issues.map(y=>Ce(y,i,_e())),input:c,path:[c],inst:e});continue}let f=d.value;if(f==="__proto__")continue;let h=n.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(y=>{y.issues.length&&r.issues.push(...Ye(c,y.issues)),r.value[f]=y.value})):(h.issues.length&&r.issues.push(...Ye(c,h.issues)),r.value[f]=h.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:l,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var zu=I("$ZodEnum",(e,n)=>{fe.init(e,n);let t=ns(n.entries),r=new Set(t);e._zod.values=r,we(e,"pattern",i=>{let o=ns(i.def.entries).filter(s=>Hl.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>At(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:e}),i}}),Nu=I("$ZodLiteral",(e,n)=>{fe.init(e,n);let t=new Set(n.values);e._zod.values=t,we(e,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?At(o):o?At(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:n.values,input:o,inst:e}),r}});function vu(e,n){return e.value=n.issues.length?void 0:n.value,e}var Cu=I("$ZodOptional",(e,n)=>{fe.init(e,n),we(e,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",we(e,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),we(e,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${ts(r.source)})?$`):void 0}),e._zod.parse=(t,r)=>{if(t.value===void 0){if(n.innerType._zod.optin!=="defaulted")return t;let i=n.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>vu(t,o)):vu(t,i)}return n.innerType._zod.run(t,r)}});u();var Tu;var ys=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(n,...t){let r=t[0];return this._map.set(n,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,n),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(n){let t=this._map.get(n);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(n),this}get(n){let t=n._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(n)};return Object.keys(i).length?i:void 0}return this._map.get(n)}has(n){return this._map.has(n)}};function Eu(){return new ys}(Tu=globalThis).__zod_globalRegistry??(Tu.__zod_globalRegistry=Eu());var Ln=globalThis.__zod_globalRegistry;u();function Iu(e){return e.checks&&(e.checks=[...e.checks]),e}function Ru(e,n){return new e(Iu({type:"string",...J(n)}))}function Lu(e,n){return new e(Iu({type:"number",checks:[],...J(n)}))}function Du(e,n){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...J(n)})}function qu(e,n){return new e({type:"boolean",...J(n)})}function Zu(e,n){return new e({type:"never",...J(n)})}function Bu(e,n){return new ms({check:"greater_than",...J(n),value:e,inclusive:!1})}function Dn(e,n){return new ms({check:"greater_than",...J(n),value:e,inclusive:!0})}function ws(e){return Bu(0,e)}function Vr(e,n){return new pu({check:"min_length",...J(n),minimum:e})}function Mt(e,n){return new mu({check:"string_format",format:"regex",...J(n),pattern:e})}function Fu(e,n){let t=Ky(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(Kr(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(Kr(o))}},e(r.value,r)),n);return t}function Ky(e,n){let t=new Je({check:"custom",...J(n)});return t._zod.check=e,t}u();u();var be=I("ZodMiniType",(e,n)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");fe.init(e,n),e.def=n,e.type=n.type},{get with(){return this.check},set with(e){hn(this,"with",e)},parse(e,n){return ls(this,e,n,{callee:this.parse})},parseAsync(e,n){return us(this,e,n,{callee:this.parseAsync})},safeParse(e,n){return ds(this,e,n)},safeParseAsync(e,n){return fs(this,e,n)},check(...e){let n=this.def;return this.clone({...n,checks:[...n.checks??[],...e.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(e,n){return Pt(this,e,n)},brand(){return this},register(e,n){return e.add(this,n),this},apply(e,...n){return n.length===0?e(this):e(this,...n)}}),Yy=I("ZodMiniString",(e,n)=>{$u.init(e,n),be.init(e,n)});function Q(e){return Ru(Yy,e)}var Uu=I("ZodMiniNumber",(e,n)=>{gs.init(e,n),be.init(e,n)});function bs(e){return Lu(Uu,e)}var Hy=I("ZodMiniNumberFormat",(e,n)=>{xu.init(e,n),Uu.init(e,n)});function vs(e){return Du(Hy,e)}var Jy=I("ZodMiniBoolean",(e,n)=>{Su.init(e,n),be.init(e,n)});function Xe(e){return qu(Jy,e)}var Xy=I("ZodMiniNever",(e,n)=>{_u.init(e,n),be.init(e,n)});function Qy(e){return Zu(Xy,e)}var ew=I("ZodMiniArray",(e,n)=>{Au.init(e,n),be.init(e,n)});function mn(e,n){return new ew({type:"array",element:e,...J(n)})}var nw=I("ZodMiniObject",(e,n)=>{Pu.init(e,n),be.init(e,n),ru(e,"shape",t=>t._zod.def.shape,!1)});function Ae(e,n){return new nw({type:"object",shape:e,catchall:Qy(),...J(n)})}var tw=I("ZodMiniUnion",(e,n)=>{Ou.init(e,n),be.init(e,n)});function ks(e,n){return new tw({type:"union",options:e,...J(n)})}var ju=I("ZodMiniRecord",(e,n)=>{Mu.init(e,n),be.init(e,n)});function Wu(e,n,t){return!n||!n._zod?new ju({type:"record",keyType:Q(),valueType:e,...J(n)}):new ju({type:"record",keyType:e,valueType:n,...J(t)})}var rw=I("ZodMiniEnum",(e,n)=>{zu.init(e,n),be.init(e,n),e.options=[...e._zod.values]});function le(e,n){let t=Array.isArray(e)?Object.fromEntries(e.map(r=>[r,r])):e;return new rw({type:"enum",entries:t,...J(n)})}var iw=I("ZodMiniLiteral",(e,n)=>{Nu.init(e,n),be.init(e,n)});function zt(e,n){return new iw({type:"literal",values:Array.isArray(e)?e:[e],...J(n)})}var ow=I("ZodMiniOptional",(e,n)=>{Cu.init(e,n),be.init(e,n)});function gn(e){return new ow({type:"optional",innerType:e})}function Yr(e,n){return Fu(e,n)}u();var Nt=/^[a-z][a-z0-9-]*$/;function ie(e,n){return Ln.add(e,{description:n}),e}var L=(e,n)=>gn(ie(e,n)),$s=e=>ie(Q().check(Mt(Nt,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${e} id: lowercase letters, digits and dashes, starting with a letter`),Ku=["product-led","marketing-led","sales-led"],cw=["self-serve","product-led-sales","sales-led"],lw=["one-to-many","single-player"],uw=["freemium","trial","freemium-and-trial","none"],dw=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],Hr=["error","warning","info","off"],Jr=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan","non-monotonic-limit","non-monotonic-price","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","no-upgrade-trigger","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],qn=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan"],Ct=Jr.filter(e=>e!=="unused-accept"&&!qn.includes(e)),fw=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],Gu=["seat","workspace","account","usage"],Vu=["month","year"],pw=e=>ie(Q().check(Mt(/\S/,{error:"must not be empty"})),e),hw=ie(Ae({name:ie(Q().check(Vr(1)),"The product name"),url:L(Q(),"The product web site")}),"The product this file packages"),mw=ie(Ae({acquisition:L(le(Ku),"How users find the product (default product-led)"),retention:L(le(Ku),"What keeps users coming back (default product-led)"),monetization:L(le(cw),"How revenue is collected (default self-serve)"),relationship:L(le(lw),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:L(le(uw),"The free offer (default freemium)"),trialDays:L(vs().check(ws()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:L(mn(le(dw)),"Why there is a free offer at all"),qualifiedBy:L(mn(le(fw)),"The product signals that qualify an account for sales (product-qualified leads)")}).check(Yr((e,n)=>{typeof e.trialDays=="number"&&e.freeOffer!=="trial"&&e.freeOffer!=="freemium-and-trial"&&n.addIssue({code:"custom",path:["trialDays"],input:e.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${e.freeOffer??"freemium, the default"})`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Yu=ie(ks([bs().check(Dn(0)),zt("contact-sales")]),"A number >= 0, or contact-sales"),gw=ie(Ae({id:$s("Plan"),name:L(Q(),"Display name (default: id)"),price:Yu,per:L(le(Gu),"What the price is per"),period:L(le(Vu),"Billing period"),minSeats:L(vs().check(Dn(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:L(Xe(),"Bought through sales even when it has a list price")}).check(Yr((e,n)=>{typeof e.minSeats=="number"&&e.per!=="seat"&&n.addIssue({code:"custom",path:["minSeats"],input:e.minSeats,message:`minSeats only goes with per: seat (per is ${e.per??"not written"})`}),e.salesAssisted===!0&&e.price===0&&n.addIssue({code:"custom",path:["salesAssisted"],input:e.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A plan; plans are ordered from lowest to highest"),yw=ie(Ae({id:$s("Add-on"),name:L(Q(),"Display name (default: id)"),price:Yu,per:L(le(Gu),"What the price is per"),period:L(le(Vu),"Billing period"),from:L(Q(),"The lowest plan that can buy it (default: the lowest plan)")}),"An add-on, sold on top of a plan"),ww=ie(ks([bs().check(Dn(0)),zt("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),Hu=e=>L(Ae(Object.fromEntries(Ct.map(n=>[n,gn(pw("Why the team accepts it"))]))),e),bw=ie(Ae({virality:L(Xe(),"Sharing, invites, public output: network effects"),universality:L(Xe(),"Enough for nearly every user, whatever their complexity"),ahaMoment:L(Xe(),"Needed to reach first value"),habitLoop:L(Xe(),"Brings users back: notifications, channels, reminders"),friction:L(Xe(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:L(Xe(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),vw=ie(Ae({id:$s("Feature"),name:L(Q(),"Display name (default: id)"),description:L(Q(),"What the feature does"),category:L(Q(),"Groups rows in the matrix"),plan:L(Q(),"The lowest plan that includes it; every higher plan includes it too"),addOn:L(Q(),"Instead of plan: the add-on this feature comes with"),unit:L(Q(),"What `limits` counts"),limits:L(Wu(Q(),ww),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),signals:gn(bw),status:L(le(["shipped","planned"]),"shipped (default) or planned"),requestedBy:L(mn(Q()),"The customers who asked for it"),rationale:L(Q().check(Mt(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:Hu("Findings on this feature the team accepted: rule id -> reason")}).check(Yr((e,n)=>{let t=e.plan!==void 0&&e.addOn!==void 0;(t||e.plan===void 0&&e.addOn===void 0)&&n.addIssue({code:"custom",path:["id"],input:e.id,message:t?`Feature${typeof e.id=="string"?` "${e.id}"`:""} has both \`plan\` and \`addOn\`: keep exactly one (a feature sold with an add-on has no plan of its own)`:`Feature${typeof e.id=="string"?` "${e.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A feature"),kw=le(Hr),$w=zt("error"),xw=ie(Ae(Object.fromEntries(Jr.map(e=>[e,gn(qn.includes(e)?$w:kw)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),xs=Ae({version:ie(zt(1),"The format version: 1"),product:hw,growth:gn(mw),plans:ie(mn(gw).check(Vr(1)),"The plans, from lowest to highest"),addOns:L(mn(yw),"Add-ons sold on top of a plan"),features:ie(mn(vw),"The features"),accept:Hu("Findings that name no feature, accepted by the team: rule id -> reason"),rules:gn(xw)}).register(Ln,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});var Sw=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy"],Qe=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);function Ss(e,n){for(let t=n.rank+1;t<e.length;t++){let r=e[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var Zn=(e,n)=>e.limits[n]??"unlimited";function Qu(e,n,t){let r=e.contents,i=_=>(0,ve.isAlias)(_)?fn(e,_):_??void 0,o=new Set;for(let _ of t)for(let E=1;E<=Math.min(2,_.path.length);E++)o.add(_.path.slice(0,E).join("\0"));let s=(..._)=>o.has(_.join("\0")),a=_=>{let E=i(W(r,_)),z=n[_];return!(0,ve.isSeq)(E)||!Array.isArray(z)?[]:z.map((B,U)=>({node:i(E.items[U]),plain:B,ok:!s(_,U)}))},l=_=>{let E=Qe(_)?_.id:void 0;return typeof E=="string"&&Nt.test(E)?E:void 0},c=_=>{let E=[];for(let z of _){let B=l(z.plain);B!==void 0&&E.push({id:B,node:i(W(z.node,"id"))})}return E},d=_=>typeof _=="string"?_:void 0,p=a("plans"),f=a("addOns"),h=a("features"),y={plans:c(p),addOns:c(f),features:c(h)},m=s("plans")&&!Array.isArray(n.plans),w=[],k=new Map;p.forEach((_,E)=>{if(m||!_.ok||!_.node||!Qe(_.plain))return;let z=_.plain,B=z.price,U=z.per,F=z.minSeats,K=z.salesAssisted===!0,Y={id:z.id,name:d(z.name)||z.id,price:B,...U!==void 0?{per:U}:{},...z.period!==void 0?{period:z.period}:{},...F!==void 0?{minSeats:F}:{},salesAssisted:K,free:B===0,sales:B==="contact-sales"||K,...typeof B=="number"?{entryPrice:U==="seat"&&F?B*F:B}:{},index:E,rank:w.length,node:_.node,idNode:i(W(_.node,"id")),priceNode:i(W(_.node,"price"))};w.push(Y),k.has(Y.id)||k.set(Y.id,Y)});let S=l(p[0]?.plain),P=[],$=new Map,O=s("addOns")&&!Array.isArray(n.addOns);f.forEach((_,E)=>{if(O||!_.ok||!_.node||!Qe(_.plain))return;let z=_.plain,B=d(z.from)??S??"",U=k.get(B),F=i(W(_.node,"from")),K={id:z.id,name:d(z.name)||z.id,price:z.price,...z.per!==void 0?{per:z.per}:{},...z.period!==void 0?{period:z.period}:{},from:B,...U?{fromPlan:U}:{},index:E,node:_.node,idNode:i(W(_.node,"id")),priceNode:i(W(_.node,"price")),...F&&z.from!==void 0?{fromNode:F}:{}};P.push(K),$.has(K.id)||$.set(K.id,K)});let M=[];h.forEach((_,E)=>{if(!_.ok||!_.node||!Qe(_.plain))return;let z=_.plain,B=z.signals,U=d(z.addOn),F=U!==void 0?$.get(U):void 0,K=U!==void 0?F?.from??"":z.plan,Y=U!==void 0?F?.fromPlan:k.get(K),ke=U!==void 0?F?"paid":null:Y?Y.free?"free":"paid":null,$e=Qe(z.limits)?z.limits:Object.create(null),yi=new Map,Vs=i(W(_.node,"limits"));if((0,ve.isMap)(Vs))for(let me of Vs.items){let Ie=i(me.key);Ie&&Ie.value!==void 0&&!yi.has(String(Ie.value))&&yi.set(String(Ie.value),{...me,value:i(me.value)})}let jt=[];if(Y&&ke==="free")for(let me=Y.rank;me<w.length;me++){let Ie=w[me];Ie.free&&jt.push({plan:Ie,limit:Zn({limits:$e},Ie.id)})}let Ys=Zl(B);M.push({id:z.id,name:d(z.name)||z.id,...z.description!==void 0?{description:z.description}:{},...z.category!==void 0?{category:z.category}:{},plan:K,...U!==void 0?{addOn:U}:{},...F?{addOnModel:F}:{},...z.unit!==void 0?{unit:z.unit}:{},limits:$e,...B?{signals:B}:{},status:z.status??"shipped",...z.requestedBy!==void 0?{requestedBy:z.requestedBy}:{},...z.rationale!==void 0?{rationale:z.rationale}:{},accept:Xu(e,i(W(_.node,"accept")),z.accept),side:ke,...Y?{placement:Y}:{},freeLimits:jt,reachesFree:jt.some(me=>me.limit!==0),walledOnFree:jt.some(me=>typeof me.limit=="number"),recommendation:Ys.recommendation,reasons:Ys.reasons,index:E,node:_.node,idNode:i(W(_.node,"id")),planNode:i(W(_.node,U!==void 0?"addOn":"plan")),...Ju("signalsNode",i(W(_.node,"signals"))),...Ju("requestedByNode",i(W(_.node,"requestedBy"))),limitPairs:yi})});let v=pn(r,"growth"),x=i(v?.value),T=v!==void 0&&!s("growth")&&(0,ve.isMap)(x),R=T&&Qe(n.growth)?n.growth:{},V=new Map,q=[];if(T&&(0,ve.isMap)(x)){for(let E of Sw){let z=i(W(x,E));z&&R[E]!==void 0&&V.set(E,z)}let _=V.get("freemiumGoals");(0,ve.isSeq)(_)&&Array.isArray(R.freemiumGoals)&&_.items.forEach((E,z)=>{let B=i(E);B&&q.push({goal:R.freemiumGoals[z],node:B})})}let ee={acquisition:R.acquisition??"product-led",retention:R.retention??"product-led",monetization:R.monetization??"self-serve",relationship:R.relationship??"one-to-many",freeOffer:R.freeOffer??"freemium",...R.trialDays!==void 0?{trialDays:R.trialDays}:{},...R.freemiumGoals!==void 0?{freemiumGoals:R.freemiumGoals}:{},...R.qualifiedBy!==void 0?{qualifiedBy:R.qualifiedBy}:{},written:V,goalItems:q,...T&&v?{keyNode:v.key}:{}},se=Qe(n.product)?n.product:{},b=w.find(_=>_.free),N=b?Ss(w,b):void 0;return{rootNode:r,...typeof se.name=="string"?{productName:se.name}:{},...typeof se.url=="string"?{productUrl:se.url}:{},plans:w,addOns:P,features:M,growth:ee,hasGrowth:T,planIds:new Set(y.plans.map(_=>_.id)),addOnIds:new Set(y.addOns.map(_=>_.id)),idEntries:y,productLed:ee.acquisition==="product-led"||ee.retention==="product-led",freemium:ee.freeOffer==="freemium"||ee.freeOffer==="freemium-and-trial",planById:k,addOnById:$,...b?{firstFreePlan:b}:{},..._w("lowestPaidPlan",w.find(_=>typeof _.price=="number"&&_.price>0)),...N?{upgradePlan:N}:{},hasSalesPlan:w.some(_=>_.sales),freeSideClassified:M.every(_=>_.side!=="free"||_.signals!==void 0),accept:Xu(e,i(W(r,"accept")),n.accept)}}function Ju(e,n){return n?{[e]:n}:{}}function _w(e,n){return n?{[e]:n}:{}}function Xu(e,n,t){let r=new Map;if(!(0,ve.isMap)(n)||!Qe(t))return r;for(let i of n.items){let o=(0,ve.isAlias)(i.key)?fn(e,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!Ct.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}u();u();var ed={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(e){let n=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}e.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=e.model.idEntries;n(t.plans,"plan",!1),n(t.addOns,"add-on",!1),n(t.features,"feature",!0)}};u();var nd={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(e){let{model:n}=e,t=n.plans;if(t.length<2)return;let r=n.features.filter(l=>l.status==="planned"&&l.placement);if(r.length<2)return;let i=t[t.length-1],o=n.lowestPaidPlan,s=l=>l===i.rank||o!==void 0&&l>o.rank;if(!r.every(l=>s(l.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${e.name(o)}`:e.name(i);e.report({node:e.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};u();u();function td(e){return e.model.features.filter(n=>n.side!==null)}function he(e){return e.model.features.filter(n=>n.side==="free")}var X=(e,n)=>e.signals?.[n]===!0;function Xr(e,n){return n.addOnModel?`the ${e.name(n.addOnModel)} add-on`:n.placement?e.name(n.placement):`"${n.plan}"`}var rd={id:"free-expansion",severity:"info",category:"packaging-test",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(e){let n=e.model.upgradePlan??e.model.lowestPaidPlan;for(let t of he(e)){if(t.recommendation!=="paid"||t.reasons.length!==1||t.reasons[0]!=="expansion"||t.walledOnFree)continue;let r=t.placement;e.report({node:t.planNode,feature:t,message:`${e.name(t)} grows with the value a customer gets (expansion), and ${e.name(r)} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${e.name(r)} under \`limits:\`, or start it on ${n?e.name(n):"a paid plan"}.`,data:{recommendedSide:"paid",...n?{recommendedPlan:n.id}:{}}})}}};u();var id={id:"free-friction",severity:"warning",category:"packaging-test",description:"A feature that creates friction for the growth model is given away free.",check(e){let n=e.model.upgradePlan??e.model.lowestPaidPlan;for(let t of he(e))t.recommendation!=="paid"||!t.reasons.includes("friction")||e.report({node:t.planNode,feature:t,message:`${e.name(t)} creates friction for the growth model and drives no growth signal, yet it is free on ${e.name(t.placement)}. Gate it in ${n?e.name(n):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...n?{recommendedPlan:n.id}:{}}})}};u();var od={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(e){let{model:n}=e,t=n.growth.written.get("freeOffer");!n.hasGrowth||!t||!n.freemium||n.plans.length===0||n.firstFreePlan||e.report({node:t,message:`The free offer is ${n.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};u();var sd={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("freeOffer");!n.hasGrowth||!r||!n.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||e.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};u();u();var _s={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function yn(e){let n=e.map(t=>_s[t]);return n.length<=1?n.join(""):`${n.slice(0,-1).join(", ")} and ${n[n.length-1]}`}var en={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var Aw={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},ad={id:"gated-growth-driver",severity:"warning",category:"packaging-test",description:"A feature that drives growth is gated in a paid plan or an add-on.",check(e){let n=e.model.firstFreePlan;for(let t of td(e)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>dn.includes(a)),i=t.reasons.filter(a=>!dn.includes(a)),o=n?e.name(n):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${yn(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;e.report({node:t.planNode,feature:t,severity:e.model.productLed?"warning":"info",message:`${e.name(t)} drives growth (${yn(r)}) but is gated in ${Xr(e,t)}: ${r.map(a=>Aw[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...n?{recommendedPlan:n.id}:{}}})}}};u();var Pw={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},Ow={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},cd={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(e){let{model:n}=e;if(!n.hasGrowth||n.growth.goalItems.length===0||!n.freeSideClassified)return;let t=n.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of n.growth.goalItems){let s=Pw[i];!s||r.has(i)||(r.add(i),!t.some(a=>X(a,s.signal))&&e.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${Ow[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};u();var Mw=["universality","ahaMoment","habitLoop"],ld={id:"growth-wall",severity:"warning",category:"packaging-test",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(e){for(let n of he(e)){if(X(n,"virality")||n.reachesFree)continue;let t=Mw.filter(i=>X(n,i));if(t.length===0)continue;let r=n.freeLimits.find(i=>i.limit===0);r&&e.report({node:n.limitPairs.get(r.plan.id)?.value,feature:n,message:`${e.name(n)} drives growth (${yn(t)}), but ${e.name(r.plan)} allows 0 ${n.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};u();var ud={id:"limit-outside-plan",severity:"error",category:"structure",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(e){for(let n of e.model.features){let t=n.placement;if(t)for(let[r,i]of n.limitPairs){let o=e.model.planById.get(r);!o||o.rank>=t.rank||e.report({node:i.key,feature:n,message:`${e.name(n)} starts on ${Xr(e,n)}${n.addOnModel?` (from ${e.name(t)})`:""}, so ${e.name(o)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${e.name(o)}.`})}}}};u();var dd={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(e){if(e.topKey("growth"))return;let n=e.topKey("version");e.report({node:n,...n?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};u();var fd={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&X(r,"ahaMoment"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};u();var pd={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&X(r,"habitLoop"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};u();var hd={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(e){let n=e.model.growth,t=n.written.get("freeOffer");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.freeOffer!=="none"||e.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};u();var md={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(e){let n=e.model.growth.monetization;n!=="self-serve"&&n!=="product-led-sales"||e.model.plans.length!==0&&(e.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||e.report({node:e.topKey("plans"),message:`Monetization is ${n}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};u();var gd={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(e){let{model:n}=e,t=n.firstFreePlan;if(!n.productLed||!n.freemium||!t)return;let r=n.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=n.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(X(a,"friction")||X(a,"expansion"))&&(a.walledOnFree||i(a)))||e.report({node:t.idNode,message:`Nothing makes a growing ${e.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${e.name(t)}${r?` or starts on ${e.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?e.name(r):"a self-serve paid plan"}.`})}};u();var zw=e=>e==="unlimited"?Number.POSITIVE_INFINITY:e,yd=e=>e===Number.POSITIVE_INFINITY?"unlimited":String(e),wd={id:"non-monotonic-limit",severity:"warning",category:"structure",description:"A higher plan has a lower usage limit than a lower plan.",check(e){let n=e.model.plans;for(let t of e.model.features){if(!t.placement)continue;let r;for(let i=t.placement.rank;i<n.length;i++){let o=n[i],s=zw(Zn(t,o.id));r&&s<r.limit&&t.limits[o.id]!==void 0&&e.report({node:t.limitPairs.get(o.id)?.value,feature:t,message:`${e.name(t)} allows ${yd(s)}${t.unit?` ${t.unit}`:""} on ${e.name(o)} but ${yd(r.limit)} on the lower ${r.name}: upgrading would take something away. Raise the ${e.name(o)} limit to at least the ${r.name} one.`}),(!r||s>r.limit)&&(r={name:e.name(o),limit:s})}}}};u();var Nw=(e,n)=>e.per===n.per&&(e.period===void 0||n.period===void 0||e.period===n.period),bd=e=>e.minSeats&&e.per==="seat"?`${e.entryPrice} (${e.price} \xD7 ${e.minSeats} seats minimum)`:String(e.entryPrice),vd={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(e){let n=[];for(let t of e.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of n)Nw(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&e.report({node:t.priceNode,message:`${e.name(t)} costs ${bd(t)}, less than the lower plan ${e.name(r)} (${bd(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=n.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?n.push(t):n[i].entryPrice<t.entryPrice&&(n[i]=t)}}};u();var kd={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||n.qualifiedBy&&n.qualifiedBy.length>0||e.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};u();var $d={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||e.model.hasSalesPlan||e.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};u();var xd={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(e){let n=e.model.growth,t=n.written.get("retention");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.retention==="product-led"||e.report({node:t,message:`Acquisition is product-led but retention is ${n.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};u();var Sd={id:"sales-led-only",severity:"info",category:"growth-model",description:"Acquisition, retention and monetization are all sales-led.",check(e){let n=e.model.growth;e.model.hasGrowth&&(!n.written.has("acquisition")||!n.written.has("retention")||!n.written.has("monetization")||n.acquisition!=="sales-led"||n.retention!=="sales-led"||n.monetization!=="sales-led"||e.report({node:e.topKey("growth"),message:"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales."}))}};u();var _d={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};u();var Ad={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("trialDays");if(!n.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!n.hasSalesPlan&&!i)return;let o=n.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;e.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};u();var Pd={id:"single-customer-feature",severity:"info",category:"growth-model",description:"A feature requested by one customer that drives no growth signal.",check(e){for(let n of e.model.features)n.requestedBy?.length!==1||!n.requestedByNode||dn.some(t=>n.signals?.[t]===!0)||e.report({node:n.requestedByNode,feature:n,message:`${e.name(n)} was asked for by one customer (${n.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};u();var Od={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("acquisition");!n.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||n.features.some(i=>i.reachesFree&&X(i,"virality"))||e.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};u();var Md={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};u();var zd={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(e){let n=e.model.growth.written.get("freeOffer");!e.model.hasGrowth||!n||e.model.growth.freeOffer!=="trial"||e.report({node:n,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};u();var Nd={id:"unclassified-feature",severity:"info",category:"packaging-test",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(e){for(let n of e.model.features)n.signals||e.report({node:n.idNode,feature:n,message:`${e.name(n)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};u();u();function Cw(e,n,t=Number.POSITIVE_INFINITY){if(e===n)return 0;if(Math.abs(e.length-n.length)>t)return t+1;let r=new Array(n.length+1);for(let i=0;i<=n.length;i++)r[i]=i;for(let i=1;i<=e.length;i++){let o=r[0];r[0]=i;let s=i;for(let a=1;a<=n.length;a++){let l=r[a];r[a]=Math.min(r[a]+1,r[a-1]+1,o+(e[i-1]===n[a-1]?0:1)),r[a]<s&&(s=r[a]),o=l}if(s>t)return t+1}return r[n.length]}var As=64;function Bn(e,n){if(e.length>As)return;let t=e.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let o of n){if(o.length>As)continue;let s=o.toLowerCase(),a=Math.max(2,Math.floor(Math.max(t.length,s.length)/3)),l=Math.min(a,Math.floor(i/2)),c=Cw(t,s,l),d=c<=a?2*c:Number.POSITIVE_INFINITY;s!==t&&(s.startsWith(t)||t.startsWith(s))&&Math.min(t.length,s.length)>=2&&(d=Math.min(d,3)),d<i&&(i=d,r=o)}return r}function Cd(e,n=2e6){let t=new Map,r=n;return i=>{if(t.has(i))return t.get(i);r-=e.length*Math.min(i.length+1,As);let o=r>=0?Bn(i,e):void 0;return t.set(i,o),o}}var Td={id:"unknown-add-on",severity:"error",category:"structure",description:"`addOn:` names no add-on.",check(e){let{model:n}=e,t=[...n.addOnIds];for(let r of n.features){if(r.addOn===void 0||n.addOnIds.has(r.addOn))continue;let i=Bn(r.addOn,t);e.report({node:r.planNode,feature:r,message:`${e.name(r)} comes with add-on "${r.addOn}", which is not one of the add-ons.${i?` Did you mean "${i}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}.`:" Declare it under `addOns:`."}`,...i?{data:{suggestion:i}}:{}})}}};u();var Ed={id:"unknown-plan",severity:"error",category:"structure",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(e){let{model:n}=e,t=[...n.planIds],r=Cd(t),i=t.length>12?`${t.slice(0,12).join(", ")}, \u2026 (${t.length} plans)`:t.join(", "),o=s=>{let a=r(s);return{s:a,text:a?` Did you mean "${a}"?`:` Plans: ${i}.`}};for(let s of n.addOns){if(!s.fromNode||n.planIds.has(s.from))continue;let{s:a,text:l}=o(s.from);e.report({node:s.fromNode,message:`The ${e.name(s)} add-on is sold from plan "${s.from}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let s of n.features){if(s.addOn===void 0&&!n.planIds.has(s.plan)){let{s:a,text:l}=o(s.plan);e.report({node:s.planNode,feature:s,message:`${e.name(s)} is placed on plan "${s.plan}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let[a,l]of s.limitPairs){if(n.planIds.has(a))continue;let{s:c,text:d}=o(a);e.report({node:l.key,feature:s,message:`${e.name(s)} has a usage limit for plan "${a}", which is not one of the plans.${d}`,...c?{data:{suggestion:c}}:{}})}}}};u();var Id={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};u();var Rd={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(e){for(let n of he(e)){if(n.recommendation!=="free-limited"||n.walledOnFree)continue;let t=n.placement,r=n.reasons.filter(i=>i==="friction"||i==="expansion");e.report({node:n.planNode,feature:n,message:`${e.name(n)} drives growth but also has ${yn(r)}, and ${e.name(t)} gives it away without limit. Add a usage wall for ${e.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};u();var Ld={id:"viral-wall",severity:"warning",category:"packaging-test",description:"A viral feature is walled at 0 or 1 on a free plan.",check(e){for(let n of he(e))if(X(n,"virality"))for(let{plan:t,limit:r}of n.freeLimits)r!==0&&r!==1||e.report({node:n.limitPairs.get(t.id)?.value,feature:n,message:`${e.name(n)} spreads the product (virality), but ${e.name(t)} caps ${n.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};u();var Dd={id:"wall-not-lifted",severity:"warning",category:"growth-model",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(e){let n=e.model.plans;for(let t of he(e)){if(!X(t,"friction")&&!X(t,"expansion"))continue;let r=new Set;for(let{plan:i,limit:o}of t.freeLimits){if(typeof o!="number")continue;let s=Ss(n,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=n.slice(s.rank+1).find(l=>{let c=Zn(t,l.id);return c==="unlimited"||c>o});a&&(r.add(s.id),e.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${e.name(t)} stops at ${o} ${t.unit??"uses"} on ${e.name(i)}, and ${e.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${e.name(a)} does. Raise the ${e.name(s)} limit.`,data:{recommendedPlan:s.id,suggestedLimit:Zn(t,a.id)}}))}}}};var Fn=[Md,_d,ed,Ed,Td,ud,wd,vd,od,ad,id,rd,Rd,Ld,ld,Nd,dd,zd,Ad,sd,cd,hd,xd,Od,fd,pd,md,Dd,gd,$d,kd,Sd,nd,Pd,Id],qd=new Map(Fn.map(e=>[e.id,e]));u();var Pe=Re($t());function Tw(e,n){let t=[{node:e.contents??void 0,pair:void 0}],r=e.contents;for(let i of n)if((0,Pe.isAlias)(r)&&(r=fn(e,r)),typeof i=="number"&&(0,Pe.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,Pe.isMap)(r)){let o=pn(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function Os(e){let n=xs;for(let t of e){n=Zd(n);let r=n?._zod?.def;if(!r)return;if(r.type==="object")n=r.shape[t];else if(r.type==="array")n=r.element;else if(r.type==="record")n=r.valueType;else return}return Zd(n)}function Zd(e){for(;e?._zod?.def&&(e._zod.def.type==="optional"||e._zod.def.type==="nullable");)e=e._zod.def.innerType;return e}function Bd(e){return e?Ln.get(e)?.description:void 0}function Ew(e){let n=Os(e);return n?._zod?.def?.type==="object"?Object.keys(n._zod.def.shape):[]}function Iw(e){return e==null?"nothing":e instanceof St?`${e.literal} (a number too close to 0 to be represented: it would read as 0)`:typeof e=="number"&&!Number.isFinite(e)?Number.isNaN(e)?".nan (not a number)":`${e>0?"":"-"}.inf (infinity, not a usable number)`:typeof e=="string"?`"${e.length>40?`${e.slice(0,40)}\u2026`:e}" (text)`:typeof e=="number"||typeof e=="boolean"?`${e} (${typeof e=="number"?"a number":"true/false"})`:Array.isArray(e)?"a list":"a map"}function Ps(e,n){if(e.length===0)return"the file";let t=[],r=n;for(let i=0;i<e.length;i++){let o=e[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,l=e[i-1],c=l==="plans"?"plan":l==="features"?"feature":l==="addOns"?"add-on":"item";c!=="item"&&t.pop(),t.push(`${c}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function Rw(e,n){if(!e)return;let r=(n&&e.pair?e.pair.key:e.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=e.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function Qr(e,n){for(let r=e.length-1;r>=0;r--){let i=e[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,Pe.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=n.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function Fd(e,n){if(n==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=xs.safeParse(n,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...Dw(e,n,i));return{data:void 0,problems:r}}function Lw(e){let n=new Map;if(!(0,Pe.isMap)(e))return n;for(let t of e.items){let r=t.key,i=(0,Pe.isScalar)(r)?String(r.value):r!=null?String(r):"null";n.has(i)||n.set(i,t)}return n}function Dw(e,n,t){let r=t.path,i=Tw(e,r),o=i.length===r.length+1,s=Ps(r,n),a=r[r.length-1],l=r.length>1?` in ${Ps(r.slice(0,-1),n)}`:"",c=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${l}`;if(t.code==="unrecognized_keys"){let w=a==="accept",k=Ew(r),S=o?i[i.length-1].node:void 0,P=Lw(S),$=k.filter(O=>!P.has(O));return t.keys.map(O=>{let v=P.get(O)?.key?.range,x=w&&Jr.includes(O),T=x?void 0:Bn(O,$),R=T?` Did you mean \`${T}\`?`:w?"":` Known keys: ${k.join(", ")}.`;return{message:x?`\`${O}\` findings cannot be accepted: ${O==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:w?`Unknown rule \`${O}\` in ${s}: an \`accept\` entry names a rule id.${R}`:a==="rules"&&r.length===1?`Unknown rule \`${O}\` in \`rules\`.${R}`:`Unknown key \`${O}\` in ${s}.${R}`,span:v?{start:v[0],end:v[1]}:Qr(i,e),path:[...r,O],...T?{suggestion:T}:{}}})}let d=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:Qr(i,e),path:r}];if(!o||t.code==="invalid_type"&&d===void 0){let w=o?i.slice(0,-1):i,k=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${Ps(k,n)}. ${Bd(Os(r))??""}`.trim(),span:Qr(w,e),path:r}]}let p=Rw(i[i.length-1],!1)??Qr(i,e),f=Bd(Os(r)),h=Iw(d),y,m;switch(t.code){case"invalid_value":{let w=t.values.map(String);r[0]==="rules"&&qn.includes(String(a))?y=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${h}. Lower it in the editor settings or on the command line instead.`:w.length===1?y=`${c} must be ${w[0]}; got ${h}.`:(m=typeof d=="string"?Bn(d,w):void 0,y=`${c} must be one of ${w.join(", ")}; got ${h}.${m?` Did you mean \`${m}\`?`:""}`);break}case"invalid_format":if(y=`${c} is not valid: ${t.message}; got ${h}.`,typeof d=="string"&&/^[A-Za-z]/.test(d)){let w=d.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(w)&&(m=w,y+=` Try \`${w}\`.`)}break;case"too_small":y=t.origin==="array"?`${c} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${c} must not be empty.`:`${c} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${h}.`;break;case"custom":y=`${t.message}.`;break;case"invalid_type":y=`${c} must be ${qw[t.expected]??t.expected}; got ${h}.`;break;default:y=`${c} must be ${Zw(f)??"of another type"}; got ${h}.`}return[{message:y,span:p,path:r,...m?{suggestion:m}:{}}]}var qw={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function Zw(e){return e&&e[0].toLowerCase()+e.slice(1)}var Ms=e=>{let n=e?.range;return n?{start:n[0],end:n[1]}:{start:0,end:0}};function ei(e,n={}){let t=jl(e),r=t.lineCounter,i=(p,f,h={})=>Uw(p,f,n,h,t.syntaxError,y=>Ul(r,y));if(t.syntaxError||!t.doc)return i(t.problems.map(p=>({severity:"error",rule:"syntax",message:p.message,span:p.span})));let{doc:o,plain:s}=t,{problems:a}=Fd(o,s),l=a.map(p=>{let f=Bw(s,p.path);return{severity:"error",rule:"schema",message:p.message,span:p.span,...f!==void 0?{feature:f}:{},...p.suggestion?{data:{suggestion:p.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(l):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:Ms(o.contents)}]);let c=s,d=Qu(o,c,a);return Gw(d,p=>pn(o.contents,p)?.key??void 0,l),i(l,d,Fw(c.rules))}function Bw(e,n){if(n[0]!=="features"||typeof n[1]!="number"||n.length<3)return;let t=e&&typeof e=="object"?e.features:void 0,r=Array.isArray(t)?t[n[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&Nt.test(i)?i:void 0}function Fw(e){let n=Object.create(null);if(!e||typeof e!="object"||Array.isArray(e))return n;for(let[t,r]of Object.entries(e))!qd.has(t)||typeof r!="string"||!Hr.includes(r)||qn.includes(t)&&r!=="error"||(n[t]=r);return n}var jw=new Set(Ct);function Uw(e,n,t,r,i,o){let s=f=>r[f]??Kw(t.rules?.[f]),a=[],l=new Set,c=f=>{let h=s(f.rule);if(h==="off")return;let y=jw.has(f.rule)?f.element?f.element.accept.get(f.rule):f.feature===void 0?n?.accept.get(f.rule):void 0:void 0;y&&l.add(y),a.push({rule:f.rule,severity:h??f.severity,message:f.message,range:o(f.span),span:f.span,...f.feature!==void 0?{feature:f.feature}:{},...f.data?{data:f.data}:{},...y?{accepted:y.reason}:{}})};for(let f of e)c(f);if(n)for(let f of Ww(n,l))c(f);a.sort((f,h)=>f.span.start-h.span.start||f.span.end-h.span.end||(f.rule<h.rule?-1:f.rule>h.rule?1:0)||(f.message<h.message?-1:f.message>h.message?1:0));let d=Js(a),p=(n?.features??[]).map(f=>({id:f.id,plan:f.plan,...f.addOn!==void 0?{addOn:f.addOn}:{},side:f.side,recommendation:f.recommendation,reasons:f.reasons,...f.rationale!==void 0?{rationale:f.rationale}:{}}));return{diagnostics:d,features:p,...n?{model:n}:{},syntaxError:i,toRange:o}}function Ww(e,n){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:Ms(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of e.features)for(let o of i.accept.values())n.has(o)||t.push(r(o,i));for(let i of e.accept.values())n.has(i)||t.push(r(i));return t}function Kw(e){return e!==void 0&&Hr.includes(e)?e:void 0}function Gw(e,n,t){for(let r of Fn)r.check&&r.check({model:e,topKey:n,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;t.push({severity:i.severity??r.severity,rule:r.id,message:i.message,span:i.span??Ms(i.node),...o!==void 0?{feature:typeof o=="string"?o:o.id}:{},...o!==void 0&&typeof o!="string"?{element:o}:{},...i.data?{data:i.data}:{}})}})}u();var jd=e=>({id:e.id,name:e.name,plan:e.plan,...e.addOn!==void 0?{addOn:e.addOn}:{},side:e.side,recommendation:e.recommendation});function Ud(e,n){let t=Fr(e);if(!(t===void 0||n===null))return t===n}function Vw(e,n,t){let r=Ud(e,n),i=Ud(e,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}var Yw=(e,n)=>Object.hasOwn(e,n)?e[n]:void 0;function Wd(e,n){let t=new Map,r=e.placement?.rank;for(let i of n)t.set(i.id,r===void 0||i.rank<r?null:Yw(e.limits,i.id)??"unlimited");return t}function zs(e){return{rule:e.rule,severity:e.severity,message:e.message,...e.feature!==void 0?{feature:e.feature}:{},line:e.range.start.line,...e.accepted!==void 0?{accepted:e.accepted}:{}}}function Tt(e){return`${e.rule}\0${e.feature??""}\0${e.message}`}function Ns(e,n){let t=new Map;for(let i of n)t.set(Tt(i),(t.get(Tt(i))??0)+1);let r=[];for(let i of e){let o=Tt(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}var wn=e=>{let n=new Map;for(let t of e)n.has(t.id)||n.set(t.id,t);return n},ni=(e,n)=>e>0?Math.round((n-e)/e*1e3)/10:void 0,de=e=>({direction:"neutral",why:e}),ue=(e,n,t)=>({direction:e,basis:n,why:t});function Hw(e,n){let t=new Set(e.map(c=>c.id)),r=new Set(n.map(c=>c.id)),i=(c,d)=>{let p=new Map,f="",h=0;for(let y of c)d.has(y.id)?(f=y.id,h=0):p.set(`${f}\0${h++}`,y);return p},o=i(e,r),s=i(n,t),a=[];for(let[c,d]of o){let p=s.get(c);p&&a.push({fromId:d.id,toId:p.id,fromName:d.name,toName:p.name,rank:p.rank})}let l=wn(n);for(let c of e){let d=l.get(c.id);d&&d.name!==c.name&&a.push({fromId:c.id,toId:d.id,fromName:c.name,toName:d.name,rank:d.rank})}return a.sort((c,d)=>c.rank-d.rank)}function Jw(e,n,t,r,i,o,s){if(e==="unit-changed")return de(`the unit changed (${o??"none"} \u2192 ${s??"none"}): the numbers are not comparable; check the wall by hand`);let a=e==="tightened"||e==="wall-added",l=n.recommendation,c=`recommended ${en[l]}`,d=i.productLed&&i.freemium;return t?l==="free"?a?ue("against","packaging test",`${n.name} should be free without a wall (${c})`):ue("with","packaging test",`${n.name} should be free without a wall (${c})`):l==="free-limited"?e==="wall-added"?ue("with","packaging test",`the test wants ${n.name} free behind a usage wall`):e==="wall-removed"?ue("against","packaging test",`the test wants ${n.name} free behind a usage wall, not unlimited`):r===0?ue("against","packaging test",`a wall of 0 takes ${n.name} out of the free plan (${c})`):d?ue(a?"against":"with","growth model",`a product-led freemium model needs free users to reach value before the wall; ${n.name} is a growth driver (${c})`):de(`the wall stays (${c}); the growth model is not product-led freemium`):l==="paid"?ue(a?"with":"against","packaging test",`${a?"less":"more"} of ${n.name} is free, and it is ${c}`):l==="either"?de(`nothing argues for a side on ${n.name} (${c})`):d?ue(a?"against":"with","growth model",`a product-led freemium model wants free users to reach value; ${n.name} has no signals, so the packaging test cannot judge it`):de(`${n.name} has no signals: add them to judge this wall`):l==="free"&&(e==="wall-added"||e==="wall-removed")?ue(e==="wall-added"?"against":"with","packaging test",`${n.name} is a growth driver with nothing arguing for a wall (${c})`):de(`a wall on a paid plan (${c})`)}function Xw(e,n,t){if(!(e===n&&t))return e==="unlimited"?n==="unlimited"?void 0:"wall-added":n==="unlimited"?"wall-removed":t?n<e?"tightened":"loosened":"unit-changed"}function Kd(e,n,t,r,i){if(n===null)return de("a new plan");if(t===null)return de("the plan is gone");if(n===0&&t!==0&&r.freemium)return ue("against","growth model",`${e.name} was the free plan: the freemium model loses it`);if(n!==0&&t===0)return ue("with","growth model",`${e.name} is free now`);let o=i??(typeof n=="number"&&typeof t=="number"?t>n:t==="contact-sales");return r.upgradePlan?.id===e.id&&r.productLed?ue(o?"against":"with","growth model",`${e.name} is the self-serve upgrade: a product-led model wants the first paywall ${o?"low":"low, and it is lower now"}`):de("the packaging test does not judge prices on this plan")}function Cs(e,n){let t=e?.model,r=n.model,i=t?.plans??[],o=r?.plans??[],s=wn(t?.features??[]),a=wn(r?.features??[]),l=wn(i),c=wn(o),d=wn(t?.addOns??[]),p=wn(r?.addOns??[]),f=e?Hw(i,o):[],h=new Map(f.map(b=>[b.fromId,b.toId])),y=b=>h.get(b)??b,m=[...a.values()].filter(b=>!s.has(b.id)).map(jd),w=[...s.values()].filter(b=>!a.has(b.id)).map(jd),k=[],S=[],P=[];for(let b of a.values()){let N=s.get(b.id);if(!N||!r)continue;let _=y(N.plan);if(_!==b.plan||N.addOn!==b.addOn){let F=Vw(b.recommendation,N.side,b.side),K=`recommended ${en[b.recommendation]}`,Y=b.addOn!==void 0&&N.addOn!==b.addOn?`into the add-on ${b.addOn}`:void 0,ke=N.addOn!==void 0&&b.addOn===void 0?`out of the add-on ${N.addOn}`:void 0,$e=[Y,ke].filter(Boolean).join(", ");k.push({id:b.id,name:b.name,fromPlan:_,toPlan:b.plan,...N.addOn!==void 0?{fromAddOn:N.addOn}:{},...b.addOn!==void 0?{toAddOn:b.addOn}:{},fromSide:N.side,toSide:b.side,recommendation:b.recommendation,verdict:F,judgement:F==="neutral"?de(`${$e?`${$e}; `:""}the side ${N.side===b.side?"stays":"changes"} (${K})`):ue(F,"packaging test",`${$e?`${$e}: `:""}${N.side??"?"} \u2192 ${b.side??"?"} side, ${K}`)})}(N.rationale??null)!==(b.rationale??null)&&P.push({feature:b.id,name:b.name,from:N.rationale??null,to:b.rationale??null});let E=Wd(N,i),z=Wd(b,o),B=(N.unit??"")===(b.unit??""),U=new Map;for(let[F,K]of E)U.set(y(F),K);for(let F of o){if(!U.has(F.id))continue;let K=U.get(F.id),Y=z.get(F.id);if(K===null||Y===null)continue;let ke=Xw(K,Y,B);if(!ke)continue;let $e=ke==="tightened"||ke==="loosened"?ni(K,Y):void 0;S.push({feature:b.id,name:b.name,plan:F.id,from:K,to:Y,...b.unit?{unit:b.unit}:{},...!B&&N.unit?{fromUnit:N.unit}:{},kind:ke,...$e!==void 0?{percent:$e}:{},free:F.free,verdict:Jw(ke,b,F.free,Y,r,N.unit,b.unit)})}}let $=[],O=new Set(f.map(b=>b.toId)),M=new Set(f.map(b=>b.fromId)),v=new Map(f.map(b=>[b.toId,b.fromId]));for(let b of c.values()){let N=l.get(v.get(b.id)??b.id);if(!N){!O.has(b.id)&&r&&$.push({plan:b.id,name:b.name,from:null,to:b.price,verdict:Kd(b,null,b.price,r)});continue}let _=(N.minSeats!==void 0||b.minSeats!==void 0)&&N.entryPrice!==b.entryPrice;if(N.price===b.price&&!_)continue;let E=typeof N.price=="number"&&typeof b.price=="number"?ni(N.price,b.price):void 0,z=_&&N.entryPrice!==void 0&&b.entryPrice!==void 0?ni(N.entryPrice,b.entryPrice):void 0,B=_&&N.entryPrice!==void 0&&b.entryPrice!==void 0?b.entryPrice>N.entryPrice:void 0;$.push({plan:b.id,name:b.name,from:N.price,to:b.price,...E!==void 0&&N.price!==b.price?{percent:E}:{},..._?{entryFrom:N.entryPrice??null,entryTo:b.entryPrice??null}:{},...z!==void 0?{entryPercent:z}:{},verdict:Kd(b,N.price,b.price,r,B)})}for(let b of l.values())!c.has(b.id)&&!M.has(b.id)&&$.push({plan:b.id,name:b.name,from:b.price,to:null,verdict:de("the plan is gone")});let x=[],T=(b,N)=>(b?.features??[]).filter(_=>_.addOn===N);for(let b of p.values()){let N=d.get(b.id),_=T(r,b.id);if(!N){let E=_.filter(z=>Fr(z.recommendation)==="free");x.push({kind:"added",id:b.id,name:b.name,from:null,to:b.price,features:_.map(z=>z.id),verdict:E.length?ue("against","packaging test",`it sells ${E.map(z=>z.name).join(", ")}, which the test recommends free`):de("a new add-on")});continue}if(N.price!==b.price){let E=typeof N.price=="number"&&typeof b.price=="number"?ni(N.price,b.price):void 0;x.push({kind:"repriced",id:b.id,name:b.name,from:N.price,to:b.price,...E!==void 0?{percent:E}:{},features:_.map(z=>z.id),verdict:de("the packaging test does not judge add-on prices")})}y(N.from)!==b.from&&x.push({kind:"from-changed",id:b.id,name:b.name,from:y(N.from),to:b.from,features:_.map(E=>E.id),verdict:de("sold from another plan")})}for(let b of d.values())p.has(b.id)||x.push({kind:"removed",id:b.id,name:b.name,from:b.price,to:null,features:T(t,b.id).map(N=>N.id),verdict:de("the add-on is gone (its features show as moved or removed)")});let R=e?.diagnostics??[],V=n.diagnostics,q={errors:0,warnings:0,infos:0};for(let b of V)b.accepted===void 0&&(b.severity==="error"?q.errors++:b.severity==="warning"?q.warnings++:q.infos++);let ee=b=>b.filter(N=>N.accepted===void 0),se=b=>b.filter(N=>N.accepted!==void 0);return{baseMissing:e===void 0,added:m,removed:w,moved:k,limits:S,prices:$,renamed:f,addOns:x,rationale:P,accepted:Ns(se(V),se(R)).map(zs),newDiagnostics:Ns(ee(V),ee(R)).map(zs),resolvedDiagnostics:Ns(ee(R),ee(V)).filter(b=>!se(V).some(N=>Tt(N)===Tt(b))).map(zs),head:q}}function ti(e){return e.added.length+e.removed.length+e.moved.length+e.limits.length+e.prices.length+e.renamed.length+e.addOns.length+e.rationale.length+e.accepted.length===0&&e.newDiagnostics.length+e.resolvedDiagnostics.length===0}u();u();var Qw={included:"Included",excluded:"Not included"};function Gd(e){return e.kind==="limit"||e.kind==="addOn"?e.label:Qw[e.kind]}function Vd(e){return e.side??"unknown plan"}function Yd(e){return en[e.recommendation]}function Hd(e){return e.reasons.map(n=>_s[n]).join(", ")}function Jd(e){return!Bl(e.recommendation,e.side)}var Et={error:"\u2716",warning:"\u26A0",info:"\u2139"};function Xd(e){if(!e.flag)return"";let n=[...new Set(e.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${Et[e.flag]} ${n.join(", ")}`}function Qd(e){return e.findings.filter(n=>n.accepted!==void 0).map(n=>`accepted ${n.rule}: ${n.accepted}`)}function ef(e){let n=new Map(e.plans.map(t=>[t.id,t.name]));return e.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${n.get(t.from)??t.from}`)}function C(e){return ri(e).replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~!]/g,"\\$&").replace(/([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,(n,t,r,i)=>t?`${t}&#8203;`:r?`${r}&#8203;://`:i?`${i}&#8203;.`:`\\${n}`).trim()}function jn(e){return/^[\p{L}\p{N}._/@+ -]+$/u.test(e)?`\`${e}\``:C(e)}function ri(e){return e.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"\uFFFD")}function It(e){return ri(e.replace(/\r\n|\n|\r(?!\n)/g," ").replace(/[\u2028\u2029]/g," "))}function oe(e,n,t){let r=e.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(e),i(r),...n.map(i)].join(`
`)}function nf(e,n={}){let t=[],r=n.heading??"##";if(t.push(`${r} Free/paid matrix${e.product?` \u2014 ${C(e.product)}`:""}`,""),e.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${C(e.growth.summary)}`,"");let i=e.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=ef(e);if(o.length&&t.push(`Add-ons: ${o.map(C).join("; ")}.`,""),e.fileFindings.length&&t.push(eb(e),""),n.note&&t.push(`_${C(n.note)}_`,""),e.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...e.plans.map(a=>a.priceLabel===a.name?C(a.name):`${C(a.name)}<br>${C(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of e.groups){t.push(`${r}# ${C(a.category)}`,"");let l=a.rows.map(c=>{let d=Hd(c),p=`${Yd(c)}${d?` (${d})`:""}`,f=[Xd(c),...Qd(c)].filter(Boolean).map(C).join("<br>");return[`${C(c.name)}${c.status==="planned"?" _(planned)_":""}${c.rationale?`<br>_${C(c.rationale)}_`:""}`,...c.cells.map(h=>h.kind==="excluded"?"\u2014":C(Gd(h))),C(Vd(c)),Jd(c)?C(p):`**${C(p)}**`,f]});t.push(oe(s,l),"")}return t.join(`
`)}function eb(e){return["File findings:","",...e.fileFindings.map(n=>n.accepted===void 0?`- ${Et[n.severity]} \`${n.rule}\` (line ${n.range.start.line+1}): ${C(n.message)}`:`- accepted \`${n.rule}\`: ${C(n.accepted)}`)].join(`
`)}u();var ii=class extends Error{};function tf(e){if(e===void 0||e===""||e==="-1")return-1;if(!/^\d+$/.test(e))throw new ii(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${e}"`);return Number(e)}u();var bf=require("node:child_process"),qt=Re(require("node:path"));u();var te=Re($t());var rf={error:3,warning:2,info:1};function Ts(e){if(e.price==="contact-sales")return"Contact sales";if(e.price===0)return"Free";let t=[`$${Number.isInteger(e.price)?String(e.price):e.price.toFixed(2)}`,e.per?`${e.per}`:"",e.period?`${e.period}`:""].filter(Boolean).join(" / ");return e.minSeats&&e.per==="seat"?`${t} (min ${e.minSeats} seats)`:t}function Rs(e,n){let t=e==="unlimited"?"Unlimited":e.toLocaleString("en-US");if(!n)return t;let r=e===1?n.replace(/^([A-Za-z]+[^s])s\b/,"$1"):n;return`${t} ${r}`}var Is=e=>({rule:e.rule,severity:e.severity,message:e.message,range:e.range,...e.accepted!==void 0?{accepted:e.accepted}:{}}),Es={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function of(e){let n=e.model,t=(n?.plans??[]).map(v=>({id:v.id,name:v.name,priceLabel:Ts(v),price:v.price,free:v.free})),r=(n?.addOns??[]).map(v=>({id:v.id,name:v.name,priceLabel:Ts(v),from:v.from})),i=new Map,o=[];for(let v of e.diagnostics)if(v.feature===void 0)o.push(v);else{let x=i.get(v.feature)??[];x.push(v),i.set(v.feature,x)}let s=new Map,a=v=>{let x=s.get(v.category)??[];x.push(v),s.set(v.category,x)},l=0,c=0,d=0,p=0,f=new Set,h=new Set,y=v=>{let x=v.placement?.rank,T=v.addOnModel,R=T?`add-on: ${T.name}, ${Ts(T)}`:"",V=t.map((se,b)=>{if(x===void 0||b<x)return{kind:"excluded"};let N=v.limits[se.id];return N!==void 0?{kind:"limit",limit:N,...v.unit?{unit:v.unit}:{},label:Rs(N,v.unit)}:T?{kind:"addOn",addOn:T.id,label:R}:{kind:"included"}}),q=sf(h.has(v.id)?[]:(i.get(v.id)??[]).map(Is));h.add(v.id);let ee=af(q);return v.side==="free"?l++:v.side==="paid"&&c++,ee&&d++,{id:v.id,name:v.name,...v.description!==void 0?{description:v.description}:{},category:v.category??"Uncategorized",plan:v.plan,...v.addOn!==void 0?{addOn:v.addOn}:{},side:v.side,recommendation:v.recommendation,reasons:v.reasons,signals:xt.filter(se=>v.signals?.[se]===!0),answered:xt.filter(se=>typeof v.signals?.[se]=="boolean"),status:v.status,...v.unit!==void 0?{unit:v.unit}:{},...v.rationale!==void 0?{rationale:v.rationale}:{},cells:V,findings:q,...ee?{flag:ee}:{},range:e.toRange({start:v.idNode.range[0],end:v.idNode.range[1]}),planRange:e.toRange({start:v.planNode.range[0],end:v.planNode.range[1]})}},m=new Map;for(let v of n?.features??[])m.set(v.node,v);let w=n?W(n.rootNode,"features"):void 0;n&&(0,te.isSeq)(w)&&w.items.forEach((v,x)=>{if((0,te.isAlias)(v))return;let T=m.get(v);if(T){m.delete(v),a(y(T));return}let R=nb(e,v,x,t.length,f);R&&(p++,R.flag&&d++,a(R))});for(let v of m.values())a(y(v));let k=o.filter(v=>!f.has(v)).map(Is),S=n?.growth,P={features:(n?.features.length??0)+p,free:l,paid:c,flagged:d,errors:0,warnings:0,infos:0,accepted:0,...p?{invalid:p}:{}};for(let v of e.diagnostics)v.accepted!==void 0?P.accepted++:v.severity==="error"?P.errors++:v.severity==="warning"?P.warnings++:P.infos++;let $={present:n?.hasGrowth??!1,acquisition:S?.acquisition??"product-led",retention:S?.retention??"product-led",monetization:S?.monetization??"self-serve",relationship:S?.relationship??"one-to-many",freeOffer:S?.freeOffer??"freemium",...S?.trialDays!==void 0?{trialDays:S.trialDays}:{},freemiumGoals:[...S?.freemiumGoals??[]],summary:""},O=$.acquisition===$.retention?`${Es[$.acquisition]} acquisition and retention`:`${Es[$.acquisition]} acquisition, ${Es[$.retention]} retention`,M=$.freeOffer==="none"?"no free offer":$.trialDays?`${$.freeOffer} (${$.trialDays}-day trial)`:$.freeOffer;return $.summary=`${O} \xB7 ${$.monetization} \xB7 ${M}${$.present?"":" (assumed: no growth block)"}`,{product:n?.productName??"",plans:t,addOns:r,groups:[...s].map(([v,x])=>({category:v,rows:x})),growth:$,counts:P,fileFindings:k,syntaxError:e.syntaxError}}function sf(e){return[...e.filter(n=>n.accepted===void 0),...e.filter(n=>n.accepted!==void 0)]}function af(e){let n;for(let t of e)t.accepted===void 0&&(!n||rf[t.severity]>rf[n])&&(n=t.severity);return n}var oi=(e,n)=>{let t=W(e,n);return(0,te.isScalar)(t)&&typeof t.value=="string"&&t.value.trim()!==""?t.value:void 0};function nb(e,n,t,r,i){if(!n?.range)return;let[o,s]=n.range,a=e.diagnostics.filter(k=>k.span.start>=o&&k.span.start<s);for(let k of a)k.feature===void 0&&i.add(k);let l=sf(a.map(Is)),c=(0,te.isMap)(n)?oi(n,"id"):void 0,d=(0,te.isMap)(n)?W(n,"id"):void 0,p=(0,te.isMap)(n)?W(n,"plan"):void 0,f=af(l)??"error",h=k=>e.toRange(k?.range?{start:k.range[0],end:k.range[1]}:{start:o,end:o}),y=(0,te.isMap)(n)?W(n,"signals"):void 0,m=(0,te.isMap)(y)?y.items.filter(k=>(0,te.isScalar)(k.key)&&(0,te.isScalar)(k.value)):[],w=k=>m.find(S=>S.key.value===k)?.value?.value;return{id:c??`#${t+1}`,name:((0,te.isMap)(n)?oi(n,"name"):void 0)??c??`Feature #${t+1}`,category:((0,te.isMap)(n)?oi(n,"category"):void 0)??"Uncategorized",plan:((0,te.isMap)(n)?oi(n,"plan"):void 0)??"",side:null,recommendation:"unclassified",reasons:[],signals:xt.filter(k=>w(k)===!0),answered:xt.filter(k=>typeof w(k)=="boolean"),status:"shipped",cells:Array.from({length:r},()=>({kind:"excluded"})),findings:l,flag:f,invalid:!0,range:h(d??void 0),planRange:h(p??void 0)}}u();var re=require("node:fs"),Ee=Re(require("node:path"));u();function Ls(e){let n=e.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(n)}var nn=class extends Error{},cf=32<<20,lf=/^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;function tb(e){let n;try{n=(0,re.statSync)(e)}catch{return}if(n.isFIFO()&&!lf.test(e))return"is a named pipe (FIFO), not a file: refused, since reading it could wait forever";if(n.isSocket())return"is a socket, not a file";if((n.isCharacterDevice()||n.isBlockDevice())&&e!=="/dev/null"&&!lf.test(e))return"is a device, not a file"}function Ds(e){let n,t,r=tb(e);if(r)return{ok:!1,reason:r};try{t=(0,re.openSync)(e,"r");let o=(0,re.fstatSync)(t);if(o.isDirectory())return{ok:!1,reason:"is a directory"};if(o.isFile()&&o.size>cf)return{ok:!1,reason:`too large (${Math.round(o.size/2**20)} MiB; the limit is 32 MiB)`};let s=[],a=0;for(;;){let l=Buffer.allocUnsafe(65536),c=(0,re.readSync)(t,l,0,l.length,null);if(c===0)break;if(s.push(l.subarray(0,c)),a+=c,a>cf)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}n=Buffer.concat(s,a)}catch(o){let s=o;return{ok:!1,reason:s.code==="ENOENT"?"no such file":s.code==="EACCES"?"permission denied":s.code==="EISDIR"?"is a directory":s.message}}finally{t!==void 0&&(0,re.closeSync)(t)}let i=n.indexOf(0);if(i>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${uf(n,i)})`};try{let o=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}).decode(n),s=o.charCodeAt(0)===65279;return s&&(o=o.slice(1)),{ok:!0,text:o,...s?{bom:s}:{}}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${uf(n,rb(n))})`}}}function uf(e,n){let t=1,r=0;for(let i=0;i<n;i++)e[i]===10&&(t++,r=i+1);return`line ${t}, column ${n-r+1}`}function rb(e){for(let n=0;n<e.length;){let t=e[n];if(t<128){n++;continue}let r,i=128,o=191;if(t>=194&&t<=223)r=2;else if(t>=224&&t<=239)r=3,t===224?i=160:t===237&&(o=159);else if(t>=240&&t<=244)r=4,t===240?i=144:t===244&&(o=143);else return n;if(n+r>e.length)return n;let s=e[n+1];if(s<i||s>o)return n;for(let a=2;a<r;a++)if(e[n+a]>>6!==2)return n;n+=r}return e.length}var df=e=>/[*?[\]{}]/.test(e),ff=256;function hf(e){let n=e.indexOf("{"),t=n<0?-1:e.indexOf("}",n);if(t<0)return[e];let r=e.slice(0,n),i=hf(e.slice(t+1)),o=[];for(let s of e.slice(n+1,t).split(","))for(let a of i)if(o.push(r+s+a),o.length>ff)throw new nn(`${e}: the braces expand to more than ${ff} patterns`);return o}function ib(e){let n=[];for(let t=0;t<e.length;t++){let r=e[t];r==="*"?e[t+1]==="*"?(t++,e[t+1]==="/"?(t++,n.push({kind:"**/"})):n.push({kind:"**"})):n[n.length-1]?.kind!=="*"&&n.push({kind:"*"}):r==="?"?n.push({kind:"?"}):n.push({kind:"char",c:r})}return n}function ob(e){let n=hf(e).map(ib);return t=>n.some(r=>sb(r,t))}function sb(e,n){let t=e.length,r=new Uint8Array(t+1),i=new Uint8Array(t+1),o=s=>{for(let a=0;a<t;a++)s[a]&&e[a].kind!=="char"&&e[a].kind!=="?"&&(s[a+1]=1)};r[0]=1,o(r);for(let s=0;s<n.length;s++){let a=n[s];i.fill(0);let l=!1;for(let c=0;c<t;c++){if(!r[c])continue;let d=e[c];d.kind==="char"?d.c===a&&(i[c+1]=1):d.kind==="?"?a!=="/"&&(i[c+1]=1):d.kind==="*"?a!=="/"&&(i[c]=1):d.kind==="**"?i[c]=1:(i[c]=1,a==="/"&&(i[c+1]=1))}o(i);for(let c=0;c<=t;c++)i[c]&&(l=!0);if(!l)return!1;[r,i]=[i,r]}return r[t]===1}function si(e,n,t=e,r=()=>{},i=new Set){let o=[],s;try{s=(0,re.realpathSync)(e)}catch{return o}if(i.has(s))return r(`${e}: a symbolic link loop (back to ${s}); not followed`),o;i.add(s);let a;try{a=(0,re.readdirSync)(e,{withFileTypes:!0})}catch{return i.delete(s),o}a.sort((l,c)=>l.name<c.name?-1:l.name>c.name?1:0);for(let l of a){let c=Ee.default.join(e,l.name),d=l.isDirectory(),p=l.isFile();if(l.isSymbolicLink())try{let f=(0,re.statSync)(c);d=f.isDirectory(),p=f.isFile()}catch{continue}if(d){if(l.name==="node_modules"||l.name.startsWith("."))continue;o.push(...si(c,n,t,r,i))}else p&&n(Ee.default.relative(t,c).split(Ee.default.sep).join("/"))&&o.push(c)}return i.delete(s),o}function mf(e,n,t=()=>{}){if(e.length===0){let i=si(n,o=>Ls(o),n,t);if(i.length===0)throw new nn("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return pf(i)}let r=[];for(let i of e){let o=Ee.default.resolve(n,i),s;try{s=(0,re.statSync)(o)}catch{s=void 0}if(s?.isDirectory()){let a=si(o,l=>Ls(l),o,t);if(a.length===0)throw new nn(`${i}: no packaging files in this directory`);r.push(...a)}else if(!s&&df(i)){let a=i.split(Ee.default.sep).join("/").replace(/^\.\//,""),l=a.split("/").findIndex(h=>df(h)),c=a.split("/").slice(0,l).join("/"),d=Ee.default.resolve(n,c||"."),p=ob(a.split("/").slice(l).join("/")),f=si(d,p,d,t);if(f.length===0)throw new nn(`${i}: the pattern matched no files`);r.push(...f)}else r.push(o)}return pf(r)}function pf(e){let n=new Set;return e.filter(t=>{let r=t;try{r=(0,re.realpathSync)(t)}catch{}return n.has(r)?!1:(n.add(r),!0)})}function qs(e,n){let t=Ee.default.relative(n,e);return(t&&!t.startsWith("..")?t:e).split(Ee.default.sep).join("/")}u();var Un=(e,n)=>t=>`\x1B[${e}m${t}\x1B[${n}m`;function Zs(e){if(!e){let n=t=>t;return{red:n,yellow:n,blue:n,dim:n,bold:n,underline:n}}return{red:Un(31,39),yellow:Un(33,39),blue:Un(34,39),dim:Un(2,22),bold:Un(1,22),underline:Un(4,24)}}u();u();var Bs="packaging-planner",Fs="0.1.0",gf="PACKAGING_PLANNER_DOCS_URL";function js(e){let n=e[gf]?.trim();if(!n)return;let t;try{t=new URL(n)}catch{t=void 0}if(!t||t.protocol!=="https:"&&t.protocol!=="http:")throw new Rt(`${gf} must be an http(s) address of the docs/ folder, not "${n}"`);return n.replace(/\/+$/,"")}var Rt=class extends Error{};function ai(e,n){return n?`${n}/rules/${encodeURIComponent(e)}.md`:void 0}function ci(e){return`${Bs} explain ${e}`}u();function Lt(e){let n=0,t=0,r=0,i=0;for(let o of e)o.accepted!==void 0?i++:o.severity==="error"?n++:o.severity==="warning"?t++:r++;return{errorCount:n,warningCount:t,infoCount:r,acceptedCount:i}}function Wn(e){return Lt(e.flatMap(n=>n.diagnostics))}function tn(e){return{line:e.line+1,column:e.character+1}}var li=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function Dt(e,n){let t=ai(e,n);return t?`[${e}](${t})`:`\`${e}\``}function Us(e){return e?[]:[`Each rule is explained by \`${ci("RULE")}\`.`,""]}function ui(e,n={}){let t=["## Packaging Planner",""],r=Wn(e),i=r.errorCount+r.warningCount+r.infoCount,o=li(e.length,"file"),s=r.acceptedCount?` ${r.acceptedCount} accepted (not counted).`:"";if(t.push(i===0?`\u2714 ${o} checked, no problems.${s}`:`${r.errorCount>0?"\u2716":"\u26A0"} ${li(r.errorCount,"error")}, ${li(r.warningCount,"warning")}, ${li(r.infoCount,"info")} in ${o}.${s}`,""),e.length===0)return`${t.join(`
`)}
`;t.push(oe(["File","Errors","Warnings","Infos","Features (free / paid)"],e.map(a=>{let l=Lt(a.diagnostics),c=a.result.features.filter(p=>p.side==="free").length,d=a.result.features.filter(p=>p.side==="paid").length;return[jn(a.file),String(l.errorCount),String(l.warningCount),String(l.infoCount),`${a.result.features.length} (${c} / ${d})`]}),["l","r","r","r","r"]),""),i>0&&t.push(...Us(n.docsUrl));for(let a of e){t.push(`### ${C(a.file)}`,"");let l=a.diagnostics.filter(d=>d.accepted===void 0),c=a.diagnostics.filter(d=>d.accepted!==void 0);l.length===0?t.push("No problems.",""):t.push(oe(["Line","Severity","Rule","Message"],l.map(d=>{let p=tn(d.range.start);return[`${p.line}:${p.column}`,`${Et[d.severity]} ${d.severity}`,Dt(d.rule,n.docsUrl),C(d.message)]}),["r","l","l","l"]),""),c.length&&t.push(`<details><summary>Accepted findings (${c.length})</summary>`,"",oe(["Line","Rule","Reason","Finding"],c.map(d=>{let p=tn(d.range.start);return[`${p.line}:${p.column}`,Dt(d.rule,n.docsUrl),C(d.accepted),C(d.message)]}),["r","l","l","l"]),"","</details>",""),!a.result.syntaxError&&a.result.model&&t.push("<details><summary>Free/paid matrix</summary>","",nf(of(a.result),{heading:"####"}),"</details>","")}return`${t.join(`
`)}
`}u();function yf(){return{cwd:process.cwd(),stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTTY:!!process.stdout.isTTY,env:process.env}}var bn={ok:0,findings:1,usage:2};var vn=class extends Error{};function vf(e,n){let t=qt.default.dirname(e),r=s=>(0,bf.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new vn(a.code==="ENOENT"?"git is not installed":`${e}: not inside a git repository`)}if(n.startsWith("-"))throw new vn(`--base ${n}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${n}^{commit}`])}catch{throw new vn(`--base ${n}: no such git ref (commit, branch or tag)`)}let o=qt.default.relative(i,qt.default.resolve(e)).split(qt.default.sep).join("/");try{return r(["show",`${n}:${o}`])}catch{return}}function rn(e){return e==null?"\u2014":e==="contact-sales"?"Contact sales":e===0?"Free":`$${Number.isInteger(e)?e:e.toFixed(2)}`}function wf(e,n){return e===null?"not included":Rs(e,n)}var Ws=e=>e===void 0?"":` (${e>0?"+":""}${e}%)`;function ab(e){return e.direction==="neutral"?`no verdict: ${e.why}`:`${e.direction} the ${e.basis}: ${e.why}`}var cb={tightened:"wall tightened",loosened:"wall loosened","wall-added":"wall added","wall-removed":"wall removed","unit-changed":"unit changed"};function lb(e){let n=e.features.length?` (sells ${e.features.join(", ")})`:"";return e.kind==="added"?`${e.name}: added at ${rn(e.to)}${n}`:e.kind==="removed"?`${e.name}: removed (was ${rn(e.from)})${n}`:e.kind==="from-changed"?`${e.name}: sold from ${e.from} \u2192 ${e.to}`:`${e.name}: ${rn(e.from)} \u2192 ${rn(e.to)}${Ws(e.percent)}`}var di=(e,n)=>n?`add-on ${n}`:e;var Zt=(e,n)=>`${e} ${n}${e===1?"":"s"}`,ub=e=>`${Zt(e.errors,"error")}, ${Zt(e.warnings,"warning")}, ${Zt(e.infos,"info")}`;var db=e=>e.direction==="with"?"\u2705 ":e.direction==="against"?"\u26A0\uFE0F ":"",fi=e=>`${db(e)}${C(ab(e))}`;function kf(e,n,t){let r=[`## Packaging changes: ${C(n.head)}`,"",`Compared with ${jn(n.base)}${e.baseMissing?" (does not exist: a new file)":""}. Head: ${ub(e.head)}.`,""];if(ti(e))return r.push("No packaging changes.",""),`${r.join(`
`)}
`;let i=[...e.moved.map(s=>s.judgement),...e.limits.map(s=>s.verdict),...e.prices.map(s=>s.verdict),...e.addOns.map(s=>s.verdict)].filter(s=>s.direction==="against").length;(i>0||e.accepted.length>0)&&r.push(`**${Zt(i,"change")} against the packaging test or the growth model**${e.accepted.length?`; ${Zt(e.accepted.length,"finding")} newly accepted`:""}.`,""),e.renamed.length>0&&r.push("### Plans renamed","",oe(["Before","After","Place in the ladder"],e.renamed.map(s=>[C(`${s.fromName} (${s.fromId})`),C(`${s.toName} (${s.toId})`),String(s.rank+1)])),""),e.moved.length>0&&r.push("### Moved between plans","",oe(["Feature","From","To","Side","Verdict"],e.moved.map(s=>[C(s.name),C(di(s.fromPlan,s.fromAddOn)),C(di(s.toPlan,s.toAddOn)),C(s.fromSide===s.toSide?`${s.toSide??"unknown"} side`:`${s.fromSide??"unknown"} \u2192 ${s.toSide??"unknown"}`),fi(s.judgement)])),""),e.added.length+e.removed.length>0&&r.push("### Features added or removed","",oe(["","Feature","Plan","Side","Recommendation"],[...e.added.map(s=>["\u2795",C(s.name),C(di(s.plan,s.addOn)),C(s.side??"unknown plan"),C(en[s.recommendation])]),...e.removed.map(s=>["\u2796",C(s.name),C(di(s.plan,s.addOn)),C(s.side??"unknown plan"),C(en[s.recommendation])])]),""),e.limits.length>0&&r.push("### Limits changed","",oe(["Feature","Plan","Before","After","Change","Verdict"],e.limits.map(s=>[C(s.name),C(s.plan),C(wf(s.from,s.fromUnit??s.unit)),C(wf(s.to,s.unit)),C(`${cb[s.kind]}${Ws(s.percent)}`),fi(s.verdict)])),""),e.prices.length>0&&r.push("### Plans and prices","",oe(["Plan","Before","After","Change","Verdict"],e.prices.map(s=>[C(s.name),C(rn(s.from)),C(rn(s.to)),C(`${s.percent!==void 0?`${s.percent>0?"+":""}${s.percent}%`:""}${s.entryFrom!==void 0||s.entryTo!==void 0?` entry ${rn(s.entryFrom)} \u2192 ${rn(s.entryTo)}${Ws(s.entryPercent)}`:""}`.trim()),fi(s.verdict)])),""),e.addOns.length>0&&r.push("### Add-ons","",oe(["Add-on","Change","Verdict"],e.addOns.map(s=>[C(s.name),C(lb(s)),fi(s.verdict)])),""),e.rationale.length>0&&r.push("### Rationale changed","",oe(["Feature","Before","After"],e.rationale.map(s=>[C(s.name),C(s.from??"(none)"),C(s.to??"(none)")])),""),e.accepted.length>0&&r.push("### Newly accepted findings","","These findings are waved through by an `accept` entry: they no longer count. Check the reasons.","",oe(["Severity","Rule","Feature","Finding","Reason"],e.accepted.map(s=>[s.severity,Dt(s.rule,t),C(s.feature??""),C(s.message),C(s.accepted??"")])),"");let o=(s,a)=>s.map(l=>[a,`${l.severity}`,Dt(l.rule,t),C(l.message)]);return e.newDiagnostics.length+e.resolvedDiagnostics.length>0&&r.push("### Findings","",oe(["","Severity","Rule","Message"],[...o(e.newDiagnostics,"\u{1F195} new"),...o(e.resolvedDiagnostics,"\u2705 resolved")]),"",...Us(t)),`${r.join(`
`)}
`}u();u();var fb={error:"error",warning:"warning",info:"notice"};function kn(e){return ri(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function pb(e){return kn(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}function pi(e,n,t){let r=Object.entries(n).map(([i,o])=>`${i}=${pb(String(o))}`).join(",");return`::${e}${r?` ${r}`:""}::${kn(t)}`}function hi(e){let n=[];for(let t of e)for(let r of t.diagnostics)r.accepted===void 0&&n.push(pi(fb[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return n.length>0?`${n.join(`
`)}
`:""}u();function hb(e){return{files:e.map(n=>({file:n.file,...Lt(n.diagnostics),diagnostics:n.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:tn(t.range.start),end:tn(t.range.end)}})),features:n.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function $f(e){return`${JSON.stringify(hb(e),null,2)}
`}u();var Of=require("node:crypto");u();var xf=require("node:fs"),Gs=Re(require("node:path")),Ks=typeof g<"u"?g:void 0,mb=()=>Gs.default.resolve(__dirname,"..","..");function gb(e){try{return(0,xf.readFileSync)(e,"utf8")}catch{return}}function Sf(e){if(/^[a-z][a-z0-9-]*$/.test(e))return Ks?Object.hasOwn(Ks.docs,e)?Ks.docs[e]:void 0:gb(Gs.default.join(mb(),"docs","rules",`${e}.md`))}u();function _f(e,n){let t=e.replace(/\r\n?/g,`
`).split(`
`),r=t.findIndex(a=>a.trim()===`## ${n}`);if(r<0)return[];let i=[],o=[],s=!1;for(let a of t.slice(r+1)){if(!s&&a.startsWith("## "))break;a.startsWith("```")&&(s=!s),!s&&a.trim()===""?(o.length&&i.push(o.join(`
`)),o=[]):o.push(a)}return o.length&&i.push(o.join(`
`)),i}function yb(e){return e.replace(/\s*\n\s*/g," ").replace(/`([^`]*)`/g,"$1").replace(/\*\*([^*]+)\*\*/g,"$1").replace(/\[([^\]]+)\]\([^)]*\)/g,"$1").trim()}function Af(e){let n=_f(e,"What it checks").filter(i=>!/^Anchor:/.test(i)),t=_f(e,"Why").slice(0,1),r=[...n,...t].filter(i=>!i.startsWith("```"));if(r.length!==0)return{text:r.map(yb).join(`

`),markdown:r.map(i=>i.replace(/\s*\n\s*/g," ").trim()).join(`

`)}}var wb="https://json.schemastore.org/sarif-2.1.0.json",Pf={error:"error",warning:"warning",info:"note"},bb=e=>e.split("-").map(n=>n.charAt(0).toUpperCase()+n.slice(1)).join("");function vb(e){let n=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(e)?{uri:`file:///${n(e.replace(/\\/g,"/"))}`}:e.startsWith("/")?{uri:`file://${n(e)}`}:{uri:n(e),uriBaseId:"%SRCROOT%"}}function kb(e,n={}){let t=new Map(Fn.map((o,s)=>[o.id,s])),r=Fn.map(o=>{let s=Sf(o.id),a=s?Af(s):void 0,l=ai(o.id,n.docsUrl);return{id:o.id,name:bb(o.id),shortDescription:{text:o.description},fullDescription:a??{text:o.description},help:s?{text:s,markdown:s}:{text:`${o.description}

Run \`${ci(o.id)}\` for the rule's page.`},...l?{helpUri:l}:{},defaultConfiguration:{level:Pf[o.severity]},properties:{tags:["packaging",o.category],precision:"very-high"}}}),i=e.flatMap(o=>{let s=new Map;return o.diagnostics.map(a=>{let l=t.get(a.rule),c=[o.file,a.rule,a.feature??"",a.message].join("\0"),d=(s.get(c)??0)+1;s.set(c,d);let p=`${(0,Of.createHash)("sha256").update(c).digest("hex").slice(0,32)}:${d}`;return{ruleId:a.rule,...l!==void 0?{ruleIndex:l}:{},level:Pf[a.severity],message:{text:a.message},locations:[{physicalLocation:{artifactLocation:vb(o.file),region:{startLine:a.range.start.line+1,startColumn:a.range.start.character+1,endLine:a.range.end.line+1,endColumn:a.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":p},...a.accepted!==void 0?{suppressions:[{kind:"inSource",justification:a.accepted}]}:{},...a.feature!==void 0?{properties:{feature:a.feature}}:{}}})});return{$schema:wb,version:"2.1.0",runs:[{tool:{driver:{name:Bs,version:Fs,semanticVersion:Fs,...n.docsUrl?{informationUri:n.docsUrl}:{},rules:r}},columnKind:"utf16CodeUnits",results:i}]}}function mi(e,n={}){return`${JSON.stringify(kb(e,n),null,2)}
`}u();var Bt=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function Mf(e,n){let t=Zs(n.color);if(e.length===0)return"";let r=[];for(let c of e){let d=n.showAccepted?c.diagnostics:c.diagnostics.filter(h=>h.accepted===void 0);if(d.length===0)continue;r.push(t.underline(It(c.file)));let p=d.map(h=>{let y=tn(h.range.start);return{pos:`${y.line}:${y.column}`,d:h}}),f=Math.max(...p.map(h=>h.pos.length));for(let{pos:h,d:y}of p){let m=y.accepted!==void 0?t.dim("accepted"):y.severity==="error"?t.red("error  "):y.severity==="warning"?t.yellow("warning"):t.blue("info   "),w=y.accepted!==void 0?` ${t.dim(`(accepted: ${It(y.accepted.replace(/\s*\n\s*/g," "))})`)}`:"";r.push(`  ${t.dim(h.padEnd(f))}  ${m}  ${It(y.message.replace(/\s*\n\s*/g," "))}${w}  ${t.dim(y.rule)}`)}r.push("")}let i=Wn(e),o=i.errorCount+i.warningCount+i.infoCount,s=Bt(e.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${n.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let c=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${c}`:c}let l=`\u2716 ${Bt(o,"problem")} (${Bt(i.errorCount,"error")}, ${Bt(i.warningCount,"warning")}, ${Bt(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(l)):t.yellow(t.bold(l))),`${r.join(`
`)}
`}var gi={stylish:Mf,json:$f,sarif:mi,github:hi,markdown:ui};function $n(e,n){return(e[`INPUT_${n.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Ft(e,n){return e.stdout(`::error title=packaging-planner::${kn(n)}
`),{exitCode:bn.usage,errors:0,warnings:0,infos:0}}function zf(e){let n=e.env,t=n.GITHUB_WORKSPACE&&xn.default.isAbsolute(n.GITHUB_WORKSPACE)?n.GITHUB_WORKSPACE:e.cwd,r=$n(n,"paths").split(/\r?\n/).flatMap($=>$.trim().split(/\s+/)).filter(Boolean),i=$n(n,"format")||"stylish";if(!(i in gi))return Ft(e,`input format: unknown "${i}"; use one of ${Object.keys(gi).join(", ")}`);let o=$n(n,"max-warnings"),s;try{s=tf(o)}catch($){return Ft(e,`input max-warnings: ${$.message.replace(/^--max-warnings takes/,"takes")}`)}let a=$n(n,"sarif"),l=$n(n,"annotate")!=="false",c=$n(n,"diff-base"),d=$n(n,"diff-file")||"packaging-diff.md",p;try{p=js(n)}catch($){if($ instanceof Rt)return Ft(e,$.message);throw $}let f;try{f=mf(r,t,$=>e.stdout(`${pi("warning",{title:"packaging-planner"},$)}
`))}catch($){if($ instanceof nn)return Ft(e,$.message);throw $}let h=[],y=!1;for(let $ of f){let O=qs($,t),M=Ds($);if(!M.ok){e.stdout(`${pi("error",{file:O,title:"packaging-planner"},`${O}: ${M.reason}`)}
`),y=!0;continue}let v=ei(M.text);h.push({file:O,text:M.text,result:v,diagnostics:v.diagnostics})}if(e.stdout(gi[i](h,{color:!1,docsUrl:p})),l&&i!=="github"&&e.stdout(hi(h)),n.GITHUB_STEP_SUMMARY&&(0,Oe.appendFileSync)(n.GITHUB_STEP_SUMMARY,ui(h,{docsUrl:p})),a){let $=xn.default.resolve(t,a);(0,Oe.mkdirSync)(xn.default.dirname($),{recursive:!0}),(0,Oe.writeFileSync)($,mi(h,{docsUrl:p}))}let m="";if(c){let $=[];try{for(let M of h){let v=vf(xn.default.resolve(t,M.file),c),x=Cs(v===void 0?void 0:ei(v),M.result);ti(x)||$.push(kf(x,{base:`${c}:${M.file}`,head:M.file},p))}}catch(M){if(M instanceof vn)return Ft(e,`input diff-base: ${M.message}`);throw M}let O=$.length>0?$.join(`
`):`## Packaging changes

No packaging changes since ${jn(c)}.
`;m=xn.default.resolve(t,d),(0,Oe.mkdirSync)(xn.default.dirname(m),{recursive:!0}),(0,Oe.writeFileSync)(m,O),n.GITHUB_STEP_SUMMARY&&(0,Oe.appendFileSync)(n.GITHUB_STEP_SUMMARY,`
${O}`)}let{errorCount:w,warningCount:k,infoCount:S}=Wn(h);n.GITHUB_OUTPUT&&(0,Oe.appendFileSync)(n.GITHUB_OUTPUT,`errors=${w}
warnings=${k}
infos=${S}
files=${h.length}
${a?`sarif=${a}
`:""}${m?`diff=${d}
`:""}`);let P=bn.ok;return y?P=bn.usage:w>0?P=bn.findings:s>=0&&k>s&&(e.stdout(`::error title=packaging-planner::${kn(`${k} warnings, more than max-warnings ${s}`)}
`),P=bn.findings),{exitCode:P,errors:w,warnings:k,infos:S}}try{process.exitCode=zf(yf()).exitCode}catch(e){process.stdout.write(`::error title=packaging-planner::${kn(`internal error: ${e?.message??String(e)}`)}
`),process.exitCode=2}
