"use strict";var od=Object.create;var zs=Object.defineProperty;var sd=Object.getOwnPropertyDescriptor;var ad=Object.getOwnPropertyNames;var cd=Object.getPrototypeOf,ld=Object.prototype.hasOwnProperty;var ud=(n,e,t)=>()=>{if(t)throw t[0];try{return n&&(e=n(n=0)),e}catch(r){throw t=[r],r}};var $=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var fd=(n,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of ad(e))!ld.call(n,i)&&i!==t&&zs(n,i,{get:()=>e[i],enumerable:!(r=sd(e,i))||r.enumerable});return n};var We=(n,e,t)=>(t=n!=null?od(cd(n)):{},fd(e||!n||!n.__esModule?zs(t,"default",{value:n,enumerable:!0}):t,n));var y,u=ud(()=>{y={schema:`{
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
`}}});var E=$(V=>{"use strict";u();var Vr=Symbol.for("yaml.alias"),Ms=Symbol.for("yaml.document"),Pt=Symbol.for("yaml.map"),Cs=Symbol.for("yaml.pair"),Yr=Symbol.for("yaml.scalar"),Ot=Symbol.for("yaml.seq"),ve=Symbol.for("yaml.node.type"),pd=n=>!!n&&typeof n=="object"&&n[ve]===Vr,hd=n=>!!n&&typeof n=="object"&&n[ve]===Ms,md=n=>!!n&&typeof n=="object"&&n[ve]===Pt,gd=n=>!!n&&typeof n=="object"&&n[ve]===Cs,Ns=n=>!!n&&typeof n=="object"&&n[ve]===Yr,yd=n=>!!n&&typeof n=="object"&&n[ve]===Ot;function Es(n){if(n&&typeof n=="object")switch(n[ve]){case Pt:case Ot:return!0}return!1}function wd(n){if(n&&typeof n=="object")switch(n[ve]){case Vr:case Pt:case Yr:case Ot:return!0}return!1}var bd=n=>(Ns(n)||Es(n))&&!!n.anchor;V.ALIAS=Vr;V.DOC=Ms;V.MAP=Pt;V.NODE_TYPE=ve;V.PAIR=Cs;V.SCALAR=Yr;V.SEQ=Ot;V.hasAnchor=bd;V.isAlias=pd;V.isCollection=Es;V.isDocument=hd;V.isMap=md;V.isNode=wd;V.isPair=gd;V.isScalar=Ns;V.isSeq=yd});var Tn=$(Hr=>{"use strict";u();var j=E(),J=Symbol("break visit"),Ts=Symbol("skip children"),me=Symbol("remove node");function zt(n,e){let t=Is(e);j.isDocument(n)?pn(null,n.contents,t,Object.freeze([n]))===me&&(n.contents=null):pn(null,n,t,Object.freeze([]))}zt.BREAK=J;zt.SKIP=Ts;zt.REMOVE=me;function pn(n,e,t,r){let i=Rs(n,e,t,r);if(j.isNode(i)||j.isPair(i))return Ls(n,r,i),pn(n,i,t,r);if(typeof i!="symbol"){if(j.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=pn(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===J)return J;s===me&&(e.items.splice(o,1),o-=1)}}}else if(j.isPair(e)){r=Object.freeze(r.concat(e));let o=pn("key",e.key,t,r);if(o===J)return J;o===me&&(e.key=null);let s=pn("value",e.value,t,r);if(s===J)return J;s===me&&(e.value=null)}}return i}async function Mt(n,e){let t=Is(e);j.isDocument(n)?await hn(null,n.contents,t,Object.freeze([n]))===me&&(n.contents=null):await hn(null,n,t,Object.freeze([]))}Mt.BREAK=J;Mt.SKIP=Ts;Mt.REMOVE=me;async function hn(n,e,t,r){let i=await Rs(n,e,t,r);if(j.isNode(i)||j.isPair(i))return Ls(n,r,i),hn(n,i,t,r);if(typeof i!="symbol"){if(j.isCollection(e)){r=Object.freeze(r.concat(e));for(let o=0;o<e.items.length;++o){let s=await hn(o,e.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===J)return J;s===me&&(e.items.splice(o,1),o-=1)}}}else if(j.isPair(e)){r=Object.freeze(r.concat(e));let o=await hn("key",e.key,t,r);if(o===J)return J;o===me&&(e.key=null);let s=await hn("value",e.value,t,r);if(s===J)return J;s===me&&(e.value=null)}}return i}function Is(n){return typeof n=="object"&&(n.Collection||n.Node||n.Value)?Object.assign({Alias:n.Node,Map:n.Node,Scalar:n.Node,Seq:n.Node},n.Value&&{Map:n.Value,Scalar:n.Value,Seq:n.Value},n.Collection&&{Map:n.Collection,Seq:n.Collection},n):n}function Rs(n,e,t,r){if(typeof t=="function")return t(n,e,r);if(j.isMap(e))return t.Map?.(n,e,r);if(j.isSeq(e))return t.Seq?.(n,e,r);if(j.isPair(e))return t.Pair?.(n,e,r);if(j.isScalar(e))return t.Scalar?.(n,e,r);if(j.isAlias(e))return t.Alias?.(n,e,r)}function Ls(n,e,t){let r=e[e.length-1];if(j.isCollection(r))r.items[n]=t;else if(j.isPair(r))n==="key"?r.key=t:r.value=t;else if(j.isDocument(r))r.contents=t;else{let i=j.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}Hr.visit=zt;Hr.visitAsync=Mt});var Jr=$(qs=>{"use strict";u();var Ds=E(),vd=Tn(),kd={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},xd=n=>n.replace(/[!,[\]{}]/g,e=>kd[e]),In=class n{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},n.defaultYaml,e),this.tags=Object.assign({},n.defaultTags,t)}clone(){let e=new n(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new n(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:n.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},n.defaultTags);break}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:n.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},n.defaultTags),this.atNextDocument=!1);let r=e.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!")return t(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let s=e.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=e.match(/^(.*!)([^!]*)$/s);i||t(`The ${e} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[t,r]of Object.entries(this.tags))if(e.startsWith(r))return t+xd(e.substring(r.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(e&&r.length>0&&Ds.isNode(e.contents)){let o={};vd.visit(e.contents,(s,a)=>{Ds.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!e||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};In.defaultYaml={explicit:!1,version:"1.2"};In.defaultTags={"!!":"tag:yaml.org,2002:"};qs.Directives=In});var Ct=$(Rn=>{"use strict";u();var Zs=E(),Sd=Tn();function $d(n){if(/[\x00-\x19\s,[\]{}]/.test(n)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(n)}`;throw new Error(t)}return!0}function Bs(n){let e=new Set;return Sd.visit(n,{Value(t,r){r.anchor&&e.add(r.anchor)}}),e}function Fs(n,e){for(let t=1;;++t){let r=`${n}${t}`;if(!e.has(r))return r}}function _d(n,e){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=Bs(n));let s=Fs(e,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(Zs.isScalar(s.node)||Zs.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}Rn.anchorIsValid=$d;Rn.anchorNames=Bs;Rn.createNodeAnchors=_d;Rn.findNewAnchor=Fs});var Xr=$(js=>{"use strict";u();function Ln(n,e,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=Ln(n,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=Ln(n,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=Ln(n,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=Ln(n,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return n.call(e,t,r)}js.applyReviver=Ln});var Pe=$(Ws=>{"use strict";u();var Ad=E();function Us(n,e,t){if(Array.isArray(n))return n.map((r,i)=>Us(r,String(i),t));if(n&&typeof n.toJSON=="function"){if(!t||!Ad.hasAnchor(n))return n.toJSON(e,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(n,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=n.toJSON(e,t);return t.onCreate&&t.onCreate(i),i}return typeof n=="bigint"&&!t?.keep?Number(n):n}Ws.toJS=Us});var Nt=$(Gs=>{"use strict";u();var Pd=Xr(),Ks=E(),Od=Pe(),Qr=class{constructor(e){Object.defineProperty(this,Ks.NODE_TYPE,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!Ks.isDocument(e))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:e,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=Od.toJS(this,"",s);if(typeof i=="function")for(let{count:c,res:l}of s.anchors.values())i(l,c);return typeof o=="function"?Pd.applyReviver(o,{"":a},"",a):a}};Gs.NodeBase=Qr});var Dn=$(Vs=>{"use strict";u();var zd=Ct(),Md=Tn(),mn=E(),Cd=Nt(),Nd=Pe(),ei=class extends Cd.NodeBase{constructor(e){super(mn.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],Md.visit(e,{Node:(o,s)=>{(mn.isAlias(s)||mn.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,c=o.get(i);if(c||(Nd.toJS(i,null,t),c=o.get(i)),c?.res===void 0){let l="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(l)}if(a>=0&&(c.count+=1,c.aliasCount===0&&(c.aliasCount=Et(s,i,o)),c.count*c.aliasCount>a)){let l="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(l)}}return i}toJSON(e,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(e,t,r){let i=`*${this.source}`;if(e){if(zd.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(e.implicitKey)return`${i} `}return i}};function Et(n,e,t){if(mn.isAlias(e)){let r=e.resolve(n),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(mn.isCollection(e)){let r=0;for(let i of e.items){let o=Et(n,i,t);o>r&&(r=o)}return r}else if(mn.isPair(e)){let r=Et(n,e.key,t),i=Et(n,e.value,t);return Math.max(r,i)}return 1}Vs.Alias=ei});var F=$(ni=>{"use strict";u();var Ed=E(),Td=Nt(),Id=Pe(),Rd=n=>!n||typeof n!="function"&&typeof n!="object",Oe=class extends Td.NodeBase{constructor(e){super(Ed.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:Id.toJS(this.value,e,t)}toString(){return String(this.value)}};Oe.BLOCK_FOLDED="BLOCK_FOLDED";Oe.BLOCK_LITERAL="BLOCK_LITERAL";Oe.PLAIN="PLAIN";Oe.QUOTE_DOUBLE="QUOTE_DOUBLE";Oe.QUOTE_SINGLE="QUOTE_SINGLE";ni.Scalar=Oe;ni.isScalarValue=Rd});var qn=$(Hs=>{"use strict";u();var Ld=Dn(),Ke=E(),Ys=F(),Dd="tag:yaml.org,2002:";function qd(n,e,t){if(e){let r=t.filter(o=>o.tag===e),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${e} not found`);return i}return t.find(r=>r.identify?.(n)&&!r.format)}function Zd(n,e,t){if(Ke.isDocument(n)&&(n=n.contents),Ke.isNode(n))return n;if(Ke.isPair(n)){let f=t.schema[Ke.MAP].createNode?.(t.schema,null,t);return f.items.push(n),f}(n instanceof String||n instanceof Number||n instanceof Boolean||typeof BigInt<"u"&&n instanceof BigInt)&&(n=n.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,c;if(r&&n&&typeof n=="object"){if(c=a.get(n),c)return c.anchor??(c.anchor=i(n)),new Ld.Alias(c.anchor);c={anchor:null,node:null},a.set(n,c)}e?.startsWith("!!")&&(e=Dd+e.slice(2));let l=qd(n,e,s.tags);if(!l){if(n&&typeof n.toJSON=="function"&&(n=n.toJSON()),!n||typeof n!="object"){let f=new Ys.Scalar(n);return c&&(c.node=f),f}l=n instanceof Map?s[Ke.MAP]:Symbol.iterator in Object(n)?s[Ke.SEQ]:s[Ke.MAP]}o&&(o(l),delete t.onTagObj);let d=l?.createNode?l.createNode(t.schema,n,t):typeof l?.nodeClass?.from=="function"?l.nodeClass.from(t.schema,n,t):new Ys.Scalar(n);return e?d.tag=e:l.default||(d.tag=l.tag),c&&(c.node=d),d}Hs.createNode=Zd});var It=$(Tt=>{"use strict";u();var Bd=qn(),ge=E(),Fd=Nt();function ti(n,e,t){let r=t;for(let i=e.length-1;i>=0;--i){let o=e[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return Bd.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:n,sourceObjects:new Map})}var Js=n=>n==null||typeof n=="object"&&!!n[Symbol.iterator]().next().done,ri=class extends Fd.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(r=>ge.isNode(r)||ge.isPair(r)?r.clone(e):r),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(Js(e))this.add(t);else{let[r,...i]=e,o=this.get(r,!0);if(ge.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,ti(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(e){let[t,...r]=e;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(ge.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){let[r,...i]=e,o=this.get(r,!0);return i.length===0?!t&&ge.isScalar(o)?o.value:o:ge.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!ge.isPair(t))return!1;let r=t.value;return r==null||e&&ge.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){let[t,...r]=e;if(r.length===0)return this.has(t);let i=this.get(t,!0);return ge.isCollection(i)?i.hasIn(r):!1}setIn(e,t){let[r,...i]=e;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(ge.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,ti(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};Tt.Collection=ri;Tt.collectionFromPath=ti;Tt.isEmptyPath=Js});var Zn=$(Rt=>{"use strict";u();var jd=n=>n.replace(/^(?!$)(?: $)?/gm,"#");function ii(n,e){return/^\n+$/.test(n)?n.substring(1):e?n.replace(/^(?! *$)/gm,e):n}var Ud=(n,e,t)=>n.endsWith(`
`)?ii(t,e):t.includes(`
`)?`
`+ii(t,e):(n.endsWith(" ")?"":" ")+t;Rt.indentComment=ii;Rt.lineComment=Ud;Rt.stringifyComment=jd});var Qs=$(Bn=>{"use strict";u();var Wd="flow",oi="block",Lt="quoted";function Kd(n,e,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return n;i<o&&(o=0);let c=Math.max(1+o,1+i-e.length);if(n.length<=c)return n;let l=[],d={},f=i-e.length;typeof r=="number"&&(r>i-Math.max(2,o)?l.push(0):f=i-r);let p,m,w=!1,g=-1,h=-1,v=-1;t===oi&&(g=Xs(n,g,e.length),g!==-1&&(f=g+c));for(let b;b=n[g+=1];){if(t===Lt&&b==="\\"){switch(h=g,n[g+1]){case"x":g+=3;break;case"u":g+=5;break;case"U":g+=9;break;default:g+=1}v=g}if(b===`
`)t===oi&&(g=Xs(n,g,e.length)),f=g+e.length+c,p=void 0;else{if(b===" "&&m&&m!==" "&&m!==`
`&&m!=="	"){let k=n[g+1];k&&k!==" "&&k!==`
`&&k!=="	"&&(p=g)}if(g>=f)if(p)l.push(p),f=p+c,p=void 0;else if(t===Lt){for(;m===" "||m==="	";)m=b,b=n[g+=1],w=!0;let k=g>v+1?g-2:h-1;if(d[k])return n;l.push(k),d[k]=!0,f=k+c,p=void 0}else w=!0}m=b}if(w&&a&&a(),l.length===0)return n;s&&s();let x=n.slice(0,l[0]);for(let b=0;b<l.length;++b){let k=l[b],_=l[b+1]||n.length;k===0?x=`
${e}${n.slice(0,_)}`:(t===Lt&&d[k]&&(x+=`${n[k]}\\`),x+=`
${e}${n.slice(k+1,_)}`)}return x}function Xs(n,e,t){let r=e,i=e+1,o=n[i];for(;o===" "||o==="	";)if(e<i+t)o=n[++e];else{do o=n[++e];while(o&&o!==`
`);r=e,i=e+1,o=n[i]}return r}Bn.FOLD_BLOCK=oi;Bn.FOLD_FLOW=Wd;Bn.FOLD_QUOTED=Lt;Bn.foldFlowLines=Kd});var jn=$(ea=>{"use strict";u();var ce=F(),ze=Qs(),qt=(n,e)=>({indentAtStart:e?n.indent.length:n.indentAtStart,lineWidth:n.options.lineWidth,minContentWidth:n.options.minContentWidth}),Zt=n=>/^(%|---|\.\.\.)/m.test(n);function Gd(n,e,t){if(!e||e<0)return!1;let r=e-t,i=n.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(n[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function Fn(n,e){let t=JSON.stringify(n);if(e.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=e,i=e.options.doubleQuotedMinMultiLineLength,o=e.indent||(Zt(n)?"  ":""),s="",a=0;for(let c=0,l=t[c];l;l=t[++c])if(l===" "&&t[c+1]==="\\"&&t[c+2]==="n"&&(s+=t.slice(a,c)+"\\ ",c+=1,a=c,l="\\"),l==="\\")switch(t[c+1]){case"u":{s+=t.slice(a,c);let d=t.substr(c+2,4);switch(d){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:d.substr(0,2)==="00"?s+="\\x"+d.substr(2):s+=t.substr(c,6)}c+=5,a=c+1}break;case"n":if(r||t[c+2]==='"'||t.length<i)c+=1;else{for(s+=t.slice(a,c)+`

`;t[c+2]==="\\"&&t[c+3]==="n"&&t[c+4]!=='"';)s+=`
`,c+=2;s+=o,t[c+2]===" "&&(s+="\\"),c+=1,a=c+1}break;default:c+=1}return s=a?s+t.slice(a):t,r?s:ze.foldFlowLines(s,o,ze.FOLD_QUOTED,qt(e,!1))}function si(n,e){if(e.options.singleQuote===!1||e.implicitKey&&n.includes(`
`)||/[ \t]\n|\n[ \t]/.test(n))return Fn(n,e);let t=e.indent||(Zt(n)?"  ":""),r="'"+n.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return e.implicitKey?r:ze.foldFlowLines(r,t,ze.FOLD_FLOW,qt(e,!1))}function gn(n,e){let{singleQuote:t}=e.options,r;if(t===!1)r=Fn;else{let i=n.includes('"'),o=n.includes("'");i&&!o?r=si:o&&!i?r=Fn:r=t?si:Fn}return r(n,e)}var ai;try{ai=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{ai=/\n+(?!\n|$)/g}function Dt({comment:n,type:e,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:c}=r.options;if(!s||/\n[\t ]+$/.test(t))return gn(t,r);let l=r.indent||(r.forceBlockIndent||Zt(t)?"  ":""),d=s==="literal"?!0:s==="folded"||e===ce.Scalar.BLOCK_FOLDED?!1:e===ce.Scalar.BLOCK_LITERAL?!0:!Gd(t,c,l.length);if(!t)return d?`|
`:`>
`;let f,p;for(p=t.length;p>0;--p){let _=t[p-1];if(_!==`
`&&_!=="	"&&_!==" ")break}let m=t.substring(p),w=m.indexOf(`
`);w===-1?f="-":t===m||w!==m.length-1?(f="+",o&&o()):f="",m&&(t=t.slice(0,-m.length),m[m.length-1]===`
`&&(m=m.slice(0,-1)),m=m.replace(ai,`$&${l}`));let g=!1,h,v=-1;for(h=0;h<t.length;++h){let _=t[h];if(_===" ")g=!0;else if(_===`
`)v=h;else break}let x=t.substring(0,v<h?v+1:h);x&&(t=t.substring(x.length),x=x.replace(/\n+/g,`$&${l}`));let k=(g?l?"2":"1":"")+f;if(n&&(k+=" "+a(n.replace(/ ?[\r\n]+/g," ")),i&&i()),!d){let _=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${l}`),A=!1,O=qt(r,!0);s!=="folded"&&e!==ce.Scalar.BLOCK_FOLDED&&(O.onOverflow=()=>{A=!0});let S=ze.foldFlowLines(`${x}${_}${m}`,l,ze.FOLD_BLOCK,O);if(!A)return`>${k}
${l}${S}`}return t=t.replace(/\n+/g,`$&${l}`),`|${k}
${l}${x}${t}${m}`}function Vd(n,e,t,r){let{type:i,value:o}=n,{actualString:s,implicitKey:a,indent:c,indentStep:l,inFlow:d}=e;if(a&&o.includes(`
`)||d&&/[[\]{},]/.test(o))return gn(o,e);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||d||!o.includes(`
`)?gn(o,e):Dt(n,e,t,r);if(!a&&!d&&i!==ce.Scalar.PLAIN&&o.includes(`
`))return Dt(n,e,t,r);if(Zt(o)){if(c==="")return e.forceBlockIndent=!0,Dt(n,e,t,r);if(a&&c===l)return gn(o,e)}let f=o.replace(/\n+/g,`$&
${c}`);if(s){let p=g=>g.default&&g.tag!=="tag:yaml.org,2002:str"&&g.test?.test(f),{compat:m,tags:w}=e.doc.schema;if(w.some(p)||m?.some(p))return gn(o,e)}return a?f:ze.foldFlowLines(f,c,ze.FOLD_FLOW,qt(e,!1))}function Yd(n,e,t,r){let{implicitKey:i,inFlow:o}=e,s=typeof n.value=="string"?n:Object.assign({},n,{value:String(n.value)}),{type:a}=n;a!==ce.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=ce.Scalar.QUOTE_DOUBLE);let c=d=>{switch(d){case ce.Scalar.BLOCK_FOLDED:case ce.Scalar.BLOCK_LITERAL:return i||o?gn(s.value,e):Dt(s,e,t,r);case ce.Scalar.QUOTE_DOUBLE:return Fn(s.value,e);case ce.Scalar.QUOTE_SINGLE:return si(s.value,e);case ce.Scalar.PLAIN:return Vd(s,e,t,r);default:return null}},l=c(a);if(l===null){let{defaultKeyType:d,defaultStringType:f}=e.options,p=i&&d||f;if(l=c(p),l===null)throw new Error(`Unsupported default string type ${p}`)}return l}ea.stringifyString=Yd});var Un=$(ci=>{"use strict";u();var Hd=Ct(),Me=E(),Jd=Zn(),Xd=jn();function Qd(n,e){let t=Object.assign({blockQuote:!0,commentString:Jd.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},n.schema.toStringOptions,e),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:n,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function ep(n,e){if(e.tag){let i=n.filter(o=>o.tag===e.tag);if(i.length>0)return i.find(o=>o.format===e.format)??i[0]}let t,r;if(Me.isScalar(e)){r=e.value;let i=n.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===e.format)??i.find(o=>!o.format)}else r=e,t=n.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function np(n,e,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(Me.isScalar(n)||Me.isCollection(n))&&n.anchor;o&&Hd.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=n.tag??(e.default?null:e.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function tp(n,e,t,r){if(Me.isPair(n))return n.toString(e,t,r);if(Me.isAlias(n)){if(e.doc.directives)return n.toString(e);if(e.resolvedAliases?.has(n))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(n):e.resolvedAliases=new Set([n]),n=n.resolve(e.doc)}let i,o=Me.isNode(n)?n:e.doc.createNode(n,{onTagObj:c=>i=c});i??(i=ep(e.doc.schema.tags,o));let s=np(o,i,e);s.length>0&&(e.indentAtStart=(e.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,e,t,r):Me.isScalar(o)?Xd.stringifyString(o,e,t,r):o.toString(e,t,r);return s?Me.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${e.indent}${a}`:a}ci.createStringifyContext=Qd;ci.stringify=tp});var ia=$(ra=>{"use strict";u();var ke=E(),na=F(),ta=Un(),Wn=Zn();function rp({key:n,value:e},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:c,options:{commentString:l,indentSeq:d,simpleKeys:f}}=t,p=ke.isNode(n)&&n.comment||null;if(f){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(ke.isCollection(n)||!ke.isNode(n)&&typeof n=="object"){let O="With simple keys, collection cannot be used as a key value";throw new Error(O)}}let m=!f&&(!n||p&&e==null&&!t.inFlow||ke.isCollection(n)||(ke.isScalar(n)?n.type===na.Scalar.BLOCK_FOLDED||n.type===na.Scalar.BLOCK_LITERAL:typeof n=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!m&&(f||!o),indent:a+c});let w=!1,g=!1,h=ta.stringify(n,t,()=>w=!0,()=>g=!0);if(!m&&!t.inFlow&&h.length>1024){if(f)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");m=!0}if(t.inFlow){if(o||e==null)return w&&r&&r(),h===""?"?":m?`? ${h}`:h}else if(o&&!f||e==null&&m)return h=`? ${h}`,p&&!w?h+=Wn.lineComment(h,t.indent,l(p)):g&&i&&i(),h;w&&(p=null),m?(p&&(h+=Wn.lineComment(h,t.indent,l(p))),h=`? ${h}
${a}:`):(h=`${h}:`,p&&(h+=Wn.lineComment(h,t.indent,l(p))));let v,x,b;ke.isNode(e)?(v=!!e.spaceBefore,x=e.commentBefore,b=e.comment):(v=!1,x=null,b=null,e&&typeof e=="object"&&(e=s.createNode(e))),t.implicitKey=!1,!m&&!p&&ke.isScalar(e)&&(t.indentAtStart=h.length+1),g=!1,!d&&c.length>=2&&!t.inFlow&&!m&&ke.isSeq(e)&&!e.flow&&!e.tag&&!e.anchor&&(t.indent=t.indent.substring(2));let k=!1,_=ta.stringify(e,t,()=>k=!0,()=>g=!0),A=" ";if(p||v||x){if(A=v?`
`:"",x){let O=l(x);A+=`
${Wn.indentComment(O,t.indent)}`}_===""&&!t.inFlow?A===`
`&&b&&(A=`

`):A+=`
${t.indent}`}else if(!m&&ke.isCollection(e)){let O=_[0],S=_.indexOf(`
`),T=S!==-1,R=t.inFlow??e.flow??e.items.length===0;if(T||!R){let q=!1;if(T&&(O==="&"||O==="!")){let D=_.indexOf(" ");O==="&"&&D!==-1&&D<S&&_[D+1]==="!"&&(D=_.indexOf(" ",D+1)),(D===-1||S<D)&&(q=!0)}q||(A=`
${t.indent}`)}}else(_===""||_[0]===`
`)&&(A="");return h+=A+_,t.inFlow?k&&r&&r():b&&!k?h+=Wn.lineComment(h,t.indent,l(b)):g&&i&&i(),h}ra.stringifyPair=rp});var ui=$(li=>{"use strict";u();var oa=require("process");function ip(n,...e){n==="debug"&&console.log(...e)}function op(n,e){(n==="debug"||n==="warn")&&(typeof oa.emitWarning=="function"?oa.emitWarning(e):console.warn(e))}li.debug=ip;li.warn=op});var Wt=$(Ut=>{"use strict";u();var jt=E(),sa=F(),Bt="<<",Ft={identify:n=>n===Bt||typeof n=="symbol"&&n.description===Bt,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new sa.Scalar(Symbol(Bt)),{addToJSMap:aa}),stringify:()=>Bt},sp=(n,e)=>(Ft.identify(e)||jt.isScalar(e)&&(!e.type||e.type===sa.Scalar.PLAIN)&&Ft.identify(e.value))&&n?.doc.schema.tags.some(t=>t.tag===Ft.tag&&t.default);function aa(n,e,t){let r=ca(n,t);if(jt.isSeq(r))for(let i of r.items)fi(n,e,i);else if(Array.isArray(r))for(let i of r)fi(n,e,i);else fi(n,e,r)}function fi(n,e,t){let r=ca(n,t);if(!jt.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,n,Map);for(let[o,s]of i)e instanceof Map?e.has(o)||e.set(o,s):e instanceof Set?e.add(o):Object.prototype.hasOwnProperty.call(e,o)||Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return e}function ca(n,e){return n&&jt.isAlias(e)?e.resolve(n.doc,n):e}Ut.addMergeToJSMap=aa;Ut.isMergeKey=sp;Ut.merge=Ft});var pi=$(fa=>{"use strict";u();var ap=ui(),la=Wt(),cp=Un(),ua=E(),di=Pe();function lp(n,e,{key:t,value:r}){if(ua.isNode(t)&&t.addToJSMap)t.addToJSMap(n,e,r);else if(la.isMergeKey(n,t))la.addMergeToJSMap(n,e,r);else{let i=di.toJS(t,"",n);if(e instanceof Map)e.set(i,di.toJS(r,i,n));else if(e instanceof Set)e.add(i);else{let o=up(t,i,n),s=di.toJS(r,o,n);o in e?Object.defineProperty(e,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):e[o]=s}}return e}function up(n,e,t){if(e===null)return"";if(typeof e!="object")return String(e);if(ua.isNode(n)&&t?.doc){let r=cp.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=n.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),ap.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(e)}fa.addPairToJSMap=lp});var Ce=$(hi=>{"use strict";u();var da=qn(),fp=ia(),dp=pi(),Kt=E();function pp(n,e,t){let r=da.createNode(n,void 0,t),i=da.createNode(e,void 0,t);return new Gt(r,i)}var Gt=class n{constructor(e,t=null){Object.defineProperty(this,Kt.NODE_TYPE,{value:Kt.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:r}=this;return Kt.isNode(t)&&(t=t.clone(e)),Kt.isNode(r)&&(r=r.clone(e)),new n(t,r)}toJSON(e,t){let r=t?.mapAsMap?new Map:{};return dp.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?fp.stringifyPair(this,e,t,r):JSON.stringify(this)}};hi.Pair=Gt;hi.createPair=pp});var mi=$(ha=>{"use strict";u();var Ge=E(),pa=Un(),Vt=Zn();function hp(n,e,t){return(e.inFlow??n.flow?gp:mp)(n,e,t)}function mp({comment:n,items:e},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:c,options:{commentString:l}}=t,d=Object.assign({},t,{indent:o,type:null}),f=!1,p=[];for(let w=0;w<e.length;++w){let g=e[w],h=null;if(Ge.isNode(g))!f&&g.spaceBefore&&p.push(""),Yt(t,p,g.commentBefore,f),g.comment&&(h=g.comment);else if(Ge.isPair(g)){let x=Ge.isNode(g.key)?g.key:null;x&&(!f&&x.spaceBefore&&p.push(""),Yt(t,p,x.commentBefore,f))}f=!1;let v=pa.stringify(g,d,()=>h=null,()=>f=!0);h&&(v+=Vt.lineComment(v,o,l(h))),f&&h&&(f=!1),p.push(r+v)}let m;if(p.length===0)m=i.start+i.end;else{m=p[0];for(let w=1;w<p.length;++w){let g=p[w];m+=g?`
${c}${g}`:`
`}}return n?(m+=`
`+Vt.indentComment(l(n),c),a&&a()):f&&s&&s(),m}function gp({items:n},e,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=e;r+=o;let c=Object.assign({},e,{indent:r,inFlow:!0,type:null}),l=!1,d=0,f=[];for(let w=0;w<n.length;++w){let g=n[w],h=null;if(Ge.isNode(g))g.spaceBefore&&f.push(""),Yt(e,f,g.commentBefore,!1),g.comment&&(h=g.comment);else if(Ge.isPair(g)){let x=Ge.isNode(g.key)?g.key:null;x&&(x.spaceBefore&&f.push(""),Yt(e,f,x.commentBefore,!1),x.comment&&(l=!0));let b=Ge.isNode(g.value)?g.value:null;b?(b.comment&&(h=b.comment),b.commentBefore&&(l=!0)):g.value==null&&x?.comment&&(h=x.comment)}h&&(l=!0);let v=pa.stringify(g,c,()=>h=null);l||(l=f.length>d||v.includes(`
`)),w<n.length-1?v+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(l||(l=f.reduce((x,b)=>x+b.length+2,2)+(v.length+2)>e.options.lineWidth)),l&&(v+=",")),h&&(v+=Vt.lineComment(v,r,a(h))),f.push(v),d=f.length}let{start:p,end:m}=t;if(f.length===0)return p+m;if(!l){let w=f.reduce((g,h)=>g+h.length+2,2);l=e.options.lineWidth>0&&w>e.options.lineWidth}if(l){let w=p;for(let g of f)w+=g?`
${o}${i}${g}`:`
`;return`${w}
${i}${m}`}else return`${p}${s}${f.join(" ")}${s}${m}`}function Yt({indent:n,options:{commentString:e}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Vt.indentComment(e(r),n);t.push(o.trimStart())}}ha.stringifyCollection=hp});var Ee=$(yi=>{"use strict";u();var yp=mi(),wp=pi(),bp=It(),Ne=E(),Ht=Ce(),vp=F();function Kn(n,e){let t=Ne.isScalar(e)?e.value:e;for(let r of n)if(Ne.isPair(r)&&(r.key===e||r.key===t||Ne.isScalar(r.key)&&r.key.value===t))return r}var gi=class extends bp.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(Ne.MAP,e),this.items=[]}static from(e,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(e),a=(c,l)=>{if(typeof o=="function")l=o.call(t,c,l);else if(Array.isArray(o)&&!o.includes(c))return;(l!==void 0||i)&&s.items.push(Ht.createPair(c,l,r))};if(t instanceof Map)for(let[c,l]of t)a(c,l);else if(t&&typeof t=="object")for(let c of Object.keys(t))a(c,t[c]);return typeof e.sortMapEntries=="function"&&s.items.sort(e.sortMapEntries),s}add(e,t){let r;Ne.isPair(e)?r=e:!e||typeof e!="object"||!("key"in e)?r=new Ht.Pair(e,e?.value):r=new Ht.Pair(e.key,e.value);let i=Kn(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);Ne.isScalar(i.value)&&vp.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(e){let t=Kn(this.items,e);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(e,t){let i=Kn(this.items,e)?.value;return(!t&&Ne.isScalar(i)?i.value:i)??void 0}has(e){return!!Kn(this.items,e)}set(e,t){this.add(new Ht.Pair(e,t),!0)}toJSON(e,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)wp.addPairToJSMap(t,i,o);return i}toString(e,t,r){if(!e)return JSON.stringify(this);for(let i of this.items)if(!Ne.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),yp.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}};yi.YAMLMap=gi;yi.findPair=Kn});var yn=$(ga=>{"use strict";u();var kp=E(),ma=Ee(),xp={collection:"map",default:!0,nodeClass:ma.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(n,e){return kp.isMap(n)||e("Expected a mapping for this tag"),n},createNode:(n,e,t)=>ma.YAMLMap.from(n,e,t)};ga.map=xp});var Te=$(ya=>{"use strict";u();var Sp=qn(),$p=mi(),_p=It(),Xt=E(),Ap=F(),Pp=Pe(),wi=class extends _p.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(Xt.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){let t=Jt(e);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(e,t){let r=Jt(e);if(typeof r!="number")return;let i=this.items[r];return!t&&Xt.isScalar(i)?i.value:i}has(e){let t=Jt(e);return typeof t=="number"&&t<this.items.length}set(e,t){let r=Jt(e);if(typeof r!="number")throw new Error(`Expected a valid index, not ${e}.`);let i=this.items[r];Xt.isScalar(i)&&Ap.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(e,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(Pp.toJS(o,String(i++),t));return r}toString(e,t,r){return e?$p.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let c=t instanceof Set?a:String(s++);a=i.call(t,c,a)}o.items.push(Sp.createNode(a,void 0,r))}}return o}};function Jt(n){let e=Xt.isScalar(n)?n.value:n;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}ya.YAMLSeq=wi});var wn=$(ba=>{"use strict";u();var Op=E(),wa=Te(),zp={collection:"seq",default:!0,nodeClass:wa.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(n,e){return Op.isSeq(n)||e("Expected a sequence for this tag"),n},createNode:(n,e,t)=>wa.YAMLSeq.from(n,e,t)};ba.seq=zp});var Gn=$(va=>{"use strict";u();var Mp=jn(),Cp={identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify(n,e,t,r){return e=Object.assign({actualString:!0},e),Mp.stringifyString(n,e,t,r)}};va.string=Cp});var Qt=$(Sa=>{"use strict";u();var ka=F(),xa={identify:n=>n==null,createNode:()=>new ka.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new ka.Scalar(null),stringify:({source:n},e)=>typeof n=="string"&&xa.test.test(n)?n:e.options.nullStr};Sa.nullTag=xa});var bi=$(_a=>{"use strict";u();var Np=F(),$a={identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:n=>new Np.Scalar(n[0]==="t"||n[0]==="T"),stringify({source:n,value:e},t){if(n&&$a.test.test(n)){let r=n[0]==="t"||n[0]==="T";if(e===r)return n}return e?t.options.trueStr:t.options.falseStr}};_a.boolTag=$a});var bn=$(Aa=>{"use strict";u();function Ep({format:n,minFractionDigits:e,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!n&&e&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=e-(o.length-s-1);for(;a-- >0;)o+="0"}return o}Aa.stringifyNumber=Ep});var ki=$(er=>{"use strict";u();var Tp=F(),vi=bn(),Ip={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:vi.stringifyNumber},Rp={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():vi.stringifyNumber(n)}},Lp={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(n){let e=new Tp.Scalar(parseFloat(n)),t=n.indexOf(".");return t!==-1&&n[n.length-1]==="0"&&(e.minFractionDigits=n.length-t-1),e},stringify:vi.stringifyNumber};er.float=Lp;er.floatExp=Rp;er.floatNaN=Ip});var Si=$(tr=>{"use strict";u();var Pa=bn(),nr=n=>typeof n=="bigint"||Number.isInteger(n),xi=(n,e,t,{intAsBigInt:r})=>r?BigInt(n):parseInt(n.substring(e),t);function Oa(n,e,t){let{value:r}=n;return nr(r)&&r>=0?t+r.toString(e):Pa.stringifyNumber(n)}var Dp={identify:n=>nr(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(n,e,t)=>xi(n,2,8,t),stringify:n=>Oa(n,8,"0o")},qp={identify:nr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(n,e,t)=>xi(n,0,10,t),stringify:Pa.stringifyNumber},Zp={identify:n=>nr(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(n,e,t)=>xi(n,2,16,t),stringify:n=>Oa(n,16,"0x")};tr.int=qp;tr.intHex=Zp;tr.intOct=Dp});var Ma=$(za=>{"use strict";u();var Bp=yn(),Fp=Qt(),jp=wn(),Up=Gn(),Wp=bi(),$i=ki(),_i=Si(),Kp=[Bp.map,jp.seq,Up.string,Fp.nullTag,Wp.boolTag,_i.intOct,_i.int,_i.intHex,$i.floatNaN,$i.floatExp,$i.float];za.schema=Kp});var Ea=$(Na=>{"use strict";u();var Gp=F(),Vp=yn(),Yp=wn();function Ca(n){return typeof n=="bigint"||Number.isInteger(n)}var rr=({value:n})=>JSON.stringify(n),Hp=[{identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify:rr},{identify:n=>n==null,createNode:()=>new Gp.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:rr},{identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:n=>n==="true",stringify:rr},{identify:Ca,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(n,e,{intAsBigInt:t})=>t?BigInt(n):parseInt(n,10),stringify:({value:n})=>Ca(n)?n.toString():JSON.stringify(n)},{identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:n=>parseFloat(n),stringify:rr}],Jp={default:!0,tag:"",test:/^/,resolve(n,e){return e(`Unresolved plain scalar ${JSON.stringify(n)}`),n}},Xp=[Vp.map,Yp.seq].concat(Hp,Jp);Na.schema=Xp});var Pi=$(Ta=>{"use strict";u();var Vn=require("buffer"),Ai=F(),Qp=jn(),eh={identify:n=>n instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(n,e){if(typeof Vn.Buffer=="function")return Vn.Buffer.from(n,"base64");if(typeof atob=="function"){let t=atob(n.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),n},stringify({comment:n,type:e,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof Vn.Buffer=="function")a=s instanceof Vn.Buffer?s.toString("base64"):Vn.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let c="";for(let l=0;l<s.length;++l)c+=String.fromCharCode(s[l]);a=btoa(c)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=Ai.Scalar.BLOCK_LITERAL),e!==Ai.Scalar.QUOTE_DOUBLE){let c=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),l=Math.ceil(a.length/c),d=new Array(l);for(let f=0,p=0;f<l;++f,p+=c)d[f]=a.substr(p,c);a=d.join(e===Ai.Scalar.BLOCK_LITERAL?`
`:" ")}return Qp.stringifyString({comment:n,type:e,value:a},r,i,o)}};Ta.binary=eh});var sr=$(or=>{"use strict";u();var ir=E(),Oi=Ce(),nh=F(),th=Te();function Ia(n,e){if(ir.isSeq(n))for(let t=0;t<n.items.length;++t){let r=n.items[t];if(!ir.isPair(r)){if(ir.isMap(r)){r.items.length>1&&e("Each pair must have its own sequence indicator");let i=r.items[0]||new Oi.Pair(new nh.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}n.items[t]=ir.isPair(r)?r:new Oi.Pair(r)}}else e("Expected a sequence for this tag");return n}function Ra(n,e,t){let{replacer:r}=t,i=new th.YAMLSeq(n);i.tag="tag:yaml.org,2002:pairs";let o=0;if(e&&Symbol.iterator in Object(e))for(let s of e){typeof r=="function"&&(s=r.call(e,String(o++),s));let a,c;if(Array.isArray(s))if(s.length===2)a=s[0],c=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let l=Object.keys(s);if(l.length===1)a=l[0],c=s[a];else throw new TypeError(`Expected tuple with one key, not ${l.length} keys`)}else a=s;i.items.push(Oi.createPair(a,c,t))}return i}var rh={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:Ia,createNode:Ra};or.createPairs=Ra;or.pairs=rh;or.resolvePairs=Ia});var Ci=$(Mi=>{"use strict";u();var La=E(),zi=Pe(),Yn=Ee(),ih=Te(),Da=sr(),Ve=class n extends ih.YAMLSeq{constructor(){super(),this.add=Yn.YAMLMap.prototype.add.bind(this),this.delete=Yn.YAMLMap.prototype.delete.bind(this),this.get=Yn.YAMLMap.prototype.get.bind(this),this.has=Yn.YAMLMap.prototype.has.bind(this),this.set=Yn.YAMLMap.prototype.set.bind(this),this.tag=n.tag}toJSON(e,t){if(!t)return super.toJSON(e);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(La.isPair(i)?(o=zi.toJS(i.key,"",t),s=zi.toJS(i.value,o,t)):o=zi.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(e,t,r){let i=Da.createPairs(e,t,r),o=new this;return o.items=i.items,o}};Ve.tag="tag:yaml.org,2002:omap";var oh={collection:"seq",identify:n=>n instanceof Map,nodeClass:Ve,default:!1,tag:"tag:yaml.org,2002:omap",resolve(n,e){let t=Da.resolvePairs(n,e),r=[];for(let{key:i}of t.items)La.isScalar(i)&&(r.includes(i.value)?e(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new Ve,t)},createNode:(n,e,t)=>Ve.from(n,e,t)};Mi.YAMLOMap=Ve;Mi.omap=oh});var ja=$(Ni=>{"use strict";u();var qa=F();function Za({value:n,source:e},t){return e&&(n?Ba:Fa).test.test(e)?e:n?t.options.trueStr:t.options.falseStr}var Ba={identify:n=>n===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new qa.Scalar(!0),stringify:Za},Fa={identify:n=>n===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new qa.Scalar(!1),stringify:Za};Ni.falseTag=Fa;Ni.trueTag=Ba});var Ua=$(ar=>{"use strict";u();var sh=F(),Ei=bn(),ah={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Ei.stringifyNumber},ch={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n.replace(/_/g,"")),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():Ei.stringifyNumber(n)}},lh={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(n){let e=new sh.Scalar(parseFloat(n.replace(/_/g,""))),t=n.indexOf(".");if(t!==-1){let r=n.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(e.minFractionDigits=r.length)}return e},stringify:Ei.stringifyNumber};ar.float=lh;ar.floatExp=ch;ar.floatNaN=ah});var Ka=$(Jn=>{"use strict";u();var Wa=bn(),Hn=n=>typeof n=="bigint"||Number.isInteger(n);function cr(n,e,t,{intAsBigInt:r}){let i=n[0];if((i==="-"||i==="+")&&(e+=1),n=n.substring(e).replace(/_/g,""),r){switch(t){case 2:n=`0b${n}`;break;case 8:n=`0o${n}`;break;case 16:n=`0x${n}`;break}let s=BigInt(n);return i==="-"?BigInt(-1)*s:s}let o=parseInt(n,t);return i==="-"?-1*o:o}function Ti(n,e,t){let{value:r}=n;if(Hn(r)){let i=r.toString(e);return r<0?"-"+t+i.substr(1):t+i}return Wa.stringifyNumber(n)}var uh={identify:Hn,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(n,e,t)=>cr(n,2,2,t),stringify:n=>Ti(n,2,"0b")},fh={identify:Hn,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(n,e,t)=>cr(n,1,8,t),stringify:n=>Ti(n,8,"0")},dh={identify:Hn,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(n,e,t)=>cr(n,0,10,t),stringify:Wa.stringifyNumber},ph={identify:Hn,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(n,e,t)=>cr(n,2,16,t),stringify:n=>Ti(n,16,"0x")};Jn.int=dh;Jn.intBin=uh;Jn.intHex=ph;Jn.intOct=fh});var Ri=$(Ii=>{"use strict";u();var fr=E(),lr=Ce(),ur=Ee(),Ye=class n extends ur.YAMLMap{constructor(e){super(e),this.tag=n.tag}add(e){let t;fr.isPair(e)?t=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?t=new lr.Pair(e.key,null):t=new lr.Pair(e,null),ur.findPair(this.items,t.key)||this.items.push(t)}get(e,t){let r=ur.findPair(this.items,e);return!t&&fr.isPair(r)?fr.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=ur.findPair(this.items,e);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new lr.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(e,t,r){let{replacer:i}=r,o=new this(e);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(lr.createPair(s,null,r));return o}};Ye.tag="tag:yaml.org,2002:set";var hh={collection:"map",identify:n=>n instanceof Set,nodeClass:Ye,default:!1,tag:"tag:yaml.org,2002:set",createNode:(n,e,t)=>Ye.from(n,e,t),resolve(n,e){if(fr.isMap(n)){if(n.hasAllNullValues(!0))return Object.assign(new Ye,n);e("Set items must all have null values")}else e("Expected a mapping for this tag");return n}};Ii.YAMLSet=Ye;Ii.set=hh});var Di=$(dr=>{"use strict";u();var mh=bn();function Li(n,e){let t=n[0],r=t==="-"||t==="+"?n.substring(1):n,i=s=>e?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function Ga(n){let{value:e}=n,t=s=>s;if(typeof e=="bigint")t=s=>BigInt(s);else if(isNaN(e)||!isFinite(e))return mh.stringifyNumber(n);let r="";e<0&&(r="-",e*=t(-1));let i=t(60),o=[e%i];return e<60?o.unshift(0):(e=(e-o[0])/i,o.unshift(e%i),e>=60&&(e=(e-o[0])/i,o.unshift(e))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var gh={identify:n=>typeof n=="bigint"||Number.isInteger(n),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(n,e,{intAsBigInt:t})=>Li(n,t),stringify:Ga},yh={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:n=>Li(n,!1),stringify:Ga},Va={identify:n=>n instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(n){let e=n.match(Va.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=e.map(Number),c=e[7]?Number((e[7]+"00").substr(1,3)):0,l=Date.UTC(t,r-1,i,o||0,s||0,a||0,c),d=e[8];if(d&&d!=="Z"){let f=Li(d,!1);Math.abs(f)<30&&(f*=60),l-=6e4*f}return new Date(l)},stringify:({value:n})=>n?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};dr.floatTime=yh;dr.intTime=gh;dr.timestamp=Va});var Ja=$(Ha=>{"use strict";u();var wh=yn(),bh=Qt(),vh=wn(),kh=Gn(),xh=Pi(),Ya=ja(),qi=Ua(),pr=Ka(),Sh=Wt(),$h=Ci(),_h=sr(),Ah=Ri(),Zi=Di(),Ph=[wh.map,vh.seq,kh.string,bh.nullTag,Ya.trueTag,Ya.falseTag,pr.intBin,pr.intOct,pr.int,pr.intHex,qi.floatNaN,qi.floatExp,qi.float,xh.binary,Sh.merge,$h.omap,_h.pairs,Ah.set,Zi.intTime,Zi.floatTime,Zi.timestamp];Ha.schema=Ph});var ac=$(ji=>{"use strict";u();var nc=yn(),Oh=Qt(),tc=wn(),zh=Gn(),Mh=bi(),Bi=ki(),Fi=Si(),Ch=Ma(),Nh=Ea(),rc=Pi(),Xn=Wt(),ic=Ci(),oc=sr(),Xa=Ja(),sc=Ri(),hr=Di(),Qa=new Map([["core",Ch.schema],["failsafe",[nc.map,tc.seq,zh.string]],["json",Nh.schema],["yaml11",Xa.schema],["yaml-1.1",Xa.schema]]),ec={binary:rc.binary,bool:Mh.boolTag,float:Bi.float,floatExp:Bi.floatExp,floatNaN:Bi.floatNaN,floatTime:hr.floatTime,int:Fi.int,intHex:Fi.intHex,intOct:Fi.intOct,intTime:hr.intTime,map:nc.map,merge:Xn.merge,null:Oh.nullTag,omap:ic.omap,pairs:oc.pairs,seq:tc.seq,set:sc.set,timestamp:hr.timestamp},Eh={"tag:yaml.org,2002:binary":rc.binary,"tag:yaml.org,2002:merge":Xn.merge,"tag:yaml.org,2002:omap":ic.omap,"tag:yaml.org,2002:pairs":oc.pairs,"tag:yaml.org,2002:set":sc.set,"tag:yaml.org,2002:timestamp":hr.timestamp};function Th(n,e,t){let r=Qa.get(e);if(r&&!n)return t&&!r.includes(Xn.merge)?r.concat(Xn.merge):r.slice();let i=r;if(!i)if(Array.isArray(n))i=[];else{let o=Array.from(Qa.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${o} or define customTags array`)}if(Array.isArray(n))for(let o of n)i=i.concat(o);else typeof n=="function"&&(i=n(i.slice()));return t&&(i=i.concat(Xn.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?ec[s]:s;if(!a){let c=JSON.stringify(s),l=Object.keys(ec).map(d=>JSON.stringify(d)).join(", ");throw new Error(`Unknown custom tag ${c}; use one of ${l}`)}return o.includes(a)||o.push(a),o},[])}ji.coreKnownTags=Eh;ji.getTags=Th});var Ki=$(cc=>{"use strict";u();var Ui=E(),Ih=yn(),Rh=wn(),Lh=Gn(),mr=ac(),Dh=(n,e)=>n.key<e.key?-1:n.key>e.key?1:0,Wi=class n{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(e)?mr.getTags(e,"compat"):e?mr.getTags(null,e):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?mr.coreKnownTags:{},this.tags=mr.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,Ui.MAP,{value:Ih.map}),Object.defineProperty(this,Ui.SCALAR,{value:Lh.string}),Object.defineProperty(this,Ui.SEQ,{value:Rh.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Dh:null}clone(){let e=Object.create(n.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};cc.Schema=Wi});var uc=$(lc=>{"use strict";u();var qh=E(),Gi=Un(),Qn=Zn();function Zh(n,e){let t=[],r=e.directives===!0;if(e.directives!==!1&&n.directives){let c=n.directives.toString(n);c?(t.push(c),r=!0):n.directives.docStart&&(r=!0)}r&&t.push("---");let i=Gi.createStringifyContext(n,e),{commentString:o}=i.options;if(n.commentBefore){t.length!==1&&t.unshift("");let c=o(n.commentBefore);t.unshift(Qn.indentComment(c,""))}let s=!1,a=null;if(n.contents){if(qh.isNode(n.contents)){if(n.contents.spaceBefore&&r&&t.push(""),n.contents.commentBefore){let d=o(n.contents.commentBefore);t.push(Qn.indentComment(d,""))}i.forceBlockIndent=!!n.comment,a=n.contents.comment}let c=a?void 0:()=>s=!0,l=Gi.stringify(n.contents,i,()=>a=null,c);a&&(l+=Qn.lineComment(l,"",o(a))),(l[0]==="|"||l[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${l}`:t.push(l)}else t.push(Gi.stringify(n.contents,i));if(n.directives?.docEnd)if(n.comment){let c=o(n.comment);c.includes(`
`)?(t.push("..."),t.push(Qn.indentComment(c,""))):t.push(`... ${c}`)}else t.push("...");else{let c=n.comment;c&&s&&(c=c.replace(/^\n+/,"")),c&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(Qn.indentComment(o(c),"")))}return t.join(`
`)+`
`}lc.stringifyDocument=Zh});var et=$(fc=>{"use strict";u();var Bh=Dn(),vn=It(),re=E(),Fh=Ce(),jh=Pe(),Uh=Ki(),Wh=uc(),Vi=Ct(),Kh=Xr(),Gh=qn(),Yi=Jr(),Hi=class n{constructor(e,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,re.NODE_TYPE,{value:re.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new Yi.Directives({version:s}),this.setSchema(s,r),this.contents=e===void 0?null:this.createNode(e,i,r)}clone(){let e=Object.create(n.prototype,{[re.NODE_TYPE]:{value:re.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=re.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){kn(this.contents)&&this.contents.add(e)}addIn(e,t){kn(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){let r=Vi.anchorNames(this);e.anchor=!t||r.has(t)?Vi.findNewAnchor(t||"a",r):t}return new Bh.Alias(e.anchor)}createNode(e,t,r){let i;if(typeof t=="function")e=t.call({"":e},"",e),i=t;else if(Array.isArray(t)){let h=x=>typeof x=="number"||x instanceof String||x instanceof Number,v=t.filter(h).map(String);v.length>0&&(t=t.concat(v)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:c,onTagObj:l,tag:d}=r??{},{onAnchor:f,setAnchors:p,sourceObjects:m}=Vi.createNodeAnchors(this,s||"a"),w={aliasDuplicateObjects:o??!0,keepUndefined:c??!1,onAnchor:f,onTagObj:l,replacer:i,schema:this.schema,sourceObjects:m},g=Gh.createNode(e,d,w);return a&&re.isCollection(g)&&(g.flow=!0),p(),g}createPair(e,t,r={}){let i=this.createNode(e,null,r),o=this.createNode(t,null,r);return new Fh.Pair(i,o)}delete(e){return kn(this.contents)?this.contents.delete(e):!1}deleteIn(e){return vn.isEmptyPath(e)?this.contents==null?!1:(this.contents=null,!0):kn(this.contents)?this.contents.deleteIn(e):!1}get(e,t){return re.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return vn.isEmptyPath(e)?!t&&re.isScalar(this.contents)?this.contents.value:this.contents:re.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return re.isCollection(this.contents)?this.contents.has(e):!1}hasIn(e){return vn.isEmptyPath(e)?this.contents!==void 0:re.isCollection(this.contents)?this.contents.hasIn(e):!1}set(e,t){this.contents==null?this.contents=vn.collectionFromPath(this.schema,[e],t):kn(this.contents)&&this.contents.set(e,t)}setIn(e,t){vn.isEmptyPath(e)?this.contents=t:this.contents==null?this.contents=vn.collectionFromPath(this.schema,Array.from(e),t):kn(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){typeof e=="number"&&(e=String(e));let r;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Yi.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new Yi.Directives({version:e}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new Uh.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!e,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},c=jh.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:l,res:d}of a.anchors.values())o(d,l);return typeof s=="function"?Kh.applyReviver(s,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return Wh.stringifyDocument(this,e)}};function kn(n){if(re.isCollection(n))return!0;throw new Error("Expected a YAML collection as document contents")}fc.Document=Hi});var rt=$(tt=>{"use strict";u();var nt=class extends Error{constructor(e,t,r,i){super(),this.name=e,this.code=r,this.message=i,this.pos=t}},Ji=class extends nt{constructor(e,t,r){super("YAMLParseError",e,t,r)}},Xi=class extends nt{constructor(e,t,r){super("YAMLWarning",e,t,r)}},Vh=(n,e)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>e.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=n.substring(e.lineStarts[r-1],e.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=n.substring(e.lineStarts[r-2],e.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,c=t.linePos[1];c?.line===r&&c.col>i&&(a=Math.max(1,Math.min(c.col-i,80-o)));let l=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${l}
`}};tt.YAMLError=nt;tt.YAMLParseError=Ji;tt.YAMLWarning=Xi;tt.prettifyError=Vh});var it=$(dc=>{"use strict";u();function Yh(n,{flow:e,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let c=!1,l=a,d=a,f="",p="",m=!1,w=!1,g=null,h=null,v=null,x=null,b=null,k=null,_=null;for(let S of n)switch(w&&(S.type!=="space"&&S.type!=="newline"&&S.type!=="comma"&&o(S.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),w=!1),g&&(l&&S.type!=="comment"&&S.type!=="newline"&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),g=null),S.type){case"space":!e&&(t!=="doc-start"||r?.type!=="flow-collection")&&S.source.includes("	")&&(g=S),d=!0;break;case"comment":{d||o(S,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let T=S.source.substring(1)||" ";f?f+=p+T:f=T,p="",l=!1;break}case"newline":l?f?f+=S.source:(!k||t!=="seq-item-ind")&&(c=!0):p+=S.source,l=!0,m=!0,(h||v)&&(x=S),d=!0;break;case"anchor":h&&o(S,"MULTIPLE_ANCHORS","A node can have at most one anchor"),S.source.endsWith(":")&&o(S.offset+S.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),h=S,_??(_=S.offset),l=!1,d=!1,w=!0;break;case"tag":{v&&o(S,"MULTIPLE_TAGS","A node can have at most one tag"),v=S,_??(_=S.offset),l=!1,d=!1,w=!0;break}case t:(h||v)&&o(S,"BAD_PROP_ORDER",`Anchors and tags must be after the ${S.source} indicator`),k&&o(S,"UNEXPECTED_TOKEN",`Unexpected ${S.source} in ${e??"collection"}`),k=S,l=t==="seq-item-ind"||t==="explicit-key-ind",d=!1;break;case"comma":if(e){b&&o(S,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),b=S,l=!1,d=!1;break}default:o(S,"UNEXPECTED_TOKEN",`Unexpected ${S.type} token`),l=!1,d=!1}let A=n[n.length-1],O=A?A.offset+A.source.length:i;return w&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g&&(l&&g.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(g,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:b,found:k,spaceBefore:c,comment:f,hasNewline:m,anchor:h,tag:v,newlineAfterProp:x,end:O,start:_??O}}dc.resolveProps=Yh});var gr=$(pc=>{"use strict";u();function Qi(n){if(!n)return null;switch(n.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(n.source.includes(`
`))return!0;if(n.end){for(let e of n.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of n.items){for(let t of e.start)if(t.type==="newline")return!0;if(e.sep){for(let t of e.sep)if(t.type==="newline")return!0}if(Qi(e.key)||Qi(e.value))return!0}return!1;default:return!0}}pc.containsNewline=Qi});var eo=$(hc=>{"use strict";u();var Hh=gr();function Jh(n,e,t){if(e?.type==="flow-collection"){let r=e.end[0];r.indent===n&&(r.source==="]"||r.source==="}")&&Hh.containsNewline(e)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}hc.flowIndentCheck=Jh});var no=$(gc=>{"use strict";u();var mc=E();function Xh(n,e,t){let{uniqueKeys:r}=n.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||mc.isScalar(o)&&mc.isScalar(s)&&o.value===s.value;return e.some(o=>i(o.key,t))}gc.mapIncludes=Xh});var xc=$(kc=>{"use strict";u();var yc=Ce(),Qh=Ee(),wc=it(),em=gr(),bc=eo(),nm=no(),vc="All mapping items must start at the same column";function tm({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??Qh.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let c=r.offset,l=null;for(let d of r.items){let{start:f,key:p,sep:m,value:w}=d,g=wc.resolveProps(f,{indicator:"explicit-key-ind",next:p??m?.[0],offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0}),h=!g.found;if(h){if(p&&(p.type==="block-seq"?i(c,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in p&&p.indent!==r.indent&&i(c,"BAD_INDENT",vc)),!g.anchor&&!g.tag&&!m){l=g.end,g.comment&&(a.comment?a.comment+=`
`+g.comment:a.comment=g.comment);continue}(g.newlineAfterProp||em.containsNewline(p))&&i(p??f[f.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else g.found?.indent!==r.indent&&i(c,"BAD_INDENT",vc);t.atKey=!0;let v=g.end,x=p?n(t,p,g,i):e(t,v,f,null,g,i);t.schema.compat&&bc.flowIndentCheck(r.indent,p,i),t.atKey=!1,nm.mapIncludes(t,a.items,x)&&i(v,"DUPLICATE_KEY","Map keys must be unique");let b=wc.resolveProps(m??[],{indicator:"map-value-ind",next:w,offset:x.range[2],onError:i,parentIndent:r.indent,startOnNewline:!p||p.type==="block-scalar"});if(c=b.end,b.found){h&&(w?.type==="block-map"&&!b.hasNewline&&i(c,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&g.start<b.found.offset-1024&&i(x.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let k=w?n(t,w,b,i):e(t,c,m,null,b,i);t.schema.compat&&bc.flowIndentCheck(r.indent,w,i),c=k.range[2];let _=new yc.Pair(x,k);t.options.keepSourceTokens&&(_.srcToken=d),a.items.push(_)}else{h&&i(x.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),b.comment&&(x.comment?x.comment+=`
`+b.comment:x.comment=b.comment);let k=new yc.Pair(x);t.options.keepSourceTokens&&(k.srcToken=d),a.items.push(k)}}return l&&l<c&&i(l,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,c,l??c],a}kc.resolveBlockMap=tm});var $c=$(Sc=>{"use strict";u();var rm=Te(),im=it(),om=eo();function sm({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=o?.nodeClass??rm.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let c=r.offset,l=null;for(let{start:d,value:f}of r.items){let p=im.resolveProps(d,{indicator:"seq-item-ind",next:f,offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!p.found)if(p.anchor||p.tag||f)f?.type==="block-seq"?i(p.end,"BAD_INDENT","All sequence items must start at the same column"):i(c,"MISSING_CHAR","Sequence item without - indicator");else{l=p.end,p.comment&&(a.comment=p.comment);continue}let m=f?n(t,f,p,i):e(t,p.end,d,null,p,i);t.schema.compat&&om.flowIndentCheck(r.indent,f,i),c=m.range[2],a.items.push(m)}return a.range=[r.offset,c,l??c],a}Sc.resolveBlockSeq=sm});var xn=$(_c=>{"use strict";u();function am(n,e,t,r){let i="";if(n){let o=!1,s="";for(let a of n){let{source:c,type:l}=a;switch(l){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let d=c.substring(1)||" ";i?i+=s+d:i=d,s="";break}case"newline":i&&(s+=c),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${l} at node end`)}e+=c.length}}return{comment:i,offset:e}}_c.resolveEnd=am});var zc=$(Oc=>{"use strict";u();var cm=E(),lm=Ce(),Ac=Ee(),um=Te(),fm=xn(),Pc=it(),dm=gr(),pm=no(),to="Block collections are not allowed within flow collections",ro=n=>n&&(n.type==="block-map"||n.type==="block-seq");function hm({composeNode:n,composeEmptyNode:e},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",c=o?.nodeClass??(s?Ac.YAMLMap:um.YAMLSeq),l=new c(t.schema);l.flow=!0;let d=t.atRoot;d&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let f=r.offset+r.start.source.length;for(let h=0;h<r.items.length;++h){let v=r.items[h],{start:x,key:b,sep:k,value:_}=v,A=Pc.resolveProps(x,{flow:a,indicator:"explicit-key-ind",next:b??k?.[0],offset:f,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!A.found){if(!A.anchor&&!A.tag&&!k&&!_){h===0&&A.comma?i(A.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):h<r.items.length-1&&i(A.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),A.comment&&(l.comment?l.comment+=`
`+A.comment:l.comment=A.comment),f=A.end;continue}!s&&t.options.strict&&dm.containsNewline(b)&&i(b,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(h===0)A.comma&&i(A.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(A.comma||i(A.start,"MISSING_CHAR",`Missing , between ${a} items`),A.comment){let O="";e:for(let S of x)switch(S.type){case"comma":case"space":break;case"comment":O=S.source.substring(1);break e;default:break e}if(O){let S=l.items[l.items.length-1];cm.isPair(S)&&(S=S.value??S.key),S.comment?S.comment+=`
`+O:S.comment=O,A.comment=A.comment.substring(O.length+1)}}if(!s&&!k&&!A.found){let O=_?n(t,_,A,i):e(t,A.end,k,null,A,i);l.items.push(O),f=O.range[2],ro(_)&&i(O.range,"BLOCK_IN_FLOW",to)}else{t.atKey=!0;let O=A.end,S=b?n(t,b,A,i):e(t,O,x,null,A,i);ro(b)&&i(S.range,"BLOCK_IN_FLOW",to),t.atKey=!1;let T=Pc.resolveProps(k??[],{flow:a,indicator:"map-value-ind",next:_,offset:S.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(T.found){if(!s&&!A.found&&t.options.strict){if(k)for(let D of k){if(D===T.found)break;if(D.type==="newline"){i(D,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}A.start<T.found.offset-1024&&i(T.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else _&&("source"in _&&_.source?.[0]===":"?i(_,"MISSING_CHAR",`Missing space after : in ${a}`):i(T.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let R=_?n(t,_,T,i):T.found?e(t,T.end,k,null,T,i):null;R?ro(_)&&i(R.range,"BLOCK_IN_FLOW",to):T.comment&&(S.comment?S.comment+=`
`+T.comment:S.comment=T.comment);let q=new lm.Pair(S,R);if(t.options.keepSourceTokens&&(q.srcToken=v),s){let D=l;pm.mapIncludes(t,D.items,S)&&i(O,"DUPLICATE_KEY","Map keys must be unique"),D.items.push(q)}else{let D=new Ac.YAMLMap(t.schema);D.flow=!0,D.items.push(q);let te=(R??S).range;D.range=[S.range[0],te[1],te[2]],l.items.push(D)}f=R?R.range[2]:T.end}}let p=s?"}":"]",[m,...w]=r.end,g=f;if(m?.source===p)g=m.offset+m.source.length;else{let h=a[0].toUpperCase()+a.substring(1),v=d?`${h} must end with a ${p}`:`${h} in block collection must be sufficiently indented and end with a ${p}`;i(f,d?"MISSING_CHAR":"BAD_INDENT",v),m&&m.source.length!==1&&w.unshift(m)}if(w.length>0){let h=fm.resolveEnd(w,g,t.options.strict,i);h.comment&&(l.comment?l.comment+=`
`+h.comment:l.comment=h.comment),l.range=[r.offset,g,h.offset]}else l.range=[r.offset,g,g];return l}Oc.resolveFlowCollection=hm});var Cc=$(Mc=>{"use strict";u();var mm=E(),gm=F(),ym=Ee(),wm=Te(),bm=xc(),vm=$c(),km=zc();function io(n,e,t,r,i,o){let s=t.type==="block-map"?bm.resolveBlockMap(n,e,t,r,o):t.type==="block-seq"?vm.resolveBlockSeq(n,e,t,r,o):km.resolveFlowCollection(n,e,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function xm(n,e,t,r,i){let o=r.tag,s=o?e.directives.tagName(o.source,p=>i(o,"TAG_RESOLVE_FAILED",p)):null;if(t.type==="block-seq"){let{anchor:p,newlineAfterProp:m}=r,w=p&&o?p.offset>o.offset?p:o:p??o;w&&(!m||m.offset<w.offset)&&i(w,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===ym.YAMLMap.tagName&&a==="map"||s===wm.YAMLSeq.tagName&&a==="seq")return io(n,e,t,i,s);let c=e.schema.tags.find(p=>p.tag===s&&p.collection===a);if(!c){let p=e.schema.knownTags[s];if(p?.collection===a)e.schema.tags.push(Object.assign({},p,{default:!1})),c=p;else return p?i(o,"BAD_COLLECTION_TYPE",`${p.tag} used for ${a} collection, but expects ${p.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),io(n,e,t,i,s)}let l=io(n,e,t,i,s,c),d=c.resolve?.(l,p=>i(o,"TAG_RESOLVE_FAILED",p),e.options)??l,f=mm.isNode(d)?d:new gm.Scalar(d);return f.range=l.range,f.tag=s,c?.format&&(f.format=c.format),f}Mc.composeCollection=xm});var so=$(Nc=>{"use strict";u();var oo=F();function Sm(n,e,t){let r=e.offset,i=$m(e,n.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?oo.Scalar.BLOCK_FOLDED:oo.Scalar.BLOCK_LITERAL,s=e.source?_m(e.source):[],a=s.length;for(let g=s.length-1;g>=0;--g){let h=s[g][1];if(h===""||h==="\r")a=g;else break}if(a===0){let g=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",h=r+i.length;return e.source&&(h+=e.source.length),{value:g,type:o,comment:i.comment,range:[r,h,h]}}let c=e.indent+i.indent,l=e.offset+i.length,d=0;for(let g=0;g<a;++g){let[h,v]=s[g];if(v===""||v==="\r")i.indent===0&&h.length>c&&(c=h.length);else{h.length<c&&t(l+h.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(c=h.length),d=g,c===0&&!n.atRoot&&t(l,"BAD_INDENT","Block scalar values in collections must be indented");break}l+=h.length+v.length+1}for(let g=s.length-1;g>=a;--g)s[g][0].length>c&&(a=g+1);let f="",p="",m=!1;for(let g=0;g<d;++g)f+=s[g][0].slice(c)+`
`;for(let g=d;g<a;++g){let[h,v]=s[g];l+=h.length+v.length+1;let x=v[v.length-1]==="\r";if(x&&(v=v.slice(0,-1)),v&&h.length<c){let k=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(l-v.length-(x?2:1),"BAD_INDENT",k),h=""}o===oo.Scalar.BLOCK_LITERAL?(f+=p+h.slice(c)+v,p=`
`):h.length>c||v[0]==="	"?(p===" "?p=`
`:!m&&p===`
`&&(p=`

`),f+=p+h.slice(c)+v,p=`
`,m=!0):v===""?p===`
`?f+=`
`:p=`
`:(f+=p+v,p=" ",m=!1)}switch(i.chomp){case"-":break;case"+":for(let g=a;g<s.length;++g)f+=`
`+s[g][0].slice(c);f[f.length-1]!==`
`&&(f+=`
`);break;default:f+=`
`}let w=r+i.length+e.source.length;return{value:f,type:o,comment:i.comment,range:[r,w,w]}}function $m({offset:n,props:e},t,r){if(e[0].type!=="block-scalar-header")return r(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=e[0],o=i[0],s=0,a="",c=-1;for(let p=1;p<i.length;++p){let m=i[p];if(!a&&(m==="-"||m==="+"))a=m;else{let w=Number(m);!s&&w?s=w:c===-1&&(c=n+p)}}c!==-1&&r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let l=!1,d="",f=i.length;for(let p=1;p<e.length;++p){let m=e[p];switch(m.type){case"space":l=!0;case"newline":f+=m.source.length;break;case"comment":t&&!l&&r(m,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),f+=m.source.length,d=m.source.substring(1);break;case"error":r(m,"UNEXPECTED_TOKEN",m.message),f+=m.source.length;break;default:{let w=`Unexpected token in block scalar header: ${m.type}`;r(m,"UNEXPECTED_TOKEN",w);let g=m.source;g&&typeof g=="string"&&(f+=g.length)}}}return{mode:o,indent:s,chomp:a,comment:d,length:f}}function _m(n){let e=n.split(/\n( *)/),t=e[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<e.length;s+=2)o.push([e[s],e[s+1]]);return o}Nc.resolveBlockScalar=Sm});var co=$(Tc=>{"use strict";u();var ao=F(),Am=xn();function Pm(n,e,t){let{offset:r,type:i,source:o,end:s}=n,a,c,l=(p,m,w)=>t(r+p,m,w);switch(i){case"scalar":a=ao.Scalar.PLAIN,c=Om(o,l);break;case"single-quoted-scalar":a=ao.Scalar.QUOTE_SINGLE,c=zm(o,l);break;case"double-quoted-scalar":a=ao.Scalar.QUOTE_DOUBLE,c=Mm(o,l);break;default:return t(n,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let d=r+o.length,f=Am.resolveEnd(s,d,e,t);return{value:c,type:a,comment:f.comment,range:[r,d,f.offset]}}function Om(n,e){let t="";switch(n[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${n[0]}`;break}case"@":case"`":{t=`reserved character ${n[0]}`;break}}return t&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Ec(n)}function zm(n,e){return(n[n.length-1]!=="'"||n.length===1)&&e(n.length,"MISSING_CHAR","Missing closing 'quote"),Ec(n.slice(1,-1)).replace(/''/g,"'")}function Ec(n){let e=/(.*?)\r?\n/sy,t=e.exec(n);if(!t)return n;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=e.lastIndex;for(;t=e.exec(n);){let l=t[1].replace(i,"");l===""?s===`
`?o+=s:s=`
`:(o+=s+l,s=" "),a=e.lastIndex}let c=/[ \t]*(.*)/sy;return c.lastIndex=a,t=c.exec(n),o+s+(t?.[1]??"")}function Mm(n,e){let t="";for(let r=1;r<n.length-1;++r){let i=n[r];if(!(i==="\r"&&n[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=Cm(n,r);t+=o,r=s}else if(i==="\\"){let o=n[++r],s=Nm[o];if(s)t+=s;else if(o===`
`)for(o=n[r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="\r"&&n[r+1]===`
`)for(o=n[++r+1];o===" "||o==="	";)o=n[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=Em(n,r+1,a,e),r+=a}else{let a=n.substr(r-1,2);e(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=n[r+1];for(;s===" "||s==="	";)s=n[++r+1];s!==`
`&&!(s==="\r"&&n[r+2]===`
`)&&(t+=r>o?n.slice(o,r+1):i)}else t+=i}return(n[n.length-1]!=='"'||n.length===1)&&e(n.length,"MISSING_CHAR",'Missing closing "quote'),t}function Cm(n,e){let t="",r=n[e+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&n[e+2]!==`
`);)r===`
`&&(t+=`
`),e+=1,r=n[e+1];return t||(t=" "),{fold:t,offset:e}}var Nm={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Em(n,e,t,r){let i=n.substr(e,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=n.substr(e-2,t+2);return r(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}Tc.resolveFlowScalar=Pm});var Lc=$(Rc=>{"use strict";u();var He=E(),Ic=F(),Tm=so(),Im=co();function Rm(n,e,t,r){let{value:i,type:o,comment:s,range:a}=e.type==="block-scalar"?Tm.resolveBlockScalar(n,e,r):Im.resolveFlowScalar(e,n.options.strict,r),c=t?n.directives.tagName(t.source,f=>r(t,"TAG_RESOLVE_FAILED",f)):null,l;n.options.stringKeys&&n.atKey?l=n.schema[He.SCALAR]:c?l=Lm(n.schema,i,c,t,r):e.type==="scalar"?l=Dm(n,i,e,r):l=n.schema[He.SCALAR];let d;try{let f=l.resolve(i,p=>r(t??e,"TAG_RESOLVE_FAILED",p),n.options);d=He.isScalar(f)?f:new Ic.Scalar(f)}catch(f){let p=f instanceof Error?f.message:String(f);r(t??e,"TAG_RESOLVE_FAILED",p),d=new Ic.Scalar(i)}return d.range=a,d.source=i,o&&(d.type=o),c&&(d.tag=c),l.format&&(d.format=l.format),s&&(d.comment=s),d}function Lm(n,e,t,r,i){if(t==="!")return n[He.SCALAR];let o=[];for(let a of n.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(e))return a;let s=n.knownTags[t];return s&&!s.collection?(n.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),n[He.SCALAR])}function Dm({atKey:n,directives:e,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||n&&a.default==="key")&&a.test?.test(r))||t[He.SCALAR];if(t.compat){let a=t.compat.find(c=>c.default&&c.test?.test(r))??t[He.SCALAR];if(s.tag!==a.tag){let c=e.tagString(s.tag),l=e.tagString(a.tag),d=`Value may be parsed as either ${c} or ${l}`;o(i,"TAG_RESOLVE_FAILED",d,!0)}}return s}Rc.composeScalar=Rm});var qc=$(Dc=>{"use strict";u();function qm(n,e,t){if(e){t??(t=e.length);for(let r=t-1;r>=0;--r){let i=e[r];switch(i.type){case"space":case"comment":case"newline":n-=i.source.length;continue}for(i=e[++r];i?.type==="space";)n+=i.source.length,i=e[++r];break}}return n}Dc.emptyScalarPosition=qm});var Fc=$(uo=>{"use strict";u();var Zm=Dn(),Bm=E(),Fm=Cc(),Zc=Lc(),jm=xn(),Um=qc(),Wm={composeNode:Bc,composeEmptyNode:lo};function Bc(n,e,t,r){let i=n.atKey,{spaceBefore:o,comment:s,anchor:a,tag:c}=t,l,d=!0;switch(e.type){case"alias":l=Km(n,e,r),(a||c)&&r(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":l=Zc.composeScalar(n,e,c,r),a&&(l.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{l=Fm.composeCollection(Wm,n,e,t,r),a&&(l.anchor=a.source.substring(1))}catch(f){let p=f instanceof Error?f.message:String(f);r(e,"RESOURCE_EXHAUSTION",p)}break;default:{let f=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;r(e,"UNEXPECTED_TOKEN",f),d=!1}}return l??(l=lo(n,e.offset,void 0,null,t,r)),a&&l.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&n.options.stringKeys&&(!Bm.isScalar(l)||typeof l.value!="string"||l.tag&&l.tag!=="tag:yaml.org,2002:str")&&r(c??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(l.spaceBefore=!0),s&&(e.type==="scalar"&&e.source===""?l.comment=s:l.commentBefore=s),n.options.keepSourceTokens&&d&&(l.srcToken=e),l}function lo(n,e,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:c},l){let d={type:"scalar",offset:Um.emptyScalarPosition(e,t,r),indent:-1,source:""},f=Zc.composeScalar(n,d,a,l);return s&&(f.anchor=s.source.substring(1),f.anchor===""&&l(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(f.spaceBefore=!0),o&&(f.comment=o,f.range[2]=c),f}function Km({options:n},{offset:e,source:t,end:r},i){let o=new Zm.Alias(t.substring(1));o.source===""&&i(e,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(e+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=e+t.length,a=jm.resolveEnd(r,s,n.strict,i);return o.range=[e,s,a.offset],a.comment&&(o.comment=a.comment),o}uo.composeEmptyNode=lo;uo.composeNode=Bc});var Wc=$(Uc=>{"use strict";u();var Gm=et(),jc=Fc(),Vm=xn(),Ym=it();function Hm(n,e,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:e},n),c=new Gm.Document(void 0,a),l={atKey:!1,atRoot:!0,directives:c.directives,options:c.options,schema:c.schema},d=Ym.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});d.found&&(c.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!d.hasNewline&&s(d.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),c.contents=i?jc.composeNode(l,i,d,s):jc.composeEmptyNode(l,d.end,r,null,d,s);let f=c.contents.range[2],p=Vm.resolveEnd(o,f,!1,s);return p.comment&&(c.comment=p.comment),c.range=[t,f,p.offset],c}Uc.composeDoc=Hm});var po=$(Vc=>{"use strict";u();var Jm=require("process"),Xm=Jr(),Qm=et(),ot=rt(),Kc=E(),eg=Wc(),ng=xn();function st(n){if(typeof n=="number")return[n,n+1];if(Array.isArray(n))return n.length===2?n:[n[0],n[1]];let{offset:e,source:t}=n;return[e,e+(typeof t=="string"?t.length:1)]}function Gc(n){let e="",t=!1,r=!1;for(let i=0;i<n.length;++i){let o=n[i];switch(o[0]){case"#":e+=(e===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":n[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:e,afterEmptyLine:r}}var fo=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=st(t);o?this.warnings.push(new ot.YAMLWarning(s,r,i)):this.errors.push(new ot.YAMLParseError(s,r,i))},this.directives=new Xm.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){let{comment:r,afterEmptyLine:i}=Gc(this.prelude);if(r){let o=e.contents;if(t)e.comment=e.comment?`${e.comment}
${r}`:r;else if(i||e.directives.docStart||!o)e.commentBefore=r;else if(Kc.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];Kc.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)e.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)e.warnings.push(this.warnings[o])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Gc(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,r=-1){for(let i of e)yield*this.next(i);yield*this.end(t,r)}*next(e){switch(Jm.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,r,i)=>{let o=st(e);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let t=eg.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,r=new ot.YAMLParseError(st(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new ot.YAMLParseError(st(e),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=ng.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new ot.YAMLParseError(st(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let r=Object.assign({_directives:this.directives},this.options),i=new Qm.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};Vc.Composer=fo});var Jc=$(yr=>{"use strict";u();var tg=so(),rg=co(),ig=rt(),Yc=jn();function og(n,e=!0,t){if(n){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new ig.YAMLParseError([a,a+1],o,s)};switch(n.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return rg.resolveFlowScalar(n,e,r);case"block-scalar":return tg.resolveBlockScalar({options:{strict:e}},n,r)}}return null}function sg(n,e){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=e,a=Yc.stringifyString({type:s,value:n},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),c=e.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let l=a.indexOf(`
`),d=a.substring(0,l),f=a.substring(l+1)+`
`,p=[{type:"block-scalar-header",offset:o,indent:r,source:d}];return Hc(p,c)||p.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:p,source:f}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:c};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:c};default:return{type:"scalar",offset:o,indent:r,source:a,end:c}}}function ag(n,e,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in n?n.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(n.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let l=n.props[0];if(l.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=l.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let c=Yc.stringifyString({type:s,value:e},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(c[0]){case"|":case">":cg(n,c);break;case'"':ho(n,c,"double-quoted-scalar");break;case"'":ho(n,c,"single-quoted-scalar");break;default:ho(n,c,"scalar")}}function cg(n,e){let t=e.indexOf(`
`),r=e.substring(0,t),i=e.substring(t+1)+`
`;if(n.type==="block-scalar"){let o=n.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,n.source=i}else{let{offset:o}=n,s="indent"in n?n.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];Hc(a,"end"in n?n.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let c of Object.keys(n))c!=="type"&&c!=="offset"&&delete n[c];Object.assign(n,{type:"block-scalar",indent:s,props:a,source:i})}}function Hc(n,e){if(e)for(let t of e)switch(t.type){case"space":case"comment":n.push(t);break;case"newline":return n.push(t),!0}return!1}function ho(n,e,t){switch(n.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":n.type=t,n.source=e;break;case"block-scalar":{let r=n.props.slice(1),i=e.length;n.props[0].type==="block-scalar-header"&&(i-=n.props[0].source.length);for(let o of r)o.offset+=i;delete n.props,Object.assign(n,{type:t,source:e,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:n.offset+e.length,indent:n.indent,source:`
`};delete n.items,Object.assign(n,{type:t,source:e,end:[i]});break}default:{let r="indent"in n?n.indent:-1,i="end"in n&&Array.isArray(n.end)?n.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(n))o!=="type"&&o!=="offset"&&delete n[o];Object.assign(n,{type:t,indent:r,source:e,end:i})}}}yr.createScalarToken=sg;yr.resolveAsScalar=og;yr.setScalarValue=ag});var Qc=$(Xc=>{"use strict";u();var lg=n=>"type"in n?br(n):wr(n);function br(n){switch(n.type){case"block-scalar":{let e="";for(let t of n.props)e+=br(t);return e+n.source}case"block-map":case"block-seq":{let e="";for(let t of n.items)e+=wr(t);return e}case"flow-collection":{let e=n.start.source;for(let t of n.items)e+=wr(t);for(let t of n.end)e+=t.source;return e}case"document":{let e=wr(n);if(n.end)for(let t of n.end)e+=t.source;return e}default:{let e=n.source;if("end"in n&&n.end)for(let t of n.end)e+=t.source;return e}}}function wr({start:n,key:e,sep:t,value:r}){let i="";for(let o of n)i+=o.source;if(e&&(i+=br(e)),t)for(let o of t)i+=o.source;return r&&(i+=br(r)),i}Xc.stringify=lg});var rl=$(tl=>{"use strict";u();var mo=Symbol("break visit"),ug=Symbol("skip children"),el=Symbol("remove item");function Je(n,e){"type"in n&&n.type==="document"&&(n={start:n.start,value:n.value}),nl(Object.freeze([]),n,e)}Je.BREAK=mo;Je.SKIP=ug;Je.REMOVE=el;Je.itemAtPath=(n,e)=>{let t=n;for(let[r,i]of e){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};Je.parentCollection=(n,e)=>{let t=Je.itemAtPath(n,e.slice(0,-1)),r=e[e.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function nl(n,e,t){let r=t(e,n);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=e[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=nl(Object.freeze(n.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===mo)return mo;a===el&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(e,n))}}return typeof r=="function"?r(e,n):r}tl.visit=Je});var vr=$(X=>{"use strict";u();var go=Jc(),fg=Qc(),dg=rl(),yo="\uFEFF",wo="",bo="",vo="",pg=n=>!!n&&"items"in n,hg=n=>!!n&&(n.type==="scalar"||n.type==="single-quoted-scalar"||n.type==="double-quoted-scalar"||n.type==="block-scalar");function mg(n){switch(n){case yo:return"<BOM>";case wo:return"<DOC>";case bo:return"<FLOW_END>";case vo:return"<SCALAR>";default:return JSON.stringify(n)}}function gg(n){switch(n){case yo:return"byte-order-mark";case wo:return"doc-mode";case bo:return"flow-error-end";case vo:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(n[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}X.createScalarToken=go.createScalarToken;X.resolveAsScalar=go.resolveAsScalar;X.setScalarValue=go.setScalarValue;X.stringify=fg.stringify;X.visit=dg.visit;X.BOM=yo;X.DOCUMENT=wo;X.FLOW_END=bo;X.SCALAR=vo;X.isCollection=pg;X.isScalar=hg;X.prettyToken=mg;X.tokenType=gg});var So=$(ol=>{"use strict";u();var at=vr();function le(n){switch(n){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var il=new Set("0123456789ABCDEFabcdef"),yg=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),kr=new Set(",[]{}"),wg=new Set(` ,[]{}
\r	`),ko=n=>!n||wg.has(n),xo=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;t===" "||t==="	";)t=this.buffer[++e];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[e+1]===`
`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+e];if(t==="\r"){let i=this.buffer[r+e+1];if(i===`
`||!i&&!this.atEnd)return e+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(e,3);if((r==="---"||r==="...")&&le(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===at.BOM&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let t=e.length,r=e.indexOf("#");for(;r!==-1;){let o=e[r-1];if(o===" "||o==="	"){t=r-1;break}else r=e.indexOf("#",r+1)}for(;;){let o=e[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield at.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&le(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!le(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&le(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(ko),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,r=-1;do e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(e+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&le(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield at.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(ko),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||le(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),t=this.buffer.indexOf(e,this.pos+1);if(e==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let t=this.buffer[++e];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>le(t)||t==="#")}*parseBlockScalar(){let e=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:e=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(e+1);if(o===-1)break;e=this.buffer.indexOf(`
`,o)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep)do{let o=e-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)e=o;else break}while(!0);return yield at.SCALAR,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(le(o)||e&&kr.has(o))break;t=r}else if(le(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||e&&kr.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(e&&kr.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield at.SCALAR,yield*this.pushToIndex(t+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){let r=this.buffer.slice(this.pos,e);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(ko),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(le(r)||t&&kr.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,t=this.buffer[e];for(;!le(t)&&t!==">";)t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,!1)}else{let e=this.pos+1,t=this.buffer[e];for(;t;)if(yg.has(t))t=this.buffer[++e];else if(t==="%"&&il.has(this.buffer[e+1])&&il.has(this.buffer[e+2]))t=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||e&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(e){let t=this.pos,r=this.buffer[t];for(;!e(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};ol.Lexer=xo});var _o=$(sl=>{"use strict";u();var $o=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<e?t=o+1:r=o}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};let i=this.lineStarts[t-1];return{line:t,col:e-i+1}}}};sl.LineCounter=$o});var Po=$(fl=>{"use strict";u();var bg=require("process"),al=vr(),vg=So();function Ie(n,e){for(let t=0;t<n.length;++t)if(n[t].type===e)return!0;return!1}function cl(n){for(let e=0;e<n.length;++e)switch(n[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function ul(n){switch(n?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function xr(n){switch(n.type){case"document":return n.start;case"block-map":{let e=n.items[n.items.length-1];return e.sep??e.start}case"block-seq":return n.items[n.items.length-1].start;default:return[]}}function Sn(n){if(n.length===0)return[];let e=n.length;e:for(;--e>=0;)switch(n[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;n[++e]?.type==="space";);return n.splice(e,n.length)}function Sr(n,e){if(e.length<1e5)Array.prototype.push.apply(n,e);else for(let t=0;t<e.length;++t)n.push(e[t])}function ll(n){if(n.start.type==="flow-seq-start")for(let e of n.items)e.sep&&!e.value&&!Ie(e.start,"explicit-key-ind")&&!Ie(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,ul(e.value)?e.value.end?Sr(e.value.end,e.sep):e.value.end=e.sep:Sr(e.start,e.sep),delete e.sep)}var Ao=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new vg.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(e,t))yield*this.next(r);t||(yield*this.end())}*next(e){if(this.source=e,bg.env.LOG_TOKENS&&console.log("|",al.prettyToken(e)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let t=al.tokenType(e);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let r=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let t=e??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&ll(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&cl(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{cl(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let t=xr(this.peek(2)),r=Sn(t),i;e.end?(i=e.end,i.push(this.sourceToken),delete e.end):i=[this.sourceToken];let o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){Sr(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let r=!this.onKeyLine&&this.indent===e.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let c=t.sep[a];switch(c.type){case"newline":s.push(a);break;case"space":break;case"comment":c.indent>e.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),e.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),e.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(Ie(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(ul(t.key)&&!Ie(t.sep,"newline")){let s=Sn(t.start),a=t.key,c=t.sep;c.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:c}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(Ie(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=Sn(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?e.items.push({start:o,key:null,sep:[this.sourceToken]}):Ie(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(e.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!Ie(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&e.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){Sr(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;t.value||Ie(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>e.indent){let r=this.startBlockValue(e);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?e.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let r=this.startBlockValue(e);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===e.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=xr(r),o=Sn(i);ll(e);let s=e.end.splice(1,e.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:o,key:e,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=xr(e),r=Sn(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=xr(e),r=Sn(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return this.type!=="comment"||this.indent<=t?!1:e.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};fl.Parser=Ao});var gl=$(lt=>{"use strict";u();var dl=po(),kg=et(),ct=rt(),xg=ui(),Sg=E(),$g=_o(),pl=Po();function hl(n){let e=n.prettyErrors!==!1;return{lineCounter:n.lineCounter||e&&new $g.LineCounter||null,prettyErrors:e}}function _g(n,e={}){let{lineCounter:t,prettyErrors:r}=hl(e),i=new pl.Parser(t?.addNewLine),o=new dl.Composer(e),s=Array.from(o.compose(i.parse(n)));if(r&&t)for(let a of s)a.errors.forEach(ct.prettifyError(n,t)),a.warnings.forEach(ct.prettifyError(n,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function ml(n,e={}){let{lineCounter:t,prettyErrors:r}=hl(e),i=new pl.Parser(t?.addNewLine),o=new dl.Composer(e),s=null;for(let a of o.compose(i.parse(n),!0,n.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new ct.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(ct.prettifyError(n,t)),s.warnings.forEach(ct.prettifyError(n,t))),s}function Ag(n,e,t){let r;typeof e=="function"?r=e:t===void 0&&e&&typeof e=="object"&&(t=e);let i=ml(n,t);if(!i)return null;if(i.warnings.forEach(o=>xg.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function Pg(n,e,t){let r=null;if(typeof e=="function"||Array.isArray(e)?r=e:t===void 0&&e&&(t=e),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(n===void 0){let{keepUndefined:i}=t??e??{};if(!i)return}return Sg.isDocument(n)&&!r?n.toString(t):new kg.Document(n,r,t).toString(t)}lt.parse=Ag;lt.parseAllDocuments=_g;lt.parseDocument=ml;lt.stringify=Pg});var _r=$(I=>{"use strict";u();var Og=po(),zg=et(),Mg=Ki(),Oo=rt(),Cg=Dn(),Re=E(),Ng=Ce(),Eg=F(),Tg=Ee(),Ig=Te(),Rg=vr(),Lg=So(),Dg=_o(),qg=Po(),$r=gl(),yl=Tn();I.Composer=Og.Composer;I.Document=zg.Document;I.Schema=Mg.Schema;I.YAMLError=Oo.YAMLError;I.YAMLParseError=Oo.YAMLParseError;I.YAMLWarning=Oo.YAMLWarning;I.Alias=Cg.Alias;I.isAlias=Re.isAlias;I.isCollection=Re.isCollection;I.isDocument=Re.isDocument;I.isMap=Re.isMap;I.isNode=Re.isNode;I.isPair=Re.isPair;I.isScalar=Re.isScalar;I.isSeq=Re.isSeq;I.Pair=Ng.Pair;I.Scalar=Eg.Scalar;I.YAMLMap=Tg.YAMLMap;I.YAMLSeq=Ig.YAMLSeq;I.CST=Rg;I.Lexer=Lg.Lexer;I.LineCounter=Dg.LineCounter;I.Parser=qg.Parser;I.parse=$r.parse;I.parseAllDocuments=$r.parseAllDocuments;I.parseDocument=$r.parseDocument;I.stringify=$r.stringify;I.visit=yl.visit;I.visitAsync=yl.visitAsync});u();u();var be=require("node:fs"),dn=We(require("node:path"));u();u();var de=We(_r());u();u();var wl=["virality","universality","ahaMoment","habitLoop","friction","expansion"],Xe=["virality","universality","ahaMoment","habitLoop"];function bl(n){if(!n)return{recommendation:"unclassified",reasons:[]};let e=Xe.filter(r=>n[r]===!0),t=[];return n.friction===!0&&t.push("friction"),n.expansion===!0&&t.push("expansion"),e.length>0?t.length>0?{recommendation:"free-limited",reasons:[...e,...t]}:{recommendation:"free",reasons:e}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function zo(n){if(n==="free"||n==="free-limited")return"free";if(n==="paid")return"paid"}function vl(n,e){let t=zo(n);return t!==void 0&&e!==null&&t!==e}u();var B=We(_r()),ut=200,Zg=2e5;function xl(n){let e=Bg(n);if(!e.doc)return{...e,plain:void 0,syntaxError:!0};try{return{...e,plain:Kg(e.doc,e.doc.contents),syntaxError:!1}}catch(t){if(!(t instanceof $n))throw t;let r=t.node?.range,i={message:t.message,span:r?{start:r[0],end:r[1]}:{start:0,end:0}};return{...e,doc:void 0,problems:[i],plain:void 0,syntaxError:!0}}}function Bg(n){let e=new B.LineCounter;e.addNewLine(0);for(let s=n.indexOf(`
`);s>=0;s=n.indexOf(`
`,s+1))e.addNewLine(s+1);let t=[],r=n.indexOf("\0");if(r>=0)return t.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:r,end:r+1}}),{text:n,doc:void 0,lineCounter:e,problems:t};let i=jg(n);if(i)return t.push(i),{text:n,doc:void 0,lineCounter:e,problems:t};let o;try{o=(0,B.parseDocument)(n,{prettyErrors:!1,uniqueKeys:!0,keepSourceTokens:!1})}catch(s){return t.push({message:`The YAML parser gave up: ${s.message}`,span:{start:0,end:0}}),{text:n,doc:void 0,lineCounter:e,problems:t}}for(let s of o.errors){let a=Math.min(s.pos[0],n.length),c=Math.min(Math.max(s.pos[0],s.pos[1]),n.length);if(/call stack/i.test(s.message)){t.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:a,end:c}});break}t.push({message:Fg(s.message),span:{start:a,end:c}})}return{text:n,doc:t.length?void 0:o,lineCounter:e,problems:t}}function Fg(n){return(n.split(`
`)[0]??n).replace(/ at line \d+, column \d+:?$/,"")}function jg(n){let e=0,t=!1,r=!1,i=!1;for(let o=0;o<n.length;o++){let s=n.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||n.charCodeAt(o-1)===32||n.charCodeAt(o-1)===9))i=!0;else if(s===34&&e>0)r=!0;else if(s===91||s===123){if(e++,e>ut)return Ug(n)}else(s===93||s===125)&&e>0&&e--}}}function Ug(n){let e=0,t=0;for(let r of new B.Lexer().lex(n)){if(r==="["||r==="{"){if(++e>ut)return{message:`Nesting deeper than ${ut} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&e>0&&e--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function Sl(n,e){let t=n.linePos(e.start),r=n.linePos(e.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function Le(n,e){if((0,B.isMap)(n)){for(let t of n.items)if((0,B.isScalar)(t.key)?String(t.key.value)===e:t.key!=null&&String(t.key)===e)return t}}function Y(n,e){return Le(n,e)?.value??void 0}var kl=new WeakMap;function Qe(n,e){let t=kl.get(n);if(!t){let r=new Map,i=new Map;(0,B.visit)(n,{Node:(o,s)=>{if((0,B.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,kl.set(n,t)}return t.get(e)}function Wg(n){return typeof n=="object"&&n!==null?JSON.stringify(n):String(n)}var $n=class extends Error{constructor(t,r){super(t);this.node=r}};function Kg(n,e){let t=Zg,r=(i,o)=>{if(--t<0)throw new $n("Aliases expand to too many nodes (an alias bomb?).",i);if(o>ut)throw new $n(`Nesting deeper than ${ut} levels.`,i);if((0,B.isAlias)(i)){let s=Qe(n,i);if(!s)throw new $n(`Unresolved alias *${i.source}.`,i);return r(s,o+1)}if((0,B.isScalar)(i))return i.value;if((0,B.isMap)(i)){let s=Object.create(null);for(let a of i.items){let c=(0,B.isAlias)(a.key)?Qe(n,a.key):a.key,l=(0,B.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(s,Wg(l),{value:r(a.value,o+1),enumerable:!0,writable:!0,configurable:!0})}return s}return(0,B.isSeq)(i)?i.items.map(s=>r(s,o+1)):i==null?null:void 0};return r(e,0)}u();u();u();u();function No(n){let e=Object.values(n).filter(r=>typeof r=="number");return Object.entries(n).filter(([r,i])=>e.indexOf(+r)===-1).map(([r,i])=>i)}function $l(n,e){return typeof e=="bigint"?e.toString():e}var Co=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function _l(n){return new Co(n)}function Al(n){return n==null}function Eo(n){let e=n.startsWith("^")?1:0,t=n.endsWith("$")?n.length-1:n.length;return n.slice(e,t)}function Pl(n,e,t){Object.defineProperty(n,e,{value:t,writable:!0,enumerable:!0,configurable:!0})}var To="captureStackTrace"in Error?Error.captureStackTrace:(...n)=>{};function Ar(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}function Ol(n){if(Ar(n)===!1)return!1;let e=n.constructor;if(e===void 0||typeof e!="function")return!0;let t=e.prototype;return!(Ar(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var zl=new Set(["string","number","symbol"]);function dt(n){return n.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function pt(n,e,t){let r=new n._zod.constr(e??n._zod.def);return(!e||t?.parent)&&(r._zod.parent=n),r}function U(n){let e=n;if(!e)return{};if(typeof e=="string")return{error:()=>e};if(e?.message!==void 0){if(e?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");e.error=e.message}return delete e.message,typeof e.error=="string"?{...e,error:()=>e.error}:e}function Ml(n){return Object.keys(n).filter(e=>n[e]._zod.optin!==void 0&&n[e]._zod.optout==="optional")}var Cl={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function xe(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue!==!0)return!0;return!1}function Nl(n,e=0){if(n.aborted===!0)return!0;for(let t=e;t<n.issues.length;t++)if(n.issues[t]?.continue===!1)return!0;return!1}function qe(n,e){return e.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(n),t})}function ft(n){return typeof n=="string"?n:n?.message}function Io(n){let e=[];for(let t of n??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&e.push([i,t])}return e}function Pr(n,e,t){var r;for(let i=e;i<n.length;i++)(r=n[i]).schema??(r.schema=t)}function Se(n,e,t){var r;let i=n.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=n).schema??(r.schema=n.inst):n.schema=n.inst);let o=n.schema!==n.inst?n.schema?._zod.def?.error:void 0,s=n.message?n.message:ft(n.inst?._zod.def?.error?.(n))??ft(o?.(n))??ft(e?.error?.(n))??ft(t.customError?.(n))??ft(t.localeError?.(n))??"Invalid input",a={};for(let c of Object.keys(n))c==="inst"||c==="schema"||c==="continue"||c==="input"||c==="__proto__"||(a[c]=n[c]);return a.path??(a.path=[]),a.message=s,e?.reportInput&&(a.input=n.input),a}var Gg=/[\uD800-\uDBFF]/;function El(n){let e=n.length;if(!Gg.test(n))return e;let t=e;for(let r=0;r<e-1;r++)(n.charCodeAt(r)&64512)===55296&&(n.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function Tl(n){return Array.isArray(n)?"array":typeof n=="string"?"string":"unknown"}function Or(...n){let[e,t,r]=n;return typeof e=="string"?{message:e,code:"custom",input:t,inst:r}:{...e}}function Il(n,e){for(let t in e){let r=Object.getOwnPropertyDescriptor(e,t);r.get?Object.defineProperty(n,t,{...r,enumerable:!1}):Vg(n,t,r.value)}}function en(n,e,t,r=!0){return Object.defineProperty(n,e,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function Ro(n,e,t){return en(n,e,t,!1)}function Vg(n,e,t){Object.defineProperty(n,e,{configurable:!0,get(){return this==null?t:en(this,e,t.bind(this))},set(r){en(this,e,r)}})}function Yg(n,e){let t=Object.getPrototypeOf(n);return e in t?void 0:t}var Mo,De=!1,Hg={configurable:!0,get(){De=!0}};function ue(n,e,t){let r=Object.getPrototypeOf(n._zod);if(e in r&&Mo!==n._zod){Mo=void 0;return}Mo=n._zod,Object.defineProperty(r,e,{configurable:!0,get(){Object.defineProperty(this,e,Hg);let i=De;De=!1;try{let o=t(this);return De?delete this[e]:Object.defineProperty(this,e,{configurable:!0,writable:!0,value:o}),De=De||i,o}catch(o){throw delete this[e],De=De||i,o}},set(i){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:i})}})}function Rl(n,e,t,r){let i=Yg(n,e);i&&Object.defineProperty(i,e,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,e,o),o.value=t(this),Object.defineProperty(this,e,o),o.value},set(o){Object.defineProperty(this,e,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var Ll;var Lo={value:void 0,enumerable:!1},Dl="captureStackTrace"in Error?Error:null;function Jg(n){let e=Dl;if(e){let t=e.stackTraceLimit;if(typeof t=="number"){try{e.stackTraceLimit=0}catch{return Dl=null,new n}try{return new n}finally{e.stackTraceLimit=t}}}return new n}function C(n,e,t,r){let i={};function o(p){this.def=p,this.constr=f,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function c(p,m){if(p._zod){if(p._zod.traits.has(n))return}else{Lo.value=new o(m);try{Object.defineProperty(p,"_zod",Lo)}finally{Lo.value=void 0}}if(p._zod.traits.add(n),e(p,m),a){let g=Object.getPrototypeOf(p),h=p._zod.constr.prototype,v=g;for(;v&&v!==h;)v=Object.getPrototypeOf(v);let x=v??g;a.has(x)||(a.add(x),Il(x,s))}let w=f.prototype;for(let g in w)Object.prototype.hasOwnProperty.call(w,g)&&(g in p||(p[g]=w[g].bind(p)))}let l=r?.Parent??Object;class d extends l{}Object.defineProperty(d,"name",{value:n});function f(p){let m=r?.Parent?Jg(d):this;c(m,p);let w=m._zod.deferred;if(w){for(let h of w)h();m._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(m),m}return Object.defineProperty(f,"init",{value:c}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>r?.Parent&&p instanceof r.Parent?!0:p?._zod?.traits?.has(n)}),Object.defineProperty(f,"name",{value:n}),f}var $e=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Ll=globalThis).__zod_globalConfig??(Ll.__zod_globalConfig={});var _n=globalThis.__zod_globalConfig;function ye(n){return n&&Object.assign(_n,n),_n}u();u();function Xg(){let n=this._zod;return n.message??(n.message=JSON.stringify(n.def,$l,2)),n.message}function Qg(n){this._zod.message=n}var ey={get:Xg,set:Qg,enumerable:!0,configurable:!0},qo={value:void 0,enumerable:!1},ql=new WeakSet([Object.prototype,Error.prototype]),Zl=(n,e)=>{n.name="$ZodError",qo.value=e,Object.defineProperty(n,"issues",qo),qo.value=void 0,Object.defineProperty(n,"message",ey);let t=Object.getPrototypeOf(n);ql.has(t)||(ql.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},Ok=C("$ZodError",Zl),ht=C("$ZodError",Zl,void 0,{Parent:Error});var ty=n=>{let e=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new $e;if(a.issues.length){let c=new(o?.Err??n)(a.issues.map(l=>Se(l,s,ye())));throw To(c,o?.callee??e),c}return a.value};return e},Zo=ty(ht),ry=n=>{let e=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let c=new(o?.Err??n)(a.issues.map(l=>Se(l,s,ye())));throw To(c,o?.callee??e),c}return a.value};return e},Bo=ry(ht),iy=n=>(e,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=e._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new $e;return o.issues.length?Bl(n,o.issues,i):{success:!0,data:o.value}},Fo=iy(ht);function Bl(n,e,t){let r;return{success:!1,get error(){return r||(r=new n(e.map(i=>Se(i,t,ye()))),e=void 0,t=void 0),r},set error(i){r=i,e=void 0,t=void 0}}}var oy=n=>async(e,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=e._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?Bl(n,o.issues,i):{success:!0,data:o.value}},jo=oy(ht);u();u();u();var Fl=/^[\s\S]{0,}$/;var Uo=/^-?\d+(?:\.\d+)?$/,jl=/^(?:true|false)$/i;var Be=C("$ZodCheck",(n,e)=>{var t;n._zod??(n._zod={}),n._zod.def=e,(t=n._zod).onattach??(t.onattach=[])});var sy=n=>{let e=n.value;return!Al(e)&&e.length!==void 0},Ul={number:"number",bigint:"bigint",object:"date"};var Ko=C("$ZodCheckGreaterThan",(n,e)=>{Be.init(n,e);let t=Ul[typeof e.value];n._zod.check=r=>{(e.inclusive?r.value>=e.value:r.value>e.value)||r.issues.push({origin:Ul[typeof r.value]??t,code:"too_small",minimum:typeof e.value=="object"?e.value.getTime():e.value,input:r.value,inclusive:e.inclusive,inst:n,continue:!e.abort})}});var Wl=C("$ZodCheckNumberFormat",(n,e)=>{Be.init(n,e),e.format=e.format||"float64";let t=e.format?.includes("int"),r=t?"int":"number",[i,o]=Cl[e.format];n._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:e.format,code:"invalid_type",continue:!1,input:a,inst:n});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:n,origin:r,inclusive:!0,continue:!e.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:n,continue:!e.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:n,continue:!e.abort})}});var Kl=C("$ZodCheckMinLength",(n,e)=>{var t;Be.init(n,e),(t=n._zod.def).when??(t.when=sy),n._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=e.minimum&&o<e.minimum*2?El(i):o)>=e.minimum)return;let a=Tl(i);r.issues.push({origin:a,code:"too_small",minimum:e.minimum,inclusive:!0,input:i,inst:n,continue:!e.abort})}});var Gl=C("$ZodCheckStringFormat",(n,e)=>{var t,r;Be.init(n,e),e.pattern?(t=n._zod).check??(t.check=i=>{e.pattern.lastIndex=0,!e.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:e.format,input:i.value,...e.pattern?{pattern:e.pattern.toString()}:{},inst:n,continue:!e.abort})}):(r=n._zod).check??(r.check=()=>{})}),Vl=C("$ZodCheckRegex",(n,e)=>{Gl.init(n,e),n._zod.check=t=>{e.pattern.lastIndex=0,!e.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:e.pattern.toString(),inst:n,continue:!e.abort})}});u();var Hl={major:4,minor:6,patch:7};var ne=C("$ZodType",(n,e)=>{var t;n??(n={}),n._zod.def=e,n._zod.bag=n._zod.bag||{},n._zod.version=Hl;let r=n._zod.def.checks,i=n._zod.traits.has("$ZodCheck")?[n,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(n);if(i.length===0)(t=n._zod).deferred??(t.deferred=[]),n._zod.deferred?.push(()=>{n._zod.run=n._zod.parse});else{let o=(a,c,l)=>{if(a.memo)return a;let d=xe(a),f;for(let p of c){if(p._zod.def.when){if(Nl(a)||!p._zod.def.when(a))continue}else if(d)continue;let m=a.issues.length,w=p._zod.check(a);if(w instanceof Promise&&l?.async===!1)throw new $e;if(f||w instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await w,a.issues.length!==m&&(Pr(a.issues,m,n),d||(d=xe(a,m)))});else{if(a.issues.length===m)continue;Pr(a.issues,m,n),d||(d=xe(a,m))}}return f?f.then(()=>a):a},s=(a,c,l)=>{if(xe(a))return a.aborted=!0,a;let d=o(c,i,l);if(d instanceof Promise){if(l.async===!1)throw new $e;return d.then(f=>n._zod.parse(f,l))}return n._zod.parse(d,l)};n._zod.run=(a,c)=>{if(c.skipChecks)return n._zod.parse(a,c);if(c.direction==="backward"){let d=n._zod.parse({value:a.value,issues:[]},{...c,skipChecks:!0});return d instanceof Promise?d.then(f=>s(f,a,c)):s(d,a,c)}let l=n._zod.parse(a,c);if(l instanceof Promise){if(c.async===!1)throw new $e;return l.then(d=>o(d,i,c))}return o(l,i,c)}}},{get"~standard"(){return Ro(this,"~standard",cy(this))},set"~standard"(n){en(this,"~standard",n)}}),eu=(n,e)=>n.issues.length?{issues:n.issues.map(t=>Se(t,e,ye()))}:{value:n.value};async function ay(n,e){let t={async:!0};return eu(await n._zod.run({value:e,issues:[]},t),t)}function cy(n){return{validate:e=>{let t={async:!1};try{let r=n._zod.run({value:e,issues:[]},t);if(!(r instanceof Promise))return eu(r,t)}catch{}return ay(n,e)},vendor:"zod",version:1}}var nu=C("$ZodString",(n,e)=>{ne.init(n,e),n._zod.pattern=e.pattern??Fl,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:n}),t}});var Go=C("$ZodNumber",(n,e)=>{ne.init(n,e),n._zod.pattern=Uo,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:n,...o?{received:o}:{}}),t}}),tu=C("$ZodNumberFormat",(n,e)=>{Wl.init(n,e),Go.init(n,e)}),ru=C("$ZodBoolean",(n,e)=>{ne.init(n,e),n._zod.pattern=jl,n._zod.parse=(t,r)=>{if(e.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:n}),t}});var iu=C("$ZodNever",(n,e)=>{ne.init(n,e),n._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:n}),t)});function ly(n,e){let t=Io(n._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=n._zod.parse;n._zod.parse=(o,s)=>{let a=e(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[c,l]of Io(n._zod.def.checks))if(a>c&&l._zod.def.when(o)){let d=o.issues.length;return l._zod.check(o),o.issues[d].continue=!1,Pr(o.issues,d,n),o}}return i(o,s)}}var uy=n=>Array.isArray(n)?n.length:-1;function Jl(n,e,t){n.issues.length&&e.issues.push(...qe(t,n.issues)),e.value[t]=n.value}var ou=C("$ZodArray",(n,e)=>{ne.init(n,e);let t=_n.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:n}),r;r.value=t?t.alloc(n,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let c=0;c<o.length;c++){let l=o[c],d=e.element._zod.run({value:l,issues:[]},i);if(d instanceof Promise)s.push(d.then(f=>Jl(f,r,c)));else if(Jl(d,r,c),a&&d.issues.length!==0&&xe(d))break}return s.length?Promise.all(s).then(()=>r):r},ly(n,uy)});function zr(n,e,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(n.issues.length){if(i!==void 0&&a&&!s)return;e.issues.push(...qe(t,n.issues))}if(!s&&i===void 0){n.issues.length||e.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}n.value===void 0?(s||i==="defaulted"&&!a)&&(e.value[t]=void 0):e.value[t]=n.value}}var fy=[];function dy(n){let e=Object.keys(n.shape),t=Object.getOwnPropertySymbols(n.shape),r=t.length?t:fy,i=r.length?[...e,...r]:e;for(let s of i)if(!n.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Ml(n.shape);return{...n,allKeys:i,symbolKeys:r,keySet:new Set(e),numKeys:e.length,optionalKeys:new Set(o)}}function py(n,e,t,r,i,o,s){let a=[],c=i.keySet,l=i.catchall._zod,d=l.def.type,f=l.optin,p=l.optout,m=0;for(let w in e){if(s&&t.issues.length!==m){if(xe(t,m))break;m=t.issues.length}if(c.has(w))continue;if(w==="__proto__"){d==="never"&&a.push(w);continue}if(d==="never"){a.push(w);continue}let g=l.run({value:e[w],issues:[]},r);g instanceof Promise?n.push(g.then(h=>zr(h,t,w,e,f,p))):zr(g,t,w,e,f,p)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:e,inst:o,continue:!0}),n.length?Promise.all(n).then(()=>t):t}var su=C("$ZodObject",(n,e)=>{ne.init(n,e);let t=Object.getOwnPropertyDescriptor(e,"shape"),r=t?.get?t.get.raw:e.shape??{};if(r){let l=()=>{let d={...r};return Object.defineProperty(e,"shape",{value:d}),l.raw=d,d};l.raw=r,Object.defineProperty(e,"shape",{get:l})}let i=_l(()=>dy(e));ue(n,"propValues",l=>{let d=l.def.shape,f={};for(let p in d){let m=d[p]._zod;if(m.values){Object.prototype.hasOwnProperty.call(f,p)||Pl(f,p,new Set);for(let w of m.values)f[p].add(w);m.optin!==void 0&&f[p].add(void 0)}}return f});let o=Ar,s=e.catchall,a,c=_n.memoizer;c?.attach(n),n._zod.parse=(l,d)=>{a??(a=i.value);let f=l.value;if(!o(f))return l.issues.push({expected:"object",code:"invalid_type",input:f,inst:n}),l;l.value=c?c.alloc(n,l,{},d):{};let p=[],m=a.shape,w=d?.abortEarly,g=l.issues.length;for(let h of a.allKeys){if(w&&l.issues.length!==g){if(xe(l,g))break;g=l.issues.length}if(h==="__proto__")continue;let v=m[h],x=v._zod.optin,b=v._zod.optout,k=v._zod.run({value:f[h],issues:[]},d);k instanceof Promise?p.push(k.then(_=>zr(_,l,h,f,x,b))):zr(k,l,h,f,x,b)}return s?py(p,f,l,d,i.value,n,w===!0):p.length?Promise.all(p).then(()=>l):l}});function Xl(n,e,t,r){for(let o of n)if(o.issues.length===0)return e.value=o.value,e;let i=n.filter(o=>!xe(o));return i.length===1?(e.value=i[0].value,i[0]):(e.issues.push({code:"invalid_union",input:e.value,inst:t,errors:n.map(o=>o.issues.map(s=>Se(s,r,ye())))}),e)}var au=C("$ZodUnion",(n,e)=>{ne.init(n,e),ue(n,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),ue(n,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),ue(n,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),ue(n,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>Eo(o.source)).join("|")})$`)}});let t=e.options.length===1?e.options[0]._zod.run:null;n._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of e.options){let c=a._zod.run({value:r.value,issues:[]},i);if(c instanceof Promise)s.push(c),o=!0;else{if(c.issues.length===0)return c;s.push(c)}}return o?Promise.all(s).then(a=>Xl(a,r,n,i)):Xl(s,r,n,i)}});var cu=C("$ZodRecord",(n,e)=>{ne.init(n,e);let t=_n.memoizer;t?.attach(n),n._zod.parse=(r,i)=>{let o=r.value;if(!Ol(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:n}),r;let s=[],a=e.keyType._zod.values;if(a&&!e.partial){r.value=t?t.alloc(n,r,{},i):{};let c=new Set;for(let d of a)if(typeof d=="string"||typeof d=="number"||typeof d=="symbol"){if(c.add(typeof d=="number"?d.toString():d),d==="__proto__")continue;let f=e.keyType._zod.run({value:d,issues:[]},i);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(w=>Se(w,i,ye())),input:d,path:[d],inst:n});continue}let p=f.value;if(p==="__proto__")continue;let m=e.valueType._zod.run({value:o[d],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...qe(d,w.issues)),r.value[p]=w.value})):(m.issues.length&&r.issues.push(...qe(d,m.issues)),r.value[p]=m.value)}let l;for(let d in o)if(!c.has(d))if(e.mode==="loose"){if(d==="__proto__")continue;r.value[d]=o[d]}else l=l??[],l.push(d);l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:l,continue:!0})}else{r.value=t?t.alloc(n,r,{},i):{};let c;for(let l of Reflect.ownKeys(o)){if(l==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,l))continue;let d=e.keyType._zod.run({value:l,issues:[]},i);if(d instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof l=="string"&&Uo.test(l)&&d.issues.length){let w=e.keyType._zod.run({value:Number(l),issues:[]},i);if(w instanceof Promise)throw new Error("Async schemas not supported in object keys currently");w.issues.length===0&&(d=w)}if(d.issues.length){e.mode==="loose"?r.value[l]=o[l]:a?(c=c??[],c.push(l)):r.issues.push({code:"invalid_key",origin:"record",issues:d.issues.map(w=>Se(w,i,ye())),input:l,path:[l],inst:n});continue}let p=d.value;if(p==="__proto__")continue;let m=e.valueType._zod.run({value:o[l],issues:[]},i);m instanceof Promise?s.push(m.then(w=>{w.issues.length&&r.issues.push(...qe(l,w.issues)),r.value[p]=w.value})):(m.issues.length&&r.issues.push(...qe(l,m.issues)),r.value[p]=m.value)}c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:n,keys:c,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var lu=C("$ZodEnum",(n,e)=>{ne.init(n,e);let t=No(e.entries),r=new Set(t);n._zod.values=r,ue(n,"pattern",i=>{let o=No(i.def.entries).filter(s=>zl.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>dt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:n}),i}}),uu=C("$ZodLiteral",(n,e)=>{ne.init(n,e);let t=new Set(e.values);n._zod.values=t,ue(n,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?dt(o):o?dt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),n._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:e.values,input:o,inst:n}),r}});function Ql(n,e){return n.value=e.issues.length?void 0:e.value,n}var fu=C("$ZodOptional",(n,e)=>{ne.init(n,e),ue(n,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),n._zod.optout="optional",ue(n,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),ue(n,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${Eo(r.source)})?$`):void 0}),n._zod.parse=(t,r)=>{if(t.value===void 0){if(e.innerType._zod.optin!=="defaulted")return t;let i=e.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>Ql(t,o)):Ql(t,i)}return e.innerType._zod.run(t,r)}});u();var du;var Vo=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){let r=t[0];return this._map.set(e,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){let t=this._map.get(e);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){let t=e._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(e)};return Object.keys(i).length?i:void 0}return this._map.get(e)}has(e){return this._map.has(e)}};function pu(){return new Vo}(du=globalThis).__zod_globalRegistry??(du.__zod_globalRegistry=pu());var An=globalThis.__zod_globalRegistry;u();function hu(n){return n.checks&&(n.checks=[...n.checks]),n}function mu(n,e){return new n(hu({type:"string",...U(e)}))}function gu(n,e){return new n(hu({type:"number",checks:[],...U(e)}))}function yu(n,e){return new n({type:"number",check:"number_format",abort:!1,format:"safeint",...U(e)})}function wu(n,e){return new n({type:"boolean",...U(e)})}function bu(n,e){return new n({type:"never",...U(e)})}function vu(n,e){return new Ko({check:"greater_than",...U(e),value:n,inclusive:!1})}function Pn(n,e){return new Ko({check:"greater_than",...U(e),value:n,inclusive:!0})}function Yo(n){return vu(0,n)}function Mr(n,e){return new Kl({check:"min_length",...U(e),minimum:n})}function mt(n,e){return new Vl({check:"string_format",format:"regex",...U(e),pattern:n})}function ku(n,e){let t=my(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(Or(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(Or(o))}},n(r.value,r)),e);return t}function my(n,e){let t=new Be({check:"custom",...U(e)});return t._zod.check=n,t}u();u();var fe=C("ZodMiniType",(n,e)=>{if(!n._zod)throw new Error("Uninitialized schema in ZodMiniType.");ne.init(n,e),n.def=e,n.type=e.type},{get with(){return this.check},set with(n){en(this,"with",n)},parse(n,e){return Zo(this,n,e,{callee:this.parse})},parseAsync(n,e){return Bo(this,n,e,{callee:this.parseAsync})},safeParse(n,e){return Fo(this,n,e)},safeParseAsync(n,e){return jo(this,n,e)},check(...n){let e=this.def;return this.clone({...e,checks:[...e.checks??[],...n.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(n,e){return pt(this,n,e)},brand(){return this},register(n,e){return n.add(this,e),this},apply(n,...e){return e.length===0?n(this):n(this,...e)}}),wy=C("ZodMiniString",(n,e)=>{nu.init(n,e),fe.init(n,e)});function G(n){return mu(wy,n)}var Su=C("ZodMiniNumber",(n,e)=>{Go.init(n,e),fe.init(n,e)});function Ho(n){return gu(Su,n)}var by=C("ZodMiniNumberFormat",(n,e)=>{tu.init(n,e),Su.init(n,e)});function Jo(n){return yu(by,n)}var vy=C("ZodMiniBoolean",(n,e)=>{ru.init(n,e),fe.init(n,e)});function Fe(n){return wu(vy,n)}var ky=C("ZodMiniNever",(n,e)=>{iu.init(n,e),fe.init(n,e)});function xy(n){return bu(ky,n)}var Sy=C("ZodMiniArray",(n,e)=>{ou.init(n,e),fe.init(n,e)});function nn(n,e){return new Sy({type:"array",element:n,...U(e)})}var $y=C("ZodMiniObject",(n,e)=>{su.init(n,e),fe.init(n,e),Rl(n,"shape",t=>t._zod.def.shape,!1)});function we(n,e){return new $y({type:"object",shape:n,catchall:xy(),...U(e)})}var _y=C("ZodMiniUnion",(n,e)=>{au.init(n,e),fe.init(n,e)});function Xo(n,e){return new _y({type:"union",options:n,...U(e)})}var xu=C("ZodMiniRecord",(n,e)=>{cu.init(n,e),fe.init(n,e)});function $u(n,e,t){return!e||!e._zod?new xu({type:"record",keyType:G(),valueType:n,...U(e)}):new xu({type:"record",keyType:n,valueType:e,...U(t)})}var Ay=C("ZodMiniEnum",(n,e)=>{lu.init(n,e),fe.init(n,e),n.options=[...n._zod.values]});function Q(n,e){let t=Array.isArray(n)?Object.fromEntries(n.map(r=>[r,r])):n;return new Ay({type:"enum",entries:t,...U(e)})}var Py=C("ZodMiniLiteral",(n,e)=>{uu.init(n,e),fe.init(n,e)});function gt(n,e){return new Py({type:"literal",values:Array.isArray(n)?n:[n],...U(e)})}var Oy=C("ZodMiniOptional",(n,e)=>{fu.init(n,e),fe.init(n,e)});function tn(n){return new Oy({type:"optional",innerType:n})}function Cr(n,e){return ku(n,e)}u();var yt=/^[a-z][a-z0-9-]*$/;function H(n,e){return An.add(n,{description:e}),n}var N=(n,e)=>tn(H(n,e)),Qo=n=>H(G().check(mt(yt,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${n} id: lowercase letters, digits and dashes, starting with a letter`),_u=["product-led","marketing-led","sales-led"],Cy=["self-serve","product-led-sales","sales-led"],Ny=["one-to-many","single-player"],Ey=["freemium","trial","freemium-and-trial","none"],Ty=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],Nr=["error","warning","info","off"],Er=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan","non-monotonic-limit","non-monotonic-price","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","no-upgrade-trigger","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],On=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","limit-outside-plan"],wt=Er.filter(n=>n!=="unused-accept"&&!On.includes(n)),Iy=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],Au=["seat","workspace","account","usage"],Pu=["month","year"],Ry=n=>H(G().check(mt(/\S/,{error:"must not be empty"})),n),Ly=H(we({name:H(G().check(Mr(1)),"The product name"),url:N(G(),"The product web site")}),"The product this file packages"),Dy=H(we({acquisition:N(Q(_u),"How users find the product (default product-led)"),retention:N(Q(_u),"What keeps users coming back (default product-led)"),monetization:N(Q(Cy),"How revenue is collected (default self-serve)"),relationship:N(Q(Ny),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:N(Q(Ey),"The free offer (default freemium)"),trialDays:N(Jo().check(Yo()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:N(nn(Q(Ty)),"Why there is a free offer at all"),qualifiedBy:N(nn(Q(Iy)),"The product signals that qualify an account for sales (product-qualified leads)")}).check(Cr((n,e)=>{typeof n.trialDays=="number"&&n.freeOffer!=="trial"&&n.freeOffer!=="freemium-and-trial"&&e.addIssue({code:"custom",path:["trialDays"],input:n.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${n.freeOffer??"freemium, the default"})`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Ou=H(Xo([Ho().check(Pn(0)),gt("contact-sales")]),"A number >= 0, or contact-sales"),qy=H(we({id:Qo("Plan"),name:N(G(),"Display name (default: id)"),price:Ou,per:N(Q(Au),"What the price is per"),period:N(Q(Pu),"Billing period"),minSeats:N(Jo().check(Pn(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:N(Fe(),"Bought through sales even when it has a list price")}).check(Cr((n,e)=>{typeof n.minSeats=="number"&&n.per!=="seat"&&e.addIssue({code:"custom",path:["minSeats"],input:n.minSeats,message:`minSeats only goes with per: seat (per is ${n.per??"not written"})`}),n.salesAssisted===!0&&n.price===0&&e.addIssue({code:"custom",path:["salesAssisted"],input:n.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A plan; plans are ordered from lowest to highest"),Zy=H(we({id:Qo("Add-on"),name:N(G(),"Display name (default: id)"),price:Ou,per:N(Q(Au),"What the price is per"),period:N(Q(Pu),"Billing period"),from:N(G(),"The lowest plan that can buy it (default: the lowest plan)")}),"An add-on, sold on top of a plan"),By=H(Xo([Ho().check(Pn(0)),gt("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),zu=n=>N(we(Object.fromEntries(wt.map(e=>[e,tn(Ry("Why the team accepts it"))]))),n),Fy=H(we({virality:N(Fe(),"Sharing, invites, public output: network effects"),universality:N(Fe(),"Enough for nearly every user, whatever their complexity"),ahaMoment:N(Fe(),"Needed to reach first value"),habitLoop:N(Fe(),"Brings users back: notifications, channels, reminders"),friction:N(Fe(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:N(Fe(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),jy=H(we({id:Qo("Feature"),name:N(G(),"Display name (default: id)"),description:N(G(),"What the feature does"),category:N(G(),"Groups rows in the matrix"),plan:N(G(),"The lowest plan that includes it; every higher plan includes it too"),addOn:N(G(),"Instead of plan: the add-on this feature comes with"),unit:N(G(),"What `limits` counts"),limits:N($u(G(),By),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),signals:tn(Fy),status:N(Q(["shipped","planned"]),"shipped (default) or planned"),requestedBy:N(nn(G()),"The customers who asked for it"),rationale:N(G().check(mt(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:zu("Findings on this feature the team accepted: rule id -> reason")}).check(Cr((n,e)=>{let t=n.plan!==void 0&&n.addOn!==void 0;(t||n.plan===void 0&&n.addOn===void 0)&&e.addIssue({code:"custom",path:["id"],input:n.id,message:t?`Feature${typeof n.id=="string"?` "${n.id}"`:""} has both \`plan\` and \`addOn\`: keep exactly one (a feature sold with an add-on has no plan of its own)`:`Feature${typeof n.id=="string"?` "${n.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`})},{when:n=>typeof n.value=="object"&&n.value!==null})),"A feature"),Uy=Q(Nr),Wy=gt("error"),Ky=H(we(Object.fromEntries(Er.map(n=>[n,tn(On.includes(n)?Wy:Uy)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),es=we({version:H(gt(1),"The format version: 1"),product:Ly,growth:tn(Dy),plans:H(nn(qy).check(Mr(1)),"The plans, from lowest to highest"),addOns:N(nn(Zy),"Add-ons sold on top of a plan"),features:H(nn(jy),"The features"),accept:zu("Findings that name no feature, accepted by the team: rule id -> reason"),rules:tn(Ky)}).register(An,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});var Gy=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy"],je=n=>n!==null&&typeof n=="object"&&!Array.isArray(n);function ns(n,e){for(let t=e.rank+1;t<n.length;t++){let r=n[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var zn=(n,e)=>n.limits[e]??"unlimited";function Nu(n,e,t){let r=n.contents,i=P=>(0,de.isAlias)(P)?Qe(n,P):P??void 0,o=new Set;for(let P of t)for(let L=1;L<=Math.min(2,P.path.length);L++)o.add(P.path.slice(0,L).join("\0"));let s=(...P)=>o.has(P.join("\0")),a=P=>{let L=i(Y(r,P)),z=e[P];return!(0,de.isSeq)(L)||!Array.isArray(z)?[]:z.map((Z,K)=>({node:i(L.items[K]),plain:Z,ok:!s(P,K)}))},c=P=>{let L=je(P)?P.id:void 0;return typeof L=="string"&&yt.test(L)?L:void 0},l=P=>{let L=[];for(let z of P){let Z=c(z.plain);Z!==void 0&&L.push({id:Z,node:i(Y(z.node,"id"))})}return L},d=P=>typeof P=="string"?P:void 0,f=a("plans"),p=a("addOns"),m=a("features"),w={plans:l(f),addOns:l(p),features:l(m)},g=s("plans")&&!Array.isArray(e.plans),h=[],v=new Map;f.forEach((P,L)=>{if(g||!P.ok||!P.node||!je(P.plain))return;let z=P.plain,Z=z.price,K=z.per,ee=z.minSeats,he=z.salesAssisted===!0,se={id:z.id,name:d(z.name)||z.id,price:Z,...K!==void 0?{per:K}:{},...z.period!==void 0?{period:z.period}:{},...ee!==void 0?{minSeats:ee}:{},salesAssisted:he,free:Z===0,sales:Z==="contact-sales"||he,...typeof Z=="number"?{entryPrice:K==="seat"&&ee?Z*ee:Z}:{},index:L,rank:h.length,node:P.node,idNode:i(Y(P.node,"id")),priceNode:i(Y(P.node,"price"))};h.push(se),v.has(se.id)||v.set(se.id,se)});let x=c(f[0]?.plain),b=[],k=new Map,_=s("addOns")&&!Array.isArray(e.addOns);p.forEach((P,L)=>{if(_||!P.ok||!P.node||!je(P.plain))return;let z=P.plain,Z=d(z.from)??x??"",K=v.get(Z),ee=i(Y(P.node,"from")),he={id:z.id,name:d(z.name)||z.id,price:z.price,...z.per!==void 0?{per:z.per}:{},...z.period!==void 0?{period:z.period}:{},from:Z,...K?{fromPlan:K}:{},index:L,node:P.node,idNode:i(Y(P.node,"id")),priceNode:i(Y(P.node,"price")),...ee&&z.from!==void 0?{fromNode:ee}:{}};b.push(he),k.has(he.id)||k.set(he.id,he)});let A=[];m.forEach((P,L)=>{if(!P.ok||!P.node||!je(P.plain))return;let z=P.plain,Z=z.signals,K=d(z.addOn),ee=K!==void 0?k.get(K):void 0,he=K!==void 0?ee?.from??"":z.plan,se=K!==void 0?ee?.fromPlan:v.get(he),_s=K!==void 0?ee?"paid":null:se?se.free?"free":"paid":null,As=je(z.limits)?z.limits:Object.create(null),Gr=new Map,Ps=i(Y(P.node,"limits"));if((0,de.isMap)(Ps))for(let ae of Ps.items){let Ae=i(ae.key);Ae&&Ae.value!==void 0&&!Gr.has(String(Ae.value))&&Gr.set(String(Ae.value),{...ae,value:i(ae.value)})}let At=[];if(se&&_s==="free")for(let ae=se.rank;ae<h.length;ae++){let Ae=h[ae];Ae.free&&At.push({plan:Ae,limit:zn({limits:As},Ae.id)})}let Os=bl(Z);A.push({id:z.id,name:d(z.name)||z.id,...z.description!==void 0?{description:z.description}:{},...z.category!==void 0?{category:z.category}:{},plan:he,...K!==void 0?{addOn:K}:{},...ee?{addOnModel:ee}:{},...z.unit!==void 0?{unit:z.unit}:{},limits:As,...Z?{signals:Z}:{},status:z.status??"shipped",...z.requestedBy!==void 0?{requestedBy:z.requestedBy}:{},...z.rationale!==void 0?{rationale:z.rationale}:{},accept:Cu(n,i(Y(P.node,"accept")),z.accept),side:_s,...se?{placement:se}:{},freeLimits:At,reachesFree:At.some(ae=>ae.limit!==0),walledOnFree:At.some(ae=>typeof ae.limit=="number"),recommendation:Os.recommendation,reasons:Os.reasons,index:L,node:P.node,idNode:i(Y(P.node,"id")),planNode:i(Y(P.node,K!==void 0?"addOn":"plan")),...Mu("signalsNode",i(Y(P.node,"signals"))),...Mu("requestedByNode",i(Y(P.node,"requestedBy"))),limitPairs:Gr})});let O=Le(r,"growth"),S=i(O?.value),T=O!==void 0&&!s("growth")&&(0,de.isMap)(S),R=T&&je(e.growth)?e.growth:{},q=new Map,D=[];if(T&&(0,de.isMap)(S)){for(let L of Gy){let z=i(Y(S,L));z&&R[L]!==void 0&&q.set(L,z)}let P=q.get("freemiumGoals");(0,de.isSeq)(P)&&Array.isArray(R.freemiumGoals)&&P.items.forEach((L,z)=>{let Z=i(L);Z&&D.push({goal:R.freemiumGoals[z],node:Z})})}let te={acquisition:R.acquisition??"product-led",retention:R.retention??"product-led",monetization:R.monetization??"self-serve",relationship:R.relationship??"one-to-many",freeOffer:R.freeOffer??"freemium",...R.trialDays!==void 0?{trialDays:R.trialDays}:{},...R.freemiumGoals!==void 0?{freemiumGoals:R.freemiumGoals}:{},...R.qualifiedBy!==void 0?{qualifiedBy:R.qualifiedBy}:{},written:q,goalItems:D,...T&&O?{keyNode:O.key}:{}},$t=je(e.product)?e.product:{},_t=h.find(P=>P.free),$s=_t?ns(h,_t):void 0;return{rootNode:r,...typeof $t.name=="string"?{productName:$t.name}:{},...typeof $t.url=="string"?{productUrl:$t.url}:{},plans:h,addOns:b,features:A,growth:te,hasGrowth:T,planIds:new Set(w.plans.map(P=>P.id)),addOnIds:new Set(w.addOns.map(P=>P.id)),idEntries:w,productLed:te.acquisition==="product-led"||te.retention==="product-led",freemium:te.freeOffer==="freemium"||te.freeOffer==="freemium-and-trial",planById:v,addOnById:k,..._t?{firstFreePlan:_t}:{},...Vy("lowestPaidPlan",h.find(P=>typeof P.price=="number"&&P.price>0)),...$s?{upgradePlan:$s}:{},hasSalesPlan:h.some(P=>P.sales),freeSideClassified:A.every(P=>P.side!=="free"||P.signals!==void 0),accept:Cu(n,i(Y(r,"accept")),e.accept)}}function Mu(n,e){return e?{[n]:e}:{}}function Vy(n,e){return e?{[n]:e}:{}}function Cu(n,e,t){let r=new Map;if(!(0,de.isMap)(e)||!je(t))return r;for(let i of e.items){let o=(0,de.isAlias)(i.key)?Qe(n,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!wt.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}u();u();var Eu={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(n){let e=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}n.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=n.model.idEntries;e(t.plans,"plan",!1),e(t.addOns,"add-on",!1),e(t.features,"feature",!0)}};u();var Tu={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(n){let{model:e}=n,t=e.plans;if(t.length<2)return;let r=e.features.filter(c=>c.status==="planned"&&c.placement);if(r.length<2)return;let i=t[t.length-1],o=e.lowestPaidPlan,s=c=>c===i.rank||o!==void 0&&c>o.rank;if(!r.every(c=>s(c.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${n.name(o)}`:n.name(i);n.report({node:n.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};u();u();function Iu(n){return n.model.features.filter(e=>e.side!==null)}function ie(n){return n.model.features.filter(e=>e.side==="free")}var W=(n,e)=>n.signals?.[e]===!0;function Tr(n,e){return e.addOnModel?`the ${n.name(e.addOnModel)} add-on`:e.placement?n.name(e.placement):`"${e.plan}"`}var Ru={id:"free-expansion",severity:"info",category:"packaging-test",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of ie(n)){if(t.recommendation!=="paid"||t.reasons.length!==1||t.reasons[0]!=="expansion"||t.walledOnFree)continue;let r=t.placement;n.report({node:t.planNode,feature:t,message:`${n.name(t)} grows with the value a customer gets (expansion), and ${n.name(r)} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${n.name(r)} under \`limits:\`, or start it on ${e?n.name(e):"a paid plan"}.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}}};u();var Lu={id:"free-friction",severity:"warning",category:"packaging-test",description:"A feature that creates friction for the growth model is given away free.",check(n){let e=n.model.upgradePlan??n.model.lowestPaidPlan;for(let t of ie(n))t.recommendation!=="paid"||!t.reasons.includes("friction")||n.report({node:t.planNode,feature:t,message:`${n.name(t)} creates friction for the growth model and drives no growth signal, yet it is free on ${n.name(t.placement)}. Gate it in ${e?n.name(e):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...e?{recommendedPlan:e.id}:{}}})}};u();var Du={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(n){let{model:e}=n,t=e.growth.written.get("freeOffer");!e.hasGrowth||!t||!e.freemium||e.plans.length===0||e.firstFreePlan||n.report({node:t,message:`The free offer is ${e.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};u();var qu={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("freeOffer");!e.hasGrowth||!r||!e.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||n.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};u();u();var ts={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function rn(n){let e=n.map(t=>ts[t]);return e.length<=1?e.join(""):`${e.slice(0,-1).join(", ")} and ${e[e.length-1]}`}var Mn={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var Yy={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},Zu={id:"gated-growth-driver",severity:"warning",category:"packaging-test",description:"A feature that drives growth is gated in a paid plan or an add-on.",check(n){let e=n.model.firstFreePlan;for(let t of Iu(n)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>Xe.includes(a)),i=t.reasons.filter(a=>!Xe.includes(a)),o=e?n.name(e):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${rn(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;n.report({node:t.planNode,feature:t,severity:n.model.productLed?"warning":"info",message:`${n.name(t)} drives growth (${rn(r)}) but is gated in ${Tr(n,t)}: ${r.map(a=>Yy[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...e?{recommendedPlan:e.id}:{}}})}}};u();var Hy={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},Jy={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},Bu={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(n){let{model:e}=n;if(!e.hasGrowth||e.growth.goalItems.length===0||!e.freeSideClassified)return;let t=e.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of e.growth.goalItems){let s=Hy[i];!s||r.has(i)||(r.add(i),!t.some(a=>W(a,s.signal))&&n.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${Jy[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};u();var Xy=["universality","ahaMoment","habitLoop"],Fu={id:"growth-wall",severity:"warning",category:"packaging-test",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(n){for(let e of ie(n)){if(W(e,"virality")||e.reachesFree)continue;let t=Xy.filter(i=>W(e,i));if(t.length===0)continue;let r=e.freeLimits.find(i=>i.limit===0);r&&n.report({node:e.limitPairs.get(r.plan.id)?.value,feature:e,message:`${n.name(e)} drives growth (${rn(t)}), but ${n.name(r.plan)} allows 0 ${e.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};u();var ju={id:"limit-outside-plan",severity:"error",category:"structure",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(n){for(let e of n.model.features){let t=e.placement;if(t)for(let[r,i]of e.limitPairs){let o=n.model.planById.get(r);!o||o.rank>=t.rank||n.report({node:i.key,feature:e,message:`${n.name(e)} starts on ${Tr(n,e)}${e.addOnModel?` (from ${n.name(t)})`:""}, so ${n.name(o)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${n.name(o)}.`})}}}};u();var Uu={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(n){if(n.topKey("growth"))return;let e=n.topKey("version");n.report({node:e,...e?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};u();var Wu={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&W(r,"ahaMoment"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};u();var Ku={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(n){let{model:e}=n,t=e.firstFreePlan;!e.productLed||!t||!e.freeSideClassified||e.features.some(r=>r.reachesFree&&W(r,"habitLoop"))||n.report({node:t.idNode,message:`No feature that ${n.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};u();var Gu={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(n){let e=n.model.growth,t=e.written.get("freeOffer");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.freeOffer!=="none"||n.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};u();var Vu={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(n){let e=n.model.growth.monetization;e!=="self-serve"&&e!=="product-led-sales"||n.model.plans.length!==0&&(n.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||n.report({node:n.topKey("plans"),message:`Monetization is ${e}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};u();var Yu={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(n){let{model:e}=n,t=e.firstFreePlan;if(!e.productLed||!e.freemium||!t)return;let r=e.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=e.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(W(a,"friction")||W(a,"expansion"))&&(a.walledOnFree||i(a)))||n.report({node:t.idNode,message:`Nothing makes a growing ${n.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${n.name(t)}${r?` or starts on ${n.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?n.name(r):"a self-serve paid plan"}.`})}};u();var Qy=n=>n==="unlimited"?Number.POSITIVE_INFINITY:n,Hu=n=>n===Number.POSITIVE_INFINITY?"unlimited":String(n),Ju={id:"non-monotonic-limit",severity:"warning",category:"structure",description:"A higher plan has a lower usage limit than a lower plan.",check(n){let e=n.model.plans;for(let t of n.model.features){if(!t.placement)continue;let r;for(let i=t.placement.rank;i<e.length;i++){let o=e[i],s=Qy(zn(t,o.id));r&&s<r.limit&&t.limits[o.id]!==void 0&&n.report({node:t.limitPairs.get(o.id)?.value,feature:t,message:`${n.name(t)} allows ${Hu(s)}${t.unit?` ${t.unit}`:""} on ${n.name(o)} but ${Hu(r.limit)} on the lower ${r.name}: upgrading would take something away. Raise the ${n.name(o)} limit to at least the ${r.name} one.`}),(!r||s>r.limit)&&(r={name:n.name(o),limit:s})}}}};u();var ew=(n,e)=>n.per===e.per&&(n.period===void 0||e.period===void 0||n.period===e.period),Xu=n=>n.minSeats&&n.per==="seat"?`${n.entryPrice} (${n.price} \xD7 ${n.minSeats} seats minimum)`:String(n.entryPrice),Qu={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(n){let e=[];for(let t of n.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of e)ew(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&n.report({node:t.priceNode,message:`${n.name(t)} costs ${Xu(t)}, less than the lower plan ${n.name(r)} (${Xu(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=e.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?e.push(t):e[i].entryPrice<t.entryPrice&&(e[i]=t)}}};u();var ef={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||e.qualifiedBy&&e.qualifiedBy.length>0||n.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};u();var nf={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(n){let e=n.model.growth,t=e.written.get("monetization");!n.model.hasGrowth||!t||e.monetization!=="product-led-sales"||n.model.hasSalesPlan||n.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};u();var tf={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(n){let e=n.model.growth,t=e.written.get("retention");!n.model.hasGrowth||!t||!e.written.has("acquisition")||e.acquisition!=="product-led"||e.retention==="product-led"||n.report({node:t,message:`Acquisition is product-led but retention is ${e.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};u();var rf={id:"sales-led-only",severity:"info",category:"growth-model",description:"Acquisition, retention and monetization are all sales-led.",check(n){let e=n.model.growth;n.model.hasGrowth&&(!e.written.has("acquisition")||!e.written.has("retention")||!e.written.has("monetization")||e.acquisition!=="sales-led"||e.retention!=="sales-led"||e.monetization!=="sales-led"||n.report({node:n.topKey("growth"),message:"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales."}))}};u();var of={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};u();var sf={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("trialDays");if(!e.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!e.hasSalesPlan&&!i)return;let o=e.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;n.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};u();var af={id:"single-customer-feature",severity:"info",category:"growth-model",description:"A feature requested by one customer that drives no growth signal.",check(n){for(let e of n.model.features)e.requestedBy?.length!==1||!e.requestedByNode||Xe.some(t=>e.signals?.[t]===!0)||n.report({node:e.requestedByNode,feature:e,message:`${n.name(e)} was asked for by one customer (${e.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};u();var cf={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(n){let{model:e}=n,t=e.growth,r=t.written.get("acquisition");!e.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||e.features.some(i=>i.reachesFree&&W(i,"virality"))||n.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};u();var lf={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};u();var uf={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(n){let e=n.model.growth.written.get("freeOffer");!n.model.hasGrowth||!e||n.model.growth.freeOffer!=="trial"||n.report({node:e,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};u();var ff={id:"unclassified-feature",severity:"info",category:"packaging-test",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(n){for(let e of n.model.features)e.signals||n.report({node:e.idNode,feature:e,message:`${n.name(e)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};u();u();function nw(n,e){if(n===e)return 0;let t=new Array(e.length+1);for(let r=0;r<=e.length;r++)t[r]=r;for(let r=1;r<=n.length;r++){let i=t[0];t[0]=r;for(let o=1;o<=e.length;o++){let s=t[o];t[o]=Math.min(t[o]+1,t[o-1]+1,i+(n[r-1]===e[o-1]?0:1)),i=s}}return t[e.length]}function on(n,e){let t=n.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let s of e){let a=s.toLowerCase(),c=a===t?0:a.startsWith(t)||t.startsWith(a)?1:nw(t,a);c<i&&(i=c,r=s)}if(r===void 0)return;let o=Math.max(2,Math.floor(Math.max(t.length,r.length)/3));return i<=o?r:void 0}var df={id:"unknown-add-on",severity:"error",category:"structure",description:"`addOn:` names no add-on.",check(n){let{model:e}=n,t=[...e.addOnIds];for(let r of e.features){if(r.addOn===void 0||e.addOnIds.has(r.addOn))continue;let i=on(r.addOn,t);n.report({node:r.planNode,feature:r,message:`${n.name(r)} comes with add-on "${r.addOn}", which is not one of the add-ons.${i?` Did you mean "${i}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}.`:" Declare it under `addOns:`."}`,...i?{data:{suggestion:i}}:{}})}}};u();var pf={id:"unknown-plan",severity:"error",category:"structure",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(n){let{model:e}=n,t=[...e.planIds],r=i=>{let o=on(i,t);return{s:o,text:o?` Did you mean "${o}"?`:` Plans: ${t.slice(0,12).join(", ")}${t.length>12?", \u2026":""}.`}};for(let i of e.addOns){if(!i.fromNode||e.planIds.has(i.from))continue;let{s:o,text:s}=r(i.from);n.report({node:i.fromNode,message:`The ${n.name(i)} add-on is sold from plan "${i.from}", which is not one of the plans.${s}`,...o?{data:{suggestion:o}}:{}})}for(let i of e.features){if(i.addOn===void 0&&!e.planIds.has(i.plan)){let{s:o,text:s}=r(i.plan);n.report({node:i.planNode,feature:i,message:`${n.name(i)} is placed on plan "${i.plan}", which is not one of the plans.${s}`,...o?{data:{suggestion:o}}:{}})}for(let[o,s]of i.limitPairs){if(e.planIds.has(o))continue;let{s:a,text:c}=r(o);n.report({node:s.key,feature:i,message:`${n.name(i)} has a usage limit for plan "${o}", which is not one of the plans.${c}`,...a?{data:{suggestion:a}}:{}})}}}};u();var hf={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};u();var mf={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(n){for(let e of ie(n)){if(e.recommendation!=="free-limited"||e.walledOnFree)continue;let t=e.placement,r=e.reasons.filter(i=>i==="friction"||i==="expansion");n.report({node:e.planNode,feature:e,message:`${n.name(e)} drives growth but also has ${rn(r)}, and ${n.name(t)} gives it away without limit. Add a usage wall for ${n.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};u();var gf={id:"viral-wall",severity:"warning",category:"packaging-test",description:"A viral feature is walled at 0 or 1 on a free plan.",check(n){for(let e of ie(n))if(W(e,"virality"))for(let{plan:t,limit:r}of e.freeLimits)r!==0&&r!==1||n.report({node:e.limitPairs.get(t.id)?.value,feature:e,message:`${n.name(e)} spreads the product (virality), but ${n.name(t)} caps ${e.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};u();var yf={id:"wall-not-lifted",severity:"warning",category:"growth-model",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(n){let e=n.model.plans;for(let t of ie(n)){if(!W(t,"friction")&&!W(t,"expansion"))continue;let r=new Set;for(let{plan:i,limit:o}of t.freeLimits){if(typeof o!="number")continue;let s=ns(e,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=e.slice(s.rank+1).find(c=>{let l=zn(t,c.id);return l==="unlimited"||l>o});a&&(r.add(s.id),n.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${n.name(t)} stops at ${o} ${t.unit??"uses"} on ${n.name(i)}, and ${n.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${n.name(a)} does. Raise the ${n.name(s)} limit.`,data:{recommendedPlan:s.id,suggestedLimit:zn(t,a.id)}}))}}}};var Cn=[lf,of,Eu,pf,df,ju,Ju,Qu,Du,Zu,Lu,Ru,mf,gf,Fu,ff,Uu,uf,sf,qu,Bu,Gu,tf,cf,Wu,Ku,Vu,yf,Yu,nf,ef,rf,Tu,af,hf],wf=new Map(Cn.map(n=>[n.id,n]));u();var sn=We(_r());function tw(n,e){let t=[{node:n.contents??void 0,pair:void 0}],r=n.contents;for(let i of e)if((0,sn.isAlias)(r)&&(r=Qe(n,r)),typeof i=="number"&&(0,sn.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,sn.isMap)(r)){let o=Le(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function is(n){let e=es;for(let t of n){e=bf(e);let r=e?._zod?.def;if(!r)return;if(r.type==="object")e=r.shape[t];else if(r.type==="array")e=r.element;else if(r.type==="record")e=r.valueType;else return}return bf(e)}function bf(n){for(;n?._zod?.def&&(n._zod.def.type==="optional"||n._zod.def.type==="nullable");)n=n._zod.def.innerType;return n}function vf(n){return n?An.get(n)?.description:void 0}function rw(n){let e=is(n);return e?._zod?.def?.type==="object"?Object.keys(e._zod.def.shape):[]}function iw(n){return n==null?"nothing":typeof n=="string"?`"${n.length>40?`${n.slice(0,40)}\u2026`:n}" (text)`:typeof n=="number"||typeof n=="boolean"?`${n} (${typeof n=="number"?"a number":"true/false"})`:Array.isArray(n)?"a list":"a map"}function rs(n,e){if(n.length===0)return"the file";let t=[],r=e;for(let i=0;i<n.length;i++){let o=n[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,c=n[i-1],l=c==="plans"?"plan":c==="features"?"feature":c==="addOns"?"add-on":"item";l!=="item"&&t.pop(),t.push(`${l}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function ow(n,e){if(!n)return;let r=(e&&n.pair?n.pair.key:n.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=n.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function Ir(n,e){for(let r=n.length-1;r>=0;r--){let i=n[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,sn.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=e.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function kf(n,e){if(e==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=es.safeParse(e,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...sw(n,e,i));return{data:void 0,problems:r}}function sw(n,e,t){let r=t.path,i=tw(n,r),o=i.length===r.length+1,s=rs(r,e),a=r[r.length-1],c=r.length>1?` in ${rs(r.slice(0,-1),e)}`:"",l=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${c}`;if(t.code==="unrecognized_keys"){let h=a==="accept",v=rw(r),x=o?i[i.length-1].node:void 0;return t.keys.map(b=>{let _=Le(x,b)?.key?.range,A=h&&Er.includes(b),O=A?void 0:on(b,v),S=O?` Did you mean \`${O}\`?`:h?"":` Known keys: ${v.join(", ")}.`;return{message:A?`\`${b}\` findings cannot be accepted: ${b==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:h?`Unknown rule \`${b}\` in ${s}: an \`accept\` entry names a rule id.${S}`:a==="rules"&&r.length===1?`Unknown rule \`${b}\` in \`rules\`.${S}`:`Unknown key \`${b}\` in ${s}.${S}`,span:_?{start:_[0],end:_[1]}:Ir(i,n),path:[...r,b],...O?{suggestion:O}:{}}})}let d=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:Ir(i,n),path:r}];if(!o||t.code==="invalid_type"&&d===void 0){let h=o?i.slice(0,-1):i,v=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${rs(v,e)}. ${vf(is(r))??""}`.trim(),span:Ir(h,n),path:r}]}let f=ow(i[i.length-1],!1)??Ir(i,n),p=vf(is(r)),m=iw(d),w,g;switch(t.code){case"invalid_value":{let h=t.values.map(String);r[0]==="rules"&&On.includes(String(a))?w=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${m}. Lower it in the editor settings or on the command line instead.`:h.length===1?w=`${l} must be ${h[0]}; got ${m}.`:(g=typeof d=="string"?on(d,h):void 0,w=`${l} must be one of ${h.join(", ")}; got ${m}.${g?` Did you mean \`${g}\`?`:""}`);break}case"invalid_format":if(w=`${l} is not valid: ${t.message}; got ${m}.`,typeof d=="string"&&/^[A-Za-z]/.test(d)){let h=d.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(h)&&(g=h,w+=` Try \`${h}\`.`)}break;case"too_small":w=t.origin==="array"?`${l} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${l} must not be empty.`:`${l} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${m}.`;break;case"custom":w=`${t.message}.`;break;case"invalid_type":w=`${l} must be ${aw[t.expected]??t.expected}; got ${m}.`;break;default:w=`${l} must be ${cw(p)??"of another type"}; got ${m}.`}return[{message:w,span:f,path:r,...g?{suggestion:g}:{}}]}var aw={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function cw(n){return n&&n[0].toLowerCase()+n.slice(1)}var os=n=>{let e=n?.range;return e?{start:e[0],end:e[1]}:{start:0,end:0}};function Rr(n,e={}){let t=xl(n),r=t.lineCounter,i=(f,p,m={})=>dw(f,p,e,m,t.syntaxError,w=>Sl(r,w));if(t.syntaxError||!t.doc)return i(t.problems.map(f=>({severity:"error",rule:"syntax",message:f.message,span:f.span})));let{doc:o,plain:s}=t,{problems:a}=kf(o,s),c=a.map(f=>{let p=lw(s,f.path);return{severity:"error",rule:"schema",message:f.message,span:f.span,...p!==void 0?{feature:p}:{},...f.suggestion?{data:{suggestion:f.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(c):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:os(o.contents)}]);let l=s,d=Nu(o,l,a);return mw(d,f=>Le(o.contents,f)?.key??void 0,c),i(c,d,uw(l.rules))}function lw(n,e){if(e[0]!=="features"||typeof e[1]!="number"||e.length<3)return;let t=n&&typeof n=="object"?n.features:void 0,r=Array.isArray(t)?t[e[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&yt.test(i)?i:void 0}function uw(n){let e=Object.create(null);if(!n||typeof n!="object"||Array.isArray(n))return e;for(let[t,r]of Object.entries(n))!wf.has(t)||typeof r!="string"||!Nr.includes(r)||On.includes(t)&&r!=="error"||(e[t]=r);return e}var fw=new Set(wt);function dw(n,e,t,r,i,o){let s=f=>r[f]??hw(t.rules?.[f]),a=[],c=new Set,l=f=>{let p=s(f.rule);if(p==="off")return;let m=fw.has(f.rule)?f.element?f.element.accept.get(f.rule):f.feature===void 0?e?.accept.get(f.rule):void 0:void 0;m&&c.add(m),a.push({rule:f.rule,severity:p??f.severity,message:f.message,range:o(f.span),span:f.span,...f.feature!==void 0?{feature:f.feature}:{},...f.data?{data:f.data}:{},...m?{accepted:m.reason}:{}})};for(let f of n)l(f);if(e)for(let f of pw(e,c))l(f);a.sort((f,p)=>f.span.start-p.span.start||f.span.end-p.span.end||(f.rule<p.rule?-1:f.rule>p.rule?1:0)||(f.message<p.message?-1:f.message>p.message?1:0));let d=(e?.features??[]).map(f=>({id:f.id,plan:f.plan,...f.addOn!==void 0?{addOn:f.addOn}:{},side:f.side,recommendation:f.recommendation,reasons:f.reasons,...f.rationale!==void 0?{rationale:f.rationale}:{}}));return{diagnostics:a,features:d,...e?{model:e}:{},syntaxError:i,toRange:o}}function pw(n,e){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:os(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of n.features)for(let o of i.accept.values())e.has(o)||t.push(r(o,i));for(let i of n.accept.values())e.has(i)||t.push(r(i));return t}function hw(n){return n!==void 0&&Nr.includes(n)?n:void 0}function mw(n,e,t){for(let r of Cn)r.check&&r.check({model:n,topKey:e,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;t.push({severity:i.severity??r.severity,rule:r.id,message:i.message,span:i.span??os(i.node),...o!==void 0?{feature:typeof o=="string"?o:o.id}:{},...o!==void 0&&typeof o!="string"?{element:o}:{},...i.data?{data:i.data}:{}})}})}u();var xf=n=>({id:n.id,name:n.name,plan:n.plan,side:n.side,recommendation:n.recommendation});function Sf(n,e){let t=zo(n);if(!(t===void 0||e===null))return t===e}function gw(n,e,t){let r=Sf(n,e),i=Sf(n,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}function $f(n,e){let t=new Map,r=e.findIndex(i=>i.id===n.plan);return e.forEach((i,o)=>{t.set(i.id,r<0||o<r?null:n.limits[i.id]??"unlimited")}),t}function _f(n){return{rule:n.rule,severity:n.severity,message:n.message,...n.feature!==void 0?{feature:n.feature}:{},line:n.range.start.line}}function ss(n){return`${n.rule}\0${n.feature??""}\0${n.message}`}function Af(n,e){let t=new Map;for(let i of e)t.set(ss(i),(t.get(ss(i))??0)+1);let r=[];for(let i of n){let o=ss(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}function as(n,e){let t=n?.model?.plans??[],r=e.model?.plans??[],i=n?.model?.features??[],o=e.model?.features??[],s=b=>{let k=new Map;for(let _ of b)k.has(_.id)||k.set(_.id,_);return k},a=s(i),c=s(o),l=s(t),d=s(r),f=[...c.values()].filter(b=>!a.has(b.id)).map(xf),p=[...a.values()].filter(b=>!c.has(b.id)).map(xf),m=[],w=[];for(let b of c.values()){let k=a.get(b.id);if(!k)continue;k.plan!==b.plan&&m.push({id:b.id,name:b.name,fromPlan:k.plan,toPlan:b.plan,fromSide:k.side,toSide:b.side,recommendation:b.recommendation,verdict:gw(b.recommendation,k.side,b.side)});let _=$f(k,t),A=$f(b,r);for(let[O,S]of A){if(!_.has(O))continue;let T=_.get(O);T===null||S===null||T===S||w.push({feature:b.id,name:b.name,plan:O,from:T,to:S,...b.unit?{unit:b.unit}:{}})}}let g=[];for(let b of d.values()){let k=l.get(b.id);k?k.price!==b.price&&g.push({plan:b.id,name:b.name,from:k.price,to:b.price}):g.push({plan:b.id,name:b.name,from:null,to:b.price})}for(let b of l.values())d.has(b.id)||g.push({plan:b.id,name:b.name,from:b.price,to:null});let h=n?.diagnostics??[],v=e.diagnostics,x={errors:0,warnings:0,infos:0};for(let b of v)b.severity==="error"?x.errors++:b.severity==="warning"?x.warnings++:x.infos++;return{baseMissing:n===void 0,added:f,removed:p,moved:m,limits:w,prices:g,newDiagnostics:Af(v,h).map(_f),resolvedDiagnostics:Af(h,v).map(_f),head:x}}function Lr(n){return n.added.length+n.removed.length+n.moved.length+n.limits.length+n.prices.length===0&&n.newDiagnostics.length+n.resolvedDiagnostics.length===0}u();var Gf=require("node:child_process"),kt=We(require("node:path"));u();var Pf={error:3,warning:2,info:1};function cs(n){if(n.price==="contact-sales")return"Contact sales";if(n.price===0)return"Free";let t=[`$${Number.isInteger(n.price)?String(n.price):n.price.toFixed(2)}`,n.per?`${n.per}`:"",n.period?`${n.period}`:""].filter(Boolean).join(" / ");return n.minSeats&&n.per==="seat"?`${t} (min ${n.minSeats} seats)`:t}function us(n,e){let t=n==="unlimited"?"Unlimited":n.toLocaleString("en-US");if(!e)return t;let r=n===1?e.replace(/^([A-Za-z]+[^s])s\b/,"$1"):e;return`${t} ${r}`}var Of=n=>({rule:n.rule,severity:n.severity,message:n.message,range:n.range,...n.accepted!==void 0?{accepted:n.accepted}:{}}),ls={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function zf(n){let e=n.model,t=(e?.plans??[]).map(h=>({id:h.id,name:h.name,priceLabel:cs(h),price:h.price,free:h.free})),r=(e?.addOns??[]).map(h=>({id:h.id,name:h.name,priceLabel:cs(h),from:h.from})),i=new Map,o=[];for(let h of n.diagnostics)if(h.feature===void 0)o.push(Of(h));else{let v=i.get(h.feature)??[];v.push(h),i.set(h.feature,v)}let s=new Map,a=0,c=0,l=0,d=new Set;for(let h of e?.features??[]){let v=h.placement?.rank,x=h.addOnModel,b=x?`add-on: ${x.name}, ${cs(x)}`:"",k=t.map((q,D)=>{if(v===void 0||D<v)return{kind:"excluded"};let te=h.limits[q.id];return te!==void 0?{kind:"limit",limit:te,...h.unit?{unit:h.unit}:{},label:us(te,h.unit)}:x?{kind:"addOn",addOn:x.id,label:b}:{kind:"included"}}),_=d.has(h.id)?[]:(i.get(h.id)??[]).map(Of);d.add(h.id);let A=[..._.filter(q=>q.accepted===void 0),..._.filter(q=>q.accepted!==void 0)],O;for(let q of A)q.accepted===void 0&&(!O||Pf[q.severity]>Pf[O])&&(O=q.severity);h.side==="free"?a++:h.side==="paid"&&c++,O&&l++;let S=h.category??"Uncategorized",T={id:h.id,name:h.name,...h.description!==void 0?{description:h.description}:{},category:S,plan:h.plan,...h.addOn!==void 0?{addOn:h.addOn}:{},side:h.side,recommendation:h.recommendation,reasons:h.reasons,signals:wl.filter(q=>h.signals?.[q]===!0),status:h.status,...h.unit!==void 0?{unit:h.unit}:{},...h.rationale!==void 0?{rationale:h.rationale}:{},cells:k,findings:A,...O?{flag:O}:{},range:n.toRange({start:h.idNode.range[0],end:h.idNode.range[1]}),planRange:n.toRange({start:h.planNode.range[0],end:h.planNode.range[1]})},R=s.get(S)??[];R.push(T),s.set(S,R)}let f=e?.growth,p={features:e?.features.length??0,free:a,paid:c,flagged:l,errors:0,warnings:0,infos:0,accepted:0};for(let h of n.diagnostics)h.accepted!==void 0?p.accepted++:h.severity==="error"?p.errors++:h.severity==="warning"?p.warnings++:p.infos++;let m={present:e?.hasGrowth??!1,acquisition:f?.acquisition??"product-led",retention:f?.retention??"product-led",monetization:f?.monetization??"self-serve",relationship:f?.relationship??"one-to-many",freeOffer:f?.freeOffer??"freemium",...f?.trialDays!==void 0?{trialDays:f.trialDays}:{},freemiumGoals:[...f?.freemiumGoals??[]],summary:""},w=m.acquisition===m.retention?`${ls[m.acquisition]} acquisition and retention`:`${ls[m.acquisition]} acquisition, ${ls[m.retention]} retention`,g=m.freeOffer==="none"?"no free offer":m.trialDays?`${m.freeOffer} (${m.trialDays}-day trial)`:m.freeOffer;return m.summary=`${w} \xB7 ${m.monetization} \xB7 ${g}${m.present?"":" (assumed: no growth block)"}`,{product:e?.productName??"",plans:t,addOns:r,groups:[...s].map(([h,v])=>({category:h,rows:v})),growth:m,counts:p,fileFindings:o,syntaxError:n.syntaxError}}u();u();var yw={included:"Included",excluded:"Not included"};function Mf(n){return n.kind==="limit"||n.kind==="addOn"?n.label:yw[n.kind]}function Cf(n){return n.side??"unknown plan"}function Nf(n){return Mn[n.recommendation]}function Ef(n){return n.reasons.map(e=>ts[e]).join(", ")}function Tf(n){return!vl(n.recommendation,n.side)}var fs={error:"\u2716",warning:"\u26A0",info:"\u2139"};function If(n){if(!n.flag)return"";let e=[...new Set(n.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${fs[n.flag]} ${e.join(", ")}`}function Rf(n){return n.findings.filter(e=>e.accepted!==void 0).map(e=>`accepted ${e.rule}: ${e.accepted}`)}function Lf(n){let e=new Map(n.plans.map(t=>[t.id,t.name]));return n.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${e.get(t.from)??t.from}`)}function M(n){return n.replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|#~!]/g,"\\$&").trim()}function pe(n,e,t){let r=n.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(n),i(r),...e.map(i)].join(`
`)}function Df(n,e={}){let t=[],r=e.heading??"##";if(t.push(`${r} Free/paid matrix${n.product?` \u2014 ${M(n.product)}`:""}`,""),n.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${M(n.growth.summary)}`,"");let i=n.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=Lf(n);if(o.length&&t.push(`Add-ons: ${o.map(M).join("; ")}.`,""),e.note&&t.push(`_${M(e.note)}_`,""),n.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...n.plans.map(a=>a.priceLabel===a.name?M(a.name):`${M(a.name)}<br>${M(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of n.groups){t.push(`${r}# ${M(a.category)}`,"");let c=a.rows.map(l=>{let d=Ef(l),f=`${Nf(l)}${d?` (${d})`:""}`,p=[If(l),...Rf(l)].filter(Boolean).map(M).join("<br>");return[`${M(l.name)}${l.status==="planned"?" _(planned)_":""}${l.rationale?`<br>_${M(l.rationale)}_`:""}`,...l.cells.map(m=>m.kind==="excluded"?"\u2014":M(Mf(m))),M(Cf(l)),Tf(l)?M(f):`**${M(f)}**`,p]});t.push(pe(s,c),"")}return t.join(`
`)}u();u();var oe=require("node:fs"),_e=We(require("node:path"));u();function ds(n){let e=n.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(e)}var an=class extends Error{},qf=32<<20;function ps(n){let e,t;try{t=(0,oe.openSync)(n,"r");let i=(0,oe.fstatSync)(t);if(i.isDirectory())return{ok:!1,reason:"is a directory"};if(i.isFile()&&i.size>qf)return{ok:!1,reason:`too large (${Math.round(i.size/2**20)} MiB; the limit is 32 MiB)`};let o=[],s=0;for(;;){let a=Buffer.allocUnsafe(65536),c=(0,oe.readSync)(t,a,0,a.length,null);if(c===0)break;if(o.push(a.subarray(0,c)),s+=c,s>qf)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}e=Buffer.concat(o,s)}catch(i){let o=i;return{ok:!1,reason:o.code==="ENOENT"?"no such file":o.code==="EACCES"?"permission denied":o.code==="EISDIR"?"is a directory":o.message}}finally{t!==void 0&&(0,oe.closeSync)(t)}let r=e.indexOf(0);if(r>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${Zf(e,r)})`};try{let i=new TextDecoder("utf-8",{fatal:!0}).decode(e);return i.charCodeAt(0)===65279&&(i=i.slice(1)),{ok:!0,text:i}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${Zf(e,ww(e))})`}}}function Zf(n,e){let t=1,r=0;for(let i=0;i<e;i++)n[i]===10&&(t++,r=i+1);return`line ${t}, column ${e-r+1}`}function ww(n){for(let e=0;e<n.length;){let t=n[e],r=t<128?1:t>>5===6?2:t>>4===14?3:t>>3===30?4:0;if(r===0||e+r>n.length)return e;for(let i=1;i<r;i++)if(n[e+i]>>6!==2)return e;e+=r}return 0}var Bf=n=>/[*?[\]{}]/.test(n);function bw(n){let e="";for(let t=0;t<n.length;t++){let r=n[t];if(r==="*")n[t+1]==="*"?(t++,n[t+1]==="/"?(t++,e+="(?:.*/)?"):e+=".*"):e+="[^/]*";else if(r==="?")e+="[^/]";else if(r==="{"){let i=n.indexOf("}",t);i<0?e+="\\{":(e+=`(?:${n.slice(t+1,i).split(",").map(o=>o.replace(/[.+^$()|[\]\\]/g,"\\$&")).join("|")})`,t=i)}else e+=r.replace(/[.+^$()|[\]\\{}]/g,"\\$&")}return new RegExp(`^${e}$`)}function Dr(n,e,t=n){let r=[],i;try{i=(0,oe.readdirSync)(n,{withFileTypes:!0})}catch{return r}i.sort((o,s)=>o.name<s.name?-1:o.name>s.name?1:0);for(let o of i){let s=_e.default.join(n,o.name);if(o.isDirectory()){if(o.name==="node_modules"||o.name.startsWith("."))continue;r.push(...Dr(s,e,t))}else o.isFile()&&e(_e.default.relative(t,s).split(_e.default.sep).join("/"))&&r.push(s)}return r}function Ff(n,e){if(n.length===0){let r=Dr(e,i=>ds(i));if(r.length===0)throw new an("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return r}let t=[];for(let r of n){let i=_e.default.resolve(e,r),o;try{o=(0,oe.statSync)(i)}catch{o=void 0}if(o?.isDirectory()){let s=Dr(i,a=>ds(a));if(s.length===0)throw new an(`${r}: no packaging files in this directory`);t.push(...s)}else if(!o&&Bf(r)){let s=r.split(_e.default.sep).join("/").replace(/^\.\//,""),a=s.split("/").findIndex(p=>Bf(p)),c=s.split("/").slice(0,a).join("/"),l=_e.default.resolve(e,c||"."),d=bw(s.split("/").slice(a).join("/")),f=Dr(l,p=>d.test(p));if(f.length===0)throw new an(`${r}: the pattern matched no files`);t.push(...f)}else t.push(i)}return[...new Set(t)]}function hs(n,e){let t=_e.default.relative(e,n);return(t&&!t.startsWith("..")?t:n).split(_e.default.sep).join("/")}u();var Nn=(n,e)=>t=>`\x1B[${n}m${t}\x1B[${e}m`;function ms(n){if(!n){let e=t=>t;return{red:e,yellow:e,blue:e,dim:e,bold:e,underline:e}}return{red:Nn(31,39),yellow:Nn(33,39),blue:Nn(34,39),dim:Nn(2,22),bold:Nn(1,22),underline:Nn(4,24)}}u();u();var gs="packaging-planner",ys="0.1.0",jf="PACKAGING_PLANNER_DOCS_URL";function ws(n){let e=n[jf]?.trim();if(!e)return;let t;try{t=new URL(e)}catch{t=void 0}if(!t||t.protocol!=="https:"&&t.protocol!=="http:")throw new bt(`${jf} must be an http(s) address of the docs/ folder, not "${e}"`);return e.replace(/\/+$/,"")}var bt=class extends Error{};function qr(n,e){return e?`${e}/rules/${encodeURIComponent(n)}.md`:void 0}function Zr(n){return`${gs} explain ${n}`}u();function vt(n){let e=0,t=0,r=0,i=0;for(let o of n)o.accepted!==void 0?i++:o.severity==="error"?e++:o.severity==="warning"?t++:r++;return{errorCount:e,warningCount:t,infoCount:r,acceptedCount:i}}function En(n){return vt(n.flatMap(e=>e.diagnostics))}function Ue(n){return{line:n.line+1,column:n.character+1}}var Br=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function Fr(n,e){let t=qr(n,e);return t?`[${n}](${t})`:`\`${n}\``}function bs(n){return n?[]:[`Each rule is explained by \`${Zr("RULE")}\`.`,""]}function jr(n,e={}){let t=["## Packaging Planner",""],r=En(n),i=r.errorCount+r.warningCount+r.infoCount,o=Br(n.length,"file"),s=r.acceptedCount?` ${r.acceptedCount} accepted (not counted).`:"";if(t.push(i===0?`\u2714 ${o} checked, no problems.${s}`:`${r.errorCount>0?"\u2716":"\u26A0"} ${Br(r.errorCount,"error")}, ${Br(r.warningCount,"warning")}, ${Br(r.infoCount,"info")} in ${o}.${s}`,""),n.length===0)return`${t.join(`
`)}
`;t.push(pe(["File","Errors","Warnings","Infos","Features (free / paid)"],n.map(a=>{let c=vt(a.diagnostics),l=a.result.features.filter(f=>f.side==="free").length,d=a.result.features.filter(f=>f.side==="paid").length;return[`\`${a.file.replace(/`/g,"'")}\``.replace(/\|/g,"\\|"),String(c.errorCount),String(c.warningCount),String(c.infoCount),`${a.result.features.length} (${l} / ${d})`]}),["l","r","r","r","r"]),""),i>0&&t.push(...bs(e.docsUrl));for(let a of n){t.push(`### ${M(a.file)}`,"");let c=a.diagnostics.filter(d=>d.accepted===void 0),l=a.diagnostics.filter(d=>d.accepted!==void 0);c.length===0?t.push("No problems.",""):t.push(pe(["Line","Severity","Rule","Message"],c.map(d=>{let f=Ue(d.range.start);return[`${f.line}:${f.column}`,`${fs[d.severity]} ${d.severity}`,Fr(d.rule,e.docsUrl),M(d.message)]}),["r","l","l","l"]),""),l.length&&t.push(`<details><summary>Accepted findings (${l.length})</summary>`,"",pe(["Line","Rule","Reason","Finding"],l.map(d=>{let f=Ue(d.range.start);return[`${f.line}:${f.column}`,Fr(d.rule,e.docsUrl),M(d.accepted),M(d.message)]}),["r","l","l","l"]),"","</details>",""),!a.result.syntaxError&&a.result.model&&t.push("<details><summary>Free/paid matrix</summary>","",Df(zf(a.result),{heading:"####"}),"</details>","")}return`${t.join(`
`)}
`}u();function Uf(){return{cwd:process.cwd(),stdout:n=>process.stdout.write(n),stderr:n=>process.stderr.write(n),isTTY:!!process.stdout.isTTY,env:process.env}}var cn={ok:0,findings:1,usage:2};var ln=class extends Error{};function Vf(n,e){let t=kt.default.dirname(n),r=s=>(0,Gf.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new ln(a.code==="ENOENT"?"git is not installed":`${n}: not inside a git repository`)}if(e.startsWith("-"))throw new ln(`--base ${e}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${e}^{commit}`])}catch{throw new ln(`--base ${e}: no such git ref (commit, branch or tag)`)}let o=kt.default.relative(i,kt.default.resolve(n)).split(kt.default.sep).join("/");try{return r(["show",`${e}:${o}`])}catch{return}}function Wf(n){return n===null?"\u2014":n==="contact-sales"?"Contact sales":n===0?"Free":`$${Number.isInteger(n)?n:n.toFixed(2)}`}function Kf(n,e){return n===null?"not included":us(n,e)}var vw={with:"with the packaging test",against:"against the packaging test",neutral:""};function kw(n,e){return n===e?`${e??"unknown"} side`:`${n??"unknown"} \u2192 ${e??"unknown"}`}var vs=(n,e)=>`${n} ${e}${n===1?"":"s"}`,xw=n=>`${vs(n.errors,"error")}, ${vs(n.warnings,"warning")}, ${vs(n.infos,"info")}`;function Yf(n,e,t){let r=[`## Packaging changes: ${M(e.head)}`,"",`Compared with \`${e.base.replace(/`/g,"'")}\`${n.baseMissing?" (does not exist: a new file)":""}. Head: ${xw(n.head)}.`,""];if(Lr(n))return r.push("No packaging changes.",""),`${r.join(`
`)}
`;n.moved.length>0&&r.push("### Moved between plans","",pe(["Feature","From","To","Side","Packaging test"],n.moved.map(o=>[M(o.name),M(o.fromPlan),M(o.toPlan),M(kw(o.fromSide,o.toSide)),`${o.verdict==="with"?"\u2705 ":o.verdict==="against"?"\u26A0\uFE0F ":""}${M(`recommends ${Mn[o.recommendation]}${o.verdict==="neutral"?"":`: ${vw[o.verdict]}`}`)}`])),""),n.added.length+n.removed.length>0&&r.push("### Features added or removed","",pe(["","Feature","Plan","Side","Recommendation"],[...n.added.map(o=>["\u2795",M(o.name),M(o.plan),M(o.side??"unknown plan"),M(Mn[o.recommendation])]),...n.removed.map(o=>["\u2796",M(o.name),M(o.plan),M(o.side??"unknown plan"),M(Mn[o.recommendation])])]),""),n.limits.length>0&&r.push("### Limits changed","",pe(["Feature","Plan","Before","After"],n.limits.map(o=>[M(o.name),M(o.plan),M(Kf(o.from,o.unit)),M(Kf(o.to,o.unit))])),""),n.prices.length>0&&r.push("### Plans and prices","",pe(["Plan","Before","After"],n.prices.map(o=>[M(o.name),M(Wf(o.from)),M(Wf(o.to))])),"");let i=(o,s)=>o.map(a=>[s,`${a.severity}`,Fr(a.rule,t),M(a.message)]);return n.newDiagnostics.length+n.resolvedDiagnostics.length>0&&r.push("### Findings","",pe(["","Severity","Rule","Message"],[...i(n.newDiagnostics,"\u{1F195} new"),...i(n.resolvedDiagnostics,"\u2705 resolved")]),"",...bs(t)),`${r.join(`
`)}
`}u();u();var Sw={error:"error",warning:"warning",info:"notice"};function un(n){return n.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function $w(n){return un(n).replace(/:/g,"%3A").replace(/,/g,"%2C")}function ks(n,e,t){let r=Object.entries(e).map(([i,o])=>`${i}=${$w(String(o))}`).join(",");return`::${n}${r?` ${r}`:""}::${un(t)}`}function Ur(n){let e=[];for(let t of n)for(let r of t.diagnostics)r.accepted===void 0&&e.push(ks(Sw[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return e.length>0?`${e.join(`
`)}
`:""}u();function _w(n){return{files:n.map(e=>({file:e.file,...vt(e.diagnostics),diagnostics:e.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:Ue(t.range.start),end:Ue(t.range.end)}})),features:e.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function Hf(n){return`${JSON.stringify(_w(n),null,2)}
`}u();var td=require("node:crypto");u();var Jf=require("node:fs"),Ss=We(require("node:path")),xs=typeof y<"u"?y:void 0,Aw=()=>Ss.default.resolve(__dirname,"..","..");function Pw(n){try{return(0,Jf.readFileSync)(n,"utf8")}catch{return}}function Xf(n){if(/^[a-z][a-z0-9-]*$/.test(n))return xs?Object.hasOwn(xs.docs,n)?xs.docs[n]:void 0:Pw(Ss.default.join(Aw(),"docs","rules",`${n}.md`))}u();function Qf(n,e){let t=n.replace(/\r\n?/g,`
`).split(`
`),r=t.findIndex(a=>a.trim()===`## ${e}`);if(r<0)return[];let i=[],o=[],s=!1;for(let a of t.slice(r+1)){if(!s&&a.startsWith("## "))break;a.startsWith("```")&&(s=!s),!s&&a.trim()===""?(o.length&&i.push(o.join(`
`)),o=[]):o.push(a)}return o.length&&i.push(o.join(`
`)),i}function Ow(n){return n.replace(/\s*\n\s*/g," ").replace(/`([^`]*)`/g,"$1").replace(/\*\*([^*]+)\*\*/g,"$1").replace(/\[([^\]]+)\]\([^)]*\)/g,"$1").trim()}function ed(n){let e=Qf(n,"What it checks").filter(i=>!/^Anchor:/.test(i)),t=Qf(n,"Why").slice(0,1),r=[...e,...t].filter(i=>!i.startsWith("```"));if(r.length!==0)return{text:r.map(Ow).join(`

`),markdown:r.map(i=>i.replace(/\s*\n\s*/g," ").trim()).join(`

`)}}var zw="https://json.schemastore.org/sarif-2.1.0.json",nd={error:"error",warning:"warning",info:"note"},Mw=n=>n.split("-").map(e=>e.charAt(0).toUpperCase()+e.slice(1)).join("");function Cw(n){let e=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(n)?{uri:`file:///${e(n.replace(/\\/g,"/"))}`}:n.startsWith("/")?{uri:`file://${e(n)}`}:{uri:e(n),uriBaseId:"%SRCROOT%"}}function Nw(n,e={}){let t=new Map(Cn.map((o,s)=>[o.id,s])),r=Cn.map(o=>{let s=Xf(o.id),a=s?ed(s):void 0,c=qr(o.id,e.docsUrl);return{id:o.id,name:Mw(o.id),shortDescription:{text:o.description},fullDescription:a??{text:o.description},help:s?{text:s,markdown:s}:{text:`${o.description}

Run \`${Zr(o.id)}\` for the rule's page.`},...c?{helpUri:c}:{},defaultConfiguration:{level:nd[o.severity]},properties:{tags:["packaging",o.category],precision:"very-high"}}}),i=n.flatMap(o=>{let s=new Map;return o.diagnostics.map(a=>{let c=t.get(a.rule),l=[o.file,a.rule,a.feature??"",a.message].join("\0"),d=(s.get(l)??0)+1;s.set(l,d);let f=`${(0,td.createHash)("sha256").update(l).digest("hex").slice(0,32)}:${d}`;return{ruleId:a.rule,...c!==void 0?{ruleIndex:c}:{},level:nd[a.severity],message:{text:a.message},locations:[{physicalLocation:{artifactLocation:Cw(o.file),region:{startLine:a.range.start.line+1,startColumn:a.range.start.character+1,endLine:a.range.end.line+1,endColumn:a.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":f},...a.accepted!==void 0?{suppressions:[{kind:"inSource",justification:a.accepted}]}:{},...a.feature!==void 0?{properties:{feature:a.feature}}:{}}})});return{$schema:zw,version:"2.1.0",runs:[{tool:{driver:{name:gs,version:ys,semanticVersion:ys,...e.docsUrl?{informationUri:e.docsUrl}:{},rules:r}},columnKind:"utf16CodeUnits",results:i}]}}function Wr(n,e={}){return`${JSON.stringify(Nw(n,e),null,2)}
`}u();var xt=(n,e)=>`${n} ${e}${n===1?"":"s"}`;function rd(n,e){let t=ms(e.color);if(n.length===0)return"";let r=[];for(let l of n){let d=e.showAccepted?l.diagnostics:l.diagnostics.filter(m=>m.accepted===void 0);if(d.length===0)continue;r.push(t.underline(l.file));let f=d.map(m=>{let w=Ue(m.range.start);return{pos:`${w.line}:${w.column}`,d:m}}),p=Math.max(...f.map(m=>m.pos.length));for(let{pos:m,d:w}of f){let g=w.accepted!==void 0?t.dim("accepted"):w.severity==="error"?t.red("error  "):w.severity==="warning"?t.yellow("warning"):t.blue("info   "),h=w.accepted!==void 0?` ${t.dim(`(accepted: ${w.accepted.replace(/\s*\n\s*/g," ")})`)}`:"";r.push(`  ${t.dim(m.padEnd(p))}  ${g}  ${w.message.replace(/\s*\n\s*/g," ")}${h}  ${t.dim(w.rule)}`)}r.push("")}let i=En(n),o=i.errorCount+i.warningCount+i.infoCount,s=xt(n.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${e.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let l=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${l}`:l}let c=`\u2716 ${xt(o,"problem")} (${xt(i.errorCount,"error")}, ${xt(i.warningCount,"warning")}, ${xt(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(c)):t.yellow(t.bold(c))),`${r.join(`
`)}
`}var Kr={stylish:rd,json:Hf,sarif:Wr,github:Ur,markdown:jr};function fn(n,e){return(n[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function St(n,e){return n.stdout(`::error title=packaging-planner::${un(e)}
`),{exitCode:cn.usage,errors:0,warnings:0,infos:0}}function id(n){let e=n.env,t=e.GITHUB_WORKSPACE&&dn.default.isAbsolute(e.GITHUB_WORKSPACE)?e.GITHUB_WORKSPACE:n.cwd,r=fn(e,"paths").split(/\r?\n/).flatMap(k=>k.trim().split(/\s+/)).filter(Boolean),i=fn(e,"format")||"stylish";if(!(i in Kr))return St(n,`input format: unknown "${i}"; use one of ${Object.keys(Kr).join(", ")}`);let o=fn(e,"max-warnings");if(o!==""&&!/^-?\d+$/.test(o))return St(n,`input max-warnings: a whole number, not "${o}"`);let s=o===""?-1:Number(o),a=fn(e,"sarif"),c=fn(e,"annotate")!=="false",l=fn(e,"diff-base"),d=fn(e,"diff-file")||"packaging-diff.md",f;try{f=ws(e)}catch(k){if(k instanceof bt)return St(n,k.message);throw k}let p;try{p=Ff(r,t)}catch(k){if(k instanceof an)return St(n,k.message);throw k}let m=[],w=!1;for(let k of p){let _=hs(k,t),A=ps(k);if(!A.ok){n.stdout(`${ks("error",{file:_,title:"packaging-planner"},`${_}: ${A.reason}`)}
`),w=!0;continue}let O=Rr(A.text);m.push({file:_,text:A.text,result:O,diagnostics:O.diagnostics})}if(n.stdout(Kr[i](m,{color:!1,docsUrl:f})),c&&i!=="github"&&n.stdout(Ur(m)),e.GITHUB_STEP_SUMMARY&&(0,be.appendFileSync)(e.GITHUB_STEP_SUMMARY,jr(m,{docsUrl:f})),a){let k=dn.default.resolve(t,a);(0,be.mkdirSync)(dn.default.dirname(k),{recursive:!0}),(0,be.writeFileSync)(k,Wr(m,{docsUrl:f}))}let g="";if(l){let k=[];try{for(let A of m){let O=Vf(dn.default.resolve(t,A.file),l),S=as(O===void 0?void 0:Rr(O),A.result);Lr(S)||k.push(Yf(S,{base:`${l}:${A.file}`,head:A.file},f))}}catch(A){if(A instanceof ln)return St(n,`input diff-base: ${A.message}`);throw A}let _=k.length>0?k.join(`
`):`## Packaging changes

No packaging changes since \`${l}\`.
`;g=dn.default.resolve(t,d),(0,be.mkdirSync)(dn.default.dirname(g),{recursive:!0}),(0,be.writeFileSync)(g,_),e.GITHUB_STEP_SUMMARY&&(0,be.appendFileSync)(e.GITHUB_STEP_SUMMARY,`
${_}`)}let{errorCount:h,warningCount:v,infoCount:x}=En(m);e.GITHUB_OUTPUT&&(0,be.appendFileSync)(e.GITHUB_OUTPUT,`errors=${h}
warnings=${v}
infos=${x}
files=${m.length}
${a?`sarif=${a}
`:""}${g?`diff=${d}
`:""}`);let b=cn.ok;return w?b=cn.usage:h>0?b=cn.findings:s>=0&&v>s&&(n.stdout(`::error title=packaging-planner::${un(`${v} warnings, more than max-warnings ${s}`)}
`),b=cn.findings),{exitCode:b,errors:h,warnings:v,infos:x}}try{process.exitCode=id(Uf()).exitCode}catch(n){process.stdout.write(`::error title=packaging-planner::${un(`internal error: ${n?.message??String(n)}`)}
`),process.exitCode=2}
