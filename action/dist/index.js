"use strict";var xp=Object.create;var Sa=Object.defineProperty;var Sp=Object.getOwnPropertyDescriptor;var $p=Object.getOwnPropertyNames;var _p=Object.getPrototypeOf,Ap=Object.prototype.hasOwnProperty;var Pp=(n,e,t)=>()=>{if(t)throw t[0];try{return n&&(e=n(n=0)),e}catch(r){throw t=[r],r}};var P=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var Op=(n,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of $p(e))!Ap.call(n,i)&&i!==t&&Sa(n,i,{get:()=>e[i],enumerable:!(r=Sp(e,i))||r.enumerable});return n};var _e=(n,e,t)=>(t=n!=null?xp(_p(n)):{},Op(e||!n||!n.__esModule?Sa(t,"default",{value:n,enumerable:!0}):t,n));var w,d=Pp(()=>{w={schema:`{
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
`}}});var q=P(te=>{"use strict";d();var oo=Symbol.for("yaml.alias"),zc=Symbol.for("yaml.document"),ar=Symbol.for("yaml.map"),Ec=Symbol.for("yaml.pair"),so=Symbol.for("yaml.scalar"),cr=Symbol.for("yaml.seq"),Ie=Symbol.for("yaml.node.type"),Ph=n=>!!n&&typeof n=="object"&&n[Ie]===oo,Oh=n=>!!n&&typeof n=="object"&&n[Ie]===zc,Ch=n=>!!n&&typeof n=="object"&&n[Ie]===ar,Mh=n=>!!n&&typeof n=="object"&&n[Ie]===Ec,Ic=n=>!!n&&typeof n=="object"&&n[Ie]===so,Nh=n=>!!n&&typeof n=="object"&&n[Ie]===cr;function Rc(n){if(n&&typeof n=="object")switch(n[Ie]){case ar:case cr:return!0}return!1}function Th(n){if(n&&typeof n=="object")switch(n[Ie]){case oo:case ar:case so:case cr:return!0}return!1}var zh=n=>(Ic(n)||Rc(n))&&!!n.anchor;te.ALIAS=oo;te.DOC=zc;te.MAP=ar;te.NODE_TYPE=Ie;te.PAIR=Ec;te.SCALAR=so;te.SEQ=cr;te.hasAnchor=zh;te.isAlias=Ph;te.isCollection=Rc;te.isDocument=Oh;te.isMap=Ch;te.isNode=Th;te.isPair=Mh;te.isScalar=Ic;te.isSeq=Nh});var lt=P(ao=>{"use strict";d();var X=q(),le=Symbol("break visit"),Lc=Symbol("skip children"),Oe=Symbol("remove node");function lr(n,e){let t=Dc(e);X.isDocument(n)?In(null,n.contents,t,Object.freeze([n]))===Oe&&(n.contents=null):In(null,n,t,Object.freeze([]))}lr.BREAK=le;lr.SKIP=Lc;lr.REMOVE=Oe;function In(n,e,t,r){let i=qc(n,e,t,r);if(X.isNode(i)||X.isPair(i))return Zc(n,r,i),In(n,i,t,r);if(typeof i!="symbol"){if(X.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=In(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===le)return le;s===Oe&&(e.items.splice(o,1),o-=1)}}}else if(X.isPair(e)){r=Object.freeze(r.concat(e));let o=In("key",e.key,t,r);if(o===le)return le;o===Oe&&(e.key=null);let s=In("value",e.value,t,r);if(s===le)return le;s===Oe&&(e.value=null)}}return i}async function ur(n,e){let t=Dc(e);X.isDocument(n)?await Rn(null,n.contents,t,Object.freeze([n]))===Oe&&(n.contents=null):await Rn(null,n,t,Object.freeze([]))}ur.BREAK=le;ur.SKIP=Lc;ur.REMOVE=Oe;async function Rn(n,e,t,r){let i=await qc(n,e,t,r);if(X.isNode(i)||X.isPair(i))return Zc(n,r,i),Rn(n,i,t,r);if(typeof i!="symbol"){if(X.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=await Rn(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===le)return le;s===Oe&&(e.items.splice(o,1),o-=1)}}}else if(X.isPair(e)){r=Object.freeze(r.concat(e));let o=await Rn("key",e.key,t,r);if(o===le)return le;o===Oe&&(e.key=null);let s=await Rn("value",e.value,t,r);if(s===le)return le;s===Oe&&(e.value=null)}}return i}function Dc(n){return typeof n=="object"&&(n.Collection||n.Node||n.Value)?Object.assign({Alias:n.Node,Map:n.Node,Scalar:n.Node,Seq:n.Node},n.Value&&{Map:n.Value,Scalar:n.Value,Seq:n.Value},n.Collection&&{Map:n.Collection,Seq:n.Collection},n):n}function qc(n,e,t,r){if(typeof t=="function")return t(n,e,r);if(X.isMap(e))return t.Map?.(n,e,r);if(X.isSeq(e))return t.Seq?.(n,e,r);if(X.isPair(e))return t.Pair?.(n,e,r);if(X.isScalar(e))return t.Scalar?.(n,e,r);if(X.isAlias(e))return t.Alias?.(n,e,r)}function Zc(n,e,t){let r=e[e.length-1];if(X.isCollection(r))r.items[n]=t;else if(X.isPair(r))n==="key"?r.key=t:r.value=t;else if(X.isDocument(r))r.contents=t;else{let i=X.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}ao.visit=lr;ao.visitAsync=ur});var co=P(jc=>{"use strict";d();var Fc=q(),Eh=lt(),Ih={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Rh=n=>n.replace(/[!,[\]{}]/g,e=>Ih[e]),ut=class n{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},n.defaultYaml,e),this.tags=Object.assign({},n.defaultTags,t)}clone(){let e=new n(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new n(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:n.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},n.defaultTags);break}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:n.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},n.defaultTags),this.atNextDocument=!1);let r=e.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!")return t(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let s=e.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=e.match(/^(.*!)([^!]*)$/s);i||t(`The ${e} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[t,r]of Object.entries(this.tags))if(e.startsWith(r))return t+Rh(e.substring(r.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(e&&r.length>0&&Fc.isNode(e.contents)){let o={};Eh.visit(e.contents,(s,a)=>{Fc.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!e||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};ut.defaultYaml={explicit:!1,version:"1.2"};ut.defaultTags={"!!":"tag:yaml.org,2002:"};jc.Directives=ut});var fr=P(ft=>{"use strict";d();var Bc=q(),Lh=lt();function Dh(n){if(/[\x00-\x19\s,[\]{}]/.test(n)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(n)}`;throw new Error(t)}return!0}function Uc(n){let e=new Set;return Lh.visit(n,{Value(t,r){r.anchor&&e.add(r.anchor)}}),e}function Wc(n,e){for(let t=1;;++t){let r=`${n}${t}`;if(!e.has(r))return r}}function qh(n,e){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=Uc(n));let s=Wc(e,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(Bc.isScalar(s.node)||Bc.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}ft.anchorIsValid=Dh;ft.anchorNames=Uc;ft.createNodeAnchors=qh;ft.findNewAnchor=Wc});var lo=P(Kc=>{"use strict";d();function dt(n,e,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=dt(n,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=dt(n,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=dt(n,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=dt(n,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return n.call(e,t,r)}Kc.applyReviver=dt});var Ue=P(Vc=>{"use strict";d();var Zh=q();function Gc(n,e,t){if(Array.isArray(n))return n.map((r,i)=>Gc(r,String(i),t));if(n&&typeof n.toJSON=="function"){if(!t||!Zh.hasAnchor(n))return n.toJSON(e,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(n,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=n.toJSON(e,t);return t.onCreate&&t.onCreate(i),i}return typeof n=="bigint"&&!t?.keep?Number(n):n}Vc.toJS=Gc});var dr=P(Hc=>{"use strict";d();var Fh=lo(),Yc=q(),jh=Ue(),uo=class{constructor(e){Object.defineProperty(this,Yc.NODE_TYPE,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!Yc.isDocument(e))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:e,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=jh.toJS(this,"",s);if(typeof i=="function")for(let{count:l,res:c}of s.anchors.values())i(c,l);return typeof o=="function"?Fh.applyReviver(o,{"":a},"",a):a}};Hc.NodeBase=uo});var pt=P(Jc=>{"use strict";d();var Bh=fr(),Uh=lt(),Ln=q(),Wh=dr(),Kh=Ue(),fo=class extends Wh.NodeBase{constructor(e){super(Ln.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],Uh.visit(e,{Node:(o,s)=>{(Ln.isAlias(s)||Ln.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,l=o.get(i);if(l||(Kh.toJS(i,null,t),l=o.get(i)),l?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(a>=0&&(l.count+=1,l.aliasCount===0&&(l.aliasCount=pr(s,i,o)),l.count*l.aliasCount>a)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return i}toJSON(e,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(e,t,r){let i=`*${this.source}`;if(e){if(Bh.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(e.implicitKey)return`${i} `}return i}};function pr(n,e,t){if(Ln.isAlias(e)){let r=e.resolve(n),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(Ln.isCollection(e)){let r=0;for(let i of e.items){let o=pr(n,i,t);o>r&&(r=o)}return r}else if(Ln.isPair(e)){let r=pr(n,e.key,t),i=pr(n,e.value,t);return Math.max(r,i)}return 1}Jc.Alias=fo});var V=P(po=>{"use strict";d();var Gh=q(),Vh=dr(),Yh=Ue(),Hh=n=>!n||typeof n!="function"&&typeof n!="object",We=class extends Vh.NodeBase{constructor(e){super(Gh.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:Yh.toJS(this.value,e,t)}toString(){return String(this.value)}};We.BLOCK_FOLDED="BLOCK_FOLDED";We.BLOCK_LITERAL="BLOCK_LITERAL";We.PLAIN="PLAIN";We.QUOTE_DOUBLE="QUOTE_DOUBLE";We.QUOTE_SINGLE="QUOTE_SINGLE";po.Scalar=We;po.isScalarValue=Hh});var ht=P(Qc=>{"use strict";d();var Jh=pt(),fn=q(),Xc=V(),Xh="tag:yaml.org,2002:";function Qh(n,e,t){if(e){let r=t.filter(o=>o.tag===e),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${e} not found`);return i}return t.find(r=>r.identify?.(n)&&!r.format)}function em(n,e,t){if(fn.isDocument(n)&&(n=n.contents),fn.isNode(n))return n;if(fn.isPair(n)){let p=t.schema[fn.MAP].createNode?.(t.schema,null,t);return p.items.push(n),p}(n instanceof String||n instanceof Number||n instanceof Boolean||typeof BigInt<"u"&&n instanceof BigInt)&&(n=n.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,l;if(r&&n&&typeof n=="object"){if(l=a.get(n),l)return l.anchor??(l.anchor=i(n)),new Jh.Alias(l.anchor);l={anchor:null,node:null},a.set(n,l)}e?.startsWith("!!")&&(e=Xh+e.slice(2));let c=Qh(n,e,s.tags);if(!c){if(n&&typeof n.toJSON=="function"&&(n=n.toJSON()),!n||typeof n!="object"){let p=new Xc.Scalar(n);return l&&(l.node=p),p}c=n instanceof Map?s[fn.MAP]:Symbol.iterator in Object(n)?s[fn.SEQ]:s[fn.MAP]}o&&(o(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,n,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,n,t):new Xc.Scalar(n);return e?u.tag=e:c.default||(u.tag=c.tag),l&&(l.node=u),u}Qc.createNode=em});var mr=P(hr=>{"use strict";d();var nm=ht(),Ce=q(),tm=dr();function ho(n,e,t){let r=t;for(let i=e.length-1;i>=0;--i){let o=e[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return nm.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:n,sourceObjects:new Map})}var el=n=>n==null||typeof n=="object"&&!!n[Symbol.iterator]().next().done,mo=class extends tm.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(r=>Ce.isNode(r)||Ce.isPair(r)?r.clone(e):r),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(el(e))this.add(t);else{let[r,...i]=e,o=this.get(r,!0);if(Ce.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,ho(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(e){let[t,...r]=e;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(Ce.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){let[r,...i]=e,o=this.get(r,!0);return i.length===0?!t&&Ce.isScalar(o)?o.value:o:Ce.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!Ce.isPair(t))return!1;let r=t.value;return r==null||e&&Ce.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){let[t,...r]=e;if(r.length===0)return this.has(t);let i=this.get(t,!0);return Ce.isCollection(i)?i.hasIn(r):!1}setIn(e,t){let[r,...i]=e;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(Ce.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,ho(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};hr.Collection=mo;hr.collectionFromPath=ho;hr.isEmptyPath=el});var mt=P(gr=>{"use strict";d();var rm=n=>n.replace(/^(?!$)(?: $)?/gm,"#");function go(n,e){return/^\n+$/.test(n)?n.substring(1):e?n.replace(/^(?! *$)/gm,e):n}var im=(n,e,t)=>n.endsWith(`
`)?go(t,e):t.includes(`
`)?`
`+go(t,e):(n.endsWith(" ")?"":" ")+t;gr.indentComment=go;gr.lineComment=im;gr.stringifyComment=rm});var tl=P(gt=>{"use strict";d();var om="flow",yo="block",yr="quoted";function sm(n,e,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return n;i<o&&(o=0);let l=Math.max(1+o,1+i-e.length);if(n.length<=l)return n;let c=[],u={},p=i-e.length;typeof r=="number"&&(r>i-Math.max(2,o)?c.push(0):p=i-r);let f,h,g=!1,m=-1,y=-1,b=-1;t===yo&&(m=nl(n,m,e.length),m!==-1&&(p=m+l));for(let A;A=n[m+=1];){if(t===yr&&A==="\\"){switch(y=m,n[m+1]){case"x":m+=3;break;case"u":m+=5;break;case"U":m+=9;break;default:m+=1}b=m}if(A===`
`)t===yo&&(m=nl(n,m,e.length)),p=m+e.length+l,f=void 0;else{if(A===" "&&h&&h!==" "&&h!==`
`&&h!=="	"){let x=n[m+1];x&&x!==" "&&x!==`
`&&x!=="	"&&(f=m)}if(m>=p)if(f)c.push(f),p=f+l,f=void 0;else if(t===yr){for(;h===" "||h==="	";)h=A,A=n[m+=1],g=!0;let x=m>b+1?m-2:y-1;if(u[x])return n;c.push(x),u[x]=!0,p=x+l,f=void 0}else g=!0}h=A}if(g&&a&&a(),c.length===0)return n;s&&s();let S=n.slice(0,c[0]);for(let A=0;A<c.length;++A){let x=c[A],O=c[A+1]||n.length;x===0?S=`
${e}${n.slice(0,O)}`:(t===yr&&u[x]&&(S+=`${n[x]}\\`),S+=`
${e}${n.slice(x+1,O)}`)}return S}function nl(n,e,t){let r=e,i=e+1,o=n[i];for(;o===" "||o==="	";)if(e<i+t)o=n[++e];else{do o=n[++e];while(o&&o!==`
`);r=e,i=e+1,o=n[i]}return r}gt.FOLD_BLOCK=yo;gt.FOLD_FLOW=om;gt.FOLD_QUOTED=yr;gt.foldFlowLines=sm});var wt=P(rl=>{"use strict";d();var ve=V(),Ke=tl(),br=(n,e)=>({indentAtStart:e?n.indent.length:n.indentAtStart,lineWidth:n.options.lineWidth,minContentWidth:n.options.minContentWidth}),vr=n=>/^(%|---|\.\.\.)/m.test(n);function am(n,e,t){if(!e||e<0)return!1;let r=e-t,i=n.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(n[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function yt(n,e){let t=JSON.stringify(n);if(e.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=e,i=e.options.doubleQuotedMinMultiLineLength,o=e.indent||(vr(n)?"  ":""),s="",a=0;for(let l=0,c=t[l];c;c=t[++l])if(c===" "&&t[l+1]==="\\"&&t[l+2]==="n"&&(s+=t.slice(a,l)+"\\ ",l+=1,a=l,c="\\"),c==="\\")switch(t[l+1]){case"u":{s+=t.slice(a,l);let u=t.substr(l+2,4);switch(u){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:u.substr(0,2)==="00"?s+="\\x"+u.substr(2):s+=t.substr(l,6)}l+=5,a=l+1}break;case"n":if(r||t[l+2]==='"'||t.length<i)l+=1;else{for(s+=t.slice(a,l)+`

`;t[l+2]==="\\"&&t[l+3]==="n"&&t[l+4]!=='"';)s+=`
`,l+=2;s+=o,t[l+2]===" "&&(s+="\\"),l+=1,a=l+1}break;default:l+=1}return s=a?s+t.slice(a):t,r?s:Ke.foldFlowLines(s,o,Ke.FOLD_QUOTED,br(e,!1))}function wo(n,e){if(e.options.singleQuote===!1||e.implicitKey&&n.includes(`
`)||/[ \t]\n|\n[ \t]/.test(n))return yt(n,e);let t=e.indent||(vr(n)?"  ":""),r="'"+n.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return e.implicitKey?r:Ke.foldFlowLines(r,t,Ke.FOLD_FLOW,br(e,!1))}function Dn(n,e){let{singleQuote:t}=e.options,r;if(t===!1)r=yt;else{let i=n.includes('"'),o=n.includes("'");i&&!o?r=wo:o&&!i?r=yt:r=t?wo:yt}return r(n,e)}var bo;try{bo=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{bo=/\n+(?!\n|$)/g}function wr({comment:n,type:e,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:l}=r.options;if(!s||/\n[\t ]+$/.test(t))return Dn(t,r);let c=r.indent||(r.forceBlockIndent||vr(t)?"  ":""),u=s==="literal"?!0:s==="folded"||e===ve.Scalar.BLOCK_FOLDED?!1:e===ve.Scalar.BLOCK_LITERAL?!0:!am(t,l,c.length);if(!t)return u?`|
`:`>
`;let p,f;for(f=t.length;f>0;--f){let O=t[f-1];if(O!==`
`&&O!=="	"&&O!==" ")break}let h=t.substring(f),g=h.indexOf(`
`);g===-1?p="-":t===h||g!==h.length-1?(p="+",o&&o()):p="",h&&(t=t.slice(0,-h.length),h[h.length-1]===`
`&&(h=h.slice(0,-1)),h=h.replace(bo,`$&${c}`));let m=!1,y,b=-1;for(y=0;y<t.length;++y){let O=t[y];if(O===" ")m=!0;else if(O===`
`)b=y;else break}let S=t.substring(0,b<y?b+1:y);S&&(t=t.substring(S.length),S=S.replace(/\n+/g,`$&${c}`));let x=(m?c?"2":"1":"")+p;if(n&&(x+=" "+a(n.replace(/ ?[\r\n]+/g," ")),i&&i()),!u){let O=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),C=!1,k=br(r,!0);s!=="folded"&&e!==ve.Scalar.BLOCK_FOLDED&&(k.onOverflow=()=>{C=!0});let $=Ke.foldFlowLines(`${S}${O}${h}`,c,Ke.FOLD_BLOCK,k);if(!C)return`>${x}
${c}${$}`}return t=t.replace(/\n+/g,`$&${c}`),`|${x}
${c}${S}${t}${h}`}function cm(n,e,t,r){let{type:i,value:o}=n,{actualString:s,implicitKey:a,indent:l,indentStep:c,inFlow:u}=e;if(a&&o.includes(`
`)||u&&/[[\]{},]/.test(o))return Dn(o,e);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||u||!o.includes(`
`)?Dn(o,e):wr(n,e,t,r);if(!a&&!u&&i!==ve.Scalar.PLAIN&&o.includes(`
`))return wr(n,e,t,r);if(vr(o)){if(l==="")return e.forceBlockIndent=!0,wr(n,e,t,r);if(a&&l===c)return Dn(o,e)}let p=o.replace(/\n+/g,`$&
${l}`);if(s){let f=m=>m.default&&m.tag!=="tag:yaml.org,2002:str"&&m.test?.test(p),{compat:h,tags:g}=e.doc.schema;if(g.some(f)||h?.some(f))return Dn(o,e)}return a?p:Ke.foldFlowLines(p,l,Ke.FOLD_FLOW,br(e,!1))}function lm(n,e,t,r){let{implicitKey:i,inFlow:o}=e,s=typeof n.value=="string"?n:Object.assign({},n,{value:String(n.value)}),{type:a}=n;a!==ve.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=ve.Scalar.QUOTE_DOUBLE);let l=u=>{switch(u){case ve.Scalar.BLOCK_FOLDED:case ve.Scalar.BLOCK_LITERAL:return i||o?Dn(s.value,e):wr(s,e,t,r);case ve.Scalar.QUOTE_DOUBLE:return yt(s.value,e);case ve.Scalar.QUOTE_SINGLE:return wo(s.value,e);case ve.Scalar.PLAIN:return cm(s,e,t,r);default:return null}},c=l(a);if(c===null){let{defaultKeyType:u,defaultStringType:p}=e.options,f=i&&u||p;if(c=l(f),c===null)throw new Error(`Unsupported default string type ${f}`)}return c}rl.stringifyString=lm});var bt=P(vo=>{"use strict";d();var um=fr(),Ge=q(),fm=mt(),dm=wt();function pm(n,e){let t=Object.assign({blockQuote:!0,commentString:fm.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},n.schema.toStringOptions,e),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:n,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function hm(n,e){if(e.tag){let i=n.filter(o=>o.tag===e.tag);if(i.length>0)return i.find(o=>o.format===e.format)??i[0]}let t,r;if(Ge.isScalar(e)){r=e.value;let i=n.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===e.format)??i.find(o=>!o.format)}else r=e,t=n.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function mm(n,e,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(Ge.isScalar(n)||Ge.isCollection(n))&&n.anchor;o&&um.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=n.tag??(e.default?null:e.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function gm(n,e,t,r){if(Ge.isPair(n))return n.toString(e,t,r);if(Ge.isAlias(n)){if(e.doc.directives)return n.toString(e);if(e.resolvedAliases?.has(n))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(n):e.resolvedAliases=new Set([n]),n=n.resolve(e.doc)}let i,o=Ge.isNode(n)?n:e.doc.createNode(n,{onTagObj:l=>i=l});i??(i=hm(e.doc.schema.tags,o));let s=mm(o,i,e);s.length>0&&(e.indentAtStart=(e.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,e,t,r):Ge.isScalar(o)?dm.stringifyString(o,e,t,r):o.toString(e,t,r);return s?Ge.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${e.indent}${a}`:a}vo.createStringifyContext=pm;vo.stringify=gm});var al=P(sl=>{"use strict";d();var Re=q(),il=V(),ol=bt(),vt=mt();function ym({key:n,value:e},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:l,options:{commentString:c,indentSeq:u,simpleKeys:p}}=t,f=Re.isNode(n)&&n.comment||null;if(p){if(f)throw new Error("With simple keys, key nodes cannot have comments");if(Re.isCollection(n)||!Re.isNode(n)&&typeof n=="object"){let k="With simple keys, collection cannot be used as a key value";throw new Error(k)}}let h=!p&&(!n||f&&e==null&&!t.inFlow||Re.isCollection(n)||(Re.isScalar(n)?n.type===il.Scalar.BLOCK_FOLDED||n.type===il.Scalar.BLOCK_LITERAL:typeof n=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!h&&(p||!o),indent:a+l});let g=!1,m=!1,y=ol.stringify(n,t,()=>g=!0,()=>m=!0);if(!h&&!t.inFlow&&y.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");h=!0}if(t.inFlow){if(o||e==null)return g&&r&&r(),y===""?"?":h?`? ${y}`:y}else if(o&&!p||e==null&&h)return y=`? ${y}`,f&&!g?y+=vt.lineComment(y,t.indent,c(f)):m&&i&&i(),y;g&&(f=null),h?(f&&(y+=vt.lineComment(y,t.indent,c(f))),y=`? ${y}
${a}:`):(y=`${y}:`,f&&(y+=vt.lineComment(y,t.indent,c(f))));let b,S,A;Re.isNode(e)?(b=!!e.spaceBefore,S=e.commentBefore,A=e.comment):(b=!1,S=null,A=null,e&&typeof e=="object"&&(e=s.createNode(e))),t.implicitKey=!1,!h&&!f&&Re.isScalar(e)&&(t.indentAtStart=y.length+1),m=!1,!u&&l.length>=2&&!t.inFlow&&!h&&Re.isSeq(e)&&!e.flow&&!e.tag&&!e.anchor&&(t.indent=t.indent.substring(2));let x=!1,O=ol.stringify(e,t,()=>x=!0,()=>m=!0),C=" ";if(f||b||S){if(C=b?`
`:"",S){let k=c(S);C+=`
${vt.indentComment(k,t.indent)}`}O===""&&!t.inFlow?C===`
`&&A&&(C=`

`):C+=`
${t.indent}`}else if(!h&&Re.isCollection(e)){let k=O[0],$=O.indexOf(`
`),E=$!==-1,L=t.inFlow??e.flow??e.items.length===0;if(E||!L){let Y=!1;if(E&&(k==="&"||k==="!")){let Z=O.indexOf(" ");k==="&"&&Z!==-1&&Z<$&&O[Z+1]==="!"&&(Z=O.indexOf(" ",Z+1)),(Z===-1||$<Z)&&(Y=!0)}Y||(C=`
${t.indent}`)}}else(O===""||O[0]===`
`)&&(C="");return y+=C+O,t.inFlow?x&&r&&r():A&&!x?y+=vt.lineComment(y,t.indent,c(A)):m&&i&&i(),y}sl.stringifyPair=ym});var xo=P(ko=>{"use strict";d();var cl=require("process");function wm(n,...e){n==="debug"&&console.log(...e)}function bm(n,e){(n==="debug"||n==="warn")&&(typeof cl.emitWarning=="function"?cl.emitWarning(e):console.warn(e))}ko.debug=wm;ko.warn=bm});var _r=P($r=>{"use strict";d();var Sr=q(),ll=V(),kr="<<",xr={identify:n=>n===kr||typeof n=="symbol"&&n.description===kr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new ll.Scalar(Symbol(kr)),{addToJSMap:ul}),stringify:()=>kr},vm=(n,e)=>(xr.identify(e)||Sr.isScalar(e)&&(!e.type||e.type===ll.Scalar.PLAIN)&&xr.identify(e.value))&&n?.doc.schema.tags.some(t=>t.tag===xr.tag&&t.default);function ul(n,e,t){let r=fl(n,t);if(Sr.isSeq(r))for(let i of r.items)So(n,e,i);else if(Array.isArray(r))for(let i of r)So(n,e,i);else So(n,e,r)}function So(n,e,t){let r=fl(n,t);if(!Sr.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,n,Map);for(let[o,s]of i)e instanceof Map?e.has(o)||e.set(o,s):e instanceof Set?e.add(o):Object.prototype.hasOwnProperty.call(e,o)||Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return e}function fl(n,e){return n&&Sr.isAlias(e)?e.resolve(n.doc,n):e}$r.addMergeToJSMap=ul;$r.isMergeKey=vm;$r.merge=xr});var _o=P(hl=>{"use strict";d();var km=xo(),dl=_r(),xm=bt(),pl=q(),$o=Ue();function Sm(n,e,{key:t,value:r}){if(pl.isNode(t)&&t.addToJSMap)t.addToJSMap(n,e,r);else if(dl.isMergeKey(n,t))dl.addMergeToJSMap(n,e,r);else{let i=$o.toJS(t,"",n);if(e instanceof Map)e.set(i,$o.toJS(r,i,n));else if(e instanceof Set)e.add(i);else{let o=$m(t,i,n),s=$o.toJS(r,o,n);o in e?Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):e[o]=s}}return e}function $m(n,e,t){if(e===null)return"";if(typeof e!="object")return String(e);if(pl.isNode(n)&&t?.doc){let r=xm.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=n.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),km.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(e)}hl.addPairToJSMap=Sm});var Ve=P(Ao=>{"use strict";d();var ml=ht(),_m=al(),Am=_o(),Ar=q();function Pm(n,e,t){let r=ml.createNode(n,void 0,t),i=ml.createNode(e,void 0,t);return new Pr(r,i)}var Pr=class n{constructor(e,t=null){Object.defineProperty(this,Ar.NODE_TYPE,{value:Ar.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:r}=this;return Ar.isNode(t)&&(t=t.clone(e)),Ar.isNode(r)&&(r=r.clone(e)),new n(t,r)}toJSON(e,t){let r=t?.mapAsMap?new Map:{};return Am.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?_m.stringifyPair(this,e,t,r):JSON.stringify(this)}};Ao.Pair=Pr;Ao.createPair=Pm});var Po=P(yl=>{"use strict";d();var dn=q(),gl=bt(),Or=mt();function Om(n,e,t){return(e.inFlow??n.flow?Mm:Cm)(n,e,t)}function Cm({comment:n,items:e},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:l,options:{commentString:c}}=t,u=Object.assign({},t,{indent:o,type:null}),p=!1,f=[];for(let g=0;g<e.length;++g){let m=e[g],y=null;if(dn.isNode(m))!p&&m.spaceBefore&&f.push(""),Cr(t,f,m.commentBefore,p),m.comment&&(y=m.comment);else if(dn.isPair(m)){let S=dn.isNode(m.key)?m.key:null;S&&(!p&&S.spaceBefore&&f.push(""),Cr(t,f,S.commentBefore,p))}p=!1;let b=gl.stringify(m,u,()=>y=null,()=>p=!0);y&&(b+=Or.lineComment(b,o,c(y))),p&&y&&(p=!1),f.push(r+b)}let h;if(f.length===0)h=i.start+i.end;else{h=f[0];for(let g=1;g<f.length;++g){let m=f[g];h+=m?`
${l}${m}`:`
`}}return n?(h+=`
`+Or.indentComment(c(n),l),a&&a()):p&&s&&s(),h}function Mm({items:n},e,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=e;r+=o;let l=Object.assign({},e,{indent:r,inFlow:!0,type:null}),c=!1,u=0,p=[];for(let g=0;g<n.length;++g){let m=n[g],y=null;if(dn.isNode(m))m.spaceBefore&&p.push(""),Cr(e,p,m.commentBefore,!1),m.comment&&(y=m.comment);else if(dn.isPair(m)){let S=dn.isNode(m.key)?m.key:null;S&&(S.spaceBefore&&p.push(""),Cr(e,p,S.commentBefore,!1),S.comment&&(c=!0));let A=dn.isNode(m.value)?m.value:null;A?(A.comment&&(y=A.comment),A.commentBefore&&(c=!0)):m.value==null&&S?.comment&&(y=S.comment)}y&&(c=!0);let b=gl.stringify(m,l,()=>y=null);c||(c=p.length>u||b.includes(`
`)),g<n.length-1?b+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(c||(c=p.reduce((S,A)=>S+A.length+2,2)+(b.length+2)>e.options.lineWidth)),c&&(b+=",")),y&&(b+=Or.lineComment(b,r,a(y))),p.push(b),u=p.length}let{start:f,end:h}=t;if(p.length===0)return f+h;if(!c){let g=p.reduce((m,y)=>m+y.length+2,2);c=e.options.lineWidth>0&&g>e.options.lineWidth}if(c){let g=f;for(let m of p)g+=m?`
${o}${i}${m}`:`
`;return`${g}
${i}${h}`}else return`${f}${s}${p.join(" ")}${s}${h}`}function Cr({indent:n,options:{commentString:e}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Or.indentComment(e(r),n);t.push(o.trimStart())}}yl.stringifyCollection=Om});var He=P(Co=>{"use strict";d();var Nm=Po(),Tm=_o(),zm=mr(),Ye=q(),Mr=Ve(),Em=V();function kt(n,e){let t=Ye.isScalar(e)?e.value:e;for(let r of n)if(Ye.isPair(r)&&(r.key===e||r.key===t||Ye.isScalar(r.key)&&r.key.value===t))return r}var Oo=class extends zm.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(Ye.MAP,e),this.items=[]}static from(e,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(e),a=(l,c)=>{if(typeof o=="function")c=o.call(t,l,c);else if(Array.isArray(o)&&!o.includes(l))return;(c!==void 0||i)&&s.items.push(Mr.createPair(l,c,r))};if(t instanceof Map)for(let[l,c]of t)a(l,c);else if(t&&typeof t=="object")for(let l of Object.keys(t))a(l,t[l]);return typeof e.sortMapEntries=="function"&&s.items.sort(e.sortMapEntries),s}add(e,t){let r;Ye.isPair(e)?r=e:!e||typeof e!="object"||!("key"in e)?r=new Mr.Pair(e,e?.value):r=new Mr.Pair(e.key,e.value);let i=kt(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);Ye.isScalar(i.value)&&Em.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(e){let t=kt(this.items,e);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(e,t){let i=kt(this.items,e)?.value;return(!t&&Ye.isScalar(i)?i.value:i)??void 0}has(e){return!!kt(this.items,e)}set(e,t){this.add(new Mr.Pair(e,t),!0)}toJSON(e,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)Tm.addPairToJSMap(t,i,o);return i}toString(e,t,r){if(!e)return JSON.stringify(this);for(let i of this.items)if(!Ye.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),Nm.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}};Co.YAMLMap=Oo;Co.findPair=kt});var qn=P(bl=>{"use strict";d();var Im=q(),wl=He(),Rm={collection:"map",default:!0,nodeClass:wl.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(n,e){return Im.isMap(n)||e("Expected a mapping for this tag"),n},createNode:(n,e,t)=>wl.YAMLMap.from(n,e,t)};bl.map=Rm});var Je=P(vl=>{"use strict";d();var Lm=ht(),Dm=Po(),qm=mr(),Tr=q(),Zm=V(),Fm=Ue(),Mo=class extends qm.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(Tr.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){let t=Nr(e);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(e,t){let r=Nr(e);if(typeof r!="number")return;let i=this.items[r];return!t&&Tr.isScalar(i)?i.value:i}has(e){let t=Nr(e);return typeof t=="number"&&t<this.items.length}set(e,t){let r=Nr(e);if(typeof r!="number")throw new Error(`Expected a valid index, not ${e}.`);let i=this.items[r];Tr.isScalar(i)&&Zm.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(e,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(Fm.toJS(o,String(i++),t));return r}toString(e,t,r){return e?Dm.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let l=t instanceof Set?a:String(s++);a=i.call(t,l,a)}o.items.push(Lm.createNode(a,void 0,r))}}return o}};function Nr(n){let e=Tr.isScalar(n)?n.value:n;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}vl.YAMLSeq=Mo});var Zn=P(xl=>{"use strict";d();var jm=q(),kl=Je(),Bm={collection:"seq",default:!0,nodeClass:kl.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(n,e){return jm.isSeq(n)||e("Expected a sequence for this tag"),n},createNode:(n,e,t)=>kl.YAMLSeq.from(n,e,t)};xl.seq=Bm});var xt=P(Sl=>{"use strict";d();var Um=wt(),Wm={identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify(n,e,t,r){return e=Object.assign({actualString:!0},e),Um.stringifyString(n,e,t,r)}};Sl.string=Wm});var zr=P(Al=>{"use strict";d();var $l=V(),_l={identify:n=>n==null,createNode:()=>new $l.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new $l.Scalar(null),stringify:({source:n},e)=>typeof n=="string"&&_l.test.test(n)?n:e.options.nullStr};Al.nullTag=_l});var No=P(Ol=>{"use strict";d();var Km=V(),Pl={identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:n=>new Km.Scalar(n[0]==="t"||n[0]==="T"),stringify({source:n,value:e},t){if(n&&Pl.test.test(n)){let r=n[0]==="t"||n[0]==="T";if(e===r)return n}return e?t.options.trueStr:t.options.falseStr}};Ol.boolTag=Pl});var Fn=P(Cl=>{"use strict";d();function Gm({format:n,minFractionDigits:e,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!n&&e&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=e-(o.length-s-1);for(;a-- >0;)o+="0"}return o}Cl.stringifyNumber=Gm});var zo=P(Er=>{"use strict";d();var Vm=V(),To=Fn(),Ym={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:To.stringifyNumber},Hm={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():To.stringifyNumber(n)}},Jm={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(n){let e=new Vm.Scalar(parseFloat(n)),t=n.indexOf(".");return t!==-1&&n[n.length-1]==="0"&&(e.minFractionDigits=n.length-t-1),e},stringify:To.stringifyNumber};Er.float=Jm;Er.floatExp=Hm;Er.floatNaN=Ym});var Io=P(Rr=>{"use strict";d();var Ml=Fn(),Ir=n=>typeof n=="bigint"||Number.isInteger(n),Eo=(n,e,t,{intAsBigInt:r})=>r?BigInt(n):parseInt(n.substring(e),t);function Nl(n,e,t){let{value:r}=n;return Ir(r)&&r>=0?t+r.toString(e):Ml.stringifyNumber(n)}var Xm={identify:n=>Ir(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(n,e,t)=>Eo(n,2,8,t),stringify:n=>Nl(n,8,"0o")},Qm={identify:Ir,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(n,e,t)=>Eo(n,0,10,t),stringify:Ml.stringifyNumber},eg={identify:n=>Ir(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(n,e,t)=>Eo(n,2,16,t),stringify:n=>Nl(n,16,"0x")};Rr.int=Qm;Rr.intHex=eg;Rr.intOct=Xm});var zl=P(Tl=>{"use strict";d();var ng=qn(),tg=zr(),rg=Zn(),ig=xt(),og=No(),Ro=zo(),Lo=Io(),sg=[ng.map,rg.seq,ig.string,tg.nullTag,og.boolTag,Lo.intOct,Lo.int,Lo.intHex,Ro.floatNaN,Ro.floatExp,Ro.float];Tl.schema=sg});var Rl=P(Il=>{"use strict";d();var ag=V(),cg=qn(),lg=Zn();function El(n){return typeof n=="bigint"||Number.isInteger(n)}var Lr=({value:n})=>JSON.stringify(n),ug=[{identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify:Lr},{identify:n=>n==null,createNode:()=>new ag.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Lr},{identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:n=>n==="true",stringify:Lr},{identify:El,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(n,e,{intAsBigInt:t})=>t?BigInt(n):parseInt(n,10),stringify:({value:n})=>El(n)?n.toString():JSON.stringify(n)},{identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:n=>parseFloat(n),stringify:Lr}],fg={default:!0,tag:"",test:/^/,resolve(n,e){return e(`Unresolved plain scalar ${JSON.stringify(n)}`),n}},dg=[cg.map,lg.seq].concat(ug,fg);Il.schema=dg});var qo=P(Ll=>{"use strict";d();var St=require("buffer"),Do=V(),pg=wt(),hg={identify:n=>n instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(n,e){if(typeof St.Buffer=="function")return St.Buffer.from(n,"base64");if(typeof atob=="function"){let t=atob(n.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),n},stringify({comment:n,type:e,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof St.Buffer=="function")a=s instanceof St.Buffer?s.toString("base64"):St.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let l="";for(let c=0;c<s.length;++c)l+=String.fromCharCode(s[c]);a=btoa(l)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=Do.Scalar.BLOCK_LITERAL),e!==Do.Scalar.QUOTE_DOUBLE){let l=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),c=Math.ceil(a.length/l),u=new Array(c);for(let p=0,f=0;p<c;++p,f+=l)u[p]=a.substr(f,l);a=u.join(e===Do.Scalar.BLOCK_LITERAL?`
`:" ")}return pg.stringifyString({comment:n,type:e,value:a},r,i,o)}};Ll.binary=hg});var Zr=P(qr=>{"use strict";d();var Dr=q(),Zo=Ve(),mg=V(),gg=Je();function Dl(n,e){if(Dr.isSeq(n))for(let t=0;t<n.items.length;++t){let r=n.items[t];if(!Dr.isPair(r)){if(Dr.isMap(r)){r.items.length>1&&e("Each pair must have its own sequence indicator");let i=r.items[0]||new Zo.Pair(new mg.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}n.items[t]=Dr.isPair(r)?r:new Zo.Pair(r)}}else e("Expected a sequence for this tag");return n}function ql(n,e,t){let{replacer:r}=t,i=new gg.YAMLSeq(n);i.tag="tag:yaml.org,2002:pairs";let o=0;if(e&&Symbol.iterator in Object(e))for(let s of e){typeof r=="function"&&(s=r.call(e,String(o++),s));let a,l;if(Array.isArray(s))if(s.length===2)a=s[0],l=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let c=Object.keys(s);if(c.length===1)a=c[0],l=s[a];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else a=s;i.items.push(Zo.createPair(a,l,t))}return i}var yg={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:Dl,createNode:ql};qr.createPairs=ql;qr.pairs=yg;qr.resolvePairs=Dl});var Bo=P(jo=>{"use strict";d();var Zl=q(),Fo=Ue(),$t=He(),wg=Je(),Fl=Zr(),pn=class n extends wg.YAMLSeq{constructor(){super(),this.add=$t.YAMLMap.prototype.add.bind(this),this.delete=$t.YAMLMap.prototype.delete.bind(this),this.get=$t.YAMLMap.prototype.get.bind(this),this.has=$t.YAMLMap.prototype.has.bind(this),this.set=$t.YAMLMap.prototype.set.bind(this),this.tag=n.tag}toJSON(e,t){if(!t)return super.toJSON(e);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(Zl.isPair(i)?(o=Fo.toJS(i.key,"",t),s=Fo.toJS(i.value,o,t)):o=Fo.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(e,t,r){let i=Fl.createPairs(e,t,r),o=new this;return o.items=i.items,o}};pn.tag="tag:yaml.org,2002:omap";var bg={collection:"seq",identify:n=>n instanceof Map,nodeClass:pn,default:!1,tag:"tag:yaml.org,2002:omap",resolve(n,e){let t=Fl.resolvePairs(n,e),r=[];for(let{key:i}of t.items)Zl.isScalar(i)&&(r.includes(i.value)?e(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new pn,t)},createNode:(n,e,t)=>pn.from(n,e,t)};jo.YAMLOMap=pn;jo.omap=bg});var Kl=P(Uo=>{"use strict";d();var jl=V();function Bl({value:n,source:e},t){return e&&(n?Ul:Wl).test.test(e)?e:n?t.options.trueStr:t.options.falseStr}var Ul={identify:n=>n===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new jl.Scalar(!0),stringify:Bl},Wl={identify:n=>n===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new jl.Scalar(!1),stringify:Bl};Uo.falseTag=Wl;Uo.trueTag=Ul});var Gl=P(Fr=>{"use strict";d();var vg=V(),Wo=Fn(),kg={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Wo.stringifyNumber},xg={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n.replace(/_/g,"")),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():Wo.stringifyNumber(n)}},Sg={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(n){let e=new vg.Scalar(parseFloat(n.replace(/_/g,""))),t=n.indexOf(".");if(t!==-1){let r=n.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(e.minFractionDigits=r.length)}return e},stringify:Wo.stringifyNumber};Fr.float=Sg;Fr.floatExp=xg;Fr.floatNaN=kg});var Yl=P(At=>{"use strict";d();var Vl=Fn(),_t=n=>typeof n=="bigint"||Number.isInteger(n);function jr(n,e,t,{intAsBigInt:r}){let i=n[0];if((i==="-"||i==="+")&&(e+=1),n=n.substring(e).replace(/_/g,""),r){switch(t){case 2:n=`0b${n}`;break;case 8:n=`0o${n}`;break;case 16:n=`0x${n}`;break}let s=BigInt(n);return i==="-"?BigInt(-1)*s:s}let o=parseInt(n,t);return i==="-"?-1*o:o}function Ko(n,e,t){let{value:r}=n;if(_t(r)){let i=r.toString(e);return r<0?"-"+t+i.substr(1):t+i}return Vl.stringifyNumber(n)}var $g={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(n,e,t)=>jr(n,2,2,t),stringify:n=>Ko(n,2,"0b")},_g={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(n,e,t)=>jr(n,1,8,t),stringify:n=>Ko(n,8,"0")},Ag={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(n,e,t)=>jr(n,0,10,t),stringify:Vl.stringifyNumber},Pg={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(n,e,t)=>jr(n,2,16,t),stringify:n=>Ko(n,16,"0x")};At.int=Ag;At.intBin=$g;At.intHex=Pg;At.intOct=_g});var Vo=P(Go=>{"use strict";d();var Wr=q(),Br=Ve(),Ur=He(),hn=class n extends Ur.YAMLMap{constructor(e){super(e),this.tag=n.tag}add(e){let t;Wr.isPair(e)?t=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?t=new Br.Pair(e.key,null):t=new Br.Pair(e,null),Ur.findPair(this.items,t.key)||this.items.push(t)}get(e,t){let r=Ur.findPair(this.items,e);return!t&&Wr.isPair(r)?Wr.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=Ur.findPair(this.items,e);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new Br.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(Br.createPair(s,null,r));return o}};hn.tag="tag:yaml.org,2002:set";var Og={collection:"map",identify:n=>n instanceof Set,nodeClass:hn,default:!1,tag:"tag:yaml.org,2002:set",createNode:(n,e,t)=>hn.from(n,e,t),resolve(n,e){if(Wr.isMap(n)){if(n.hasAllNullValues(!0))return Object.assign(new hn,n);e("Set items must all have null values")}else e("Expected a mapping for this tag");return n}};Go.YAMLSet=hn;Go.set=Og});var Ho=P(Kr=>{"use strict";d();var Cg=Fn();function Yo(n,e){let t=n[0],r=t==="-"||t==="+"?n.substring(1):n,i=s=>e?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function Hl(n){let{value:e}=n,t=s=>s;if(typeof e=="bigint")t=s=>BigInt(s);else if(isNaN(e)||!isFinite(e))return Cg.stringifyNumber(n);let r="";e<0&&(r="-",e*=t(-1));let i=t(60),o=[e%i];return e<60?o.unshift(0):(e=(e-o[0])/i,o.unshift(e%i),e>=60&&(e=(e-o[0])/i,o.unshift(e))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Mg={identify:n=>typeof n=="bigint"||Number.isInteger(n),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(n,e,{intAsBigInt:t})=>Yo(n,t),stringify:Hl},Ng={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:n=>Yo(n,!1),stringify:Hl},Jl={identify:n=>n instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(n){let e=n.match(Jl.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=e.map(Number),l=e[7]?Number((e[7]+"00").substr(1,3)):0,c=Date.UTC(t,r-1,i,o||0,s||0,a||0,l),u=e[8];if(u&&u!=="Z"){let p=Yo(u,!1);Math.abs(p)<30&&(p*=60),c-=6e4*p}return new Date(c)},stringify:({value:n})=>n?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};Kr.floatTime=Ng;Kr.intTime=Mg;Kr.timestamp=Jl});var eu=P(Ql=>{"use strict";d();var Tg=qn(),zg=zr(),Eg=Zn(),Ig=xt(),Rg=qo(),Xl=Kl(),Jo=Gl(),Gr=Yl(),Lg=_r(),Dg=Bo(),qg=Zr(),Zg=Vo(),Xo=Ho(),Fg=[Tg.map,Eg.seq,Ig.string,zg.nullTag,Xl.trueTag,Xl.falseTag,Gr.intBin,Gr.intOct,Gr.int,Gr.intHex,Jo.floatNaN,Jo.floatExp,Jo.float,Rg.binary,Lg.merge,Dg.omap,qg.pairs,Zg.set,Xo.intTime,Xo.floatTime,Xo.timestamp];Ql.schema=Fg});var uu=P(ns=>{"use strict";d();var iu=qn(),jg=zr(),ou=Zn(),Bg=xt(),Ug=No(),Qo=zo(),es=Io(),Wg=zl(),Kg=Rl(),su=qo(),Pt=_r(),au=Bo(),cu=Zr(),nu=eu(),lu=Vo(),Vr=Ho(),tu=new Map([["core",Wg.schema],["failsafe",[iu.map,ou.seq,Bg.string]],["json",Kg.schema],["yaml11",nu.schema],["yaml-1.1",nu.schema]]),ru={binary:su.binary,bool:Ug.boolTag,float:Qo.float,floatExp:Qo.floatExp,floatNaN:Qo.floatNaN,floatTime:Vr.floatTime,int:es.int,intHex:es.intHex,intOct:es.intOct,intTime:Vr.intTime,map:iu.map,merge:Pt.merge,null:jg.nullTag,omap:au.omap,pairs:cu.pairs,seq:ou.seq,set:lu.set,timestamp:Vr.timestamp},Gg={"tag:yaml.org,2002:binary":su.binary,"tag:yaml.org,2002:merge":Pt.merge,"tag:yaml.org,2002:omap":au.omap,"tag:yaml.org,2002:pairs":cu.pairs,"tag:yaml.org,2002:set":lu.set,"tag:yaml.org,2002:timestamp":Vr.timestamp};function Vg(n,e,t){let r=tu.get(e);if(r&&!n)return t&&!r.includes(Pt.merge)?r.concat(Pt.merge):r.slice();let i=r;if(!i)if(Array.isArray(n))i=[];else{let o=Array.from(tu.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${o} or define customTags array`)}if(Array.isArray(n))for(let o of n)i=i.concat(o);else typeof n=="function"&&(i=n(i.slice()));return t&&(i=i.concat(Pt.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?ru[s]:s;if(!a){let l=JSON.stringify(s),c=Object.keys(ru).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${l}; use one of ${c}`)}return o.includes(a)||o.push(a),o},[])}ns.coreKnownTags=Gg;ns.getTags=Vg});var is=P(fu=>{"use strict";d();var ts=q(),Yg=qn(),Hg=Zn(),Jg=xt(),Yr=uu(),Xg=(n,e)=>n.key<e.key?-1:n.key>e.key?1:0,rs=class n{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(e)?Yr.getTags(e,"compat"):e?Yr.getTags(null,e):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?Yr.coreKnownTags:{},this.tags=Yr.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,ts.MAP,{value:Yg.map}),Object.defineProperty(this,ts.SCALAR,{value:Jg.string}),Object.defineProperty(this,ts.SEQ,{value:Hg.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Xg:null}clone(){let e=Object.create(n.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};fu.Schema=rs});var pu=P(du=>{"use strict";d();var Qg=q(),os=bt(),Ot=mt();function ey(n,e){let t=[],r=e.directives===!0;if(e.directives!==!1&&n.directives){let l=n.directives.toString(n);l?(t.push(l),r=!0):n.directives.docStart&&(r=!0)}r&&t.push("---");let i=os.createStringifyContext(n,e),{commentString:o}=i.options;if(n.commentBefore){t.length!==1&&t.unshift("");let l=o(n.commentBefore);t.unshift(Ot.indentComment(l,""))}let s=!1,a=null;if(n.contents){if(Qg.isNode(n.contents)){if(n.contents.spaceBefore&&r&&t.push(""),n.contents.commentBefore){let u=o(n.contents.commentBefore);t.push(Ot.indentComment(u,""))}i.forceBlockIndent=!!n.comment,a=n.contents.comment}let l=a?void 0:()=>s=!0,c=os.stringify(n.contents,i,()=>a=null,l);a&&(c+=Ot.lineComment(c,"",o(a))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(os.stringify(n.contents,i));if(n.directives?.docEnd)if(n.comment){let l=o(n.comment);l.includes(`
`)?(t.push("..."),t.push(Ot.indentComment(l,""))):t.push(`... ${l}`)}else t.push("...");else{let l=n.comment;l&&s&&(l=l.replace(/^\n+/,"")),l&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(Ot.indentComment(o(l),"")))}return t.join(`
`)+`
`}du.stringifyDocument=ey});var Ct=P(hu=>{"use strict";d();var ny=pt(),jn=mr(),me=q(),ty=Ve(),ry=Ue(),iy=is(),oy=pu(),ss=fr(),sy=lo(),ay=ht(),as=co(),cs=class n{constructor(e,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,me.NODE_TYPE,{value:me.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new as.Directives({version:s}),this.setSchema(s,r),this.contents=e===void 0?null:this.createNode(e,i,r)}clone(){let e=Object.create(n.prototype,{[me.NODE_TYPE]:{value:me.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=me.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){Bn(this.contents)&&this.contents.add(e)}addIn(e,t){Bn(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){let r=ss.anchorNames(this);e.anchor=!t||r.has(t)?ss.findNewAnchor(t||"a",r):t}return new ny.Alias(e.anchor)}createNode(e,t,r){let i;if(typeof t=="function")e=t.call({"":e},"",e),i=t;else if(Array.isArray(t)){let y=S=>typeof S=="number"||S instanceof String||S instanceof Number,b=t.filter(y).map(String);b.length>0&&(t=t.concat(b)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:l,onTagObj:c,tag:u}=r??{},{onAnchor:p,setAnchors:f,sourceObjects:h}=ss.createNodeAnchors(this,s||"a"),g={aliasDuplicateObjects:o??!0,keepUndefined:l??!1,onAnchor:p,onTagObj:c,replacer:i,schema:this.schema,sourceObjects:h},m=ay.createNode(e,u,g);return a&&me.isCollection(m)&&(m.flow=!0),f(),m}createPair(e,t,r={}){let i=this.createNode(e,null,r),o=this.createNode(t,null,r);return new ty.Pair(i,o)}delete(e){return Bn(this.contents)?this.contents.delete(e):!1}deleteIn(e){return jn.isEmptyPath(e)?this.contents==null?!1:(this.contents=null,!0):Bn(this.contents)?this.contents.deleteIn(e):!1}get(e,t){return me.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return jn.isEmptyPath(e)?!t&&me.isScalar(this.contents)?this.contents.value:this.contents:me.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return me.isCollection(this.contents)?this.contents.has(e):!1}hasIn(e){return jn.isEmptyPath(e)?this.contents!==void 0:me.isCollection(this.contents)?this.contents.hasIn(e):!1}set(e,t){this.contents==null?this.contents=jn.collectionFromPath(this.schema,[e],t):Bn(this.contents)&&this.contents.set(e,t)}setIn(e,t){jn.isEmptyPath(e)?this.contents=t:this.contents==null?this.contents=jn.collectionFromPath(this.schema,Array.from(e),t):Bn(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){typeof e=="number"&&(e=String(e));let r;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new as.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new as.Directives({version:e}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new iy.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!e,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},l=ry.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:c,res:u}of a.anchors.values())o(u,c);return typeof s=="function"?sy.applyReviver(s,{"":l},"",l):l}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return oy.stringifyDocument(this,e)}};function Bn(n){if(me.isCollection(n))return!0;throw new Error("Expected a YAML collection as document contents")}hu.Document=cs});var Tt=P(Nt=>{"use strict";d();var Mt=class extends Error{constructor(e,t,r,i){super(),this.name=e,this.code=r,this.message=i,this.pos=t}},ls=class extends Mt{constructor(e,t,r){super("YAMLParseError",e,t,r)}},us=class extends Mt{constructor(e,t,r){super("YAMLWarning",e,t,r)}},cy=(n,e)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>e.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=n.substring(e.lineStarts[r-1],e.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=n.substring(e.lineStarts[r-2],e.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,l=t.linePos[1];l?.line===r&&l.col>i&&(a=Math.max(1,Math.min(l.col-i,80-o)));let c=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${c}
`}};Nt.YAMLError=Mt;Nt.YAMLParseError=ls;Nt.YAMLWarning=us;Nt.prettifyError=cy});var zt=P(mu=>{"use strict";d();function ly(n,{flow:e,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let l=!1,c=a,u=a,p="",f="",h=!1,g=!1,m=null,y=null,b=null,S=null,A=null,x=null,O=null;for(let $ of n)switch(g&&($.type!=="space"&&$.type!=="newline"&&$.type!=="comma"&&o($.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g=!1),m&&(c&&$.type!=="comment"&&$.type!=="newline"&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),m=null),$.type){case"space":!e&&(t!=="doc-start"||r?.type!=="flow-collection")&&$.source.includes("	")&&(m=$),u=!0;break;case"comment":{u||o($,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let E=$.source.substring(1)||" ";p?p+=f+E:p=E,f="",c=!1;break}case"newline":c?p?p+=$.source:(!x||t!=="seq-item-ind")&&(l=!0):f+=$.source,c=!0,h=!0,(y||b)&&(S=$),u=!0;break;case"anchor":y&&o($,"MULTIPLE_ANCHORS","A node can have at most one anchor"),$.source.endsWith(":")&&o($.offset+$.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),y=$,O??(O=$.offset),c=!1,u=!1,g=!0;break;case"tag":{b&&o($,"MULTIPLE_TAGS","A node can have at most one tag"),b=$,O??(O=$.offset),c=!1,u=!1,g=!0;break}case t:(y||b)&&o($,"BAD_PROP_ORDER",`Anchors and tags must be after the ${$.source} indicator`),x&&o($,"UNEXPECTED_TOKEN",`Unexpected ${$.source} in ${e??"collection"}`),x=$,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(e){A&&o($,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),A=$,c=!1,u=!1;break}default:o($,"UNEXPECTED_TOKEN",`Unexpected ${$.type} token`),c=!1,u=!1}let C=n[n.length-1],k=C?C.offset+C.source.length:i;return g&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),m&&(c&&m.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:A,found:x,spaceBefore:l,comment:p,hasNewline:h,anchor:y,tag:b,newlineAfterProp:S,end:k,start:O??k}}mu.resolveProps=ly});var Hr=P(gu=>{"use strict";d();function fs(n){if(!n)return null;switch(n.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(n.source.includes(`
`))return!0;if(n.end){for(let e of n.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of n.items){for(let t of e.start)if(t.type==="newline")return!0;if(e.sep){for(let t of e.sep)if(t.type==="newline")return!0}if(fs(e.key)||fs(e.value))return!0}return!1;default:return!0}}gu.containsNewline=fs});var ds=P(yu=>{"use strict";d();var uy=Hr();function fy(n,e,t){if(e?.type==="flow-collection"){let r=e.end[0];r.indent===n&&(r.source==="]"||r.source==="}")&&uy.containsNewline(e)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}yu.flowIndentCheck=fy});var ps=P(bu=>{"use strict";d();var wu=q();function dy(n,e,t){let{uniqueKeys:r}=n.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||wu.isScalar(o)&&wu.isScalar(s)&&o.value===s.value;return e.some(o=>i(o.key,t))}bu.mapIncludes=dy});var _u=P($u=>{"use strict";d();var vu=Ve(),py=He(),ku=zt(),hy=Hr(),xu=ds(),my=ps(),Su="All mapping items must start at the same column";function gy({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??py.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let l=r.offset,c=null;for(let u of r.items){let{start:p,key:f,sep:h,value:g}=u,m=ku.resolveProps(p,{indicator:"explicit-key-ind",next:f??h?.[0],offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0}),y=!m.found;if(y){if(f&&(f.type==="block-seq"?i(l,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in f&&f.indent!==r.indent&&i(l,"BAD_INDENT",Su)),!m.anchor&&!m.tag&&!h){c=m.end,m.comment&&(a.comment?a.comment+=`
`+m.comment:a.comment=m.comment);continue}(m.newlineAfterProp||hy.containsNewline(f))&&i(f??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else m.found?.indent!==r.indent&&i(l,"BAD_INDENT",Su);t.atKey=!0;let b=m.end,S=f?n(t,f,m,i):e(t,b,p,null,m,i);t.schema.compat&&xu.flowIndentCheck(r.indent,f,i),t.atKey=!1,my.mapIncludes(t,a.items,S)&&i(b,"DUPLICATE_KEY","Map keys must be unique");let A=ku.resolveProps(h??[],{indicator:"map-value-ind",next:g,offset:S.range[2],onError:i,parentIndent:r.indent,startOnNewline:!f||f.type==="block-scalar"});if(l=A.end,A.found){y&&(g?.type==="block-map"&&!A.hasNewline&&i(l,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&m.start<A.found.offset-1024&&i(S.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let x=g?n(t,g,A,i):e(t,l,h,null,A,i);t.schema.compat&&xu.flowIndentCheck(r.indent,g,i),l=x.range[2];let O=new vu.Pair(S,x);t.options.keepSourceTokens&&(O.srcToken=u),a.items.push(O)}else{y&&i(S.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),A.comment&&(S.comment?S.comment+=`
`+A.comment:S.comment=A.comment);let x=new vu.Pair(S);t.options.keepSourceTokens&&(x.srcToken=u),a.items.push(x)}}return c&&c<l&&i(c,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,l,c??l],a}$u.resolveBlockMap=gy});var Pu=P(Au=>{"use strict";d();var yy=Je(),wy=zt(),by=ds();function vy({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??yy.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let l=r.offset,c=null;for(let{start:u,value:p}of r.items){let f=wy.resolveProps(u,{indicator:"seq-item-ind",next:p,offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!f.found)if(f.anchor||f.tag||p)p?.type==="block-seq"?i(f.end,"BAD_INDENT","All sequence items must start at the same column"):i(l,"MISSING_CHAR","Sequence item without - indicator");else{c=f.end,f.comment&&(a.comment=f.comment);continue}let h=p?n(t,p,f,i):e(t,f.end,u,null,f,i);t.schema.compat&&by.flowIndentCheck(r.indent,p,i),l=h.range[2],a.items.push(h)}return a.range=[r.offset,l,c??l],a}Au.resolveBlockSeq=vy});var Un=P(Ou=>{"use strict";d();function ky(n,e,t,r){let i="";if(n){let o=!1,s="";for(let a of n){let{source:l,type:c}=a;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=l.substring(1)||" ";i?i+=s+u:i=u,s="";break}case"newline":i&&(s+=l),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}e+=l.length}}return{comment:i,offset:e}}Ou.resolveEnd=ky});var Tu=P(Nu=>{"use strict";d();var xy=q(),Sy=Ve(),Cu=He(),$y=Je(),_y=Un(),Mu=zt(),Ay=Hr(),Py=ps(),hs="Block collections are not allowed within flow collections",ms=n=>n&&(n.type==="block-map"||n.type==="block-seq");function Oy({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",l=o?.nodeClass??(s?Cu.YAMLMap:$y.YAMLSeq),c=new l(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=r.offset+r.start.source.length;for(let y=0;y<r.items.length;++y){let b=r.items[y],{start:S,key:A,sep:x,value:O}=b,C=Mu.resolveProps(S,{flow:a,indicator:"explicit-key-ind",next:A??x?.[0],offset:p,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!C.found){if(!C.anchor&&!C.tag&&!x&&!O){y===0&&C.comma?i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):y<r.items.length-1&&i(C.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),C.comment&&(c.comment?c.comment+=`
`+C.comment:c.comment=C.comment),p=C.end;continue}!s&&t.options.strict&&Ay.containsNewline(A)&&i(A,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(y===0)C.comma&&i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(C.comma||i(C.start,"MISSING_CHAR",`Missing , between ${a} items`),C.comment){let k="";e:for(let $ of S)switch($.type){case"comma":case"space":break;case"comment":k=$.source.substring(1);break e;default:break e}if(k){let $=c.items[c.items.length-1];xy.isPair($)&&($=$.value??$.key),$.comment?$.comment+=`
`+k:$.comment=k,C.comment=C.comment.substring(k.length+1)}}if(!s&&!x&&!C.found){let k=O?n(t,O,C,i):e(t,C.end,x,null,C,i);c.items.push(k),p=k.range[2],ms(O)&&i(k.range,"BLOCK_IN_FLOW",hs)}else{t.atKey=!0;let k=C.end,$=A?n(t,A,C,i):e(t,k,S,null,C,i);ms(A)&&i($.range,"BLOCK_IN_FLOW",hs),t.atKey=!1;let E=Mu.resolveProps(x??[],{flow:a,indicator:"map-value-ind",next:O,offset:$.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(E.found){if(!s&&!C.found&&t.options.strict){if(x)for(let Z of x){if(Z===E.found)break;if(Z.type==="newline"){i(Z,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}C.start<E.found.offset-1024&&i(E.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else O&&("source"in O&&O.source?.[0]===":"?i(O,"MISSING_CHAR",`Missing space after : in ${a}`):i(E.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let L=O?n(t,O,E,i):E.found?e(t,E.end,x,null,E,i):null;L?ms(O)&&i(L.range,"BLOCK_IN_FLOW",hs):E.comment&&($.comment?$.comment+=`
`+E.comment:$.comment=E.comment);let Y=new Sy.Pair($,L);if(t.options.keepSourceTokens&&(Y.srcToken=b),s){let Z=c;Py.mapIncludes(t,Z.items,$)&&i(k,"DUPLICATE_KEY","Map keys must be unique"),Z.items.push(Y)}else{let Z=new Cu.YAMLMap(t.schema);Z.flow=!0,Z.items.push(Y);let ne=(L??$).range;Z.range=[$.range[0],ne[1],ne[2]],c.items.push(Z)}p=L?L.range[2]:E.end}}let f=s?"}":"]",[h,...g]=r.end,m=p;if(h?.source===f)m=h.offset+h.source.length;else{let y=a[0].toUpperCase()+a.substring(1),b=u?`${y} must end with a ${f}`:`${y} in block collection must be sufficiently indented and end with a ${f}`;i(p,u?"MISSING_CHAR":"BAD_INDENT",b),h&&h.source.length!==1&&g.unshift(h)}if(g.length>0){let y=_y.resolveEnd(g,m,t.options.strict,i);y.comment&&(c.comment?c.comment+=`
`+y.comment:c.comment=y.comment),c.range=[r.offset,m,y.offset]}else c.range=[r.offset,m,m];return c}Nu.resolveFlowCollection=Oy});var Eu=P(zu=>{"use strict";d();var Cy=q(),My=V(),Ny=He(),Ty=Je(),zy=_u(),Ey=Pu(),Iy=Tu();function gs(n,e,t,r,i,o){let s=t.type==="block-map"?zy.resolveBlockMap(n,e,t,r,o):t.type==="block-seq"?Ey.resolveBlockSeq(n,e,t,r,o):Iy.resolveFlowCollection(n,e,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function Ry(n,e,t,r,i){let o=r.tag,s=o?e.directives.tagName(o.source,f=>i(o,"TAG_RESOLVE_FAILED",f)):null;if(t.type==="block-seq"){let{anchor:f,newlineAfterProp:h}=r,g=f&&o?f.offset>o.offset?f:o:f??o;g&&(!h||h.offset<g.offset)&&i(g,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===Ny.YAMLMap.tagName&&a==="map"||s===Ty.YAMLSeq.tagName&&a==="seq")return gs(n,e,t,i,s);let l=e.schema.tags.find(f=>f.tag===s&&f.collection===a);if(!l){let f=e.schema.knownTags[s];if(f?.collection===a)e.schema.tags.push(Object.assign({},f,{default:!1})),l=f;else return f?i(o,"BAD_COLLECTION_TYPE",`${f.tag} used for ${a} collection, but expects ${f.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),gs(n,e,t,i,s)}let c=gs(n,e,t,i,s,l),u=l.resolve?.(c,f=>i(o,"TAG_RESOLVE_FAILED",f),e.options)??c,p=Cy.isNode(u)?u:new My.Scalar(u);return p.range=c.range,p.tag=s,l?.format&&(p.format=l.format),p}zu.composeCollection=Ry});var ws=P(Iu=>{"use strict";d();var ys=V();function Ly(n,e,t){let r=e.offset,i=Dy(e,n.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?ys.Scalar.BLOCK_FOLDED:ys.Scalar.BLOCK_LITERAL,s=e.source?qy(e.source):[],a=s.length;for(let m=s.length-1;m>=0;--m){let y=s[m][1];if(y===""||y==="\r")a=m;else break}if(a===0){let m=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",y=r+i.length;return e.source&&(y+=e.source.length),{value:m,type:o,comment:i.comment,range:[r,y,y]}}let l=e.indent+i.indent,c=e.offset+i.length,u=0;for(let m=0;m<a;++m){let[y,b]=s[m];if(b===""||b==="\r")i.indent===0&&y.length>l&&(l=y.length);else{y.length<l&&t(c+y.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(l=y.length),u=m,l===0&&!n.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=y.length+b.length+1}for(let m=s.length-1;m>=a;--m)s[m][0].length>l&&(a=m+1);let p="",f="",h=!1;for(let m=0;m<u;++m)p+=s[m][0].slice(l)+`
`;for(let m=u;m<a;++m){let[y,b]=s[m];c+=y.length+b.length+1;let S=b[b.length-1]==="\r";if(S&&(b=b.slice(0,-1)),b&&y.length<l){let x=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(c-b.length-(S?2:1),"BAD_INDENT",x),y=""}o===ys.Scalar.BLOCK_LITERAL?(p+=f+y.slice(l)+b,f=`
`):y.length>l||b[0]==="	"?(f===" "?f=`
`:!h&&f===`
`&&(f=`

`),p+=f+y.slice(l)+b,f=`
`,h=!0):b===""?f===`
`?p+=`
`:f=`
`:(p+=f+b,f=" ",h=!1)}switch(i.chomp){case"-":break;case"+":for(let m=a;m<s.length;++m)p+=`
`+s[m][0].slice(l);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let g=r+i.length+e.source.length;return{value:p,type:o,comment:i.comment,range:[r,g,g]}}function Dy({offset:n,props:e},t,r){if(e[0].type!=="block-scalar-header")return r(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=e[0],o=i[0],s=0,a="",l=-1;for(let f=1;f<i.length;++f){let h=i[f];if(!a&&(h==="-"||h==="+"))a=h;else{let g=Number(h);!s&&g?s=g:l===-1&&(l=n+f)}}l!==-1&&r(l,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=!1,u="",p=i.length;for(let f=1;f<e.length;++f){let h=e[f];switch(h.type){case"space":c=!0;case"newline":p+=h.source.length;break;case"comment":t&&!c&&r(h,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=h.source.length,u=h.source.substring(1);break;case"error":r(h,"UNEXPECTED_TOKEN",h.message),p+=h.source.length;break;default:{let g=`Unexpected token in block scalar header: ${h.type}`;r(h,"UNEXPECTED_TOKEN",g);let m=h.source;m&&typeof m=="string"&&(p+=m.length)}}}return{mode:o,indent:s,chomp:a,comment:u,length:p}}function qy(n){let e=n.split(/\n( *)/),t=e[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<e.length;s+=2)o.push([e[s],e[s+1]]);return o}Iu.resolveBlockScalar=Ly});var vs=P(Lu=>{"use strict";d();var bs=V(),Zy=Un();function Fy(n,e,t){let{offset:r,type:i,source:o,end:s}=n,a,l,c=(f,h,g)=>t(r+f,h,g);switch(i){case"scalar":a=bs.Scalar.PLAIN,l=jy(o,c);break;case"single-quoted-scalar":a=bs.Scalar.QUOTE_SINGLE,l=By(o,c);break;case"double-quoted-scalar":a=bs.Scalar.QUOTE_DOUBLE,l=Uy(o,c);break;default:return t(n,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let u=r+o.length,p=Zy.resolveEnd(s,u,e,t);return{value:l,type:a,comment:p.comment,range:[r,u,p.offset]}}function jy(n,e){let t="";switch(n[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${n[0]}`;break}case"@":case"`":{t=`reserved character ${n[0]}`;break}}return t&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Ru(n)}function By(n,e){return(n[n.length-1]!=="'"||n.length===1)&&e(n.length,"MISSING_CHAR","Missing closing 'quote"),Ru(n.slice(1,-1)).replace(/''/g,"'")}function Ru(n){let e=/(.*?)\r?\n/sy,t=e.exec(n);if(!t)return n;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=e.lastIndex;for(;t=e.exec(n);){let c=t[1].replace(i,"");c===""?s===`
`?o+=s:s=`
`:(o+=s+c,s=" "),a=e.lastIndex}let l=/[ \t]*(.*)/sy;return l.lastIndex=a,t=l.exec(n),o+s+(t?.[1]??"")}function Uy(n,e){let t="";for(let r=1;r<n.length-1;++r){let i=n[r];if(!(i==="\r"&&n[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=Wy(n,r);t+=o,r=s}else if(i==="\\"){let o=n[++r],s=Ky[o];if(s)t+=s;else if(o===`
`)for(o=n[r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="\r"&&n[r+1]===`
`)for(o=n[++r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=Gy(n,r+1,a,e),r+=a}else{let a=n.substr(r-1,2);e(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=n[r+1];for(;s===" "||s==="	";)s=n[++r+1];s!==`
`&&!(s==="\r"&&n[r+2]===`
`)&&(t+=r>o?n.slice(o,r+1):i)}else t+=i}return(n[n.length-1]!=='"'||n.length===1)&&e(n.length,"MISSING_CHAR",'Missing closing "quote'),t}function Wy(n,e){let t="",r=n[e+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&n[e+2]!==`
`);)r===`
`&&(t+=`
`),e+=1,r=n[e+1];return t||(t=" "),{fold:t,offset:e}}var Ky={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Gy(n,e,t,r){let i=n.substr(e,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=n.substr(e-2,t+2);return r(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}Lu.resolveFlowScalar=Fy});var Zu=P(qu=>{"use strict";d();var mn=q(),Du=V(),Vy=ws(),Yy=vs();function Hy(n,e,t,r){let{value:i,type:o,comment:s,range:a}=e.type==="block-scalar"?Vy.resolveBlockScalar(n,e,r):Yy.resolveFlowScalar(e,n.options.strict,r),l=t?n.directives.tagName(t.source,p=>r(t,"TAG_RESOLVE_FAILED",p)):null,c;n.options.stringKeys&&n.atKey?c=n.schema[mn.SCALAR]:l?c=Jy(n.schema,i,l,t,r):e.type==="scalar"?c=Xy(n,i,e,r):c=n.schema[mn.SCALAR];let u;try{let p=c.resolve(i,f=>r(t??e,"TAG_RESOLVE_FAILED",f),n.options);u=mn.isScalar(p)?p:new Du.Scalar(p)}catch(p){let f=p instanceof Error?p.message:String(p);r(t??e,"TAG_RESOLVE_FAILED",f),u=new Du.Scalar(i)}return u.range=a,u.source=i,o&&(u.type=o),l&&(u.tag=l),c.format&&(u.format=c.format),s&&(u.comment=s),u}function Jy(n,e,t,r,i){if(t==="!")return n[mn.SCALAR];let o=[];for(let a of n.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(e))return a;let s=n.knownTags[t];return s&&!s.collection?(n.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),n[mn.SCALAR])}function Xy({atKey:n,directives:e,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||n&&a.default==="key")&&a.test?.test(r))||t[mn.SCALAR];if(t.compat){let a=t.compat.find(l=>l.default&&l.test?.test(r))??t[mn.SCALAR];if(s.tag!==a.tag){let l=e.tagString(s.tag),c=e.tagString(a.tag),u=`Value may be parsed as either ${l} or ${c}`;o(i,"TAG_RESOLVE_FAILED",u,!0)}}return s}qu.composeScalar=Hy});var ju=P(Fu=>{"use strict";d();function Qy(n,e,t){if(e){t??(t=e.length);for(let r=t-1;r>=0;--r){let i=e[r];switch(i.type){case"space":case"comment":case"newline":n-=i.source.length;continue}for(i=e[++r];i?.type==="space";)n+=i.source.length,i=e[++r];break}}return n}Fu.emptyScalarPosition=Qy});var Wu=P(xs=>{"use strict";d();var ew=pt(),nw=q(),tw=Eu(),Bu=Zu(),rw=Un(),iw=ju(),ow={composeNode:Uu,composeEmptyNode:ks};function Uu(n,e,t,r){let i=n.atKey,{spaceBefore:o,comment:s,anchor:a,tag:l}=t,c,u=!0;switch(e.type){case"alias":c=sw(n,e,r),(a||l)&&r(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=Bu.composeScalar(n,e,l,r),a&&(c.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=tw.composeCollection(ow,n,e,t,r),a&&(c.anchor=a.source.substring(1))}catch(p){let f=p instanceof Error?p.message:String(p);r(e,"RESOURCE_EXHAUSTION",f)}break;default:{let p=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;r(e,"UNEXPECTED_TOKEN",p),u=!1}}return c??(c=ks(n,e.offset,void 0,null,t,r)),a&&c.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&n.options.stringKeys&&(!nw.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&r(l??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),s&&(e.type==="scalar"&&e.source===""?c.comment=s:c.commentBefore=s),n.options.keepSourceTokens&&u&&(c.srcToken=e),c}function ks(n,e,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:l},c){let u={type:"scalar",offset:iw.emptyScalarPosition(e,t,r),indent:-1,source:""},p=Bu.composeScalar(n,u,a,c);return s&&(p.anchor=s.source.substring(1),p.anchor===""&&c(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),o&&(p.comment=o,p.range[2]=l),p}function sw({options:n},{offset:e,source:t,end:r},i){let o=new ew.Alias(t.substring(1));o.source===""&&i(e,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(e+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=e+t.length,a=rw.resolveEnd(r,s,n.strict,i);return o.range=[e,s,a.offset],a.comment&&(o.comment=a.comment),o}xs.composeEmptyNode=ks;xs.composeNode=Uu});var Vu=P(Gu=>{"use strict";d();var aw=Ct(),Ku=Wu(),cw=Un(),lw=zt();function uw(n,e,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:e},n),l=new aw.Document(void 0,a),c={atKey:!1,atRoot:!0,directives:l.directives,options:l.options,schema:l.schema},u=lw.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});u.found&&(l.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!u.hasNewline&&s(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),l.contents=i?Ku.composeNode(c,i,u,s):Ku.composeEmptyNode(c,u.end,r,null,u,s);let p=l.contents.range[2],f=cw.resolveEnd(o,p,!1,s);return f.comment&&(l.comment=f.comment),l.range=[t,p,f.offset],l}Gu.composeDoc=uw});var $s=P(Ju=>{"use strict";d();var fw=require("process"),dw=co(),pw=Ct(),Et=Tt(),Yu=q(),hw=Vu(),mw=Un();function It(n){if(typeof n=="number")return[n,n+1];if(Array.isArray(n))return n.length===2?n:[n[0],n[1]];let{offset:e,source:t}=n;return[e,e+(typeof t=="string"?t.length:1)]}function Hu(n){let e="",t=!1,r=!1;for(let i=0;i<n.length;++i){let o=n[i];switch(o[0]){case"#":e+=(e===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":n[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:e,afterEmptyLine:r}}var Ss=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=It(t);o?this.warnings.push(new Et.YAMLWarning(s,r,i)):this.errors.push(new Et.YAMLParseError(s,r,i))},this.directives=new dw.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){let{comment:r,afterEmptyLine:i}=Hu(this.prelude);if(r){let o=e.contents;if(t)e.comment=e.comment?`${e.comment}
${r}`:r;else if(i||e.directives.docStart||!o)e.commentBefore=r;else if(Yu.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];Yu.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)e.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)e.warnings.push(this.warnings[o])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Hu(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,r=-1){for(let i of e)yield*this.next(i);yield*this.end(t,r)}*next(e){switch(fw.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,r,i)=>{let o=It(e);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let t=hw.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,r=new Et.YAMLParseError(It(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new Et.YAMLParseError(It(e),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=mw.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new Et.YAMLParseError(It(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let r=Object.assign({_directives:this.directives},this.options),i=new pw.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};Ju.Composer=Ss});var ef=P(Jr=>{"use strict";d();var gw=ws(),yw=vs(),ww=Tt(),Xu=wt();function bw(n,e=!0,t){if(n){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new ww.YAMLParseError([a,a+1],o,s)};switch(n.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yw.resolveFlowScalar(n,e,r);case"block-scalar":return gw.resolveBlockScalar({options:{strict:e}},n,r)}}return null}function vw(n,e){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=e,a=Xu.stringifyString({type:s,value:n},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),l=e.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let c=a.indexOf(`
`),u=a.substring(0,c),p=a.substring(c+1)+`
`,f=[{type:"block-scalar-header",offset:o,indent:r,source:u}];return Qu(f,l)||f.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:f,source:p}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:l};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:l};default:return{type:"scalar",offset:o,indent:r,source:a,end:l}}}function kw(n,e,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in n?n.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(n.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let c=n.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let l=Xu.stringifyString({type:s,value:e},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(l[0]){case"|":case">":xw(n,l);break;case'"':_s(n,l,"double-quoted-scalar");break;case"'":_s(n,l,"single-quoted-scalar");break;default:_s(n,l,"scalar")}}function xw(n,e){let t=e.indexOf(`
`),r=e.substring(0,t),i=e.substring(t+1)+`
`;if(n.type==="block-scalar"){let o=n.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,n.source=i}else{let{offset:o}=n,s="indent"in n?n.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];Qu(a,"end"in n?n.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let l of Object.keys(n))l!=="type"&&l!=="offset"&&delete n[l];Object.assign(n,{type:"block-scalar",indent:s,props:a,source:i})}}function Qu(n,e){if(e)for(let t of e)switch(t.type){case"space":case"comment":n.push(t);break;case"newline":return n.push(t),!0}return!1}function _s(n,e,t){switch(n.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":n.type=t,n.source=e;break;case"block-scalar":{let r=n.props.slice(1),i=e.length;n.props[0].type==="block-scalar-header"&&(i-=n.props[0].source.length);for(let o of r)o.offset+=i;delete n.props,Object.assign(n,{type:t,source:e,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:n.offset+e.length,indent:n.indent,source:`
`};delete n.items,Object.assign(n,{type:t,source:e,end:[i]});break}default:{let r="indent"in n?n.indent:-1,i="end"in n&&Array.isArray(n.end)?n.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(n))o!=="type"&&o!=="offset"&&delete n[o];Object.assign(n,{type:t,indent:r,source:e,end:i})}}}Jr.createScalarToken=vw;Jr.resolveAsScalar=bw;Jr.setScalarValue=kw});var tf=P(nf=>{"use strict";d();var Sw=n=>"type"in n?Qr(n):Xr(n);function Qr(n){switch(n.type){case"block-scalar":{let e="";for(let t of n.props)e+=Qr(t);return e+n.source}case"block-map":case"block-seq":{let e="";for(let t of n.items)e+=Xr(t);return e}case"flow-collection":{let e=n.start.source;for(let t of n.items)e+=Xr(t);for(let t of n.end)e+=t.source;return e}case"document":{let e=Xr(n);if(n.end)for(let t of n.end)e+=t.source;return e}default:{let e=n.source;if("end"in n&&n.end)for(let t of n.end)e+=t.source;return e}}}function Xr({start:n,key:e,sep:t,value:r}){let i="";for(let o of n)i+=o.source;if(e&&(i+=Qr(e)),t)for(let o of t)i+=o.source;return r&&(i+=Qr(r)),i}nf.stringify=Sw});var af=P(sf=>{"use strict";d();var As=Symbol("break visit"),$w=Symbol("skip children"),rf=Symbol("remove item");function gn(n,e){"type"in n&&n.type==="document"&&(n={start:n.start,value:n.value}),of(Object.freeze([]),n,e)}gn.BREAK=As;gn.SKIP=$w;gn.REMOVE=rf;gn.itemAtPath=(n,e)=>{let t=n;for(let[r,i]of e){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};gn.parentCollection=(n,e)=>{let t=gn.itemAtPath(n,e.slice(0,-1)),r=e[e.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function of(n,e,t){let r=t(e,n);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=e[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=of(Object.freeze(n.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===As)return As;a===rf&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(e,n))}}return typeof r=="function"?r(e,n):r}sf.visit=gn});var ei=P(ue=>{"use strict";d();var Ps=ef(),_w=tf(),Aw=af(),Os="\uFEFF",Cs="",Ms="",Ns="",Pw=n=>!!n&&"items"in n,Ow=n=>!!n&&(n.type==="scalar"||n.type==="single-quoted-scalar"||n.type==="double-quoted-scalar"||n.type==="block-scalar");function Cw(n){switch(n){case Os:return"<BOM>";case Cs:return"<DOC>";case Ms:return"<FLOW_END>";case Ns:return"<SCALAR>";default:return JSON.stringify(n)}}function Mw(n){switch(n){case Os:return"byte-order-mark";case Cs:return"doc-mode";case Ms:return"flow-error-end";case Ns:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(n[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}ue.createScalarToken=Ps.createScalarToken;ue.resolveAsScalar=Ps.resolveAsScalar;ue.setScalarValue=Ps.setScalarValue;ue.stringify=_w.stringify;ue.visit=Aw.visit;ue.BOM=Os;ue.DOCUMENT=Cs;ue.FLOW_END=Ms;ue.SCALAR=Ns;ue.isCollection=Pw;ue.isScalar=Ow;ue.prettyToken=Cw;ue.tokenType=Mw});var Es=P(lf=>{"use strict";d();var Rt=ei();function ke(n){switch(n){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var cf=new Set("0123456789ABCDEFabcdef"),Nw=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),ni=new Set(",[]{}"),Tw=new Set(` ,[]{}
\r	`),Ts=n=>!n||Tw.has(n),zs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;t===" "||t==="	";)t=this.buffer[++e];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[e+1]===`
`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+e];if(t==="\r"){let i=this.buffer[r+e+1];if(i===`
`||!i&&!this.atEnd)return e+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(e,3);if((r==="---"||r==="...")&&ke(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===Rt.BOM&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let t=e.length,r=e.indexOf("#");for(;r!==-1;){let o=e[r-1];if(o===" "||o==="	"){t=r-1;break}else r=e.indexOf("#",r+1)}for(;;){let o=e[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield Rt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&ke(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!ke(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&ke(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Ts),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,r=-1;do e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(e+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&ke(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield Rt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Ts),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||ke(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),t=this.buffer.indexOf(e,this.pos+1);if(e==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let t=this.buffer[++e];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>ke(t)||t==="#")}*parseBlockScalar(){let e=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:e=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(e+1);if(o===-1)break;e=this.buffer.indexOf(`
`,o)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep)do{let o=e-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)e=o;else break}while(!0);return yield Rt.SCALAR,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(ke(o)||e&&ni.has(o))break;t=r}else if(ke(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||e&&ni.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(e&&ni.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield Rt.SCALAR,yield*this.pushToIndex(t+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){let r=this.buffer.slice(this.pos,e);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(Ts),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(ke(r)||t&&ni.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,t=this.buffer[e];for(;!ke(t)&&t!==">";)t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,!1)}else{let e=this.pos+1,t=this.buffer[e];for(;t;)if(Nw.has(t))t=this.buffer[++e];else if(t==="%"&&cf.has(this.buffer[e+1])&&cf.has(this.buffer[e+2]))t=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||e&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(e){let t=this.pos,r=this.buffer[t];for(;!e(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};lf.Lexer=zs});var Rs=P(uf=>{"use strict";d();var Is=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<e?t=o+1:r=o}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};let i=this.lineStarts[t-1];return{line:t,col:e-i+1}}}};uf.LineCounter=Is});var Ds=P(mf=>{"use strict";d();var zw=require("process"),ff=ei(),Ew=Es();function Xe(n,e){for(let t=0;t<n.length;++t)if(n[t].type===e)return!0;return!1}function df(n){for(let e=0;e<n.length;++e)switch(n[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function hf(n){switch(n?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function ti(n){switch(n.type){case"document":return n.start;case"block-map":{let e=n.items[n.items.length-1];return e.sep??e.start}case"block-seq":return n.items[n.items.length-1].start;default:return[]}}function Wn(n){if(n.length===0)return[];let e=n.length;e:for(;--e>=0;)switch(n[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;n[++e]?.type==="space";);return n.splice(e,n.length)}function ri(n,e){if(e.length<1e5)Array.prototype.push.apply(n,e);else for(let t=0;t<e.length;++t)n.push(e[t])}function pf(n){if(n.start.type==="flow-seq-start")for(let e of n.items)e.sep&&!e.value&&!Xe(e.start,"explicit-key-ind")&&!Xe(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,hf(e.value)?e.value.end?ri(e.value.end,e.sep):e.value.end=e.sep:ri(e.start,e.sep),delete e.sep)}var Ls=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Ew.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(e,t))yield*this.next(r);t||(yield*this.end())}*next(e){if(this.source=e,zw.env.LOG_TOKENS&&console.log("|",ff.prettyToken(e)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let t=ff.tokenType(e);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let r=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let t=e??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&pf(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&df(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{df(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let t=ti(this.peek(2)),r=Wn(t),i;e.end?(i=e.end,i.push(this.sourceToken),delete e.end):i=[this.sourceToken];let o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){ri(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let r=!this.onKeyLine&&this.indent===e.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let l=t.sep[a];switch(l.type){case"newline":s.push(a);break;case"space":break;case"comment":l.indent>e.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),e.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),e.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Xe(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(hf(t.key)&&!Xe(t.sep,"newline")){let s=Wn(t.start),a=t.key,l=t.sep;l.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:l}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(Xe(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=Wn(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?e.items.push({start:o,key:null,sep:[this.sourceToken]}):Xe(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(e.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Xe(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&e.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){ri(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;t.value||Xe(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>e.indent){let r=this.startBlockValue(e);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?e.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let r=this.startBlockValue(e);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===e.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=ti(r),o=Wn(i);pf(e);let s=e.end.splice(1,e.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:o,key:e,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=ti(e),r=Wn(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=ti(e),r=Wn(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return this.type!=="comment"||this.indent<=t?!1:e.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};mf.Parser=Ls});var vf=P(Dt=>{"use strict";d();var gf=$s(),Iw=Ct(),Lt=Tt(),Rw=xo(),Lw=q(),Dw=Rs(),yf=Ds();function wf(n){let e=n.prettyErrors!==!1;return{lineCounter:n.lineCounter||e&&new Dw.LineCounter||null,prettyErrors:e}}function qw(n,e={}){let{lineCounter:t,prettyErrors:r}=wf(e),i=new yf.Parser(t?.addNewLine),o=new gf.Composer(e),s=Array.from(o.compose(i.parse(n)));if(r&&t)for(let a of s)a.errors.forEach(Lt.prettifyError(n,t)),a.warnings.forEach(Lt.prettifyError(n,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function bf(n,e={}){let{lineCounter:t,prettyErrors:r}=wf(e),i=new yf.Parser(t?.addNewLine),o=new gf.Composer(e),s=null;for(let a of o.compose(i.parse(n),!0,n.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new Lt.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(Lt.prettifyError(n,t)),s.warnings.forEach(Lt.prettifyError(n,t))),s}function Zw(n,e,t){let r;typeof e=="function"?r=e:t===void 0&&e&&typeof e=="object"&&(t=e);let i=bf(n,t);if(!i)return null;if(i.warnings.forEach(o=>Rw.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function Fw(n,e,t){let r=null;if(typeof e=="function"||Array.isArray(e)?r=e:t===void 0&&e&&(t=e),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(n===void 0){let{keepUndefined:i}=t??e??{};if(!i)return}return Lw.isDocument(n)&&!r?n.toString(t):new Iw.Document(n,r,t).toString(t)}Dt.parse=Zw;Dt.parseAllDocuments=qw;Dt.parseDocument=bf;Dt.stringify=Fw});var yn=P(F=>{"use strict";d();var jw=$s(),Bw=Ct(),Uw=is(),qs=Tt(),Ww=pt(),Qe=q(),Kw=Ve(),Gw=V(),Vw=He(),Yw=Je(),Hw=ei(),Jw=Es(),Xw=Rs(),Qw=Ds(),ii=vf(),kf=lt();F.Composer=jw.Composer;F.Document=Bw.Document;F.Schema=Uw.Schema;F.YAMLError=qs.YAMLError;F.YAMLParseError=qs.YAMLParseError;F.YAMLWarning=qs.YAMLWarning;F.Alias=Ww.Alias;F.isAlias=Qe.isAlias;F.isCollection=Qe.isCollection;F.isDocument=Qe.isDocument;F.isMap=Qe.isMap;F.isNode=Qe.isNode;F.isPair=Qe.isPair;F.isScalar=Qe.isScalar;F.isSeq=Qe.isSeq;F.Pair=Kw.Pair;F.Scalar=Gw.Scalar;F.YAMLMap=Vw.YAMLMap;F.YAMLSeq=Yw.YAMLSeq;F.CST=Hw;F.Lexer=Jw.Lexer;F.LineCounter=Xw.LineCounter;F.Parser=Qw.Parser;F.parse=ii.parse;F.parseAllDocuments=ii.parseAllDocuments;F.parseDocument=ii.parseDocument;F.stringify=ii.stringify;F.visit=kf.visit;F.visitAsync=kf.visitAsync});d();d();var Ne=require("node:fs"),Cn=_e(require("node:path"));d();d();d();d();d();function Ri(n){let e=Object.values(n).filter(r=>typeof r=="number");return Object.entries(n).filter(([r,i])=>e.indexOf(+r)===-1).map(([r,i])=>i)}function $a(n,e){return typeof e=="bigint"?e.toString():e}var Ii=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function _a(n){return new Ii(n)}function Aa(n){return n==null}function Li(n){let e=n.startsWith("^")?1:0,t=n.endsWith("$")?n.length-1:n.length;return n.slice(e,t)}function Pa(n,e,t){Object.defineProperty(n,e,{value:t,writable:!0,enumerable:!0,configurable:!0})}var Di="captureStackTrace"in Error?Error.captureStackTrace:(...n)=>{};function Qt(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}function Oa(n){if(Qt(n)===!1)return!1;let e=n.constructor;if(e===void 0||typeof e!="function")return!0;let t=e.prototype;return!(Qt(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var Ca=new Set(["string","number","symbol"]);function tt(n){return n.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function rt(n,e,t){let r=new n._zod.constr(e??n._zod.def);return(!e||t?.parent)&&(r._zod.parent=n),r}function J(n){let e=n;if(!e)return{};if(typeof e=="string")return{error:()=>e};if(e?.message!==void 0){if(e?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");e.error=e.message}return delete e.message,typeof e.error=="string"?{...e,error:()=>e.error}:e}function Ma(n){return Object.keys(n).filter(e=>n[e]._zod.optin!==void 0&&n[e]._zod.optout==="optional")}var Na={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function Te(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue!==!0)return!0;return!1}function Ta(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue===!1)return!0;return!1}function Ze(n,e){return e.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(n),t})}function nt(n){return typeof n=="string"?n:n?.message}function qi(n){let e=[];for(let t of n??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&e.push([i,t])}return e}function er(n,e,t){var r;for(let i=e;i<n.length;i++)(r=n[i]).schema??(r.schema=t)}function ze(n,e,t){var r;let i=n.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=n).schema??(r.schema=n.inst):n.schema=n.inst);let o=n.schema!==n.inst?n.schema?._zod.def?.error:void 0,s=n.message?n.message:nt(n.inst?._zod.def?.error?.(n))??nt(o?.(n))??nt(e?.error?.(n))??nt(t.customError?.(n))??nt(t.localeError?.(n))??"Invalid input",a={};for(let l of Object.keys(n))l==="inst"||l==="schema"||l==="continue"||l==="input"||l==="__proto__"||(a[l]=n[l]);return a.path??(a.path=[]),a.message=s,e?.reportInput&&(a.input=n.input),a}var Mp=/[\uD800-\uDBFF]/;function za(n){let e=n.length;if(!Mp.test(n))return e;let t=e;for(let r=0;r<e-1;r++)(n.charCodeAt(r)&64512)===55296&&(n.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function Ea(n){return Array.isArray(n)?"array":typeof n=="string"?"string":"unknown"}function nr(...n){let[e,t,r]=n;return typeof e=="string"?{message:e,code:"custom",input:t,inst:r}:{...e}}function Ia(n,e){for(let t in e){let r=Object.getOwnPropertyDescriptor(e,t);r.get?Object.defineProperty(n,t,{...r,enumerable:!1}):Np(n,t,r.value)}}function cn(n,e,t,r=!0){return Object.defineProperty(n,e,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function Zi(n,e,t){return cn(n,e,t,!1)}function Np(n,e,t){Object.defineProperty(n,e,{configurable:!0,get(){return this==null?t:cn(this,e,t.bind(this))},set(r){cn(this,e,r)}})}function Tp(n,e){let t=Object.getPrototypeOf(n);return e in t?void 0:t}var Ei,qe=!1,zp={configurable:!0,get(){qe=!0}};function we(n,e,t){let r=Object.getPrototypeOf(n._zod);if(e in r&&Ei!==n._zod){Ei=void 0;return}Ei=n._zod,Object.defineProperty(r,e,{configurable:!0,get(){Object.defineProperty(this,e,zp);let i=qe;qe=!1;try{let o=t(this);return qe?delete this[e]:Object.defineProperty(this,e,{configurable:!0,writable:!0,value:o}),qe=qe||i,o}catch(o){throw delete this[e],qe=qe||i,o}},set(i){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:i})}})}function Ra(n,e,t,r){let i=Tp(n,e);i&&Object.defineProperty(i,e,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,e,o),o.value=t(this),Object.defineProperty(this,e,o),o.value},set(o){Object.defineProperty(this,e,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var La;var Fi={value:void 0,enumerable:!1},Da="captureStackTrace"in Error?Error:null;function Ep(n){let e=Da;if(e){let t=e.stackTraceLimit;if(typeof t=="number"){try{e.stackTraceLimit=0}catch{return Da=null,new n}try{return new n}finally{e.stackTraceLimit=t}}}return new n}function R(n,e,t,r){let i={};function o(f){this.def=f,this.constr=p,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function l(f,h){if(f._zod){if(f._zod.traits.has(n))return}else{Fi.value=new o(h);try{Object.defineProperty(f,"_zod",Fi)}finally{Fi.value=void 0}}if(f._zod.traits.add(n),e(f,h),a){let m=Object.getPrototypeOf(f),y=f._zod.constr.prototype,b=m;for(;b&&b!==y;)b=Object.getPrototypeOf(b);let S=b??m;a.has(S)||(a.add(S),Ia(S,s))}let g=p.prototype;for(let m in g)Object.prototype.hasOwnProperty.call(g,m)&&(m in f||(f[m]=g[m].bind(f)))}let c=r?.Parent??Object;class u extends c{}Object.defineProperty(u,"name",{value:n});function p(f){let h=r?.Parent?Ep(u):this;l(h,f);let g=h._zod.deferred;if(g){for(let y of g)y();h._zod.deferred=void 0}let m=globalThis.__zod_globalConfig?.postProcessor;return m&&m(h),h}return Object.defineProperty(p,"init",{value:l}),Object.defineProperty(p,Symbol.hasInstance,{value:f=>r?.Parent&&f instanceof r.Parent?!0:f?._zod?.traits?.has(n)}),Object.defineProperty(p,"name",{value:n}),p}var Ee=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(La=globalThis).__zod_globalConfig??(La.__zod_globalConfig={});var Nn=globalThis.__zod_globalConfig;function Ae(n){return n&&Object.assign(Nn,n),Nn}d();d();function Ip(){let n=this._zod;return n.message??(n.message=JSON.stringify(n.def,$a,2)),n.message}function Rp(n){this._zod.message=n}var Lp={get:Ip,set:Rp,enumerable:!0,configurable:!0},Bi={value:void 0,enumerable:!1},qa=new WeakSet([Object.prototype,Error.prototype]),Za=(n,e)=>{n.name="$ZodError",Bi.value=e,Object.defineProperty(n,"issues",Bi),Bi.value=void 0,Object.defineProperty(n,"message",Lp);let t=Object.getPrototypeOf(n);qa.has(t)||(qa.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},zv=R("$ZodError",Za),it=R("$ZodError",Za,void 0,{Parent:Error});var qp=n=>{let e=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new Ee;if(a.issues.length){let l=new(o?.Err??n)(a.issues.map(c=>ze(c,s,Ae())));throw Di(l,o?.callee??e),l}return a.value};return e},Ui=qp(it),Zp=n=>{let e=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let l=new(o?.Err??n)(a.issues.map(c=>ze(c,s,Ae())));throw Di(l,o?.callee??e),l}return a.value};return e},Wi=Zp(it),Fp=n=>(e,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=e._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new Ee;return o.issues.length?Fa(n,o.issues,i):{success:!0,data:o.value}},Ki=Fp(it);function Fa(n,e,t){let r;return{success:!1,get error(){return r||(r=new n(e.map(i=>ze(i,t,Ae()))),e=void 0,t=void 0),r},set error(i){r=i,e=void 0,t=void 0}}}var jp=n=>async(e,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=e._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?Fa(n,o.issues,i):{success:!0,data:o.value}},Gi=jp(it);d();d();d();var ja=/^[\s\S]{0,}$/;var Vi=/^-?\d+(?:\.\d+)?$/,Ba=/^(?:true|false)$/i;var je=R("$ZodCheck",(n,e)=>{var t;n._zod??(n._zod={}),n._zod.def=e,(t=n._zod).onattach??(t.onattach=[])});var Bp=n=>{let e=n.value;return!Aa(e)&&e.length!==void 0},Ua={number:"number",bigint:"bigint",object:"date"};var Hi=R("$ZodCheckGreaterThan",(n,e)=>{je.init(n,e);let t=Ua[typeof e.value];n._zod.check=r=>{(e.inclusive?r.value>=e.value:r.value>e.value)||r.issues.push({origin:Ua[typeof r.value]??t,code:"too_small",minimum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:n,continue:!e.abort})}});var Wa=R("$ZodCheckNumberFormat",(n,e)=>{je.init(n,e),e.format=e.format||"float64";let t=e.format?.includes("int"),r=t?"int":"number",[i,o]=Na[e.format];n._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:e.format,code:"invalid_type",continue:!1,input:a,inst:n});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:n,continue:!e.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:n,continue:!e.abort})}});var Ka=R("$ZodCheckMinLength",(n,e)=>{var t;je.init(n,e),(t=n._zod.def).when??(t.when=Bp),n._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=e.minimum&&o<e.minimum*2?za(i):o)>=e.minimum)return;let a=Ea(i);r.issues.push({origin:a,code:"too_small",minimum:e.minimum,inclusive:!0,input:i,inst:n,continue:!e.abort})}});var Ga=R("$ZodCheckStringFormat",(n,e)=>{var t,r;je.init(n,e),e.pattern?(t=n._zod).check??(t.check=i=>{e.pattern.lastIndex=0,!e.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:e.format,input:i.value,...e.pattern?{pattern:e.pattern.toString()}:{},inst:n,continue:!e.abort})}):(r=n._zod).check??(r.check=()=>{})}),Va=R("$ZodCheckRegex",(n,e)=>{Ga.init(n,e),n._zod.check=t=>{e.pattern.lastIndex=0,!e.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:e.pattern.toString(),inst:n,continue:!e.abort})}});d();var Ha={major:4,minor:6,patch:7};var he=R("$ZodType",(n,e)=>{var t;n??(n={}),n._zod.def=e,n._zod.bag=n._zod.bag||{},n._zod.version=Ha;let r=n._zod.def.checks,i=n._zod.traits.has("$ZodCheck")?[n,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(n);if(i.length===0)(t=n._zod).deferred??(t.deferred=[]),n._zod.deferred?.push(()=>{n._zod.run=n._zod.parse});else{let o=(a,l,c)=>{if(a.memo)return a;let u=Te(a),p;for(let f of l){if(f._zod.def.when){if(Ta(a)||!f._zod.def.when(a))continue}else if(u)continue;let h=a.issues.length,g=f._zod.check(a);if(g instanceof Promise&&c?.async===!1)throw new Ee;if(p||g instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await g,a.issues.length!==h&&(er(a.issues,h,n),u||(u=Te(a,h)))});else{if(a.issues.length===h)continue;er(a.issues,h,n),u||(u=Te(a,h))}}return p?p.then(()=>a):a},s=(a,l,c)=>{if(Te(a))return a.aborted=!0,a;let u=o(l,i,c);if(u instanceof Promise){if(c.async===!1)throw new Ee;return u.then(p=>n._zod.parse(p,c))}return n._zod.parse(u,c)};n._zod.run=(a,l)=>{if(l.skipChecks)return n._zod.parse(a,l);if(l.direction==="backward"){let u=n._zod.parse({value:a.value,issues:[]},{...l,skipChecks:!0});return u instanceof Promise?u.then(p=>s(p,a,l)):s(u,a,l)}let c=n._zod.parse(a,l);if(c instanceof Promise){if(l.async===!1)throw new Ee;return c.then(u=>o(u,i,l))}return o(c,i,l)}}},{get"~standard"(){return Zi(this,"~standard",Wp(this))},set"~standard"(n){cn(this,"~standard",n)}}),ec=(n,e)=>n.issues.length?{issues:n.issues.map(t=>ze(t,e,Ae()))}:{value:n.value};async function Up(n,e){let t={async:!0};return ec(await n._zod.run({value:e,issues:[]},t),t)}function Wp(n){return{validate:e=>{let t={async:!1};try{let r=n._zod.run({value:e,issues:[]},t);if(!(r instanceof Promise))return ec(r,t)}catch{}return Up(n,e)},vendor:"zod",version:1}}var nc=R("$ZodString",(n,e)=>{he.init(n,e),n._zod.pattern=e.pattern??ja,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:n}),t}});var Ji=R("$ZodNumber",(n,e)=>{he.init(n,e),n._zod.pattern=Vi,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:n,...o?{received:o}:{}}),t}}),tc=R("$ZodNumberFormat",(n,e)=>{Wa.init(n,e),Ji.init(n,e)}),rc=R("$ZodBoolean",(n,e)=>{he.init(n,e),n._zod.pattern=Ba,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:n}),t}});var ic=R("$ZodNever",(n,e)=>{he.init(n,e),n._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:n}),t)});function Kp(n,e){let t=qi(n._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=n._zod.parse;n._zod.parse=(o,s)=>{let a=e(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[l,c]of qi(n._zod.def.checks))if(a>l&&c._zod.def.when(o)){let u=o.issues.length;return c._zod.check(o),o.issues[u].continue=!1,er(o.issues,u,n),o}}return i(o,s)}}var Gp=n=>Array.isArray(n)?n.length:-1;function Ja(n,e,t){n.issues.length&&e.issues.push(...Ze(t,n.issues)),e.value[t]=n.value}var oc=R("$ZodArray",(n,e)=>{he.init(n,e);let t=Nn.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:n}),r;r.value=t?t.alloc(n,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let l=0;l<o.length;l++){let c=o[l],u=e.element._zod.run({value:c,issues:[]},i);if(u instanceof Promise)s.push(u.then(p=>Ja(p,r,l)));else if(Ja(u,r,l),a&&u.issues.length!==0&&Te(u))break}return s.length?Promise.all(s).then(()=>r):r},Kp(n,Gp)});function tr(n,e,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(n.issues.length){if(i!==void 0&&a&&!s)return;e.issues.push(...Ze(t,n.issues))}if(!s&&i===void 0){n.issues.length||e.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}n.value===void 0?(s||i==="defaulted"&&!a)&&(e.value[t]=void 0):e.value[t]=n.value}}var Vp=[];function Yp(n){let e=Object.keys(n.shape),t=Object.getOwnPropertySymbols(n.shape),r=t.length?t:Vp,i=r.length?[...e,...r]:e;for(let s of i)if(!n.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Ma(n.shape);return{...n,allKeys:i,symbolKeys:r,keySet:new Set(e),numKeys:e.length,optionalKeys:new Set(o)}}function Hp(n,e,t,r,i,o,s){let a=[],l=i.keySet,c=i.catchall._zod,u=c.def.type,p=c.optin,f=c.optout,h=0;for(let g in e){if(s&&t.issues.length!==h){if(Te(t,h))break;h=t.issues.length}if(l.has(g))continue;if(g==="__proto__"){u==="never"&&a.push(g);continue}if(u==="never"){a.push(g);continue}let m=c.run({value:e[g],issues:[]},r);m instanceof Promise?n.push(m.then(y=>tr(y,t,g,e,p,f))):tr(m,t,g,e,p,f)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:e,inst:o,continue:!0}),n.length?Promise.all(n).then(()=>t):t}var sc=R("$ZodObject",(n,e)=>{he.init(n,e);let t=Object.getOwnPropertyDescriptor(e,"shape"),r=t?.get?t.get.raw:e.shape??{};if(r){let c=()=>{let u={...r};return Object.defineProperty(e,"shape",{value:u}),c.raw=u,u};c.raw=r,Object.defineProperty(e,"shape",{get:c})}let i=_a(()=>Yp(e));we(n,"propValues",c=>{let u=c.def.shape,p={};for(let f in u){let h=u[f]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,f)||Pa(p,f,new Set);for(let g of h.values)p[f].add(g);h.optin!==void 0&&p[f].add(void 0)}}return p});let o=Qt,s=e.catchall,a,l=Nn.memoizer;l?.attach(n),n._zod.parse=(c,u)=>{a??(a=i.value);let p=c.value;if(!o(p))return c.issues.push({expected:"object",code:"invalid_type",input:p,inst:n}),c;c.value=l?l.alloc(n,c,{},u):{};let f=[],h=a.shape,g=u?.abortEarly,m=c.issues.length;for(let y of a.allKeys){if(g&&c.issues.length!==m){if(Te(c,m))break;m=c.issues.length}if(y==="__proto__")continue;let b=h[y],S=b._zod.optin,A=b._zod.optout,x=b._zod.run({value:p[y],issues:[]},u);x instanceof Promise?f.push(x.then(O=>tr(O,c,y,p,S,A))):tr(x,c,y,p,S,A)}return s?Hp(f,p,c,u,i.value,n,g===!0):f.length?Promise.all(f).then(()=>c):c}});function Xa(n,e,t,r){for(let o of n)if(o.issues.length===0)return e.value=o.value,e;let i=n.filter(o=>!Te(o));return i.length===1?(e.value=i[0].value,i[0]):(e.issues.push({code:"invalid_union",input:e.value,inst:t,errors:n.map(o=>o.issues.map(s=>ze(s,r,Ae())))}),e)}var ac=R("$ZodUnion",(n,e)=>{he.init(n,e),we(n,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),we(n,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),we(n,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),we(n,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>Li(o.source)).join("|")})$`)}});let t=e.options.length===1?e.options[0]._zod.run:null;n._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of e.options){let l=a._zod.run({value:r.value,issues:[]},i);if(l instanceof Promise)s.push(l),o=!0;else{if(l.issues.length===0)return l;s.push(l)}}return o?Promise.all(s).then(a=>Xa(a,r,n,i)):Xa(s,r,n,i)}});var cc=R("$ZodRecord",(n,e)=>{he.init(n,e);let t=Nn.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Oa(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:n}),r;let s=[],a=e.keyType._zod.values;if(a&&!e.partial){r.value=t?t.alloc(n,r,{},i):{};let l=new Set;for(let u of a)if(typeof u=="string"||typeof u=="number"||typeof u=="symbol"){if(l.add(typeof u=="number"?u.toString():u),u==="__proto__")continue;let p=e.keyType._zod.run({value:u,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(g=>ze(g,i,Ae())),input:u,path:[u],inst:n});continue}let f=p.value;if(f==="__proto__")continue;let h=e.valueType._zod.run({value:o[u],issues:[]},i);h instanceof Promise?s.push(h.then(g=>{g.issues.length&&r.issues.push(...Ze(u,g.issues)),r.value[f]=g.value})):(h.issues.length&&r.issues.push(...Ze(u,h.issues)),r.value[f]=h.value)}let c;for(let u in o)if(!l.has(u))if(e.mode==="loose"){if(u==="__proto__")continue;r.value[u]=o[u]}else c=c??[],c.push(u);c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:c,continue:!0})}else{r.value=t?t.alloc(n,r,{},i):{};let l;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let u=e.keyType._zod.run({value:c,issues:[]},i);if(u instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&Vi.test(c)&&u.issues.length){let g=e.keyType._zod.run({value:Number(c),issues:[]},i);if(g instanceof Promise)throw new Error("Async schemas not supported in object keys currently");g.issues.length===0&&(u=g)}if(u.issues.length){e.mode==="loose"?r.value[c]=o[c]:a?(l=l??[],l.push(c)):r.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(g=>ze(g,i,Ae())),input:c,path:[c],inst:n});continue}let f=u.value;if(f==="__proto__")continue;let h=e.valueType._zod.run({value:o[c],issues:[]},i);h instanceof Promise?s.push(h.then(g=>{g.issues.length&&r.issues.push(...Ze(c,g.issues)),r.value[f]=g.value})):(h.issues.length&&r.issues.push(...Ze(c,h.issues)),r.value[f]=h.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:l,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var lc=R("$ZodEnum",(n,e)=>{he.init(n,e);let t=Ri(e.entries),r=new Set(t);n._zod.values=r,we(n,"pattern",i=>{let o=Ri(i.def.entries).filter(s=>Ca.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>tt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:n}),i}}),uc=R("$ZodLiteral",(n,e)=>{he.init(n,e);let t=new Set(e.values);n._zod.values=t,we(n,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?tt(o):o?tt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:e.values,input:o,inst:n}),r}});function Qa(n,e){return n.value=e.issues.length?void 0:e.value,n}var fc=R("$ZodOptional",(n,e)=>{he.init(n,e),we(n,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),n._zod.optout="optional",we(n,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),we(n,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${Li(r.source)})?$`):void 0}),n._zod.parse=(t,r)=>{if(t.value===void 0){if(e.innerType._zod.optin!=="defaulted")return t;let i=e.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>Qa(t,o)):Qa(t,i)}return e.innerType._zod.run(t,r)}});d();var dc;var Xi=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){let r=t[0];return this._map.set(e,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){let t=this._map.get(e);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){let t=e._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(e)};return Object.keys(i).length?i:void 0}return this._map.get(e)}has(e){return this._map.has(e)}};function pc(){return new Xi}(dc=globalThis).__zod_globalRegistry??(dc.__zod_globalRegistry=pc());var Tn=globalThis.__zod_globalRegistry;d();function hc(n){return n.checks&&(n.checks=[...n.checks]),n}function mc(n,e){return new n(hc({type:"string",...J(e)}))}function gc(n,e){return new n(hc({type:"number",checks:[],...J(e)}))}function yc(n,e){return new n({type:"number",check:"number_format",abort:!1,format:"safeint",...J(e)})}function wc(n,e){return new n({type:"boolean",...J(e)})}function bc(n,e){return new n({type:"never",...J(e)})}function vc(n,e){return new Hi({check:"greater_than",...J(e),value:n,inclusive:!1})}function zn(n,e){return new Hi({check:"greater_than",...J(e),value:n,inclusive:!0})}function Qi(n){return vc(0,n)}function rr(n,e){return new Ka({check:"min_length",...J(e),minimum:n})}function ot(n,e){return new Va({check:"string_format",format:"regex",...J(e),pattern:n})}function kc(n,e){let t=Xp(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(nr(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(nr(o))}},n(r.value,r)),e);return t}function Xp(n,e){let t=new je({check:"custom",...J(e)});return t._zod.check=n,t}d();d();var be=R("ZodMiniType",(n,e)=>{if(!n._zod)throw new Error("Uninitialized schema in ZodMiniType.");he.init(n,e),n.def=e,n.type=e.type},{get with(){return this.check},set with(n){cn(this,"with",n)},parse(n,e){return Ui(this,n,e,{callee:this.parse})},parseAsync(n,e){return Wi(this,n,e,{callee:this.parseAsync})},safeParse(n,e){return Ki(this,n,e)},safeParseAsync(n,e){return Gi(this,n,e)},check(...n){let e=this.def;return this.clone({...e,checks:[...e.checks??[],...n.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(n,e){return rt(this,n,e)},brand(){return this},register(n,e){return n.add(this,e),this},apply(n,...e){return e.length===0?n(this):n(this,...e)}}),nh=R("ZodMiniString",(n,e)=>{nc.init(n,e),be.init(n,e)});function ee(n){return mc(nh,n)}var Sc=R("ZodMiniNumber",(n,e)=>{Ji.init(n,e),be.init(n,e)});function eo(n){return gc(Sc,n)}var th=R("ZodMiniNumberFormat",(n,e)=>{tc.init(n,e),Sc.init(n,e)});function no(n){return yc(th,n)}var rh=R("ZodMiniBoolean",(n,e)=>{rc.init(n,e),be.init(n,e)});function Be(n){return wc(rh,n)}var ih=R("ZodMiniNever",(n,e)=>{ic.init(n,e),be.init(n,e)});function oh(n){return bc(ih,n)}var sh=R("ZodMiniArray",(n,e)=>{oc.init(n,e),be.init(n,e)});function ln(n,e){return new sh({type:"array",element:n,...J(e)})}var ah=R("ZodMiniObject",(n,e)=>{sc.init(n,e),be.init(n,e),Ra(n,"shape",t=>t._zod.def.shape,!1)});function Pe(n,e){return new ah({type:"object",shape:n,catchall:oh(),...J(e)})}var ch=R("ZodMiniUnion",(n,e)=>{ac.init(n,e),be.init(n,e)});function to(n,e){return new ch({type:"union",options:n,...J(e)})}var xc=R("ZodMiniRecord",(n,e)=>{cc.init(n,e),be.init(n,e)});function $c(n,e,t){return!e||!e._zod?new xc({type:"record",keyType:ee(),valueType:n,...J(e)}):new xc({type:"record",keyType:n,valueType:e,...J(t)})}var lh=R("ZodMiniEnum",(n,e)=>{lc.init(n,e),be.init(n,e),n.options=[...n._zod.values]});function ce(n,e){let t=Array.isArray(n)?Object.fromEntries(n.map(r=>[r,r])):n;return new lh({type:"enum",entries:t,...J(e)})}var uh=R("ZodMiniLiteral",(n,e)=>{uc.init(n,e),be.init(n,e)});function st(n,e){return new uh({type:"literal",values:Array.isArray(n)?n:[n],...J(e)})}var fh=R("ZodMiniOptional",(n,e)=>{fc.init(n,e),be.init(n,e)});function un(n){return new fh({type:"optional",innerType:n})}function ir(n,e){return kc(n,e)}d();var at=/^[a-z][a-z0-9-]*$/;function oe(n,e){return Tn.add(n,{description:e}),n}var D=(n,e)=>un(oe(n,e)),ro=n=>oe(ee().check(ot(at,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${n} id: lowercase letters, digits and dashes, starting with a letter`),_c=["product-led","marketing-led","sales-led"],hh=["self-serve","product-led-sales","sales-led"],mh=["one-to-many","single-player"],gh=["freemium","trial","freemium-and-trial","none"],yh=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],or=["error","warning","info","off"],sr=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan","non-monotonic-limit","non-monotonic-price","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","no-upgrade-trigger","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],En=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan"],ct=sr.filter(n=>n!=="unused-accept"&&!En.includes(n)),wh=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],Ac=["seat","workspace","account","usage"],Pc=["month","year"],bh=n=>oe(ee().check(ot(/\S/,{error:"must not be empty"})),n),vh=oe(Pe({name:oe(ee().check(rr(1)),"The product name"),url:D(ee(),"The product web site")}),"The product this file packages"),kh=oe(Pe({acquisition:D(ce(_c),"How users find the product (default product-led)"),retention:D(ce(_c),"What keeps users coming back (default product-led)"),monetization:D(ce(hh),"How revenue is collected (default self-serve)"),relationship:D(ce(mh),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:D(ce(gh),"The free offer (default freemium)"),trialDays:D(no().check(Qi()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:D(ln(ce(yh)),"Why there is a free offer at all"),qualifiedBy:D(ln(ce(wh)),"The product signals that qualify an account for sales (product-qualified leads)")}).check(ir((n,e)=>{typeof n.trialDays=="number"&&n.freeOffer!=="trial"&&n.freeOffer!=="freemium-and-trial"&&e.addIssue({code:"custom",path:["trialDays"],input:n.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${n.freeOffer??"freemium, the default"})`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Oc=oe(to([eo().check(zn(0)),st("contact-sales")]),"A number >= 0, or contact-sales"),Cc=oe(Pe({id:ro("Plan"),name:D(ee(),"Display name (default: id)"),price:Oc,per:D(ce(Ac),"What the price is per"),period:D(ce(Pc),"Billing period"),minSeats:D(no().check(zn(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:D(Be(),"Bought through sales even when it has a list price")}).check(ir((n,e)=>{typeof n.minSeats=="number"&&n.per!=="seat"&&e.addIssue({code:"custom",path:["minSeats"],input:n.minSeats,message:`minSeats only goes with per: seat (per is ${n.per??"not written"})`}),n.salesAssisted===!0&&n.price===0&&e.addIssue({code:"custom",path:["salesAssisted"],input:n.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A plan; plans are ordered from lowest to highest"),Mc=oe(Pe({id:ro("Add-on"),name:D(ee(),"Display name (default: id)"),price:Oc,per:D(ce(Ac),"What the price is per"),period:D(ce(Pc),"Billing period"),from:D(ee(),"The lowest plan that can buy it (default: the lowest plan)")}),"An add-on, sold on top of a plan"),xh=oe(to([eo().check(zn(0)),st("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),Nc=n=>D(Pe(Object.fromEntries(ct.map(e=>[e,un(bh("Why the team accepts it"))]))),n),Sh=oe(Pe({virality:D(Be(),"Sharing, invites, public output: network effects"),universality:D(Be(),"Enough for nearly every user, whatever their complexity"),ahaMoment:D(Be(),"Needed to reach first value"),habitLoop:D(Be(),"Brings users back: notifications, channels, reminders"),friction:D(Be(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:D(Be(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),Tc=oe(Pe({id:ro("Feature"),name:D(ee(),"Display name (default: id)"),description:D(ee(),"What the feature does"),category:D(ee(),"Groups rows in the matrix"),plan:D(ee(),"The lowest plan that includes it; every higher plan includes it too"),addOn:D(ee(),"Instead of plan: the add-on this feature comes with"),unit:D(ee(),"What `limits` counts"),limits:D($c(ee(),xh),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),signals:un(Sh),status:D(ce(["shipped","planned"]),"shipped (default) or planned"),requestedBy:D(ln(ee()),"The customers who asked for it"),rationale:D(ee().check(ot(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:Nc("Findings on this feature the team accepted: rule id -> reason")}).check(ir((n,e)=>{let t=n.plan!==void 0&&n.addOn!==void 0;(t||n.plan===void 0&&n.addOn===void 0)&&e.addIssue({code:"custom",path:["id"],input:n.id,message:t?`Feature${typeof n.id=="string"?` "${n.id}"`:""} has both \`plan\` and \`addOn\`: keep exactly one (a feature sold with an add-on has no plan of its own)`:`Feature${typeof n.id=="string"?` "${n.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A feature"),$h=ce(or),_h=st("error"),Ah=oe(Pe(Object.fromEntries(sr.map(n=>[n,un(En.includes(n)?_h:$h)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),io=Pe({version:oe(st(1),"The format version: 1"),product:vh,growth:un(kh),plans:oe(ln(Cc).check(rr(1)),"The plans, from lowest to highest"),addOns:D(ln(Mc),"Add-ons sold on top of a plan"),features:oe(ln(Tc),"The features"),accept:Nc("Findings that name no feature, accepted by the team: rule id -> reason"),rules:un(Ah)}).register(Tn,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});d();var Me=_e(yn());d();var U=_e(yn());d();var qt=_e(yn());d();var ge=_e(yn());var oi=32767,Zs=new WeakMap;function wn(n,e,t,r){let i=t-e,o=r-t;n._r0=e,i>=0&&o>=0&&i<=oi&&o<=oi?n._rl=i|o<<15:(n._rl=-1,Zs.set(n,[i,o]))}function eb(n){let e=n._r0,t=n._rl;if(t>=0){let o=e+(t&oi);return[e,o,o+(t>>>15)]}let[r,i]=Zs.get(n);return[e,e+r,e+r+i]}var xf=Symbol("compact node: virtual keys"),nb=Symbol.for("yaml.node.type");function si(n){Object.defineProperty(n,"range",{get(){return this._r0<0?void 0:eb(this)},set(e){e?wn(this,e[0],e[1],e[2]):this._r0=-1},configurable:!0})}function ai(n,e,t){Object.defineProperty(n,e,{get(){return t(this)},set(r){Object.defineProperty(this,e,{value:r,writable:!0,enumerable:!0,configurable:!0})},configurable:!0})}function ci(n,e,t){let r=Object.create(n.prototype);return Object.defineProperty(r,"constructor",{value:n,writable:!0,configurable:!0}),e&&Object.defineProperty(r,nb,{value:e}),Object.defineProperty(r,xf,{value:t}),r}var Fs=Symbol.for("yaml.scalar"),tb=Symbol.for("yaml.pair"),li=ci(ge.Scalar,Fs,["range","source","type"]);si(li);ai(li,"source",n=>n.value);ai(li,"type",()=>"PLAIN");var js=ci(ge.Scalar,Fs,["range","source"]);si(js);ai(js,"source",n=>n.value);var Bs=ci(ge.Scalar,Fs,["range","type"]);si(Bs);ai(Bs,"type",()=>"PLAIN");var rb=ci(ge.Pair,tb,[]);function Sf(n,e,t,r){this.value=n,this._r0=0,this._rl=0,wn(this,e,t,r)}function $f(n,e,t,r,i){this.value=n,this._r0=0,this._rl=0,wn(this,e,t,r),this.type=i}function _f(n,e,t,r,i){this.value=n,this._r0=0,this._rl=0,wn(this,e,t,r),this.source=i}function Af(n,e){this.key=n,this.value=e}Sf.prototype=li;$f.prototype=js;_f.prototype=Bs;Af.prototype=rb;var ib=Sf,ob=$f,sb=_f,Pf=(n,e,t,r)=>new ib(n,e,t,r),Us=(n,e,t,r,i)=>new ob(n,e,t,r,i),ui=(n,e,t,r,i)=>new sb(n,e,t,r,i),Ws=(n,e)=>new Af(n,e),Kn=class extends ge.YAMLMap{constructor(e,t,r=0,i=0){super(e);let o=this;o._r0=0,o._rl=0,wn(o,t,r,i)}},Gn=class extends ge.YAMLSeq{constructor(e,t,r=0,i=0){super(e);let o=this;o._r0=0,o._rl=0,wn(o,t,r,i)}};for(let[n,e]of[[Kn,ge.YAMLMap],[Gn,ge.YAMLSeq]])si(n.prototype),Object.defineProperty(n.prototype,"constructor",{value:e,writable:!0,configurable:!0}),Object.defineProperty(n.prototype,xf,{value:["range"]});function Ks(n,e,t,r){let i=n;typeof i._r0=="number"?wn(i,e,t,r):n.range=[e,t,r]}function fi(n){let e=n;if(typeof e._r0!="number")return n.range[2];let t=e._rl;if(t>=0)return e._r0+(t&oi)+(t>>>15);let[r,i]=Zs.get(e);return e._r0+r+i}function Of(n){let e=n;return typeof e._r0=="number"?e._r0:n.range[0]}var Ys={prettyErrors:!1,uniqueKeys:!1,keepSourceTokens:!1},Gs=class{},Tf=new Gs,Cf={trace:!1,last:""};function z(){return Cf.trace&&(Cf.last=new Error().stack?.split(`
`)[2]?.trim()??""),Tf}var ab=64,cb=new qt.Document().directives.constructor,di=new Uint8Array(128);for(let n of"[]{},#&*!|>'\"%@`")di[n.charCodeAt(0)]=1;var Hs=new Uint8Array(128);for(let n=65;n<=122;n++)(n<=90||n>=97)&&(Hs[n]=1);for(let n of"nNtTfF")Hs[n.charCodeAt(0)]=0;function zf(n){if(!/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029\ud800-\udfff]|\r(?!\n)/.test(n))try{return new Vs(n).run()}catch(e){if(e===Tf)return;throw e}}var Vs=class{constructor(e){this.text=e;this.pos=0;this.nextIndent=-1;this.nextOffset=0;this.regionMaxComment=-1;this.regionConsumed=!1;this.depth=0;this.lastEmpty=!1;this.strings=new Map;this.len=e.length;let t=Object.assign({_directives:new cb({version:"1.2"})},Ys);this.doc=new qt.Document(void 0,t);let r=this.doc.schema;if(r.compat)throw z();this.schema=r,this.options=this.doc.options,this.tags=r.tags.filter(i=>i.test!==void 0&&i.default!==!1),this.strTag=r[Symbol.for("yaml.scalar")]}run(){if(this.scanRegion(Number.POSITIVE_INFINITY),this.nextIndent!==0)throw z();let e=this.nextOffset,[t,r]=this.parseMap(0,e);if(this.nextIndent!==-1)throw z();let i=this.doc;i.contents=t;let o=fi(t);return i.range=[e,o,this.regionConsumed||this.lastEmpty?o:this.len],{doc:i,plain:r}}lineEnd(e){let t=this.text.indexOf(`
`,e);return t<0?this.len:this.text.charCodeAt(t-1)===13&&t-1>=e?t-1:t}after(e){return e>=this.len?this.len:this.text.charCodeAt(e)===13?e+2:e+1}scanRegion(e){let t=this.text,r=this.pos,i=!0;for(this.regionMaxComment=-1,this.regionConsumed=!1;;){let o=r;for(;t.charCodeAt(o)===32;)o++;if(o>=this.len){this.nextIndent=-1,this.nextOffset=this.len,this.pos=this.len;return}let s=t.charCodeAt(o);if(s===10||s===13){r=this.after(o);continue}if(s===35){let a=o-r;if(i&&a>e)throw z();i=!1,a>this.regionMaxComment&&(this.regionMaxComment=a),r=this.after(this.lineEnd(o));continue}this.nextIndent=o-r,this.nextOffset=o,this.pos=r;return}}closeRange(e,t,r){let i=r;!this.lastEmpty&&!this.regionConsumed&&t>0&&this.regionMaxComment>=t&&(i=this.nextOffset,this.regionConsumed=!0),Ks(e,Of(e),r,i)}enter(){if(++this.depth>ab)throw z()}parseMap(e,t){this.enter();let r=this.text,i=new Kn(this.schema,t),o=Mf(),s=i.items,a=t,l=t;for(;;){let c=this.lineEnd(a),u,p,f=r.charCodeAt(a);if(f===34||f===39){let S=this.quoted(a,c,f);if(u=this.quotedScalar(a,S.end,S.value,f,S.end),p=S.end,r.charCodeAt(p)!==58||!en(r,p+1))throw z()}else{if(f<128&&di[f]||(f===45||f===63||f===58)&&en(r,a+1))throw z();p=-1;for(let S=a;S<c;S++){let A=r.charCodeAt(S);if(A===58){let x=r.charCodeAt(S+1);if(S+1>=c||x===32){p=S;break}}else if(A===35&&r.charCodeAt(S-1)===32)throw z()}if(p<0||r.charCodeAt(p-1)===32||p-a>1e3)throw z();u=this.plainScalar(a,p,p,!0)}let h=u.value,g=h===null||typeof h!="object"?String(h):JSON.stringify(h);if(g in o)throw z();let[m,y]=this.parseValue(e,p+1,c,!0);s.push(Ws(u,m)),o[g]=y,l=fi(m);let b=this.nextIndent;if(b===e){if(r.charCodeAt(this.nextOffset)===45&&en(r,this.nextOffset+1))throw z();a=this.nextOffset;continue}if(b>e)throw z();break}return i.items=s.slice(),this.closeRange(i,e,l),this.depth--,[i,o]}parseSeq(e,t){this.enter();let r=this.text,i=new Gn(this.schema,t),o=[],s=i.items,a=t,l=t,c=!1;for(;;){let u=this.lineEnd(a),[p,f]=this.parseValue(e,a+1,u,!1,c);if(s.push(p),o.push(f),l=fi(p),this.nextIndent===e){if(r.charCodeAt(this.nextOffset)===45&&en(r,this.nextOffset+1)){a=this.nextOffset,c=this.regionMaxComment>=0;continue}break}if(this.nextIndent>e)throw z();break}return i.items=s.slice(),this.closeRange(i,e,l),this.depth--,[i,o]}parseValue(e,t,r,i,o=!1){let s=this.text,a=t;for(;s.charCodeAt(a)===32;)a++;if(!(a>t||a>=r))throw z();let l=a<r?s.charCodeAt(a):10;if(l===10||l===35){this.pos=this.after(r),this.scanRegion(Number.POSITIVE_INFINITY);let f=this.nextIndent,h=this.nextOffset,g=f>=0&&s.charCodeAt(h)===45&&en(s,h+1);if(f>e||i&&f===e&&g)return g?this.parseSeq(f,h):this.parseMap(f,h);if(l===35||o||this.regionMaxComment>=0)throw z();let m=ui(null,a,a,a,"");return this.lastEmpty=!0,[m,null]}if(!i){if(l===45&&en(s,a+1))throw z();if(this.startsKey(a,r))return this.parseMap(a-this.lineStart(a),a)}let c,u,p;if(l===34||l===39){let f=this.quoted(a,r,l);p=this.lineTail(f.end,r),c=this.quotedScalar(a,f.end,f.value,l,p),u=f.value}else if(l===91||l===123)[c,u,p]=this.flowCollection(a,r);else{if(l===124||l===62)return this.blockScalar(e,a,r);{if(l<128&&di[l]||(l===45||l===63||l===58)&&en(s,a+1))throw z();let f=r;for(let h=a;h<r;h++){let g=s.charCodeAt(h);if(g===35&&s.charCodeAt(h-1)===32){f=h;break}if(g===58&&(h+1>=r||s.charCodeAt(h+1)===32))throw z()}for(;s.charCodeAt(f-1)===32;)f--;p=this.after(r),c=this.plainScalar(a,f,p,!1),u=Nf(c)}}return this.pos=this.after(r),this.lastEmpty=!1,this.scanRegion(e),[c,u]}lineStart(e){return this.text.lastIndexOf(`
`,e-1)+1}startsKey(e,t){let r=this.text,i=r.charCodeAt(e);if(i===34||i===39){let o=this.quoted(e,t,i);return r.charCodeAt(o.end)===58}if(i===91||i===123)return!1;for(let o=e;o<t;o++){let s=r.charCodeAt(o);if(s===58&&(o+1>=t||r.charCodeAt(o+1)===32))return!0;if(s===35&&r.charCodeAt(o-1)===32)return!1}return!1}lineTail(e,t){let r=this.text,i=e;for(;r.charCodeAt(i)===32;)i++;if(i<t&&!(r.charCodeAt(i)===35&&i>e))throw z();return this.after(t)}quoted(e,t,r){let i=this.text;if(r===34){let a=i.indexOf('"',e+1);if(a<0||a>t)throw z();let l=e+1;for(;l<a&&i.charCodeAt(l)!==92;)l++;if(l===a)return{value:i.slice(e+1,a),end:a+1};let c="",u=e+1;for(let p=e+1;;p++){if(p>=t)throw z();let f=i.charCodeAt(p);if(f===34){a=p;break}if(f!==92)continue;c+=i.slice(u,p);let h=i[p+1],g=lb[h];if(g!==void 0)c+=g,p++;else{let m=h==="x"?2:h==="u"?4:h==="U"?8:0,y=i.slice(p+2,p+2+m);if(m===0||p+2+m>t||!/^[0-9a-fA-F]+$/.test(y))throw z();let b=Number.parseInt(y,16);if(b>1114111)throw z();c+=String.fromCodePoint(b),p+=1+m}u=p+1}return{value:c+i.slice(u,a),end:a+1}}let o="",s=e+1;for(;;){let a=i.indexOf("'",s);if(a<0||a>t)throw z();if(i.charCodeAt(a+1)===39){o+=i.slice(s,a+1),s=a+2;continue}return o+=i.slice(s,a),{value:o,end:a+1}}}intern(e){if(e.length>24)return e;let t=this.strings.get(e);return t!==void 0?t:(this.strings.set(e,e),e)}quotedScalar(e,t,r,i,o){let s=this.intern(r);return Us(s,e,t,o,i===34?"QUOTE_DOUBLE":"QUOTE_SINGLE")}plainScalar(e,t,r,i){let o=this.intern(this.text.slice(e,t)),s=o.charCodeAt(0),a=this.strTag;if(!(s<128&&Hs[s])){for(let p of this.tags)if((p.default===!0||i&&p.default==="key")&&p.test.test(o)){a=p;break}}let l=!1,c=a.resolve(o,()=>{l=!0},this.options);if(l)throw z();let u;if((0,qt.isScalar)(c)){u=ui(c.value,e,t,r,o);let p=c.minFractionDigits;p!==void 0&&(u.minFractionDigits=p)}else c===o?u=Pf(o,e,t,r):u=ui(c,e,t,r,o);return a.format&&(u.format=a.format),u}flowScalar(e,t,r){let i=this.text,o=i.charCodeAt(e);if(o===34||o===39){let c=this.quoted(e,t,o),u=c.end;for(;i.charCodeAt(u)===32;)u++;return[this.quotedScalar(e,c.end,c.value,o,r?c.end:u),c.value,r?c.end:u]}if(o<128&&di[o]||(o===45||o===63||o===58)&&en(i,e+1))throw z();let s=e;for(;s<t;s++){let c=i.charCodeAt(s);if(c===58){if(r&&i.charCodeAt(s+1)===32)break;throw z()}if(c===44||c===93||c===125){if(r)throw z();break}if(c===91||c===123||c===35&&i.charCodeAt(s-1)===32)throw z()}let a=s;for(;i.charCodeAt(a-1)===32;)a--;if(r&&a!==s)throw z();let l=this.plainScalar(e,a,s,r);return[l,Nf(l),s]}flowCollection(e,t){let r=this.text,i=r.charCodeAt(e)===123,o=i?125:93,s=i?new Kn(this.schema,e):new Gn(this.schema,e);s.flow=!0;let a=[],l=Mf(),c=s.items,u=e+1;for(;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o)u++;else for(;;){if(u>=t)throw z();if(i){let[h,g,m]=this.flowScalar(u,t,!0);if(r.charCodeAt(m)!==58||r.charCodeAt(m+1)!==32)throw z();let y=g===null||typeof g!="object"?String(g):JSON.stringify(g);if(y in l)throw z();for(u=m+1;r.charCodeAt(u)===32;)u++;let[b,S,A]=this.flowScalar(u,t,!1);c.push(Ws(h,b)),l[y]=S,u=A}else{let[h,g,m]=this.flowScalar(u,t,!1);c.push(h),a.push(g),u=m}let f=r.charCodeAt(u);if(f===o){u++;break}if(f!==44)throw z();for(u++;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o||r.charCodeAt(u)===44)throw z()}let p=this.lineTail(u,t);return s.items=c.slice(),Ks(s,e,u,p),[s,i?l:a,p]}blockScalar(e,t,r){let i=this.text,o=i.charCodeAt(t)===62,s=t+1,a=i.charCodeAt(s)===45;for(a&&s++;i.charCodeAt(s)===32;)s++;if(s<r)throw z();let l=this.after(r),c=-1,u=[],p=l;for(;!(l>=this.len);){let m=l;for(;i.charCodeAt(m)===32;)m++;let y=this.lineEnd(m);if(m===y){if(m>l||c<0)throw z();u.push(""),l=this.after(y);continue}let b=m-l;if(c<0){if(b<=e)throw z();c=b}else if(b<c){if(b>e)throw z();break}else if(b>c)throw z();u.push(i.slice(m,y)),l=this.after(y),p=l}for(;u.length&&u[u.length-1]==="";)u.pop();let f="",h="";for(let m of u)o?m===""?h===`
`?f+=`
`:h=`
`:(f+=h+m,h=" "):(f+=h+m,h=`
`);if(c<0)throw z();a||(f+=`
`);let g=Us(f,t,p,p,o?"BLOCK_FOLDED":"BLOCK_LITERAL");return this.pos=p,this.lastEmpty=!1,this.scanRegion(e),[g,f]}},bn=class{constructor(e){this.literal=e}};function Mf(){return Object.setPrototypeOf({},null)}var lb=Object.assign(Object.create(null),{0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\"});function en(n,e){let t=n.charCodeAt(e);return t===32||t===10||t===13||Number.isNaN(t)}function Nf(n){let e=n.value;return e===0&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(n.source??"")?new bn(String(n.source)):e}var nn=200,ub=2e5;function If(n){let{parsed:e,plain:t}=db(n);if(!e.doc)return{...e,plain:void 0,syntaxError:!0};if(t!==Rf)return{...e,plain:t,syntaxError:!1};try{return{...e,plain:Sb(e.doc,e.doc.contents),syntaxError:!1}}catch(r){if(!(r instanceof Vn))throw r;let i=r.node?.range,o={message:r.message,span:i?{start:i[0],end:i[1]}:{start:0,end:0}};return{...e,doc:void 0,problems:[o],plain:void 0,syntaxError:!0}}}var Rf=Symbol("not read"),fb={fast:!0};function db(n){let e=c=>({parsed:c,plain:Rf}),t=kb(n),r=[],i=n.indexOf("\0");if(i>=0)return r.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:i,end:i+1}}),e({text:n,doc:void 0,lineCounter:t,problems:r});let o=n.indexOf("\r");if(o>=0&&!n.includes(`
`)&&o<n.length-1)return r.push({message:"The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.",span:{start:o,end:o+1}}),e({text:n,doc:void 0,lineCounter:t,problems:r});let s=fb.fast?zf(n):void 0;if(s)return{parsed:{text:n,doc:s.doc,lineCounter:t,problems:r},plain:s.plain};let a=yb(n)??bb(n);if(a)return r.push(a),e({text:n,doc:void 0,lineCounter:t,problems:r});let l;try{l=(0,U.parseDocument)(n,Ys)}catch(c){return r.push({message:`The YAML parser gave up: ${c.message}`,span:{start:0,end:0}}),e({text:n,doc:void 0,lineCounter:t,problems:r})}for(let c of l.errors){let u=Math.min(c.pos[0],n.length),p=Math.min(Math.max(c.pos[0],c.pos[1]),n.length);if(/call stack/i.test(c.message)){r.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:u,end:p}});break}if(c.code==="MULTIPLE_DOCS"){r.push({message:"A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.",span:{start:u,end:p}});continue}let f=(c.code==="MISSING_CHAR"||c.code==="BAD_INDENT")&&/must be sufficiently indented and end with a [}\]]/.test(c.message)?gb(n,u):void 0;if(f!==void 0){r.push({message:`This \`${n[f]}\` is never closed: end the ${n[f]==="{"?"map with `}`":"list with `]`"} (a flow collection written over several lines must be indented more than its key).`,span:{start:f,end:f+1}});continue}r.push({message:mb(c.message),span:{start:u,end:p}})}return r.length===0&&r.push(...pb(l)),e({text:n,doc:r.length?void 0:l,lineCounter:t,problems:r})}var pi=100;function pb(n){let e=[],t=[n.contents];for(;t.length;){let o=t.pop();if((0,U.isMap)(o)){let s=new Set;for(let a of o.items){let l=a.key;if((0,U.isScalar)(l)){let c=`${typeof l.value}:${String(l.value)}`;s.has(c)?e.push(a):s.add(c)}t.push(a.value)}}else if((0,U.isSeq)(o))for(let s of o.items)t.push(s)}let r=o=>{let s=o.key.range;return s?{start:s[0],end:s[1]}:{start:0,end:0}};e.sort((o,s)=>r(o).start-r(s).start);let i=e.slice(0,pi).map(o=>({message:`Duplicate key "${hb(String(o.key.value))}": a key may appear only once in a map; remove or rename this one.`,span:r(o)}));return e.length>pi&&i.push({message:`${e.length-pi} more duplicate keys are not listed.`,span:r(e[pi])}),i}function hb(n,e=60){return n.length>e?`${n.slice(0,e)}\u2026`:n}function mb(n){return(n.split(`
`)[0]??n).replace(/ at line \d+, column \d+:?$/,"")}function gb(n,e){let t=[],r=0;for(let i=0;i<e;i++){let o=n.charCodeAt(i);if(r){r===34&&o===92?i++:o===r&&(r=0);continue}if(o===35&&(i===0||/\s/.test(n[i-1]))){let s=n.indexOf(`
`,i);if(s<0)break;i=s}else(o===34||o===39)&&t.length>0?r=o:o===123||o===91?t.push(i):(o===125||o===93)&&t.length&&t.pop()}return t.length?t[t.length-1]:void 0}function yb(n){let e=0,t=!1,r=!1,i=!1;for(let o=0;o<n.length;o++){let s=n.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||n.charCodeAt(o-1)===32||n.charCodeAt(o-1)===9))i=!0;else if(s===34&&e>0)r=!0;else if(s===91||s===123){if(e++,e>nn)return wb(n)}else(s===93||s===125)&&e>0&&e--}}}function wb(n){let e=0,t=0;for(let r of new U.Lexer().lex(n)){if(r==="["||r==="{"){if(++e>nn)return{message:`Nesting deeper than ${nn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&e>0&&e--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function bb(n){let e=!1;for(let t=0;t<n.length&&!e;){let r=t;for(;n.charCodeAt(r)===32;)r++;let i=r-t;for(;;){let s=n.charCodeAt(r),a=n.charCodeAt(r+1);if((s===45||s===63)&&(a===32||a===9))for(i++,r+=2;n.charCodeAt(r)===32||n.charCodeAt(r)===9;)r++;else break}i+2>nn&&(e=!0);let o=n.indexOf(`
`,r);t=o<0?n.length:o+1}return e?vb(n):void 0}function vb(n){let e=[];for(let t of new U.Parser().parse(n))e.push([t,0]);for(e.reverse();e.length;){let[t,r]=e.pop();if(!t||typeof t!="object")continue;let i=t;if(i.type==="document"){e.push([i.value,r]);continue}if(i.type==="block-map"||i.type==="block-seq"||i.type==="flow-collection"){if(r+1>nn){let o=Math.min(i.offset??0,n.length);return{message:`Nesting deeper than ${nn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:o,end:Math.min(o+1,n.length)}}}for(let o of[...i.items??[]].reverse())e.push([o.value,r+1]),e.push([o.key,r+1])}}}function kb(n){let e=1;for(let o=n.indexOf(`
`);o>=0;o=n.indexOf(`
`,o+1))e++;let t=new Uint32Array(e),r=1;for(let o=n.indexOf(`
`);o>=0;o=n.indexOf(`
`,o+1))t[r++]=o+1;let i=new U.LineCounter;return i.lineStarts=t,i}function Lf(n,e){let t=n.linePos(e.start),r=n.linePos(e.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function kn(n,e){if((0,U.isMap)(n)){for(let t of n.items)if((0,U.isScalar)(t.key)?String(t.key.value)===e:t.key!=null&&String(t.key)===e)return t}}function K(n,e){return kn(n,e)?.value??void 0}var Ef=new WeakMap;function vn(n,e){let t=Ef.get(n);if(!t){let r=new Map,i=new Map;(0,U.visit)(n,{Node:(o,s)=>{if((0,U.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,Ef.set(n,t)}return t.get(e)}function xb(n){return typeof n=="object"&&n!==null?JSON.stringify(n):String(n)}var Vn=class extends Error{constructor(t,r){super(t);this.node=r}};function Sb(n,e){let t=ub,r=(i,o,s=!1)=>{if(s&&--t<0)throw new Vn("Aliases expand to too many nodes (an alias bomb?).",i);if(o>nn)throw new Vn(`Nesting deeper than ${nn} levels.`,i);if((0,U.isAlias)(i)){let a=vn(n,i);if(!a)throw new Vn(`Unresolved alias *${i.source}.`,i);return r(a,o+1,!0)}if((0,U.isScalar)(i))return i.value===0&&i.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(i.source??"")?new bn(String(i.source)):i.value;if((0,U.isMap)(i)){let a=Object.create(null);for(let l of i.items){let c=(0,U.isAlias)(l.key)?vn(n,l.key):l.key,u=(0,U.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(a,xb(u),{value:r(l.value,o+1,s),enumerable:!0,writable:!0,configurable:!0})}return a}return(0,U.isSeq)(i)?i.items.map(a=>r(a,o+1,s)):i==null?null:void 0};return r(e,0)}d();function $b(n,e,t=Number.POSITIVE_INFINITY){if(n===e)return 0;if(Math.abs(n.length-e.length)>t)return t+1;let r=new Array(e.length+1);for(let i=0;i<=e.length;i++)r[i]=i;for(let i=1;i<=n.length;i++){let o=r[0];r[0]=i;let s=i;for(let a=1;a<=e.length;a++){let l=r[a];r[a]=Math.min(r[a]+1,r[a-1]+1,o+(n[i-1]===e[a-1]?0:1)),r[a]<s&&(s=r[a]),o=l}if(s>t)return t+1}return r[e.length]}var Js=64;function Yn(n,e){if(n.length>Js)return;let t=n.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let o of e){if(o.length>Js)continue;let s=o.toLowerCase(),a=Math.max(2,Math.floor(Math.max(t.length,s.length)/3)),l=Math.min(a,Math.floor(i/2)),c=$b(t,s,l),u=c<=a?2*c:Number.POSITIVE_INFINITY;s!==t&&(s.startsWith(t)||t.startsWith(s))&&Math.min(t.length,s.length)>=2&&(u=Math.min(u,3)),u<i&&(i=u,r=o)}return r}function Df(n,e=2e6){let t=new Map,r=e;return i=>{if(t.has(i))return t.get(i);r-=n.length*Math.min(i.length+1,Js);let o=r>=0?Yn(i,n):void 0;return t.set(i,o),o}}function _b(n,e){let t=[{node:n.contents??void 0,pair:void 0}],r=n.contents;for(let i of e)if((0,Me.isAlias)(r)&&(r=vn(n,r)),typeof i=="number"&&(0,Me.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,Me.isMap)(r)){let o=kn(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function Qs(n){let e=io;for(let t of n){e=qf(e);let r=e?._zod?.def;if(!r)return;if(r.type==="object")e=r.shape[t];else if(r.type==="array")e=r.element;else if(r.type==="record")e=r.valueType;else return}return qf(e)}function qf(n){for(;n?._zod?.def&&(n._zod.def.type==="optional"||n._zod.def.type==="nullable");)n=n._zod.def.innerType;return n}function Zf(n){return n?Tn.get(n)?.description:void 0}function Ab(n){let e=Qs(n);return e?._zod?.def?.type==="object"?Object.keys(e._zod.def.shape):[]}function Pb(n){return n==null?"nothing":n instanceof bn?`${n.literal} (a number too close to 0 to be represented: it would read as 0)`:typeof n=="number"&&!Number.isFinite(n)?Number.isNaN(n)?".nan (not a number)":`${n>0?"":"-"}.inf (infinity, not a usable number)`:typeof n=="string"?`"${n.length>40?`${n.slice(0,40)}\u2026`:n}" (text)`:typeof n=="number"||typeof n=="boolean"?`${n} (${typeof n=="number"?"a number":"true/false"})`:Array.isArray(n)?"a list":"a map"}function Xs(n,e){if(n.length===0)return"the file";let t=[],r=e;for(let i=0;i<n.length;i++){let o=n[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,l=n[i-1],c=l==="plans"?"plan":l==="features"?"feature":l==="addOns"?"add-on":"item";c!=="item"&&t.pop(),t.push(`${c}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function Ob(n,e){if(!n)return;let r=(e&&n.pair?n.pair.key:n.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=n.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function hi(n,e){for(let r=n.length-1;r>=0;r--){let i=n[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,Me.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=e.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function Ff(n,e){if(e==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=io.safeParse(e,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...Mb(n,e,i));return{data:void 0,problems:r}}function Cb(n){let e=new Map;if(!(0,Me.isMap)(n))return e;for(let t of n.items){let r=t.key,i=(0,Me.isScalar)(r)?String(r.value):r!=null?String(r):"null";e.has(i)||e.set(i,t)}return e}function Mb(n,e,t){let r=t.path,i=_b(n,r),o=i.length===r.length+1,s=Xs(r,e),a=r[r.length-1],l=r.length>1?` in ${Xs(r.slice(0,-1),e)}`:"",c=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${l}`;if(t.code==="unrecognized_keys"){let y=a==="accept",b=Ab(r),S=o?i[i.length-1].node:void 0,A=Cb(S),x=b.filter(O=>!A.has(O));return t.keys.map(O=>{let k=A.get(O)?.key?.range,$=y&&sr.includes(O),E=$?void 0:Yn(O,x),L=E?` Did you mean \`${E}\`?`:y?"":` Known keys: ${b.join(", ")}.`;return{message:$?`\`${O}\` findings cannot be accepted: ${O==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:y?`Unknown rule \`${O}\` in ${s}: an \`accept\` entry names a rule id.${L}`:a==="rules"&&r.length===1?`Unknown rule \`${O}\` in \`rules\`.${L}`:`Unknown key \`${O}\` in ${s}.${L}`,span:k?{start:k[0],end:k[1]}:hi(i,n),path:[...r,O],...E?{suggestion:E}:{}}})}let u=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:hi(i,n),path:r}];if(!o||t.code==="invalid_type"&&u===void 0){let y=o?i.slice(0,-1):i,b=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${Xs(b,e)}. ${Zf(Qs(r))??""}`.trim(),span:hi(y,n),path:r}]}let p=Ob(i[i.length-1],!1)??hi(i,n),f=Zf(Qs(r)),h=Pb(u),g,m;switch(t.code){case"invalid_value":{let y=t.values.map(String);r[0]==="rules"&&En.includes(String(a))?g=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${h}. Lower it in the editor settings or on the command line instead.`:y.length===1?g=`${c} must be ${y[0]}; got ${h}.`:(m=typeof u=="string"?Yn(u,y):void 0,g=`${c} must be one of ${y.join(", ")}; got ${h}.${m?` Did you mean \`${m}\`?`:""}`);break}case"invalid_format":if(g=`${c} is not valid: ${t.message}; got ${h}.`,typeof u=="string"&&/^[A-Za-z]/.test(u)){let y=u.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(y)&&(m=y,g+=` Try \`${y}\`.`)}break;case"too_small":g=t.origin==="array"?`${c} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${c} must not be empty.`:`${c} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${h}.`;break;case"custom":g=`${t.message}.`;break;case"invalid_type":g=`${c} must be ${Nb[t.expected]??t.expected}; got ${h}.`;break;default:g=`${c} must be ${Tb(f)??"of another type"}; got ${h}.`}return[{message:g,span:p,path:r,...m?{suggestion:m}:{}}]}var Nb={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function Tb(n){return n&&n[0].toLowerCase()+n.slice(1)}d();var xe=_e(yn());d();d();var Zt=["virality","universality","ahaMoment","habitLoop","friction","expansion"],xn=["virality","universality","ahaMoment","habitLoop"];function jf(n){if(!n)return{recommendation:"unclassified",reasons:[]};let e=xn.filter(r=>n[r]===!0),t=[];return n.friction===!0&&t.push("friction"),n.expansion===!0&&t.push("expansion"),e.length>0?t.length>0?{recommendation:"free-limited",reasons:[...e,...t]}:{recommendation:"free",reasons:e}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function mi(n){if(n==="free"||n==="free-limited")return"free";if(n==="paid")return"paid"}function Bf(n,e){let t=mi(n);return t!==void 0&&e!==null&&t!==e}var zb=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy"],tn=n=>n!==null&&typeof n=="object"&&!Array.isArray(n);function ea(n,e){for(let t=e.rank+1;t<n.length;t++){let r=n[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var Hn=(n,e)=>n.limits[e]??"unlimited";function Gf(n,e,t){let r=n.contents,i=_=>(0,xe.isAlias)(_)?vn(n,_):_??void 0,o=new Set;for(let _ of t)for(let I=1;I<=Math.min(2,_.path.length);I++)o.add(_.path.slice(0,I).join("\0"));let s=(..._)=>o.has(_.join("\0")),a=_=>{let I=i(K(r,_)),M=e[_];return!(0,xe.isSeq)(I)||!Array.isArray(M)?[]:M.map((j,W)=>({node:i(I.items[W]),plain:j,ok:!s(_,W)}))},l=_=>{let I=tn(_)?_.id:void 0;return typeof I=="string"&&at.test(I)?I:void 0},c=_=>{let I=[];for(let M of _){let j=l(M.plain);j!==void 0&&I.push({id:j,node:i(K(M.node,"id"))})}return I},u=_=>typeof _=="string"?_:void 0,p=a("plans"),f=a("addOns"),h=a("features"),g={plans:c(p),addOns:c(f),features:c(h)},m=s("plans")&&!Array.isArray(e.plans),y=[],b=new Map;p.forEach((_,I)=>{if(m||!_.ok||!_.node||!tn(_.plain))return;let M=_.plain,j=M.price,W=M.per,B=M.minSeats,G=M.salesAssisted===!0,H={id:M.id,name:u(M.name)||M.id,price:j,...W!==void 0?{per:W}:{},...M.period!==void 0?{period:M.period}:{},...B!==void 0?{minSeats:B}:{},salesAssisted:G,free:j===0,sales:j==="contact-sales"||G,...typeof j=="number"?{entryPrice:W==="seat"&&B?j*B:j}:{},index:I,rank:y.length,node:_.node,idNode:i(K(_.node,"id")),priceNode:i(K(_.node,"price"))};y.push(H),b.has(H.id)||b.set(H.id,H)});let S=l(p[0]?.plain),A=[],x=new Map,O=s("addOns")&&!Array.isArray(e.addOns);f.forEach((_,I)=>{if(O||!_.ok||!_.node||!tn(_.plain))return;let M=_.plain,j=u(M.from)??S??"",W=b.get(j),B=i(K(_.node,"from")),G={id:M.id,name:u(M.name)||M.id,price:M.price,...M.per!==void 0?{per:M.per}:{},...M.period!==void 0?{period:M.period}:{},from:j,...W?{fromPlan:W}:{},index:I,node:_.node,idNode:i(K(_.node,"id")),priceNode:i(K(_.node,"price")),...B&&M.from!==void 0?{fromNode:B}:{}};A.push(G),x.has(G.id)||x.set(G.id,G)});let C=[];h.forEach((_,I)=>{if(!_.ok||!_.node||!tn(_.plain))return;let M=_.plain,j=M.signals,W=u(M.addOn),B=W!==void 0?x.get(W):void 0,G=W!==void 0?B?.from??"":M.plan,H=W!==void 0?B?.fromPlan:b.get(G),Se=W!==void 0?B?"paid":null:H?H.free?"free":"paid":null,$e=tn(M.limits)?M.limits:Ib,Jt=new Map,ka=i(K(_.node,"limits"));if((0,xe.isMap)(ka))for(let pe of ka.items){let De=i(pe.key);if(De&&De.value!==void 0&&!Jt.has(String(De.value))){let Mn=i(pe.value);Jt.set(String(De.value),Mn===pe.value?pe:{...pe,value:Mn})}}let Xt=Lb;if(H&&Se==="free"){let pe=[];for(let De=H.rank;De<y.length;De++){let Mn=y[De];Mn.free&&pe.push({plan:Mn,limit:Hn({limits:$e},Mn.id)})}pe.length&&(Xt=pe.slice())}let xa=jf(j);C.push({id:M.id,name:u(M.name)||M.id,...M.description!==void 0?{description:M.description}:{},...M.category!==void 0?{category:M.category}:{},plan:G,...W!==void 0?{addOn:W}:{},...B?{addOnModel:B}:{},...M.unit!==void 0?{unit:M.unit}:{},limits:$e,...j?{signals:j}:{},status:M.status??"shipped",...M.requestedBy!==void 0?{requestedBy:M.requestedBy}:{},...M.rationale!==void 0?{rationale:M.rationale}:{},accept:Kf(n,i(K(_.node,"accept")),M.accept),side:Se,...H?{placement:H}:{},freeLimits:Xt,reachesFree:Xt.some(pe=>pe.limit!==0),walledOnFree:Xt.some(pe=>typeof pe.limit=="number"),recommendation:xa.recommendation,reasons:Rb(xa.reasons),index:I,node:_.node,idNode:i(K(_.node,"id")),planNode:i(K(_.node,W!==void 0?"addOn":"plan")),...Uf("signalsNode",i(K(_.node,"signals"))),...Uf("requestedByNode",i(K(_.node,"requestedBy"))),limitPairs:Jt.size?Jt:Vf})});let k=kn(r,"growth"),$=i(k?.value),E=k!==void 0&&!s("growth")&&(0,xe.isMap)($),L=E&&tn(e.growth)?e.growth:{},Y=new Map,Z=[];if(E&&(0,xe.isMap)($)){for(let I of zb){let M=i(K($,I));M&&L[I]!==void 0&&Y.set(I,M)}let _=Y.get("freemiumGoals");(0,xe.isSeq)(_)&&Array.isArray(L.freemiumGoals)&&_.items.forEach((I,M)=>{let j=i(I);j&&Z.push({goal:L.freemiumGoals[M],node:j})})}let ne={acquisition:L.acquisition??"product-led",retention:L.retention??"product-led",monetization:L.monetization??"self-serve",relationship:L.relationship??"one-to-many",freeOffer:L.freeOffer??"freemium",...L.trialDays!==void 0?{trialDays:L.trialDays}:{},...L.freemiumGoals!==void 0?{freemiumGoals:L.freemiumGoals}:{},...L.qualifiedBy!==void 0?{qualifiedBy:L.qualifiedBy}:{},written:Y,goalItems:Z,...E&&k?{keyNode:k.key}:{}},ae=tn(e.product)?e.product:{},v=y.find(_=>_.free),N=v?ea(y,v):void 0;return{rootNode:r,...typeof ae.name=="string"?{productName:ae.name}:{},...typeof ae.url=="string"?{productUrl:ae.url}:{},plans:y,addOns:A,features:C,growth:ne,hasGrowth:E,planIds:new Set(g.plans.map(_=>_.id)),addOnIds:new Set(g.addOns.map(_=>_.id)),idEntries:g,productLed:ne.acquisition==="product-led"||ne.retention==="product-led",freemium:ne.freeOffer==="freemium"||ne.freeOffer==="freemium-and-trial",planById:b,addOnById:x,...v?{firstFreePlan:v}:{},...Eb("lowestPaidPlan",y.find(_=>typeof _.price=="number"&&_.price>0)),...N?{upgradePlan:N}:{},hasSalesPlan:y.some(_=>_.sales),freeSideClassified:C.every(_=>_.side!=="free"||_.signals!==void 0),accept:Kf(n,i(K(r,"accept")),e.accept)}}function Uf(n,e){return e?{[n]:e}:{}}function Eb(n,e){return e?{[n]:e}:{}}var Ib=Object.freeze(Object.setPrototypeOf({},null)),Wf=new Map;function Rb(n){let e=n.join(),t=Wf.get(e);return t||(t=Object.freeze(n.slice()),Wf.set(e,t)),t}var Lb=Object.freeze([]),Vf=new class extends Map{set(){throw new Error("a shared empty map: build a new one")}};function Kf(n,e,t){if(!(0,xe.isMap)(e)||!tn(t))return Vf;let r=new Map;for(let i of e.items){let o=(0,xe.isAlias)(i.key)?vn(n,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!ct.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}d();d();var Yf={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(n){let e=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}n.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=n.model.idEntries;e(t.plans,"plan",!1),e(t.addOns,"add-on",!1),e(t.features,"feature",!0)}};d();var Hf={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(n){let{model:e}=n,t=e.plans;if(t.length<2)return;let r=e.features.filter(l=>l.status==="planned"&&l.placement);if(r.length<2)return;let i=t[t.length-1],o=e.lowestPaidPlan,s=l=>l===i.rank||o!==void 0&&l>o.rank;if(!r.every(l=>s(l.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${n.name(o)}`:n.name(i);n.report({node:n.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};d();d();function Jf(n){return n.model.features.filter(e=>e.side!==null)}function ye(n){return n.model.features.filter(e=>e.side==="free")}var Q=(n,e)=>n.signals?.[e]===!0;function gi(n,e){return e.addOnModel?`the ${n.name(e.addOnModel)} add-on`:e.placement?n.name(e.placement):`"${e.plan}"`}var Xf={id:"free-expansion",severity:"info",category:"packaging-test",scope:"feature",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of ye(n)){if(t.recommendation!=="paid"||t.reasons.length!==1||t.reasons[0]!=="expansion"||t.walledOnFree)continue;let r=t.placement;n.report({node:t.planNode,feature:t,message:`${n.name(t)} grows with the value a customer gets (expansion), and ${n.name(r)} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${n.name(r)} under \`limits:\`, or start it on ${e?n.name(e):"a paid plan"}.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}}};d();var Qf={id:"free-friction",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that creates friction for the growth model is given away free.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of ye(n))t.recommendation!=="paid"||!t.reasons.includes("friction")||n.report({node:t.planNode,feature:t,message:`${n.name(t)} creates friction for the growth model and drives no growth signal, yet it is free on ${n.name(t.placement)}. Gate it in ${e?n.name(e):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}};d();var ed={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(n){let{model:e}=n,t=e.growth.written.get("freeOffer");!e.hasGrowth||!t||!e.freemium||e.plans.length===0||e.firstFreePlan||n.report({node:t,message:`The free offer is ${e.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};d();var nd={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("freeOffer");!e.hasGrowth||!r||!e.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||n.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};d();d();var na={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function Sn(n){let e=n.map(t=>na[t]);return e.length<=1?e.join(""):`${e.slice(0,-1).join(", ")} and ${e[e.length-1]}`}var rn={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var Db={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},td={id:"gated-growth-driver",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that drives growth is gated in a paid plan or an add-on.",check(n){let e=n.model.firstFreePlan;for(let t of Jf(n)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>xn.includes(a)),i=t.reasons.filter(a=>!xn.includes(a)),o=e?n.name(e):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${Sn(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;n.report({node:t.planNode,feature:t,severity:n.model.productLed?"warning":"info",message:`${n.name(t)} drives growth (${Sn(r)}) but is gated in ${gi(n,t)}: ${r.map(a=>Db[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...e?{recommendedPlan:e.id}:{}}})}}};d();var qb={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},Zb={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},rd={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(n){let{model:e}=n;if(!e.hasGrowth||e.growth.goalItems.length===0||!e.freeSideClassified)return;let t=e.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of e.growth.goalItems){let s=qb[i];!s||r.has(i)||(r.add(i),!t.some(a=>Q(a,s.signal))&&n.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${Zb[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};d();var Fb=["universality","ahaMoment","habitLoop"],id={id:"growth-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(n){for(let e of ye(n)){if(Q(e,"virality")||e.reachesFree)continue;let t=Fb.filter(i=>Q(e,i));if(t.length===0)continue;let r=e.freeLimits.find(i=>i.limit===0);r&&n.report({node:e.limitPairs.get(r.plan.id)?.value,feature:e,message:`${n.name(e)} drives growth (${Sn(t)}), but ${n.name(r.plan)} allows 0 ${e.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};d();var od={id:"limit-outside-plan",severity:"error",category:"structure",scope:"feature",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(n){for(let e of n.model.features){let t=e.placement;if(t)for(let[r,i]of e.limitPairs){let o=n.model.planById.get(r);!o||o.rank>=t.rank||n.report({node:i.key,feature:e,message:`${n.name(e)} starts on ${gi(n,e)}${e.addOnModel?` (from ${n.name(t)})`:""}, so ${n.name(o)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${n.name(o)}.`})}}}};d();var sd={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(n){if(n.topKey("growth"))return;let e=n.topKey("version");n.report({node:e,...e?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};d();var ad={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&Q(r,"ahaMoment"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};d();var cd={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&Q(r,"habitLoop"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};d();var ld={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(n){let e=n.model.growth,t=e.written.get("freeOffer");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.freeOffer!=="none"||n.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};d();var ud={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(n){let e=n.model.growth.monetization;e!=="self-serve"&&e!=="product-led-sales"||n.model.plans.length!==0&&(n.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||n.report({node:n.topKey("plans"),message:`Monetization is ${e}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};d();var fd={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(n){let{model:e}=n,t=e.firstFreePlan;if(!e.productLed||!e.freemium||!t)return;let r=e.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=e.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(Q(a,"friction")||Q(a,"expansion"))&&(a.walledOnFree||i(a)))||n.report({node:t.idNode,message:`Nothing makes a growing ${n.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${n.name(t)}${r?` or starts on ${n.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?n.name(r):"a self-serve paid plan"}.`})}};d();var jb=n=>n==="unlimited"?Number.POSITIVE_INFINITY:n,dd=n=>n===Number.POSITIVE_INFINITY?"unlimited":String(n),pd={id:"non-monotonic-limit",severity:"warning",category:"structure",scope:"feature",description:"A higher plan has a lower usage limit than a lower plan.",check(n){let e=n.model.plans;for(let t of n.model.features){if(!t.placement)continue;let r;for(let i=t.placement.rank;i<e.length;i++){let o=e[i],s=jb(Hn(t,o.id));r&&s<r.limit&&t.limits[o.id]!==void 0&&n.report({node:t.limitPairs.get(o.id)?.value,feature:t,message:`${n.name(t)} allows ${dd(s)}${t.unit?` ${t.unit}`:""} on ${n.name(o)} but ${dd(r.limit)} on the lower ${r.name}: upgrading would take something away. Raise the ${n.name(o)} limit to at least the ${r.name} one.`}),(!r||s>r.limit)&&(r={name:n.name(o),limit:s})}}}};d();var Bb=(n,e)=>n.per===e.per&&(n.period===void 0||e.period===void 0||n.period===e.period),hd=n=>n.minSeats&&n.per==="seat"?`${n.entryPrice} (${n.price} \xD7 ${n.minSeats} seats minimum)`:String(n.entryPrice),md={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(n){let e=[];for(let t of n.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of e)Bb(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&n.report({node:t.priceNode,message:`${n.name(t)} costs ${hd(t)}, less than the lower plan ${n.name(r)} (${hd(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=e.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?e.push(t):e[i].entryPrice<t.entryPrice&&(e[i]=t)}}};d();var gd={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||e.qualifiedBy&&e.qualifiedBy.length>0||n.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};d();var yd={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||n.model.hasSalesPlan||n.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};d();var wd={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(n){let e=n.model.growth,t=e.written.get("retention");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.retention==="product-led"||n.report({node:t,message:`Acquisition is product-led but retention is ${e.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};d();var bd={id:"sales-led-only",severity:"info",category:"growth-model",description:"Acquisition, retention and monetization are all sales-led.",check(n){let e=n.model.growth;n.model.hasGrowth&&(!e.written.has("acquisition")||!e.written.has("retention")||!e.written.has("monetization")||e.acquisition!=="sales-led"||e.retention!=="sales-led"||e.monetization!=="sales-led"||n.report({node:n.topKey("growth"),message:"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales."}))}};d();var vd={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};d();var kd={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("trialDays");if(!e.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!e.hasSalesPlan&&!i)return;let o=e.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;n.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};d();var xd={id:"single-customer-feature",severity:"info",category:"growth-model",scope:"feature",description:"A feature requested by one customer that drives no growth signal.",check(n){for(let e of n.model.features)e.requestedBy?.length!==1||!e.requestedByNode||xn.some(t=>e.signals?.[t]===!0)||n.report({node:e.requestedByNode,feature:e,message:`${n.name(e)} was asked for by one customer (${e.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};d();var Sd={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("acquisition");!e.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||e.features.some(i=>i.reachesFree&&Q(i,"virality"))||n.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};d();var $d={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};d();var _d={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(n){let e=n.model.growth.written.get("freeOffer");!n.model.hasGrowth||!e||n.model.growth.freeOffer!=="trial"||n.report({node:e,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};d();var Ad={id:"unclassified-feature",severity:"info",category:"packaging-test",scope:"feature",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(n){for(let e of n.model.features)e.signals||n.report({node:e.idNode,feature:e,message:`${n.name(e)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};d();var Pd={id:"unknown-add-on",severity:"error",category:"structure",scope:"feature",description:"`addOn:` names no add-on.",check(n){let{model:e}=n,t=[...e.addOnIds];for(let r of e.features){if(r.addOn===void 0||e.addOnIds.has(r.addOn))continue;let i=Yn(r.addOn,t);n.report({node:r.planNode,feature:r,message:`${n.name(r)} comes with add-on "${r.addOn}", which is not one of the add-ons.${i?` Did you mean "${i}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}.`:" Declare it under `addOns:`."}`,...i?{data:{suggestion:i}}:{}})}}};d();var Od={id:"unknown-plan",severity:"error",category:"structure",scope:"feature",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(n){let{model:e}=n,t=[...e.planIds],r=Df(t),i=t.length>12?`${t.slice(0,12).join(", ")}, \u2026 (${t.length} plans)`:t.join(", "),o=s=>{let a=r(s);return{s:a,text:a?` Did you mean "${a}"?`:` Plans: ${i}.`}};for(let s of e.addOns){if(!s.fromNode||e.planIds.has(s.from))continue;let{s:a,text:l}=o(s.from);n.report({node:s.fromNode,message:`The ${n.name(s)} add-on is sold from plan "${s.from}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let s of e.features){if(s.addOn===void 0&&!e.planIds.has(s.plan)){let{s:a,text:l}=o(s.plan);n.report({node:s.planNode,feature:s,message:`${n.name(s)} is placed on plan "${s.plan}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let[a,l]of s.limitPairs){if(e.planIds.has(a))continue;let{s:c,text:u}=o(a);n.report({node:l.key,feature:s,message:`${n.name(s)} has a usage limit for plan "${a}", which is not one of the plans.${u}`,...c?{data:{suggestion:c}}:{}})}}}};d();var Cd={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};d();var Md={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",scope:"feature",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(n){for(let e of ye(n)){if(e.recommendation!=="free-limited"||e.walledOnFree)continue;let t=e.placement,r=e.reasons.filter(i=>i==="friction"||i==="expansion");n.report({node:e.planNode,feature:e,message:`${n.name(e)} drives growth but also has ${Sn(r)}, and ${n.name(t)} gives it away without limit. Add a usage wall for ${n.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};d();var Nd={id:"viral-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A viral feature is walled at 0 or 1 on a free plan.",check(n){for(let e of ye(n))if(Q(e,"virality"))for(let{plan:t,limit:r}of e.freeLimits)r!==0&&r!==1||n.report({node:e.limitPairs.get(t.id)?.value,feature:e,message:`${n.name(e)} spreads the product (virality), but ${n.name(t)} caps ${e.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};d();var Td={id:"wall-not-lifted",severity:"warning",category:"growth-model",scope:"feature",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(n){let e=n.model.plans;for(let t of ye(n)){if(!Q(t,"friction")&&!Q(t,"expansion"))continue;let r=new Set;for(let{plan:i,limit:o}of t.freeLimits){if(typeof o!="number")continue;let s=ea(e,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=e.slice(s.rank+1).find(l=>{let c=Hn(t,l.id);return c==="unlimited"||c>o});a&&(r.add(s.id),n.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${n.name(t)} stops at ${o} ${t.unit??"uses"} on ${n.name(i)}, and ${n.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${n.name(a)} does. Raise the ${n.name(s)} limit.`,data:{recommendedPlan:s.id,suggestedLimit:Hn(t,a.id)}}))}}}};var Jn=[$d,vd,Yf,Od,Pd,od,pd,md,ed,td,Qf,Xf,Md,Nd,id,Ad,sd,_d,kd,nd,rd,ld,wd,Sd,ad,cd,ud,Td,fd,yd,gd,bd,Hf,xd,Cd],zd=new Map(Jn.map(n=>[n.id,n]));d();function Ed(n,e=1e3){let t=new Map,r=new Map,i=[];for(let o of n){let s=(t.get(o.rule)??0)+1;t.set(o.rule,s),s<=e?i.push(o):r.has(o.rule)||r.set(o.rule,o)}if(r.size===0)return n;for(let[o,s]of r){let a=t.get(o)-e;i.push({rule:o,severity:s.severity,message:`${a} more \`${o}\` finding${a===1?"":"s"} in this file (only the first ${e} are listed; this is the next one).`,range:s.range,span:s.span})}return i.sort((o,s)=>o.span.start-s.span.start||o.span.end-s.span.end)}var ta=n=>{let e=n?.range;return e?{start:e[0],end:e[1]}:{start:0,end:0}};function yi(n,e={}){return Wb(If(n),e)}function Ub(n){return e=>Lf(n,e)}function Wb(n,e={},t={}){let r=Ub(n.lineCounter),i=(f,h,g={})=>Yb(f,h,e,g,n.syntaxError,r);if(n.syntaxError||!n.doc)return i(n.problems.map(f=>({severity:"error",rule:"syntax",message:f.message,span:f.span})));let{doc:o,plain:s}=n,a=t.problems??Ff(o,s).problems,l=a.map(f=>{let h=Kb(s,f.path);return{severity:"error",rule:"schema",message:f.message,span:f.span,...h!==void 0?{feature:h}:{},...f.suggestion?{data:{suggestion:f.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(l):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:ta(o.contents)}]);let c=s,u=(t.buildModel??Gf)(o,c,a),p=f=>kn(o.contents,f)?.key??void 0;if(t.runRules)for(let f of t.runRules(u,p))l.push(f);else for(let f of Jn)f.check&&Xb(f,u,p,l);return i(l,u,Gb(c.rules))}function Kb(n,e){if(e[0]!=="features"||typeof e[1]!="number"||e.length<3)return;let t=n&&typeof n=="object"?n.features:void 0,r=Array.isArray(t)?t[e[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&at.test(i)?i:void 0}function Gb(n){let e=Object.create(null);if(!n||typeof n!="object"||Array.isArray(n))return e;for(let[t,r]of Object.entries(n))!zd.has(t)||typeof r!="string"||!or.includes(r)||En.includes(t)&&r!=="error"||(e[t]=r);return e}var Vb=new Set(ct);function Yb(n,e,t,r,i,o){let s=f=>r[f]??Jb(t.rules?.[f]),a=[],l=new Set,c=f=>{let h=s(f.rule);if(h==="off")return;let g=Vb.has(f.rule)?f.element?f.element.accept.get(f.rule):f.feature===void 0?e?.accept.get(f.rule):void 0:void 0;g&&l.add(g),a.push({rule:f.rule,severity:h??f.severity,message:f.message,range:o(f.span),span:f.span,...f.feature!==void 0?{feature:f.feature}:{},...f.data?{data:f.data}:{},...g?{accepted:g.reason}:{}})};for(let f of n)c(f);if(e)for(let f of Hb(e,l))c(f);a.sort((f,h)=>f.span.start-h.span.start||f.span.end-h.span.end||(f.rule<h.rule?-1:f.rule>h.rule?1:0)||(f.message<h.message?-1:f.message>h.message?1:0));let u=Ed(a),p=(e?.features??[]).map(f=>({id:f.id,plan:f.plan,...f.addOn!==void 0?{addOn:f.addOn}:{},side:f.side,recommendation:f.recommendation,reasons:f.reasons,...f.rationale!==void 0?{rationale:f.rationale}:{}}));return{diagnostics:u,features:p,...e?{model:e}:{},syntaxError:i,toRange:o}}function Hb(n,e){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:ta(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of n.features)for(let o of i.accept.values())e.has(o)||t.push(r(o,i));for(let i of n.accept.values())e.has(i)||t.push(r(i));return t}function Jb(n){return n!==void 0&&or.includes(n)?n:void 0}function Xb(n,e,t,r=[]){return n.check?.({model:e,topKey:t,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;r.push({severity:i.severity??n.severity,rule:n.id,message:i.message,span:i.span??ta(i.node),...o!==void 0?{feature:typeof o=="string"?o:o.id}:{},...o!==void 0&&typeof o!="string"?{element:o}:{},...i.data?{data:i.data}:{}})}}),r}d();var Id=n=>({id:n.id,name:n.name,plan:n.plan,...n.addOn!==void 0?{addOn:n.addOn}:{},side:n.side,recommendation:n.recommendation});function Rd(n,e){let t=mi(n);if(!(t===void 0||e===null))return t===e}function Qb(n,e,t){let r=Rd(n,e),i=Rd(n,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}var ev=(n,e)=>Object.hasOwn(n,e)?n[e]:void 0;function Ld(n,e){let t=new Map,r=n.placement?.rank;for(let i of e)t.set(i.id,r===void 0||i.rank<r?null:ev(n.limits,i.id)??"unlimited");return t}function ra(n){return{rule:n.rule,severity:n.severity,message:n.message,...n.feature!==void 0?{feature:n.feature}:{},line:n.range.start.line,...n.accepted!==void 0?{accepted:n.accepted}:{}}}function Ft(n){return`${n.rule}\0${n.feature??""}\0${n.message}`}function ia(n,e){let t=new Map;for(let i of e)t.set(Ft(i),(t.get(Ft(i))??0)+1);let r=[];for(let i of n){let o=Ft(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}var $n=n=>{let e=new Map;for(let t of n)e.has(t.id)||e.set(t.id,t);return e},wi=(n,e)=>n>0?Math.round((e-n)/n*1e3)/10:void 0,de=n=>({direction:"neutral",why:n}),fe=(n,e,t)=>({direction:n,basis:e,why:t});function nv(n,e){let t=new Set(n.map(c=>c.id)),r=new Set(e.map(c=>c.id)),i=(c,u)=>{let p=new Map,f="",h=0;for(let g of c)u.has(g.id)?(f=g.id,h=0):p.set(`${f}\0${h++}`,g);return p},o=i(n,r),s=i(e,t),a=[];for(let[c,u]of o){let p=s.get(c);p&&a.push({fromId:u.id,toId:p.id,fromName:u.name,toName:p.name,rank:p.rank})}let l=$n(e);for(let c of n){let u=l.get(c.id);u&&u.name!==c.name&&a.push({fromId:c.id,toId:u.id,fromName:c.name,toName:u.name,rank:u.rank})}return a.sort((c,u)=>c.rank-u.rank)}function tv(n,e,t,r,i,o,s){if(n==="unit-changed")return de(`the unit changed (${o??"none"} \u2192 ${s??"none"}): the numbers are not comparable; check the wall by hand`);let a=n==="tightened"||n==="wall-added",l=e.recommendation,c=`recommended ${rn[l]}`,u=i.productLed&&i.freemium;return t?l==="free"?a?fe("against","packaging test",`${e.name} should be free without a wall (${c})`):fe("with","packaging test",`${e.name} should be free without a wall (${c})`):l==="free-limited"?n==="wall-added"?fe("with","packaging test",`the test wants ${e.name} free behind a usage wall`):n==="wall-removed"?fe("against","packaging test",`the test wants ${e.name} free behind a usage wall, not unlimited`):r===0?fe("against","packaging test",`a wall of 0 takes ${e.name} out of the free plan (${c})`):u?fe(a?"against":"with","growth model",`a product-led freemium model needs free users to reach value before the wall; ${e.name} is a growth driver (${c})`):de(`the wall stays (${c}); the growth model is not product-led freemium`):l==="paid"?fe(a?"with":"against","packaging test",`${a?"less":"more"} of ${e.name} is free, and it is ${c}`):l==="either"?de(`nothing argues for a side on ${e.name} (${c})`):u?fe(a?"against":"with","growth model",`a product-led freemium model wants free users to reach value; ${e.name} has no signals, so the packaging test cannot judge it`):de(`${e.name} has no signals: add them to judge this wall`):l==="free"&&(n==="wall-added"||n==="wall-removed")?fe(n==="wall-added"?"against":"with","packaging test",`${e.name} is a growth driver with nothing arguing for a wall (${c})`):de(`a wall on a paid plan (${c})`)}function rv(n,e,t){if(!(n===e&&t))return n==="unlimited"?e==="unlimited"?void 0:"wall-added":e==="unlimited"?"wall-removed":t?e<n?"tightened":"loosened":"unit-changed"}function Dd(n,e,t,r,i){if(e===null)return de("a new plan");if(t===null)return de("the plan is gone");if(e===0&&t!==0&&r.freemium)return fe("against","growth model",`${n.name} was the free plan: the freemium model loses it`);if(e!==0&&t===0)return fe("with","growth model",`${n.name} is free now`);let o=i??(typeof e=="number"&&typeof t=="number"?t>e:t==="contact-sales");return r.upgradePlan?.id===n.id&&r.productLed?fe(o?"against":"with","growth model",`${n.name} is the self-serve upgrade: a product-led model wants the first paywall ${o?"low":"low, and it is lower now"}`):de("the packaging test does not judge prices on this plan")}function oa(n,e){let t=n?.model,r=e.model,i=t?.plans??[],o=r?.plans??[],s=$n(t?.features??[]),a=$n(r?.features??[]),l=$n(i),c=$n(o),u=$n(t?.addOns??[]),p=$n(r?.addOns??[]),f=n?nv(i,o):[],h=new Map(f.map(v=>[v.fromId,v.toId])),g=v=>h.get(v)??v,m=[...a.values()].filter(v=>!s.has(v.id)).map(Id),y=[...s.values()].filter(v=>!a.has(v.id)).map(Id),b=[],S=[],A=[];for(let v of a.values()){let N=s.get(v.id);if(!N||!r)continue;let _=g(N.plan);if(_!==v.plan||N.addOn!==v.addOn){let B=Qb(v.recommendation,N.side,v.side),G=`recommended ${rn[v.recommendation]}`,H=v.addOn!==void 0&&N.addOn!==v.addOn?`into the add-on ${v.addOn}`:void 0,Se=N.addOn!==void 0&&v.addOn===void 0?`out of the add-on ${N.addOn}`:void 0,$e=[H,Se].filter(Boolean).join(", ");b.push({id:v.id,name:v.name,fromPlan:_,toPlan:v.plan,...N.addOn!==void 0?{fromAddOn:N.addOn}:{},...v.addOn!==void 0?{toAddOn:v.addOn}:{},fromSide:N.side,toSide:v.side,recommendation:v.recommendation,verdict:B,judgement:B==="neutral"?de(`${$e?`${$e}; `:""}the side ${N.side===v.side?"stays":"changes"} (${G})`):fe(B,"packaging test",`${$e?`${$e}: `:""}${N.side??"?"} \u2192 ${v.side??"?"} side, ${G}`)})}(N.rationale??null)!==(v.rationale??null)&&A.push({feature:v.id,name:v.name,from:N.rationale??null,to:v.rationale??null});let I=Ld(N,i),M=Ld(v,o),j=(N.unit??"")===(v.unit??""),W=new Map;for(let[B,G]of I)W.set(g(B),G);for(let B of o){if(!W.has(B.id))continue;let G=W.get(B.id),H=M.get(B.id);if(G===null||H===null)continue;let Se=rv(G,H,j);if(!Se)continue;let $e=Se==="tightened"||Se==="loosened"?wi(G,H):void 0;S.push({feature:v.id,name:v.name,plan:B.id,from:G,to:H,...v.unit?{unit:v.unit}:{},...!j&&N.unit?{fromUnit:N.unit}:{},kind:Se,...$e!==void 0?{percent:$e}:{},free:B.free,verdict:tv(Se,v,B.free,H,r,N.unit,v.unit)})}}let x=[],O=new Set(f.map(v=>v.toId)),C=new Set(f.map(v=>v.fromId)),k=new Map(f.map(v=>[v.toId,v.fromId]));for(let v of c.values()){let N=l.get(k.get(v.id)??v.id);if(!N){!O.has(v.id)&&r&&x.push({plan:v.id,name:v.name,from:null,to:v.price,verdict:Dd(v,null,v.price,r)});continue}let _=(N.minSeats!==void 0||v.minSeats!==void 0)&&N.entryPrice!==v.entryPrice;if(N.price===v.price&&!_)continue;let I=typeof N.price=="number"&&typeof v.price=="number"?wi(N.price,v.price):void 0,M=_&&N.entryPrice!==void 0&&v.entryPrice!==void 0?wi(N.entryPrice,v.entryPrice):void 0,j=_&&N.entryPrice!==void 0&&v.entryPrice!==void 0?v.entryPrice>N.entryPrice:void 0;x.push({plan:v.id,name:v.name,from:N.price,to:v.price,...I!==void 0&&N.price!==v.price?{percent:I}:{},..._?{entryFrom:N.entryPrice??null,entryTo:v.entryPrice??null}:{},...M!==void 0?{entryPercent:M}:{},verdict:Dd(v,N.price,v.price,r,j)})}for(let v of l.values())!c.has(v.id)&&!C.has(v.id)&&x.push({plan:v.id,name:v.name,from:v.price,to:null,verdict:de("the plan is gone")});let $=[],E=(v,N)=>(v?.features??[]).filter(_=>_.addOn===N);for(let v of p.values()){let N=u.get(v.id),_=E(r,v.id);if(!N){let I=_.filter(M=>mi(M.recommendation)==="free");$.push({kind:"added",id:v.id,name:v.name,from:null,to:v.price,features:_.map(M=>M.id),verdict:I.length?fe("against","packaging test",`it sells ${I.map(M=>M.name).join(", ")}, which the test recommends free`):de("a new add-on")});continue}if(N.price!==v.price){let I=typeof N.price=="number"&&typeof v.price=="number"?wi(N.price,v.price):void 0;$.push({kind:"repriced",id:v.id,name:v.name,from:N.price,to:v.price,...I!==void 0?{percent:I}:{},features:_.map(M=>M.id),verdict:de("the packaging test does not judge add-on prices")})}g(N.from)!==v.from&&$.push({kind:"from-changed",id:v.id,name:v.name,from:g(N.from),to:v.from,features:_.map(I=>I.id),verdict:de("sold from another plan")})}for(let v of u.values())p.has(v.id)||$.push({kind:"removed",id:v.id,name:v.name,from:v.price,to:null,features:E(t,v.id).map(N=>N.id),verdict:de("the add-on is gone (its features show as moved or removed)")});let L=n?.diagnostics??[],Y=e.diagnostics,Z={errors:0,warnings:0,infos:0};for(let v of Y)v.accepted===void 0&&(v.severity==="error"?Z.errors++:v.severity==="warning"?Z.warnings++:Z.infos++);let ne=v=>v.filter(N=>N.accepted===void 0),ae=v=>v.filter(N=>N.accepted!==void 0);return{baseMissing:n===void 0,added:m,removed:y,moved:b,limits:S,prices:x,renamed:f,addOns:$,rationale:A,accepted:ia(ae(Y),ae(L)).map(ra),newDiagnostics:ia(ne(Y),ne(L)).map(ra),resolvedDiagnostics:ia(ne(L),ne(Y)).filter(v=>!ae(Y).some(N=>Ft(N)===Ft(v))).map(ra),head:Z}}function bi(n){return n.added.length+n.removed.length+n.moved.length+n.limits.length+n.prices.length+n.renamed.length+n.addOns.length+n.rationale.length+n.accepted.length===0&&n.newDiagnostics.length+n.resolvedDiagnostics.length===0}d();d();var iv={included:"Included",excluded:"Not included"};function qd(n){return n.kind==="limit"||n.kind==="addOn"?n.label:iv[n.kind]}function Zd(n){return n.side??"unknown plan"}function Fd(n){return rn[n.recommendation]}function jd(n){return n.reasons.map(e=>na[e]).join(", ")}function Bd(n){return!Bf(n.recommendation,n.side)}var jt={error:"\u2716",warning:"\u26A0",info:"\u2139"};function Ud(n){if(!n.flag)return"";let e=[...new Set(n.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${jt[n.flag]} ${e.join(", ")}`}function Wd(n){return n.findings.filter(e=>e.accepted!==void 0).map(e=>`accepted ${e.rule}: ${e.accepted}`)}function Kd(n){let e=new Map(n.plans.map(t=>[t.id,t.name]));return n.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${e.get(t.from)??t.from}`)}function T(n){return vi(n).replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~!]/g,"\\$&").replace(/([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,(e,t,r,i)=>t?`${t}&#8203;`:r?`${r}&#8203;://`:i?`${i}&#8203;.`:`\\${e}`).trim()}function Xn(n){return/^[\p{L}\p{N}._/@+ -]+$/u.test(n)?`\`${n}\``:T(n)}function vi(n){return n.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"\uFFFD")}function Bt(n){return vi(n.replace(/\r\n|\n|\r(?!\n)/g," ").replace(/[\u2028\u2029]/g," "))}function se(n,e,t){let r=n.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(n),i(r),...e.map(i)].join(`
`)}function Gd(n,e={}){let t=[],r=e.heading??"##";if(t.push(`${r} Free/paid matrix${n.product?` \u2014 ${T(n.product)}`:""}`,""),n.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${T(n.growth.summary)}`,"");let i=n.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=Kd(n);if(o.length&&t.push(`Add-ons: ${o.map(T).join("; ")}.`,""),n.fileFindings.length&&t.push(ov(n),""),e.note&&t.push(`_${T(e.note)}_`,""),n.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...n.plans.map(a=>a.priceLabel===a.name?T(a.name):`${T(a.name)}<br>${T(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of n.groups){t.push(`${r}# ${T(a.category)}`,"");let l=a.rows.map(c=>{let u=jd(c),p=`${Fd(c)}${u?` (${u})`:""}`,f=[Ud(c),...Wd(c)].filter(Boolean).map(T).join("<br>");return[`${T(c.name)}${c.status==="planned"?" _(planned)_":""}${c.rationale?`<br>_${T(c.rationale)}_`:""}`,...c.cells.map(h=>h.kind==="excluded"?"\u2014":T(qd(h))),T(Zd(c)),Bd(c)?T(p):`**${T(p)}**`,f]});t.push(se(s,l),"")}return t.join(`
`)}function ov(n){return["File findings:","",...n.fileFindings.map(e=>e.accepted===void 0?`- ${jt[e.severity]} \`${e.rule}\` (line ${e.range.start.line+1}): ${T(e.message)}`:`- accepted \`${e.rule}\`: ${T(e.accepted)}`)].join(`
`)}d();var ki=class extends Error{};function Vd(n){if(n===void 0||n===""||n==="-1")return-1;if(!/^\d+$/.test(n))throw new ki(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${n}"`);return Number(n)}d();var up=require("node:child_process"),Gt=_e(require("node:path"));d();var re=_e(yn());var Yd={error:3,warning:2,info:1};function sa(n){if(n.price==="contact-sales")return"Contact sales";if(n.price===0)return"Free";let t=[`$${Number.isInteger(n.price)?String(n.price):n.price.toFixed(2)}`,n.per?`${n.per}`:"",n.period?`${n.period}`:""].filter(Boolean).join(" / ");return n.minSeats&&n.per==="seat"?`${t} (min ${n.minSeats} seats)`:t}function la(n,e){let t=n==="unlimited"?"Unlimited":n.toLocaleString("en-US");if(!e)return t;let r=n===1?e.replace(/^([A-Za-z]+[^s])s\b/,"$1"):e;return`${t} ${r}`}var ca=n=>({rule:n.rule,severity:n.severity,message:n.message,range:n.range,...n.accepted!==void 0?{accepted:n.accepted}:{}}),aa={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function Hd(n){let e=n.model,t=(e?.plans??[]).map(k=>({id:k.id,name:k.name,priceLabel:sa(k),price:k.price,free:k.free})),r=(e?.addOns??[]).map(k=>({id:k.id,name:k.name,priceLabel:sa(k),from:k.from})),i=new Map,o=[];for(let k of n.diagnostics)if(k.feature===void 0)o.push(k);else{let $=i.get(k.feature)??[];$.push(k),i.set(k.feature,$)}let s=new Map,a=k=>{let $=s.get(k.category)??[];$.push(k),s.set(k.category,$)},l=0,c=0,u=0,p=0,f=new Set,h=new Set,g=k=>{let $=k.placement?.rank,E=k.addOnModel,L=E?`add-on: ${E.name}, ${sa(E)}`:"",Y=t.map((ae,v)=>{if($===void 0||v<$)return{kind:"excluded"};let N=k.limits[ae.id];return N!==void 0?{kind:"limit",limit:N,...k.unit?{unit:k.unit}:{},label:la(N,k.unit)}:E?{kind:"addOn",addOn:E.id,label:L}:{kind:"included"}}),Z=Jd(h.has(k.id)?[]:(i.get(k.id)??[]).map(ca));h.add(k.id);let ne=Xd(Z);return k.side==="free"?l++:k.side==="paid"&&c++,ne&&u++,{id:k.id,name:k.name,...k.description!==void 0?{description:k.description}:{},category:k.category??"Uncategorized",plan:k.plan,...k.addOn!==void 0?{addOn:k.addOn}:{},side:k.side,recommendation:k.recommendation,reasons:k.reasons,signals:Zt.filter(ae=>k.signals?.[ae]===!0),answered:Zt.filter(ae=>typeof k.signals?.[ae]=="boolean"),status:k.status,...k.unit!==void 0?{unit:k.unit}:{},...k.rationale!==void 0?{rationale:k.rationale}:{},cells:Y,findings:Z,...ne?{flag:ne}:{},range:n.toRange({start:k.idNode.range[0],end:k.idNode.range[1]}),planRange:n.toRange({start:k.planNode.range[0],end:k.planNode.range[1]})}},m=new Map;for(let k of e?.features??[])m.set(k.node,k);let y=e?K(e.rootNode,"features"):void 0;e&&(0,re.isSeq)(y)&&y.items.forEach((k,$)=>{if((0,re.isAlias)(k))return;let E=m.get(k);if(E){m.delete(k),a(g(E));return}let L=sv(n,k,$,t.length,f);L&&(p++,L.flag&&u++,a(L))});for(let k of m.values())a(g(k));let b=o.filter(k=>!f.has(k)).map(ca),S=e?.growth,A={features:(e?.features.length??0)+p,free:l,paid:c,flagged:u,errors:0,warnings:0,infos:0,accepted:0,...p?{invalid:p}:{}};for(let k of n.diagnostics)k.accepted!==void 0?A.accepted++:k.severity==="error"?A.errors++:k.severity==="warning"?A.warnings++:A.infos++;let x={present:e?.hasGrowth??!1,acquisition:S?.acquisition??"product-led",retention:S?.retention??"product-led",monetization:S?.monetization??"self-serve",relationship:S?.relationship??"one-to-many",freeOffer:S?.freeOffer??"freemium",...S?.trialDays!==void 0?{trialDays:S.trialDays}:{},freemiumGoals:[...S?.freemiumGoals??[]],summary:""},O=x.acquisition===x.retention?`${aa[x.acquisition]} acquisition and retention`:`${aa[x.acquisition]} acquisition, ${aa[x.retention]} retention`,C=x.freeOffer==="none"?"no free offer":x.trialDays?`${x.freeOffer} (${x.trialDays}-day trial)`:x.freeOffer;return x.summary=`${O} \xB7 ${x.monetization} \xB7 ${C}${x.present?"":" (assumed: no growth block)"}`,{product:e?.productName??"",plans:t,addOns:r,groups:[...s].map(([k,$])=>({category:k,rows:$})),growth:x,counts:A,fileFindings:b,syntaxError:n.syntaxError}}function Jd(n){return[...n.filter(e=>e.accepted===void 0),...n.filter(e=>e.accepted!==void 0)]}function Xd(n){let e;for(let t of n)t.accepted===void 0&&(!e||Yd[t.severity]>Yd[e])&&(e=t.severity);return e}var xi=(n,e)=>{let t=K(n,e);return(0,re.isScalar)(t)&&typeof t.value=="string"&&t.value.trim()!==""?t.value:void 0};function sv(n,e,t,r,i){if(!e?.range)return;let[o,s]=e.range,a=n.diagnostics.filter(b=>b.span.start>=o&&b.span.start<s);for(let b of a)b.feature===void 0&&i.add(b);let l=Jd(a.map(ca)),c=(0,re.isMap)(e)?xi(e,"id"):void 0,u=(0,re.isMap)(e)?K(e,"id"):void 0,p=(0,re.isMap)(e)?K(e,"plan"):void 0,f=Xd(l)??"error",h=b=>n.toRange(b?.range?{start:b.range[0],end:b.range[1]}:{start:o,end:o}),g=(0,re.isMap)(e)?K(e,"signals"):void 0,m=(0,re.isMap)(g)?g.items.filter(b=>(0,re.isScalar)(b.key)&&(0,re.isScalar)(b.value)):[],y=b=>m.find(S=>S.key.value===b)?.value?.value;return{id:c??`#${t+1}`,name:((0,re.isMap)(e)?xi(e,"name"):void 0)??c??`Feature #${t+1}`,category:((0,re.isMap)(e)?xi(e,"category"):void 0)??"Uncategorized",plan:((0,re.isMap)(e)?xi(e,"plan"):void 0)??"",side:null,recommendation:"unclassified",reasons:[],signals:Zt.filter(b=>y(b)===!0),answered:Zt.filter(b=>typeof y(b)=="boolean"),status:"shipped",cells:Array.from({length:r},()=>({kind:"excluded"})),findings:l,flag:f,invalid:!0,range:h(u??void 0),planRange:h(p??void 0)}}d();var ie=require("node:fs"),Le=_e(require("node:path"));d();function ua(n){let e=n.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(e)}var on=class extends Error{},Qd=32<<20,ep=/^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;function av(n){let e;try{e=(0,ie.statSync)(n)}catch{return}if(e.isFIFO()&&!ep.test(n))return"is a named pipe (FIFO), not a file: refused, since reading it could wait forever";if(e.isSocket())return"is a socket, not a file";if((e.isCharacterDevice()||e.isBlockDevice())&&n!=="/dev/null"&&!ep.test(n))return"is a device, not a file"}function fa(n){let e,t,r=av(n);if(r)return{ok:!1,reason:r};try{t=(0,ie.openSync)(n,"r");let o=(0,ie.fstatSync)(t);if(o.isDirectory())return{ok:!1,reason:"is a directory"};if(o.isFile()&&o.size>Qd)return{ok:!1,reason:`too large (${Math.round(o.size/2**20)} MiB; the limit is 32 MiB)`};let s=[],a=0;for(;;){let l=Buffer.allocUnsafe(65536),c=(0,ie.readSync)(t,l,0,l.length,null);if(c===0)break;if(s.push(l.subarray(0,c)),a+=c,a>Qd)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}e=Buffer.concat(s,a)}catch(o){let s=o;return{ok:!1,reason:s.code==="ENOENT"?"no such file":s.code==="EACCES"?"permission denied":s.code==="EISDIR"?"is a directory":s.message}}finally{t!==void 0&&(0,ie.closeSync)(t)}let i=e.indexOf(0);if(i>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${np(e,i)})`};try{let o=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}).decode(e),s=o.charCodeAt(0)===65279;return s&&(o=o.slice(1)),{ok:!0,text:o,...s?{bom:s}:{}}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${np(e,cv(e))})`}}}function np(n,e){let t=1,r=0;for(let i=0;i<e;i++)n[i]===10&&(t++,r=i+1);return`line ${t}, column ${e-r+1}`}function cv(n){for(let e=0;e<n.length;){let t=n[e];if(t<128){e++;continue}let r,i=128,o=191;if(t>=194&&t<=223)r=2;else if(t>=224&&t<=239)r=3,t===224?i=160:t===237&&(o=159);else if(t>=240&&t<=244)r=4,t===240?i=144:t===244&&(o=143);else return e;if(e+r>n.length)return e;let s=n[e+1];if(s<i||s>o)return e;for(let a=2;a<r;a++)if(n[e+a]>>6!==2)return e;e+=r}return n.length}var tp=n=>/[*?[\]{}]/.test(n),rp=256;function op(n){let e=n.indexOf("{"),t=e<0?-1:n.indexOf("}",e);if(t<0)return[n];let r=n.slice(0,e),i=op(n.slice(t+1)),o=[];for(let s of n.slice(e+1,t).split(","))for(let a of i)if(o.push(r+s+a),o.length>rp)throw new on(`${n}: the braces expand to more than ${rp} patterns`);return o}function lv(n){let e=[];for(let t=0;t<n.length;t++){let r=n[t];r==="*"?n[t+1]==="*"?(t++,n[t+1]==="/"?(t++,e.push({kind:"**/"})):e.push({kind:"**"})):e[e.length-1]?.kind!=="*"&&e.push({kind:"*"}):r==="?"?e.push({kind:"?"}):e.push({kind:"char",c:r})}return e}function uv(n){let e=op(n).map(lv);return t=>e.some(r=>fv(r,t))}function fv(n,e){let t=n.length,r=new Uint8Array(t+1),i=new Uint8Array(t+1),o=s=>{for(let a=0;a<t;a++)s[a]&&n[a].kind!=="char"&&n[a].kind!=="?"&&(s[a+1]=1)};r[0]=1,o(r);for(let s=0;s<e.length;s++){let a=e[s];i.fill(0);let l=!1;for(let c=0;c<t;c++){if(!r[c])continue;let u=n[c];u.kind==="char"?u.c===a&&(i[c+1]=1):u.kind==="?"?a!=="/"&&(i[c+1]=1):u.kind==="*"?a!=="/"&&(i[c]=1):u.kind==="**"?i[c]=1:(i[c]=1,a==="/"&&(i[c+1]=1))}o(i);for(let c=0;c<=t;c++)i[c]&&(l=!0);if(!l)return!1;[r,i]=[i,r]}return r[t]===1}function Si(n,e,t=n,r=()=>{},i=new Set){let o=[],s;try{s=(0,ie.realpathSync)(n)}catch{return o}if(i.has(s))return r(`${n}: a symbolic link loop (back to ${s}); not followed`),o;i.add(s);let a;try{a=(0,ie.readdirSync)(n,{withFileTypes:!0})}catch{return i.delete(s),o}a.sort((l,c)=>l.name<c.name?-1:l.name>c.name?1:0);for(let l of a){let c=Le.default.join(n,l.name),u=l.isDirectory(),p=l.isFile();if(l.isSymbolicLink())try{let f=(0,ie.statSync)(c);u=f.isDirectory(),p=f.isFile()}catch{continue}if(u){if(l.name==="node_modules"||l.name.startsWith("."))continue;o.push(...Si(c,e,t,r,i))}else p&&e(Le.default.relative(t,c).split(Le.default.sep).join("/"))&&o.push(c)}return i.delete(s),o}function sp(n,e,t=()=>{}){if(n.length===0){let i=Si(e,o=>ua(o),e,t);if(i.length===0)throw new on("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return ip(i)}let r=[];for(let i of n){let o=Le.default.resolve(e,i),s;try{s=(0,ie.statSync)(o)}catch{s=void 0}if(s?.isDirectory()){let a=Si(o,l=>ua(l),o,t);if(a.length===0)throw new on(`${i}: no packaging files in this directory`);r.push(...a)}else if(!s&&tp(i)){let a=i.split(Le.default.sep).join("/").replace(/^\.\//,""),l=a.split("/").findIndex(h=>tp(h)),c=a.split("/").slice(0,l).join("/"),u=Le.default.resolve(e,c||"."),p=uv(a.split("/").slice(l).join("/")),f=Si(u,p,u,t);if(f.length===0)throw new on(`${i}: the pattern matched no files`);r.push(...f)}else r.push(o)}return ip(r)}function ip(n){let e=new Set;return n.filter(t=>{let r=t;try{r=(0,ie.realpathSync)(t)}catch{}return e.has(r)?!1:(e.add(r),!0)})}function da(n,e){let t=Le.default.relative(e,n);return(t&&!t.startsWith("..")?t:n).split(Le.default.sep).join("/")}d();var Qn=(n,e)=>t=>`\x1B[${n}m${t}\x1B[${e}m`;function pa(n){if(!n){let e=t=>t;return{red:e,yellow:e,blue:e,dim:e,bold:e,underline:e}}return{red:Qn(31,39),yellow:Qn(33,39),blue:Qn(34,39),dim:Qn(2,22),bold:Qn(1,22),underline:Qn(4,24)}}d();d();var ha="packaging-planner",ma="0.1.0",ap="PACKAGING_PLANNER_DOCS_URL";function ga(n){let e=n[ap]?.trim();if(!e)return;let t;try{t=new URL(e)}catch{t=void 0}if(!t||t.protocol!=="https:"&&t.protocol!=="http:")throw new Ut(`${ap} must be an http(s) address of the docs/ folder, not "${e}"`);return e.replace(/\/+$/,"")}var Ut=class extends Error{};function $i(n,e){return e?`${e}/rules/${encodeURIComponent(n)}.md`:void 0}function _i(n){return`${ha} explain ${n}`}d();function Wt(n){let e=0,t=0,r=0,i=0;for(let o of n)o.accepted!==void 0?i++:o.severity==="error"?e++:o.severity==="warning"?t++:r++;return{errorCount:e,warningCount:t,infoCount:r,acceptedCount:i}}function et(n){return Wt(n.flatMap(e=>e.diagnostics))}function sn(n){return{line:n.line+1,column:n.character+1}}var Ai=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function Kt(n,e){let t=$i(n,e);return t?`[${n}](${t})`:`\`${n}\``}function ya(n){return n?[]:[`Each rule is explained by \`${_i("RULE")}\`.`,""]}function Pi(n,e={}){let t=["## Packaging Planner",""],r=et(n),i=r.errorCount+r.warningCount+r.infoCount,o=Ai(n.length,"file"),s=r.acceptedCount?` ${r.acceptedCount} accepted (not counted).`:"";if(t.push(i===0?`\u2714 ${o} checked, no problems.${s}`:`${r.errorCount>0?"\u2716":"\u26A0"} ${Ai(r.errorCount,"error")}, ${Ai(r.warningCount,"warning")}, ${Ai(r.infoCount,"info")} in ${o}.${s}`,""),n.length===0)return`${t.join(`
`)}
`;t.push(se(["File","Errors","Warnings","Infos","Features (free / paid)"],n.map(a=>{let l=Wt(a.diagnostics),c=a.result.features.filter(p=>p.side==="free").length,u=a.result.features.filter(p=>p.side==="paid").length;return[Xn(a.file),String(l.errorCount),String(l.warningCount),String(l.infoCount),`${a.result.features.length} (${c} / ${u})`]}),["l","r","r","r","r"]),""),i>0&&t.push(...ya(e.docsUrl));for(let a of n){t.push(`### ${T(a.file)}`,"");let l=a.diagnostics.filter(u=>u.accepted===void 0),c=a.diagnostics.filter(u=>u.accepted!==void 0);l.length===0?t.push("No problems.",""):t.push(se(["Line","Severity","Rule","Message"],l.map(u=>{let p=sn(u.range.start);return[`${p.line}:${p.column}`,`${jt[u.severity]} ${u.severity}`,Kt(u.rule,e.docsUrl),T(u.message)]}),["r","l","l","l"]),""),c.length&&t.push(`<details><summary>Accepted findings (${c.length})</summary>`,"",se(["Line","Rule","Reason","Finding"],c.map(u=>{let p=sn(u.range.start);return[`${p.line}:${p.column}`,Kt(u.rule,e.docsUrl),T(u.accepted),T(u.message)]}),["r","l","l","l"]),"","</details>",""),!a.result.syntaxError&&a.result.model&&t.push("<details><summary>Free/paid matrix</summary>","",Gd(Hd(a.result),{heading:"####"}),"</details>","")}return`${t.join(`
`)}
`}d();function cp(){return{cwd:process.cwd(),stdout:n=>process.stdout.write(n),stderr:n=>process.stderr.write(n),isTTY:!!process.stdout.isTTY,env:process.env}}var _n={ok:0,findings:1,usage:2};var An=class extends Error{};function fp(n,e){let t=Gt.default.dirname(n),r=s=>(0,up.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new An(a.code==="ENOENT"?"git is not installed":`${n}: not inside a git repository`)}if(e.startsWith("-"))throw new An(`--base ${e}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${e}^{commit}`])}catch{throw new An(`--base ${e}: no such git ref (commit, branch or tag)`)}let o=Gt.default.relative(i,Gt.default.resolve(n)).split(Gt.default.sep).join("/");try{return r(["show",`${e}:${o}`])}catch{return}}function an(n){return n==null?"\u2014":n==="contact-sales"?"Contact sales":n===0?"Free":`$${Number.isInteger(n)?n:n.toFixed(2)}`}function lp(n,e){return n===null?"not included":la(n,e)}var wa=n=>n===void 0?"":` (${n>0?"+":""}${n}%)`;function dv(n){return n.direction==="neutral"?`no verdict: ${n.why}`:`${n.direction} the ${n.basis}: ${n.why}`}var pv={tightened:"wall tightened",loosened:"wall loosened","wall-added":"wall added","wall-removed":"wall removed","unit-changed":"unit changed"};function hv(n){let e=n.features.length?` (sells ${n.features.join(", ")})`:"";return n.kind==="added"?`${n.name}: added at ${an(n.to)}${e}`:n.kind==="removed"?`${n.name}: removed (was ${an(n.from)})${e}`:n.kind==="from-changed"?`${n.name}: sold from ${n.from} \u2192 ${n.to}`:`${n.name}: ${an(n.from)} \u2192 ${an(n.to)}${wa(n.percent)}`}var Oi=(n,e)=>e?`add-on ${e}`:n;var Vt=(n,e)=>`${n} ${e}${n===1?"":"s"}`,mv=n=>`${Vt(n.errors,"error")}, ${Vt(n.warnings,"warning")}, ${Vt(n.infos,"info")}`;var gv=n=>n.direction==="with"?"\u2705 ":n.direction==="against"?"\u26A0\uFE0F ":"",Ci=n=>`${gv(n)}${T(dv(n))}`;function dp(n,e,t){let r=[`## Packaging changes: ${T(e.head)}`,"",`Compared with ${Xn(e.base)}${n.baseMissing?" (does not exist: a new file)":""}. Head: ${mv(n.head)}.`,""];if(bi(n))return r.push("No packaging changes.",""),`${r.join(`
`)}
`;let i=[...n.moved.map(s=>s.judgement),...n.limits.map(s=>s.verdict),...n.prices.map(s=>s.verdict),...n.addOns.map(s=>s.verdict)].filter(s=>s.direction==="against").length;(i>0||n.accepted.length>0)&&r.push(`**${Vt(i,"change")} against the packaging test or the growth model**${n.accepted.length?`; ${Vt(n.accepted.length,"finding")} newly accepted`:""}.`,""),n.renamed.length>0&&r.push("### Plans renamed","",se(["Before","After","Place in the ladder"],n.renamed.map(s=>[T(`${s.fromName} (${s.fromId})`),T(`${s.toName} (${s.toId})`),String(s.rank+1)])),""),n.moved.length>0&&r.push("### Moved between plans","",se(["Feature","From","To","Side","Verdict"],n.moved.map(s=>[T(s.name),T(Oi(s.fromPlan,s.fromAddOn)),T(Oi(s.toPlan,s.toAddOn)),T(s.fromSide===s.toSide?`${s.toSide??"unknown"} side`:`${s.fromSide??"unknown"} \u2192 ${s.toSide??"unknown"}`),Ci(s.judgement)])),""),n.added.length+n.removed.length>0&&r.push("### Features added or removed","",se(["","Feature","Plan","Side","Recommendation"],[...n.added.map(s=>["\u2795",T(s.name),T(Oi(s.plan,s.addOn)),T(s.side??"unknown plan"),T(rn[s.recommendation])]),...n.removed.map(s=>["\u2796",T(s.name),T(Oi(s.plan,s.addOn)),T(s.side??"unknown plan"),T(rn[s.recommendation])])]),""),n.limits.length>0&&r.push("### Limits changed","",se(["Feature","Plan","Before","After","Change","Verdict"],n.limits.map(s=>[T(s.name),T(s.plan),T(lp(s.from,s.fromUnit??s.unit)),T(lp(s.to,s.unit)),T(`${pv[s.kind]}${wa(s.percent)}`),Ci(s.verdict)])),""),n.prices.length>0&&r.push("### Plans and prices","",se(["Plan","Before","After","Change","Verdict"],n.prices.map(s=>[T(s.name),T(an(s.from)),T(an(s.to)),T(`${s.percent!==void 0?`${s.percent>0?"+":""}${s.percent}%`:""}${s.entryFrom!==void 0||s.entryTo!==void 0?` entry ${an(s.entryFrom)} \u2192 ${an(s.entryTo)}${wa(s.entryPercent)}`:""}`.trim()),Ci(s.verdict)])),""),n.addOns.length>0&&r.push("### Add-ons","",se(["Add-on","Change","Verdict"],n.addOns.map(s=>[T(s.name),T(hv(s)),Ci(s.verdict)])),""),n.rationale.length>0&&r.push("### Rationale changed","",se(["Feature","Before","After"],n.rationale.map(s=>[T(s.name),T(s.from??"(none)"),T(s.to??"(none)")])),""),n.accepted.length>0&&r.push("### Newly accepted findings","","These findings are waved through by an `accept` entry: they no longer count. Check the reasons.","",se(["Severity","Rule","Feature","Finding","Reason"],n.accepted.map(s=>[s.severity,Kt(s.rule,t),T(s.feature??""),T(s.message),T(s.accepted??"")])),"");let o=(s,a)=>s.map(l=>[a,`${l.severity}`,Kt(l.rule,t),T(l.message)]);return n.newDiagnostics.length+n.resolvedDiagnostics.length>0&&r.push("### Findings","",se(["","Severity","Rule","Message"],[...o(n.newDiagnostics,"\u{1F195} new"),...o(n.resolvedDiagnostics,"\u2705 resolved")]),"",...ya(t)),`${r.join(`
`)}
`}d();d();var yv={error:"error",warning:"warning",info:"notice"};function Pn(n){return vi(n).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function wv(n){return Pn(n).replace(/:/g,"%3A").replace(/,/g,"%2C")}function Mi(n,e,t){let r=Object.entries(e).map(([i,o])=>`${i}=${wv(String(o))}`).join(",");return`::${n}${r?` ${r}`:""}::${Pn(t)}`}function Ni(n){let e=[];for(let t of n)for(let r of t.diagnostics)r.accepted===void 0&&e.push(Mi(yv[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return e.length>0?`${e.join(`
`)}
`:""}d();function bv(n){return{files:n.map(e=>({file:e.file,...Wt(e.diagnostics),diagnostics:e.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:sn(t.range.start),end:sn(t.range.end)}})),features:e.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function pp(n){return`${JSON.stringify(bv(n),null,2)}
`}d();var bp=require("node:crypto");d();var hp=require("node:fs"),va=_e(require("node:path")),ba=typeof w<"u"?w:void 0,vv=()=>va.default.resolve(__dirname,"..","..");function kv(n){try{return(0,hp.readFileSync)(n,"utf8")}catch{return}}function mp(n){if(/^[a-z][a-z0-9-]*$/.test(n))return ba?Object.hasOwn(ba.docs,n)?ba.docs[n]:void 0:kv(va.default.join(vv(),"docs","rules",`${n}.md`))}d();function gp(n,e){let t=n.replace(/\r\n?/g,`
`).split(`
`),r=t.findIndex(a=>a.trim()===`## ${e}`);if(r<0)return[];let i=[],o=[],s=!1;for(let a of t.slice(r+1)){if(!s&&a.startsWith("## "))break;a.startsWith("```")&&(s=!s),!s&&a.trim()===""?(o.length&&i.push(o.join(`
`)),o=[]):o.push(a)}return o.length&&i.push(o.join(`
`)),i}function xv(n){return n.replace(/\s*\n\s*/g," ").replace(/`([^`]*)`/g,"$1").replace(/\*\*([^*]+)\*\*/g,"$1").replace(/\[([^\]]+)\]\([^)]*\)/g,"$1").trim()}function yp(n){let e=gp(n,"What it checks").filter(i=>!/^Anchor:/.test(i)),t=gp(n,"Why").slice(0,1),r=[...e,...t].filter(i=>!i.startsWith("```"));if(r.length!==0)return{text:r.map(xv).join(`

`),markdown:r.map(i=>i.replace(/\s*\n\s*/g," ").trim()).join(`

`)}}var Sv="https://json.schemastore.org/sarif-2.1.0.json",wp={error:"error",warning:"warning",info:"note"},$v=n=>n.split("-").map(e=>e.charAt(0).toUpperCase()+e.slice(1)).join("");function _v(n){let e=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(n)?{uri:`file:///${e(n.replace(/\\/g,"/"))}`}:n.startsWith("/")?{uri:`file://${e(n)}`}:{uri:e(n),uriBaseId:"%SRCROOT%"}}function Av(n,e={}){let t=new Map(Jn.map((o,s)=>[o.id,s])),r=Jn.map(o=>{let s=mp(o.id),a=s?yp(s):void 0,l=$i(o.id,e.docsUrl);return{id:o.id,name:$v(o.id),shortDescription:{text:o.description},fullDescription:a??{text:o.description},help:s?{text:s,markdown:s}:{text:`${o.description}

Run \`${_i(o.id)}\` for the rule's page.`},...l?{helpUri:l}:{},defaultConfiguration:{level:wp[o.severity]},properties:{tags:["packaging",o.category],precision:"very-high"}}}),i=n.flatMap(o=>{let s=new Map;return o.diagnostics.map(a=>{let l=t.get(a.rule),c=[o.file,a.rule,a.feature??"",a.message].join("\0"),u=(s.get(c)??0)+1;s.set(c,u);let p=`${(0,bp.createHash)("sha256").update(c).digest("hex").slice(0,32)}:${u}`;return{ruleId:a.rule,...l!==void 0?{ruleIndex:l}:{},level:wp[a.severity],message:{text:a.message},locations:[{physicalLocation:{artifactLocation:_v(o.file),region:{startLine:a.range.start.line+1,startColumn:a.range.start.character+1,endLine:a.range.end.line+1,endColumn:a.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":p},...a.accepted!==void 0?{suppressions:[{kind:"inSource",justification:a.accepted}]}:{},...a.feature!==void 0?{properties:{feature:a.feature}}:{}}})});return{$schema:Sv,version:"2.1.0",runs:[{tool:{driver:{name:ha,version:ma,semanticVersion:ma,...e.docsUrl?{informationUri:e.docsUrl}:{},rules:r}},columnKind:"utf16CodeUnits",results:i}]}}function Ti(n,e={}){return`${JSON.stringify(Av(n,e),null,2)}
`}d();var Yt=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function vp(n,e){let t=pa(e.color);if(n.length===0)return"";let r=[];for(let c of n){let u=e.showAccepted?c.diagnostics:c.diagnostics.filter(h=>h.accepted===void 0);if(u.length===0)continue;r.push(t.underline(Bt(c.file)));let p=u.map(h=>{let g=sn(h.range.start);return{pos:`${g.line}:${g.column}`,d:h}}),f=Math.max(...p.map(h=>h.pos.length));for(let{pos:h,d:g}of p){let m=g.accepted!==void 0?t.dim("accepted"):g.severity==="error"?t.red("error  "):g.severity==="warning"?t.yellow("warning"):t.blue("info   "),y=g.accepted!==void 0?` ${t.dim(`(accepted: ${Bt(g.accepted.replace(/\s*\n\s*/g," "))})`)}`:"";r.push(`  ${t.dim(h.padEnd(f))}  ${m}  ${Bt(g.message.replace(/\s*\n\s*/g," "))}${y}  ${t.dim(g.rule)}`)}r.push("")}let i=et(n),o=i.errorCount+i.warningCount+i.infoCount,s=Yt(n.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${e.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let c=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${c}`:c}let l=`\u2716 ${Yt(o,"problem")} (${Yt(i.errorCount,"error")}, ${Yt(i.warningCount,"warning")}, ${Yt(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(l)):t.yellow(t.bold(l))),`${r.join(`
`)}
`}var zi={stylish:vp,json:pp,sarif:Ti,github:Ni,markdown:Pi};function On(n,e){return(n[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Ht(n,e){return n.stdout(`::error title=packaging-planner::${Pn(e)}
`),{exitCode:_n.usage,errors:0,warnings:0,infos:0}}function kp(n){let e=n.env,t=e.GITHUB_WORKSPACE&&Cn.default.isAbsolute(e.GITHUB_WORKSPACE)?e.GITHUB_WORKSPACE:n.cwd,r=On(e,"paths").split(/\r?\n/).flatMap(x=>x.trim().split(/\s+/)).filter(Boolean),i=On(e,"format")||"stylish";if(!(i in zi))return Ht(n,`input format: unknown "${i}"; use one of ${Object.keys(zi).join(", ")}`);let o=On(e,"max-warnings"),s;try{s=Vd(o)}catch(x){return Ht(n,`input max-warnings: ${x.message.replace(/^--max-warnings takes/,"takes")}`)}let a=On(e,"sarif"),l=On(e,"annotate")!=="false",c=On(e,"diff-base"),u=On(e,"diff-file")||"packaging-diff.md",p;try{p=ga(e)}catch(x){if(x instanceof Ut)return Ht(n,x.message);throw x}let f;try{f=sp(r,t,x=>n.stdout(`${Mi("warning",{title:"packaging-planner"},x)}
`))}catch(x){if(x instanceof on)return Ht(n,x.message);throw x}let h=[],g=!1;for(let x of f){let O=da(x,t),C=fa(x);if(!C.ok){n.stdout(`${Mi("error",{file:O,title:"packaging-planner"},`${O}: ${C.reason}`)}
`),g=!0;continue}let k=yi(C.text);h.push({file:O,text:C.text,result:k,diagnostics:k.diagnostics})}if(n.stdout(zi[i](h,{color:!1,docsUrl:p})),l&&i!=="github"&&n.stdout(Ni(h)),e.GITHUB_STEP_SUMMARY&&(0,Ne.appendFileSync)(e.GITHUB_STEP_SUMMARY,Pi(h,{docsUrl:p})),a){let x=Cn.default.resolve(t,a);(0,Ne.mkdirSync)(Cn.default.dirname(x),{recursive:!0}),(0,Ne.writeFileSync)(x,Ti(h,{docsUrl:p}))}let m="";if(c){let x=[];try{for(let C of h){let k=fp(Cn.default.resolve(t,C.file),c),$=oa(k===void 0?void 0:yi(k),C.result);bi($)||x.push(dp($,{base:`${c}:${C.file}`,head:C.file},p))}}catch(C){if(C instanceof An)return Ht(n,`input diff-base: ${C.message}`);throw C}let O=x.length>0?x.join(`
`):`## Packaging changes

No packaging changes since ${Xn(c)}.
`;m=Cn.default.resolve(t,u),(0,Ne.mkdirSync)(Cn.default.dirname(m),{recursive:!0}),(0,Ne.writeFileSync)(m,O),e.GITHUB_STEP_SUMMARY&&(0,Ne.appendFileSync)(e.GITHUB_STEP_SUMMARY,`
${O}`)}let{errorCount:y,warningCount:b,infoCount:S}=et(h);e.GITHUB_OUTPUT&&(0,Ne.appendFileSync)(e.GITHUB_OUTPUT,`errors=${y}
warnings=${b}
infos=${S}
files=${h.length}
${a?`sarif=${a}
`:""}${m?`diff=${u}
`:""}`);let A=_n.ok;return g?A=_n.usage:y>0?A=_n.findings:s>=0&&b>s&&(n.stdout(`::error title=packaging-planner::${Pn(`${b} warnings, more than max-warnings ${s}`)}
`),A=_n.findings),{exitCode:A,errors:y,warnings:b,infos:S}}try{process.exitCode=kp(cp()).exitCode}catch(n){process.stdout.write(`::error title=packaging-planner::${Pn(`internal error: ${n?.message??String(n)}`)}
`),process.exitCode=2}
