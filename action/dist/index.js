"use strict";var pd=Object.create;var Cs=Object.defineProperty;var hd=Object.getOwnPropertyDescriptor;var md=Object.getOwnPropertyNames;var gd=Object.getPrototypeOf,yd=Object.prototype.hasOwnProperty;var wd=(n,e,t)=>()=>{if(t)throw t[0];try{return n&&(e=n(n=0)),e}catch(r){throw t=[r],r}};var _=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var bd=(n,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of md(e))!yd.call(n,i)&&i!==t&&Cs(n,i,{get:()=>e[i],enumerable:!(r=hd(e,i))||r.enumerable});return n};var Ve=(n,e,t)=>(t=n!=null?pd(gd(n)):{},bd(e||!n||!n.__esModule?Cs(t,"default",{value:n,enumerable:!0}):t,n));var y,u=wd(()=>{y={schema:`{
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
  "$id": "https://packaging-planner.dev/schemas/packaging.schema.json"
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
`,schema:'# schema\n\nDefault severity: error | Category: Structure\n\n## What it checks\n\nA value or key breaks the format (section 2 of the spec).\n\nAnchor: the offending value, or the key for unknown or missing keys (the\nparent object\'s key for a missing one).\n\nEvery object is closed: an unknown key is an error that names the key and,\nwhen one is close, suggests the nearest known key (`signal` -> `signals`).\nValues are taken exactly as typed: `"10"` (a string) is not the number `10`.\nA schema error in one plan, add-on, feature or the `growth` block does not\nhide the rest: everything else is still checked, and the failing element\'s\nid, when valid, still counts for references.\n\nAmong the checks that go beyond types:\n\n- A feature needs exactly one of `plan` and `addOn`: both, or neither, is\n  an error on the feature\'s `id`.\n- `minSeats` (an integer >= 1) only goes with `per: seat`; `salesAssisted:\n  true` cannot go on a plan priced `0`; `trialDays` only goes with\n  `freeOffer: trial` or `freemium-and-trial` (written: with `freeOffer`\n  left out, freemium is assumed and `trialDays` is an error).\n- Limits are numbers >= 0 (decimals allowed: `0.1` GB) or `unlimited`.\n- An empty value where a map or list is required (`growth:` with nothing\n  after it) is an error: there is no coercion of null.\n- `accept` entries (on a feature, or top level): the key must be a rule id\n  that can be accepted, the reason non-empty text. An unknown rule id, one\n  of the six structure rules or `unused-accept` is an error on the key; an\n  empty reason an error on the value. In a feature\'s `accept`, the error\n  leaves that feature out of the rules; in the top-level `accept`, only the\n  bad entry is ignored.\n- `rules:` entries: an unknown rule id is an error on the key (with the\n  nearest rule id suggested) and only that entry is ignored. A structure\n  rule (`syntax`, `schema`, `duplicate-id`, `unknown-plan`,\n  `unknown-add-on`, `limit-outside-plan`) set below `error` is an error on\n  the value: the file cannot switch off the checks that keep it readable.\n\n## Why\n\nThe packaging file is a shared decision record read by product, sales,\nfinance and the tool itself. If a typo silently drops a key (`singals:`\ninstead of `signals:`), the feature quietly loses its packaging test and the\nmatrix shows a decision nobody made. Strict keys and values mean what you\nwrote is what everyone reads.\n\n## How to fix\n\nFollow the message: rename the unknown key to the suggested one, write the\nvalue with the right type (a number without quotes, `true`/`false`, one of\nthe listed words), or add the missing required key. The format at a glance\nis in `docs/format.md`.\n\nBefore (the price is a string, `signal` is not a key, `plan` is missing on\nthe second feature):\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: "10"\nfeatures:\n  - id: share-boards\n    plan: free\n    signal:\n      virality: true\n  - id: export-pdf\n```\n\nAfter:\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 10\nfeatures:\n  - id: share-boards\n    plan: free\n    signals:\n      virality: true\n  - id: export-pdf\n    plan: pro\n```\n\n## Configure\n\n`schema` is one of the six structure rules that keep a file readable\n(`syntax`, `schema`, `duplicate-id`, `unknown-plan`, `unknown-add-on`,\n`limit-outside-plan`). The file it checks cannot set it below `error`:\n`schema: warning` or `schema: off` in the file\'s own `rules:` block is a\n`schema` error on that value, and the entry is ignored. It cannot be\naccepted in an `accept:` block either (that is a `schema` error too). Only\nthe VS Code setting can lower it, for every file, for example while a\nlarge file is being migrated:\n\n```json\n"packagingPlanner.rules": { "schema": "warning" }\n```\n',"short-trial":`# short-trial

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
`}}});var E=_(V=>{"use strict";u();var Xr=Symbol.for("yaml.alias"),Ts=Symbol.for("yaml.document"),zt=Symbol.for("yaml.map"),Es=Symbol.for("yaml.pair"),Qr=Symbol.for("yaml.scalar"),Mt=Symbol.for("yaml.seq"),ke=Symbol.for("yaml.node.type"),kd=n=>!!n&&typeof n=="object"&&n[ke]===Xr,xd=n=>!!n&&typeof n=="object"&&n[ke]===Ts,Sd=n=>!!n&&typeof n=="object"&&n[ke]===zt,$d=n=>!!n&&typeof n=="object"&&n[ke]===Es,Is=n=>!!n&&typeof n=="object"&&n[ke]===Qr,_d=n=>!!n&&typeof n=="object"&&n[ke]===Mt;function Rs(n){if(n&&typeof n=="object")switch(n[ke]){case zt:case Mt:return!0}return!1}function Ad(n){if(n&&typeof n=="object")switch(n[ke]){case Xr:case zt:case Qr:case Mt:return!0}return!1}var Pd=n=>(Is(n)||Rs(n))&&!!n.anchor;V.ALIAS=Xr;V.DOC=Ts;V.MAP=zt;V.NODE_TYPE=ke;V.PAIR=Es;V.SCALAR=Qr;V.SEQ=Mt;V.hasAnchor=Pd;V.isAlias=kd;V.isCollection=Rs;V.isDocument=xd;V.isMap=Sd;V.isNode=Ad;V.isPair=$d;V.isScalar=Is;V.isSeq=_d});var Rn=_(ei=>{"use strict";u();var j=E(),X=Symbol("break visit"),Ls=Symbol("skip children"),me=Symbol("remove node");function Ct(n,e){let t=Ds(e);j.isDocument(n)?hn(null,n.contents,t,Object.freeze([n]))===me&&(n.contents=null):hn(null,n,t,Object.freeze([]))}Ct.BREAK=X;Ct.SKIP=Ls;Ct.REMOVE=me;function hn(n,e,t,r){let i=qs(n,e,t,r);if(j.isNode(i)||j.isPair(i))return Zs(n,r,i),hn(n,i,t,r);if(typeof i!="symbol"){if(j.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=hn(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===X)return X;s===me&&(e.items.splice(o,1),o-=1)}}}else if(j.isPair(e)){r=Object.freeze(r.concat(e));let o=hn("key",e.key,t,r);if(o===X)return X;o===me&&(e.key=null);let s=hn("value",e.value,t,r);if(s===X)return X;s===me&&(e.value=null)}}return i}async function Nt(n,e){let t=Ds(e);j.isDocument(n)?await mn(null,n.contents,t,Object.freeze([n]))===me&&(n.contents=null):await mn(null,n,t,Object.freeze([]))}Nt.BREAK=X;Nt.SKIP=Ls;Nt.REMOVE=me;async function mn(n,e,t,r){let i=await qs(n,e,t,r);if(j.isNode(i)||j.isPair(i))return Zs(n,r,i),mn(n,i,t,r);if(typeof i!="symbol"){if(j.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=await mn(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===X)return X;s===me&&(e.items.splice(o,1),o-=1)}}}else if(j.isPair(e)){r=Object.freeze(r.concat(e));let o=await mn("key",e.key,t,r);if(o===X)return X;o===me&&(e.key=null);let s=await mn("value",e.value,t,r);if(s===X)return X;s===me&&(e.value=null)}}return i}function Ds(n){return typeof n=="object"&&(n.Collection||n.Node||n.Value)?Object.assign({Alias:n.Node,Map:n.Node,Scalar:n.Node,Seq:n.Node},n.Value&&{Map:n.Value,Scalar:n.Value,Seq:n.Value},n.Collection&&{Map:n.Collection,Seq:n.Collection},n):n}function qs(n,e,t,r){if(typeof t=="function")return t(n,e,r);if(j.isMap(e))return t.Map?.(n,e,r);if(j.isSeq(e))return t.Seq?.(n,e,r);if(j.isPair(e))return t.Pair?.(n,e,r);if(j.isScalar(e))return t.Scalar?.(n,e,r);if(j.isAlias(e))return t.Alias?.(n,e,r)}function Zs(n,e,t){let r=e[e.length-1];if(j.isCollection(r))r.items[n]=t;else if(j.isPair(r))n==="key"?r.key=t:r.value=t;else if(j.isDocument(r))r.contents=t;else{let i=j.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}ei.visit=Ct;ei.visitAsync=Nt});var ni=_(Fs=>{"use strict";u();var Bs=E(),Od=Rn(),zd={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Md=n=>n.replace(/[!,[\]{}]/g,e=>zd[e]),Ln=class n{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},n.defaultYaml,e),this.tags=Object.assign({},n.defaultTags,t)}clone(){let e=new n(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new n(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:n.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},n.defaultTags);break}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:n.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},n.defaultTags),this.atNextDocument=!1);let r=e.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!")return t(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let s=e.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=e.match(/^(.*!)([^!]*)$/s);i||t(`The ${e} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[t,r]of Object.entries(this.tags))if(e.startsWith(r))return t+Md(e.substring(r.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(e&&r.length>0&&Bs.isNode(e.contents)){let o={};Od.visit(e.contents,(s,a)=>{Bs.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!e||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};Ln.defaultYaml={explicit:!1,version:"1.2"};Ln.defaultTags={"!!":"tag:yaml.org,2002:"};Fs.Directives=Ln});var Tt=_(Dn=>{"use strict";u();var js=E(),Cd=Rn();function Nd(n){if(/[\x00-\x19\s,[\]{}]/.test(n)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(n)}`;throw new Error(t)}return!0}function Us(n){let e=new Set;return Cd.visit(n,{Value(t,r){r.anchor&&e.add(r.anchor)}}),e}function Ws(n,e){for(let t=1;;++t){let r=`${n}${t}`;if(!e.has(r))return r}}function Td(n,e){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=Us(n));let s=Ws(e,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(js.isScalar(s.node)||js.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}Dn.anchorIsValid=Nd;Dn.anchorNames=Us;Dn.createNodeAnchors=Td;Dn.findNewAnchor=Ws});var ti=_(Ks=>{"use strict";u();function qn(n,e,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=qn(n,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=qn(n,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=qn(n,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=qn(n,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return n.call(e,t,r)}Ks.applyReviver=qn});var Oe=_(Vs=>{"use strict";u();var Ed=E();function Gs(n,e,t){if(Array.isArray(n))return n.map((r,i)=>Gs(r,String(i),t));if(n&&typeof n.toJSON=="function"){if(!t||!Ed.hasAnchor(n))return n.toJSON(e,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(n,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=n.toJSON(e,t);return t.onCreate&&t.onCreate(i),i}return typeof n=="bigint"&&!t?.keep?Number(n):n}Vs.toJS=Gs});var Et=_(Hs=>{"use strict";u();var Id=ti(),Ys=E(),Rd=Oe(),ri=class{constructor(e){Object.defineProperty(this,Ys.NODE_TYPE,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!Ys.isDocument(e))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:e,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=Rd.toJS(this,"",s);if(typeof i=="function")for(let{count:l,res:c}of s.anchors.values())i(c,l);return typeof o=="function"?Id.applyReviver(o,{"":a},"",a):a}};Hs.NodeBase=ri});var Zn=_(Js=>{"use strict";u();var Ld=Tt(),Dd=Rn(),gn=E(),qd=Et(),Zd=Oe(),ii=class extends qd.NodeBase{constructor(e){super(gn.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],Dd.visit(e,{Node:(o,s)=>{(gn.isAlias(s)||gn.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,l=o.get(i);if(l||(Zd.toJS(i,null,t),l=o.get(i)),l?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(a>=0&&(l.count+=1,l.aliasCount===0&&(l.aliasCount=It(s,i,o)),l.count*l.aliasCount>a)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return i}toJSON(e,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(e,t,r){let i=`*${this.source}`;if(e){if(Ld.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(e.implicitKey)return`${i} `}return i}};function It(n,e,t){if(gn.isAlias(e)){let r=e.resolve(n),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(gn.isCollection(e)){let r=0;for(let i of e.items){let o=It(n,i,t);o>r&&(r=o)}return r}else if(gn.isPair(e)){let r=It(n,e.key,t),i=It(n,e.value,t);return Math.max(r,i)}return 1}Js.Alias=ii});var F=_(oi=>{"use strict";u();var Bd=E(),Fd=Et(),jd=Oe(),Ud=n=>!n||typeof n!="function"&&typeof n!="object",ze=class extends Fd.NodeBase{constructor(e){super(Bd.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:jd.toJS(this.value,e,t)}toString(){return String(this.value)}};ze.BLOCK_FOLDED="BLOCK_FOLDED";ze.BLOCK_LITERAL="BLOCK_LITERAL";ze.PLAIN="PLAIN";ze.QUOTE_DOUBLE="QUOTE_DOUBLE";ze.QUOTE_SINGLE="QUOTE_SINGLE";oi.Scalar=ze;oi.isScalarValue=Ud});var Bn=_(Qs=>{"use strict";u();var Wd=Zn(),Ye=E(),Xs=F(),Kd="tag:yaml.org,2002:";function Gd(n,e,t){if(e){let r=t.filter(o=>o.tag===e),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${e} not found`);return i}return t.find(r=>r.identify?.(n)&&!r.format)}function Vd(n,e,t){if(Ye.isDocument(n)&&(n=n.contents),Ye.isNode(n))return n;if(Ye.isPair(n)){let p=t.schema[Ye.MAP].createNode?.(t.schema,null,t);return p.items.push(n),p}(n instanceof String||n instanceof Number||n instanceof Boolean||typeof BigInt<"u"&&n instanceof BigInt)&&(n=n.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,l;if(r&&n&&typeof n=="object"){if(l=a.get(n),l)return l.anchor??(l.anchor=i(n)),new Wd.Alias(l.anchor);l={anchor:null,node:null},a.set(n,l)}e?.startsWith("!!")&&(e=Kd+e.slice(2));let c=Gd(n,e,s.tags);if(!c){if(n&&typeof n.toJSON=="function"&&(n=n.toJSON()),!n||typeof n!="object"){let p=new Xs.Scalar(n);return l&&(l.node=p),p}c=n instanceof Map?s[Ye.MAP]:Symbol.iterator in Object(n)?s[Ye.SEQ]:s[Ye.MAP]}o&&(o(c),delete t.onTagObj);let d=c?.createNode?c.createNode(t.schema,n,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,n,t):new Xs.Scalar(n);return e?d.tag=e:c.default||(d.tag=c.tag),l&&(l.node=d),d}Qs.createNode=Vd});var Lt=_(Rt=>{"use strict";u();var Yd=Bn(),ge=E(),Hd=Et();function si(n,e,t){let r=t;for(let i=e.length-1;i>=0;--i){let o=e[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return Yd.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:n,sourceObjects:new Map})}var ea=n=>n==null||typeof n=="object"&&!!n[Symbol.iterator]().next().done,ai=class extends Hd.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(r=>ge.isNode(r)||ge.isPair(r)?r.clone(e):r),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(ea(e))this.add(t);else{let[r,...i]=e,o=this.get(r,!0);if(ge.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,si(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(e){let[t,...r]=e;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(ge.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){let[r,...i]=e,o=this.get(r,!0);return i.length===0?!t&&ge.isScalar(o)?o.value:o:ge.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!ge.isPair(t))return!1;let r=t.value;return r==null||e&&ge.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){let[t,...r]=e;if(r.length===0)return this.has(t);let i=this.get(t,!0);return ge.isCollection(i)?i.hasIn(r):!1}setIn(e,t){let[r,...i]=e;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(ge.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,si(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};Rt.Collection=ai;Rt.collectionFromPath=si;Rt.isEmptyPath=ea});var Fn=_(Dt=>{"use strict";u();var Jd=n=>n.replace(/^(?!$)(?: $)?/gm,"#");function ci(n,e){return/^\n+$/.test(n)?n.substring(1):e?n.replace(/^(?! *$)/gm,e):n}var Xd=(n,e,t)=>n.endsWith(`
`)?ci(t,e):t.includes(`
`)?`
`+ci(t,e):(n.endsWith(" ")?"":" ")+t;Dt.indentComment=ci;Dt.lineComment=Xd;Dt.stringifyComment=Jd});var ta=_(jn=>{"use strict";u();var Qd="flow",li="block",qt="quoted";function ep(n,e,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return n;i<o&&(o=0);let l=Math.max(1+o,1+i-e.length);if(n.length<=l)return n;let c=[],d={},p=i-e.length;typeof r=="number"&&(r>i-Math.max(2,o)?c.push(0):p=i-r);let f,m,w=!1,g=-1,h=-1,v=-1;t===li&&(g=na(n,g,e.length),g!==-1&&(p=g+l));for(let b;b=n[g+=1];){if(t===qt&&b==="\\"){switch(h=g,n[g+1]){case"x":g+=3;break;case"u":g+=5;break;case"U":g+=9;break;default:g+=1}v=g}if(b===`
`)t===li&&(g=na(n,g,e.length)),p=g+e.length+l,f=void 0;else{if(b===" "&&m&&m!==" "&&m!==`
`&&m!=="	"){let S=n[g+1];S&&S!==" "&&S!==`
`&&S!=="	"&&(f=g)}if(g>=p)if(f)c.push(f),p=f+l,f=void 0;else if(t===qt){for(;m===" "||m==="	";)m=b,b=n[g+=1],w=!0;let S=g>v+1?g-2:h-1;if(d[S])return n;c.push(S),d[S]=!0,p=S+l,f=void 0}else w=!0}m=b}if(w&&a&&a(),c.length===0)return n;s&&s();let k=n.slice(0,c[0]);for(let b=0;b<c.length;++b){let S=c[b],x=c[b+1]||n.length;S===0?k=`
${e}${n.slice(0,x)}`:(t===qt&&d[S]&&(k+=`${n[S]}\\`),k+=`
${e}${n.slice(S+1,x)}`)}return k}function na(n,e,t){let r=e,i=e+1,o=n[i];for(;o===" "||o==="	";)if(e<i+t)o=n[++e];else{do o=n[++e];while(o&&o!==`
`);r=e,i=e+1,o=n[i]}return r}jn.FOLD_BLOCK=li;jn.FOLD_FLOW=Qd;jn.FOLD_QUOTED=qt;jn.foldFlowLines=ep});var Wn=_(ra=>{"use strict";u();var ce=F(),Me=ta(),Bt=(n,e)=>({indentAtStart:e?n.indent.length:n.indentAtStart,lineWidth:n.options.lineWidth,minContentWidth:n.options.minContentWidth}),Ft=n=>/^(%|---|\.\.\.)/m.test(n);function np(n,e,t){if(!e||e<0)return!1;let r=e-t,i=n.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(n[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function Un(n,e){let t=JSON.stringify(n);if(e.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=e,i=e.options.doubleQuotedMinMultiLineLength,o=e.indent||(Ft(n)?"  ":""),s="",a=0;for(let l=0,c=t[l];c;c=t[++l])if(c===" "&&t[l+1]==="\\"&&t[l+2]==="n"&&(s+=t.slice(a,l)+"\\ ",l+=1,a=l,c="\\"),c==="\\")switch(t[l+1]){case"u":{s+=t.slice(a,l);let d=t.substr(l+2,4);switch(d){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:d.substr(0,2)==="00"?s+="\\x"+d.substr(2):s+=t.substr(l,6)}l+=5,a=l+1}break;case"n":if(r||t[l+2]==='"'||t.length<i)l+=1;else{for(s+=t.slice(a,l)+`

`;t[l+2]==="\\"&&t[l+3]==="n"&&t[l+4]!=='"';)s+=`
`,l+=2;s+=o,t[l+2]===" "&&(s+="\\"),l+=1,a=l+1}break;default:l+=1}return s=a?s+t.slice(a):t,r?s:Me.foldFlowLines(s,o,Me.FOLD_QUOTED,Bt(e,!1))}function ui(n,e){if(e.options.singleQuote===!1||e.implicitKey&&n.includes(`
`)||/[ \t]\n|\n[ \t]/.test(n))return Un(n,e);let t=e.indent||(Ft(n)?"  ":""),r="'"+n.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return e.implicitKey?r:Me.foldFlowLines(r,t,Me.FOLD_FLOW,Bt(e,!1))}function yn(n,e){let{singleQuote:t}=e.options,r;if(t===!1)r=Un;else{let i=n.includes('"'),o=n.includes("'");i&&!o?r=ui:o&&!i?r=Un:r=t?ui:Un}return r(n,e)}var fi;try{fi=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{fi=/\n+(?!\n|$)/g}function Zt({comment:n,type:e,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:l}=r.options;if(!s||/\n[\t ]+$/.test(t))return yn(t,r);let c=r.indent||(r.forceBlockIndent||Ft(t)?"  ":""),d=s==="literal"?!0:s==="folded"||e===ce.Scalar.BLOCK_FOLDED?!1:e===ce.Scalar.BLOCK_LITERAL?!0:!np(t,l,c.length);if(!t)return d?`|
`:`>
`;let p,f;for(f=t.length;f>0;--f){let x=t[f-1];if(x!==`
`&&x!=="	"&&x!==" ")break}let m=t.substring(f),w=m.indexOf(`
`);w===-1?p="-":t===m||w!==m.length-1?(p="+",o&&o()):p="",m&&(t=t.slice(0,-m.length),m[m.length-1]===`
`&&(m=m.slice(0,-1)),m=m.replace(fi,`$&${c}`));let g=!1,h,v=-1;for(h=0;h<t.length;++h){let x=t[h];if(x===" ")g=!0;else if(x===`
`)v=h;else break}let k=t.substring(0,v<h?v+1:h);k&&(t=t.substring(k.length),k=k.replace(/\n+/g,`$&${c}`));let S=(g?c?"2":"1":"")+p;if(n&&(S+=" "+a(n.replace(/ ?[\r\n]+/g," ")),i&&i()),!d){let x=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),P=!1,z=Bt(r,!0);s!=="folded"&&e!==ce.Scalar.BLOCK_FOLDED&&(z.onOverflow=()=>{P=!0});let $=Me.foldFlowLines(`${k}${x}${m}`,c,Me.FOLD_BLOCK,z);if(!P)return`>${S}
${c}${$}`}return t=t.replace(/\n+/g,`$&${c}`),`|${S}
${c}${k}${t}${m}`}function tp(n,e,t,r){let{type:i,value:o}=n,{actualString:s,implicitKey:a,indent:l,indentStep:c,inFlow:d}=e;if(a&&o.includes(`
`)||d&&/[[\]{},]/.test(o))return yn(o,e);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||d||!o.includes(`
`)?yn(o,e):Zt(n,e,t,r);if(!a&&!d&&i!==ce.Scalar.PLAIN&&o.includes(`
`))return Zt(n,e,t,r);if(Ft(o)){if(l==="")return e.forceBlockIndent=!0,Zt(n,e,t,r);if(a&&l===c)return yn(o,e)}let p=o.replace(/\n+/g,`$&
${l}`);if(s){let f=g=>g.default&&g.tag!=="tag:yaml.org,2002:str"&&g.test?.test(p),{compat:m,tags:w}=e.doc.schema;if(w.some(f)||m?.some(f))return yn(o,e)}return a?p:Me.foldFlowLines(p,l,Me.FOLD_FLOW,Bt(e,!1))}function rp(n,e,t,r){let{implicitKey:i,inFlow:o}=e,s=typeof n.value=="string"?n:Object.assign({},n,{value:String(n.value)}),{type:a}=n;a!==ce.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=ce.Scalar.QUOTE_DOUBLE);let l=d=>{switch(d){case ce.Scalar.BLOCK_FOLDED:case ce.Scalar.BLOCK_LITERAL:return i||o?yn(s.value,e):Zt(s,e,t,r);case ce.Scalar.QUOTE_DOUBLE:return Un(s.value,e);case ce.Scalar.QUOTE_SINGLE:return ui(s.value,e);case ce.Scalar.PLAIN:return tp(s,e,t,r);default:return null}},c=l(a);if(c===null){let{defaultKeyType:d,defaultStringType:p}=e.options,f=i&&d||p;if(c=l(f),c===null)throw new Error(`Unsupported default string type ${f}`)}return c}ra.stringifyString=rp});var Kn=_(di=>{"use strict";u();var ip=Tt(),Ce=E(),op=Fn(),sp=Wn();function ap(n,e){let t=Object.assign({blockQuote:!0,commentString:op.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},n.schema.toStringOptions,e),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:n,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function cp(n,e){if(e.tag){let i=n.filter(o=>o.tag===e.tag);if(i.length>0)return i.find(o=>o.format===e.format)??i[0]}let t,r;if(Ce.isScalar(e)){r=e.value;let i=n.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===e.format)??i.find(o=>!o.format)}else r=e,t=n.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function lp(n,e,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(Ce.isScalar(n)||Ce.isCollection(n))&&n.anchor;o&&ip.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=n.tag??(e.default?null:e.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function up(n,e,t,r){if(Ce.isPair(n))return n.toString(e,t,r);if(Ce.isAlias(n)){if(e.doc.directives)return n.toString(e);if(e.resolvedAliases?.has(n))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(n):e.resolvedAliases=new Set([n]),n=n.resolve(e.doc)}let i,o=Ce.isNode(n)?n:e.doc.createNode(n,{onTagObj:l=>i=l});i??(i=cp(e.doc.schema.tags,o));let s=lp(o,i,e);s.length>0&&(e.indentAtStart=(e.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,e,t,r):Ce.isScalar(o)?sp.stringifyString(o,e,t,r):o.toString(e,t,r);return s?Ce.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${e.indent}${a}`:a}di.createStringifyContext=ap;di.stringify=up});var aa=_(sa=>{"use strict";u();var xe=E(),ia=F(),oa=Kn(),Gn=Fn();function fp({key:n,value:e},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:l,options:{commentString:c,indentSeq:d,simpleKeys:p}}=t,f=xe.isNode(n)&&n.comment||null;if(p){if(f)throw new Error("With simple keys, key nodes cannot have comments");if(xe.isCollection(n)||!xe.isNode(n)&&typeof n=="object"){let z="With simple keys, collection cannot be used as a key value";throw new Error(z)}}let m=!p&&(!n||f&&e==null&&!t.inFlow||xe.isCollection(n)||(xe.isScalar(n)?n.type===ia.Scalar.BLOCK_FOLDED||n.type===ia.Scalar.BLOCK_LITERAL:typeof n=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!m&&(p||!o),indent:a+l});let w=!1,g=!1,h=oa.stringify(n,t,()=>w=!0,()=>g=!0);if(!m&&!t.inFlow&&h.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");m=!0}if(t.inFlow){if(o||e==null)return w&&r&&r(),h===""?"?":m?`? ${h}`:h}else if(o&&!p||e==null&&m)return h=`? ${h}`,f&&!w?h+=Gn.lineComment(h,t.indent,c(f)):g&&i&&i(),h;w&&(f=null),m?(f&&(h+=Gn.lineComment(h,t.indent,c(f))),h=`? ${h}
${a}:`):(h=`${h}:`,f&&(h+=Gn.lineComment(h,t.indent,c(f))));let v,k,b;xe.isNode(e)?(v=!!e.spaceBefore,k=e.commentBefore,b=e.comment):(v=!1,k=null,b=null,e&&typeof e=="object"&&(e=s.createNode(e))),t.implicitKey=!1,!m&&!f&&xe.isScalar(e)&&(t.indentAtStart=h.length+1),g=!1,!d&&l.length>=2&&!t.inFlow&&!m&&xe.isSeq(e)&&!e.flow&&!e.tag&&!e.anchor&&(t.indent=t.indent.substring(2));let S=!1,x=oa.stringify(e,t,()=>S=!0,()=>g=!0),P=" ";if(f||v||k){if(P=v?`
`:"",k){let z=c(k);P+=`
${Gn.indentComment(z,t.indent)}`}x===""&&!t.inFlow?P===`
`&&b&&(P=`

`):P+=`
${t.indent}`}else if(!m&&xe.isCollection(e)){let z=x[0],$=x.indexOf(`
`),T=$!==-1,I=t.inFlow??e.flow??e.items.length===0;if(T||!I){let Z=!1;if(T&&(z==="&"||z==="!")){let q=x.indexOf(" ");z==="&"&&q!==-1&&q<$&&x[q+1]==="!"&&(q=x.indexOf(" ",q+1)),(q===-1||$<q)&&(Z=!0)}Z||(P=`
${t.indent}`)}}else(x===""||x[0]===`
`)&&(P="");return h+=P+x,t.inFlow?S&&r&&r():b&&!S?h+=Gn.lineComment(h,t.indent,c(b)):g&&i&&i(),h}sa.stringifyPair=fp});var hi=_(pi=>{"use strict";u();var ca=require("process");function dp(n,...e){n==="debug"&&console.log(...e)}function pp(n,e){(n==="debug"||n==="warn")&&(typeof ca.emitWarning=="function"?ca.emitWarning(e):console.warn(e))}pi.debug=dp;pi.warn=pp});var Gt=_(Kt=>{"use strict";u();var Wt=E(),la=F(),jt="<<",Ut={identify:n=>n===jt||typeof n=="symbol"&&n.description===jt,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new la.Scalar(Symbol(jt)),{addToJSMap:ua}),stringify:()=>jt},hp=(n,e)=>(Ut.identify(e)||Wt.isScalar(e)&&(!e.type||e.type===la.Scalar.PLAIN)&&Ut.identify(e.value))&&n?.doc.schema.tags.some(t=>t.tag===Ut.tag&&t.default);function ua(n,e,t){let r=fa(n,t);if(Wt.isSeq(r))for(let i of r.items)mi(n,e,i);else if(Array.isArray(r))for(let i of r)mi(n,e,i);else mi(n,e,r)}function mi(n,e,t){let r=fa(n,t);if(!Wt.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,n,Map);for(let[o,s]of i)e instanceof Map?e.has(o)||e.set(o,s):e instanceof Set?e.add(o):Object.prototype.hasOwnProperty.call(e,o)||Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return e}function fa(n,e){return n&&Wt.isAlias(e)?e.resolve(n.doc,n):e}Kt.addMergeToJSMap=ua;Kt.isMergeKey=hp;Kt.merge=Ut});var yi=_(ha=>{"use strict";u();var mp=hi(),da=Gt(),gp=Kn(),pa=E(),gi=Oe();function yp(n,e,{key:t,value:r}){if(pa.isNode(t)&&t.addToJSMap)t.addToJSMap(n,e,r);else if(da.isMergeKey(n,t))da.addMergeToJSMap(n,e,r);else{let i=gi.toJS(t,"",n);if(e instanceof Map)e.set(i,gi.toJS(r,i,n));else if(e instanceof Set)e.add(i);else{let o=wp(t,i,n),s=gi.toJS(r,o,n);o in e?Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):e[o]=s}}return e}function wp(n,e,t){if(e===null)return"";if(typeof e!="object")return String(e);if(pa.isNode(n)&&t?.doc){let r=gp.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=n.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),mp.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(e)}ha.addPairToJSMap=yp});var Ne=_(wi=>{"use strict";u();var ma=Bn(),bp=aa(),vp=yi(),Vt=E();function kp(n,e,t){let r=ma.createNode(n,void 0,t),i=ma.createNode(e,void 0,t);return new Yt(r,i)}var Yt=class n{constructor(e,t=null){Object.defineProperty(this,Vt.NODE_TYPE,{value:Vt.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:r}=this;return Vt.isNode(t)&&(t=t.clone(e)),Vt.isNode(r)&&(r=r.clone(e)),new n(t,r)}toJSON(e,t){let r=t?.mapAsMap?new Map:{};return vp.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?bp.stringifyPair(this,e,t,r):JSON.stringify(this)}};wi.Pair=Yt;wi.createPair=kp});var bi=_(ya=>{"use strict";u();var He=E(),ga=Kn(),Ht=Fn();function xp(n,e,t){return(e.inFlow??n.flow?$p:Sp)(n,e,t)}function Sp({comment:n,items:e},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:l,options:{commentString:c}}=t,d=Object.assign({},t,{indent:o,type:null}),p=!1,f=[];for(let w=0;w<e.length;++w){let g=e[w],h=null;if(He.isNode(g))!p&&g.spaceBefore&&f.push(""),Jt(t,f,g.commentBefore,p),g.comment&&(h=g.comment);else if(He.isPair(g)){let k=He.isNode(g.key)?g.key:null;k&&(!p&&k.spaceBefore&&f.push(""),Jt(t,f,k.commentBefore,p))}p=!1;let v=ga.stringify(g,d,()=>h=null,()=>p=!0);h&&(v+=Ht.lineComment(v,o,c(h))),p&&h&&(p=!1),f.push(r+v)}let m;if(f.length===0)m=i.start+i.end;else{m=f[0];for(let w=1;w<f.length;++w){let g=f[w];m+=g?`
${l}${g}`:`
`}}return n?(m+=`
`+Ht.indentComment(c(n),l),a&&a()):p&&s&&s(),m}function $p({items:n},e,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=e;r+=o;let l=Object.assign({},e,{indent:r,inFlow:!0,type:null}),c=!1,d=0,p=[];for(let w=0;w<n.length;++w){let g=n[w],h=null;if(He.isNode(g))g.spaceBefore&&p.push(""),Jt(e,p,g.commentBefore,!1),g.comment&&(h=g.comment);else if(He.isPair(g)){let k=He.isNode(g.key)?g.key:null;k&&(k.spaceBefore&&p.push(""),Jt(e,p,k.commentBefore,!1),k.comment&&(c=!0));let b=He.isNode(g.value)?g.value:null;b?(b.comment&&(h=b.comment),b.commentBefore&&(c=!0)):g.value==null&&k?.comment&&(h=k.comment)}h&&(c=!0);let v=ga.stringify(g,l,()=>h=null);c||(c=p.length>d||v.includes(`
`)),w<n.length-1?v+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(c||(c=p.reduce((k,b)=>k+b.length+2,2)+(v.length+2)>e.options.lineWidth)),c&&(v+=",")),h&&(v+=Ht.lineComment(v,r,a(h))),p.push(v),d=p.length}let{start:f,end:m}=t;if(p.length===0)return f+m;if(!c){let w=p.reduce((g,h)=>g+h.length+2,2);c=e.options.lineWidth>0&&w>e.options.lineWidth}if(c){let w=f;for(let g of p)w+=g?`
${o}${i}${g}`:`
`;return`${w}
${i}${m}`}else return`${f}${s}${p.join(" ")}${s}${m}`}function Jt({indent:n,options:{commentString:e}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Ht.indentComment(e(r),n);t.push(o.trimStart())}}ya.stringifyCollection=xp});var Ee=_(ki=>{"use strict";u();var _p=bi(),Ap=yi(),Pp=Lt(),Te=E(),Xt=Ne(),Op=F();function Vn(n,e){let t=Te.isScalar(e)?e.value:e;for(let r of n)if(Te.isPair(r)&&(r.key===e||r.key===t||Te.isScalar(r.key)&&r.key.value===t))return r}var vi=class extends Pp.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(Te.MAP,e),this.items=[]}static from(e,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(e),a=(l,c)=>{if(typeof o=="function")c=o.call(t,l,c);else if(Array.isArray(o)&&!o.includes(l))return;(c!==void 0||i)&&s.items.push(Xt.createPair(l,c,r))};if(t instanceof Map)for(let[l,c]of t)a(l,c);else if(t&&typeof t=="object")for(let l of Object.keys(t))a(l,t[l]);return typeof e.sortMapEntries=="function"&&s.items.sort(e.sortMapEntries),s}add(e,t){let r;Te.isPair(e)?r=e:!e||typeof e!="object"||!("key"in e)?r=new Xt.Pair(e,e?.value):r=new Xt.Pair(e.key,e.value);let i=Vn(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);Te.isScalar(i.value)&&Op.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(e){let t=Vn(this.items,e);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(e,t){let i=Vn(this.items,e)?.value;return(!t&&Te.isScalar(i)?i.value:i)??void 0}has(e){return!!Vn(this.items,e)}set(e,t){this.add(new Xt.Pair(e,t),!0)}toJSON(e,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)Ap.addPairToJSMap(t,i,o);return i}toString(e,t,r){if(!e)return JSON.stringify(this);for(let i of this.items)if(!Te.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),_p.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}};ki.YAMLMap=vi;ki.findPair=Vn});var wn=_(ba=>{"use strict";u();var zp=E(),wa=Ee(),Mp={collection:"map",default:!0,nodeClass:wa.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(n,e){return zp.isMap(n)||e("Expected a mapping for this tag"),n},createNode:(n,e,t)=>wa.YAMLMap.from(n,e,t)};ba.map=Mp});var Ie=_(va=>{"use strict";u();var Cp=Bn(),Np=bi(),Tp=Lt(),er=E(),Ep=F(),Ip=Oe(),xi=class extends Tp.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(er.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){let t=Qt(e);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(e,t){let r=Qt(e);if(typeof r!="number")return;let i=this.items[r];return!t&&er.isScalar(i)?i.value:i}has(e){let t=Qt(e);return typeof t=="number"&&t<this.items.length}set(e,t){let r=Qt(e);if(typeof r!="number")throw new Error(`Expected a valid index, not ${e}.`);let i=this.items[r];er.isScalar(i)&&Ep.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(e,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(Ip.toJS(o,String(i++),t));return r}toString(e,t,r){return e?Np.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let l=t instanceof Set?a:String(s++);a=i.call(t,l,a)}o.items.push(Cp.createNode(a,void 0,r))}}return o}};function Qt(n){let e=er.isScalar(n)?n.value:n;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}va.YAMLSeq=xi});var bn=_(xa=>{"use strict";u();var Rp=E(),ka=Ie(),Lp={collection:"seq",default:!0,nodeClass:ka.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(n,e){return Rp.isSeq(n)||e("Expected a sequence for this tag"),n},createNode:(n,e,t)=>ka.YAMLSeq.from(n,e,t)};xa.seq=Lp});var Yn=_(Sa=>{"use strict";u();var Dp=Wn(),qp={identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify(n,e,t,r){return e=Object.assign({actualString:!0},e),Dp.stringifyString(n,e,t,r)}};Sa.string=qp});var nr=_(Aa=>{"use strict";u();var $a=F(),_a={identify:n=>n==null,createNode:()=>new $a.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new $a.Scalar(null),stringify:({source:n},e)=>typeof n=="string"&&_a.test.test(n)?n:e.options.nullStr};Aa.nullTag=_a});var Si=_(Oa=>{"use strict";u();var Zp=F(),Pa={identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:n=>new Zp.Scalar(n[0]==="t"||n[0]==="T"),stringify({source:n,value:e},t){if(n&&Pa.test.test(n)){let r=n[0]==="t"||n[0]==="T";if(e===r)return n}return e?t.options.trueStr:t.options.falseStr}};Oa.boolTag=Pa});var vn=_(za=>{"use strict";u();function Bp({format:n,minFractionDigits:e,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!n&&e&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=e-(o.length-s-1);for(;a-- >0;)o+="0"}return o}za.stringifyNumber=Bp});var _i=_(tr=>{"use strict";u();var Fp=F(),$i=vn(),jp={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:$i.stringifyNumber},Up={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():$i.stringifyNumber(n)}},Wp={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(n){let e=new Fp.Scalar(parseFloat(n)),t=n.indexOf(".");return t!==-1&&n[n.length-1]==="0"&&(e.minFractionDigits=n.length-t-1),e},stringify:$i.stringifyNumber};tr.float=Wp;tr.floatExp=Up;tr.floatNaN=jp});var Pi=_(ir=>{"use strict";u();var Ma=vn(),rr=n=>typeof n=="bigint"||Number.isInteger(n),Ai=(n,e,t,{intAsBigInt:r})=>r?BigInt(n):parseInt(n.substring(e),t);function Ca(n,e,t){let{value:r}=n;return rr(r)&&r>=0?t+r.toString(e):Ma.stringifyNumber(n)}var Kp={identify:n=>rr(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(n,e,t)=>Ai(n,2,8,t),stringify:n=>Ca(n,8,"0o")},Gp={identify:rr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(n,e,t)=>Ai(n,0,10,t),stringify:Ma.stringifyNumber},Vp={identify:n=>rr(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(n,e,t)=>Ai(n,2,16,t),stringify:n=>Ca(n,16,"0x")};ir.int=Gp;ir.intHex=Vp;ir.intOct=Kp});var Ta=_(Na=>{"use strict";u();var Yp=wn(),Hp=nr(),Jp=bn(),Xp=Yn(),Qp=Si(),Oi=_i(),zi=Pi(),eh=[Yp.map,Jp.seq,Xp.string,Hp.nullTag,Qp.boolTag,zi.intOct,zi.int,zi.intHex,Oi.floatNaN,Oi.floatExp,Oi.float];Na.schema=eh});var Ra=_(Ia=>{"use strict";u();var nh=F(),th=wn(),rh=bn();function Ea(n){return typeof n=="bigint"||Number.isInteger(n)}var or=({value:n})=>JSON.stringify(n),ih=[{identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify:or},{identify:n=>n==null,createNode:()=>new nh.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:or},{identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:n=>n==="true",stringify:or},{identify:Ea,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(n,e,{intAsBigInt:t})=>t?BigInt(n):parseInt(n,10),stringify:({value:n})=>Ea(n)?n.toString():JSON.stringify(n)},{identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:n=>parseFloat(n),stringify:or}],oh={default:!0,tag:"",test:/^/,resolve(n,e){return e(`Unresolved plain scalar ${JSON.stringify(n)}`),n}},sh=[th.map,rh.seq].concat(ih,oh);Ia.schema=sh});var Ci=_(La=>{"use strict";u();var Hn=require("buffer"),Mi=F(),ah=Wn(),ch={identify:n=>n instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(n,e){if(typeof Hn.Buffer=="function")return Hn.Buffer.from(n,"base64");if(typeof atob=="function"){let t=atob(n.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),n},stringify({comment:n,type:e,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof Hn.Buffer=="function")a=s instanceof Hn.Buffer?s.toString("base64"):Hn.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let l="";for(let c=0;c<s.length;++c)l+=String.fromCharCode(s[c]);a=btoa(l)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=Mi.Scalar.BLOCK_LITERAL),e!==Mi.Scalar.QUOTE_DOUBLE){let l=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),c=Math.ceil(a.length/l),d=new Array(c);for(let p=0,f=0;p<c;++p,f+=l)d[p]=a.substr(f,l);a=d.join(e===Mi.Scalar.BLOCK_LITERAL?`
`:" ")}return ah.stringifyString({comment:n,type:e,value:a},r,i,o)}};La.binary=ch});var cr=_(ar=>{"use strict";u();var sr=E(),Ni=Ne(),lh=F(),uh=Ie();function Da(n,e){if(sr.isSeq(n))for(let t=0;t<n.items.length;++t){let r=n.items[t];if(!sr.isPair(r)){if(sr.isMap(r)){r.items.length>1&&e("Each pair must have its own sequence indicator");let i=r.items[0]||new Ni.Pair(new lh.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}n.items[t]=sr.isPair(r)?r:new Ni.Pair(r)}}else e("Expected a sequence for this tag");return n}function qa(n,e,t){let{replacer:r}=t,i=new uh.YAMLSeq(n);i.tag="tag:yaml.org,2002:pairs";let o=0;if(e&&Symbol.iterator in Object(e))for(let s of e){typeof r=="function"&&(s=r.call(e,String(o++),s));let a,l;if(Array.isArray(s))if(s.length===2)a=s[0],l=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let c=Object.keys(s);if(c.length===1)a=c[0],l=s[a];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else a=s;i.items.push(Ni.createPair(a,l,t))}return i}var fh={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:Da,createNode:qa};ar.createPairs=qa;ar.pairs=fh;ar.resolvePairs=Da});var Ii=_(Ei=>{"use strict";u();var Za=E(),Ti=Oe(),Jn=Ee(),dh=Ie(),Ba=cr(),Je=class n extends dh.YAMLSeq{constructor(){super(),this.add=Jn.YAMLMap.prototype.add.bind(this),this.delete=Jn.YAMLMap.prototype.delete.bind(this),this.get=Jn.YAMLMap.prototype.get.bind(this),this.has=Jn.YAMLMap.prototype.has.bind(this),this.set=Jn.YAMLMap.prototype.set.bind(this),this.tag=n.tag}toJSON(e,t){if(!t)return super.toJSON(e);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(Za.isPair(i)?(o=Ti.toJS(i.key,"",t),s=Ti.toJS(i.value,o,t)):o=Ti.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(e,t,r){let i=Ba.createPairs(e,t,r),o=new this;return o.items=i.items,o}};Je.tag="tag:yaml.org,2002:omap";var ph={collection:"seq",identify:n=>n instanceof Map,nodeClass:Je,default:!1,tag:"tag:yaml.org,2002:omap",resolve(n,e){let t=Ba.resolvePairs(n,e),r=[];for(let{key:i}of t.items)Za.isScalar(i)&&(r.includes(i.value)?e(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new Je,t)},createNode:(n,e,t)=>Je.from(n,e,t)};Ei.YAMLOMap=Je;Ei.omap=ph});var Ka=_(Ri=>{"use strict";u();var Fa=F();function ja({value:n,source:e},t){return e&&(n?Ua:Wa).test.test(e)?e:n?t.options.trueStr:t.options.falseStr}var Ua={identify:n=>n===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new Fa.Scalar(!0),stringify:ja},Wa={identify:n=>n===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new Fa.Scalar(!1),stringify:ja};Ri.falseTag=Wa;Ri.trueTag=Ua});var Ga=_(lr=>{"use strict";u();var hh=F(),Li=vn(),mh={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Li.stringifyNumber},gh={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n.replace(/_/g,"")),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():Li.stringifyNumber(n)}},yh={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(n){let e=new hh.Scalar(parseFloat(n.replace(/_/g,""))),t=n.indexOf(".");if(t!==-1){let r=n.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(e.minFractionDigits=r.length)}return e},stringify:Li.stringifyNumber};lr.float=yh;lr.floatExp=gh;lr.floatNaN=mh});var Ya=_(Qn=>{"use strict";u();var Va=vn(),Xn=n=>typeof n=="bigint"||Number.isInteger(n);function ur(n,e,t,{intAsBigInt:r}){let i=n[0];if((i==="-"||i==="+")&&(e+=1),n=n.substring(e).replace(/_/g,""),r){switch(t){case 2:n=`0b${n}`;break;case 8:n=`0o${n}`;break;case 16:n=`0x${n}`;break}let s=BigInt(n);return i==="-"?BigInt(-1)*s:s}let o=parseInt(n,t);return i==="-"?-1*o:o}function Di(n,e,t){let{value:r}=n;if(Xn(r)){let i=r.toString(e);return r<0?"-"+t+i.substr(1):t+i}return Va.stringifyNumber(n)}var wh={identify:Xn,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(n,e,t)=>ur(n,2,2,t),stringify:n=>Di(n,2,"0b")},bh={identify:Xn,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(n,e,t)=>ur(n,1,8,t),stringify:n=>Di(n,8,"0")},vh={identify:Xn,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(n,e,t)=>ur(n,0,10,t),stringify:Va.stringifyNumber},kh={identify:Xn,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(n,e,t)=>ur(n,2,16,t),stringify:n=>Di(n,16,"0x")};Qn.int=vh;Qn.intBin=wh;Qn.intHex=kh;Qn.intOct=bh});var Zi=_(qi=>{"use strict";u();var pr=E(),fr=Ne(),dr=Ee(),Xe=class n extends dr.YAMLMap{constructor(e){super(e),this.tag=n.tag}add(e){let t;pr.isPair(e)?t=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?t=new fr.Pair(e.key,null):t=new fr.Pair(e,null),dr.findPair(this.items,t.key)||this.items.push(t)}get(e,t){let r=dr.findPair(this.items,e);return!t&&pr.isPair(r)?pr.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=dr.findPair(this.items,e);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new fr.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(fr.createPair(s,null,r));return o}};Xe.tag="tag:yaml.org,2002:set";var xh={collection:"map",identify:n=>n instanceof Set,nodeClass:Xe,default:!1,tag:"tag:yaml.org,2002:set",createNode:(n,e,t)=>Xe.from(n,e,t),resolve(n,e){if(pr.isMap(n)){if(n.hasAllNullValues(!0))return Object.assign(new Xe,n);e("Set items must all have null values")}else e("Expected a mapping for this tag");return n}};qi.YAMLSet=Xe;qi.set=xh});var Fi=_(hr=>{"use strict";u();var Sh=vn();function Bi(n,e){let t=n[0],r=t==="-"||t==="+"?n.substring(1):n,i=s=>e?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function Ha(n){let{value:e}=n,t=s=>s;if(typeof e=="bigint")t=s=>BigInt(s);else if(isNaN(e)||!isFinite(e))return Sh.stringifyNumber(n);let r="";e<0&&(r="-",e*=t(-1));let i=t(60),o=[e%i];return e<60?o.unshift(0):(e=(e-o[0])/i,o.unshift(e%i),e>=60&&(e=(e-o[0])/i,o.unshift(e))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var $h={identify:n=>typeof n=="bigint"||Number.isInteger(n),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(n,e,{intAsBigInt:t})=>Bi(n,t),stringify:Ha},_h={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:n=>Bi(n,!1),stringify:Ha},Ja={identify:n=>n instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(n){let e=n.match(Ja.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=e.map(Number),l=e[7]?Number((e[7]+"00").substr(1,3)):0,c=Date.UTC(t,r-1,i,o||0,s||0,a||0,l),d=e[8];if(d&&d!=="Z"){let p=Bi(d,!1);Math.abs(p)<30&&(p*=60),c-=6e4*p}return new Date(c)},stringify:({value:n})=>n?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};hr.floatTime=_h;hr.intTime=$h;hr.timestamp=Ja});var ec=_(Qa=>{"use strict";u();var Ah=wn(),Ph=nr(),Oh=bn(),zh=Yn(),Mh=Ci(),Xa=Ka(),ji=Ga(),mr=Ya(),Ch=Gt(),Nh=Ii(),Th=cr(),Eh=Zi(),Ui=Fi(),Ih=[Ah.map,Oh.seq,zh.string,Ph.nullTag,Xa.trueTag,Xa.falseTag,mr.intBin,mr.intOct,mr.int,mr.intHex,ji.floatNaN,ji.floatExp,ji.float,Mh.binary,Ch.merge,Nh.omap,Th.pairs,Eh.set,Ui.intTime,Ui.floatTime,Ui.timestamp];Qa.schema=Ih});var uc=_(Gi=>{"use strict";u();var ic=wn(),Rh=nr(),oc=bn(),Lh=Yn(),Dh=Si(),Wi=_i(),Ki=Pi(),qh=Ta(),Zh=Ra(),sc=Ci(),et=Gt(),ac=Ii(),cc=cr(),nc=ec(),lc=Zi(),gr=Fi(),tc=new Map([["core",qh.schema],["failsafe",[ic.map,oc.seq,Lh.string]],["json",Zh.schema],["yaml11",nc.schema],["yaml-1.1",nc.schema]]),rc={binary:sc.binary,bool:Dh.boolTag,float:Wi.float,floatExp:Wi.floatExp,floatNaN:Wi.floatNaN,floatTime:gr.floatTime,int:Ki.int,intHex:Ki.intHex,intOct:Ki.intOct,intTime:gr.intTime,map:ic.map,merge:et.merge,null:Rh.nullTag,omap:ac.omap,pairs:cc.pairs,seq:oc.seq,set:lc.set,timestamp:gr.timestamp},Bh={"tag:yaml.org,2002:binary":sc.binary,"tag:yaml.org,2002:merge":et.merge,"tag:yaml.org,2002:omap":ac.omap,"tag:yaml.org,2002:pairs":cc.pairs,"tag:yaml.org,2002:set":lc.set,"tag:yaml.org,2002:timestamp":gr.timestamp};function Fh(n,e,t){let r=tc.get(e);if(r&&!n)return t&&!r.includes(et.merge)?r.concat(et.merge):r.slice();let i=r;if(!i)if(Array.isArray(n))i=[];else{let o=Array.from(tc.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${o} or define customTags array`)}if(Array.isArray(n))for(let o of n)i=i.concat(o);else typeof n=="function"&&(i=n(i.slice()));return t&&(i=i.concat(et.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?rc[s]:s;if(!a){let l=JSON.stringify(s),c=Object.keys(rc).map(d=>JSON.stringify(d)).join(", ");throw new Error(`Unknown custom tag ${l}; use one of ${c}`)}return o.includes(a)||o.push(a),o},[])}Gi.coreKnownTags=Bh;Gi.getTags=Fh});var Hi=_(fc=>{"use strict";u();var Vi=E(),jh=wn(),Uh=bn(),Wh=Yn(),yr=uc(),Kh=(n,e)=>n.key<e.key?-1:n.key>e.key?1:0,Yi=class n{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(e)?yr.getTags(e,"compat"):e?yr.getTags(null,e):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?yr.coreKnownTags:{},this.tags=yr.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,Vi.MAP,{value:jh.map}),Object.defineProperty(this,Vi.SCALAR,{value:Wh.string}),Object.defineProperty(this,Vi.SEQ,{value:Uh.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Kh:null}clone(){let e=Object.create(n.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};fc.Schema=Yi});var pc=_(dc=>{"use strict";u();var Gh=E(),Ji=Kn(),nt=Fn();function Vh(n,e){let t=[],r=e.directives===!0;if(e.directives!==!1&&n.directives){let l=n.directives.toString(n);l?(t.push(l),r=!0):n.directives.docStart&&(r=!0)}r&&t.push("---");let i=Ji.createStringifyContext(n,e),{commentString:o}=i.options;if(n.commentBefore){t.length!==1&&t.unshift("");let l=o(n.commentBefore);t.unshift(nt.indentComment(l,""))}let s=!1,a=null;if(n.contents){if(Gh.isNode(n.contents)){if(n.contents.spaceBefore&&r&&t.push(""),n.contents.commentBefore){let d=o(n.contents.commentBefore);t.push(nt.indentComment(d,""))}i.forceBlockIndent=!!n.comment,a=n.contents.comment}let l=a?void 0:()=>s=!0,c=Ji.stringify(n.contents,i,()=>a=null,l);a&&(c+=nt.lineComment(c,"",o(a))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(Ji.stringify(n.contents,i));if(n.directives?.docEnd)if(n.comment){let l=o(n.comment);l.includes(`
`)?(t.push("..."),t.push(nt.indentComment(l,""))):t.push(`... ${l}`)}else t.push("...");else{let l=n.comment;l&&s&&(l=l.replace(/^\n+/,"")),l&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(nt.indentComment(o(l),"")))}return t.join(`
`)+`
`}dc.stringifyDocument=Vh});var tt=_(hc=>{"use strict";u();var Yh=Zn(),kn=Lt(),ie=E(),Hh=Ne(),Jh=Oe(),Xh=Hi(),Qh=pc(),Xi=Tt(),em=ti(),nm=Bn(),Qi=ni(),eo=class n{constructor(e,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,ie.NODE_TYPE,{value:ie.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new Qi.Directives({version:s}),this.setSchema(s,r),this.contents=e===void 0?null:this.createNode(e,i,r)}clone(){let e=Object.create(n.prototype,{[ie.NODE_TYPE]:{value:ie.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=ie.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){xn(this.contents)&&this.contents.add(e)}addIn(e,t){xn(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){let r=Xi.anchorNames(this);e.anchor=!t||r.has(t)?Xi.findNewAnchor(t||"a",r):t}return new Yh.Alias(e.anchor)}createNode(e,t,r){let i;if(typeof t=="function")e=t.call({"":e},"",e),i=t;else if(Array.isArray(t)){let h=k=>typeof k=="number"||k instanceof String||k instanceof Number,v=t.filter(h).map(String);v.length>0&&(t=t.concat(v)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:l,onTagObj:c,tag:d}=r??{},{onAnchor:p,setAnchors:f,sourceObjects:m}=Xi.createNodeAnchors(this,s||"a"),w={aliasDuplicateObjects:o??!0,keepUndefined:l??!1,onAnchor:p,onTagObj:c,replacer:i,schema:this.schema,sourceObjects:m},g=nm.createNode(e,d,w);return a&&ie.isCollection(g)&&(g.flow=!0),f(),g}createPair(e,t,r={}){let i=this.createNode(e,null,r),o=this.createNode(t,null,r);return new Hh.Pair(i,o)}delete(e){return xn(this.contents)?this.contents.delete(e):!1}deleteIn(e){return kn.isEmptyPath(e)?this.contents==null?!1:(this.contents=null,!0):xn(this.contents)?this.contents.deleteIn(e):!1}get(e,t){return ie.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return kn.isEmptyPath(e)?!t&&ie.isScalar(this.contents)?this.contents.value:this.contents:ie.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return ie.isCollection(this.contents)?this.contents.has(e):!1}hasIn(e){return kn.isEmptyPath(e)?this.contents!==void 0:ie.isCollection(this.contents)?this.contents.hasIn(e):!1}set(e,t){this.contents==null?this.contents=kn.collectionFromPath(this.schema,[e],t):xn(this.contents)&&this.contents.set(e,t)}setIn(e,t){kn.isEmptyPath(e)?this.contents=t:this.contents==null?this.contents=kn.collectionFromPath(this.schema,Array.from(e),t):xn(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){typeof e=="number"&&(e=String(e));let r;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Qi.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new Qi.Directives({version:e}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new Xh.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!e,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},l=Jh.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:c,res:d}of a.anchors.values())o(d,c);return typeof s=="function"?em.applyReviver(s,{"":l},"",l):l}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return Qh.stringifyDocument(this,e)}};function xn(n){if(ie.isCollection(n))return!0;throw new Error("Expected a YAML collection as document contents")}hc.Document=eo});var ot=_(it=>{"use strict";u();var rt=class extends Error{constructor(e,t,r,i){super(),this.name=e,this.code=r,this.message=i,this.pos=t}},no=class extends rt{constructor(e,t,r){super("YAMLParseError",e,t,r)}},to=class extends rt{constructor(e,t,r){super("YAMLWarning",e,t,r)}},tm=(n,e)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>e.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=n.substring(e.lineStarts[r-1],e.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=n.substring(e.lineStarts[r-2],e.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,l=t.linePos[1];l?.line===r&&l.col>i&&(a=Math.max(1,Math.min(l.col-i,80-o)));let c=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${c}
`}};it.YAMLError=rt;it.YAMLParseError=no;it.YAMLWarning=to;it.prettifyError=tm});var st=_(mc=>{"use strict";u();function rm(n,{flow:e,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let l=!1,c=a,d=a,p="",f="",m=!1,w=!1,g=null,h=null,v=null,k=null,b=null,S=null,x=null;for(let $ of n)switch(w&&($.type!=="space"&&$.type!=="newline"&&$.type!=="comma"&&o($.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),w=!1),g&&(c&&$.type!=="comment"&&$.type!=="newline"&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),g=null),$.type){case"space":!e&&(t!=="doc-start"||r?.type!=="flow-collection")&&$.source.includes("	")&&(g=$),d=!0;break;case"comment":{d||o($,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let T=$.source.substring(1)||" ";p?p+=f+T:p=T,f="",c=!1;break}case"newline":c?p?p+=$.source:(!S||t!=="seq-item-ind")&&(l=!0):f+=$.source,c=!0,m=!0,(h||v)&&(k=$),d=!0;break;case"anchor":h&&o($,"MULTIPLE_ANCHORS","A node can have at most one anchor"),$.source.endsWith(":")&&o($.offset+$.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=$,x??(x=$.offset),c=!1,d=!1,w=!0;break;case"tag":{v&&o($,"MULTIPLE_TAGS","A node can have at most one tag"),v=$,x??(x=$.offset),c=!1,d=!1,w=!0;break}case t:(h||v)&&o($,"BAD_PROP_ORDER",`Anchors and tags must be after the ${$.source} indicator`),S&&o($,"UNEXPECTED_TOKEN",`Unexpected ${$.source} in ${e??"collection"}`),S=$,c=t==="seq-item-ind"||t==="explicit-key-ind",d=!1;break;case"comma":if(e){b&&o($,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),b=$,c=!1,d=!1;break}default:o($,"UNEXPECTED_TOKEN",`Unexpected ${$.type} token`),c=!1,d=!1}let P=n[n.length-1],z=P?P.offset+P.source.length:i;return w&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g&&(c&&g.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:b,found:S,spaceBefore:l,comment:p,hasNewline:m,anchor:h,tag:v,newlineAfterProp:k,end:z,start:x??z}}mc.resolveProps=rm});var wr=_(gc=>{"use strict";u();function ro(n){if(!n)return null;switch(n.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(n.source.includes(`
`))return!0;if(n.end){for(let e of n.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of n.items){for(let t of e.start)if(t.type==="newline")return!0;if(e.sep){for(let t of e.sep)if(t.type==="newline")return!0}if(ro(e.key)||ro(e.value))return!0}return!1;default:return!0}}gc.containsNewline=ro});var io=_(yc=>{"use strict";u();var im=wr();function om(n,e,t){if(e?.type==="flow-collection"){let r=e.end[0];r.indent===n&&(r.source==="]"||r.source==="}")&&im.containsNewline(e)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}yc.flowIndentCheck=om});var oo=_(bc=>{"use strict";u();var wc=E();function sm(n,e,t){let{uniqueKeys:r}=n.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||wc.isScalar(o)&&wc.isScalar(s)&&o.value===s.value;return e.some(o=>i(o.key,t))}bc.mapIncludes=sm});var _c=_($c=>{"use strict";u();var vc=Ne(),am=Ee(),kc=st(),cm=wr(),xc=io(),lm=oo(),Sc="All mapping items must start at the same column";function um({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??am.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let l=r.offset,c=null;for(let d of r.items){let{start:p,key:f,sep:m,value:w}=d,g=kc.resolveProps(p,{indicator:"explicit-key-ind",next:f??m?.[0],offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0}),h=!g.found;if(h){if(f&&(f.type==="block-seq"?i(l,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in f&&f.indent!==r.indent&&i(l,"BAD_INDENT",Sc)),!g.anchor&&!g.tag&&!m){c=g.end,g.comment&&(a.comment?a.comment+=`
`+g.comment:a.comment=g.comment);continue}(g.newlineAfterProp||cm.containsNewline(f))&&i(f??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else g.found?.indent!==r.indent&&i(l,"BAD_INDENT",Sc);t.atKey=!0;let v=g.end,k=f?n(t,f,g,i):e(t,v,p,null,g,i);t.schema.compat&&xc.flowIndentCheck(r.indent,f,i),t.atKey=!1,lm.mapIncludes(t,a.items,k)&&i(v,"DUPLICATE_KEY","Map keys must be unique");let b=kc.resolveProps(m??[],{indicator:"map-value-ind",next:w,offset:k.range[2],onError:i,parentIndent:r.indent,startOnNewline:!f||f.type==="block-scalar"});if(l=b.end,b.found){h&&(w?.type==="block-map"&&!b.hasNewline&&i(l,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&g.start<b.found.offset-1024&&i(k.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let S=w?n(t,w,b,i):e(t,l,m,null,b,i);t.schema.compat&&xc.flowIndentCheck(r.indent,w,i),l=S.range[2];let x=new vc.Pair(k,S);t.options.keepSourceTokens&&(x.srcToken=d),a.items.push(x)}else{h&&i(k.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),b.comment&&(k.comment?k.comment+=`
`+b.comment:k.comment=b.comment);let S=new vc.Pair(k);t.options.keepSourceTokens&&(S.srcToken=d),a.items.push(S)}}return c&&c<l&&i(c,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,l,c??l],a}$c.resolveBlockMap=um});var Pc=_(Ac=>{"use strict";u();var fm=Ie(),dm=st(),pm=io();function hm({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??fm.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let l=r.offset,c=null;for(let{start:d,value:p}of r.items){let f=dm.resolveProps(d,{indicator:"seq-item-ind",next:p,offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!f.found)if(f.anchor||f.tag||p)p?.type==="block-seq"?i(f.end,"BAD_INDENT","All sequence items must start at the same column"):i(l,"MISSING_CHAR","Sequence item without - indicator");else{c=f.end,f.comment&&(a.comment=f.comment);continue}let m=p?n(t,p,f,i):e(t,f.end,d,null,f,i);t.schema.compat&&pm.flowIndentCheck(r.indent,p,i),l=m.range[2],a.items.push(m)}return a.range=[r.offset,l,c??l],a}Ac.resolveBlockSeq=hm});var Sn=_(Oc=>{"use strict";u();function mm(n,e,t,r){let i="";if(n){let o=!1,s="";for(let a of n){let{source:l,type:c}=a;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let d=l.substring(1)||" ";i?i+=s+d:i=d,s="";break}case"newline":i&&(s+=l),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}e+=l.length}}return{comment:i,offset:e}}Oc.resolveEnd=mm});var Nc=_(Cc=>{"use strict";u();var gm=E(),ym=Ne(),zc=Ee(),wm=Ie(),bm=Sn(),Mc=st(),vm=wr(),km=oo(),so="Block collections are not allowed within flow collections",ao=n=>n&&(n.type==="block-map"||n.type==="block-seq");function xm({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",l=o?.nodeClass??(s?zc.YAMLMap:wm.YAMLSeq),c=new l(t.schema);c.flow=!0;let d=t.atRoot;d&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=r.offset+r.start.source.length;for(let h=0;h<r.items.length;++h){let v=r.items[h],{start:k,key:b,sep:S,value:x}=v,P=Mc.resolveProps(k,{flow:a,indicator:"explicit-key-ind",next:b??S?.[0],offset:p,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!P.found){if(!P.anchor&&!P.tag&&!S&&!x){h===0&&P.comma?i(P.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):h<r.items.length-1&&i(P.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),P.comment&&(c.comment?c.comment+=`
`+P.comment:c.comment=P.comment),p=P.end;continue}!s&&t.options.strict&&vm.containsNewline(b)&&i(b,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)P.comma&&i(P.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(P.comma||i(P.start,"MISSING_CHAR",`Missing , between ${a} items`),P.comment){let z="";e:for(let $ of k)switch($.type){case"comma":case"space":break;case"comment":z=$.source.substring(1);break e;default:break e}if(z){let $=c.items[c.items.length-1];gm.isPair($)&&($=$.value??$.key),$.comment?$.comment+=`
`+z:$.comment=z,P.comment=P.comment.substring(z.length+1)}}if(!s&&!S&&!P.found){let z=x?n(t,x,P,i):e(t,P.end,S,null,P,i);c.items.push(z),p=z.range[2],ao(x)&&i(z.range,"BLOCK_IN_FLOW",so)}else{t.atKey=!0;let z=P.end,$=b?n(t,b,P,i):e(t,z,k,null,P,i);ao(b)&&i($.range,"BLOCK_IN_FLOW",so),t.atKey=!1;let T=Mc.resolveProps(S??[],{flow:a,indicator:"map-value-ind",next:x,offset:$.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(T.found){if(!s&&!P.found&&t.options.strict){if(S)for(let q of S){if(q===T.found)break;if(q.type==="newline"){i(q,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}P.start<T.found.offset-1024&&i(T.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else x&&("source"in x&&x.source?.[0]===":"?i(x,"MISSING_CHAR",`Missing space after : in ${a}`):i(T.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let I=x?n(t,x,T,i):T.found?e(t,T.end,S,null,T,i):null;I?ao(x)&&i(I.range,"BLOCK_IN_FLOW",so):T.comment&&($.comment?$.comment+=`
`+T.comment:$.comment=T.comment);let Z=new ym.Pair($,I);if(t.options.keepSourceTokens&&(Z.srcToken=v),s){let q=c;km.mapIncludes(t,q.items,$)&&i(z,"DUPLICATE_KEY","Map keys must be unique"),q.items.push(Z)}else{let q=new zc.YAMLMap(t.schema);q.flow=!0,q.items.push(Z);let re=(I??$).range;q.range=[$.range[0],re[1],re[2]],c.items.push(q)}p=I?I.range[2]:T.end}}let f=s?"}":"]",[m,...w]=r.end,g=p;if(m?.source===f)g=m.offset+m.source.length;else{let h=a[0].toUpperCase()+a.substring(1),v=d?`${h} must end with a ${f}`:`${h} in block collection must be sufficiently indented and end with a ${f}`;i(p,d?"MISSING_CHAR":"BAD_INDENT",v),m&&m.source.length!==1&&w.unshift(m)}if(w.length>0){let h=bm.resolveEnd(w,g,t.options.strict,i);h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),c.range=[r.offset,g,h.offset]}else c.range=[r.offset,g,g];return c}Cc.resolveFlowCollection=xm});var Ec=_(Tc=>{"use strict";u();var Sm=E(),$m=F(),_m=Ee(),Am=Ie(),Pm=_c(),Om=Pc(),zm=Nc();function co(n,e,t,r,i,o){let s=t.type==="block-map"?Pm.resolveBlockMap(n,e,t,r,o):t.type==="block-seq"?Om.resolveBlockSeq(n,e,t,r,o):zm.resolveFlowCollection(n,e,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function Mm(n,e,t,r,i){let o=r.tag,s=o?e.directives.tagName(o.source,f=>i(o,"TAG_RESOLVE_FAILED",f)):null;if(t.type==="block-seq"){let{anchor:f,newlineAfterProp:m}=r,w=f&&o?f.offset>o.offset?f:o:f??o;w&&(!m||m.offset<w.offset)&&i(w,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===_m.YAMLMap.tagName&&a==="map"||s===Am.YAMLSeq.tagName&&a==="seq")return co(n,e,t,i,s);let l=e.schema.tags.find(f=>f.tag===s&&f.collection===a);if(!l){let f=e.schema.knownTags[s];if(f?.collection===a)e.schema.tags.push(Object.assign({},f,{default:!1})),l=f;else return f?i(o,"BAD_COLLECTION_TYPE",`${f.tag} used for ${a} collection, but expects ${f.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),co(n,e,t,i,s)}let c=co(n,e,t,i,s,l),d=l.resolve?.(c,f=>i(o,"TAG_RESOLVE_FAILED",f),e.options)??c,p=Sm.isNode(d)?d:new $m.Scalar(d);return p.range=c.range,p.tag=s,l?.format&&(p.format=l.format),p}Tc.composeCollection=Mm});var uo=_(Ic=>{"use strict";u();var lo=F();function Cm(n,e,t){let r=e.offset,i=Nm(e,n.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?lo.Scalar.BLOCK_FOLDED:lo.Scalar.BLOCK_LITERAL,s=e.source?Tm(e.source):[],a=s.length;for(let g=s.length-1;g>=0;--g){let h=s[g][1];if(h===""||h==="\r")a=g;else break}if(a===0){let g=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",h=r+i.length;return e.source&&(h+=e.source.length),{value:g,type:o,comment:i.comment,range:[r,h,h]}}let l=e.indent+i.indent,c=e.offset+i.length,d=0;for(let g=0;g<a;++g){let[h,v]=s[g];if(v===""||v==="\r")i.indent===0&&h.length>l&&(l=h.length);else{h.length<l&&t(c+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(l=h.length),d=g,l===0&&!n.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=h.length+v.length+1}for(let g=s.length-1;g>=a;--g)s[g][0].length>l&&(a=g+1);let p="",f="",m=!1;for(let g=0;g<d;++g)p+=s[g][0].slice(l)+`
`;for(let g=d;g<a;++g){let[h,v]=s[g];c+=h.length+v.length+1;let k=v[v.length-1]==="\r";if(k&&(v=v.slice(0,-1)),v&&h.length<l){let S=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(c-v.length-(k?2:1),"BAD_INDENT",S),h=""}o===lo.Scalar.BLOCK_LITERAL?(p+=f+h.slice(l)+v,f=`
`):h.length>l||v[0]==="	"?(f===" "?f=`
`:!m&&f===`
`&&(f=`

`),p+=f+h.slice(l)+v,f=`
`,m=!0):v===""?f===`
`?p+=`
`:f=`
`:(p+=f+v,f=" ",m=!1)}switch(i.chomp){case"-":break;case"+":for(let g=a;g<s.length;++g)p+=`
`+s[g][0].slice(l);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let w=r+i.length+e.source.length;return{value:p,type:o,comment:i.comment,range:[r,w,w]}}function Nm({offset:n,props:e},t,r){if(e[0].type!=="block-scalar-header")return r(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=e[0],o=i[0],s=0,a="",l=-1;for(let f=1;f<i.length;++f){let m=i[f];if(!a&&(m==="-"||m==="+"))a=m;else{let w=Number(m);!s&&w?s=w:l===-1&&(l=n+f)}}l!==-1&&r(l,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=!1,d="",p=i.length;for(let f=1;f<e.length;++f){let m=e[f];switch(m.type){case"space":c=!0;case"newline":p+=m.source.length;break;case"comment":t&&!c&&r(m,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=m.source.length,d=m.source.substring(1);break;case"error":r(m,"UNEXPECTED_TOKEN",m.message),p+=m.source.length;break;default:{let w=`Unexpected token in block scalar header: ${m.type}`;r(m,"UNEXPECTED_TOKEN",w);let g=m.source;g&&typeof g=="string"&&(p+=g.length)}}}return{mode:o,indent:s,chomp:a,comment:d,length:p}}function Tm(n){let e=n.split(/\n( *)/),t=e[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<e.length;s+=2)o.push([e[s],e[s+1]]);return o}Ic.resolveBlockScalar=Cm});var po=_(Lc=>{"use strict";u();var fo=F(),Em=Sn();function Im(n,e,t){let{offset:r,type:i,source:o,end:s}=n,a,l,c=(f,m,w)=>t(r+f,m,w);switch(i){case"scalar":a=fo.Scalar.PLAIN,l=Rm(o,c);break;case"single-quoted-scalar":a=fo.Scalar.QUOTE_SINGLE,l=Lm(o,c);break;case"double-quoted-scalar":a=fo.Scalar.QUOTE_DOUBLE,l=Dm(o,c);break;default:return t(n,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let d=r+o.length,p=Em.resolveEnd(s,d,e,t);return{value:l,type:a,comment:p.comment,range:[r,d,p.offset]}}function Rm(n,e){let t="";switch(n[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${n[0]}`;break}case"@":case"`":{t=`reserved character ${n[0]}`;break}}return t&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Rc(n)}function Lm(n,e){return(n[n.length-1]!=="'"||n.length===1)&&e(n.length,"MISSING_CHAR","Missing closing 'quote"),Rc(n.slice(1,-1)).replace(/''/g,"'")}function Rc(n){let e=/(.*?)\r?\n/sy,t=e.exec(n);if(!t)return n;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=e.lastIndex;for(;t=e.exec(n);){let c=t[1].replace(i,"");c===""?s===`
`?o+=s:s=`
`:(o+=s+c,s=" "),a=e.lastIndex}let l=/[ \t]*(.*)/sy;return l.lastIndex=a,t=l.exec(n),o+s+(t?.[1]??"")}function Dm(n,e){let t="";for(let r=1;r<n.length-1;++r){let i=n[r];if(!(i==="\r"&&n[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=qm(n,r);t+=o,r=s}else if(i==="\\"){let o=n[++r],s=Zm[o];if(s)t+=s;else if(o===`
`)for(o=n[r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="\r"&&n[r+1]===`
`)for(o=n[++r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=Bm(n,r+1,a,e),r+=a}else{let a=n.substr(r-1,2);e(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=n[r+1];for(;s===" "||s==="	";)s=n[++r+1];s!==`
`&&!(s==="\r"&&n[r+2]===`
`)&&(t+=r>o?n.slice(o,r+1):i)}else t+=i}return(n[n.length-1]!=='"'||n.length===1)&&e(n.length,"MISSING_CHAR",'Missing closing "quote'),t}function qm(n,e){let t="",r=n[e+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&n[e+2]!==`
`);)r===`
`&&(t+=`
`),e+=1,r=n[e+1];return t||(t=" "),{fold:t,offset:e}}var Zm={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Bm(n,e,t,r){let i=n.substr(e,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=n.substr(e-2,t+2);return r(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}Lc.resolveFlowScalar=Im});var Zc=_(qc=>{"use strict";u();var Qe=E(),Dc=F(),Fm=uo(),jm=po();function Um(n,e,t,r){let{value:i,type:o,comment:s,range:a}=e.type==="block-scalar"?Fm.resolveBlockScalar(n,e,r):jm.resolveFlowScalar(e,n.options.strict,r),l=t?n.directives.tagName(t.source,p=>r(t,"TAG_RESOLVE_FAILED",p)):null,c;n.options.stringKeys&&n.atKey?c=n.schema[Qe.SCALAR]:l?c=Wm(n.schema,i,l,t,r):e.type==="scalar"?c=Km(n,i,e,r):c=n.schema[Qe.SCALAR];let d;try{let p=c.resolve(i,f=>r(t??e,"TAG_RESOLVE_FAILED",f),n.options);d=Qe.isScalar(p)?p:new Dc.Scalar(p)}catch(p){let f=p instanceof Error?p.message:String(p);r(t??e,"TAG_RESOLVE_FAILED",f),d=new Dc.Scalar(i)}return d.range=a,d.source=i,o&&(d.type=o),l&&(d.tag=l),c.format&&(d.format=c.format),s&&(d.comment=s),d}function Wm(n,e,t,r,i){if(t==="!")return n[Qe.SCALAR];let o=[];for(let a of n.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(e))return a;let s=n.knownTags[t];return s&&!s.collection?(n.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),n[Qe.SCALAR])}function Km({atKey:n,directives:e,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||n&&a.default==="key")&&a.test?.test(r))||t[Qe.SCALAR];if(t.compat){let a=t.compat.find(l=>l.default&&l.test?.test(r))??t[Qe.SCALAR];if(s.tag!==a.tag){let l=e.tagString(s.tag),c=e.tagString(a.tag),d=`Value may be parsed as either ${l} or ${c}`;o(i,"TAG_RESOLVE_FAILED",d,!0)}}return s}qc.composeScalar=Um});var Fc=_(Bc=>{"use strict";u();function Gm(n,e,t){if(e){t??(t=e.length);for(let r=t-1;r>=0;--r){let i=e[r];switch(i.type){case"space":case"comment":case"newline":n-=i.source.length;continue}for(i=e[++r];i?.type==="space";)n+=i.source.length,i=e[++r];break}}return n}Bc.emptyScalarPosition=Gm});var Wc=_(mo=>{"use strict";u();var Vm=Zn(),Ym=E(),Hm=Ec(),jc=Zc(),Jm=Sn(),Xm=Fc(),Qm={composeNode:Uc,composeEmptyNode:ho};function Uc(n,e,t,r){let i=n.atKey,{spaceBefore:o,comment:s,anchor:a,tag:l}=t,c,d=!0;switch(e.type){case"alias":c=eg(n,e,r),(a||l)&&r(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=jc.composeScalar(n,e,l,r),a&&(c.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=Hm.composeCollection(Qm,n,e,t,r),a&&(c.anchor=a.source.substring(1))}catch(p){let f=p instanceof Error?p.message:String(p);r(e,"RESOURCE_EXHAUSTION",f)}break;default:{let p=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;r(e,"UNEXPECTED_TOKEN",p),d=!1}}return c??(c=ho(n,e.offset,void 0,null,t,r)),a&&c.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&n.options.stringKeys&&(!Ym.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&r(l??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),s&&(e.type==="scalar"&&e.source===""?c.comment=s:c.commentBefore=s),n.options.keepSourceTokens&&d&&(c.srcToken=e),c}function ho(n,e,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:l},c){let d={type:"scalar",offset:Xm.emptyScalarPosition(e,t,r),indent:-1,source:""},p=jc.composeScalar(n,d,a,c);return s&&(p.anchor=s.source.substring(1),p.anchor===""&&c(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),o&&(p.comment=o,p.range[2]=l),p}function eg({options:n},{offset:e,source:t,end:r},i){let o=new Vm.Alias(t.substring(1));o.source===""&&i(e,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(e+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=e+t.length,a=Jm.resolveEnd(r,s,n.strict,i);return o.range=[e,s,a.offset],a.comment&&(o.comment=a.comment),o}mo.composeEmptyNode=ho;mo.composeNode=Uc});var Vc=_(Gc=>{"use strict";u();var ng=tt(),Kc=Wc(),tg=Sn(),rg=st();function ig(n,e,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:e},n),l=new ng.Document(void 0,a),c={atKey:!1,atRoot:!0,directives:l.directives,options:l.options,schema:l.schema},d=rg.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});d.found&&(l.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!d.hasNewline&&s(d.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),l.contents=i?Kc.composeNode(c,i,d,s):Kc.composeEmptyNode(c,d.end,r,null,d,s);let p=l.contents.range[2],f=tg.resolveEnd(o,p,!1,s);return f.comment&&(l.comment=f.comment),l.range=[t,p,f.offset],l}Gc.composeDoc=ig});var yo=_(Jc=>{"use strict";u();var og=require("process"),sg=ni(),ag=tt(),at=ot(),Yc=E(),cg=Vc(),lg=Sn();function ct(n){if(typeof n=="number")return[n,n+1];if(Array.isArray(n))return n.length===2?n:[n[0],n[1]];let{offset:e,source:t}=n;return[e,e+(typeof t=="string"?t.length:1)]}function Hc(n){let e="",t=!1,r=!1;for(let i=0;i<n.length;++i){let o=n[i];switch(o[0]){case"#":e+=(e===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":n[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:e,afterEmptyLine:r}}var go=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=ct(t);o?this.warnings.push(new at.YAMLWarning(s,r,i)):this.errors.push(new at.YAMLParseError(s,r,i))},this.directives=new sg.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){let{comment:r,afterEmptyLine:i}=Hc(this.prelude);if(r){let o=e.contents;if(t)e.comment=e.comment?`${e.comment}
${r}`:r;else if(i||e.directives.docStart||!o)e.commentBefore=r;else if(Yc.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];Yc.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)e.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)e.warnings.push(this.warnings[o])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Hc(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,r=-1){for(let i of e)yield*this.next(i);yield*this.end(t,r)}*next(e){switch(og.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,r,i)=>{let o=ct(e);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let t=cg.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,r=new at.YAMLParseError(ct(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new at.YAMLParseError(ct(e),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=lg.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new at.YAMLParseError(ct(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let r=Object.assign({_directives:this.directives},this.options),i=new ag.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};Jc.Composer=go});var el=_(br=>{"use strict";u();var ug=uo(),fg=po(),dg=ot(),Xc=Wn();function pg(n,e=!0,t){if(n){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new dg.YAMLParseError([a,a+1],o,s)};switch(n.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return fg.resolveFlowScalar(n,e,r);case"block-scalar":return ug.resolveBlockScalar({options:{strict:e}},n,r)}}return null}function hg(n,e){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=e,a=Xc.stringifyString({type:s,value:n},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),l=e.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let c=a.indexOf(`
`),d=a.substring(0,c),p=a.substring(c+1)+`
`,f=[{type:"block-scalar-header",offset:o,indent:r,source:d}];return Qc(f,l)||f.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:f,source:p}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:l};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:l};default:return{type:"scalar",offset:o,indent:r,source:a,end:l}}}function mg(n,e,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in n?n.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(n.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let c=n.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let l=Xc.stringifyString({type:s,value:e},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(l[0]){case"|":case">":gg(n,l);break;case'"':wo(n,l,"double-quoted-scalar");break;case"'":wo(n,l,"single-quoted-scalar");break;default:wo(n,l,"scalar")}}function gg(n,e){let t=e.indexOf(`
`),r=e.substring(0,t),i=e.substring(t+1)+`
`;if(n.type==="block-scalar"){let o=n.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,n.source=i}else{let{offset:o}=n,s="indent"in n?n.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];Qc(a,"end"in n?n.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let l of Object.keys(n))l!=="type"&&l!=="offset"&&delete n[l];Object.assign(n,{type:"block-scalar",indent:s,props:a,source:i})}}function Qc(n,e){if(e)for(let t of e)switch(t.type){case"space":case"comment":n.push(t);break;case"newline":return n.push(t),!0}return!1}function wo(n,e,t){switch(n.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":n.type=t,n.source=e;break;case"block-scalar":{let r=n.props.slice(1),i=e.length;n.props[0].type==="block-scalar-header"&&(i-=n.props[0].source.length);for(let o of r)o.offset+=i;delete n.props,Object.assign(n,{type:t,source:e,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:n.offset+e.length,indent:n.indent,source:`
`};delete n.items,Object.assign(n,{type:t,source:e,end:[i]});break}default:{let r="indent"in n?n.indent:-1,i="end"in n&&Array.isArray(n.end)?n.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(n))o!=="type"&&o!=="offset"&&delete n[o];Object.assign(n,{type:t,indent:r,source:e,end:i})}}}br.createScalarToken=hg;br.resolveAsScalar=pg;br.setScalarValue=mg});var tl=_(nl=>{"use strict";u();var yg=n=>"type"in n?kr(n):vr(n);function kr(n){switch(n.type){case"block-scalar":{let e="";for(let t of n.props)e+=kr(t);return e+n.source}case"block-map":case"block-seq":{let e="";for(let t of n.items)e+=vr(t);return e}case"flow-collection":{let e=n.start.source;for(let t of n.items)e+=vr(t);for(let t of n.end)e+=t.source;return e}case"document":{let e=vr(n);if(n.end)for(let t of n.end)e+=t.source;return e}default:{let e=n.source;if("end"in n&&n.end)for(let t of n.end)e+=t.source;return e}}}function vr({start:n,key:e,sep:t,value:r}){let i="";for(let o of n)i+=o.source;if(e&&(i+=kr(e)),t)for(let o of t)i+=o.source;return r&&(i+=kr(r)),i}nl.stringify=yg});var sl=_(ol=>{"use strict";u();var bo=Symbol("break visit"),wg=Symbol("skip children"),rl=Symbol("remove item");function en(n,e){"type"in n&&n.type==="document"&&(n={start:n.start,value:n.value}),il(Object.freeze([]),n,e)}en.BREAK=bo;en.SKIP=wg;en.REMOVE=rl;en.itemAtPath=(n,e)=>{let t=n;for(let[r,i]of e){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};en.parentCollection=(n,e)=>{let t=en.itemAtPath(n,e.slice(0,-1)),r=e[e.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function il(n,e,t){let r=t(e,n);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=e[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=il(Object.freeze(n.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===bo)return bo;a===rl&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(e,n))}}return typeof r=="function"?r(e,n):r}ol.visit=en});var xr=_(Q=>{"use strict";u();var vo=el(),bg=tl(),vg=sl(),ko="\uFEFF",xo="",So="",$o="",kg=n=>!!n&&"items"in n,xg=n=>!!n&&(n.type==="scalar"||n.type==="single-quoted-scalar"||n.type==="double-quoted-scalar"||n.type==="block-scalar");function Sg(n){switch(n){case ko:return"<BOM>";case xo:return"<DOC>";case So:return"<FLOW_END>";case $o:return"<SCALAR>";default:return JSON.stringify(n)}}function $g(n){switch(n){case ko:return"byte-order-mark";case xo:return"doc-mode";case So:return"flow-error-end";case $o:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(n[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}Q.createScalarToken=vo.createScalarToken;Q.resolveAsScalar=vo.resolveAsScalar;Q.setScalarValue=vo.setScalarValue;Q.stringify=bg.stringify;Q.visit=vg.visit;Q.BOM=ko;Q.DOCUMENT=xo;Q.FLOW_END=So;Q.SCALAR=$o;Q.isCollection=kg;Q.isScalar=xg;Q.prettyToken=Sg;Q.tokenType=$g});var Po=_(cl=>{"use strict";u();var lt=xr();function le(n){switch(n){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var al=new Set("0123456789ABCDEFabcdef"),_g=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),Sr=new Set(",[]{}"),Ag=new Set(` ,[]{}
\r	`),_o=n=>!n||Ag.has(n),Ao=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;t===" "||t==="	";)t=this.buffer[++e];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[e+1]===`
`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+e];if(t==="\r"){let i=this.buffer[r+e+1];if(i===`
`||!i&&!this.atEnd)return e+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(e,3);if((r==="---"||r==="...")&&le(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===lt.BOM&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let t=e.length,r=e.indexOf("#");for(;r!==-1;){let o=e[r-1];if(o===" "||o==="	"){t=r-1;break}else r=e.indexOf("#",r+1)}for(;;){let o=e[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield lt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&le(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!le(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&le(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(_o),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,r=-1;do e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(e+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&le(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield lt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(_o),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||le(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),t=this.buffer.indexOf(e,this.pos+1);if(e==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let t=this.buffer[++e];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>le(t)||t==="#")}*parseBlockScalar(){let e=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:e=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(e+1);if(o===-1)break;e=this.buffer.indexOf(`
`,o)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep)do{let o=e-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)e=o;else break}while(!0);return yield lt.SCALAR,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(le(o)||e&&Sr.has(o))break;t=r}else if(le(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||e&&Sr.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(e&&Sr.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield lt.SCALAR,yield*this.pushToIndex(t+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){let r=this.buffer.slice(this.pos,e);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(_o),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(le(r)||t&&Sr.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,t=this.buffer[e];for(;!le(t)&&t!==">";)t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,!1)}else{let e=this.pos+1,t=this.buffer[e];for(;t;)if(_g.has(t))t=this.buffer[++e];else if(t==="%"&&al.has(this.buffer[e+1])&&al.has(this.buffer[e+2]))t=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||e&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(e){let t=this.pos,r=this.buffer[t];for(;!e(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};cl.Lexer=Ao});var zo=_(ll=>{"use strict";u();var Oo=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<e?t=o+1:r=o}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};let i=this.lineStarts[t-1];return{line:t,col:e-i+1}}}};ll.LineCounter=Oo});var Co=_(hl=>{"use strict";u();var Pg=require("process"),ul=xr(),Og=Po();function Re(n,e){for(let t=0;t<n.length;++t)if(n[t].type===e)return!0;return!1}function fl(n){for(let e=0;e<n.length;++e)switch(n[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function pl(n){switch(n?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function $r(n){switch(n.type){case"document":return n.start;case"block-map":{let e=n.items[n.items.length-1];return e.sep??e.start}case"block-seq":return n.items[n.items.length-1].start;default:return[]}}function $n(n){if(n.length===0)return[];let e=n.length;e:for(;--e>=0;)switch(n[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;n[++e]?.type==="space";);return n.splice(e,n.length)}function _r(n,e){if(e.length<1e5)Array.prototype.push.apply(n,e);else for(let t=0;t<e.length;++t)n.push(e[t])}function dl(n){if(n.start.type==="flow-seq-start")for(let e of n.items)e.sep&&!e.value&&!Re(e.start,"explicit-key-ind")&&!Re(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,pl(e.value)?e.value.end?_r(e.value.end,e.sep):e.value.end=e.sep:_r(e.start,e.sep),delete e.sep)}var Mo=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Og.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(e,t))yield*this.next(r);t||(yield*this.end())}*next(e){if(this.source=e,Pg.env.LOG_TOKENS&&console.log("|",ul.prettyToken(e)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let t=ul.tokenType(e);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let r=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let t=e??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&dl(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&fl(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{fl(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let t=$r(this.peek(2)),r=$n(t),i;e.end?(i=e.end,i.push(this.sourceToken),delete e.end):i=[this.sourceToken];let o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){_r(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let r=!this.onKeyLine&&this.indent===e.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let l=t.sep[a];switch(l.type){case"newline":s.push(a);break;case"space":break;case"comment":l.indent>e.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),e.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),e.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Re(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(pl(t.key)&&!Re(t.sep,"newline")){let s=$n(t.start),a=t.key,l=t.sep;l.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:l}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(Re(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=$n(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?e.items.push({start:o,key:null,sep:[this.sourceToken]}):Re(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(e.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Re(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&e.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){_r(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;t.value||Re(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>e.indent){let r=this.startBlockValue(e);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?e.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let r=this.startBlockValue(e);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===e.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=$r(r),o=$n(i);dl(e);let s=e.end.splice(1,e.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:o,key:e,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=$r(e),r=$n(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=$r(e),r=$n(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return this.type!=="comment"||this.indent<=t?!1:e.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};hl.Parser=Mo});var bl=_(ft=>{"use strict";u();var ml=yo(),zg=tt(),ut=ot(),Mg=hi(),Cg=E(),Ng=zo(),gl=Co();function yl(n){let e=n.prettyErrors!==!1;return{lineCounter:n.lineCounter||e&&new Ng.LineCounter||null,prettyErrors:e}}function Tg(n,e={}){let{lineCounter:t,prettyErrors:r}=yl(e),i=new gl.Parser(t?.addNewLine),o=new ml.Composer(e),s=Array.from(o.compose(i.parse(n)));if(r&&t)for(let a of s)a.errors.forEach(ut.prettifyError(n,t)),a.warnings.forEach(ut.prettifyError(n,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function wl(n,e={}){let{lineCounter:t,prettyErrors:r}=yl(e),i=new gl.Parser(t?.addNewLine),o=new ml.Composer(e),s=null;for(let a of o.compose(i.parse(n),!0,n.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new ut.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(ut.prettifyError(n,t)),s.warnings.forEach(ut.prettifyError(n,t))),s}function Eg(n,e,t){let r;typeof e=="function"?r=e:t===void 0&&e&&typeof e=="object"&&(t=e);let i=wl(n,t);if(!i)return null;if(i.warnings.forEach(o=>Mg.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function Ig(n,e,t){let r=null;if(typeof e=="function"||Array.isArray(e)?r=e:t===void 0&&e&&(t=e),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(n===void 0){let{keepUndefined:i}=t??e??{};if(!i)return}return Cg.isDocument(n)&&!r?n.toString(t):new zg.Document(n,r,t).toString(t)}ft.parse=Eg;ft.parseAllDocuments=Tg;ft.parseDocument=wl;ft.stringify=Ig});var Pr=_(R=>{"use strict";u();var Rg=yo(),Lg=tt(),Dg=Hi(),No=ot(),qg=Zn(),Le=E(),Zg=Ne(),Bg=F(),Fg=Ee(),jg=Ie(),Ug=xr(),Wg=Po(),Kg=zo(),Gg=Co(),Ar=bl(),vl=Rn();R.Composer=Rg.Composer;R.Document=Lg.Document;R.Schema=Dg.Schema;R.YAMLError=No.YAMLError;R.YAMLParseError=No.YAMLParseError;R.YAMLWarning=No.YAMLWarning;R.Alias=qg.Alias;R.isAlias=Le.isAlias;R.isCollection=Le.isCollection;R.isDocument=Le.isDocument;R.isMap=Le.isMap;R.isNode=Le.isNode;R.isPair=Le.isPair;R.isScalar=Le.isScalar;R.isSeq=Le.isSeq;R.Pair=Zg.Pair;R.Scalar=Bg.Scalar;R.YAMLMap=Fg.YAMLMap;R.YAMLSeq=jg.YAMLSeq;R.CST=Ug;R.Lexer=Wg.Lexer;R.LineCounter=Kg.LineCounter;R.Parser=Gg.Parser;R.parse=Ar.parse;R.parseAllDocuments=Ar.parseAllDocuments;R.parseDocument=Ar.parseDocument;R.stringify=Ar.stringify;R.visit=vl.visit;R.visitAsync=vl.visitAsync});u();u();var ve=require("node:fs"),pn=Ve(require("node:path"));u();u();function Ns(n,e=1e3){let t=new Map,r=new Map,i=[];for(let o of n){let s=(t.get(o.rule)??0)+1;t.set(o.rule,s),s<=e?i.push(o):r.has(o.rule)||r.set(o.rule,o)}if(r.size===0)return n;for(let[o,s]of r){let a=t.get(o)-e;i.push({rule:o,severity:s.severity,message:`${a} more \`${o}\` finding${a===1?"":"s"} in this file (only the first ${e} are listed; this is the next one).`,range:s.range,span:s.span})}return i.sort((o,s)=>o.span.start-s.span.start||o.span.end-s.span.end)}u();var de=Ve(Pr());u();u();var kl=["virality","universality","ahaMoment","habitLoop","friction","expansion"],nn=["virality","universality","ahaMoment","habitLoop"];function xl(n){if(!n)return{recommendation:"unclassified",reasons:[]};let e=nn.filter(r=>n[r]===!0),t=[];return n.friction===!0&&t.push("friction"),n.expansion===!0&&t.push("expansion"),e.length>0?t.length>0?{recommendation:"free-limited",reasons:[...e,...t]}:{recommendation:"free",reasons:e}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function To(n){if(n==="free"||n==="free-limited")return"free";if(n==="paid")return"paid"}function Sl(n,e){let t=To(n);return t!==void 0&&e!==null&&t!==e}u();var L=Ve(Pr()),De=200,Vg=2e5;function _l(n){let e=Yg(n);if(!e.doc)return{...e,plain:void 0,syntaxError:!0};try{return{...e,plain:oy(e.doc,e.doc.contents),syntaxError:!1}}catch(t){if(!(t instanceof _n))throw t;let r=t.node?.range,i={message:t.message,span:r?{start:r[0],end:r[1]}:{start:0,end:0}};return{...e,doc:void 0,problems:[i],plain:void 0,syntaxError:!0}}}function Yg(n){let e=new L.LineCounter;e.addNewLine(0);for(let a=n.indexOf(`
`);a>=0;a=n.indexOf(`
`,a+1))e.addNewLine(a+1);let t=[],r=n.indexOf("\0");if(r>=0)return t.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:r,end:r+1}}),{text:n,doc:void 0,lineCounter:e,problems:t};let i=n.indexOf("\r");if(i>=0&&!n.includes(`
`)&&i<n.length-1)return t.push({message:"The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.",span:{start:i,end:i+1}}),{text:n,doc:void 0,lineCounter:e,problems:t};let o=ey(n)??ty(n);if(o)return t.push(o),{text:n,doc:void 0,lineCounter:e,problems:t};let s;try{s=(0,L.parseDocument)(n,{prettyErrors:!1,uniqueKeys:!1,keepSourceTokens:!1})}catch(a){return t.push({message:`The YAML parser gave up: ${a.message}`,span:{start:0,end:0}}),{text:n,doc:void 0,lineCounter:e,problems:t}}for(let a of s.errors){let l=Math.min(a.pos[0],n.length),c=Math.min(Math.max(a.pos[0],a.pos[1]),n.length);if(/call stack/i.test(a.message)){t.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:l,end:c}});break}if(a.code==="MULTIPLE_DOCS"){t.push({message:"A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.",span:{start:l,end:c}});continue}let d=(a.code==="MISSING_CHAR"||a.code==="BAD_INDENT")&&/must be sufficiently indented and end with a [}\]]/.test(a.message)?Qg(n,l):void 0;if(d!==void 0){t.push({message:`This \`${n[d]}\` is never closed: end the ${n[d]==="{"?"map with `}`":"list with `]`"} (a flow collection written over several lines must be indented more than its key).`,span:{start:d,end:d+1}});continue}t.push({message:Xg(a.message),span:{start:l,end:c}})}return t.length===0&&t.push(...Hg(s)),{text:n,doc:t.length?void 0:s,lineCounter:e,problems:t}}var Or=100;function Hg(n){let e=[],t=[n.contents];for(;t.length;){let o=t.pop();if((0,L.isMap)(o)){let s=new Set;for(let a of o.items){let l=a.key;if((0,L.isScalar)(l)){let c=`${typeof l.value}:${String(l.value)}`;s.has(c)?e.push(a):s.add(c)}t.push(a.value)}}else if((0,L.isSeq)(o))for(let s of o.items)t.push(s)}let r=o=>{let s=o.key.range;return s?{start:s[0],end:s[1]}:{start:0,end:0}};e.sort((o,s)=>r(o).start-r(s).start);let i=e.slice(0,Or).map(o=>({message:`Duplicate key "${Jg(String(o.key.value))}": a key may appear only once in a map; remove or rename this one.`,span:r(o)}));return e.length>Or&&i.push({message:`${e.length-Or} more duplicate keys are not listed.`,span:r(e[Or])}),i}function Jg(n,e=60){return n.length>e?`${n.slice(0,e)}\u2026`:n}function Xg(n){return(n.split(`
`)[0]??n).replace(/ at line \d+, column \d+:?$/,"")}function Qg(n,e){let t=[],r=0;for(let i=0;i<e;i++){let o=n.charCodeAt(i);if(r){r===34&&o===92?i++:o===r&&(r=0);continue}if(o===35&&(i===0||/\s/.test(n[i-1]))){let s=n.indexOf(`
`,i);if(s<0)break;i=s}else(o===34||o===39)&&t.length>0?r=o:o===123||o===91?t.push(i):(o===125||o===93)&&t.length&&t.pop()}return t.length?t[t.length-1]:void 0}function ey(n){let e=0,t=!1,r=!1,i=!1;for(let o=0;o<n.length;o++){let s=n.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||n.charCodeAt(o-1)===32||n.charCodeAt(o-1)===9))i=!0;else if(s===34&&e>0)r=!0;else if(s===91||s===123){if(e++,e>De)return ny(n)}else(s===93||s===125)&&e>0&&e--}}}function ny(n){let e=0,t=0;for(let r of new L.Lexer().lex(n)){if(r==="["||r==="{"){if(++e>De)return{message:`Nesting deeper than ${De} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&e>0&&e--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function ty(n){let e=!1;for(let t=0;t<n.length&&!e;){let r=t;for(;n.charCodeAt(r)===32;)r++;let i=r-t;for(;;){let s=n.charCodeAt(r),a=n.charCodeAt(r+1);if((s===45||s===63)&&(a===32||a===9))for(i++,r+=2;n.charCodeAt(r)===32||n.charCodeAt(r)===9;)r++;else break}i+2>De&&(e=!0);let o=n.indexOf(`
`,r);t=o<0?n.length:o+1}return e?ry(n):void 0}function ry(n){let e=[];for(let t of new L.Parser().parse(n))e.push([t,0]);for(e.reverse();e.length;){let[t,r]=e.pop();if(!t||typeof t!="object")continue;let i=t;if(i.type==="document"){e.push([i.value,r]);continue}if(i.type==="block-map"||i.type==="block-seq"||i.type==="flow-collection"){if(r+1>De){let o=Math.min(i.offset??0,n.length);return{message:`Nesting deeper than ${De} levels: a packaging file never needs this, so the file is not read further.`,span:{start:o,end:Math.min(o+1,n.length)}}}for(let o of[...i.items??[]].reverse())e.push([o.value,r+1]),e.push([o.key,r+1])}}}function Al(n,e){let t=n.linePos(e.start),r=n.linePos(e.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function rn(n,e){if((0,L.isMap)(n)){for(let t of n.items)if((0,L.isScalar)(t.key)?String(t.key.value)===e:t.key!=null&&String(t.key)===e)return t}}function H(n,e){return rn(n,e)?.value??void 0}var $l=new WeakMap;function tn(n,e){let t=$l.get(n);if(!t){let r=new Map,i=new Map;(0,L.visit)(n,{Node:(o,s)=>{if((0,L.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,$l.set(n,t)}return t.get(e)}function iy(n){return typeof n=="object"&&n!==null?JSON.stringify(n):String(n)}var dt=class{constructor(e){this.literal=e}},_n=class extends Error{constructor(t,r){super(t);this.node=r}};function oy(n,e){let t=Vg,r=(i,o,s=!1)=>{if(s&&--t<0)throw new _n("Aliases expand to too many nodes (an alias bomb?).",i);if(o>De)throw new _n(`Nesting deeper than ${De} levels.`,i);if((0,L.isAlias)(i)){let a=tn(n,i);if(!a)throw new _n(`Unresolved alias *${i.source}.`,i);return r(a,o+1,!0)}if((0,L.isScalar)(i))return i.value===0&&i.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(i.source??"")?new dt(String(i.source)):i.value;if((0,L.isMap)(i)){let a=Object.create(null);for(let l of i.items){let c=(0,L.isAlias)(l.key)?tn(n,l.key):l.key,d=(0,L.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(a,iy(d),{value:r(l.value,o+1,s),enumerable:!0,writable:!0,configurable:!0})}return a}return(0,L.isSeq)(i)?i.items.map(a=>r(a,o+1,s)):i==null?null:void 0};return r(e,0)}u();u();u();u();function Ro(n){let e=Object.values(n).filter(r=>typeof r=="number");return Object.entries(n).filter(([r,i])=>e.indexOf(+r)===-1).map(([r,i])=>i)}function Pl(n,e){return typeof e=="bigint"?e.toString():e}var Io=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function Ol(n){return new Io(n)}function zl(n){return n==null}function Lo(n){let e=n.startsWith("^")?1:0,t=n.endsWith("$")?n.length-1:n.length;return n.slice(e,t)}function Ml(n,e,t){Object.defineProperty(n,e,{value:t,writable:!0,enumerable:!0,configurable:!0})}var Do="captureStackTrace"in Error?Error.captureStackTrace:(...n)=>{};function zr(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}function Cl(n){if(zr(n)===!1)return!1;let e=n.constructor;if(e===void 0||typeof e!="function")return!0;let t=e.prototype;return!(zr(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var Nl=new Set(["string","number","symbol"]);function ht(n){return n.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function mt(n,e,t){let r=new n._zod.constr(e??n._zod.def);return(!e||t?.parent)&&(r._zod.parent=n),r}function U(n){let e=n;if(!e)return{};if(typeof e=="string")return{error:()=>e};if(e?.message!==void 0){if(e?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");e.error=e.message}return delete e.message,typeof e.error=="string"?{...e,error:()=>e.error}:e}function Tl(n){return Object.keys(n).filter(e=>n[e]._zod.optin!==void 0&&n[e]._zod.optout==="optional")}var El={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function Se(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue!==!0)return!0;return!1}function Il(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue===!1)return!0;return!1}function Ze(n,e){return e.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(n),t})}function pt(n){return typeof n=="string"?n:n?.message}function qo(n){let e=[];for(let t of n??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&e.push([i,t])}return e}function Mr(n,e,t){var r;for(let i=e;i<n.length;i++)(r=n[i]).schema??(r.schema=t)}function $e(n,e,t){var r;let i=n.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=n).schema??(r.schema=n.inst):n.schema=n.inst);let o=n.schema!==n.inst?n.schema?._zod.def?.error:void 0,s=n.message?n.message:pt(n.inst?._zod.def?.error?.(n))??pt(o?.(n))??pt(e?.error?.(n))??pt(t.customError?.(n))??pt(t.localeError?.(n))??"Invalid input",a={};for(let l of Object.keys(n))l==="inst"||l==="schema"||l==="continue"||l==="input"||l==="__proto__"||(a[l]=n[l]);return a.path??(a.path=[]),a.message=s,e?.reportInput&&(a.input=n.input),a}var sy=/[\uD800-\uDBFF]/;function Rl(n){let e=n.length;if(!sy.test(n))return e;let t=e;for(let r=0;r<e-1;r++)(n.charCodeAt(r)&64512)===55296&&(n.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function Ll(n){return Array.isArray(n)?"array":typeof n=="string"?"string":"unknown"}function Cr(...n){let[e,t,r]=n;return typeof e=="string"?{message:e,code:"custom",input:t,inst:r}:{...e}}function Dl(n,e){for(let t in e){let r=Object.getOwnPropertyDescriptor(e,t);r.get?Object.defineProperty(n,t,{...r,enumerable:!1}):ay(n,t,r.value)}}function on(n,e,t,r=!0){return Object.defineProperty(n,e,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function Zo(n,e,t){return on(n,e,t,!1)}function ay(n,e,t){Object.defineProperty(n,e,{configurable:!0,get(){return this==null?t:on(this,e,t.bind(this))},set(r){on(this,e,r)}})}function cy(n,e){let t=Object.getPrototypeOf(n);return e in t?void 0:t}var Eo,qe=!1,ly={configurable:!0,get(){qe=!0}};function ue(n,e,t){let r=Object.getPrototypeOf(n._zod);if(e in r&&Eo!==n._zod){Eo=void 0;return}Eo=n._zod,Object.defineProperty(r,e,{configurable:!0,get(){Object.defineProperty(this,e,ly);let i=qe;qe=!1;try{let o=t(this);return qe?delete this[e]:Object.defineProperty(this,e,{configurable:!0,writable:!0,value:o}),qe=qe||i,o}catch(o){throw delete this[e],qe=qe||i,o}},set(i){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:i})}})}function ql(n,e,t,r){let i=cy(n,e);i&&Object.defineProperty(i,e,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,e,o),o.value=t(this),Object.defineProperty(this,e,o),o.value},set(o){Object.defineProperty(this,e,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var Zl;var Bo={value:void 0,enumerable:!1},Bl="captureStackTrace"in Error?Error:null;function uy(n){let e=Bl;if(e){let t=e.stackTraceLimit;if(typeof t=="number"){try{e.stackTraceLimit=0}catch{return Bl=null,new n}try{return new n}finally{e.stackTraceLimit=t}}}return new n}function C(n,e,t,r){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function l(f,m){if(f._zod){if(f._zod.traits.has(n))return}else{Bo.value=new o(m);try{Object.defineProperty(f,"_zod",Bo)}finally{Bo.value=void 0}}if(f._zod.traits.add(n),e(f,m),a){let g=Object.getPrototypeOf(f),h=f._zod.constr.prototype,v=g;for(;v&&v!==h;)v=Object.getPrototypeOf(v);let k=v??g;a.has(k)||(a.add(k),Dl(k,s))}let w=p.prototype;for(let g in w)Object.prototype.hasOwnProperty.call(w,g)&&(g in f||(f[g]=w[g].bind(f)))}let c=r?.Parent??Object;class d extends c{}Object.defineProperty(d,"name",{value:n});function p(f){let m=r?.Parent?uy(d):this;l(m,f);let w=m._zod.deferred;if(w){for(let h of w)h();m._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(m),m}return Object.defineProperty(p,"init",{value:l}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>r?.Parent&&f instanceof r.Parent?!0:f?._zod?.traits?.has(n)}),Object.defineProperty(p,"name",{value:n}),p}var _e=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Zl=globalThis).__zod_globalConfig??(Zl.__zod_globalConfig={});var An=globalThis.__zod_globalConfig;function ye(n){return n&&Object.assign(An,n),An}u();u();function fy(){let n=this._zod;return n.message??(n.message=JSON.stringify(n.def,Pl,2)),n.message}function dy(n){this._zod.message=n}var py={get:fy,set:dy,enumerable:!0,configurable:!0},jo={value:void 0,enumerable:!1},Fl=new WeakSet([Object.prototype,Error.prototype]),jl=(n,e)=>{n.name="$ZodError",jo.value=e,Object.defineProperty(n,"issues",jo),jo.value=void 0,Object.defineProperty(n,"message",py);let t=Object.getPrototypeOf(n);Fl.has(t)||(Fl.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},Gk=C("$ZodError",jl),gt=C("$ZodError",jl,void 0,{Parent:Error});var my=n=>{let e=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new _e;if(a.issues.length){let l=new(o?.Err??n)(a.issues.map(c=>$e(c,s,ye())));throw Do(l,o?.callee??e),l}return a.value};return e},Uo=my(gt),gy=n=>{let e=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let l=new(o?.Err??n)(a.issues.map(c=>$e(c,s,ye())));throw Do(l,o?.callee??e),l}return a.value};return e},Wo=gy(gt),yy=n=>(e,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=e._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new _e;return o.issues.length?Ul(n,o.issues,i):{success:!0,data:o.value}},Ko=yy(gt);function Ul(n,e,t){let r;return{success:!1,get error(){return r||(r=new n(e.map(i=>$e(i,t,ye()))),e=void 0,t=void 0),r},set error(i){r=i,e=void 0,t=void 0}}}var wy=n=>async(e,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=e._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?Ul(n,o.issues,i):{success:!0,data:o.value}},Go=wy(gt);u();u();u();var Wl=/^[\s\S]{0,}$/;var Vo=/^-?\d+(?:\.\d+)?$/,Kl=/^(?:true|false)$/i;var Fe=C("$ZodCheck",(n,e)=>{var t;n._zod??(n._zod={}),n._zod.def=e,(t=n._zod).onattach??(t.onattach=[])});var by=n=>{let e=n.value;return!zl(e)&&e.length!==void 0},Gl={number:"number",bigint:"bigint",object:"date"};var Ho=C("$ZodCheckGreaterThan",(n,e)=>{Fe.init(n,e);let t=Gl[typeof e.value];n._zod.check=r=>{(e.inclusive?r.value>=e.value:r.value>e.value)||r.issues.push({origin:Gl[typeof r.value]??t,code:"too_small",minimum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:n,continue:!e.abort})}});var Vl=C("$ZodCheckNumberFormat",(n,e)=>{Fe.init(n,e),e.format=e.format||"float64";let t=e.format?.includes("int"),r=t?"int":"number",[i,o]=El[e.format];n._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:e.format,code:"invalid_type",continue:!1,input:a,inst:n});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:n,continue:!e.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:n,continue:!e.abort})}});var Yl=C("$ZodCheckMinLength",(n,e)=>{var t;Fe.init(n,e),(t=n._zod.def).when??(t.when=by),n._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=e.minimum&&o<e.minimum*2?Rl(i):o)>=e.minimum)return;let a=Ll(i);r.issues.push({origin:a,code:"too_small",minimum:e.minimum,inclusive:!0,input:i,inst:n,continue:!e.abort})}});var Hl=C("$ZodCheckStringFormat",(n,e)=>{var t,r;Fe.init(n,e),e.pattern?(t=n._zod).check??(t.check=i=>{e.pattern.lastIndex=0,!e.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:e.format,input:i.value,...e.pattern?{pattern:e.pattern.toString()}:{},inst:n,continue:!e.abort})}):(r=n._zod).check??(r.check=()=>{})}),Jl=C("$ZodCheckRegex",(n,e)=>{Hl.init(n,e),n._zod.check=t=>{e.pattern.lastIndex=0,!e.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:e.pattern.toString(),inst:n,continue:!e.abort})}});u();var Ql={major:4,minor:6,patch:7};var te=C("$ZodType",(n,e)=>{var t;n??(n={}),n._zod.def=e,n._zod.bag=n._zod.bag||{},n._zod.version=Ql;let r=n._zod.def.checks,i=n._zod.traits.has("$ZodCheck")?[n,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(n);if(i.length===0)(t=n._zod).deferred??(t.deferred=[]),n._zod.deferred?.push(()=>{n._zod.run=n._zod.parse});else{let o=(a,l,c)=>{if(a.memo)return a;let d=Se(a),p;for(let f of l){if(f._zod.def.when){if(Il(a)||!f._zod.def.when(a))continue}else if(d)continue;let m=a.issues.length,w=f._zod.check(a);if(w instanceof Promise&&c?.async===!1)throw new _e;if(p||w instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await w,a.issues.length!==m&&(Mr(a.issues,m,n),d||(d=Se(a,m)))});else{if(a.issues.length===m)continue;Mr(a.issues,m,n),d||(d=Se(a,m))}}return p?p.then(()=>a):a},s=(a,l,c)=>{if(Se(a))return a.aborted=!0,a;let d=o(l,i,c);if(d instanceof Promise){if(c.async===!1)throw new _e;return d.then(p=>n._zod.parse(p,c))}return n._zod.parse(d,c)};n._zod.run=(a,l)=>{if(l.skipChecks)return n._zod.parse(a,l);if(l.direction==="backward"){let d=n._zod.parse({value:a.value,issues:[]},{...l,skipChecks:!0});return d instanceof Promise?d.then(p=>s(p,a,l)):s(d,a,l)}let c=n._zod.parse(a,l);if(c instanceof Promise){if(l.async===!1)throw new _e;return c.then(d=>o(d,i,l))}return o(c,i,l)}}},{get"~standard"(){return Zo(this,"~standard",ky(this))},set"~standard"(n){on(this,"~standard",n)}}),ru=(n,e)=>n.issues.length?{issues:n.issues.map(t=>$e(t,e,ye()))}:{value:n.value};async function vy(n,e){let t={async:!0};return ru(await n._zod.run({value:e,issues:[]},t),t)}function ky(n){return{validate:e=>{let t={async:!1};try{let r=n._zod.run({value:e,issues:[]},t);if(!(r instanceof Promise))return ru(r,t)}catch{}return vy(n,e)},vendor:"zod",version:1}}var iu=C("$ZodString",(n,e)=>{te.init(n,e),n._zod.pattern=e.pattern??Wl,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:n}),t}});var Jo=C("$ZodNumber",(n,e)=>{te.init(n,e),n._zod.pattern=Vo,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:n,...o?{received:o}:{}}),t}}),ou=C("$ZodNumberFormat",(n,e)=>{Vl.init(n,e),Jo.init(n,e)}),su=C("$ZodBoolean",(n,e)=>{te.init(n,e),n._zod.pattern=Kl,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:n}),t}});var au=C("$ZodNever",(n,e)=>{te.init(n,e),n._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:n}),t)});function xy(n,e){let t=qo(n._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=n._zod.parse;n._zod.parse=(o,s)=>{let a=e(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[l,c]of qo(n._zod.def.checks))if(a>l&&c._zod.def.when(o)){let d=o.issues.length;return c._zod.check(o),o.issues[d].continue=!1,Mr(o.issues,d,n),o}}return i(o,s)}}var Sy=n=>Array.isArray(n)?n.length:-1;function eu(n,e,t){n.issues.length&&e.issues.push(...Ze(t,n.issues)),e.value[t]=n.value}var cu=C("$ZodArray",(n,e)=>{te.init(n,e);let t=An.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:n}),r;r.value=t?t.alloc(n,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let l=0;l<o.length;l++){let c=o[l],d=e.element._zod.run({value:c,issues:[]},i);if(d instanceof Promise)s.push(d.then(p=>eu(p,r,l)));else if(eu(d,r,l),a&&d.issues.length!==0&&Se(d))break}return s.length?Promise.all(s).then(()=>r):r},xy(n,Sy)});function Nr(n,e,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(n.issues.length){if(i!==void 0&&a&&!s)return;e.issues.push(...Ze(t,n.issues))}if(!s&&i===void 0){n.issues.length||e.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}n.value===void 0?(s||i==="defaulted"&&!a)&&(e.value[t]=void 0):e.value[t]=n.value}}var $y=[];function _y(n){let e=Object.keys(n.shape),t=Object.getOwnPropertySymbols(n.shape),r=t.length?t:$y,i=r.length?[...e,...r]:e;for(let s of i)if(!n.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Tl(n.shape);return{...n,allKeys:i,symbolKeys:r,keySet:new Set(e),numKeys:e.length,optionalKeys:new Set(o)}}function Ay(n,e,t,r,i,o,s){let a=[],l=i.keySet,c=i.catchall._zod,d=c.def.type,p=c.optin,f=c.optout,m=0;for(let w in e){if(s&&t.issues.length!==m){if(Se(t,m))break;m=t.issues.length}if(l.has(w))continue;if(w==="__proto__"){d==="never"&&a.push(w);continue}if(d==="never"){a.push(w);continue}let g=c.run({value:e[w],issues:[]},r);g instanceof Promise?n.push(g.then(h=>Nr(h,t,w,e,p,f))):Nr(g,t,w,e,p,f)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:e,inst:o,continue:!0}),n.length?Promise.all(n).then(()=>t):t}var lu=C("$ZodObject",(n,e)=>{te.init(n,e);let t=Object.getOwnPropertyDescriptor(e,"shape"),r=t?.get?t.get.raw:e.shape??{};if(r){let c=()=>{let d={...r};return Object.defineProperty(e,"shape",{value:d}),c.raw=d,d};c.raw=r,Object.defineProperty(e,"shape",{get:c})}let i=Ol(()=>_y(e));ue(n,"propValues",c=>{let d=c.def.shape,p={};for(let f in d){let m=d[f]._zod;if(m.values){Object.prototype.hasOwnProperty.call(p,f)||Ml(p,f,new Set);for(let w of m.values)p[f].add(w);m.optin!==void 0&&p[f].add(void 0)}}return p});let o=zr,s=e.catchall,a,l=An.memoizer;l?.attach(n),n._zod.parse=(c,d)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:n}),c;c.value=l?l.alloc(n,c,{},d):{};let f=[],m=a.shape,w=d?.abortEarly,g=c.issues.length;for(let h of a.allKeys){if(w&&c.issues.length!==g){if(Se(c,g))break;g=c.issues.length}if(h==="__proto__")continue;let v=m[h],k=v._zod.optin,b=v._zod.optout,S=v._zod.run({value:p[h],issues:[]},d);S instanceof Promise?f.push(S.then(x=>Nr(x,c,h,p,k,b))):Nr(S,c,h,p,k,b)}return s?Ay(f,p,c,d,i.value,n,w===!0):f.length?Promise.all(f).then(()=>c):c}});function nu(n,e,t,r){for(let o of n)if(o.issues.length===0)return e.value=o.value,e;let i=n.filter(o=>!Se(o));return i.length===1?(e.value=i[0].value,i[0]):(e.issues.push({code:"invalid_union",input:e.value,inst:t,errors:n.map(o=>o.issues.map(s=>$e(s,r,ye())))}),e)}var uu=C("$ZodUnion",(n,e)=>{te.init(n,e),ue(n,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),ue(n,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),ue(n,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),ue(n,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>Lo(o.source)).join("|")})$`)}});let t=e.options.length===1?e.options[0]._zod.run:null;n._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of e.options){let l=a._zod.run({value:r.value,issues:[]},i);if(l instanceof Promise)s.push(l),o=!0;else{if(l.issues.length===0)return l;s.push(l)}}return o?Promise.all(s).then(a=>nu(a,r,n,i)):nu(s,r,n,i)}});var fu=C("$ZodRecord",(n,e)=>{te.init(n,e);let t=An.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Cl(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:n}),r;let s=[],a=e.keyType._zod.values;if(a&&!e.partial){r.value=t?t.alloc(n,r,{},i):{};let l=new Set;for(let d of a)if(typeof d=="string"||typeof d=="number"||typeof d=="symbol"){if(l.add(typeof d=="number"?d.toString():d),d==="__proto__")continue;let p=e.keyType._zod.run({value:d,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(w=>$e(w,i,ye())),input:d,path:[d],inst:n});continue}let f=p.value;if(f==="__proto__")continue;let m=e.valueType._zod.run({value:o[d],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...Ze(d,w.issues)),r.value[f]=w.value})):(m.issues.length&&r.issues.push(...Ze(d,m.issues)),r.value[f]=m.value)}let c;for(let d in o)if(!l.has(d))if(e.mode==="loose"){if(d==="__proto__")continue;r.value[d]=o[d]}else c=c??[],c.push(d);c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:c,continue:!0})}else{r.value=t?t.alloc(n,r,{},i):{};let l;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let d=e.keyType._zod.run({value:c,issues:[]},i);if(d instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&Vo.test(c)&&d.issues.length){let w=e.keyType._zod.run({value:Number(c),issues:[]},i);if(w instanceof Promise)throw new Error("Async schemas not supported in object keys currently");w.issues.length===0&&(d=w)}if(d.issues.length){e.mode==="loose"?r.value[c]=o[c]:a?(l=l??[],l.push(c)):r.issues.push({code:"invalid_key",origin:"record",issues:d.issues.map(w=>$e(w,i,ye())),input:c,path:[c],inst:n});continue}let f=d.value;if(f==="__proto__")continue;let m=e.valueType._zod.run({value:o[c],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...Ze(c,w.issues)),r.value[f]=w.value})):(m.issues.length&&r.issues.push(...Ze(c,m.issues)),r.value[f]=m.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:l,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var du=C("$ZodEnum",(n,e)=>{te.init(n,e);let t=Ro(e.entries),r=new Set(t);n._zod.values=r,ue(n,"pattern",i=>{let o=Ro(i.def.entries).filter(s=>Nl.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>ht(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:n}),i}}),pu=C("$ZodLiteral",(n,e)=>{te.init(n,e);let t=new Set(e.values);n._zod.values=t,ue(n,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?ht(o):o?ht(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:e.values,input:o,inst:n}),r}});function tu(n,e){return n.value=e.issues.length?void 0:e.value,n}var hu=C("$ZodOptional",(n,e)=>{te.init(n,e),ue(n,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),n._zod.optout="optional",ue(n,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),ue(n,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${Lo(r.source)})?$`):void 0}),n._zod.parse=(t,r)=>{if(t.value===void 0){if(e.innerType._zod.optin!=="defaulted")return t;let i=e.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>tu(t,o)):tu(t,i)}return e.innerType._zod.run(t,r)}});u();var mu;var Xo=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){let r=t[0];return this._map.set(e,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){let t=this._map.get(e);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){let t=e._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(e)};return Object.keys(i).length?i:void 0}return this._map.get(e)}has(e){return this._map.has(e)}};function gu(){return new Xo}(mu=globalThis).__zod_globalRegistry??(mu.__zod_globalRegistry=gu());var Pn=globalThis.__zod_globalRegistry;u();function yu(n){return n.checks&&(n.checks=[...n.checks]),n}function wu(n,e){return new n(yu({type:"string",...U(e)}))}function bu(n,e){return new n(yu({type:"number",checks:[],...U(e)}))}function vu(n,e){return new n({type:"number",check:"number_format",abort:!1,format:"safeint",...U(e)})}function ku(n,e){return new n({type:"boolean",...U(e)})}function xu(n,e){return new n({type:"never",...U(e)})}function Su(n,e){return new Ho({check:"greater_than",...U(e),value:n,inclusive:!1})}function On(n,e){return new Ho({check:"greater_than",...U(e),value:n,inclusive:!0})}function Qo(n){return Su(0,n)}function Tr(n,e){return new Yl({check:"min_length",...U(e),minimum:n})}function yt(n,e){return new Jl({check:"string_format",format:"regex",...U(e),pattern:n})}function $u(n,e){let t=Oy(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(Cr(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(Cr(o))}},n(r.value,r)),e);return t}function Oy(n,e){let t=new Fe({check:"custom",...U(e)});return t._zod.check=n,t}u();u();var fe=C("ZodMiniType",(n,e)=>{if(!n._zod)throw new Error("Uninitialized schema in ZodMiniType.");te.init(n,e),n.def=e,n.type=e.type},{get with(){return this.check},set with(n){on(this,"with",n)},parse(n,e){return Uo(this,n,e,{callee:this.parse})},parseAsync(n,e){return Wo(this,n,e,{callee:this.parseAsync})},safeParse(n,e){return Ko(this,n,e)},safeParseAsync(n,e){return Go(this,n,e)},check(...n){let e=this.def;return this.clone({...e,checks:[...e.checks??[],...n.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(n,e){return mt(this,n,e)},brand(){return this},register(n,e){return n.add(this,e),this},apply(n,...e){return e.length===0?n(this):n(this,...e)}}),Cy=C("ZodMiniString",(n,e)=>{iu.init(n,e),fe.init(n,e)});function G(n){return wu(Cy,n)}var Au=C("ZodMiniNumber",(n,e)=>{Jo.init(n,e),fe.init(n,e)});function es(n){return bu(Au,n)}var Ny=C("ZodMiniNumberFormat",(n,e)=>{ou.init(n,e),Au.init(n,e)});function ns(n){return vu(Ny,n)}var Ty=C("ZodMiniBoolean",(n,e)=>{su.init(n,e),fe.init(n,e)});function je(n){return ku(Ty,n)}var Ey=C("ZodMiniNever",(n,e)=>{au.init(n,e),fe.init(n,e)});function Iy(n){return xu(Ey,n)}var Ry=C("ZodMiniArray",(n,e)=>{cu.init(n,e),fe.init(n,e)});function sn(n,e){return new Ry({type:"array",element:n,...U(e)})}var Ly=C("ZodMiniObject",(n,e)=>{lu.init(n,e),fe.init(n,e),ql(n,"shape",t=>t._zod.def.shape,!1)});function we(n,e){return new Ly({type:"object",shape:n,catchall:Iy(),...U(e)})}var Dy=C("ZodMiniUnion",(n,e)=>{uu.init(n,e),fe.init(n,e)});function ts(n,e){return new Dy({type:"union",options:n,...U(e)})}var _u=C("ZodMiniRecord",(n,e)=>{fu.init(n,e),fe.init(n,e)});function Pu(n,e,t){return!e||!e._zod?new _u({type:"record",keyType:G(),valueType:n,...U(e)}):new _u({type:"record",keyType:n,valueType:e,...U(t)})}var qy=C("ZodMiniEnum",(n,e)=>{du.init(n,e),fe.init(n,e),n.options=[...n._zod.values]});function ee(n,e){let t=Array.isArray(n)?Object.fromEntries(n.map(r=>[r,r])):n;return new qy({type:"enum",entries:t,...U(e)})}var Zy=C("ZodMiniLiteral",(n,e)=>{pu.init(n,e),fe.init(n,e)});function wt(n,e){return new Zy({type:"literal",values:Array.isArray(n)?n:[n],...U(e)})}var By=C("ZodMiniOptional",(n,e)=>{hu.init(n,e),fe.init(n,e)});function an(n){return new By({type:"optional",innerType:n})}function Er(n,e){return $u(n,e)}u();var bt=/^[a-z][a-z0-9-]*$/;function J(n,e){return Pn.add(n,{description:e}),n}var N=(n,e)=>an(J(n,e)),rs=n=>J(G().check(yt(bt,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${n} id: lowercase letters, digits and dashes, starting with a letter`),Ou=["product-led","marketing-led","sales-led"],Uy=["self-serve","product-led-sales","sales-led"],Wy=["one-to-many","single-player"],Ky=["freemium","trial","freemium-and-trial","none"],Gy=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],Ir=["error","warning","info","off"],Rr=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan","non-monotonic-limit","non-monotonic-price","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","no-upgrade-trigger","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],zn=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan"],vt=Rr.filter(n=>n!=="unused-accept"&&!zn.includes(n)),Vy=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],zu=["seat","workspace","account","usage"],Mu=["month","year"],Yy=n=>J(G().check(yt(/\S/,{error:"must not be empty"})),n),Hy=J(we({name:J(G().check(Tr(1)),"The product name"),url:N(G(),"The product web site")}),"The product this file packages"),Jy=J(we({acquisition:N(ee(Ou),"How users find the product (default product-led)"),retention:N(ee(Ou),"What keeps users coming back (default product-led)"),monetization:N(ee(Uy),"How revenue is collected (default self-serve)"),relationship:N(ee(Wy),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:N(ee(Ky),"The free offer (default freemium)"),trialDays:N(ns().check(Qo()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:N(sn(ee(Gy)),"Why there is a free offer at all"),qualifiedBy:N(sn(ee(Vy)),"The product signals that qualify an account for sales (product-qualified leads)")}).check(Er((n,e)=>{typeof n.trialDays=="number"&&n.freeOffer!=="trial"&&n.freeOffer!=="freemium-and-trial"&&e.addIssue({code:"custom",path:["trialDays"],input:n.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${n.freeOffer??"freemium, the default"})`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Cu=J(ts([es().check(On(0)),wt("contact-sales")]),"A number >= 0, or contact-sales"),Xy=J(we({id:rs("Plan"),name:N(G(),"Display name (default: id)"),price:Cu,per:N(ee(zu),"What the price is per"),period:N(ee(Mu),"Billing period"),minSeats:N(ns().check(On(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:N(je(),"Bought through sales even when it has a list price")}).check(Er((n,e)=>{typeof n.minSeats=="number"&&n.per!=="seat"&&e.addIssue({code:"custom",path:["minSeats"],input:n.minSeats,message:`minSeats only goes with per: seat (per is ${n.per??"not written"})`}),n.salesAssisted===!0&&n.price===0&&e.addIssue({code:"custom",path:["salesAssisted"],input:n.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A plan; plans are ordered from lowest to highest"),Qy=J(we({id:rs("Add-on"),name:N(G(),"Display name (default: id)"),price:Cu,per:N(ee(zu),"What the price is per"),period:N(ee(Mu),"Billing period"),from:N(G(),"The lowest plan that can buy it (default: the lowest plan)")}),"An add-on, sold on top of a plan"),ew=J(ts([es().check(On(0)),wt("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),Nu=n=>N(we(Object.fromEntries(vt.map(e=>[e,an(Yy("Why the team accepts it"))]))),n),nw=J(we({virality:N(je(),"Sharing, invites, public output: network effects"),universality:N(je(),"Enough for nearly every user, whatever their complexity"),ahaMoment:N(je(),"Needed to reach first value"),habitLoop:N(je(),"Brings users back: notifications, channels, reminders"),friction:N(je(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:N(je(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),tw=J(we({id:rs("Feature"),name:N(G(),"Display name (default: id)"),description:N(G(),"What the feature does"),category:N(G(),"Groups rows in the matrix"),plan:N(G(),"The lowest plan that includes it; every higher plan includes it too"),addOn:N(G(),"Instead of plan: the add-on this feature comes with"),unit:N(G(),"What `limits` counts"),limits:N(Pu(G(),ew),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),signals:an(nw),status:N(ee(["shipped","planned"]),"shipped (default) or planned"),requestedBy:N(sn(G()),"The customers who asked for it"),rationale:N(G().check(yt(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:Nu("Findings on this feature the team accepted: rule id -> reason")}).check(Er((n,e)=>{let t=n.plan!==void 0&&n.addOn!==void 0;(t||n.plan===void 0&&n.addOn===void 0)&&e.addIssue({code:"custom",path:["id"],input:n.id,message:t?`Feature${typeof n.id=="string"?` "${n.id}"`:""} has both \`plan\` and \`addOn\`: keep exactly one (a feature sold with an add-on has no plan of its own)`:`Feature${typeof n.id=="string"?` "${n.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A feature"),rw=ee(Ir),iw=wt("error"),ow=J(we(Object.fromEntries(Rr.map(n=>[n,an(zn.includes(n)?iw:rw)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),is=we({version:J(wt(1),"The format version: 1"),product:Hy,growth:an(Jy),plans:J(sn(Xy).check(Tr(1)),"The plans, from lowest to highest"),addOns:N(sn(Qy),"Add-ons sold on top of a plan"),features:J(sn(tw),"The features"),accept:Nu("Findings that name no feature, accepted by the team: rule id -> reason"),rules:an(ow)}).register(Pn,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});var sw=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy"],Ue=n=>n!==null&&typeof n=="object"&&!Array.isArray(n);function os(n,e){for(let t=e.rank+1;t<n.length;t++){let r=n[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var kt=(n,e)=>n.limits[e]??"unlimited";function Iu(n,e,t){let r=n.contents,i=A=>(0,de.isAlias)(A)?tn(n,A):A??void 0,o=new Set;for(let A of t)for(let D=1;D<=Math.min(2,A.path.length);D++)o.add(A.path.slice(0,D).join("\0"));let s=(...A)=>o.has(A.join("\0")),a=A=>{let D=i(H(r,A)),O=e[A];return!(0,de.isSeq)(D)||!Array.isArray(O)?[]:O.map((B,K)=>({node:i(D.items[K]),plain:B,ok:!s(A,K)}))},l=A=>{let D=Ue(A)?A.id:void 0;return typeof D=="string"&&bt.test(D)?D:void 0},c=A=>{let D=[];for(let O of A){let B=l(O.plain);B!==void 0&&D.push({id:B,node:i(H(O.node,"id"))})}return D},d=A=>typeof A=="string"?A:void 0,p=a("plans"),f=a("addOns"),m=a("features"),w={plans:c(p),addOns:c(f),features:c(m)},g=s("plans")&&!Array.isArray(e.plans),h=[],v=new Map;p.forEach((A,D)=>{if(g||!A.ok||!A.node||!Ue(A.plain))return;let O=A.plain,B=O.price,K=O.per,ne=O.minSeats,he=O.salesAssisted===!0,se={id:O.id,name:d(O.name)||O.id,price:B,...K!==void 0?{per:K}:{},...O.period!==void 0?{period:O.period}:{},...ne!==void 0?{minSeats:ne}:{},salesAssisted:he,free:B===0,sales:B==="contact-sales"||he,...typeof B=="number"?{entryPrice:K==="seat"&&ne?B*ne:B}:{},index:D,rank:h.length,node:A.node,idNode:i(H(A.node,"id")),priceNode:i(H(A.node,"price"))};h.push(se),v.has(se.id)||v.set(se.id,se)});let k=l(p[0]?.plain),b=[],S=new Map,x=s("addOns")&&!Array.isArray(e.addOns);f.forEach((A,D)=>{if(x||!A.ok||!A.node||!Ue(A.plain))return;let O=A.plain,B=d(O.from)??k??"",K=v.get(B),ne=i(H(A.node,"from")),he={id:O.id,name:d(O.name)||O.id,price:O.price,...O.per!==void 0?{per:O.per}:{},...O.period!==void 0?{period:O.period}:{},from:B,...K?{fromPlan:K}:{},index:D,node:A.node,idNode:i(H(A.node,"id")),priceNode:i(H(A.node,"price")),...ne&&O.from!==void 0?{fromNode:ne}:{}};b.push(he),S.has(he.id)||S.set(he.id,he)});let P=[];m.forEach((A,D)=>{if(!A.ok||!A.node||!Ue(A.plain))return;let O=A.plain,B=O.signals,K=d(O.addOn),ne=K!==void 0?S.get(K):void 0,he=K!==void 0?ne?.from??"":O.plan,se=K!==void 0?ne?.fromPlan:v.get(he),Ps=K!==void 0?ne?"paid":null:se?se.free?"free":"paid":null,Os=Ue(O.limits)?O.limits:Object.create(null),Jr=new Map,zs=i(H(A.node,"limits"));if((0,de.isMap)(zs))for(let ae of zs.items){let Pe=i(ae.key);Pe&&Pe.value!==void 0&&!Jr.has(String(Pe.value))&&Jr.set(String(Pe.value),{...ae,value:i(ae.value)})}let Ot=[];if(se&&Ps==="free")for(let ae=se.rank;ae<h.length;ae++){let Pe=h[ae];Pe.free&&Ot.push({plan:Pe,limit:kt({limits:Os},Pe.id)})}let Ms=xl(B);P.push({id:O.id,name:d(O.name)||O.id,...O.description!==void 0?{description:O.description}:{},...O.category!==void 0?{category:O.category}:{},plan:he,...K!==void 0?{addOn:K}:{},...ne?{addOnModel:ne}:{},...O.unit!==void 0?{unit:O.unit}:{},limits:Os,...B?{signals:B}:{},status:O.status??"shipped",...O.requestedBy!==void 0?{requestedBy:O.requestedBy}:{},...O.rationale!==void 0?{rationale:O.rationale}:{},accept:Eu(n,i(H(A.node,"accept")),O.accept),side:Ps,...se?{placement:se}:{},freeLimits:Ot,reachesFree:Ot.some(ae=>ae.limit!==0),walledOnFree:Ot.some(ae=>typeof ae.limit=="number"),recommendation:Ms.recommendation,reasons:Ms.reasons,index:D,node:A.node,idNode:i(H(A.node,"id")),planNode:i(H(A.node,K!==void 0?"addOn":"plan")),...Tu("signalsNode",i(H(A.node,"signals"))),...Tu("requestedByNode",i(H(A.node,"requestedBy"))),limitPairs:Jr})});let z=rn(r,"growth"),$=i(z?.value),T=z!==void 0&&!s("growth")&&(0,de.isMap)($),I=T&&Ue(e.growth)?e.growth:{},Z=new Map,q=[];if(T&&(0,de.isMap)($)){for(let D of sw){let O=i(H($,D));O&&I[D]!==void 0&&Z.set(D,O)}let A=Z.get("freemiumGoals");(0,de.isSeq)(A)&&Array.isArray(I.freemiumGoals)&&A.items.forEach((D,O)=>{let B=i(D);B&&q.push({goal:I.freemiumGoals[O],node:B})})}let re={acquisition:I.acquisition??"product-led",retention:I.retention??"product-led",monetization:I.monetization??"self-serve",relationship:I.relationship??"one-to-many",freeOffer:I.freeOffer??"freemium",...I.trialDays!==void 0?{trialDays:I.trialDays}:{},...I.freemiumGoals!==void 0?{freemiumGoals:I.freemiumGoals}:{},...I.qualifiedBy!==void 0?{qualifiedBy:I.qualifiedBy}:{},written:Z,goalItems:q,...T&&z?{keyNode:z.key}:{}},At=Ue(e.product)?e.product:{},Pt=h.find(A=>A.free),As=Pt?os(h,Pt):void 0;return{rootNode:r,...typeof At.name=="string"?{productName:At.name}:{},...typeof At.url=="string"?{productUrl:At.url}:{},plans:h,addOns:b,features:P,growth:re,hasGrowth:T,planIds:new Set(w.plans.map(A=>A.id)),addOnIds:new Set(w.addOns.map(A=>A.id)),idEntries:w,productLed:re.acquisition==="product-led"||re.retention==="product-led",freemium:re.freeOffer==="freemium"||re.freeOffer==="freemium-and-trial",planById:v,addOnById:S,...Pt?{firstFreePlan:Pt}:{},...aw("lowestPaidPlan",h.find(A=>typeof A.price=="number"&&A.price>0)),...As?{upgradePlan:As}:{},hasSalesPlan:h.some(A=>A.sales),freeSideClassified:P.every(A=>A.side!=="free"||A.signals!==void 0),accept:Eu(n,i(H(r,"accept")),e.accept)}}function Tu(n,e){return e?{[n]:e}:{}}function aw(n,e){return e?{[n]:e}:{}}function Eu(n,e,t){let r=new Map;if(!(0,de.isMap)(e)||!Ue(t))return r;for(let i of e.items){let o=(0,de.isAlias)(i.key)?tn(n,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!vt.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}u();u();var Ru={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(n){let e=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}n.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=n.model.idEntries;e(t.plans,"plan",!1),e(t.addOns,"add-on",!1),e(t.features,"feature",!0)}};u();var Lu={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(n){let{model:e}=n,t=e.plans;if(t.length<2)return;let r=e.features.filter(l=>l.status==="planned"&&l.placement);if(r.length<2)return;let i=t[t.length-1],o=e.lowestPaidPlan,s=l=>l===i.rank||o!==void 0&&l>o.rank;if(!r.every(l=>s(l.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${n.name(o)}`:n.name(i);n.report({node:n.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};u();u();function Du(n){return n.model.features.filter(e=>e.side!==null)}function oe(n){return n.model.features.filter(e=>e.side==="free")}var W=(n,e)=>n.signals?.[e]===!0;function Lr(n,e){return e.addOnModel?`the ${n.name(e.addOnModel)} add-on`:e.placement?n.name(e.placement):`"${e.plan}"`}var qu={id:"free-expansion",severity:"info",category:"packaging-test",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of oe(n)){if(t.recommendation!=="paid"||t.reasons.length!==1||t.reasons[0]!=="expansion"||t.walledOnFree)continue;let r=t.placement;n.report({node:t.planNode,feature:t,message:`${n.name(t)} grows with the value a customer gets (expansion), and ${n.name(r)} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${n.name(r)} under \`limits:\`, or start it on ${e?n.name(e):"a paid plan"}.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}}};u();var Zu={id:"free-friction",severity:"warning",category:"packaging-test",description:"A feature that creates friction for the growth model is given away free.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of oe(n))t.recommendation!=="paid"||!t.reasons.includes("friction")||n.report({node:t.planNode,feature:t,message:`${n.name(t)} creates friction for the growth model and drives no growth signal, yet it is free on ${n.name(t.placement)}. Gate it in ${e?n.name(e):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}};u();var Bu={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(n){let{model:e}=n,t=e.growth.written.get("freeOffer");!e.hasGrowth||!t||!e.freemium||e.plans.length===0||e.firstFreePlan||n.report({node:t,message:`The free offer is ${e.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};u();var Fu={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("freeOffer");!e.hasGrowth||!r||!e.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||n.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};u();u();var ss={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function cn(n){let e=n.map(t=>ss[t]);return e.length<=1?e.join(""):`${e.slice(0,-1).join(", ")} and ${e[e.length-1]}`}var Mn={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var cw={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},ju={id:"gated-growth-driver",severity:"warning",category:"packaging-test",description:"A feature that drives growth is gated in a paid plan or an add-on.",check(n){let e=n.model.firstFreePlan;for(let t of Du(n)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>nn.includes(a)),i=t.reasons.filter(a=>!nn.includes(a)),o=e?n.name(e):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${cn(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;n.report({node:t.planNode,feature:t,severity:n.model.productLed?"warning":"info",message:`${n.name(t)} drives growth (${cn(r)}) but is gated in ${Lr(n,t)}: ${r.map(a=>cw[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...e?{recommendedPlan:e.id}:{}}})}}};u();var lw={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},uw={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},Uu={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(n){let{model:e}=n;if(!e.hasGrowth||e.growth.goalItems.length===0||!e.freeSideClassified)return;let t=e.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of e.growth.goalItems){let s=lw[i];!s||r.has(i)||(r.add(i),!t.some(a=>W(a,s.signal))&&n.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${uw[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};u();var fw=["universality","ahaMoment","habitLoop"],Wu={id:"growth-wall",severity:"warning",category:"packaging-test",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(n){for(let e of oe(n)){if(W(e,"virality")||e.reachesFree)continue;let t=fw.filter(i=>W(e,i));if(t.length===0)continue;let r=e.freeLimits.find(i=>i.limit===0);r&&n.report({node:e.limitPairs.get(r.plan.id)?.value,feature:e,message:`${n.name(e)} drives growth (${cn(t)}), but ${n.name(r.plan)} allows 0 ${e.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};u();var Ku={id:"limit-outside-plan",severity:"error",category:"structure",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(n){for(let e of n.model.features){let t=e.placement;if(t)for(let[r,i]of e.limitPairs){let o=n.model.planById.get(r);!o||o.rank>=t.rank||n.report({node:i.key,feature:e,message:`${n.name(e)} starts on ${Lr(n,e)}${e.addOnModel?` (from ${n.name(t)})`:""}, so ${n.name(o)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${n.name(o)}.`})}}}};u();var Gu={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(n){if(n.topKey("growth"))return;let e=n.topKey("version");n.report({node:e,...e?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};u();var Vu={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&W(r,"ahaMoment"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};u();var Yu={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&W(r,"habitLoop"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};u();var Hu={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(n){let e=n.model.growth,t=e.written.get("freeOffer");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.freeOffer!=="none"||n.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};u();var Ju={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(n){let e=n.model.growth.monetization;e!=="self-serve"&&e!=="product-led-sales"||n.model.plans.length!==0&&(n.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||n.report({node:n.topKey("plans"),message:`Monetization is ${e}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};u();var Xu={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(n){let{model:e}=n,t=e.firstFreePlan;if(!e.productLed||!e.freemium||!t)return;let r=e.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=e.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(W(a,"friction")||W(a,"expansion"))&&(a.walledOnFree||i(a)))||n.report({node:t.idNode,message:`Nothing makes a growing ${n.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${n.name(t)}${r?` or starts on ${n.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?n.name(r):"a self-serve paid plan"}.`})}};u();var dw=n=>n==="unlimited"?Number.POSITIVE_INFINITY:n,Qu=n=>n===Number.POSITIVE_INFINITY?"unlimited":String(n),ef={id:"non-monotonic-limit",severity:"warning",category:"structure",description:"A higher plan has a lower usage limit than a lower plan.",check(n){let e=n.model.plans;for(let t of n.model.features){if(!t.placement)continue;let r;for(let i=t.placement.rank;i<e.length;i++){let o=e[i],s=dw(kt(t,o.id));r&&s<r.limit&&t.limits[o.id]!==void 0&&n.report({node:t.limitPairs.get(o.id)?.value,feature:t,message:`${n.name(t)} allows ${Qu(s)}${t.unit?` ${t.unit}`:""} on ${n.name(o)} but ${Qu(r.limit)} on the lower ${r.name}: upgrading would take something away. Raise the ${n.name(o)} limit to at least the ${r.name} one.`}),(!r||s>r.limit)&&(r={name:n.name(o),limit:s})}}}};u();var pw=(n,e)=>n.per===e.per&&(n.period===void 0||e.period===void 0||n.period===e.period),nf=n=>n.minSeats&&n.per==="seat"?`${n.entryPrice} (${n.price} \xD7 ${n.minSeats} seats minimum)`:String(n.entryPrice),tf={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(n){let e=[];for(let t of n.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of e)pw(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&n.report({node:t.priceNode,message:`${n.name(t)} costs ${nf(t)}, less than the lower plan ${n.name(r)} (${nf(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=e.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?e.push(t):e[i].entryPrice<t.entryPrice&&(e[i]=t)}}};u();var rf={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||e.qualifiedBy&&e.qualifiedBy.length>0||n.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};u();var of={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||n.model.hasSalesPlan||n.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};u();var sf={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(n){let e=n.model.growth,t=e.written.get("retention");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.retention==="product-led"||n.report({node:t,message:`Acquisition is product-led but retention is ${e.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};u();var af={id:"sales-led-only",severity:"info",category:"growth-model",description:"Acquisition, retention and monetization are all sales-led.",check(n){let e=n.model.growth;n.model.hasGrowth&&(!e.written.has("acquisition")||!e.written.has("retention")||!e.written.has("monetization")||e.acquisition!=="sales-led"||e.retention!=="sales-led"||e.monetization!=="sales-led"||n.report({node:n.topKey("growth"),message:"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales."}))}};u();var cf={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};u();var lf={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("trialDays");if(!e.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!e.hasSalesPlan&&!i)return;let o=e.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;n.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};u();var uf={id:"single-customer-feature",severity:"info",category:"growth-model",description:"A feature requested by one customer that drives no growth signal.",check(n){for(let e of n.model.features)e.requestedBy?.length!==1||!e.requestedByNode||nn.some(t=>e.signals?.[t]===!0)||n.report({node:e.requestedByNode,feature:e,message:`${n.name(e)} was asked for by one customer (${e.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};u();var ff={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("acquisition");!e.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||e.features.some(i=>i.reachesFree&&W(i,"virality"))||n.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};u();var df={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};u();var pf={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(n){let e=n.model.growth.written.get("freeOffer");!n.model.hasGrowth||!e||n.model.growth.freeOffer!=="trial"||n.report({node:e,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};u();var hf={id:"unclassified-feature",severity:"info",category:"packaging-test",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(n){for(let e of n.model.features)e.signals||n.report({node:e.idNode,feature:e,message:`${n.name(e)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};u();u();function hw(n,e,t=Number.POSITIVE_INFINITY){if(n===e)return 0;if(Math.abs(n.length-e.length)>t)return t+1;let r=new Array(e.length+1);for(let i=0;i<=e.length;i++)r[i]=i;for(let i=1;i<=n.length;i++){let o=r[0];r[0]=i;let s=i;for(let a=1;a<=e.length;a++){let l=r[a];r[a]=Math.min(r[a]+1,r[a-1]+1,o+(n[i-1]===e[a-1]?0:1)),r[a]<s&&(s=r[a]),o=l}if(s>t)return t+1}return r[e.length]}var as=64;function Cn(n,e){if(n.length>as)return;let t=n.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let o of e){if(o.length>as)continue;let s=o.toLowerCase(),a=Math.max(2,Math.floor(Math.max(t.length,s.length)/3)),l=Math.min(a,Math.floor(i/2)),c=hw(t,s,l),d=c<=a?2*c:Number.POSITIVE_INFINITY;s!==t&&(s.startsWith(t)||t.startsWith(s))&&Math.min(t.length,s.length)>=2&&(d=Math.min(d,3)),d<i&&(i=d,r=o)}return r}function mf(n,e=2e6){let t=new Map,r=e;return i=>{if(t.has(i))return t.get(i);r-=n.length*Math.min(i.length+1,as);let o=r>=0?Cn(i,n):void 0;return t.set(i,o),o}}var gf={id:"unknown-add-on",severity:"error",category:"structure",description:"`addOn:` names no add-on.",check(n){let{model:e}=n,t=[...e.addOnIds];for(let r of e.features){if(r.addOn===void 0||e.addOnIds.has(r.addOn))continue;let i=Cn(r.addOn,t);n.report({node:r.planNode,feature:r,message:`${n.name(r)} comes with add-on "${r.addOn}", which is not one of the add-ons.${i?` Did you mean "${i}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}.`:" Declare it under `addOns:`."}`,...i?{data:{suggestion:i}}:{}})}}};u();var yf={id:"unknown-plan",severity:"error",category:"structure",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(n){let{model:e}=n,t=[...e.planIds],r=mf(t),i=t.length>12?`${t.slice(0,12).join(", ")}, \u2026 (${t.length} plans)`:t.join(", "),o=s=>{let a=r(s);return{s:a,text:a?` Did you mean "${a}"?`:` Plans: ${i}.`}};for(let s of e.addOns){if(!s.fromNode||e.planIds.has(s.from))continue;let{s:a,text:l}=o(s.from);n.report({node:s.fromNode,message:`The ${n.name(s)} add-on is sold from plan "${s.from}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let s of e.features){if(s.addOn===void 0&&!e.planIds.has(s.plan)){let{s:a,text:l}=o(s.plan);n.report({node:s.planNode,feature:s,message:`${n.name(s)} is placed on plan "${s.plan}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let[a,l]of s.limitPairs){if(e.planIds.has(a))continue;let{s:c,text:d}=o(a);n.report({node:l.key,feature:s,message:`${n.name(s)} has a usage limit for plan "${a}", which is not one of the plans.${d}`,...c?{data:{suggestion:c}}:{}})}}}};u();var wf={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};u();var bf={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(n){for(let e of oe(n)){if(e.recommendation!=="free-limited"||e.walledOnFree)continue;let t=e.placement,r=e.reasons.filter(i=>i==="friction"||i==="expansion");n.report({node:e.planNode,feature:e,message:`${n.name(e)} drives growth but also has ${cn(r)}, and ${n.name(t)} gives it away without limit. Add a usage wall for ${n.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};u();var vf={id:"viral-wall",severity:"warning",category:"packaging-test",description:"A viral feature is walled at 0 or 1 on a free plan.",check(n){for(let e of oe(n))if(W(e,"virality"))for(let{plan:t,limit:r}of e.freeLimits)r!==0&&r!==1||n.report({node:e.limitPairs.get(t.id)?.value,feature:e,message:`${n.name(e)} spreads the product (virality), but ${n.name(t)} caps ${e.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};u();var kf={id:"wall-not-lifted",severity:"warning",category:"growth-model",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(n){let e=n.model.plans;for(let t of oe(n)){if(!W(t,"friction")&&!W(t,"expansion"))continue;let r=new Set;for(let{plan:i,limit:o}of t.freeLimits){if(typeof o!="number")continue;let s=os(e,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=e.slice(s.rank+1).find(l=>{let c=kt(t,l.id);return c==="unlimited"||c>o});a&&(r.add(s.id),n.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${n.name(t)} stops at ${o} ${t.unit??"uses"} on ${n.name(i)}, and ${n.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${n.name(a)} does. Raise the ${n.name(s)} limit.`,data:{recommendedPlan:s.id}}))}}}};var Nn=[df,cf,Ru,yf,gf,Ku,ef,tf,Bu,ju,Zu,qu,bf,vf,Wu,hf,Gu,pf,lf,Fu,Uu,Hu,sf,ff,Vu,Yu,Ju,kf,Xu,of,rf,af,Lu,uf,wf],xf=new Map(Nn.map(n=>[n.id,n]));u();var be=Ve(Pr());function mw(n,e){let t=[{node:n.contents??void 0,pair:void 0}],r=n.contents;for(let i of e)if((0,be.isAlias)(r)&&(r=tn(n,r)),typeof i=="number"&&(0,be.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,be.isMap)(r)){let o=rn(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function ls(n){let e=is;for(let t of n){e=Sf(e);let r=e?._zod?.def;if(!r)return;if(r.type==="object")e=r.shape[t];else if(r.type==="array")e=r.element;else if(r.type==="record")e=r.valueType;else return}return Sf(e)}function Sf(n){for(;n?._zod?.def&&(n._zod.def.type==="optional"||n._zod.def.type==="nullable");)n=n._zod.def.innerType;return n}function $f(n){return n?Pn.get(n)?.description:void 0}function gw(n){let e=ls(n);return e?._zod?.def?.type==="object"?Object.keys(e._zod.def.shape):[]}function yw(n){return n==null?"nothing":n instanceof dt?`${n.literal} (a number too close to 0 to be represented: it would read as 0)`:typeof n=="number"&&!Number.isFinite(n)?Number.isNaN(n)?".nan (not a number)":`${n>0?"":"-"}.inf (infinity, not a usable number)`:typeof n=="string"?`"${n.length>40?`${n.slice(0,40)}\u2026`:n}" (text)`:typeof n=="number"||typeof n=="boolean"?`${n} (${typeof n=="number"?"a number":"true/false"})`:Array.isArray(n)?"a list":"a map"}function cs(n,e){if(n.length===0)return"the file";let t=[],r=e;for(let i=0;i<n.length;i++){let o=n[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,l=n[i-1],c=l==="plans"?"plan":l==="features"?"feature":l==="addOns"?"add-on":"item";c!=="item"&&t.pop(),t.push(`${c}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function ww(n,e){if(!n)return;let r=(e&&n.pair?n.pair.key:n.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=n.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function Dr(n,e){for(let r=n.length-1;r>=0;r--){let i=n[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,be.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=e.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function _f(n,e){if(e==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=is.safeParse(e,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...vw(n,e,i));return{data:void 0,problems:r}}function bw(n){let e=new Map;if(!(0,be.isMap)(n))return e;for(let t of n.items){let r=t.key,i=(0,be.isScalar)(r)?String(r.value):r!=null?String(r):"null";e.has(i)||e.set(i,t)}return e}function vw(n,e,t){let r=t.path,i=mw(n,r),o=i.length===r.length+1,s=cs(r,e),a=r[r.length-1],l=r.length>1?` in ${cs(r.slice(0,-1),e)}`:"",c=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${l}`;if(t.code==="unrecognized_keys"){let h=a==="accept",v=gw(r),k=o?i[i.length-1].node:void 0,b=bw(k),S=v.filter(x=>!b.has(x));return t.keys.map(x=>{let z=b.get(x)?.key?.range,$=h&&Rr.includes(x),T=$?void 0:Cn(x,S),I=T?` Did you mean \`${T}\`?`:h?"":` Known keys: ${v.join(", ")}.`;return{message:$?`\`${x}\` findings cannot be accepted: ${x==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:h?`Unknown rule \`${x}\` in ${s}: an \`accept\` entry names a rule id.${I}`:a==="rules"&&r.length===1?`Unknown rule \`${x}\` in \`rules\`.${I}`:`Unknown key \`${x}\` in ${s}.${I}`,span:z?{start:z[0],end:z[1]}:Dr(i,n),path:[...r,x],...T?{suggestion:T}:{}}})}let d=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:Dr(i,n),path:r}];if(!o||t.code==="invalid_type"&&d===void 0){let h=o?i.slice(0,-1):i,v=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${cs(v,e)}. ${$f(ls(r))??""}`.trim(),span:Dr(h,n),path:r}]}let p=ww(i[i.length-1],!1)??Dr(i,n),f=$f(ls(r)),m=yw(d),w,g;switch(t.code){case"invalid_value":{let h=t.values.map(String);r[0]==="rules"&&zn.includes(String(a))?w=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${m}. Lower it in the editor settings or on the command line instead.`:h.length===1?w=`${c} must be ${h[0]}; got ${m}.`:(g=typeof d=="string"?Cn(d,h):void 0,w=`${c} must be one of ${h.join(", ")}; got ${m}.${g?` Did you mean \`${g}\`?`:""}`);break}case"invalid_format":if(w=`${c} is not valid: ${t.message}; got ${m}.`,typeof d=="string"&&/^[A-Za-z]/.test(d)){let h=d.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(h)&&(g=h,w+=` Try \`${h}\`.`)}break;case"too_small":w=t.origin==="array"?`${c} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${c} must not be empty.`:`${c} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${m}.`;break;case"custom":w=`${t.message}.`;break;case"invalid_type":w=`${c} must be ${kw[t.expected]??t.expected}; got ${m}.`;break;default:w=`${c} must be ${xw(f)??"of another type"}; got ${m}.`}return[{message:w,span:p,path:r,...g?{suggestion:g}:{}}]}var kw={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function xw(n){return n&&n[0].toLowerCase()+n.slice(1)}var us=n=>{let e=n?.range;return e?{start:e[0],end:e[1]}:{start:0,end:0}};function qr(n,e={}){let t=_l(n),r=t.lineCounter,i=(p,f,m={})=>Aw(p,f,e,m,t.syntaxError,w=>Al(r,w));if(t.syntaxError||!t.doc)return i(t.problems.map(p=>({severity:"error",rule:"syntax",message:p.message,span:p.span})));let{doc:o,plain:s}=t,{problems:a}=_f(o,s),l=a.map(p=>{let f=Sw(s,p.path);return{severity:"error",rule:"schema",message:p.message,span:p.span,...f!==void 0?{feature:f}:{},...p.suggestion?{data:{suggestion:p.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(l):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:us(o.contents)}]);let c=s,d=Iu(o,c,a);return zw(d,p=>rn(o.contents,p)?.key??void 0,l),i(l,d,$w(c.rules))}function Sw(n,e){if(e[0]!=="features"||typeof e[1]!="number"||e.length<3)return;let t=n&&typeof n=="object"?n.features:void 0,r=Array.isArray(t)?t[e[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&bt.test(i)?i:void 0}function $w(n){let e=Object.create(null);if(!n||typeof n!="object"||Array.isArray(n))return e;for(let[t,r]of Object.entries(n))!xf.has(t)||typeof r!="string"||!Ir.includes(r)||zn.includes(t)&&r!=="error"||(e[t]=r);return e}var _w=new Set(vt);function Aw(n,e,t,r,i,o){let s=f=>r[f]??Ow(t.rules?.[f]),a=[],l=new Set,c=f=>{let m=s(f.rule);if(m==="off")return;let w=_w.has(f.rule)?f.element?f.element.accept.get(f.rule):f.feature===void 0?e?.accept.get(f.rule):void 0:void 0;w&&l.add(w),a.push({rule:f.rule,severity:m??f.severity,message:f.message,range:o(f.span),span:f.span,...f.feature!==void 0?{feature:f.feature}:{},...f.data?{data:f.data}:{},...w?{accepted:w.reason}:{}})};for(let f of n)c(f);if(e)for(let f of Pw(e,l))c(f);a.sort((f,m)=>f.span.start-m.span.start||f.span.end-m.span.end||(f.rule<m.rule?-1:f.rule>m.rule?1:0)||(f.message<m.message?-1:f.message>m.message?1:0));let d=Ns(a),p=(e?.features??[]).map(f=>({id:f.id,plan:f.plan,...f.addOn!==void 0?{addOn:f.addOn}:{},side:f.side,recommendation:f.recommendation,reasons:f.reasons,...f.rationale!==void 0?{rationale:f.rationale}:{}}));return{diagnostics:d,features:p,...e?{model:e}:{},syntaxError:i,toRange:o}}function Pw(n,e){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:us(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of n.features)for(let o of i.accept.values())e.has(o)||t.push(r(o,i));for(let i of n.accept.values())e.has(i)||t.push(r(i));return t}function Ow(n){return n!==void 0&&Ir.includes(n)?n:void 0}function zw(n,e,t){for(let r of Nn)r.check&&r.check({model:n,topKey:e,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;t.push({severity:i.severity??r.severity,rule:r.id,message:i.message,span:i.span??us(i.node),...o!==void 0?{feature:typeof o=="string"?o:o.id}:{},...o!==void 0&&typeof o!="string"?{element:o}:{},...i.data?{data:i.data}:{}})}})}u();var Af=n=>({id:n.id,name:n.name,plan:n.plan,side:n.side,recommendation:n.recommendation});function Pf(n,e){let t=To(n);if(!(t===void 0||e===null))return t===e}function Mw(n,e,t){let r=Pf(n,e),i=Pf(n,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}function Of(n,e){let t=new Map,r=e.findIndex(i=>i.id===n.plan);return e.forEach((i,o)=>{t.set(i.id,r<0||o<r?null:n.limits[i.id]??"unlimited")}),t}function zf(n){return{rule:n.rule,severity:n.severity,message:n.message,...n.feature!==void 0?{feature:n.feature}:{},line:n.range.start.line}}function fs(n){return`${n.rule}\0${n.feature??""}\0${n.message}`}function Mf(n,e){let t=new Map;for(let i of e)t.set(fs(i),(t.get(fs(i))??0)+1);let r=[];for(let i of n){let o=fs(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}function ds(n,e){let t=n?.model?.plans??[],r=e.model?.plans??[],i=n?.model?.features??[],o=e.model?.features??[],s=b=>{let S=new Map;for(let x of b)S.has(x.id)||S.set(x.id,x);return S},a=s(i),l=s(o),c=s(t),d=s(r),p=[...l.values()].filter(b=>!a.has(b.id)).map(Af),f=[...a.values()].filter(b=>!l.has(b.id)).map(Af),m=[],w=[];for(let b of l.values()){let S=a.get(b.id);if(!S)continue;S.plan!==b.plan&&m.push({id:b.id,name:b.name,fromPlan:S.plan,toPlan:b.plan,fromSide:S.side,toSide:b.side,recommendation:b.recommendation,verdict:Mw(b.recommendation,S.side,b.side)});let x=Of(S,t),P=Of(b,r);for(let[z,$]of P){if(!x.has(z))continue;let T=x.get(z);T===null||$===null||T===$||w.push({feature:b.id,name:b.name,plan:z,from:T,to:$,...b.unit?{unit:b.unit}:{}})}}let g=[];for(let b of d.values()){let S=c.get(b.id);S?S.price!==b.price&&g.push({plan:b.id,name:b.name,from:S.price,to:b.price}):g.push({plan:b.id,name:b.name,from:null,to:b.price})}for(let b of c.values())d.has(b.id)||g.push({plan:b.id,name:b.name,from:b.price,to:null});let h=n?.diagnostics??[],v=e.diagnostics,k={errors:0,warnings:0,infos:0};for(let b of v)b.severity==="error"?k.errors++:b.severity==="warning"?k.warnings++:k.infos++;return{baseMissing:n===void 0,added:p,removed:f,moved:m,limits:w,prices:g,newDiagnostics:Mf(v,h).map(zf),resolvedDiagnostics:Mf(h,v).map(zf),head:k}}function Zr(n){return n.added.length+n.removed.length+n.moved.length+n.limits.length+n.prices.length===0&&n.newDiagnostics.length+n.resolvedDiagnostics.length===0}u();u();var Cw={included:"Included",excluded:"Not included"};function Cf(n){return n.kind==="limit"||n.kind==="addOn"?n.label:Cw[n.kind]}function Nf(n){return n.side??"unknown plan"}function Tf(n){return Mn[n.recommendation]}function Ef(n){return n.reasons.map(e=>ss[e]).join(", ")}function If(n){return!Sl(n.recommendation,n.side)}var ps={error:"\u2716",warning:"\u26A0",info:"\u2139"};function Rf(n){if(!n.flag)return"";let e=[...new Set(n.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${ps[n.flag]} ${e.join(", ")}`}function Lf(n){return n.findings.filter(e=>e.accepted!==void 0).map(e=>`accepted ${e.rule}: ${e.accepted}`)}function Df(n){let e=new Map(n.plans.map(t=>[t.id,t.name]));return n.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${e.get(t.from)??t.from}`)}function M(n){return Br(n).replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~!]/g,"\\$&").replace(/([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,(e,t,r,i)=>t?`${t}&#8203;`:r?`${r}&#8203;://`:i?`${i}&#8203;.`:`\\${e}`).trim()}function Tn(n){return/^[\p{L}\p{N}._/@+ -]+$/u.test(n)?`\`${n}\``:M(n)}function Br(n){return n.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"\uFFFD")}function xt(n){return Br(n.replace(/\r\n|\n|\r(?!\n)/g," ").replace(/[\u2028\u2029]/g," "))}function pe(n,e,t){let r=n.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(n),i(r),...e.map(i)].join(`
`)}function qf(n,e={}){let t=[],r=e.heading??"##";if(t.push(`${r} Free/paid matrix${n.product?` \u2014 ${M(n.product)}`:""}`,""),n.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${M(n.growth.summary)}`,"");let i=n.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=Df(n);if(o.length&&t.push(`Add-ons: ${o.map(M).join("; ")}.`,""),e.note&&t.push(`_${M(e.note)}_`,""),n.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...n.plans.map(a=>a.priceLabel===a.name?M(a.name):`${M(a.name)}<br>${M(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of n.groups){t.push(`${r}# ${M(a.category)}`,"");let l=a.rows.map(c=>{let d=Ef(c),p=`${Tf(c)}${d?` (${d})`:""}`,f=[Rf(c),...Lf(c)].filter(Boolean).map(M).join("<br>");return[`${M(c.name)}${c.status==="planned"?" _(planned)_":""}${c.rationale?`<br>_${M(c.rationale)}_`:""}`,...c.cells.map(m=>m.kind==="excluded"?"\u2014":M(Cf(m))),M(Nf(c)),If(c)?M(p):`**${M(p)}**`,f]});t.push(pe(s,l),"")}return t.join(`
`)}u();var Fr=class extends Error{};function Zf(n){if(n===void 0||n===""||n==="-1")return-1;if(!/^\d+$/.test(n))throw new Fr(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${n}"`);return Number(n)}u();var rd=require("node:child_process"),St=Ve(require("node:path"));u();var Bf={error:3,warning:2,info:1};function hs(n){if(n.price==="contact-sales")return"Contact sales";if(n.price===0)return"Free";let t=[`$${Number.isInteger(n.price)?String(n.price):n.price.toFixed(2)}`,n.per?`${n.per}`:"",n.period?`${n.period}`:""].filter(Boolean).join(" / ");return n.minSeats&&n.per==="seat"?`${t} (min ${n.minSeats} seats)`:t}function gs(n,e){let t=n==="unlimited"?"Unlimited":n.toLocaleString("en-US");if(!e)return t;let r=n===1?e.replace(/^([A-Za-z]+[^s])s\b/,"$1"):e;return`${t} ${r}`}var Ff=n=>({rule:n.rule,severity:n.severity,message:n.message,range:n.range,...n.accepted!==void 0?{accepted:n.accepted}:{}}),ms={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function jf(n){let e=n.model,t=(e?.plans??[]).map(h=>({id:h.id,name:h.name,priceLabel:hs(h),price:h.price,free:h.free})),r=(e?.addOns??[]).map(h=>({id:h.id,name:h.name,priceLabel:hs(h),from:h.from})),i=new Map,o=[];for(let h of n.diagnostics)if(h.feature===void 0)o.push(Ff(h));else{let v=i.get(h.feature)??[];v.push(h),i.set(h.feature,v)}let s=new Map,a=0,l=0,c=0,d=new Set;for(let h of e?.features??[]){let v=h.placement?.rank,k=h.addOnModel,b=k?`add-on: ${k.name}, ${hs(k)}`:"",S=t.map((Z,q)=>{if(v===void 0||q<v)return{kind:"excluded"};let re=h.limits[Z.id];return re!==void 0?{kind:"limit",limit:re,...h.unit?{unit:h.unit}:{},label:gs(re,h.unit)}:k?{kind:"addOn",addOn:k.id,label:b}:{kind:"included"}}),x=d.has(h.id)?[]:(i.get(h.id)??[]).map(Ff);d.add(h.id);let P=[...x.filter(Z=>Z.accepted===void 0),...x.filter(Z=>Z.accepted!==void 0)],z;for(let Z of P)Z.accepted===void 0&&(!z||Bf[Z.severity]>Bf[z])&&(z=Z.severity);h.side==="free"?a++:h.side==="paid"&&l++,z&&c++;let $=h.category??"Uncategorized",T={id:h.id,name:h.name,...h.description!==void 0?{description:h.description}:{},category:$,plan:h.plan,...h.addOn!==void 0?{addOn:h.addOn}:{},side:h.side,recommendation:h.recommendation,reasons:h.reasons,signals:kl.filter(Z=>h.signals?.[Z]===!0),status:h.status,...h.unit!==void 0?{unit:h.unit}:{},...h.rationale!==void 0?{rationale:h.rationale}:{},cells:S,findings:P,...z?{flag:z}:{},range:n.toRange({start:h.idNode.range[0],end:h.idNode.range[1]}),planRange:n.toRange({start:h.planNode.range[0],end:h.planNode.range[1]})},I=s.get($)??[];I.push(T),s.set($,I)}let p=e?.growth,f={features:e?.features.length??0,free:a,paid:l,flagged:c,errors:0,warnings:0,infos:0,accepted:0};for(let h of n.diagnostics)h.accepted!==void 0?f.accepted++:h.severity==="error"?f.errors++:h.severity==="warning"?f.warnings++:f.infos++;let m={present:e?.hasGrowth??!1,acquisition:p?.acquisition??"product-led",retention:p?.retention??"product-led",monetization:p?.monetization??"self-serve",relationship:p?.relationship??"one-to-many",freeOffer:p?.freeOffer??"freemium",...p?.trialDays!==void 0?{trialDays:p.trialDays}:{},freemiumGoals:[...p?.freemiumGoals??[]],summary:""},w=m.acquisition===m.retention?`${ms[m.acquisition]} acquisition and retention`:`${ms[m.acquisition]} acquisition, ${ms[m.retention]} retention`,g=m.freeOffer==="none"?"no free offer":m.trialDays?`${m.freeOffer} (${m.trialDays}-day trial)`:m.freeOffer;return m.summary=`${w} \xB7 ${m.monetization} \xB7 ${g}${m.present?"":" (assumed: no growth block)"}`,{product:e?.productName??"",plans:t,addOns:r,groups:[...s].map(([h,v])=>({category:h,rows:v})),growth:m,counts:f,fileFindings:o,syntaxError:n.syntaxError}}u();var Y=require("node:fs"),Ae=Ve(require("node:path"));u();function ys(n){let e=n.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(e)}var We=class extends Error{},Uf=32<<20,Wf=/^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;function Nw(n){let e;try{e=(0,Y.statSync)(n)}catch{return}if(e.isFIFO()&&!Wf.test(n))return"is a named pipe (FIFO), not a file: refused, since reading it could wait forever";if(e.isSocket())return"is a socket, not a file";if((e.isCharacterDevice()||e.isBlockDevice())&&n!=="/dev/null"&&!Wf.test(n))return"is a device, not a file"}function ws(n){let e,t,r=Nw(n);if(r)return{ok:!1,reason:r};try{t=(0,Y.openSync)(n,"r");let o=(0,Y.fstatSync)(t);if(o.isDirectory())return{ok:!1,reason:"is a directory"};if(o.isFile()&&o.size>Uf)return{ok:!1,reason:`too large (${Math.round(o.size/2**20)} MiB; the limit is 32 MiB)`};let s=[],a=0;for(;;){let l=Buffer.allocUnsafe(65536),c=(0,Y.readSync)(t,l,0,l.length,null);if(c===0)break;if(s.push(l.subarray(0,c)),a+=c,a>Uf)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}e=Buffer.concat(s,a)}catch(o){let s=o;return{ok:!1,reason:s.code==="ENOENT"?"no such file":s.code==="EACCES"?"permission denied":s.code==="EISDIR"?"is a directory":s.message}}finally{t!==void 0&&(0,Y.closeSync)(t)}let i=e.indexOf(0);if(i>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${Kf(e,i)})`};try{let o=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}).decode(e),s=o.charCodeAt(0)===65279;return s&&(o=o.slice(1)),{ok:!0,text:o,...s?{bom:s}:{}}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${Kf(e,Tw(e))})`}}}function Kf(n,e){let t=1,r=0;for(let i=0;i<e;i++)n[i]===10&&(t++,r=i+1);return`line ${t}, column ${e-r+1}`}function Tw(n){for(let e=0;e<n.length;){let t=n[e];if(t<128){e++;continue}let r,i=128,o=191;if(t>=194&&t<=223)r=2;else if(t>=224&&t<=239)r=3,t===224?i=160:t===237&&(o=159);else if(t>=240&&t<=244)r=4,t===240?i=144:t===244&&(o=143);else return e;if(e+r>n.length)return e;let s=n[e+1];if(s<i||s>o)return e;for(let a=2;a<r;a++)if(n[e+a]>>6!==2)return e;e+=r}return n.length}var Gf=n=>/[*?[\]{}]/.test(n),Vf=256;function Hf(n){let e=n.indexOf("{"),t=e<0?-1:n.indexOf("}",e);if(t<0)return[n];let r=n.slice(0,e),i=Hf(n.slice(t+1)),o=[];for(let s of n.slice(e+1,t).split(","))for(let a of i)if(o.push(r+s+a),o.length>Vf)throw new We(`${n}: the braces expand to more than ${Vf} patterns`);return o}function Ew(n){let e=[];for(let t=0;t<n.length;t++){let r=n[t];r==="*"?n[t+1]==="*"?(t++,n[t+1]==="/"?(t++,e.push({kind:"**/"})):e.push({kind:"**"})):e[e.length-1]?.kind!=="*"&&e.push({kind:"*"}):r==="?"?e.push({kind:"?"}):e.push({kind:"char",c:r})}return e}function Iw(n){let e=Hf(n).map(Ew);return t=>e.some(r=>Rw(r,t))}function Rw(n,e){let t=n.length,r=new Uint8Array(t+1),i=new Uint8Array(t+1),o=s=>{for(let a=0;a<t;a++)s[a]&&n[a].kind!=="char"&&n[a].kind!=="?"&&(s[a+1]=1)};r[0]=1,o(r);for(let s=0;s<e.length;s++){let a=e[s];i.fill(0);let l=!1;for(let c=0;c<t;c++){if(!r[c])continue;let d=n[c];d.kind==="char"?d.c===a&&(i[c+1]=1):d.kind==="?"?a!=="/"&&(i[c+1]=1):d.kind==="*"?a!=="/"&&(i[c]=1):d.kind==="**"?i[c]=1:(i[c]=1,a==="/"&&(i[c+1]=1))}o(i);for(let c=0;c<=t;c++)i[c]&&(l=!0);if(!l)return!1;[r,i]=[i,r]}return r[t]===1}function jr(n,e,t=n,r=()=>{},i=new Set){let o=[],s;try{s=(0,Y.realpathSync)(n)}catch{return o}if(i.has(s))return r(`${n}: a symbolic link loop (back to ${s}); not followed`),o;i.add(s);let a;try{a=(0,Y.readdirSync)(n,{withFileTypes:!0})}catch{return i.delete(s),o}a.sort((l,c)=>l.name<c.name?-1:l.name>c.name?1:0);for(let l of a){let c=Ae.default.join(n,l.name),d=l.isDirectory(),p=l.isFile();if(l.isSymbolicLink())try{let f=(0,Y.statSync)(c);d=f.isDirectory(),p=f.isFile()}catch{continue}if(d){if(l.name==="node_modules"||l.name.startsWith("."))continue;o.push(...jr(c,e,t,r,i))}else p&&e(Ae.default.relative(t,c).split(Ae.default.sep).join("/"))&&o.push(c)}return i.delete(s),o}function Jf(n,e,t=()=>{}){if(n.length===0){let i=jr(e,o=>ys(o),e,t);if(i.length===0)throw new We("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return Yf(i)}let r=[];for(let i of n){let o=Ae.default.resolve(e,i),s;try{s=(0,Y.statSync)(o)}catch{s=void 0}if(s?.isDirectory()){let a=jr(o,l=>ys(l),o,t);if(a.length===0)throw new We(`${i}: no packaging files in this directory`);r.push(...a)}else if(!s&&Gf(i)){let a=i.split(Ae.default.sep).join("/").replace(/^\.\//,""),l=a.split("/").findIndex(m=>Gf(m)),c=a.split("/").slice(0,l).join("/"),d=Ae.default.resolve(e,c||"."),p=Iw(a.split("/").slice(l).join("/")),f=jr(d,p,d,t);if(f.length===0)throw new We(`${i}: the pattern matched no files`);r.push(...f)}else r.push(o)}return Yf(r)}function Yf(n){let e=new Set;return n.filter(t=>{let r=t;try{r=(0,Y.realpathSync)(t)}catch{}return e.has(r)?!1:(e.add(r),!0)})}function bs(n,e){let t=Ae.default.relative(e,n);return(t&&!t.startsWith("..")?t:n).split(Ae.default.sep).join("/")}u();var En=(n,e)=>t=>`\x1B[${n}m${t}\x1B[${e}m`;function vs(n){if(!n){let e=t=>t;return{red:e,yellow:e,blue:e,dim:e,bold:e,underline:e}}return{red:En(31,39),yellow:En(33,39),blue:En(34,39),dim:En(2,22),bold:En(1,22),underline:En(4,24)}}u();function Xf(){return{cwd:process.cwd(),stdout:n=>process.stdout.write(n),stderr:n=>process.stderr.write(n),isTTY:!!process.stdout.isTTY,env:process.env}}var ln={ok:0,findings:1,usage:2};u();var Qf={type:"git",url:"https://example.invalid/packaging-planner.git"};var ed="packaging-planner",ks="0.1.0",xs=Qf.url.replace(/^git\+/,"").replace(/\.git$/,"");function Ke(n){return`${xs}/blob/main/docs/rules/${encodeURIComponent(n)}.md`}var un=class extends Error{};function id(n,e){let t=St.default.dirname(n),r=s=>(0,rd.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new un(a.code==="ENOENT"?"git is not installed":`${n}: not inside a git repository`)}if(e.startsWith("-"))throw new un(`--base ${e}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${e}^{commit}`])}catch{throw new un(`--base ${e}: no such git ref (commit, branch or tag)`)}let o=St.default.relative(i,St.default.resolve(n)).split(St.default.sep).join("/");try{return r(["show",`${e}:${o}`])}catch{return}}function nd(n){return n===null?"\u2014":n==="contact-sales"?"Contact sales":n===0?"Free":`$${Number.isInteger(n)?n:n.toFixed(2)}`}function td(n,e){return n===null?"not included":gs(n,e)}var Dw={with:"with the packaging test",against:"against the packaging test",neutral:""};function qw(n,e){return n===e?`${e??"unknown"} side`:`${n??"unknown"} \u2192 ${e??"unknown"}`}var Ss=(n,e)=>`${n} ${e}${n===1?"":"s"}`,Zw=n=>`${Ss(n.errors,"error")}, ${Ss(n.warnings,"warning")}, ${Ss(n.infos,"info")}`;function od(n,e){let t=[`## Packaging changes: ${M(e.head)}`,"",`Compared with ${Tn(e.base)}${n.baseMissing?" (does not exist: a new file)":""}. Head: ${Zw(n.head)}.`,""];if(Zr(n))return t.push("No packaging changes.",""),`${t.join(`
`)}
`;n.moved.length>0&&t.push("### Moved between plans","",pe(["Feature","From","To","Side","Packaging test"],n.moved.map(i=>[M(i.name),M(i.fromPlan),M(i.toPlan),M(qw(i.fromSide,i.toSide)),`${i.verdict==="with"?"\u2705 ":i.verdict==="against"?"\u26A0\uFE0F ":""}${M(`recommends ${Mn[i.recommendation]}${i.verdict==="neutral"?"":`: ${Dw[i.verdict]}`}`)}`])),""),n.added.length+n.removed.length>0&&t.push("### Features added or removed","",pe(["","Feature","Plan","Side","Recommendation"],[...n.added.map(i=>["\u2795",M(i.name),M(i.plan),M(i.side??"unknown plan"),M(Mn[i.recommendation])]),...n.removed.map(i=>["\u2796",M(i.name),M(i.plan),M(i.side??"unknown plan"),M(Mn[i.recommendation])])]),""),n.limits.length>0&&t.push("### Limits changed","",pe(["Feature","Plan","Before","After"],n.limits.map(i=>[M(i.name),M(i.plan),M(td(i.from,i.unit)),M(td(i.to,i.unit))])),""),n.prices.length>0&&t.push("### Plans and prices","",pe(["Plan","Before","After"],n.prices.map(i=>[M(i.name),M(nd(i.from)),M(nd(i.to))])),"");let r=(i,o)=>i.map(s=>[o,`${s.severity}`,`[${s.rule}](${Ke(s.rule)})`,M(s.message)]);return n.newDiagnostics.length+n.resolvedDiagnostics.length>0&&t.push("### Findings","",pe(["","Severity","Rule","Message"],[...r(n.newDiagnostics,"\u{1F195} new"),...r(n.resolvedDiagnostics,"\u2705 resolved")]),""),`${t.join(`
`)}
`}u();u();var Bw={error:"error",warning:"warning",info:"notice"};function fn(n){return Br(n).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Fw(n){return fn(n).replace(/:/g,"%3A").replace(/,/g,"%2C")}function Ur(n,e,t){let r=Object.entries(e).map(([i,o])=>`${i}=${Fw(String(o))}`).join(",");return`::${n}${r?` ${r}`:""}::${fn(t)}`}function Wr(n){let e=[];for(let t of n)for(let r of t.diagnostics)r.accepted===void 0&&e.push(Ur(Bw[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return e.length>0?`${e.join(`
`)}
`:""}u();u();function $t(n){let e=0,t=0,r=0,i=0;for(let o of n)o.accepted!==void 0?i++:o.severity==="error"?e++:o.severity==="warning"?t++:r++;return{errorCount:e,warningCount:t,infoCount:r,acceptedCount:i}}function In(n){return $t(n.flatMap(e=>e.diagnostics))}function Ge(n){return{line:n.line+1,column:n.character+1}}function jw(n){return{files:n.map(e=>({file:e.file,...$t(e.diagnostics),diagnostics:e.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:Ge(t.range.start),end:Ge(t.range.end)}})),features:e.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function sd(n){return`${JSON.stringify(jw(n),null,2)}
`}u();var Kr=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function Gr(n){let e=["## Packaging Planner",""],t=In(n),r=t.errorCount+t.warningCount+t.infoCount,i=Kr(n.length,"file"),o=t.acceptedCount?` ${t.acceptedCount} accepted (not counted).`:"";if(e.push(r===0?`\u2714 ${i} checked, no problems.${o}`:`${t.errorCount>0?"\u2716":"\u26A0"} ${Kr(t.errorCount,"error")}, ${Kr(t.warningCount,"warning")}, ${Kr(t.infoCount,"info")} in ${i}.${o}`,""),n.length===0)return`${e.join(`
`)}
`;e.push(pe(["File","Errors","Warnings","Infos","Features (free / paid)"],n.map(s=>{let a=$t(s.diagnostics),l=s.result.features.filter(d=>d.side==="free").length,c=s.result.features.filter(d=>d.side==="paid").length;return[Tn(s.file),String(a.errorCount),String(a.warningCount),String(a.infoCount),`${s.result.features.length} (${l} / ${c})`]}),["l","r","r","r","r"]),"");for(let s of n){e.push(`### ${M(s.file)}`,"");let a=s.diagnostics.filter(c=>c.accepted===void 0),l=s.diagnostics.filter(c=>c.accepted!==void 0);a.length===0?e.push("No problems.",""):e.push(pe(["Line","Severity","Rule","Message"],a.map(c=>{let d=Ge(c.range.start);return[`${d.line}:${d.column}`,`${ps[c.severity]} ${c.severity}`,`[${c.rule}](${Ke(c.rule)})`,M(c.message)]}),["r","l","l","l"]),""),l.length&&e.push(`<details><summary>Accepted findings (${l.length})</summary>`,"",pe(["Line","Rule","Reason","Finding"],l.map(c=>{let d=Ge(c.range.start);return[`${d.line}:${d.column}`,`[${c.rule}](${Ke(c.rule)})`,M(c.accepted),M(c.message)]}),["r","l","l","l"]),"","</details>",""),!s.result.syntaxError&&s.result.model&&e.push("<details><summary>Free/paid matrix</summary>","",qf(jf(s.result),{heading:"####"}),"</details>","")}return`${e.join(`
`)}
`}u();var ud=require("node:crypto");u();var ad=require("node:fs"),_s=Ve(require("node:path")),$s=typeof y<"u"?y:void 0,Uw=()=>_s.default.resolve(__dirname,"..","..");function Ww(n){try{return(0,ad.readFileSync)(n,"utf8")}catch{return}}function cd(n){if(/^[a-z][a-z0-9-]*$/.test(n))return $s?Object.hasOwn($s.docs,n)?$s.docs[n]:void 0:Ww(_s.default.join(Uw(),"docs","rules",`${n}.md`))}var Kw="https://json.schemastore.org/sarif-2.1.0.json",ld={error:"error",warning:"warning",info:"note"},Gw=n=>n.split("-").map(e=>e.charAt(0).toUpperCase()+e.slice(1)).join("");function Vw(n){let e=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(n)?{uri:`file:///${e(n.replace(/\\/g,"/"))}`}:n.startsWith("/")?{uri:`file://${e(n)}`}:{uri:e(n),uriBaseId:"%SRCROOT%"}}function Yw(n){let e=new Map(Nn.map((i,o)=>[i.id,o])),t=Nn.map(i=>{let o=cd(i.id);return{id:i.id,name:Gw(i.id),shortDescription:{text:i.description},fullDescription:{text:i.description},help:o?{text:o,markdown:o}:{text:`${i.description}

See ${Ke(i.id)}`},helpUri:Ke(i.id),defaultConfiguration:{level:ld[i.severity]},properties:{tags:["packaging",i.category],precision:"very-high"}}}),r=n.flatMap(i=>{let o=new Map;return i.diagnostics.map(s=>{let a=e.get(s.rule),l=[i.file,s.rule,s.feature??"",s.message].join("\0"),c=(o.get(l)??0)+1;o.set(l,c);let d=`${(0,ud.createHash)("sha256").update(l).digest("hex").slice(0,32)}:${c}`;return{ruleId:s.rule,...a!==void 0?{ruleIndex:a}:{},level:ld[s.severity],message:{text:s.message},locations:[{physicalLocation:{artifactLocation:Vw(i.file),region:{startLine:s.range.start.line+1,startColumn:s.range.start.character+1,endLine:s.range.end.line+1,endColumn:s.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":d},...s.accepted!==void 0?{suppressions:[{kind:"inSource",justification:s.accepted}]}:{},...s.feature!==void 0?{properties:{feature:s.feature}}:{}}})});return{$schema:Kw,version:"2.1.0",runs:[{tool:{driver:{name:ed,version:ks,semanticVersion:ks,informationUri:xs,rules:t}},columnKind:"utf16CodeUnits",results:r}]}}function Vr(n){return`${JSON.stringify(Yw(n),null,2)}
`}u();var _t=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function fd(n,e){let t=vs(e.color);if(n.length===0)return"";let r=[];for(let c of n){let d=e.showAccepted?c.diagnostics:c.diagnostics.filter(m=>m.accepted===void 0);if(d.length===0)continue;r.push(t.underline(xt(c.file)));let p=d.map(m=>{let w=Ge(m.range.start);return{pos:`${w.line}:${w.column}`,d:m}}),f=Math.max(...p.map(m=>m.pos.length));for(let{pos:m,d:w}of p){let g=w.accepted!==void 0?t.dim("accepted"):w.severity==="error"?t.red("error  "):w.severity==="warning"?t.yellow("warning"):t.blue("info   "),h=w.accepted!==void 0?` ${t.dim(`(accepted: ${xt(w.accepted.replace(/\s*\n\s*/g," "))})`)}`:"";r.push(`  ${t.dim(m.padEnd(f))}  ${g}  ${xt(w.message.replace(/\s*\n\s*/g," "))}${h}  ${t.dim(w.rule)}`)}r.push("")}let i=In(n),o=i.errorCount+i.warningCount+i.infoCount,s=_t(n.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${e.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let c=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${c}`:c}let l=`\u2716 ${_t(o,"problem")} (${_t(i.errorCount,"error")}, ${_t(i.warningCount,"warning")}, ${_t(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(l)):t.yellow(t.bold(l))),`${r.join(`
`)}
`}var Yr={stylish:fd,json:sd,sarif:Vr,github:Wr,markdown:Gr};function dn(n,e){return(n[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Hr(n,e){return n.stdout(`::error title=packaging-planner::${fn(e)}
`),{exitCode:ln.usage,errors:0,warnings:0,infos:0}}function dd(n){let e=n.env,t=e.GITHUB_WORKSPACE&&pn.default.isAbsolute(e.GITHUB_WORKSPACE)?e.GITHUB_WORKSPACE:n.cwd,r=dn(e,"paths").split(/\r?\n/).flatMap(b=>b.trim().split(/\s+/)).filter(Boolean),i=dn(e,"format")||"stylish";if(!(i in Yr))return Hr(n,`input format: unknown "${i}"; use one of ${Object.keys(Yr).join(", ")}`);let o=dn(e,"max-warnings"),s;try{s=Zf(o)}catch(b){return Hr(n,`input max-warnings: ${b.message.replace(/^--max-warnings takes/,"takes")}`)}let a=dn(e,"sarif"),l=dn(e,"annotate")!=="false",c=dn(e,"diff-base"),d=dn(e,"diff-file")||"packaging-diff.md",p;try{p=Jf(r,t,b=>n.stdout(`${Ur("warning",{title:"packaging-planner"},b)}
`))}catch(b){if(b instanceof We)return Hr(n,b.message);throw b}let f=[],m=!1;for(let b of p){let S=bs(b,t),x=ws(b);if(!x.ok){n.stdout(`${Ur("error",{file:S,title:"packaging-planner"},`${S}: ${x.reason}`)}
`),m=!0;continue}let P=qr(x.text);f.push({file:S,text:x.text,result:P,diagnostics:P.diagnostics})}if(n.stdout(Yr[i](f,{color:!1})),l&&i!=="github"&&n.stdout(Wr(f)),e.GITHUB_STEP_SUMMARY&&(0,ve.appendFileSync)(e.GITHUB_STEP_SUMMARY,Gr(f)),a){let b=pn.default.resolve(t,a);(0,ve.mkdirSync)(pn.default.dirname(b),{recursive:!0}),(0,ve.writeFileSync)(b,Vr(f))}let w="";if(c){let b=[];try{for(let x of f){let P=id(pn.default.resolve(t,x.file),c),z=ds(P===void 0?void 0:qr(P),x.result);Zr(z)||b.push(od(z,{base:`${c}:${x.file}`,head:x.file}))}}catch(x){if(x instanceof un)return Hr(n,`input diff-base: ${x.message}`);throw x}let S=b.length>0?b.join(`
`):`## Packaging changes

No packaging changes since ${Tn(c)}.
`;w=pn.default.resolve(t,d),(0,ve.mkdirSync)(pn.default.dirname(w),{recursive:!0}),(0,ve.writeFileSync)(w,S),e.GITHUB_STEP_SUMMARY&&(0,ve.appendFileSync)(e.GITHUB_STEP_SUMMARY,`
${S}`)}let{errorCount:g,warningCount:h,infoCount:v}=In(f);e.GITHUB_OUTPUT&&(0,ve.appendFileSync)(e.GITHUB_OUTPUT,`errors=${g}
warnings=${h}
infos=${v}
files=${f.length}
${a?`sarif=${a}
`:""}${w?`diff=${d}
`:""}`);let k=ln.ok;return m?k=ln.usage:g>0?k=ln.findings:s>=0&&h>s&&(n.stdout(`::error title=packaging-planner::${fn(`${h} warnings, more than max-warnings ${s}`)}
`),k=ln.findings),{exitCode:k,errors:g,warnings:h,infos:v}}try{process.exitCode=dd(Xf()).exitCode}catch(n){process.stdout.write(`::error title=packaging-planner::${fn(`internal error: ${n?.message??String(n)}`)}
`),process.exitCode=2}
