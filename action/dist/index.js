"use strict";var wh=Object.create;var il=Object.defineProperty;var bh=Object.getOwnPropertyDescriptor;var vh=Object.getOwnPropertyNames;var kh=Object.getPrototypeOf,Sh=Object.prototype.hasOwnProperty;var xh=(e,n,t)=>()=>{if(t)throw t[0];try{return e&&(n=e(e=0)),n}catch(r){throw t=[r],r}};var C=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}};var $h=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let i of vh(n))!Sh.call(e,i)&&i!==t&&il(e,i,{get:()=>n[i],enumerable:!(r=bh(n,i))||r.enumerable});return e};var be=(e,n,t)=>(t=e!=null?wh(kh(e)):{},$h(n||!e||!e.__esModule?il(t,"default",{value:e,enumerable:!0}):t,e));var b,d=xh(()=>{b={schema:`{
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
        },
        "valueMetric": {
          "type": "string",
          "description": "The feature whose amount the price scales with: the wall a growing customer should pay to lift"
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
          },
          "requires": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Add-on ids that must be bought with it"
          },
          "excludes": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Add-on ids that cannot be bought with it"
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
            "description": "The add-on this feature comes with; beside plan: sold as this add-on below plan"
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
          "lowerIsBetter": {
            "type": "boolean",
            "description": "The limit is better when lower (a polling interval, a response time): not a usage wall"
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
              "plan-adds-nothing": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "add-on-conflict": {
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
              "tight-wall": {
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
              "weak-lift": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "no-upgrade-trigger": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "unmetered-value-metric": {
                "type": "string",
                "pattern": "\\\\S",
                "description": "Why the team accepts it"
              },
              "thin-step": {
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
        "plan-adds-nothing": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "add-on-conflict": {
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
        "tight-wall": {
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
        "weak-lift": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "no-upgrade-trigger": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "unmetered-value-metric": {
          "type": "string",
          "pattern": "\\\\S",
          "description": "Why the team accepts it"
        },
        "thin-step": {
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
        "unknown-feature": {
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
        "plan-adds-nothing": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "add-on-conflict": {
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
        "tight-wall": {
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
        "weak-lift": {
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
        "unmetered-value-metric": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "off"
          ]
        },
        "thin-step": {
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
`,docs:{"add-on-conflict":`# add-on-conflict

Default severity: warning | Category: Structure

## What it checks

Two kinds of add-on that nobody can buy as written:

- A \`requires\` item of an add-on names the add-on itself, or an add-on
  that the same add-on \`excludes\`, or continues a cycle of \`requires\` back
  to the add-on (\`a\` requires \`b\`, \`b\` requires \`a\`). One diagnostic per
  such item; each add-on on a cycle gets one, at its \`requires\` item that
  continues the cycle. An item that is both excluded and on a cycle gets
  one. Only the add-on's own \`excludes\` count.
- A feature with both \`plan\` and \`addOn\` whose add-on's \`from\` (or the
  lowest plan, when \`from\` is left out) is not below \`plan\`: the add-on is
  sold only where the plan already includes the feature.

Anchor: that \`requires\` item, or the feature's \`addOn\` value.

An item that names no add-on gets \`unknown-add-on\` only. An add-on that
fails the schema takes no part: it gets no \`add-on-conflict\`, and an item
naming it counts for nothing here (it closes no cycle).

## Why

An add-on sells one capability, on top of a plan, to the customers who
need it, without raising the price for everyone else. That only works when
a customer can actually buy it. An add-on that requires itself, requires
something it cannot be bought with, or sits on a loop of requirements is a
checkout that can never complete; sales and billing find out from an
unhappy customer. A feature included in a plan and also sold as an add-on
is a good pattern (a lower plan can buy what a higher plan includes), but
only when the add-on is sold below that plan: from the plan up, the
customer already has it.

## How to fix

Remove the link that makes the loop or the contradiction; for a feature
sold as an add-on, sell the add-on from a plan below the feature's \`plan\`
(its \`from\`), or drop \`addOn\` from the feature.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
addOns:
  - id: ai
    price: 8
    from: pro
    requires: [ai-credits]
  - id: ai-credits
    price: 5
    from: pro
    requires: [ai]
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: history
    plan: free
    unit: days
    limits:
      free: 90
    signals:
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
addOns:
  - id: ai
    price: 8
    from: pro
    requires: [ai-credits]
  - id: ai-credits
    price: 5
    from: pro
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: history
    plan: free
    unit: days
    limits:
      free: 90
    signals:
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  add-on-conflict: off
\`\`\`

Or accept one finding with the reason: a finding about an add-on's
\`requires\` in the top-level \`accept:\` block, a finding about a feature in
that feature's \`accept:\` block.

\`\`\`yaml
accept:
  add-on-conflict: The two AI add-ons are sold as one bundle.
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "add-on-conflict": "off" }
\`\`\`
`,"duplicate-id":`# duplicate-id

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

\`duplicate-id\` is one of the seven structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`unknown-feature\`, \`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
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
free plan that includes it has a wall on it (a numeric limit of a feature
that is not \`lowerIsBetter\`).

Anchor: the feature's \`plan\` value (its \`addOn\` value for a feature of a
\`$0\` add-on, which has no plan).

It stays silent when the value metric (\`growth.valueMetric\`) is walled on
a free plan: heavy use already meets that wall. It never reports the
value-metric feature itself:
[unmetered-value-metric](unmetered-value-metric.md) speaks for it.

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

Anchor: the feature's \`plan\` value (its \`addOn\` value for a feature of a
\`$0\` add-on, which has no plan).

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
its side is \`paid\`, at least one plan is free, under a product-led growth
model (info otherwise). The message names the signals and the plan, or the
add-on.

Anchor: the feature's \`plan\` value (its \`addOn\` value for a feature sold
with an add-on).

"Product-led growth model" means \`growth.acquisition\` or \`growth.retention\`
is \`product-led\`, or \`growth\` is missing. A feature's side is \`paid\` when
its \`plan\` is not a free plan, and always for a feature with \`addOn:\` (an
add-on is bought, whichever plan it is sold from). A feature whose add-on's
\`from\` is unknown is still judged: it is on the paid side either way.
A feature with both \`plan\` and \`addOn\` takes its side from \`plan\`. A
feature of a \`$0\` add-on sold from a free plan is on the free side.

With no free plan (only plans that pass the schema count) there is no free
side to move the feature to, so the rule stays silent:
[trial-only](trial-only.md) or [no-free-offer](no-free-offer.md) carries
the point.

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
has a wall of \`0\` on it (a \`lowerIsBetter\` limit is no wall).

Anchor: the first such limit value.

Viral features walled at 0 or 1 are reported by
[viral-wall](viral-wall.md) instead; a wall of exactly 1 is
[tight-wall](tight-wall.md)'s.

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
plan when \`from\` is left out). For a feature with both \`plan\` and
\`addOn\`, a plan below the lower of the two: the add-on sells the feature
from its \`from\` plan up to the plan below \`plan\`, so a limit there is the
limit the add-on brings.

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

\`limit-outside-plan\` is one of the seven structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`unknown-feature\`, \`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
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
  wall (a numeric limit, not \`lowerIsBetter\`) on a free plan or sits on
  the self-serve upgrade plan;
- the value metric (\`growth.valueMetric\`) is not walled on free: when it
  is, its wall is the trigger.

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

For a feature with \`lowerIsBetter: true\` (a polling interval, a response
time) the direction is reversed: a higher plan gets this warning when its
number is higher than a lower plan's. A plan with no entry states nothing
there and is skipped (\`unlimited\` is a \`schema\` error on such a feature).

For a feature with both \`plan\` and \`addOn\`, the entries below \`plan\` are
the limits the add-on brings on those plans: they are compared as written,
a plan with no entry skipped; from \`plan\` up, no entry is \`unlimited\` as
usual.

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
`,"plan-adds-nothing":`# plan-adds-nothing

Default severity: warning | Category: Structure

## What it checks

A plan includes exactly what the plan directly below it includes: no
feature sits on it (its \`plan\`, or an add-on-only feature's add-on \`from\`),
no add-on has it as \`from\`, and no feature's limit on it differs from its
limit on the plan below. The lowest plan (the first in the list) and sales
plans (\`contact-sales\` or \`salesAssisted: true\`) are never checked.

Anchor: the plan's \`id\` value.

How limits are compared:

- For a usage wall, a plan with no entry is \`unlimited\`, as everywhere:
  \`limits: {free: 3}\` differs between Free (3) and Pro (unlimited).
- For a \`lowerIsBetter\` feature, the written entries are compared as
  written: an entry on one plan against none on the other is a difference.
- For a feature with both \`plan\` and \`addOn\`, the entries below \`plan\` (the
  limits the add-on brings) are compared as written too.

There is no price test: an identical plan at a different price is still a
plan a buyer cannot tell apart from the one below.

Left out, because the comparison would be a guess: a plan that fails the
schema, and the plan directly above it (its plan below is unknown), and
features that fail the schema or whose plan or add-on is unknown.

## Why

A plan ladder works when each step gives a growing customer a reason to
climb: a feature they now need, or a wall that moves out of their way. The
product-led path is "use it free, hit a limit, upgrade on your own"; a step
that adds nothing breaks it. The buyer compares two columns that read the
same and either picks the cheaper one or stops trusting the page, and the
team pays for a plan nobody can explain. It is usually a plan kept for an
old price, or features that moved up the ladder and left it empty.

## How to fix

Give the plan something of its own (start a feature on it, raise a wall
on it, sell an add-on from it) or remove it and move its customers to the
plan below.

Before (Team adds nothing over Pro):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: team
    price: 15
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: history
    plan: free
    unit: days
    limits:
      free: 90
    signals:
      expansion: true
\`\`\`

After (Team keeps history for longer):

\`\`\`yaml
version: 1
product:
  name: Acme Boards
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: team
    price: 15
features:
  - id: boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: history
    plan: free
    unit: days
    limits:
      free: 90
      pro: 365
    signals:
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  plan-adds-nothing: off
\`\`\`

Or accept it for this file, with the reason, in the top-level \`accept:\`
block (the finding names no feature):

\`\`\`yaml
accept:
  plan-adds-nothing: Team is a billing plan for the yearly contract.
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "plan-adds-nothing": "off" }
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

Either of these, with nothing product-led layered on:

- \`growth.acquisition\`, \`growth.retention\` and \`growth.monetization\` are
  all \`sales-led\`;
- \`growth.acquisition\` and \`growth.retention\` are both written and neither
  is \`product-led\` (for example marketing-led acquisition in front of a
  sales team), \`growth.monetization\` is written as \`sales-led\`, no plan is
  free, and \`growth.freeOffer\` is not written as \`freemium\` or
  \`freemium-and-trial\`.

Anchor: the \`growth\` key.

Runs only when the three fields are written in the file. One finding at
most.

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
`,schema:'# schema\n\nDefault severity: error | Category: Structure\n\n## What it checks\n\nA value or key breaks the packaging.yaml format (docs/format.md; `packaging-planner schema` prints\nthe JSON Schema).\n\nAnchor: the offending value, or the key for unknown or missing keys (the\nparent object\'s key for a missing one).\n\nEvery object is closed: an unknown key is an error that names the key and,\nwhen one is close, suggests the nearest known key (`signal` -> `signals`).\nValues are taken exactly as typed: `"10"` (a string) is not the number `10`.\nA schema error in one plan, add-on, feature or the `growth` block does not\nhide the rest: everything else is still checked, and the failing element\'s\nid, when valid, still counts for references.\n\nAmong the checks that go beyond types:\n\n- A feature needs `plan`, `addOn`, or both (revision 3: included from\n  `plan`, sold as the add-on below it): neither is an error on the\n  feature\'s `id`.\n- `minSeats` (an integer >= 1) only goes with `per: seat`; `salesAssisted:\n  true` cannot go on a plan priced `0`; `trialDays` only goes with\n  `freeOffer: trial` or `freemium-and-trial` (written: with `freeOffer`\n  left out, freemium is assumed and `trialDays` is an error).\n- Limits are numbers >= 0 (decimals allowed: `0.1` GB) or `unlimited`;\n  on a feature with `lowerIsBetter: true`, `unlimited` is an error on that\n  value (a plan with no entry states nothing).\n- `growth.valueMetric` and the items of an add-on\'s `requires` /\n  `excludes` may be any text: one that names no feature or add-on gets\n  `unknown-feature` / `unknown-add-on`, not a `schema` error.\n- An empty value where a map or list is required (`growth:` with nothing\n  after it) is an error: there is no coercion of null.\n- `accept` entries (on a feature, or top level): the key must be a rule id\n  that can be accepted, the reason non-empty text. An unknown rule id, one\n  of the seven structure rules or `unused-accept` is an error on the key; an\n  empty reason an error on the value. In a feature\'s `accept`, the error\n  leaves that feature out of the rules; in the top-level `accept`, only the\n  bad entry is ignored.\n- `rules:` entries: an unknown rule id is an error on the key (with the\n  nearest rule id suggested) and only that entry is ignored. A structure\n  rule (`syntax`, `schema`, `duplicate-id`, `unknown-plan`,\n  `unknown-add-on`, `unknown-feature`, `limit-outside-plan`) set below `error` is an error on\n  the value: the file cannot switch off the checks that keep it readable.\n\n## Why\n\nThe packaging file is a shared decision record read by product, sales,\nfinance and the tool itself. If a typo silently drops a key (`singals:`\ninstead of `signals:`), the feature quietly loses its packaging test and the\nmatrix shows a decision nobody made. Strict keys and values mean what you\nwrote is what everyone reads.\n\n## How to fix\n\nFollow the message: rename the unknown key to the suggested one, write the\nvalue with the right type (a number without quotes, `true`/`false`, one of\nthe listed words), or add the missing required key. The format at a glance\nis in `docs/format.md`.\n\nBefore (the price is a string, `signal` is not a key, `plan` is missing on\nthe second feature):\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: "10"\nfeatures:\n  - id: share-boards\n    plan: free\n    signal:\n      virality: true\n  - id: export-pdf\n```\n\nAfter:\n\n```yaml\nversion: 1\nproduct:\n  name: Acme Boards\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 10\nfeatures:\n  - id: share-boards\n    plan: free\n    signals:\n      virality: true\n  - id: export-pdf\n    plan: pro\n```\n\n## Configure\n\n`schema` is one of the seven structure rules that keep a file readable\n(`syntax`, `schema`, `duplicate-id`, `unknown-plan`, `unknown-add-on`,\n`unknown-feature`, `limit-outside-plan`). The file it checks cannot set it below `error`:\n`schema: warning` or `schema: off` in the file\'s own `rules:` block is a\n`schema` error on that value, and the entry is ignored. It cannot be\naccepted in an `accept:` block either (that is a `schema` error too). Only\nthe VS Code setting can lower it, for every file, for example while a\nlarge file is being migrated:\n\n```json\n"packagingPlanner.rules": { "schema": "warning" }\n```\n',"short-trial":`# short-trial

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
the YAML instead. \`syntax\` is one of the seven structure rules: in a file
that does parse, \`syntax: warning\` or \`syntax: off\` is a \`schema\` error on
that value, and \`syntax\` cannot be accepted in an \`accept:\` block. To
silence the rule anyway (for example while files are being generated), use
the editor setting \`packagingPlanner.rules\`:

\`\`\`json
"packagingPlanner.rules": { "syntax": "off" }
\`\`\`
`,"thin-step":`# thin-step

Default severity: info | Category: Growth model

## What it checks

A plan with a numeric price above 0 that is neither the lowest plan nor a
sales plan, where:

- at least one feature sits on it, and every feature that sits on it has a
  \`signals\` block;
- no feature with \`friction: true\` or \`expansion: true\` sits on it;
- no such feature's wall is raised on it over the plan directly below (a
  higher number, \`unlimited\`, or no entry on a plan that includes it).

Anchor: the plan's \`id\` value.

A feature **sits on** a plan when its \`plan\` is that plan (an add-on-only
feature: when its add-on's \`from\` is). "The plan directly below" is the
previous plan in the list. A plan that fails the schema is left out, and so
is the plan right after it (its plan below is unknown); features that fail
the schema or whose plan or add-on is unknown are ignored. A plan on which
no feature sits is [plan-adds-nothing](plan-adds-nothing.md)'s (when its
limits add nothing either); the two never fire on the same plan.

## Why

Each step of the ladder should sell what a growing customer outgrows into:
more of what grows with use (seats, storage, history, runs), or the control
a larger team must have (admin policies, single sign-on, approvals). Those
are the features the packaging test marks \`expansion\` or \`friction\`. A step
that adds only features with no such signal (a nicer theme, one more
integration, growth drivers that would rather be free) gives a growing
customer no reason to climb it: the buyer who hits the lower plan's walls
finds nothing here that lifts them, and the plan sells on list price alone.

It is an \`info\`: an add-on-style plan can be deliberate. The rule asks you
to decide.

## How to fix

Move to the plan a feature that grows with use or that a larger team must
control, or raise a wall on it that the plan below has. If the plan is a
bundle of extras, consider selling them as an add-on, or merge the plan
with its neighbour.

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
    name: Boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: themes
    name: Custom themes
    plan: pro
    signals:
      universality: false
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
    name: Boards
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: themes
    name: Custom themes
    plan: pro
    signals:
      universality: false
  - id: history
    name: Version history
    plan: pro
    signals:
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  thin-step: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "thin-step": "off" }
\`\`\`

Accept it instead, at the top level of the file (its finding names no
feature):

\`\`\`yaml
accept:
  thin-step: Pro is a bundle of extras for designers; seats are sold on Business.
\`\`\`
`,"tight-wall":`# tight-wall

Default severity: warning | Category: Packaging test

## What it checks

All of these hold:

- the feature is not viral (\`virality\` is not \`true\`) and at least one of
  \`universality\`, \`ahaMoment\` or \`habitLoop\` is \`true\`;
- it is on the free side;
- every free plan that includes it has a wall of exactly \`1\` on it;
- some higher plan raises that wall (a higher number, \`unlimited\`, or no
  entry on a plan that includes it);
- its \`unit\`, when written, is not a container word and not a measure.

Anchor: the first such limit value.

A **container word** is the whole unit, trimmed, in any case, singular or
plural: \`workspace\`, \`organization\`, \`organisation\`, \`account\`, \`team\`,
\`company\`. One workspace on Free is the scope of the product, not a squeeze
on it (but \`team seats\` is not a container word: it counts people). A
**measure** is a unit whose first word is a data size or a duration (\`GB\`,
\`GB/month\`, \`hours per month\`): 1 GB is an amount, not one item. A limit no
plan raises is the product's shape, not a wall, and is not reported.

A wall is a numeric limit of a feature that is not \`lowerIsBetter\`. Viral
features walled at 0 or 1 are [viral-wall](viral-wall.md)'s; a wall of 0
is [growth-wall](growth-wall.md)'s. The three never fire on the same
feature.

## Why

A free plan keeps a feature that delivers the first value, that nearly
every user needs, or that brings users back, because free users who reach
value and come back are the ones who spread the product and later pay. A
wall of one keeps the feature on paper but not in practice: one device, one
notebook, one saved search, one reminder. The new user gets a taste, tries
to use it the way they would every day, and meets the paywall before the
habit has formed. Product-led growth works when users reach value without
friction and are pulled back by the product's own loops; a cap of one ends
both in the first week. Walls belong on what grows with a team (history,
storage, seats), sized so that one user lives well and a growing team
meets them.

## How to fix

Give free users a few (often 3 to 5): enough for one person to build the
habit. If the feature really is a paid extra, move it to a paid plan and
revisit its signals. If one is the whole product for a free user (one
workspace), write the unit as the container word and the rule stays
silent.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Notes
plans:
  - id: free
    price: 0
  - id: plus
    price: 8
features:
  - id: notebooks
    name: Notebooks
    plan: free
    unit: notebooks
    limits:
      free: 1
    signals:
      ahaMoment: true
      habitLoop: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Notes
plans:
  - id: free
    price: 0
  - id: plus
    price: 8
features:
  - id: notebooks
    name: Notebooks
    plan: free
    unit: notebooks
    limits:
      free: 5
    signals:
      ahaMoment: true
      habitLoop: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  tight-wall: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "tight-wall": "off" }
\`\`\`

Accept it instead, on the feature:

\`\`\`yaml
features:
  - id: notebooks
    # \u2026 plan, unit, limits and signals as before \u2026
    accept:
      tight-wall: One notebook is the free tier by design; sync across devices is free.
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

A feature's \`addOn:\` names no add-on under \`addOns:\`, or an item of an
add-on's \`requires:\` or \`excludes:\` list does. The message suggests the
closest add-on id when one is close, or lists the add-ons.

Anchor: that \`addOn\` value, or that list item.

A feature with both \`plan\` and an unknown \`addOn\` gets this error and is
otherwise read as a feature with only its \`plan\`. An unknown item in
\`requires\` or \`excludes\` takes no part in \`add-on-conflict\`.

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

\`unknown-add-on\` is one of the seven structure rules that keep a file
readable: the file cannot set it below \`error\` (\`unknown-add-on: warning\`
or \`off\` in its own \`rules:\` block is a \`schema\` error on that value), and
it cannot be accepted in an \`accept:\` block. Only the VS Code setting can
lower it, for example while a large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "unknown-add-on": "warning" }
\`\`\`
`,"unknown-feature":`# unknown-feature

Default severity: error | Category: Structure

## What it checks

\`growth.valueMetric\` names no feature under \`features:\`. The message
suggests the closest feature id when one is close, or lists the features.

Anchor: the \`growth.valueMetric\` value.

\`valueMetric\` accepts any text, so a name with capitals or spaces
(\`Active users\`) is not a \`schema\` error: it gets \`unknown-feature\`, like a
typo of an id. A feature that is declared but fails the schema still counts
as a reference (no \`unknown-feature\` cascade); the rules that read the value
metric then treat it as not written until that feature is fixed. Like every
rule anchored inside \`growth\`, it runs only when the \`growth\` block passes
the schema.

## Why

The value metric is the one amount the price grows with: seats, contacts,
GB stored, visits. In a usage-based model, a customer who grows meets that
wall and moves up a plan without anyone re-selling them a feature ("you
reached 1k visits: welcome to the 1k visits plan"). Naming it in the file
lets the checks ask whether free users ever meet that wall. A value metric
that points at nothing is a pricing decision nobody can read: the tool
cannot check it, and the team reading the file cannot tell what the price
is meant to scale with. Almost always it is a typo or a feature that was
renamed.

## How to fix

Change the value to the id of the feature the price scales with (the
message suggests the closest one), or add that feature under \`features:\`.
If the product has no value metric yet, remove the \`valueMetric\` line.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Mail
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
  valueMetric: contact
plans:
  - id: free
    price: 0
  - id: pro
    price: 20
features:
  - id: campaigns
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: contacts
    plan: free
    unit: contacts
    limits:
      free: 500
      pro: 10000
    signals:
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Mail
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
  valueMetric: contacts
plans:
  - id: free
    price: 0
  - id: pro
    price: 20
features:
  - id: campaigns
    plan: free
    signals:
      ahaMoment: true
      habitLoop: true
  - id: contacts
    plan: free
    unit: contacts
    limits:
      free: 500
      pro: 10000
    signals:
      expansion: true
\`\`\`

## Configure

\`unknown-feature\` is one of the seven structure rules that keep a file
readable: the file cannot set it below \`error\` (\`unknown-feature: off\` in
its own \`rules:\` block is a \`schema\` error on that value), and it cannot be
accepted in an \`accept:\` block. Only the VS Code setting can lower it:

\`\`\`json
"packagingPlanner.rules": { "unknown-feature": "warning" }
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
the suggestion, and \`check --fix\` applies it too (a typo is a fix: it changes
no packaging decision). With no close id, the editor offers each plan as a
suggestion for you to pick; \`--fix\` leaves it to you.

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

\`unknown-plan\` is one of the seven structure rules that keep a file readable
(\`syntax\`, \`schema\`, \`duplicate-id\`, \`unknown-plan\`, \`unknown-add-on\`,
\`unknown-feature\`, \`limit-outside-plan\`). The file it checks cannot set it below \`error\`:
\`unknown-plan: warning\` or \`unknown-plan: off\` in the file's own \`rules:\` block is a
\`schema\` error on that value, and the entry is ignored. It cannot be
accepted in an \`accept:\` block either (that is a \`schema\` error too). Only
the VS Code setting can lower it, for every file, for example while a
large file is being migrated:

\`\`\`json
"packagingPlanner.rules": { "unknown-plan": "warning" }
\`\`\`
`,"unmetered-value-metric":`# unmetered-value-metric

Default severity: warning | Category: Growth model

## What it checks

All of these hold:

- \`growth.valueMetric\` is written and names a feature that is not
  \`lowerIsBetter\`;
- \`growth.freeOffer\`, written or assumed, includes freemium (\`freemium\` or
  \`freemium-and-trial\`);
- that feature is on the free side;
- no free plan that includes it has a wall (a numeric limit) on it.

Anchor: the \`growth.valueMetric\` value.

Runs only when \`growth\` passes the schema and \`valueMetric\` names a feature
that passes the schema and whose plan (or add-on) is known; a name that
matches no feature is [unknown-feature](unknown-feature.md)'s. \`unlimited\`,
or no entry in \`limits:\`, is no wall.

While the value metric is walled on free, [free-expansion](free-expansion.md)
and [no-upgrade-trigger](no-upgrade-trigger.md) stay silent: heavy use
already meets that wall.

## Why

The value metric is the amount the price scales with: seats, contacts,
boards, runs, storage. It is how revenue per customer expands as the
customer gets more value, which is what a product-led model lives on: land
small, grow with use. In a freemium offer the free plan is where that growth
starts, so the value metric is the wall a growing customer should meet and
pay to lift. Give it away without a wall and the customers who grow the
most never meet the price; revenue then depends on other walls that do not
track value, or on a sales call.

## How to fix

Put a wall on the free plan under the feature's \`limits:\`, sized so that one
user reaches value and a growing team meets it. If the price really scales
with something else, name that feature in \`valueMetric\`.

Before:

\`\`\`yaml
version: 1
product:
  name: Acme Mail
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
  valueMetric: contacts
plans:
  - id: free
    price: 0
  - id: standard
    price: 20
features:
  - id: contacts
    name: Contacts
    plan: free
    unit: contacts
    signals:
      ahaMoment: true
      expansion: true
\`\`\`

After:

\`\`\`yaml
version: 1
product:
  name: Acme Mail
growth:
  freeOffer: freemium
  freemiumGoals: [poc]
  valueMetric: contacts
plans:
  - id: free
    price: 0
  - id: standard
    price: 20
features:
  - id: contacts
    name: Contacts
    plan: free
    unit: contacts
    limits:
      free: 500
      standard: 5000
    signals:
      ahaMoment: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  unmetered-value-metric: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "unmetered-value-metric": "off" }
\`\`\`

Accept it instead. The finding names the value-metric feature, so the
\`accept\` entry goes on that feature, not in the top-level \`accept\`:

\`\`\`yaml
features:
  - id: contacts
    # \u2026 plan, unit and signals as before \u2026
    accept:
      unmetered-value-metric: Free contacts are unlimited; sends are the wall.
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
no free plan that includes it has a wall on it (a numeric limit of a
feature that is not \`lowerIsBetter\`).

Anchor: the feature's \`plan\` value (its \`addOn\` value for a feature of a
\`$0\` add-on, which has no plan).

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
wall on it is 0 or 1.

Anchor: that limit value.

A wall is a numeric limit of a feature that is not \`lowerIsBetter\`. A limit
of 1 in a measure unit (a unit whose first word is a data size or a
duration: \`GB\`, \`GB/month\`, \`hours per month\`) is an amount, not one item,
and is not reported; a limit of 0 always is.

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
a wall) has a wall (a numeric limit, not \`lowerIsBetter\`) on a free plan,
the self-serve upgrade plan from that free plan has the same numeric limit, and some plan above the
upgrade plan does raise it (a higher number, \`unlimited\`, or no entry,
which means unlimited).

Anchor: the upgrade plan's limit value.

The **self-serve upgrade** from a free plan is the first plan above it with
a numeric price above 0 that is not a sales plan (not \`contact-sales\`, not
\`salesAssisted: true\`). A limit that no plan raises is a capacity (the
same 100 MB attachment size on every plan), not a wall, and is not
reported. The rule looks only at features on the free side. An upgrade
that raises the wall by less than double is
[weak-lift](weak-lift.md)'s.

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
`,"weak-lift":`# weak-lift

Default severity: warning | Category: Growth model

## What it checks

A feature with \`friction: true\` or \`expansion: true\` (its wall is meant as
a wall) is on the free side, has a wall \`L\` above 0 on a free plan, and that
free plan's self-serve upgrade plan has a wall \`U\` with \`L < U < 2 \xD7 L\`.

Anchor: the upgrade plan's limit value.

One finding per feature, for the first such free plan. The **self-serve
upgrade** from a free plan is the first plan above it with a numeric price
above 0 that is not a sales plan. A wall is a numeric limit of a feature
that is not \`lowerIsBetter\`. When the upgrade plan keeps the same number,
[wall-not-lifted](wall-not-lifted.md) reports it instead; at double or
more, the step is real and nothing is reported.

## Why

A usage wall converts when hitting it is a reason to pay and paying makes
the problem go away. A team that fills 10 boards on the free plan and
upgrades to a plan with 12 is back at the wall within days: it paid and got
almost nothing for it. That is worse than no upgrade, because it teaches the
customer that the next plan will disappoint too. Product-led growth is an
expansion game: the account should be able to grow well into the plan it
buys before it meets the next wall.

## How to fix

Raise the upgrade plan's wall to at least double the free one, or remove it
(unlimited). If the wall is meant to lead to a higher plan, say so in
\`rationale:\` and accept the finding.

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
    name: Editable boards
    plan: free
    unit: boards
    limits:
      free: 10
      pro: 12
    signals:
      ahaMoment: true
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
  - id: boards
    name: Editable boards
    plan: free
    unit: boards
    limits:
      free: 10
      pro: 50
    signals:
      ahaMoment: true
      expansion: true
\`\`\`

## Configure

\`\`\`yaml
rules:
  weak-lift: off
\`\`\`

Or for every file, in the VS Code settings (a file's \`rules:\` block wins):

\`\`\`json
"packagingPlanner.rules": { "weak-lift": "off" }
\`\`\`

Accept it instead, on the feature:

\`\`\`yaml
features:
  - id: boards
    # \u2026 plan, unit, limits and signals as before \u2026
    accept:
      weak-lift: Pro is sold on seats; more boards are the Business upsell.
\`\`\`
`}}});var j=C(oe=>{"use strict";d();var go=Symbol.for("yaml.alias"),ol=Symbol.for("yaml.document"),br=Symbol.for("yaml.map"),sl=Symbol.for("yaml.pair"),yo=Symbol.for("yaml.scalar"),vr=Symbol.for("yaml.seq"),je=Symbol.for("yaml.node.type"),_h=e=>!!e&&typeof e=="object"&&e[je]===go,Oh=e=>!!e&&typeof e=="object"&&e[je]===ol,Ph=e=>!!e&&typeof e=="object"&&e[je]===br,Mh=e=>!!e&&typeof e=="object"&&e[je]===sl,al=e=>!!e&&typeof e=="object"&&e[je]===yo,Ch=e=>!!e&&typeof e=="object"&&e[je]===vr;function ll(e){if(e&&typeof e=="object")switch(e[je]){case br:case vr:return!0}return!1}function Th(e){if(e&&typeof e=="object")switch(e[je]){case go:case br:case yo:case vr:return!0}return!1}var Eh=e=>(al(e)||ll(e))&&!!e.anchor;oe.ALIAS=go;oe.DOC=ol;oe.MAP=br;oe.NODE_TYPE=je;oe.PAIR=sl;oe.SCALAR=yo;oe.SEQ=vr;oe.hasAnchor=Eh;oe.isAlias=_h;oe.isCollection=ll;oe.isDocument=Oh;oe.isMap=Ph;oe.isNode=Th;oe.isPair=Mh;oe.isScalar=al;oe.isSeq=Ch});var gt=C(wo=>{"use strict";d();var ee=j(),de=Symbol("break visit"),cl=Symbol("skip children"),Re=Symbol("remove node");function kr(e,n){let t=ul(n);ee.isDocument(e)?Wn(null,e.contents,t,Object.freeze([e]))===Re&&(e.contents=null):Wn(null,e,t,Object.freeze([]))}kr.BREAK=de;kr.SKIP=cl;kr.REMOVE=Re;function Wn(e,n,t,r){let i=dl(e,n,t,r);if(ee.isNode(i)||ee.isPair(i))return fl(e,r,i),Wn(e,i,t,r);if(typeof i!="symbol"){if(ee.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=Wn(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===de)return de;s===Re&&(n.items.splice(o,1),o-=1)}}}else if(ee.isPair(n)){r=Object.freeze(r.concat(n));let o=Wn("key",n.key,t,r);if(o===de)return de;o===Re&&(n.key=null);let s=Wn("value",n.value,t,r);if(s===de)return de;s===Re&&(n.value=null)}}return i}async function Sr(e,n){let t=ul(n);ee.isDocument(e)?await Gn(null,e.contents,t,Object.freeze([e]))===Re&&(e.contents=null):await Gn(null,e,t,Object.freeze([]))}Sr.BREAK=de;Sr.SKIP=cl;Sr.REMOVE=Re;async function Gn(e,n,t,r){let i=await dl(e,n,t,r);if(ee.isNode(i)||ee.isPair(i))return fl(e,r,i),Gn(e,i,t,r);if(typeof i!="symbol"){if(ee.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=await Gn(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===de)return de;s===Re&&(n.items.splice(o,1),o-=1)}}}else if(ee.isPair(n)){r=Object.freeze(r.concat(n));let o=await Gn("key",n.key,t,r);if(o===de)return de;o===Re&&(n.key=null);let s=await Gn("value",n.value,t,r);if(s===de)return de;s===Re&&(n.value=null)}}return i}function ul(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function dl(e,n,t,r){if(typeof t=="function")return t(e,n,r);if(ee.isMap(n))return t.Map?.(e,n,r);if(ee.isSeq(n))return t.Seq?.(e,n,r);if(ee.isPair(n))return t.Pair?.(e,n,r);if(ee.isScalar(n))return t.Scalar?.(e,n,r);if(ee.isAlias(n))return t.Alias?.(e,n,r)}function fl(e,n,t){let r=n[n.length-1];if(ee.isCollection(r))r.items[e]=t;else if(ee.isPair(r))e==="key"?r.key=t:r.value=t;else if(ee.isDocument(r))r.contents=t;else{let i=ee.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}wo.visit=kr;wo.visitAsync=Sr});var bo=C(hl=>{"use strict";d();var pl=j(),Ih=gt(),Rh={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},Nh=e=>e.replace(/[!,[\]{}]/g,n=>Rh[n]),yt=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let r=n.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let s=n.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=n.match(/^(.*!)([^!]*)$/s);i||t(`The ${n} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,r]of Object.entries(this.tags))if(n.startsWith(r))return t+Nh(n.substring(r.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(n&&r.length>0&&pl.isNode(n.contents)){let o={};Ih.visit(n.contents,(s,a)=>{pl.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!n||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};yt.defaultYaml={explicit:!1,version:"1.2"};yt.defaultTags={"!!":"tag:yaml.org,2002:"};hl.Directives=yt});var xr=C(wt=>{"use strict";d();var ml=j(),zh=gt();function Lh(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function gl(e){let n=new Set;return zh.visit(e,{Value(t,r){r.anchor&&n.add(r.anchor)}}),n}function yl(e,n){for(let t=1;;++t){let r=`${e}${t}`;if(!n.has(r))return r}}function Dh(e,n){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=gl(e));let s=yl(n,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(ml.isScalar(s.node)||ml.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}wt.anchorIsValid=Lh;wt.anchorNames=gl;wt.createNodeAnchors=Dh;wt.findNewAnchor=yl});var vo=C(wl=>{"use strict";d();function bt(e,n,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=bt(e,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=bt(e,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=bt(e,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=bt(e,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return e.call(n,t,r)}wl.applyReviver=bt});var Qe=C(vl=>{"use strict";d();var qh=j();function bl(e,n,t){if(Array.isArray(e))return e.map((r,i)=>bl(r,String(i),t));if(e&&typeof e.toJSON=="function"){if(!t||!qh.hasAnchor(e))return e.toJSON(n,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(e,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=e.toJSON(n,t);return t.onCreate&&t.onCreate(i),i}return typeof e=="bigint"&&!t?.keep?Number(e):e}vl.toJS=bl});var $r=C(Sl=>{"use strict";d();var Fh=vo(),kl=j(),Bh=Qe(),ko=class{constructor(n){Object.defineProperty(this,kl.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!kl.isDocument(n))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=Bh.toJS(this,"",s);if(typeof i=="function")for(let{count:l,res:c}of s.anchors.values())i(c,l);return typeof o=="function"?Fh.applyReviver(o,{"":a},"",a):a}};Sl.NodeBase=ko});var vt=C(xl=>{"use strict";d();var jh=xr(),Zh=gt(),Kn=j(),Uh=$r(),Wh=Qe(),So=class extends Uh.NodeBase{constructor(n){super(Kn.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],Zh.visit(n,{Node:(o,s)=>{(Kn.isAlias(s)||Kn.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,l=o.get(i);if(l||(Wh.toJS(i,null,t),l=o.get(i)),l?.res===void 0){let c="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(c)}if(a>=0&&(l.count+=1,l.aliasCount===0&&(l.aliasCount=Ar(s,i,o)),l.count*l.aliasCount>a)){let c="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(c)}}return i}toJSON(n,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(n,t,r){let i=`*${this.source}`;if(n){if(jh.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(n.implicitKey)return`${i} `}return i}};function Ar(e,n,t){if(Kn.isAlias(n)){let r=n.resolve(e),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(Kn.isCollection(n)){let r=0;for(let i of n.items){let o=Ar(e,i,t);o>r&&(r=o)}return r}else if(Kn.isPair(n)){let r=Ar(e,n.key,t),i=Ar(e,n.value,t);return Math.max(r,i)}return 1}xl.Alias=So});var H=C(xo=>{"use strict";d();var Gh=j(),Kh=$r(),Vh=Qe(),Yh=e=>!e||typeof e!="function"&&typeof e!="object",en=class extends Kh.NodeBase{constructor(n){super(Gh.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:Vh.toJS(this.value,n,t)}toString(){return String(this.value)}};en.BLOCK_FOLDED="BLOCK_FOLDED";en.BLOCK_LITERAL="BLOCK_LITERAL";en.PLAIN="PLAIN";en.QUOTE_DOUBLE="QUOTE_DOUBLE";en.QUOTE_SINGLE="QUOTE_SINGLE";xo.Scalar=en;xo.isScalarValue=Yh});var kt=C(Al=>{"use strict";d();var Hh=vt(),Sn=j(),$l=H(),Jh="tag:yaml.org,2002:";function Xh(e,n,t){if(n){let r=t.filter(o=>o.tag===n),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${n} not found`);return i}return t.find(r=>r.identify?.(e)&&!r.format)}function Qh(e,n,t){if(Sn.isDocument(e)&&(e=e.contents),Sn.isNode(e))return e;if(Sn.isPair(e)){let f=t.schema[Sn.MAP].createNode?.(t.schema,null,t);return f.items.push(e),f}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,l;if(r&&e&&typeof e=="object"){if(l=a.get(e),l)return l.anchor??(l.anchor=i(e)),new Hh.Alias(l.anchor);l={anchor:null,node:null},a.set(e,l)}n?.startsWith("!!")&&(n=Jh+n.slice(2));let c=Xh(e,n,s.tags);if(!c){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let f=new $l.Scalar(e);return l&&(l.node=f),f}c=e instanceof Map?s[Sn.MAP]:Symbol.iterator in Object(e)?s[Sn.SEQ]:s[Sn.MAP]}o&&(o(c),delete t.onTagObj);let u=c?.createNode?c.createNode(t.schema,e,t):typeof c?.nodeClass?.from=="function"?c.nodeClass.from(t.schema,e,t):new $l.Scalar(e);return n?u.tag=n:c.default||(u.tag=c.tag),l&&(l.node=u),u}Al.createNode=Qh});var Or=C(_r=>{"use strict";d();var em=kt(),Ne=j(),nm=$r();function $o(e,n,t){let r=t;for(let i=n.length-1;i>=0;--i){let o=n[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return em.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var _l=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,Ao=class extends nm.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(r=>Ne.isNode(r)||Ne.isPair(r)?r.clone(n):r),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(_l(n))this.add(t);else{let[r,...i]=n,o=this.get(r,!0);if(Ne.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,$o(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(n){let[t,...r]=n;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(Ne.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(n,t){let[r,...i]=n,o=this.get(r,!0);return i.length===0?!t&&Ne.isScalar(o)?o.value:o:Ne.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!Ne.isPair(t))return!1;let r=t.value;return r==null||n&&Ne.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(n){let[t,...r]=n;if(r.length===0)return this.has(t);let i=this.get(t,!0);return Ne.isCollection(i)?i.hasIn(r):!1}setIn(n,t){let[r,...i]=n;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(Ne.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,$o(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};_r.Collection=Ao;_r.collectionFromPath=$o;_r.isEmptyPath=_l});var St=C(Pr=>{"use strict";d();var tm=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function _o(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var rm=(e,n,t)=>e.endsWith(`
`)?_o(t,n):t.includes(`
`)?`
`+_o(t,n):(e.endsWith(" ")?"":" ")+t;Pr.indentComment=_o;Pr.lineComment=rm;Pr.stringifyComment=tm});var Pl=C(xt=>{"use strict";d();var im="flow",Oo="block",Mr="quoted";function om(e,n,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return e;i<o&&(o=0);let l=Math.max(1+o,1+i-n.length);if(e.length<=l)return e;let c=[],u={},f=i-n.length;typeof r=="number"&&(r>i-Math.max(2,o)?c.push(0):f=i-r);let p,m,g=!1,h=-1,y=-1,v=-1;t===Oo&&(h=Ol(e,h,n.length),h!==-1&&(f=h+l));for(let S;S=e[h+=1];){if(t===Mr&&S==="\\"){switch(y=h,e[h+1]){case"x":h+=3;break;case"u":h+=5;break;case"U":h+=9;break;default:h+=1}v=h}if(S===`
`)t===Oo&&(h=Ol(e,h,n.length)),f=h+n.length+l,p=void 0;else{if(S===" "&&m&&m!==" "&&m!==`
`&&m!=="	"){let x=e[h+1];x&&x!==" "&&x!==`
`&&x!=="	"&&(p=h)}if(h>=f)if(p)c.push(p),f=p+l,p=void 0;else if(t===Mr){for(;m===" "||m==="	";)m=S,S=e[h+=1],g=!0;let x=h>v+1?h-2:y-1;if(u[x])return e;c.push(x),u[x]=!0,f=x+l,p=void 0}else g=!0}m=S}if(g&&a&&a(),c.length===0)return e;s&&s();let k=e.slice(0,c[0]);for(let S=0;S<c.length;++S){let x=c[S],O=c[S+1]||e.length;x===0?k=`
${n}${e.slice(0,O)}`:(t===Mr&&u[x]&&(k+=`${e[x]}\\`),k+=`
${n}${e.slice(x+1,O)}`)}return k}function Ol(e,n,t){let r=n,i=n+1,o=e[i];for(;o===" "||o==="	";)if(n<i+t)o=e[++n];else{do o=e[++n];while(o&&o!==`
`);r=n,i=n+1,o=e[i]}return r}xt.FOLD_BLOCK=Oo;xt.FOLD_FLOW=im;xt.FOLD_QUOTED=Mr;xt.foldFlowLines=om});var At=C(Ml=>{"use strict";d();var Pe=H(),nn=Pl(),Tr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),Er=e=>/^(%|---|\.\.\.)/m.test(e);function sm(e,n,t){if(!n||n<0)return!1;let r=n-t,i=e.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(e[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function $t(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=n,i=n.options.doubleQuotedMinMultiLineLength,o=n.indent||(Er(e)?"  ":""),s="",a=0;for(let l=0,c=t[l];c;c=t[++l])if(c===" "&&t[l+1]==="\\"&&t[l+2]==="n"&&(s+=t.slice(a,l)+"\\ ",l+=1,a=l,c="\\"),c==="\\")switch(t[l+1]){case"u":{s+=t.slice(a,l);let u=t.substr(l+2,4);switch(u){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:u.substr(0,2)==="00"?s+="\\x"+u.substr(2):s+=t.substr(l,6)}l+=5,a=l+1}break;case"n":if(r||t[l+2]==='"'||t.length<i)l+=1;else{for(s+=t.slice(a,l)+`

`;t[l+2]==="\\"&&t[l+3]==="n"&&t[l+4]!=='"';)s+=`
`,l+=2;s+=o,t[l+2]===" "&&(s+="\\"),l+=1,a=l+1}break;default:l+=1}return s=a?s+t.slice(a):t,r?s:nn.foldFlowLines(s,o,nn.FOLD_QUOTED,Tr(n,!1))}function Po(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return $t(e,n);let t=n.indent||(Er(e)?"  ":""),r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?r:nn.foldFlowLines(r,t,nn.FOLD_FLOW,Tr(n,!1))}function Vn(e,n){let{singleQuote:t}=n.options,r;if(t===!1)r=$t;else{let i=e.includes('"'),o=e.includes("'");i&&!o?r=Po:o&&!i?r=$t:r=t?Po:$t}return r(e,n)}var Mo;try{Mo=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{Mo=/\n+(?!\n|$)/g}function Cr({comment:e,type:n,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:l}=r.options;if(!s||/\n[\t ]+$/.test(t))return Vn(t,r);let c=r.indent||(r.forceBlockIndent||Er(t)?"  ":""),u=s==="literal"?!0:s==="folded"||n===Pe.Scalar.BLOCK_FOLDED?!1:n===Pe.Scalar.BLOCK_LITERAL?!0:!sm(t,l,c.length);if(!t)return u?`|
`:`>
`;let f,p;for(p=t.length;p>0;--p){let O=t[p-1];if(O!==`
`&&O!=="	"&&O!==" ")break}let m=t.substring(p),g=m.indexOf(`
`);g===-1?f="-":t===m||g!==m.length-1?(f="+",o&&o()):f="",m&&(t=t.slice(0,-m.length),m[m.length-1]===`
`&&(m=m.slice(0,-1)),m=m.replace(Mo,`$&${c}`));let h=!1,y,v=-1;for(y=0;y<t.length;++y){let O=t[y];if(O===" ")h=!0;else if(O===`
`)v=y;else break}let k=t.substring(0,v<y?v+1:y);k&&(t=t.substring(k.length),k=k.replace(/\n+/g,`$&${c}`));let x=(h?c?"2":"1":"")+f;if(e&&(x+=" "+a(e.replace(/ ?[\r\n]+/g," ")),i&&i()),!u){let O=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${c}`),M=!1,I=Tr(r,!0);s!=="folded"&&n!==Pe.Scalar.BLOCK_FOLDED&&(I.onOverflow=()=>{M=!0});let A=nn.foldFlowLines(`${k}${O}${m}`,c,nn.FOLD_BLOCK,I);if(!M)return`>${x}
${c}${A}`}return t=t.replace(/\n+/g,`$&${c}`),`|${x}
${c}${k}${t}${m}`}function am(e,n,t,r){let{type:i,value:o}=e,{actualString:s,implicitKey:a,indent:l,indentStep:c,inFlow:u}=n;if(a&&o.includes(`
`)||u&&/[[\]{},]/.test(o))return Vn(o,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||u||!o.includes(`
`)?Vn(o,n):Cr(e,n,t,r);if(!a&&!u&&i!==Pe.Scalar.PLAIN&&o.includes(`
`))return Cr(e,n,t,r);if(Er(o)){if(l==="")return n.forceBlockIndent=!0,Cr(e,n,t,r);if(a&&l===c)return Vn(o,n)}let f=o.replace(/\n+/g,`$&
${l}`);if(s){let p=h=>h.default&&h.tag!=="tag:yaml.org,2002:str"&&h.test?.test(f),{compat:m,tags:g}=n.doc.schema;if(g.some(p)||m?.some(p))return Vn(o,n)}return a?f:nn.foldFlowLines(f,l,nn.FOLD_FLOW,Tr(n,!1))}function lm(e,n,t,r){let{implicitKey:i,inFlow:o}=n,s=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:a}=e;a!==Pe.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=Pe.Scalar.QUOTE_DOUBLE);let l=u=>{switch(u){case Pe.Scalar.BLOCK_FOLDED:case Pe.Scalar.BLOCK_LITERAL:return i||o?Vn(s.value,n):Cr(s,n,t,r);case Pe.Scalar.QUOTE_DOUBLE:return $t(s.value,n);case Pe.Scalar.QUOTE_SINGLE:return Po(s.value,n);case Pe.Scalar.PLAIN:return am(s,n,t,r);default:return null}},c=l(a);if(c===null){let{defaultKeyType:u,defaultStringType:f}=n.options,p=i&&u||f;if(c=l(p),c===null)throw new Error(`Unsupported default string type ${p}`)}return c}Ml.stringifyString=lm});var _t=C(Co=>{"use strict";d();var cm=xr(),tn=j(),um=St(),dm=At();function fm(e,n){let t=Object.assign({blockQuote:!0,commentString:um.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function pm(e,n){if(n.tag){let i=e.filter(o=>o.tag===n.tag);if(i.length>0)return i.find(o=>o.format===n.format)??i[0]}let t,r;if(tn.isScalar(n)){r=n.value;let i=e.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===n.format)??i.find(o=>!o.format)}else r=n,t=e.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function hm(e,n,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(tn.isScalar(e)||tn.isCollection(e))&&e.anchor;o&&cm.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=e.tag??(n.default?null:n.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function mm(e,n,t,r){if(tn.isPair(e))return e.toString(n,t,r);if(tn.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let i,o=tn.isNode(e)?e:n.doc.createNode(e,{onTagObj:l=>i=l});i??(i=pm(n.doc.schema.tags,o));let s=hm(o,i,n);s.length>0&&(n.indentAtStart=(n.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,n,t,r):tn.isScalar(o)?dm.stringifyString(o,n,t,r):o.toString(n,t,r);return s?tn.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${n.indent}${a}`:a}Co.createStringifyContext=fm;Co.stringify=mm});var Il=C(El=>{"use strict";d();var Ze=j(),Cl=H(),Tl=_t(),Ot=St();function gm({key:e,value:n},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:l,options:{commentString:c,indentSeq:u,simpleKeys:f}}=t,p=Ze.isNode(e)&&e.comment||null;if(f){if(p)throw new Error("With simple keys, key nodes cannot have comments");if(Ze.isCollection(e)||!Ze.isNode(e)&&typeof e=="object"){let I="With simple keys, collection cannot be used as a key value";throw new Error(I)}}let m=!f&&(!e||p&&n==null&&!t.inFlow||Ze.isCollection(e)||(Ze.isScalar(e)?e.type===Cl.Scalar.BLOCK_FOLDED||e.type===Cl.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!m&&(f||!o),indent:a+l});let g=!1,h=!1,y=Tl.stringify(e,t,()=>g=!0,()=>h=!0);if(!m&&!t.inFlow&&y.length>1024){if(f)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");m=!0}if(t.inFlow){if(o||n==null)return g&&r&&r(),y===""?"?":m?`? ${y}`:y}else if(o&&!f||n==null&&m)return y=`? ${y}`,p&&!g?y+=Ot.lineComment(y,t.indent,c(p)):h&&i&&i(),y;g&&(p=null),m?(p&&(y+=Ot.lineComment(y,t.indent,c(p))),y=`? ${y}
${a}:`):(y=`${y}:`,p&&(y+=Ot.lineComment(y,t.indent,c(p))));let v,k,S;Ze.isNode(n)?(v=!!n.spaceBefore,k=n.commentBefore,S=n.comment):(v=!1,k=null,S=null,n&&typeof n=="object"&&(n=s.createNode(n))),t.implicitKey=!1,!m&&!p&&Ze.isScalar(n)&&(t.indentAtStart=y.length+1),h=!1,!u&&l.length>=2&&!t.inFlow&&!m&&Ze.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let x=!1,O=Tl.stringify(n,t,()=>x=!0,()=>h=!0),M=" ";if(p||v||k){if(M=v?`
`:"",k){let I=c(k);M+=`
${Ot.indentComment(I,t.indent)}`}O===""&&!t.inFlow?M===`
`&&S&&(M=`

`):M+=`
${t.indent}`}else if(!m&&Ze.isCollection(n)){let I=O[0],A=O.indexOf(`
`),D=A!==-1,F=t.inFlow??n.flow??n.items.length===0;if(D||!F){let re=!1;if(D&&(I==="&"||I==="!")){let N=O.indexOf(" ");I==="&"&&N!==-1&&N<A&&O[N+1]==="!"&&(N=O.indexOf(" ",N+1)),(N===-1||A<N)&&(re=!0)}re||(M=`
${t.indent}`)}}else(O===""||O[0]===`
`)&&(M="");return y+=M+O,t.inFlow?x&&r&&r():S&&!x?y+=Ot.lineComment(y,t.indent,c(S)):h&&i&&i(),y}El.stringifyPair=gm});var Eo=C(To=>{"use strict";d();var Rl=require("process");function ym(e,...n){e==="debug"&&console.log(...n)}function wm(e,n){(e==="debug"||e==="warn")&&(typeof Rl.emitWarning=="function"?Rl.emitWarning(n):console.warn(n))}To.debug=ym;To.warn=wm});var Lr=C(zr=>{"use strict";d();var Nr=j(),Nl=H(),Ir="<<",Rr={identify:e=>e===Ir||typeof e=="symbol"&&e.description===Ir,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Nl.Scalar(Symbol(Ir)),{addToJSMap:zl}),stringify:()=>Ir},bm=(e,n)=>(Rr.identify(n)||Nr.isScalar(n)&&(!n.type||n.type===Nl.Scalar.PLAIN)&&Rr.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===Rr.tag&&t.default);function zl(e,n,t){let r=Ll(e,t);if(Nr.isSeq(r))for(let i of r.items)Io(e,n,i);else if(Array.isArray(r))for(let i of r)Io(e,n,i);else Io(e,n,r)}function Io(e,n,t){let r=Ll(e,t);if(!Nr.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,e,Map);for(let[o,s]of i)n instanceof Map?n.has(o)||n.set(o,s):n instanceof Set?n.add(o):Object.prototype.hasOwnProperty.call(n,o)||Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return n}function Ll(e,n){return e&&Nr.isAlias(n)?n.resolve(e.doc,e):n}zr.addMergeToJSMap=zl;zr.isMergeKey=bm;zr.merge=Rr});var No=C(Fl=>{"use strict";d();var vm=Eo(),Dl=Lr(),km=_t(),ql=j(),Ro=Qe();function Sm(e,n,{key:t,value:r}){if(ql.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,r);else if(Dl.isMergeKey(e,t))Dl.addMergeToJSMap(e,n,r);else{let i=Ro.toJS(t,"",e);if(n instanceof Map)n.set(i,Ro.toJS(r,i,e));else if(n instanceof Set)n.add(i);else{let o=xm(t,i,e),s=Ro.toJS(r,o,e);o in n?Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):n[o]=s}}return n}function xm(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(ql.isNode(e)&&t?.doc){let r=km.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=e.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),vm.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(n)}Fl.addPairToJSMap=Sm});var rn=C(zo=>{"use strict";d();var Bl=kt(),$m=Il(),Am=No(),Dr=j();function _m(e,n,t){let r=Bl.createNode(e,void 0,t),i=Bl.createNode(n,void 0,t);return new qr(r,i)}var qr=class e{constructor(n,t=null){Object.defineProperty(this,Dr.NODE_TYPE,{value:Dr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:r}=this;return Dr.isNode(t)&&(t=t.clone(n)),Dr.isNode(r)&&(r=r.clone(n)),new e(t,r)}toJSON(n,t){let r=t?.mapAsMap?new Map:{};return Am.addPairToJSMap(t,r,this)}toString(n,t,r){return n?.doc?$m.stringifyPair(this,n,t,r):JSON.stringify(this)}};zo.Pair=qr;zo.createPair=_m});var Lo=C(Zl=>{"use strict";d();var xn=j(),jl=_t(),Fr=St();function Om(e,n,t){return(n.inFlow??e.flow?Mm:Pm)(e,n,t)}function Pm({comment:e,items:n},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:l,options:{commentString:c}}=t,u=Object.assign({},t,{indent:o,type:null}),f=!1,p=[];for(let g=0;g<n.length;++g){let h=n[g],y=null;if(xn.isNode(h))!f&&h.spaceBefore&&p.push(""),Br(t,p,h.commentBefore,f),h.comment&&(y=h.comment);else if(xn.isPair(h)){let k=xn.isNode(h.key)?h.key:null;k&&(!f&&k.spaceBefore&&p.push(""),Br(t,p,k.commentBefore,f))}f=!1;let v=jl.stringify(h,u,()=>y=null,()=>f=!0);y&&(v+=Fr.lineComment(v,o,c(y))),f&&y&&(f=!1),p.push(r+v)}let m;if(p.length===0)m=i.start+i.end;else{m=p[0];for(let g=1;g<p.length;++g){let h=p[g];m+=h?`
${l}${h}`:`
`}}return e?(m+=`
`+Fr.indentComment(c(e),l),a&&a()):f&&s&&s(),m}function Mm({items:e},n,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=n;r+=o;let l=Object.assign({},n,{indent:r,inFlow:!0,type:null}),c=!1,u=0,f=[];for(let g=0;g<e.length;++g){let h=e[g],y=null;if(xn.isNode(h))h.spaceBefore&&f.push(""),Br(n,f,h.commentBefore,!1),h.comment&&(y=h.comment);else if(xn.isPair(h)){let k=xn.isNode(h.key)?h.key:null;k&&(k.spaceBefore&&f.push(""),Br(n,f,k.commentBefore,!1),k.comment&&(c=!0));let S=xn.isNode(h.value)?h.value:null;S?(S.comment&&(y=S.comment),S.commentBefore&&(c=!0)):h.value==null&&k?.comment&&(y=k.comment)}y&&(c=!0);let v=jl.stringify(h,l,()=>y=null);c||(c=f.length>u||v.includes(`
`)),g<e.length-1?v+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(c||(c=f.reduce((k,S)=>k+S.length+2,2)+(v.length+2)>n.options.lineWidth)),c&&(v+=",")),y&&(v+=Fr.lineComment(v,r,a(y))),f.push(v),u=f.length}let{start:p,end:m}=t;if(f.length===0)return p+m;if(!c){let g=f.reduce((h,y)=>h+y.length+2,2);c=n.options.lineWidth>0&&g>n.options.lineWidth}if(c){let g=p;for(let h of f)g+=h?`
${o}${i}${h}`:`
`;return`${g}
${i}${m}`}else return`${p}${s}${f.join(" ")}${s}${m}`}function Br({indent:e,options:{commentString:n}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Fr.indentComment(n(r),e);t.push(o.trimStart())}}Zl.stringifyCollection=Om});var sn=C(qo=>{"use strict";d();var Cm=Lo(),Tm=No(),Em=Or(),on=j(),jr=rn(),Im=H();function Pt(e,n){let t=on.isScalar(n)?n.value:n;for(let r of e)if(on.isPair(r)&&(r.key===n||r.key===t||on.isScalar(r.key)&&r.key.value===t))return r}var Do=class extends Em.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(on.MAP,n),this.items=[]}static from(n,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(n),a=(l,c)=>{if(typeof o=="function")c=o.call(t,l,c);else if(Array.isArray(o)&&!o.includes(l))return;(c!==void 0||i)&&s.items.push(jr.createPair(l,c,r))};if(t instanceof Map)for(let[l,c]of t)a(l,c);else if(t&&typeof t=="object")for(let l of Object.keys(t))a(l,t[l]);return typeof n.sortMapEntries=="function"&&s.items.sort(n.sortMapEntries),s}add(n,t){let r;on.isPair(n)?r=n:!n||typeof n!="object"||!("key"in n)?r=new jr.Pair(n,n?.value):r=new jr.Pair(n.key,n.value);let i=Pt(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);on.isScalar(i.value)&&Im.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(n){let t=Pt(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let i=Pt(this.items,n)?.value;return(!t&&on.isScalar(i)?i.value:i)??void 0}has(n){return!!Pt(this.items,n)}set(n,t){this.add(new jr.Pair(n,t),!0)}toJSON(n,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)Tm.addPairToJSMap(t,i,o);return i}toString(n,t,r){if(!n)return JSON.stringify(this);for(let i of this.items)if(!on.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),Cm.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:r,onComment:t})}};qo.YAMLMap=Do;qo.findPair=Pt});var Yn=C(Wl=>{"use strict";d();var Rm=j(),Ul=sn(),Nm={collection:"map",default:!0,nodeClass:Ul.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return Rm.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>Ul.YAMLMap.from(e,n,t)};Wl.map=Nm});var an=C(Gl=>{"use strict";d();var zm=kt(),Lm=Lo(),Dm=Or(),Ur=j(),qm=H(),Fm=Qe(),Fo=class extends Dm.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(Ur.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=Zr(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let r=Zr(n);if(typeof r!="number")return;let i=this.items[r];return!t&&Ur.isScalar(i)?i.value:i}has(n){let t=Zr(n);return typeof t=="number"&&t<this.items.length}set(n,t){let r=Zr(n);if(typeof r!="number")throw new Error(`Expected a valid index, not ${n}.`);let i=this.items[r];Ur.isScalar(i)&&qm.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(n,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(Fm.toJS(o,String(i++),t));return r}toString(n,t,r){return n?Lm.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let l=t instanceof Set?a:String(s++);a=i.call(t,l,a)}o.items.push(zm.createNode(a,void 0,r))}}return o}};function Zr(e){let n=Ur.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}Gl.YAMLSeq=Fo});var Hn=C(Vl=>{"use strict";d();var Bm=j(),Kl=an(),jm={collection:"seq",default:!0,nodeClass:Kl.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return Bm.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>Kl.YAMLSeq.from(e,n,t)};Vl.seq=jm});var Mt=C(Yl=>{"use strict";d();var Zm=At(),Um={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,r){return n=Object.assign({actualString:!0},n),Zm.stringifyString(e,n,t,r)}};Yl.string=Um});var Wr=C(Xl=>{"use strict";d();var Hl=H(),Jl={identify:e=>e==null,createNode:()=>new Hl.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Hl.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Jl.test.test(e)?e:n.options.nullStr};Xl.nullTag=Jl});var Bo=C(ec=>{"use strict";d();var Wm=H(),Ql={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new Wm.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Ql.test.test(e)){let r=e[0]==="t"||e[0]==="T";if(n===r)return e}return n?t.options.trueStr:t.options.falseStr}};ec.boolTag=Ql});var Jn=C(nc=>{"use strict";d();function Gm({format:e,minFractionDigits:n,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=n-(o.length-s-1);for(;a-- >0;)o+="0"}return o}nc.stringifyNumber=Gm});var Zo=C(Gr=>{"use strict";d();var Km=H(),jo=Jn(),Vm={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:jo.stringifyNumber},Ym={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():jo.stringifyNumber(e)}},Hm={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new Km.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:jo.stringifyNumber};Gr.float=Hm;Gr.floatExp=Ym;Gr.floatNaN=Vm});var Wo=C(Vr=>{"use strict";d();var tc=Jn(),Kr=e=>typeof e=="bigint"||Number.isInteger(e),Uo=(e,n,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(n),t);function rc(e,n,t){let{value:r}=e;return Kr(r)&&r>=0?t+r.toString(n):tc.stringifyNumber(e)}var Jm={identify:e=>Kr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>Uo(e,2,8,t),stringify:e=>rc(e,8,"0o")},Xm={identify:Kr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>Uo(e,0,10,t),stringify:tc.stringifyNumber},Qm={identify:e=>Kr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>Uo(e,2,16,t),stringify:e=>rc(e,16,"0x")};Vr.int=Xm;Vr.intHex=Qm;Vr.intOct=Jm});var oc=C(ic=>{"use strict";d();var eg=Yn(),ng=Wr(),tg=Hn(),rg=Mt(),ig=Bo(),Go=Zo(),Ko=Wo(),og=[eg.map,tg.seq,rg.string,ng.nullTag,ig.boolTag,Ko.intOct,Ko.int,Ko.intHex,Go.floatNaN,Go.floatExp,Go.float];ic.schema=og});var lc=C(ac=>{"use strict";d();var sg=H(),ag=Yn(),lg=Hn();function sc(e){return typeof e=="bigint"||Number.isInteger(e)}var Yr=({value:e})=>JSON.stringify(e),cg=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:Yr},{identify:e=>e==null,createNode:()=>new sg.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Yr},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:Yr},{identify:sc,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>sc(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:Yr}],ug={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},dg=[ag.map,lg.seq].concat(cg,ug);ac.schema=dg});var Yo=C(cc=>{"use strict";d();var Ct=require("buffer"),Vo=H(),fg=At(),pg={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof Ct.Buffer=="function")return Ct.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof Ct.Buffer=="function")a=s instanceof Ct.Buffer?s.toString("base64"):Ct.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let l="";for(let c=0;c<s.length;++c)l+=String.fromCharCode(s[c]);a=btoa(l)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=Vo.Scalar.BLOCK_LITERAL),n!==Vo.Scalar.QUOTE_DOUBLE){let l=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),c=Math.ceil(a.length/l),u=new Array(c);for(let f=0,p=0;f<c;++f,p+=l)u[f]=a.substr(p,l);a=u.join(n===Vo.Scalar.BLOCK_LITERAL?`
`:" ")}return fg.stringifyString({comment:e,type:n,value:a},r,i,o)}};cc.binary=pg});var Xr=C(Jr=>{"use strict";d();var Hr=j(),Ho=rn(),hg=H(),mg=an();function uc(e,n){if(Hr.isSeq(e))for(let t=0;t<e.items.length;++t){let r=e.items[t];if(!Hr.isPair(r)){if(Hr.isMap(r)){r.items.length>1&&n("Each pair must have its own sequence indicator");let i=r.items[0]||new Ho.Pair(new hg.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}e.items[t]=Hr.isPair(r)?r:new Ho.Pair(r)}}else n("Expected a sequence for this tag");return e}function dc(e,n,t){let{replacer:r}=t,i=new mg.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let o=0;if(n&&Symbol.iterator in Object(n))for(let s of n){typeof r=="function"&&(s=r.call(n,String(o++),s));let a,l;if(Array.isArray(s))if(s.length===2)a=s[0],l=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let c=Object.keys(s);if(c.length===1)a=c[0],l=s[a];else throw new TypeError(`Expected tuple with one key, not ${c.length} keys`)}else a=s;i.items.push(Ho.createPair(a,l,t))}return i}var gg={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:uc,createNode:dc};Jr.createPairs=dc;Jr.pairs=gg;Jr.resolvePairs=uc});var Qo=C(Xo=>{"use strict";d();var fc=j(),Jo=Qe(),Tt=sn(),yg=an(),pc=Xr(),$n=class e extends yg.YAMLSeq{constructor(){super(),this.add=Tt.YAMLMap.prototype.add.bind(this),this.delete=Tt.YAMLMap.prototype.delete.bind(this),this.get=Tt.YAMLMap.prototype.get.bind(this),this.has=Tt.YAMLMap.prototype.has.bind(this),this.set=Tt.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(fc.isPair(i)?(o=Jo.toJS(i.key,"",t),s=Jo.toJS(i.value,o,t)):o=Jo.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(n,t,r){let i=pc.createPairs(n,t,r),o=new this;return o.items=i.items,o}};$n.tag="tag:yaml.org,2002:omap";var wg={collection:"seq",identify:e=>e instanceof Map,nodeClass:$n,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=pc.resolvePairs(e,n),r=[];for(let{key:i}of t.items)fc.isScalar(i)&&(r.includes(i.value)?n(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new $n,t)},createNode:(e,n,t)=>$n.from(e,n,t)};Xo.YAMLOMap=$n;Xo.omap=wg});var wc=C(es=>{"use strict";d();var hc=H();function mc({value:e,source:n},t){return n&&(e?gc:yc).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var gc={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new hc.Scalar(!0),stringify:mc},yc={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new hc.Scalar(!1),stringify:mc};es.falseTag=yc;es.trueTag=gc});var bc=C(Qr=>{"use strict";d();var bg=H(),ns=Jn(),vg={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:ns.stringifyNumber},kg={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():ns.stringifyNumber(e)}},Sg={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new bg.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let r=e.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(n.minFractionDigits=r.length)}return n},stringify:ns.stringifyNumber};Qr.float=Sg;Qr.floatExp=kg;Qr.floatNaN=vg});var kc=C(It=>{"use strict";d();var vc=Jn(),Et=e=>typeof e=="bigint"||Number.isInteger(e);function ei(e,n,t,{intAsBigInt:r}){let i=e[0];if((i==="-"||i==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),r){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let s=BigInt(e);return i==="-"?BigInt(-1)*s:s}let o=parseInt(e,t);return i==="-"?-1*o:o}function ts(e,n,t){let{value:r}=e;if(Et(r)){let i=r.toString(n);return r<0?"-"+t+i.substr(1):t+i}return vc.stringifyNumber(e)}var xg={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>ei(e,2,2,t),stringify:e=>ts(e,2,"0b")},$g={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>ei(e,1,8,t),stringify:e=>ts(e,8,"0")},Ag={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>ei(e,0,10,t),stringify:vc.stringifyNumber},_g={identify:Et,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>ei(e,2,16,t),stringify:e=>ts(e,16,"0x")};It.int=Ag;It.intBin=xg;It.intHex=_g;It.intOct=$g});var is=C(rs=>{"use strict";d();var ri=j(),ni=rn(),ti=sn(),An=class e extends ti.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;ri.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new ni.Pair(n.key,null):t=new ni.Pair(n,null),ti.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let r=ti.findPair(this.items,n);return!t&&ri.isPair(r)?ri.isScalar(r.key)?r.key.value:r.key:r}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=ti.findPair(this.items,n);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new ni.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,r){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(ni.createPair(s,null,r));return o}};An.tag="tag:yaml.org,2002:set";var Og={collection:"map",identify:e=>e instanceof Set,nodeClass:An,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>An.from(e,n,t),resolve(e,n){if(ri.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new An,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};rs.YAMLSet=An;rs.set=Og});var ss=C(ii=>{"use strict";d();var Pg=Jn();function os(e,n){let t=e[0],r=t==="-"||t==="+"?e.substring(1):e,i=s=>n?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function Sc(e){let{value:n}=e,t=s=>s;if(typeof n=="bigint")t=s=>BigInt(s);else if(isNaN(n)||!isFinite(n))return Pg.stringifyNumber(e);let r="";n<0&&(r="-",n*=t(-1));let i=t(60),o=[n%i];return n<60?o.unshift(0):(n=(n-o[0])/i,o.unshift(n%i),n>=60&&(n=(n-o[0])/i,o.unshift(n))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var Mg={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>os(e,t),stringify:Sc},Cg={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>os(e,!1),stringify:Sc},xc={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(xc.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=n.map(Number),l=n[7]?Number((n[7]+"00").substr(1,3)):0,c=Date.UTC(t,r-1,i,o||0,s||0,a||0,l),u=n[8];if(u&&u!=="Z"){let f=os(u,!1);Math.abs(f)<30&&(f*=60),c-=6e4*f}return new Date(c)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};ii.floatTime=Cg;ii.intTime=Mg;ii.timestamp=xc});var _c=C(Ac=>{"use strict";d();var Tg=Yn(),Eg=Wr(),Ig=Hn(),Rg=Mt(),Ng=Yo(),$c=wc(),as=bc(),oi=kc(),zg=Lr(),Lg=Qo(),Dg=Xr(),qg=is(),ls=ss(),Fg=[Tg.map,Ig.seq,Rg.string,Eg.nullTag,$c.trueTag,$c.falseTag,oi.intBin,oi.intOct,oi.int,oi.intHex,as.floatNaN,as.floatExp,as.float,Ng.binary,zg.merge,Lg.omap,Dg.pairs,qg.set,ls.intTime,ls.floatTime,ls.timestamp];Ac.schema=Fg});var zc=C(ds=>{"use strict";d();var Cc=Yn(),Bg=Wr(),Tc=Hn(),jg=Mt(),Zg=Bo(),cs=Zo(),us=Wo(),Ug=oc(),Wg=lc(),Ec=Yo(),Rt=Lr(),Ic=Qo(),Rc=Xr(),Oc=_c(),Nc=is(),si=ss(),Pc=new Map([["core",Ug.schema],["failsafe",[Cc.map,Tc.seq,jg.string]],["json",Wg.schema],["yaml11",Oc.schema],["yaml-1.1",Oc.schema]]),Mc={binary:Ec.binary,bool:Zg.boolTag,float:cs.float,floatExp:cs.floatExp,floatNaN:cs.floatNaN,floatTime:si.floatTime,int:us.int,intHex:us.intHex,intOct:us.intOct,intTime:si.intTime,map:Cc.map,merge:Rt.merge,null:Bg.nullTag,omap:Ic.omap,pairs:Rc.pairs,seq:Tc.seq,set:Nc.set,timestamp:si.timestamp},Gg={"tag:yaml.org,2002:binary":Ec.binary,"tag:yaml.org,2002:merge":Rt.merge,"tag:yaml.org,2002:omap":Ic.omap,"tag:yaml.org,2002:pairs":Rc.pairs,"tag:yaml.org,2002:set":Nc.set,"tag:yaml.org,2002:timestamp":si.timestamp};function Kg(e,n,t){let r=Pc.get(n);if(r&&!e)return t&&!r.includes(Rt.merge)?r.concat(Rt.merge):r.slice();let i=r;if(!i)if(Array.isArray(e))i=[];else{let o=Array.from(Pc.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${o} or define customTags array`)}if(Array.isArray(e))for(let o of e)i=i.concat(o);else typeof e=="function"&&(i=e(i.slice()));return t&&(i=i.concat(Rt.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?Mc[s]:s;if(!a){let l=JSON.stringify(s),c=Object.keys(Mc).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${l}; use one of ${c}`)}return o.includes(a)||o.push(a),o},[])}ds.coreKnownTags=Gg;ds.getTags=Kg});var hs=C(Lc=>{"use strict";d();var fs=j(),Vg=Yn(),Yg=Hn(),Hg=Mt(),ai=zc(),Jg=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,ps=class e{constructor({compat:n,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(n)?ai.getTags(n,"compat"):n?ai.getTags(null,n):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?ai.coreKnownTags:{},this.tags=ai.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,fs.MAP,{value:Vg.map}),Object.defineProperty(this,fs.SCALAR,{value:Hg.string}),Object.defineProperty(this,fs.SEQ,{value:Yg.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Jg:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};Lc.Schema=ps});var qc=C(Dc=>{"use strict";d();var Xg=j(),ms=_t(),Nt=St();function Qg(e,n){let t=[],r=n.directives===!0;if(n.directives!==!1&&e.directives){let l=e.directives.toString(e);l?(t.push(l),r=!0):e.directives.docStart&&(r=!0)}r&&t.push("---");let i=ms.createStringifyContext(e,n),{commentString:o}=i.options;if(e.commentBefore){t.length!==1&&t.unshift("");let l=o(e.commentBefore);t.unshift(Nt.indentComment(l,""))}let s=!1,a=null;if(e.contents){if(Xg.isNode(e.contents)){if(e.contents.spaceBefore&&r&&t.push(""),e.contents.commentBefore){let u=o(e.contents.commentBefore);t.push(Nt.indentComment(u,""))}i.forceBlockIndent=!!e.comment,a=e.contents.comment}let l=a?void 0:()=>s=!0,c=ms.stringify(e.contents,i,()=>a=null,l);a&&(c+=Nt.lineComment(c,"",o(a))),(c[0]==="|"||c[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${c}`:t.push(c)}else t.push(ms.stringify(e.contents,i));if(e.directives?.docEnd)if(e.comment){let l=o(e.comment);l.includes(`
`)?(t.push("..."),t.push(Nt.indentComment(l,""))):t.push(`... ${l}`)}else t.push("...");else{let l=e.comment;l&&s&&(l=l.replace(/^\n+/,"")),l&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(Nt.indentComment(o(l),"")))}return t.join(`
`)+`
`}Dc.stringifyDocument=Qg});var zt=C(Fc=>{"use strict";d();var ey=vt(),Xn=Or(),$e=j(),ny=rn(),ty=Qe(),ry=hs(),iy=qc(),gs=xr(),oy=vo(),sy=kt(),ys=bo(),ws=class e{constructor(n,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,$e.NODE_TYPE,{value:$e.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new ys.Directives({version:s}),this.setSchema(s,r),this.contents=n===void 0?null:this.createNode(n,i,r)}clone(){let n=Object.create(e.prototype,{[$e.NODE_TYPE]:{value:$e.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=$e.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Qn(this.contents)&&this.contents.add(n)}addIn(n,t){Qn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let r=gs.anchorNames(this);n.anchor=!t||r.has(t)?gs.findNewAnchor(t||"a",r):t}return new ey.Alias(n.anchor)}createNode(n,t,r){let i;if(typeof t=="function")n=t.call({"":n},"",n),i=t;else if(Array.isArray(t)){let y=k=>typeof k=="number"||k instanceof String||k instanceof Number,v=t.filter(y).map(String);v.length>0&&(t=t.concat(v)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:l,onTagObj:c,tag:u}=r??{},{onAnchor:f,setAnchors:p,sourceObjects:m}=gs.createNodeAnchors(this,s||"a"),g={aliasDuplicateObjects:o??!0,keepUndefined:l??!1,onAnchor:f,onTagObj:c,replacer:i,schema:this.schema,sourceObjects:m},h=sy.createNode(n,u,g);return a&&$e.isCollection(h)&&(h.flow=!0),p(),h}createPair(n,t,r={}){let i=this.createNode(n,null,r),o=this.createNode(t,null,r);return new ny.Pair(i,o)}delete(n){return Qn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return Xn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Qn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return $e.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return Xn.isEmptyPath(n)?!t&&$e.isScalar(this.contents)?this.contents.value:this.contents:$e.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return $e.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return Xn.isEmptyPath(n)?this.contents!==void 0:$e.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=Xn.collectionFromPath(this.schema,[n],t):Qn(this.contents)&&this.contents.set(n,t)}setIn(n,t){Xn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=Xn.collectionFromPath(this.schema,Array.from(n),t):Qn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let r;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new ys.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new ys.Directives({version:n}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new ry.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!n,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},l=ty.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:c,res:u}of a.anchors.values())o(u,c);return typeof s=="function"?oy.applyReviver(s,{"":l},"",l):l}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return iy.stringifyDocument(this,n)}};function Qn(e){if($e.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}Fc.Document=ws});var qt=C(Dt=>{"use strict";d();var Lt=class extends Error{constructor(n,t,r,i){super(),this.name=n,this.code=r,this.message=i,this.pos=t}},bs=class extends Lt{constructor(n,t,r){super("YAMLParseError",n,t,r)}},vs=class extends Lt{constructor(n,t,r){super("YAMLWarning",n,t,r)}},ay=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>n.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=e.substring(n.lineStarts[r-1],n.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=e.substring(n.lineStarts[r-2],n.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,l=t.linePos[1];l?.line===r&&l.col>i&&(a=Math.max(1,Math.min(l.col-i,80-o)));let c=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${c}
`}};Dt.YAMLError=Lt;Dt.YAMLParseError=bs;Dt.YAMLWarning=vs;Dt.prettifyError=ay});var Ft=C(Bc=>{"use strict";d();function ly(e,{flow:n,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let l=!1,c=a,u=a,f="",p="",m=!1,g=!1,h=null,y=null,v=null,k=null,S=null,x=null,O=null;for(let A of e)switch(g&&(A.type!=="space"&&A.type!=="newline"&&A.type!=="comma"&&o(A.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g=!1),h&&(c&&A.type!=="comment"&&A.type!=="newline"&&o(h,"TAB_AS_INDENT","Tabs are not allowed as indentation"),h=null),A.type){case"space":!n&&(t!=="doc-start"||r?.type!=="flow-collection")&&A.source.includes("	")&&(h=A),u=!0;break;case"comment":{u||o(A,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let D=A.source.substring(1)||" ";f?f+=p+D:f=D,p="",c=!1;break}case"newline":c?f?f+=A.source:(!x||t!=="seq-item-ind")&&(l=!0):p+=A.source,c=!0,m=!0,(y||v)&&(k=A),u=!0;break;case"anchor":y&&o(A,"MULTIPLE_ANCHORS","A node can have at most one anchor"),A.source.endsWith(":")&&o(A.offset+A.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),y=A,O??(O=A.offset),c=!1,u=!1,g=!0;break;case"tag":{v&&o(A,"MULTIPLE_TAGS","A node can have at most one tag"),v=A,O??(O=A.offset),c=!1,u=!1,g=!0;break}case t:(y||v)&&o(A,"BAD_PROP_ORDER",`Anchors and tags must be after the ${A.source} indicator`),x&&o(A,"UNEXPECTED_TOKEN",`Unexpected ${A.source} in ${n??"collection"}`),x=A,c=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){S&&o(A,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),S=A,c=!1,u=!1;break}default:o(A,"UNEXPECTED_TOKEN",`Unexpected ${A.type} token`),c=!1,u=!1}let M=e[e.length-1],I=M?M.offset+M.source.length:i;return g&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),h&&(c&&h.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(h,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:S,found:x,spaceBefore:l,comment:f,hasNewline:m,anchor:y,tag:v,newlineAfterProp:k,end:I,start:O??I}}Bc.resolveProps=ly});var li=C(jc=>{"use strict";d();function ks(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(ks(n.key)||ks(n.value))return!0}return!1;default:return!0}}jc.containsNewline=ks});var Ss=C(Zc=>{"use strict";d();var cy=li();function uy(e,n,t){if(n?.type==="flow-collection"){let r=n.end[0];r.indent===e&&(r.source==="]"||r.source==="}")&&cy.containsNewline(n)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Zc.flowIndentCheck=uy});var xs=C(Wc=>{"use strict";d();var Uc=j();function dy(e,n,t){let{uniqueKeys:r}=e.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||Uc.isScalar(o)&&Uc.isScalar(s)&&o.value===s.value;return n.some(o=>i(o.key,t))}Wc.mapIncludes=dy});var Jc=C(Hc=>{"use strict";d();var Gc=rn(),fy=sn(),Kc=Ft(),py=li(),Vc=Ss(),hy=xs(),Yc="All mapping items must start at the same column";function my({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??fy.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let l=r.offset,c=null;for(let u of r.items){let{start:f,key:p,sep:m,value:g}=u,h=Kc.resolveProps(f,{indicator:"explicit-key-ind",next:p??m?.[0],offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0}),y=!h.found;if(y){if(p&&(p.type==="block-seq"?i(l,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in p&&p.indent!==r.indent&&i(l,"BAD_INDENT",Yc)),!h.anchor&&!h.tag&&!m){c=h.end,h.comment&&(a.comment?a.comment+=`
`+h.comment:a.comment=h.comment);continue}(h.newlineAfterProp||py.containsNewline(p))&&i(p??f[f.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else h.found?.indent!==r.indent&&i(l,"BAD_INDENT",Yc);t.atKey=!0;let v=h.end,k=p?e(t,p,h,i):n(t,v,f,null,h,i);t.schema.compat&&Vc.flowIndentCheck(r.indent,p,i),t.atKey=!1,hy.mapIncludes(t,a.items,k)&&i(v,"DUPLICATE_KEY","Map keys must be unique");let S=Kc.resolveProps(m??[],{indicator:"map-value-ind",next:g,offset:k.range[2],onError:i,parentIndent:r.indent,startOnNewline:!p||p.type==="block-scalar"});if(l=S.end,S.found){y&&(g?.type==="block-map"&&!S.hasNewline&&i(l,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&h.start<S.found.offset-1024&&i(k.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let x=g?e(t,g,S,i):n(t,l,m,null,S,i);t.schema.compat&&Vc.flowIndentCheck(r.indent,g,i),l=x.range[2];let O=new Gc.Pair(k,x);t.options.keepSourceTokens&&(O.srcToken=u),a.items.push(O)}else{y&&i(k.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),S.comment&&(k.comment?k.comment+=`
`+S.comment:k.comment=S.comment);let x=new Gc.Pair(k);t.options.keepSourceTokens&&(x.srcToken=u),a.items.push(x)}}return c&&c<l&&i(c,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,l,c??l],a}Hc.resolveBlockMap=my});var Qc=C(Xc=>{"use strict";d();var gy=an(),yy=Ft(),wy=Ss();function by({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??gy.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let l=r.offset,c=null;for(let{start:u,value:f}of r.items){let p=yy.resolveProps(u,{indicator:"seq-item-ind",next:f,offset:l,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!p.found)if(p.anchor||p.tag||f)f?.type==="block-seq"?i(p.end,"BAD_INDENT","All sequence items must start at the same column"):i(l,"MISSING_CHAR","Sequence item without - indicator");else{c=p.end,p.comment&&(a.comment=p.comment);continue}let m=f?e(t,f,p,i):n(t,p.end,u,null,p,i);t.schema.compat&&wy.flowIndentCheck(r.indent,f,i),l=m.range[2],a.items.push(m)}return a.range=[r.offset,l,c??l],a}Xc.resolveBlockSeq=by});var et=C(eu=>{"use strict";d();function vy(e,n,t,r){let i="";if(e){let o=!1,s="";for(let a of e){let{source:l,type:c}=a;switch(c){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=l.substring(1)||" ";i?i+=s+u:i=u,s="";break}case"newline":i&&(s+=l),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}n+=l.length}}return{comment:i,offset:n}}eu.resolveEnd=vy});var iu=C(ru=>{"use strict";d();var ky=j(),Sy=rn(),nu=sn(),xy=an(),$y=et(),tu=Ft(),Ay=li(),_y=xs(),$s="Block collections are not allowed within flow collections",As=e=>e&&(e.type==="block-map"||e.type==="block-seq");function Oy({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",l=o?.nodeClass??(s?nu.YAMLMap:xy.YAMLSeq),c=new l(t.schema);c.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let f=r.offset+r.start.source.length;for(let y=0;y<r.items.length;++y){let v=r.items[y],{start:k,key:S,sep:x,value:O}=v,M=tu.resolveProps(k,{flow:a,indicator:"explicit-key-ind",next:S??x?.[0],offset:f,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!M.found){if(!M.anchor&&!M.tag&&!x&&!O){y===0&&M.comma?i(M.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):y<r.items.length-1&&i(M.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),M.comment&&(c.comment?c.comment+=`
`+M.comment:c.comment=M.comment),f=M.end;continue}!s&&t.options.strict&&Ay.containsNewline(S)&&i(S,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(y===0)M.comma&&i(M.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(M.comma||i(M.start,"MISSING_CHAR",`Missing , between ${a} items`),M.comment){let I="";e:for(let A of k)switch(A.type){case"comma":case"space":break;case"comment":I=A.source.substring(1);break e;default:break e}if(I){let A=c.items[c.items.length-1];ky.isPair(A)&&(A=A.value??A.key),A.comment?A.comment+=`
`+I:A.comment=I,M.comment=M.comment.substring(I.length+1)}}if(!s&&!x&&!M.found){let I=O?e(t,O,M,i):n(t,M.end,x,null,M,i);c.items.push(I),f=I.range[2],As(O)&&i(I.range,"BLOCK_IN_FLOW",$s)}else{t.atKey=!0;let I=M.end,A=S?e(t,S,M,i):n(t,I,k,null,M,i);As(S)&&i(A.range,"BLOCK_IN_FLOW",$s),t.atKey=!1;let D=tu.resolveProps(x??[],{flow:a,indicator:"map-value-ind",next:O,offset:A.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(D.found){if(!s&&!M.found&&t.options.strict){if(x)for(let N of x){if(N===D.found)break;if(N.type==="newline"){i(N,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}M.start<D.found.offset-1024&&i(D.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else O&&("source"in O&&O.source?.[0]===":"?i(O,"MISSING_CHAR",`Missing space after : in ${a}`):i(D.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let F=O?e(t,O,D,i):D.found?n(t,D.end,x,null,D,i):null;F?As(O)&&i(F.range,"BLOCK_IN_FLOW",$s):D.comment&&(A.comment?A.comment+=`
`+D.comment:A.comment=D.comment);let re=new Sy.Pair(A,F);if(t.options.keepSourceTokens&&(re.srcToken=v),s){let N=c;_y.mapIncludes(t,N.items,A)&&i(I,"DUPLICATE_KEY","Map keys must be unique"),N.items.push(re)}else{let N=new nu.YAMLMap(t.schema);N.flow=!0,N.items.push(re);let ie=(F??A).range;N.range=[A.range[0],ie[1],ie[2]],c.items.push(N)}f=F?F.range[2]:D.end}}let p=s?"}":"]",[m,...g]=r.end,h=f;if(m?.source===p)h=m.offset+m.source.length;else{let y=a[0].toUpperCase()+a.substring(1),v=u?`${y} must end with a ${p}`:`${y} in block collection must be sufficiently indented and end with a ${p}`;i(f,u?"MISSING_CHAR":"BAD_INDENT",v),m&&m.source.length!==1&&g.unshift(m)}if(g.length>0){let y=$y.resolveEnd(g,h,t.options.strict,i);y.comment&&(c.comment?c.comment+=`
`+y.comment:c.comment=y.comment),c.range=[r.offset,h,y.offset]}else c.range=[r.offset,h,h];return c}ru.resolveFlowCollection=Oy});var su=C(ou=>{"use strict";d();var Py=j(),My=H(),Cy=sn(),Ty=an(),Ey=Jc(),Iy=Qc(),Ry=iu();function _s(e,n,t,r,i,o){let s=t.type==="block-map"?Ey.resolveBlockMap(e,n,t,r,o):t.type==="block-seq"?Iy.resolveBlockSeq(e,n,t,r,o):Ry.resolveFlowCollection(e,n,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function Ny(e,n,t,r,i){let o=r.tag,s=o?n.directives.tagName(o.source,p=>i(o,"TAG_RESOLVE_FAILED",p)):null;if(t.type==="block-seq"){let{anchor:p,newlineAfterProp:m}=r,g=p&&o?p.offset>o.offset?p:o:p??o;g&&(!m||m.offset<g.offset)&&i(g,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===Cy.YAMLMap.tagName&&a==="map"||s===Ty.YAMLSeq.tagName&&a==="seq")return _s(e,n,t,i,s);let l=n.schema.tags.find(p=>p.tag===s&&p.collection===a);if(!l){let p=n.schema.knownTags[s];if(p?.collection===a)n.schema.tags.push(Object.assign({},p,{default:!1})),l=p;else return p?i(o,"BAD_COLLECTION_TYPE",`${p.tag} used for ${a} collection, but expects ${p.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),_s(e,n,t,i,s)}let c=_s(e,n,t,i,s,l),u=l.resolve?.(c,p=>i(o,"TAG_RESOLVE_FAILED",p),n.options)??c,f=Py.isNode(u)?u:new My.Scalar(u);return f.range=c.range,f.tag=s,l?.format&&(f.format=l.format),f}ou.composeCollection=Ny});var Ps=C(au=>{"use strict";d();var Os=H();function zy(e,n,t){let r=n.offset,i=Ly(n,e.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?Os.Scalar.BLOCK_FOLDED:Os.Scalar.BLOCK_LITERAL,s=n.source?Dy(n.source):[],a=s.length;for(let h=s.length-1;h>=0;--h){let y=s[h][1];if(y===""||y==="\r")a=h;else break}if(a===0){let h=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",y=r+i.length;return n.source&&(y+=n.source.length),{value:h,type:o,comment:i.comment,range:[r,y,y]}}let l=n.indent+i.indent,c=n.offset+i.length,u=0;for(let h=0;h<a;++h){let[y,v]=s[h];if(v===""||v==="\r")i.indent===0&&y.length>l&&(l=y.length);else{y.length<l&&t(c+y.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(l=y.length),u=h,l===0&&!e.atRoot&&t(c,"BAD_INDENT","Block scalar values in collections must be indented");break}c+=y.length+v.length+1}for(let h=s.length-1;h>=a;--h)s[h][0].length>l&&(a=h+1);let f="",p="",m=!1;for(let h=0;h<u;++h)f+=s[h][0].slice(l)+`
`;for(let h=u;h<a;++h){let[y,v]=s[h];c+=y.length+v.length+1;let k=v[v.length-1]==="\r";if(k&&(v=v.slice(0,-1)),v&&y.length<l){let x=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(c-v.length-(k?2:1),"BAD_INDENT",x),y=""}o===Os.Scalar.BLOCK_LITERAL?(f+=p+y.slice(l)+v,p=`
`):y.length>l||v[0]==="	"?(p===" "?p=`
`:!m&&p===`
`&&(p=`

`),f+=p+y.slice(l)+v,p=`
`,m=!0):v===""?p===`
`?f+=`
`:p=`
`:(f+=p+v,p=" ",m=!1)}switch(i.chomp){case"-":break;case"+":for(let h=a;h<s.length;++h)f+=`
`+s[h][0].slice(l);f[f.length-1]!==`
`&&(f+=`
`);break;default:f+=`
`}let g=r+i.length+n.source.length;return{value:f,type:o,comment:i.comment,range:[r,g,g]}}function Ly({offset:e,props:n},t,r){if(n[0].type!=="block-scalar-header")return r(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=n[0],o=i[0],s=0,a="",l=-1;for(let p=1;p<i.length;++p){let m=i[p];if(!a&&(m==="-"||m==="+"))a=m;else{let g=Number(m);!s&&g?s=g:l===-1&&(l=e+p)}}l!==-1&&r(l,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let c=!1,u="",f=i.length;for(let p=1;p<n.length;++p){let m=n[p];switch(m.type){case"space":c=!0;case"newline":f+=m.source.length;break;case"comment":t&&!c&&r(m,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),f+=m.source.length,u=m.source.substring(1);break;case"error":r(m,"UNEXPECTED_TOKEN",m.message),f+=m.source.length;break;default:{let g=`Unexpected token in block scalar header: ${m.type}`;r(m,"UNEXPECTED_TOKEN",g);let h=m.source;h&&typeof h=="string"&&(f+=h.length)}}}return{mode:o,indent:s,chomp:a,comment:u,length:f}}function Dy(e){let n=e.split(/\n( *)/),t=n[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<n.length;s+=2)o.push([n[s],n[s+1]]);return o}au.resolveBlockScalar=zy});var Cs=C(cu=>{"use strict";d();var Ms=H(),qy=et();function Fy(e,n,t){let{offset:r,type:i,source:o,end:s}=e,a,l,c=(p,m,g)=>t(r+p,m,g);switch(i){case"scalar":a=Ms.Scalar.PLAIN,l=By(o,c);break;case"single-quoted-scalar":a=Ms.Scalar.QUOTE_SINGLE,l=jy(o,c);break;case"double-quoted-scalar":a=Ms.Scalar.QUOTE_DOUBLE,l=Zy(o,c);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let u=r+o.length,f=qy.resolveEnd(s,u,n,t);return{value:l,type:a,comment:f.comment,range:[r,u,f.offset]}}function By(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),lu(e)}function jy(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),lu(e.slice(1,-1)).replace(/''/g,"'")}function lu(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=n.lastIndex;for(;t=n.exec(e);){let c=t[1].replace(i,"");c===""?s===`
`?o+=s:s=`
`:(o+=s+c,s=" "),a=n.lastIndex}let l=/[ \t]*(.*)/sy;return l.lastIndex=a,t=l.exec(e),o+s+(t?.[1]??"")}function Zy(e,n){let t="";for(let r=1;r<e.length-1;++r){let i=e[r];if(!(i==="\r"&&e[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=Uy(e,r);t+=o,r=s}else if(i==="\\"){let o=e[++r],s=Wy[o];if(s)t+=s;else if(o===`
`)for(o=e[r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="\r"&&e[r+1]===`
`)for(o=e[++r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=Gy(e,r+1,a,n),r+=a}else{let a=e.substr(r-1,2);n(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=e[r+1];for(;s===" "||s==="	";)s=e[++r+1];s!==`
`&&!(s==="\r"&&e[r+2]===`
`)&&(t+=r>o?e.slice(o,r+1):i)}else t+=i}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function Uy(e,n){let t="",r=e[n+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&e[n+2]!==`
`);)r===`
`&&(t+=`
`),n+=1,r=e[n+1];return t||(t=" "),{fold:t,offset:n}}var Wy={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Gy(e,n,t,r){let i=e.substr(n,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=e.substr(n-2,t+2);return r(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}cu.resolveFlowScalar=Fy});var fu=C(du=>{"use strict";d();var _n=j(),uu=H(),Ky=Ps(),Vy=Cs();function Yy(e,n,t,r){let{value:i,type:o,comment:s,range:a}=n.type==="block-scalar"?Ky.resolveBlockScalar(e,n,r):Vy.resolveFlowScalar(n,e.options.strict,r),l=t?e.directives.tagName(t.source,f=>r(t,"TAG_RESOLVE_FAILED",f)):null,c;e.options.stringKeys&&e.atKey?c=e.schema[_n.SCALAR]:l?c=Hy(e.schema,i,l,t,r):n.type==="scalar"?c=Jy(e,i,n,r):c=e.schema[_n.SCALAR];let u;try{let f=c.resolve(i,p=>r(t??n,"TAG_RESOLVE_FAILED",p),e.options);u=_n.isScalar(f)?f:new uu.Scalar(f)}catch(f){let p=f instanceof Error?f.message:String(f);r(t??n,"TAG_RESOLVE_FAILED",p),u=new uu.Scalar(i)}return u.range=a,u.source=i,o&&(u.type=o),l&&(u.tag=l),c.format&&(u.format=c.format),s&&(u.comment=s),u}function Hy(e,n,t,r,i){if(t==="!")return e[_n.SCALAR];let o=[];for(let a of e.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(n))return a;let s=e.knownTags[t];return s&&!s.collection?(e.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[_n.SCALAR])}function Jy({atKey:e,directives:n,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||e&&a.default==="key")&&a.test?.test(r))||t[_n.SCALAR];if(t.compat){let a=t.compat.find(l=>l.default&&l.test?.test(r))??t[_n.SCALAR];if(s.tag!==a.tag){let l=n.tagString(s.tag),c=n.tagString(a.tag),u=`Value may be parsed as either ${l} or ${c}`;o(i,"TAG_RESOLVE_FAILED",u,!0)}}return s}du.composeScalar=Yy});var hu=C(pu=>{"use strict";d();function Xy(e,n,t){if(n){t??(t=n.length);for(let r=t-1;r>=0;--r){let i=n[r];switch(i.type){case"space":case"comment":case"newline":e-=i.source.length;continue}for(i=n[++r];i?.type==="space";)e+=i.source.length,i=n[++r];break}}return e}pu.emptyScalarPosition=Xy});var yu=C(Es=>{"use strict";d();var Qy=vt(),ew=j(),nw=su(),mu=fu(),tw=et(),rw=hu(),iw={composeNode:gu,composeEmptyNode:Ts};function gu(e,n,t,r){let i=e.atKey,{spaceBefore:o,comment:s,anchor:a,tag:l}=t,c,u=!0;switch(n.type){case"alias":c=ow(e,n,r),(a||l)&&r(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":c=mu.composeScalar(e,n,l,r),a&&(c.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{c=nw.composeCollection(iw,e,n,t,r),a&&(c.anchor=a.source.substring(1))}catch(f){let p=f instanceof Error?f.message:String(f);r(n,"RESOURCE_EXHAUSTION",p)}break;default:{let f=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;r(n,"UNEXPECTED_TOKEN",f),u=!1}}return c??(c=Ts(e,n.offset,void 0,null,t,r)),a&&c.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&e.options.stringKeys&&(!ew.isScalar(c)||typeof c.value!="string"||c.tag&&c.tag!=="tag:yaml.org,2002:str")&&r(l??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(c.spaceBefore=!0),s&&(n.type==="scalar"&&n.source===""?c.comment=s:c.commentBefore=s),e.options.keepSourceTokens&&u&&(c.srcToken=n),c}function Ts(e,n,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:l},c){let u={type:"scalar",offset:rw.emptyScalarPosition(n,t,r),indent:-1,source:""},f=mu.composeScalar(e,u,a,c);return s&&(f.anchor=s.source.substring(1),f.anchor===""&&c(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(f.spaceBefore=!0),o&&(f.comment=o,f.range[2]=l),f}function ow({options:e},{offset:n,source:t,end:r},i){let o=new Qy.Alias(t.substring(1));o.source===""&&i(n,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=n+t.length,a=tw.resolveEnd(r,s,e.strict,i);return o.range=[n,s,a.offset],a.comment&&(o.comment=a.comment),o}Es.composeEmptyNode=Ts;Es.composeNode=gu});var vu=C(bu=>{"use strict";d();var sw=zt(),wu=yu(),aw=et(),lw=Ft();function cw(e,n,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:n},e),l=new sw.Document(void 0,a),c={atKey:!1,atRoot:!0,directives:l.directives,options:l.options,schema:l.schema},u=lw.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});u.found&&(l.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!u.hasNewline&&s(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),l.contents=i?wu.composeNode(c,i,u,s):wu.composeEmptyNode(c,u.end,r,null,u,s);let f=l.contents.range[2],p=aw.resolveEnd(o,f,!1,s);return p.comment&&(l.comment=p.comment),l.range=[t,f,p.offset],l}bu.composeDoc=cw});var Rs=C(xu=>{"use strict";d();var uw=require("process"),dw=bo(),fw=zt(),Bt=qt(),ku=j(),pw=vu(),hw=et();function jt(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function Su(e){let n="",t=!1,r=!1;for(let i=0;i<e.length;++i){let o=e[i];switch(o[0]){case"#":n+=(n===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":e[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:n,afterEmptyLine:r}}var Is=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=jt(t);o?this.warnings.push(new Bt.YAMLWarning(s,r,i)):this.errors.push(new Bt.YAMLParseError(s,r,i))},this.directives=new dw.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:r,afterEmptyLine:i}=Su(this.prelude);if(r){let o=n.contents;if(t)n.comment=n.comment?`${n.comment}
${r}`:r;else if(i||n.directives.docStart||!o)n.commentBefore=r;else if(ku.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];ku.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)n.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)n.warnings.push(this.warnings[o])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Su(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,r=-1){for(let i of n)yield*this.next(i);yield*this.end(t,r)}*next(n){switch(uw.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,r,i)=>{let o=jt(n);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=pw.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,r=new Bt.YAMLParseError(jt(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new Bt.YAMLParseError(jt(n),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=hw.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new Bt.YAMLParseError(jt(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let r=Object.assign({_directives:this.directives},this.options),i=new fw.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};xu.Composer=Is});var _u=C(ci=>{"use strict";d();var mw=Ps(),gw=Cs(),yw=qt(),$u=At();function ww(e,n=!0,t){if(e){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new yw.YAMLParseError([a,a+1],o,s)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return gw.resolveFlowScalar(e,n,r);case"block-scalar":return mw.resolveBlockScalar({options:{strict:n}},e,r)}}return null}function bw(e,n){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=n,a=$u.stringifyString({type:s,value:e},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),l=n.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let c=a.indexOf(`
`),u=a.substring(0,c),f=a.substring(c+1)+`
`,p=[{type:"block-scalar-header",offset:o,indent:r,source:u}];return Au(p,l)||p.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:p,source:f}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:l};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:l};default:return{type:"scalar",offset:o,indent:r,source:a,end:l}}}function vw(e,n,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in e?e.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(e.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let c=e.props[0];if(c.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=c.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let l=$u.stringifyString({type:s,value:n},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(l[0]){case"|":case">":kw(e,l);break;case'"':Ns(e,l,"double-quoted-scalar");break;case"'":Ns(e,l,"single-quoted-scalar");break;default:Ns(e,l,"scalar")}}function kw(e,n){let t=n.indexOf(`
`),r=n.substring(0,t),i=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let o=e.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,e.source=i}else{let{offset:o}=e,s="indent"in e?e.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];Au(a,"end"in e?e.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let l of Object.keys(e))l!=="type"&&l!=="offset"&&delete e[l];Object.assign(e,{type:"block-scalar",indent:s,props:a,source:i})}}function Au(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function Ns(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let r=e.props.slice(1),i=n.length;e.props[0].type==="block-scalar-header"&&(i-=e.props[0].source.length);for(let o of r)o.offset+=i;delete e.props,Object.assign(e,{type:t,source:n,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[i]});break}default:{let r="indent"in e?e.indent:-1,i="end"in e&&Array.isArray(e.end)?e.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(e))o!=="type"&&o!=="offset"&&delete e[o];Object.assign(e,{type:t,indent:r,source:n,end:i})}}}ci.createScalarToken=bw;ci.resolveAsScalar=ww;ci.setScalarValue=vw});var Pu=C(Ou=>{"use strict";d();var Sw=e=>"type"in e?di(e):ui(e);function di(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=di(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=ui(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=ui(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=ui(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function ui({start:e,key:n,sep:t,value:r}){let i="";for(let o of e)i+=o.source;if(n&&(i+=di(n)),t)for(let o of t)i+=o.source;return r&&(i+=di(r)),i}Ou.stringify=Sw});var Eu=C(Tu=>{"use strict";d();var zs=Symbol("break visit"),xw=Symbol("skip children"),Mu=Symbol("remove item");function On(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),Cu(Object.freeze([]),e,n)}On.BREAK=zs;On.SKIP=xw;On.REMOVE=Mu;On.itemAtPath=(e,n)=>{let t=e;for(let[r,i]of n){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};On.parentCollection=(e,n)=>{let t=On.itemAtPath(e,n.slice(0,-1)),r=n[n.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function Cu(e,n,t){let r=t(n,e);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=n[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=Cu(Object.freeze(e.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===zs)return zs;a===Mu&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(n,e))}}return typeof r=="function"?r(n,e):r}Tu.visit=On});var fi=C(fe=>{"use strict";d();var Ls=_u(),$w=Pu(),Aw=Eu(),Ds="\uFEFF",qs="",Fs="",Bs="",_w=e=>!!e&&"items"in e,Ow=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function Pw(e){switch(e){case Ds:return"<BOM>";case qs:return"<DOC>";case Fs:return"<FLOW_END>";case Bs:return"<SCALAR>";default:return JSON.stringify(e)}}function Mw(e){switch(e){case Ds:return"byte-order-mark";case qs:return"doc-mode";case Fs:return"flow-error-end";case Bs:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}fe.createScalarToken=Ls.createScalarToken;fe.resolveAsScalar=Ls.resolveAsScalar;fe.setScalarValue=Ls.setScalarValue;fe.stringify=$w.stringify;fe.visit=Aw.visit;fe.BOM=Ds;fe.DOCUMENT=qs;fe.FLOW_END=Fs;fe.SCALAR=Bs;fe.isCollection=_w;fe.isScalar=Ow;fe.prettyToken=Pw;fe.tokenType=Mw});var Us=C(Ru=>{"use strict";d();var Zt=fi();function Me(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Iu=new Set("0123456789ABCDEFabcdef"),Cw=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),pi=new Set(",[]{}"),Tw=new Set(` ,[]{}
\r	`),js=e=>!e||Tw.has(e),Zs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+n];if(t==="\r"){let i=this.buffer[r+n+1];if(i===`
`||!i&&!this.atEnd)return n+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?n+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(n,3);if((r==="---"||r==="...")&&Me(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===Zt.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,r=n.indexOf("#");for(;r!==-1;){let o=n[r-1];if(o===" "||o==="	"){t=r-1;break}else r=n.indexOf("#",r+1)}for(;;){let o=n[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield Zt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&Me(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!Me(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&Me(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(js),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,r=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&Me(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield Zt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(js),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||Me(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>Me(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:n=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(n+1);if(o===-1)break;n=this.buffer.indexOf(`
`,o)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let i=n+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];n=i-1}else if(!this.blockScalarKeep)do{let o=n-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)n=o;else break}while(!0);return yield Zt.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(Me(o)||n&&pi.has(o))break;t=r}else if(Me(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||n&&pi.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(n&&pi.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield Zt.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let r=this.buffer.slice(this.pos,n);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(js),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(Me(r)||t&&pi.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!Me(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(Cw.has(t))t=this.buffer[++n];else if(t==="%"&&Iu.has(this.buffer[n+1])&&Iu.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||n&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(n){let t=this.pos,r=this.buffer[t];for(;!n(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Ru.Lexer=Zs});var Gs=C(Nu=>{"use strict";d();var Ws=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<n?t=o+1:r=o}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let i=this.lineStarts[t-1];return{line:t,col:n-i+1}}}};Nu.LineCounter=Ws});var Vs=C(Fu=>{"use strict";d();var Ew=require("process"),zu=fi(),Iw=Us();function ln(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function Lu(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function qu(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function hi(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function nt(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function mi(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function Du(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!ln(n.start,"explicit-key-ind")&&!ln(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,qu(n.value)?n.value.end?mi(n.value.end,n.sep):n.value.end=n.sep:mi(n.start,n.sep),delete n.sep)}var Ks=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new Iw.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(n,t))yield*this.next(r);t||(yield*this.end())}*next(n){if(this.source=n,Ew.env.LOG_TOKENS&&console.log("|",zu.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=zu.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let r=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Du(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&Lu(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{Lu(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=hi(this.peek(2)),r=nt(t),i;n.end?(i=n.end,i.push(this.sourceToken),delete n.end):i=[this.sourceToken];let o={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:r,key:n,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){mi(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let r=!this.onKeyLine&&this.indent===n.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let l=t.sep[a];switch(l.type){case"newline":s.push(a);break;case"space":break;case"comment":l.indent>n.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),n.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),n.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(ln(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(qu(t.key)&&!ln(t.sep,"newline")){let s=nt(t.start),a=t.key,l=t.sep;l.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:l}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(ln(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=nt(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?n.items.push({start:o,key:null,sep:[this.sourceToken]}):ln(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(n.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(n);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!ln(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&n.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){mi(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||ln(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let r=this.startBlockValue(n);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let r=this.startBlockValue(n);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===n.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=hi(r),o=nt(i);Du(n);let s=n.end.splice(1,n.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:o,key:n,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=hi(n),r=nt(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=hi(n),r=nt(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};Fu.Parser=Ks});var Wu=C(Wt=>{"use strict";d();var Bu=Rs(),Rw=zt(),Ut=qt(),Nw=Eo(),zw=j(),Lw=Gs(),ju=Vs();function Zu(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new Lw.LineCounter||null,prettyErrors:n}}function Dw(e,n={}){let{lineCounter:t,prettyErrors:r}=Zu(n),i=new ju.Parser(t?.addNewLine),o=new Bu.Composer(n),s=Array.from(o.compose(i.parse(e)));if(r&&t)for(let a of s)a.errors.forEach(Ut.prettifyError(e,t)),a.warnings.forEach(Ut.prettifyError(e,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function Uu(e,n={}){let{lineCounter:t,prettyErrors:r}=Zu(n),i=new ju.Parser(t?.addNewLine),o=new Bu.Composer(n),s=null;for(let a of o.compose(i.parse(e),!0,e.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new Ut.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(Ut.prettifyError(e,t)),s.warnings.forEach(Ut.prettifyError(e,t))),s}function qw(e,n,t){let r;typeof n=="function"?r=n:t===void 0&&n&&typeof n=="object"&&(t=n);let i=Uu(e,t);if(!i)return null;if(i.warnings.forEach(o=>Nw.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function Fw(e,n,t){let r=null;if(typeof n=="function"||Array.isArray(n)?r=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(e===void 0){let{keepUndefined:i}=t??n??{};if(!i)return}return zw.isDocument(e)&&!r?e.toString(t):new Rw.Document(e,r,t).toString(t)}Wt.parse=qw;Wt.parseAllDocuments=Dw;Wt.parseDocument=Uu;Wt.stringify=Fw});var ze=C(Z=>{"use strict";d();var Bw=Rs(),jw=zt(),Zw=hs(),Ys=qt(),Uw=vt(),cn=j(),Ww=rn(),Gw=H(),Kw=sn(),Vw=an(),Yw=fi(),Hw=Us(),Jw=Gs(),Xw=Vs(),gi=Wu(),Gu=gt();Z.Composer=Bw.Composer;Z.Document=jw.Document;Z.Schema=Zw.Schema;Z.YAMLError=Ys.YAMLError;Z.YAMLParseError=Ys.YAMLParseError;Z.YAMLWarning=Ys.YAMLWarning;Z.Alias=Uw.Alias;Z.isAlias=cn.isAlias;Z.isCollection=cn.isCollection;Z.isDocument=cn.isDocument;Z.isMap=cn.isMap;Z.isNode=cn.isNode;Z.isPair=cn.isPair;Z.isScalar=cn.isScalar;Z.isSeq=cn.isSeq;Z.Pair=Ww.Pair;Z.Scalar=Gw.Scalar;Z.YAMLMap=Kw.YAMLMap;Z.YAMLSeq=Vw.YAMLSeq;Z.CST=Yw;Z.Lexer=Hw.Lexer;Z.LineCounter=Jw.LineCounter;Z.Parser=Xw.Parser;Z.parse=gi.parse;Z.parseAllDocuments=gi.parseAllDocuments;Z.parseDocument=gi.parseDocument;Z.stringify=gi.stringify;Z.visit=Gu.visit;Z.visitAsync=Gu.visitAsync});d();d();var Be=require("node:fs"),Zn=be(require("node:path"));d();var Ap=be(ze());d();function Qw(e,n,t=Number.POSITIVE_INFINITY){if(e===n)return 0;if(Math.abs(e.length-n.length)>t)return t+1;let r=new Array(n.length+1);for(let i=0;i<=n.length;i++)r[i]=i;for(let i=1;i<=e.length;i++){let o=r[0];r[0]=i;let s=i;for(let a=1;a<=n.length;a++){let l=r[a];r[a]=Math.min(r[a]+1,r[a-1]+1,o+(e[i-1]===n[a-1]?0:1)),r[a]<s&&(s=r[a]),o=l}if(s>t)return t+1}return r[n.length]}var Hs=64;function un(e,n){if(e.length>Hs)return;let t=e.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let o of n){if(o.length>Hs)continue;let s=o.toLowerCase(),a=Math.max(2,Math.floor(Math.max(t.length,s.length)/3)),l=Math.min(a,Math.floor(i/2)),c=Qw(t,s,l),u=c<=a?2*c:Number.POSITIVE_INFINITY;s!==t&&(s.startsWith(t)||t.startsWith(s))&&Math.min(t.length,s.length)>=2&&(u=Math.min(u,3)),u<i&&(i=u,r=o)}return r}function yi(e,n=2e6){let t=new Map,r=n;return i=>{if(t.has(i))return t.get(i);r-=e.length*Math.min(i.length+1,Hs);let o=r>=0?un(i,e):void 0;return t.set(i,o),o}}d();d();d();d();function Qs(e){let n=Object.values(e).filter(r=>typeof r=="number");return Object.entries(e).filter(([r,i])=>n.indexOf(+r)===-1).map(([r,i])=>i)}function Ku(e,n){return typeof n=="bigint"?n.toString():n}var Xs=class{constructor(n){this._getter=n,this._value=void 0}get value(){let n=this._getter;return n!==void 0&&(this._value=n(),this._getter=void 0),this._value}};function Vu(e){return new Xs(e)}function Yu(e){return e==null}function ea(e){let n=e.startsWith("^")?1:0,t=e.endsWith("$")?e.length-1:e.length;return e.slice(n,t)}function Hu(e,n,t){Object.defineProperty(e,n,{value:t,writable:!0,enumerable:!0,configurable:!0})}var na="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function wi(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Ju(e){if(wi(e)===!1)return!1;let n=e.constructor;if(n===void 0||typeof n!="function")return!0;let t=n.prototype;return!(wi(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var Xu=new Set(["string","number","symbol"]);function Kt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Vt(e,n,t){let r=new e._zod.constr(n??e._zod.def);return(!n||t?.parent)&&(r._zod.parent=e),r}function ne(e){let n=e;if(!n)return{};if(typeof n=="string")return{error:()=>n};if(n?.message!==void 0){if(n?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");n.error=n.message}return delete n.message,typeof n.error=="string"?{...n,error:()=>n.error}:n}function Qu(e){return Object.keys(e).filter(n=>e[n]._zod.optin!==void 0&&e[n]._zod.optout==="optional")}var ed={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function Ue(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue!==!0)return!0;return!1}function nd(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue===!1)return!0;return!1}function fn(e,n){return n.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(e),t})}function Gt(e){return typeof e=="string"?e:e?.message}function ta(e){let n=[];for(let t of e??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&n.push([i,t])}return n}function bi(e,n,t){var r;for(let i=n;i<e.length;i++)(r=e[i]).schema??(r.schema=t)}function We(e,n,t){var r;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:Gt(e.inst?._zod.def?.error?.(e))??Gt(o?.(e))??Gt(n?.error?.(e))??Gt(t.customError?.(e))??Gt(t.localeError?.(e))??"Invalid input",a={};for(let l of Object.keys(e))l==="inst"||l==="schema"||l==="continue"||l==="input"||l==="__proto__"||(a[l]=e[l]);return a.path??(a.path=[]),a.message=s,n?.reportInput&&(a.input=e.input),a}var eb=/[\uD800-\uDBFF]/;function td(e){let n=e.length;if(!eb.test(e))return n;let t=n;for(let r=0;r<n-1;r++)(e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function rd(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function vi(...e){let[n,t,r]=e;return typeof n=="string"?{message:n,code:"custom",input:t,inst:r}:{...n}}function id(e,n){for(let t in n){let r=Object.getOwnPropertyDescriptor(n,t);r.get?Object.defineProperty(e,t,{...r,enumerable:!1}):nb(e,t,r.value)}}function Pn(e,n,t,r=!0){return Object.defineProperty(e,n,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function ra(e,n,t){return Pn(e,n,t,!1)}function nb(e,n,t){Object.defineProperty(e,n,{configurable:!0,get(){return this==null?t:Pn(this,n,t.bind(this))},set(r){Pn(this,n,r)}})}function tb(e,n){let t=Object.getPrototypeOf(e);return n in t?void 0:t}var Js,dn=!1,rb={configurable:!0,get(){dn=!0}};function Ce(e,n,t){let r=Object.getPrototypeOf(e._zod);if(n in r&&Js!==e._zod){Js=void 0;return}Js=e._zod,Object.defineProperty(r,n,{configurable:!0,get(){Object.defineProperty(this,n,rb);let i=dn;dn=!1;try{let o=t(this);return dn?delete this[n]:Object.defineProperty(this,n,{configurable:!0,writable:!0,value:o}),dn=dn||i,o}catch(o){throw delete this[n],dn=dn||i,o}},set(i){Object.defineProperty(this,n,{configurable:!0,writable:!0,value:i})}})}function od(e,n,t,r){let i=tb(e,n);i&&Object.defineProperty(i,n,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,n,o),o.value=t(this),Object.defineProperty(this,n,o),o.value},set(o){Object.defineProperty(this,n,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var sd;var ia={value:void 0,enumerable:!1},ad="captureStackTrace"in Error?Error:null;function ib(e){let n=ad;if(n){let t=n.stackTraceLimit;if(typeof t=="number"){try{n.stackTraceLimit=0}catch{return ad=null,new e}try{return new e}finally{n.stackTraceLimit=t}}}return new e}function q(e,n,t,r){let i={};function o(p){this.def=p,this.constr=f,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function l(p,m){if(p._zod){if(p._zod.traits.has(e))return}else{ia.value=new o(m);try{Object.defineProperty(p,"_zod",ia)}finally{ia.value=void 0}}if(p._zod.traits.add(e),n(p,m),a){let h=Object.getPrototypeOf(p),y=p._zod.constr.prototype,v=h;for(;v&&v!==y;)v=Object.getPrototypeOf(v);let k=v??h;a.has(k)||(a.add(k),id(k,s))}let g=f.prototype;for(let h in g)Object.prototype.hasOwnProperty.call(g,h)&&(h in p||(p[h]=g[h].bind(p)))}let c=r?.Parent??Object;class u extends c{}Object.defineProperty(u,"name",{value:e});function f(p){let m=r?.Parent?ib(u):this;l(m,p);let g=m._zod.deferred;if(g){for(let y of g)y();m._zod.deferred=void 0}let h=globalThis.__zod_globalConfig?.postProcessor;return h&&h(m),m}return Object.defineProperty(f,"init",{value:l}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>r?.Parent&&p instanceof r.Parent?!0:p?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}var Ge=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(sd=globalThis).__zod_globalConfig??(sd.__zod_globalConfig={});var tt=globalThis.__zod_globalConfig;function Le(e){return e&&Object.assign(tt,e),tt}d();d();function ob(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,Ku,2)),e.message}function sb(e){this._zod.message=e}var ab={get:ob,set:sb,enumerable:!0,configurable:!0},sa={value:void 0,enumerable:!1},ld=new WeakSet([Object.prototype,Error.prototype]),cd=(e,n)=>{e.name="$ZodError",sa.value=n,Object.defineProperty(e,"issues",sa),sa.value=void 0,Object.defineProperty(e,"message",ab);let t=Object.getPrototypeOf(e);ld.has(t)||(ld.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},B0=q("$ZodError",cd),Yt=q("$ZodError",cd,void 0,{Parent:Error});var cb=e=>{let n=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new Ge;if(a.issues.length){let l=new(o?.Err??e)(a.issues.map(c=>We(c,s,Le())));throw na(l,o?.callee??n),l}return a.value};return n},aa=cb(Yt),ub=e=>{let n=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let l=new(o?.Err??e)(a.issues.map(c=>We(c,s,Le())));throw na(l,o?.callee??n),l}return a.value};return n},la=ub(Yt),db=e=>(n,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=n._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new Ge;return o.issues.length?ud(e,o.issues,i):{success:!0,data:o.value}},ca=db(Yt);function ud(e,n,t){let r;return{success:!1,get error(){return r||(r=new e(n.map(i=>We(i,t,Le()))),n=void 0,t=void 0),r},set error(i){r=i,n=void 0,t=void 0}}}var fb=e=>async(n,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=n._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?ud(e,o.issues,i):{success:!0,data:o.value}},ua=fb(Yt);d();d();d();var dd=/^[\s\S]{0,}$/;var da=/^-?\d+(?:\.\d+)?$/,fd=/^(?:true|false)$/i;var hn=q("$ZodCheck",(e,n)=>{var t;e._zod??(e._zod={}),e._zod.def=n,(t=e._zod).onattach??(t.onattach=[])});var pb=e=>{let n=e.value;return!Yu(n)&&n.length!==void 0},pd={number:"number",bigint:"bigint",object:"date"};var pa=q("$ZodCheckGreaterThan",(e,n)=>{hn.init(e,n);let t=pd[typeof n.value];e._zod.check=r=>{(n.inclusive?r.value>=n.value:r.value>n.value)||r.issues.push({origin:pd[typeof r.value]??t,code:"too_small",minimum:typeof n.value=="object"?n.value.getTime():n.value,input:r.value,inclusive:n.inclusive,inst:e,continue:!n.abort})}});var hd=q("$ZodCheckNumberFormat",(e,n)=>{hn.init(e,n),n.format=n.format||"float64";let t=n.format?.includes("int"),r=t?"int":"number",[i,o]=ed[n.format];e._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:n.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!n.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!n.abort})}});var md=q("$ZodCheckMinLength",(e,n)=>{var t;hn.init(e,n),(t=e._zod.def).when??(t.when=pb),e._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=n.minimum&&o<n.minimum*2?td(i):o)>=n.minimum)return;let a=rd(i);r.issues.push({origin:a,code:"too_small",minimum:n.minimum,inclusive:!0,input:i,inst:e,continue:!n.abort})}});var gd=q("$ZodCheckStringFormat",(e,n)=>{var t,r;hn.init(e,n),n.pattern?(t=e._zod).check??(t.check=i=>{n.pattern.lastIndex=0,!n.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:n.format,input:i.value,...n.pattern?{pattern:n.pattern.toString()}:{},inst:e,continue:!n.abort})}):(r=e._zod).check??(r.check=()=>{})}),yd=q("$ZodCheckRegex",(e,n)=>{gd.init(e,n),e._zod.check=t=>{n.pattern.lastIndex=0,!n.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:n.pattern.toString(),inst:e,continue:!n.abort})}});d();var bd={major:4,minor:6,patch:7};var ve=q("$ZodType",(e,n)=>{var t;e??(e={}),e._zod.def=n,e._zod.bag=e._zod.bag||{},e._zod.version=bd;let r=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,l,c)=>{if(a.memo)return a;let u=Ue(a),f;for(let p of l){if(p._zod.def.when){if(nd(a)||!p._zod.def.when(a))continue}else if(u)continue;let m=a.issues.length,g=p._zod.check(a);if(g instanceof Promise&&c?.async===!1)throw new Ge;if(f||g instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await g,a.issues.length!==m&&(bi(a.issues,m,e),u||(u=Ue(a,m)))});else{if(a.issues.length===m)continue;bi(a.issues,m,e),u||(u=Ue(a,m))}}return f?f.then(()=>a):a},s=(a,l,c)=>{if(Ue(a))return a.aborted=!0,a;let u=o(l,i,c);if(u instanceof Promise){if(c.async===!1)throw new Ge;return u.then(f=>e._zod.parse(f,c))}return e._zod.parse(u,c)};e._zod.run=(a,l)=>{if(l.skipChecks)return e._zod.parse(a,l);if(l.direction==="backward"){let u=e._zod.parse({value:a.value,issues:[]},{...l,skipChecks:!0});return u instanceof Promise?u.then(f=>s(f,a,l)):s(u,a,l)}let c=e._zod.parse(a,l);if(c instanceof Promise){if(l.async===!1)throw new Ge;return c.then(u=>o(u,i,l))}return o(c,i,l)}}},{get"~standard"(){return ra(this,"~standard",mb(this))},set"~standard"(e){Pn(this,"~standard",e)}}),xd=(e,n)=>e.issues.length?{issues:e.issues.map(t=>We(t,n,Le()))}:{value:e.value};async function hb(e,n){let t={async:!0};return xd(await e._zod.run({value:n,issues:[]},t),t)}function mb(e){return{validate:n=>{let t={async:!1};try{let r=e._zod.run({value:n,issues:[]},t);if(!(r instanceof Promise))return xd(r,t)}catch{}return hb(e,n)},vendor:"zod",version:1}}var $d=q("$ZodString",(e,n)=>{ve.init(e,n),e._zod.pattern=n.pattern??dd,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:e}),t}});var ha=q("$ZodNumber",(e,n)=>{ve.init(e,n),e._zod.pattern=da,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),t}}),Ad=q("$ZodNumberFormat",(e,n)=>{hd.init(e,n),ha.init(e,n)}),_d=q("$ZodBoolean",(e,n)=>{ve.init(e,n),e._zod.pattern=fd,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),t}});var Od=q("$ZodNever",(e,n)=>{ve.init(e,n),e._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)});function gb(e,n){let t=ta(e._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=n(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[l,c]of ta(e._zod.def.checks))if(a>l&&c._zod.def.when(o)){let u=o.issues.length;return c._zod.check(o),o.issues[u].continue=!1,bi(o.issues,u,e),o}}return i(o,s)}}var yb=e=>Array.isArray(e)?e.length:-1;function vd(e,n,t){e.issues.length&&n.issues.push(...fn(t,e.issues)),n.value[t]=e.value}var Pd=q("$ZodArray",(e,n)=>{ve.init(e,n);let t=tt.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),r;r.value=t?t.alloc(e,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let l=0;l<o.length;l++){let c=o[l],u=n.element._zod.run({value:c,issues:[]},i);if(u instanceof Promise)s.push(u.then(f=>vd(f,r,l)));else if(vd(u,r,l),a&&u.issues.length!==0&&Ue(u))break}return s.length?Promise.all(s).then(()=>r):r},gb(e,yb)});function ki(e,n,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;n.issues.push(...fn(t,e.issues))}if(!s&&i===void 0){e.issues.length||n.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(n.value[t]=void 0):n.value[t]=e.value}}var wb=[];function bb(e){let n=Object.keys(e.shape),t=Object.getOwnPropertySymbols(e.shape),r=t.length?t:wb,i=r.length?[...n,...r]:n;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Qu(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(n),numKeys:n.length,optionalKeys:new Set(o)}}function vb(e,n,t,r,i,o,s){let a=[],l=i.keySet,c=i.catchall._zod,u=c.def.type,f=c.optin,p=c.optout,m=0;for(let g in n){if(s&&t.issues.length!==m){if(Ue(t,m))break;m=t.issues.length}if(l.has(g))continue;if(g==="__proto__"){u==="never"&&a.push(g);continue}if(u==="never"){a.push(g);continue}let h=c.run({value:n[g],issues:[]},r);h instanceof Promise?e.push(h.then(y=>ki(y,t,g,n,f,p))):ki(h,t,g,n,f,p)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:n,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>t):t}var Md=q("$ZodObject",(e,n)=>{ve.init(e,n);let t=Object.getOwnPropertyDescriptor(n,"shape"),r=t?.get?t.get.raw:n.shape??{};if(r){let c=()=>{let u={...r};return Object.defineProperty(n,"shape",{value:u}),c.raw=u,u};c.raw=r,Object.defineProperty(n,"shape",{get:c})}let i=Vu(()=>bb(n));Ce(e,"propValues",c=>{let u=c.def.shape,f={};for(let p in u){let m=u[p]._zod;if(m.values){Object.prototype.hasOwnProperty.call(f,p)||Hu(f,p,new Set);for(let g of m.values)f[p].add(g);m.optin!==void 0&&f[p].add(void 0)}}return f});let o=wi,s=n.catchall,a,l=tt.memoizer;l?.attach(e),e._zod.parse=(c,u)=>{a??(a=i.value);let f=c.value;if(!o(f))return c.issues.push({expected:"object",code:"invalid_type",input:f,inst:e}),c;c.value=l?l.alloc(e,c,{},u):{};let p=[],m=a.shape,g=u?.abortEarly,h=c.issues.length;for(let y of a.allKeys){if(g&&c.issues.length!==h){if(Ue(c,h))break;h=c.issues.length}if(y==="__proto__")continue;let v=m[y],k=v._zod.optin,S=v._zod.optout,x=v._zod.run({value:f[y],issues:[]},u);x instanceof Promise?p.push(x.then(O=>ki(O,c,y,f,k,S))):ki(x,c,y,f,k,S)}return s?vb(p,f,c,u,i.value,e,g===!0):p.length?Promise.all(p).then(()=>c):c}});function kd(e,n,t,r){for(let o of e)if(o.issues.length===0)return n.value=o.value,n;let i=e.filter(o=>!Ue(o));return i.length===1?(n.value=i[0].value,i[0]):(n.issues.push({code:"invalid_union",input:n.value,inst:t,errors:e.map(o=>o.issues.map(s=>We(s,r,Le())))}),n)}var Cd=q("$ZodUnion",(e,n)=>{ve.init(e,n),Ce(e,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),Ce(e,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),Ce(e,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),Ce(e,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>ea(o.source)).join("|")})$`)}});let t=n.options.length===1?n.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of n.options){let l=a._zod.run({value:r.value,issues:[]},i);if(l instanceof Promise)s.push(l),o=!0;else{if(l.issues.length===0)return l;s.push(l)}}return o?Promise.all(s).then(a=>kd(a,r,e,i)):kd(s,r,e,i)}});var Td=q("$ZodRecord",(e,n)=>{ve.init(e,n);let t=tt.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Ju(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),r;let s=[],a=n.keyType._zod.values;if(a&&!n.partial){r.value=t?t.alloc(e,r,{},i):{};let l=new Set;for(let u of a)if(typeof u=="string"||typeof u=="number"||typeof u=="symbol"){if(l.add(typeof u=="number"?u.toString():u),u==="__proto__")continue;let f=n.keyType._zod.run({value:u,issues:[]},i);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(g=>We(g,i,Le())),input:u,path:[u],inst:e});continue}let p=f.value;if(p==="__proto__")continue;let m=n.valueType._zod.run({value:o[u],issues:[]},i);m instanceof Promise?s.push(m.then(g=>{g.issues.length&&r.issues.push(...fn(u,g.issues)),r.value[p]=g.value})):(m.issues.length&&r.issues.push(...fn(u,m.issues)),r.value[p]=m.value)}let c;for(let u in o)if(!l.has(u))if(n.mode==="loose"){if(u==="__proto__")continue;r.value[u]=o[u]}else c=c??[],c.push(u);c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}else{r.value=t?t.alloc(e,r,{},i):{};let l;for(let c of Reflect.ownKeys(o)){if(c==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,c))continue;let u=n.keyType._zod.run({value:c,issues:[]},i);if(u instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof c=="string"&&da.test(c)&&u.issues.length){let g=n.keyType._zod.run({value:Number(c),issues:[]},i);if(g instanceof Promise)throw new Error("Async schemas not supported in object keys currently");g.issues.length===0&&(u=g)}if(u.issues.length){n.mode==="loose"?r.value[c]=o[c]:a?(l=l??[],l.push(c)):r.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(g=>We(g,i,Le())),input:c,path:[c],inst:e});continue}let p=u.value;if(p==="__proto__")continue;let m=n.valueType._zod.run({value:o[c],issues:[]},i);m instanceof Promise?s.push(m.then(g=>{g.issues.length&&r.issues.push(...fn(c,g.issues)),r.value[p]=g.value})):(m.issues.length&&r.issues.push(...fn(c,m.issues)),r.value[p]=m.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:l,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var Ed=q("$ZodEnum",(e,n)=>{ve.init(e,n);let t=Qs(n.entries),r=new Set(t);e._zod.values=r,Ce(e,"pattern",i=>{let o=Qs(i.def.entries).filter(s=>Xu.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Kt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:e}),i}}),Id=q("$ZodLiteral",(e,n)=>{ve.init(e,n);let t=new Set(n.values);e._zod.values=t,Ce(e,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Kt(o):o?Kt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:n.values,input:o,inst:e}),r}});function Sd(e,n){return e.value=n.issues.length?void 0:n.value,e}var Rd=q("$ZodOptional",(e,n)=>{ve.init(e,n),Ce(e,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",Ce(e,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),Ce(e,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${ea(r.source)})?$`):void 0}),e._zod.parse=(t,r)=>{if(t.value===void 0){if(n.innerType._zod.optin!=="defaulted")return t;let i=n.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>Sd(t,o)):Sd(t,i)}return n.innerType._zod.run(t,r)}});d();var Nd;var ma=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(n,...t){let r=t[0];return this._map.set(n,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,n),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(n){let t=this._map.get(n);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(n),this}get(n){let t=n._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(n)};return Object.keys(i).length?i:void 0}return this._map.get(n)}has(n){return this._map.has(n)}};function zd(){return new ma}(Nd=globalThis).__zod_globalRegistry??(Nd.__zod_globalRegistry=zd());var rt=globalThis.__zod_globalRegistry;d();function Ld(e){return e.checks&&(e.checks=[...e.checks]),e}function Dd(e,n){return new e(Ld({type:"string",...ne(n)}))}function qd(e,n){return new e(Ld({type:"number",checks:[],...ne(n)}))}function Fd(e,n){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...ne(n)})}function Bd(e,n){return new e({type:"boolean",...ne(n)})}function jd(e,n){return new e({type:"never",...ne(n)})}function Zd(e,n){return new pa({check:"greater_than",...ne(n),value:e,inclusive:!1})}function it(e,n){return new pa({check:"greater_than",...ne(n),value:e,inclusive:!0})}function ga(e){return Zd(0,e)}function Si(e,n){return new md({check:"min_length",...ne(n),minimum:e})}function Ht(e,n){return new yd({check:"string_format",format:"regex",...ne(n),pattern:e})}function Ud(e,n){let t=Sb(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(vi(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(vi(o))}},e(r.value,r)),n);return t}function Sb(e,n){let t=new hn({check:"custom",...ne(n)});return t._zod.check=e,t}d();d();var Te=q("ZodMiniType",(e,n)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");ve.init(e,n),e.def=n,e.type=n.type},{get with(){return this.check},set with(e){Pn(this,"with",e)},parse(e,n){return aa(this,e,n,{callee:this.parse})},parseAsync(e,n){return la(this,e,n,{callee:this.parseAsync})},safeParse(e,n){return ca(this,e,n)},safeParseAsync(e,n){return ua(this,e,n)},check(...e){let n=this.def;return this.clone({...n,checks:[...n.checks??[],...e.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(e,n){return Vt(this,e,n)},brand(){return this},register(e,n){return e.add(this,n),this},apply(e,...n){return n.length===0?e(this):e(this,...n)}}),Ab=q("ZodMiniString",(e,n)=>{$d.init(e,n),Te.init(e,n)});function Y(e){return Dd(Ab,e)}var Gd=q("ZodMiniNumber",(e,n)=>{ha.init(e,n),Te.init(e,n)});function ya(e){return qd(Gd,e)}var _b=q("ZodMiniNumberFormat",(e,n)=>{Ad.init(e,n),Gd.init(e,n)});function wa(e){return Fd(_b,e)}var Ob=q("ZodMiniBoolean",(e,n)=>{_d.init(e,n),Te.init(e,n)});function Ke(e){return Bd(Ob,e)}var Pb=q("ZodMiniNever",(e,n)=>{Od.init(e,n),Te.init(e,n)});function Mb(e){return jd(Pb,e)}var Cb=q("ZodMiniArray",(e,n)=>{Pd.init(e,n),Te.init(e,n)});function Ve(e,n){return new Cb({type:"array",element:e,...ne(n)})}var Tb=q("ZodMiniObject",(e,n)=>{Md.init(e,n),Te.init(e,n),od(e,"shape",t=>t._zod.def.shape,!1)});function De(e,n){return new Tb({type:"object",shape:e,catchall:Mb(),...ne(n)})}var Eb=q("ZodMiniUnion",(e,n)=>{Cd.init(e,n),Te.init(e,n)});function ba(e,n){return new Eb({type:"union",options:e,...ne(n)})}var Wd=q("ZodMiniRecord",(e,n)=>{Td.init(e,n),Te.init(e,n)});function Kd(e,n,t){return!n||!n._zod?new Wd({type:"record",keyType:Y(),valueType:e,...ne(n)}):new Wd({type:"record",keyType:e,valueType:n,...ne(t)})}var Ib=q("ZodMiniEnum",(e,n)=>{Ed.init(e,n),Te.init(e,n),e.options=[...e._zod.values]});function pe(e,n){let t=Array.isArray(e)?Object.fromEntries(e.map(r=>[r,r])):e;return new Ib({type:"enum",entries:t,...ne(n)})}var Rb=q("ZodMiniLiteral",(e,n)=>{Id.init(e,n),Te.init(e,n)});function Jt(e,n){return new Rb({type:"literal",values:Array.isArray(e)?e:[e],...ne(n)})}var Nb=q("ZodMiniOptional",(e,n)=>{Rd.init(e,n),Te.init(e,n)});function Mn(e){return new Nb({type:"optional",innerType:e})}function xi(e,n){return Ud(e,n)}d();var Cn=/^[a-z][a-z0-9-]*$/;function le(e,n){return rt.add(e,{description:n}),e}var z=(e,n)=>Mn(le(e,n)),va=e=>le(Y().check(Ht(Cn,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${e} id: lowercase letters, digits and dashes, starting with a letter`),Vd=["product-led","marketing-led","sales-led"],Db=["self-serve","product-led-sales","sales-led"],qb=["one-to-many","single-player"],Fb=["freemium","trial","freemium-and-trial","none"],Bb=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],$i=["error","warning","info","off"],Ai=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","unknown-feature","limit-outside-plan","non-monotonic-limit","non-monotonic-price","plan-adds-nothing","add-on-conflict","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","tight-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","weak-lift","no-upgrade-trigger","unmetered-value-metric","thin-step","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],ot=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","unknown-feature","limit-outside-plan"],Xt=Ai.filter(e=>e!=="unused-accept"&&!ot.includes(e)),jb=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],Yd=["seat","workspace","account","usage"],Hd=["month","year"],Zb=e=>le(Y().check(Ht(/\S/,{error:"must not be empty"})),e),Ub=le(De({name:le(Y().check(Si(1)),"The product name"),url:z(Y(),"The product web site")}),"The product this file packages"),Wb=le(De({acquisition:z(pe(Vd),"How users find the product (default product-led)"),retention:z(pe(Vd),"What keeps users coming back (default product-led)"),monetization:z(pe(Db),"How revenue is collected (default self-serve)"),relationship:z(pe(qb),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:z(pe(Fb),"The free offer (default freemium)"),trialDays:z(wa().check(ga()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:z(Ve(pe(Bb)),"Why there is a free offer at all"),qualifiedBy:z(Ve(pe(jb)),"The product signals that qualify an account for sales (product-qualified leads)"),valueMetric:z(Y(),"The feature whose amount the price scales with: the wall a growing customer should pay to lift")}).check(xi((e,n)=>{typeof e.trialDays=="number"&&e.freeOffer!=="trial"&&e.freeOffer!=="freemium-and-trial"&&n.addIssue({code:"custom",path:["trialDays"],input:e.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${e.freeOffer??"freemium, the default"})`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Jd=le(ba([ya().check(it(0)),Jt("contact-sales")]),"A number >= 0, or contact-sales"),Xd=le(De({id:va("Plan"),name:z(Y(),"Display name (default: id)"),price:Jd,per:z(pe(Yd),"What the price is per"),period:z(pe(Hd),"Billing period"),minSeats:z(wa().check(it(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:z(Ke(),"Bought through sales even when it has a list price")}).check(xi((e,n)=>{typeof e.minSeats=="number"&&e.per!=="seat"&&n.addIssue({code:"custom",path:["minSeats"],input:e.minSeats,message:`minSeats only goes with per: seat (per is ${e.per??"not written"})`}),e.salesAssisted===!0&&e.price===0&&n.addIssue({code:"custom",path:["salesAssisted"],input:e.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A plan; plans are ordered from lowest to highest"),Qd=le(De({id:va("Add-on"),name:z(Y(),"Display name (default: id)"),price:Jd,per:z(pe(Yd),"What the price is per"),period:z(pe(Hd),"Billing period"),from:z(Y(),"The lowest plan that can buy it (default: the lowest plan)"),requires:z(Ve(Y()),"Add-on ids that must be bought with it"),excludes:z(Ve(Y()),"Add-on ids that cannot be bought with it")}),"An add-on, sold on top of a plan"),Gb=le(ba([ya().check(it(0)),Jt("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),ef=e=>z(De(Object.fromEntries(Xt.map(n=>[n,Mn(Zb("Why the team accepts it"))]))),e),Kb=le(De({virality:z(Ke(),"Sharing, invites, public output: network effects"),universality:z(Ke(),"Enough for nearly every user, whatever their complexity"),ahaMoment:z(Ke(),"Needed to reach first value"),habitLoop:z(Ke(),"Brings users back: notifications, channels, reminders"),friction:z(Ke(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:z(Ke(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),nf=le(De({id:va("Feature"),name:z(Y(),"Display name (default: id)"),description:z(Y(),"What the feature does"),category:z(Y(),"Groups rows in the matrix"),plan:z(Y(),"The lowest plan that includes it; every higher plan includes it too"),addOn:z(Y(),"The add-on this feature comes with; beside plan: sold as this add-on below plan"),unit:z(Y(),"What `limits` counts"),limits:z(Kd(Y(),Gb),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),lowerIsBetter:z(Ke(),"The limit is better when lower (a polling interval, a response time): not a usage wall"),signals:Mn(Kb),status:z(pe(["shipped","planned"]),"shipped (default) or planned"),requestedBy:z(Ve(Y()),"The customers who asked for it"),rationale:z(Y().check(Ht(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:ef("Findings on this feature the team accepted: rule id -> reason")}).check(xi((e,n)=>{if(e.plan===void 0&&e.addOn===void 0&&n.addIssue({code:"custom",path:["id"],input:e.id,message:`Feature${typeof e.id=="string"?` "${e.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`}),e.lowerIsBetter===!0&&e.limits&&typeof e.limits=="object")for(let[t,r]of Object.entries(e.limits))r==="unlimited"&&n.addIssue({code:"custom",path:["limits",t],input:r,message:`\`unlimited\` does not go with \`lowerIsBetter: true\`: a lower-is-better limit (an interval, a response time) needs a number on plan "${t}", or no entry`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A feature"),Vb=pe($i),Yb=Jt("error"),Hb=le(De(Object.fromEntries(Ai.map(e=>[e,Mn(ot.includes(e)?Yb:Vb)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),ka=De({version:le(Jt(1),"The format version: 1"),product:Ub,growth:Mn(Wb),plans:le(Ve(Xd).check(Si(1)),"The plans, from lowest to highest"),addOns:z(Ve(Qd),"Add-ons sold on top of a plan"),features:le(Ve(nf),"The features"),accept:ef("Findings that name no feature, accepted by the team: rule id -> reason"),rules:Mn(Hb)}).register(rt,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});d();var gn=be(ze());d();var W=be(ze());d();var pf=be(ze());d();var qe=be(ze());var _i=32767,Sa=new WeakMap;function Qt(e,n,t,r){let i=t-n,o=r-t;return i>=0&&o>=0&&i<=_i&&o<=_i?i|o<<15:(Sa.set(e,[i,o]),-1)}function xa(e,n,t,r){e._r0=n,e._rl=Qt(e,n,t,r)}function tf(e){let n=e._r0,t=e._rl;if(t>=0){let o=n+(t&_i);return[n,o,o+(t>>>15)]}let[r,i]=Sa.get(e);return[n,n+r,n+r+i]}var Jb=Symbol("compact node: virtual keys"),Xb=Symbol.for("yaml.node.type");function Oi(e){Object.defineProperty(e,"range",{get(){return this._r0<0?void 0:tf(this)},set(n){n?xa(this,n[0],n[1],n[2]):this._r0=-1},configurable:!0})}function Pi(e,n,t){Object.defineProperty(e,n,{get(){return t(this)},set(r){Object.defineProperty(this,n,{value:r,writable:!0,enumerable:!0,configurable:!0})},configurable:!0})}function er(e,n,t){let r=Object.create(e.prototype);return Object.defineProperty(r,"constructor",{value:e,writable:!0,configurable:!0}),n&&Object.defineProperty(r,Xb,{value:n}),Object.defineProperty(r,Jb,{value:t}),r}var $a=Symbol.for("yaml.scalar"),Qb=Symbol.for("yaml.pair"),Mi=er(qe.Scalar,$a,["range","source","type"]);Oi(Mi);Pi(Mi,"source",e=>e.value);Pi(Mi,"type",()=>"PLAIN");var Aa=er(qe.Scalar,$a,["range","source"]);Oi(Aa);Pi(Aa,"source",e=>e.value);var _a=er(qe.Scalar,$a,["range","type"]);Oi(_a);Pi(_a,"type",()=>"PLAIN");var ev=er(qe.Pair,Qb,[]);function rf(e,n,t,r){this.value=e,this._r0=n,this._rl=Qt(this,n,t,r)}function of(e,n,t,r,i){this.value=e,this._r0=n,this._rl=Qt(this,n,t,r),this.type=i}function sf(e,n,t,r,i){this.value=e,this._r0=n,this._rl=Qt(this,n,t,r),this.source=i}function af(e,n){this.key=e,this.value=n}rf.prototype=Mi;of.prototype=Aa;sf.prototype=_a;af.prototype=ev;var nv=rf,tv=of,rv=sf,Oa=(e,n,t,r)=>new nv(e,n,t,r),Ci=(e,n,t,r,i)=>new tv(e,n,t,r,i),Ti=(e,n,t,r,i)=>new rv(e,n,t,r,i),Ei=(e,n)=>new af(e,n);function lf(e,n){function t(i,o,s,a){this.items=[],this._s=i,this._r0=o,this._rl=s===void 0?0:Qt(this,o,s,a??s)}let r=er(e,n,["range"]);return Oi(r),Object.defineProperty(r,"schema",{get(){return this._s},set(i){this._s=i},configurable:!0}),t.prototype=r,t}var Ii=lf(qe.YAMLMap,Symbol.for("yaml.map")),Ri=lf(qe.YAMLSeq,Symbol.for("yaml.seq"));function nr(e,n,t,r){let i=e;typeof i._r0=="number"?xa(i,n,t,r):e.range=[n,t,r]}function cf(e,n){let t=e;if(typeof t._r0=="number"){if(t._r0<0)return;let i=tf(t);xa(t,n(i[0]),n(i[1]),n(i[2]));return}let r=e.range;r&&(r[0]=n(r[0]),r[1]=n(r[1]),r[2]=n(r[2]))}function tr(e){let n=e;if(typeof n._r0!="number")return e.range[2];let t=n._rl;if(t>=0)return n._r0+(t&_i)+(t>>>15);let[r,i]=Sa.get(n);return n._r0+r+i}function uf(e){let n=e;return typeof n._r0=="number"?n._r0:e.range[0]}d();var ce=be(ze());d();var Tn={prettyErrors:!1,uniqueKeys:!1,keepSourceTokens:!1},Ca=/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)|(?<=[\s\S])\ufeff|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,Pa=class{},rr=new Pa,Ma={trace:!1,last:""};function _(){return Ma.trace&&(Ma.last=new Error().stack?.split(`
`)[2]?.trim()??""),rr}function ir(e,n,t,r){for(let i=n;i<t;i++){let o=e.charCodeAt(i);if(r===34&&o===92)i++;else if(o===r)if(r===39&&e.charCodeAt(i+1)===39)i++;else return i}return-1}function st(e,n,t,r){if(r===34){let s=e.indexOf('"',n+1);if(s<0||s>t)throw _();let a=n+1;for(;a<s&&e.charCodeAt(a)!==92;)a++;if(a===s)return{value:e.slice(n+1,s),end:s+1};let l="",c=n+1;for(let u=n+1;;u++){if(u>=t)throw _();let f=e.charCodeAt(u);if(f===34){s=u;break}if(f!==92)continue;l+=e.slice(c,u);let p=e[u+1],m=iv[p];if(m!==void 0)l+=m,u++;else{let g=p==="x"?2:p==="u"?4:p==="U"?8:0,h=e.slice(u+2,u+2+g);if(g===0||u+2+g>t||!/^[0-9a-fA-F]+$/.test(h))throw _();let y=Number.parseInt(h,16);if(y>1114111)throw _();l+=String.fromCodePoint(y),u+=1+g}c=u+1}return{value:l+e.slice(c,s),end:s+1}}let i="",o=n+1;for(;;){let s=e.indexOf("'",o);if(s<0||s>t)throw _();if(e.charCodeAt(s+1)===39){i+=e.slice(o,s+1),o=s+2;continue}return i+=e.slice(o,s),{value:i,end:s+1}}}var ke=class{constructor(n){this.literal=n}};function En(){return Object.setPrototypeOf({},null)}var iv=Object.assign(Object.create(null),{0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\"});function Ni(e,n){let t=e.charCodeAt(n);return t===44||t===91||t===93||t===123||t===125}function df(e,n){let t=e.charCodeAt(n);return e.charCodeAt(n+1)===t&&e.charCodeAt(n+2)===t&&(Ee(e,n+3)||e.charCodeAt(n+3)===9)}function Ee(e,n){let t=e.charCodeAt(n);return t===32||t===10||t===13||Number.isNaN(t)}function zi(e){let n=e.value;return n===0&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(e.source??"")?new ke(String(e.source)):n}var ov=50;function ff(e,n,t){let r=e.slice(n,t);if(/[|>][1-9]?\+/.test(r))throw _();let i=`l:
`,o=(0,ce.parseDocument)(i+r,Tn);if(o.errors.length||o.warnings.length)throw _();let s=o.contents;if(!(0,ce.isMap)(s)||s.items.length!==1)throw _();let a=s.items[0].value;if(!(0,ce.isCollection)(a)||(0,ce.isMap)(a)||a.flow||a.items.length!==1)throw _();let l=a.items[0];if(Ta(l))throw _();let c=n-i.length,u=Li(l,0,c);return{node:l,plain:u}}function Li(e,n,t){if(e==null)return null;if(n>ov||(0,ce.isAlias)(e))throw _();let r=e;if(r.anchor)throw _();if(cf(r,i=>i+t),(0,ce.isScalar)(r))return r.value===0&&r.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(r.source??"")?new ke(String(r.source)):r.value;if((0,ce.isMap)(r)){let i=En(),o=r.items[r.items.length-1];if(o&&Ta(o.value))throw _();for(let s of r.items){if(!(0,ce.isPair)(s)||!(0,ce.isScalar)(s.key))throw _();let a=s.key.value,l=a===null||typeof a!="object"?String(a):JSON.stringify(a);if(l in i)throw _();Li(s.key,n+1,t),i[l]=Li(s.value,n+1,t)}return i}if((0,ce.isCollection)(r)){let i=r.items,o=i[i.length-1];if(i.length&&Ta(o))throw _();return i.map(s=>Li(s,n+1,t))}throw _()}function Ta(e){let n=e?.range;return!n||n[0]===n[1]}d();var In=be(ze());var sv=new In.Document().directives.constructor,at=new Uint8Array(128);for(let e of"[]{},#&*!|>'\"%@`")at[e.charCodeAt(0)]=1;var Ea=new Uint8Array(128);for(let e=65;e<=122;e++)(e<=90||e>=97)&&(Ea[e]=1);for(let e of"nNtTfF")Ea[e.charCodeAt(0)]=0;var qi=1e3,av=1e4,lv=4096,Di=class{constructor(n){this.text=n;this.comments=[];this.lastEmpty=!1;this.strings=new Map;this.resolvedKeys=new Map;this.resolvedValues=new Map;this.anchors=new Map;this.expanded=0;this.len=n.length,this.pos=n.charCodeAt(0)===65279?1:0;let t=0;for(let o=n.indexOf("	");o>=0;o=n.indexOf("	",o+1))t++;this.tabs=t;let r=Object.assign({_directives:new sv({version:"1.2"})},Tn);this.doc=new In.Document(void 0,r);let i=this.doc.schema;if(i.compat)throw _();this.schema=i,this.options=this.doc.options,this.tags=i.tags.filter(o=>o.test!==void 0&&o.default!==!1),this.strTag=i[Symbol.for("yaml.scalar")],this.strIsText=this.strTag.tag==="tag:yaml.org,2002:str"&&this.strTag.resolve("x",()=>{},this.options)==="x"}multiQuoted(n,t,r,i){let o=this.text;if(ir(o,n+1,t,r)>=0)return;let s=(f,p)=>{let m=o.slice(f,p);if(r===34&&m.includes("\\"))throw _();return r===39?m.replace(/''/g,"'"):m},a=t;for(;a>n+1&&o.charCodeAt(a-1)===32;)a--;let l=s(n+1,a),c=this.after(t),u=0;for(;;){if(c>=this.len)throw _();let f=c;for(;o.charCodeAt(f)===32;)f++;let p=this.lineEnd(f);if(f===p){if(f>c)throw _();u++,c=this.after(p);continue}if(f-c<=i||o.charCodeAt(f)===35)throw _();let m=ir(o,f,p,r),g=m>=0?m:p;if(m<0)for(;o.charCodeAt(g-1)===32;)g--;if(l+=(u?`
`.repeat(u):" ")+s(f,g),u=0,m>=0)return{value:l,end:m+1,eol:p};c=this.after(p)}}nameEnd(n,t){let r=this.text,i=n;for(;i<t;i++){let o=r.charCodeAt(i);if(!(o>=48&&o<=57||o>=65&&o<=90||o>=97&&o<=122||o===45||o===95))break}if(i===n||!(i>=t||r.charCodeAt(i)===32||Ni(r,i)))throw _();return i}alias(n,t,r){let i=this.text.slice(n+1,t),o=this.anchors.get(i);if(!o)throw _();let s=new In.Alias(i);return nr(s,n,t,r),[s,this.copyPlain(o.plain)]}copyPlain(n){if(++this.expanded>av)throw _();if(n===null||typeof n!="object")return n;if(n instanceof ke)return new ke(n.literal);if(Array.isArray(n))return n.map(r=>this.copyPlain(r));let t=En();for(let r of Object.keys(n))t[r]=this.copyPlain(n[r]);return t}where(){return Math.min(this.pos,this.len)}comment(n,t){this.tabs>0&&this.comments.push(n,t)}strayTab(n,t,r){if(this.tabs===0)return!1;let i=this.comments;for(let o=this.text.indexOf("	",n);o>=0&&o<t;o=this.text.indexOf("	",o+1)){for(;r<i.length&&i[r+1]<=o;)r+=2;if(!(r<i.length&&i[r]<=o))return!0}return!1}checkTabs(){if(this.tabs===0)return;let n=this.comments,t=0;for(let r=this.text.indexOf("	");r>=0;r=this.text.indexOf("	",r+1)){for(;t<n.length&&n[t+1]<=r;)t+=2;if(!(t<n.length&&n[t]<=r))throw this.pos=r,_()}}lineEnd(n){let t=this.text.indexOf(`
`,n);return t<0?this.len:this.text.charCodeAt(t-1)===13&&t-1>=n?t-1:t}after(n){return n>=this.len?this.len:this.text.charCodeAt(n)===13?n+2:n+1}plainLines(n,t,r,i){let o=this.text,s=o.slice(t,r),a=r,l=i,c=this.after(i),u=0,f=!1;for(;c<this.len;){let p=c;for(;o.charCodeAt(p)===32;)p++;let m=this.lineEnd(p);if(p===m){if(p>c)throw _();u++,c=this.after(m);continue}if(p-c<=n||o.charCodeAt(p)===35)break;let g=o.charCodeAt(p);if(g<128&&at[g]||g===45||g===63||g===58)throw _();let h=m;for(let y=p;y<m;y++){let v=o.charCodeAt(y);if(v===35&&o.charCodeAt(y-1)===32||v===58&&(y+1>=m||o.charCodeAt(y+1)===32))throw _()}for(;o.charCodeAt(h-1)===32;)h--;s+=(u?`
`.repeat(u):" ")+o.slice(p,h),u=0,f=!0,a=h,l=m,c=this.after(m)}return f?{value:s,valueEnd:a,eol:l}:void 0}lineTail(n,t){let r=this.text,i=n;for(;r.charCodeAt(i)===32;)i++;if(i<t&&!(r.charCodeAt(i)===35&&i>n))throw _();return i<t&&this.comment(i,t),this.after(t)}intern(n){if(n.length>24)return n;let t=this.strings.get(n);return t!==void 0?t:(this.strings.set(n,n),n)}quotedScalar(n,t,r,i,o){let s=this.intern(r);return Ci(s,n,t,o,i===34?"QUOTE_DOUBLE":"QUOTE_SINGLE")}plainScalar(n,t,r,i,o){let s=this.intern(o??this.text.slice(n,t)),a=s.charCodeAt(0);if(a<128&&Ea[a]&&this.strIsText)return Oa(s,n,t,r);let l=this.resolvePlain(s,i),c=l.string?Oa(s,n,t,r):Ti(l.value,n,t,r,s);return l.digits!==void 0&&(c.minFractionDigits=l.digits),l.format&&(c.format=l.format),c}resolvePlain(n,t){let r=t?this.resolvedKeys:this.resolvedValues,i=r.get(n);if(i)return i;let o=this.strTag;for(let c of this.tags)if((c.default===!0||t&&c.default==="key")&&c.test.test(n)){o=c;break}let s=!1,a=o.resolve(n,()=>{s=!0},this.options);if(s)throw _();let l=(0,In.isScalar)(a)?{string:!1,value:a.value,digits:a.minFractionDigits,format:o.format}:{string:a===n,value:a,digits:void 0,format:o.format};return r.size<lv&&n.length<=24&&r.set(n,l),l}flowScalar(n,t,r){let i=this.text,o=i.charCodeAt(n);if(o===42&&!r){let c=this.nameEnd(n+1,t),u=c;for(;i.charCodeAt(u)===32;)u++;if(!Ni(i,u)||i.charCodeAt(u)===91||i.charCodeAt(u)===123)throw _();let[f,p]=this.alias(n,c,u);return[f,p,u]}if(o===34||o===39){let c=st(this.text,n,t,o),u=c.end;for(;i.charCodeAt(u)===32;)u++;return[this.quotedScalar(n,c.end,c.value,o,r?c.end:u),c.value,r?c.end:u]}if(o<128&&at[o]||(o===45||o===63||o===58)&&(Ee(i,n+1)||Ni(i,n+1)))throw _();let s=n;for(;s<t;s++){let c=i.charCodeAt(s);if(c===58){if(r&&i.charCodeAt(s+1)===32)break;throw _()}if(c===44||c===93||c===125){if(r)throw _();break}if(c===91||c===123)throw _();if(c===35&&i.charCodeAt(s-1)===32)throw _()}let a=s;for(;i.charCodeAt(a-1)===32;)a--;if(r&&a!==s)throw _();let l=this.plainScalar(n,a,s,r);return[l,zi(l),s]}flowCollection(n,t){let r=this.text,i=r.charCodeAt(n)===123,o=i?125:93,s=i?new Ii(this.schema,n):new Ri(this.schema,n);s.flow=!0;let a=[],l=En(),c=s.items,u=n+1;for(;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o)u++;else for(;;){if(u>=t)throw _();if(i){let[m,g,h]=this.flowScalar(u,t,!0);if(r.charCodeAt(h)!==58||r.charCodeAt(h+1)!==32||h-u>qi)throw _();let y=g===null||typeof g!="object"?String(g):JSON.stringify(g);if(y in l)throw _();for(u=h+1;r.charCodeAt(u)===32;)u++;let[v,k,S]=this.flowScalar(u,t,!1);c.push(Ei(m,v)),l[y]=k,u=S}else{let[m,g,h]=this.flowScalar(u,t,!1);c.push(m),a.push(g),u=h}let p=r.charCodeAt(u);if(p===o){u++;break}if(p!==44)throw _();for(u++;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o||r.charCodeAt(u)===44)throw _()}let f=this.lineTail(u,t);return s.items=c.slice(),nr(s,n,u,f),[s,i?l:a,f]}};var cv=64;function hf(e,n){let t=Ca.exec(e);if(t){n&&(n.at=t.index);return}let r=new Ia(e);try{return r.run()}catch(i){if(i!==rr)throw i;n&&(n.at=r.where());return}}var Ia=class extends Di{constructor(){super(...arguments);this.nextIndent=-1;this.nextOffset=0;this.regionMaxComment=-1;this.regionConsumed=!1;this.depth=0;this.maxDepth=0;this.yamlItems=!1;this.docStart=-1;this.started=!1;this.plainOut=void 0}run(){if(this.scanRegion(Number.POSITIVE_INFINITY),this.started=!0,this.nextIndent!==0)throw _();let t=this.nextOffset,r=this.parseMap(0,t),i=this.plainOut;if(this.nextIndent!==-1)throw _();this.checkTabs();let o=this.doc;o.contents=r;let s=tr(r);return this.docStart>=0&&(o.directives.docStart=!0),o.range=[this.docStart>=0?this.docStart:t,s,this.regionConsumed||this.lastEmpty?s:this.len],{doc:o,plain:i,...this.yamlItems?{}:{blockDepth:this.maxDepth}}}scanRegion(t){let r=this.text,i=this.pos,o=!0;for(this.regionMaxComment=-1,this.regionConsumed=!1;;){let s=i;for(;r.charCodeAt(s)===32;)s++;if(s>=this.len){this.nextIndent=-1,this.nextOffset=this.len,this.pos=this.len;return}let a=r.charCodeAt(s);if(a===10||a===13){i=this.after(s);continue}if(a===35){let l=s-i;if(o&&l>t)throw _();o=!1,l>this.regionMaxComment&&(this.regionMaxComment=l);let c=this.lineEnd(s);this.comment(s,c),i=this.after(c);continue}if(s===i&&(a===45||a===46)&&df(r,s)){if(a!==45||this.docStart>=0||t!==Number.POSITIVE_INFINITY||this.started)throw _();this.docStart=s;let l=s+3;for(;r.charCodeAt(l)===32;)l++;let c=this.lineEnd(s);if(l<c&&!(r.charCodeAt(l)===35&&l>s+3))throw _();this.comment(l,c),i=this.after(c),o=!0;continue}this.nextIndent=s-i,this.nextOffset=s,this.pos=i;return}}closeRange(t,r,i){let o=i;!this.lastEmpty&&!this.regionConsumed&&r>0&&this.regionMaxComment>=r&&(o=this.nextOffset,this.regionConsumed=!0),nr(t,uf(t),i,o)}enter(){if(++this.depth>cv)throw _();this.depth>this.maxDepth&&(this.maxDepth=this.depth)}parseMap(t,r){this.enter();let i=this.text,o=new Ii(this.schema,r),s=En(),a=o.items,l=r,c=r;for(;;){let u=this.lineEnd(l),f,p,m=i.charCodeAt(l);if(m===34||m===39){let S=st(this.text,l,u,m);if(f=this.quotedScalar(l,S.end,S.value,m,S.end),p=S.end,i.charCodeAt(p)!==58||!Ee(i,p+1))throw _();if(p-l>qi)throw _()}else{if(m<128&&at[m])throw _();if((m===45||m===63||m===58)&&Ee(i,l+1))throw _();p=-1;for(let S=l;S<u;S++){let x=i.charCodeAt(S);if(x===58){let O=i.charCodeAt(S+1);if(S+1>=u||O===32){p=S;break}}else if(x===35&&i.charCodeAt(S-1)===32)throw _()}if(p<0||i.charCodeAt(p-1)===32||p-l>qi)throw _();f=this.plainScalar(l,p,p,!0)}let g=f.value,h=g===null||typeof g!="object"?String(g):JSON.stringify(g);if(h in s)throw _();let y=this.parseValue(t,p+1,u,!0),v=this.plainOut;a.push(Ei(f,y)),s[h]=v,c=tr(y);let k=this.nextIndent;if(k===t){if(i.charCodeAt(this.nextOffset)===45&&Ee(i,this.nextOffset+1))throw _();l=this.nextOffset;continue}if(k>t)throw _();break}return o.items=a.slice(),this.closeRange(o,t,c),this.depth--,this.plainOut=s,o}parseSeq(t,r){this.enter();let i=this.text,o=new Ri(this.schema,r),s=[],a=o.items,l=r,c=r,u=!1,f=this.depth===2;for(;;){let p=this.lineEnd(l),m=this.depth,g=this.comments.length,h,y;try{if(h=this.parseValue(t,l+1,p,!1,u),y=this.plainOut,f&&this.strayTab(this.lineStart(l),tr(h),g))throw rr}catch(v){if(v!==rr||!f)throw v;this.depth=m,this.comments.length=g,h=this.yamlItem(t,l),y=this.plainOut}if(a.push(h),s.push(y),c=tr(h),this.nextIndent===t){if(i.charCodeAt(this.nextOffset)===45&&Ee(i,this.nextOffset+1)){l=this.nextOffset,u=this.regionMaxComment>=0;continue}break}if(this.nextIndent>t)throw _();break}return o.items=a.slice(),this.closeRange(o,t,c),this.depth--,this.plainOut=s,o}parseValue(t,r,i,o,s=!1){let a=this.text,l=r;for(;a.charCodeAt(l)===32;)l++;let c=l<i&&l>r?a.charCodeAt(l):0;if(c===42){let y=this.nameEnd(l+1,i),v=y;for(;a.charCodeAt(v)===32;)v++;if(v<i&&!(a.charCodeAt(v)===35&&v>y))throw _();v<i&&this.comment(v,i);let k=this.after(i),[S,x]=this.alias(l,y,k);return this.pos=k,this.lastEmpty=!1,this.scanRegion(t),this.plainOut=x,S}if(c!==38)return this.parseNode(t,r,i,o,s);let u=this.nameEnd(l+1,i);if(a.charCodeAt(u)!==32&&u<i)throw _();let f=a.slice(l+1,u);if(this.anchors.has(f))throw _();let p=u;for(;a.charCodeAt(p)===32;)p++;let m=p<i?a.charCodeAt(p):10;if(m===38||m===42||m===33||m===124||m===62)throw _();if(m!==10&&m!==35&&this.startsKey(p,i))throw _();let g=this.parseNode(t,u,i,o,s),h=this.plainOut;if(this.lastEmpty&&(0,pf.isScalar)(g))throw _();return g.anchor=f,this.anchors.set(f,{node:g,plain:h}),this.plainOut=h,g}parseNode(t,r,i,o,s){let a=this.text,l=r;for(;a.charCodeAt(l)===32;)l++;if(!(l>r||l>=i))throw _();let c=l<i?a.charCodeAt(l):10;if(c===10||c===35){c===35&&this.comment(l,i),this.pos=this.after(i),this.scanRegion(Number.POSITIVE_INFINITY);let m=this.nextIndent,g=this.nextOffset,h=m>=0&&a.charCodeAt(g)===45&&Ee(a,g+1);if(m>t||o&&m===t&&h)return h?this.parseSeq(m,g):this.parseMap(m,g);if(c===35||s||this.regionMaxComment>=0)throw _();let y=Ti(null,l,l,l,"");return this.lastEmpty=!0,this.plainOut=null,y}if(!o){if(c===45&&Ee(a,l+1))throw _();if(this.startsKey(l,i))return this.parseMap(l-this.lineStart(l),l)}let u,f,p;if(c===34||c===39){let m=this.multiQuoted(l,i,c,t),g=m??st(this.text,l,i,c);m&&(i=m.eol),p=this.lineTail(g.end,i),u=this.quotedScalar(l,g.end,g.value,c,p),f=g.value}else if(c===91||c===123)[u,f,p]=this.flowCollection(l,i);else{if(c===124||c===62)return this.blockScalar(t,l,i);{if(c<128&&at[c]||(c===45||c===63||c===58)&&Ee(a,l+1))throw _();let m=i;for(let y=l;y<i;y++){let v=a.charCodeAt(y);if(v===35&&a.charCodeAt(y-1)===32){m=y,this.comment(y,i);break}if(v===58&&(y+1>=i||a.charCodeAt(y+1)===32))throw _()}let g=m<i;for(;a.charCodeAt(m-1)===32;)m--;let h=g?void 0:this.plainLines(t,l,m,i);h?(i=h.eol,p=this.after(i),u=this.plainScalar(l,h.valueEnd,p,!1,h.value)):(p=this.after(i),u=this.plainScalar(l,m,p,!1)),f=zi(u)}}return this.pos=this.after(i),this.lastEmpty=!1,this.scanRegion(t),this.plainOut=f,u}yamlItem(t,r){this.yamlItems=!0;let i=this.text,o=this.lineStart(r),s=this.after(this.lineEnd(r)),a=s;for(;s<this.len;){let u=s;for(;i.charCodeAt(u)===32;)u++;let f=this.lineEnd(u);if(u===f&&u>s)throw _();if(u<f&&i.charCodeAt(u)!==35){if(u-s<=t)break;a=this.after(f)}s=this.after(f)}let{node:l,plain:c}=ff(i,o,a);return this.comment(o,a),this.pos=a,this.lastEmpty=!1,this.scanRegion(t),this.plainOut=c,l}lineStart(t){return this.text.lastIndexOf(`
`,t-1)+1}startsKey(t,r){let i=this.text,o=i.charCodeAt(t);if(o===34||o===39){if(ir(i,t+1,r,o)<0)return!1;let s=st(this.text,t,r,o);return i.charCodeAt(s.end)===58}if(o===91||o===123)return!1;for(let s=t;s<r;s++){let a=i.charCodeAt(s);if(a===58&&(s+1>=r||i.charCodeAt(s+1)===32))return!0;if(a===35&&i.charCodeAt(s-1)===32)return!1}return!1}blockScalar(t,r,i){let o=this.text,s=o.charCodeAt(r)===62,a=r+1,l=o.charCodeAt(a)===45;for(l&&a++;o.charCodeAt(a)===32;)a++;if(a<i)throw _();let c=this.after(i),u=-1,f=[],p=c;for(;!(c>=this.len);){let y=c;for(;o.charCodeAt(y)===32;)y++;let v=this.lineEnd(y);if(y===v){if(y>c||u<0)throw _();f.push(""),c=this.after(v);continue}let k=y-c;if(u<0){if(k<=t)throw _();u=k}else if(k<u){if(k>t)throw _();break}else if(k>u)throw _();f.push(o.slice(y,v)),c=this.after(v),p=c}for(;f.length&&f[f.length-1]==="";)f.pop();let m="",g="";for(let y of f)s?y===""?g===`
`?m+=`
`:g=`
`:(m+=g+y,g=" "):(m+=g+y,g=`
`);if(u<0)throw _();l||(m+=`
`);let h=Ci(m,r,p,p,s?"BLOCK_FOLDED":"BLOCK_LITERAL");return this.pos=p,this.lastEmpty=!1,this.scanRegion(t),this.plainOut=m,h}};var mn=200,uv=2e5;function gf(e,n={}){let{parsed:t,plain:r}=fv(e,n);if(!t.doc)return{...t,plain:void 0,syntaxError:!0};if(r!==Ra)return{...t,plain:r,syntaxError:!1};try{return{...t,plain:xv(t.doc,t.doc.contents),syntaxError:!1}}catch(i){if(!(i instanceof lt))throw i;let o=i.node?.range,s={message:i.message,span:o?{start:o[0],end:o[1]}:{start:0,end:0}};return{...t,doc:void 0,problems:[s],plain:void 0,syntaxError:!0}}}var Ra=Symbol("not read"),dv={fast:!0};function fv(e,n={}){let t=h=>({parsed:h,plain:Ra}),r=kv(e),i=[],o=e.indexOf("\0");if(o>=0)return i.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:o,end:o+1}}),t({text:e,doc:void 0,lineCounter:r,problems:i});let s=e.indexOf("\r");if(s>=0&&!e.includes(`
`)&&s<e.length-1)return i.push({message:"The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.",span:{start:s,end:s+1}}),t({text:e,doc:void 0,lineCounter:r,problems:i});let a={at:0},l=dv.fast&&!n.yamlPath?hf(e,a):void 0;if(l)return{parsed:{text:e,doc:l.doc,lineCounter:r,problems:i,...l.blockDepth!==void 0?{blockDepth:l.blockDepth}:{}},plain:l.plain};let c=a.at,u=h=>({parsed:{...h,yamlPathAt:c},plain:Ra}),f=yv(e)??bv(e);if(f)return i.push(f),u({text:e,doc:void 0,lineCounter:r,problems:i});let p;try{p=(0,W.parseDocument)(e,Tn)}catch(h){return i.push({message:`The YAML parser gave up: ${h.message}`,span:{start:0,end:0}}),u({text:e,doc:void 0,lineCounter:r,problems:i})}let m=h=>(h.code==="MISSING_CHAR"||h.code==="BAD_INDENT")&&/must be sufficiently indented and end with a [}\]]/.test(h.message),g=gv(e,p.errors.filter(m).map(h=>Math.min(h.pos[0],e.length)));for(let h of p.errors){let y=Math.min(h.pos[0],e.length),v=Math.min(Math.max(h.pos[0],h.pos[1]),e.length);if(/call stack/i.test(h.message)){i.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:y,end:v}});break}if(h.code==="MULTIPLE_DOCS"){i.push({message:"A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.",span:{start:y,end:v}});continue}let k=m(h)?g.get(y):void 0;if(k!==void 0){i.push({message:`This \`${e[k]}\` is never closed: end the ${e[k]==="{"?"map with `}`":"list with `]`"} (a flow collection written over several lines must be indented more than its key).`,span:{start:k,end:k+1}});continue}i.push({message:mv(h.message),span:{start:y,end:v}})}return i.length===0&&i.push(...pv(p)),u({text:e,doc:i.length?void 0:p,lineCounter:r,problems:i})}var Fi=100;function pv(e){let n=[],t=[e.contents];for(;t.length;){let o=t.pop();if((0,W.isMap)(o)){let s=new Set;for(let a of o.items){let l=a.key;if((0,W.isScalar)(l)){let c=`${typeof l.value}:${String(l.value)}`;s.has(c)?n.push(a):s.add(c)}t.push(a.value)}}else if((0,W.isSeq)(o))for(let s of o.items)t.push(s)}let r=o=>{let s=o.key.range;return s?{start:s[0],end:s[1]}:{start:0,end:0}};n.sort((o,s)=>r(o).start-r(s).start);let i=n.slice(0,Fi).map(o=>({message:`Duplicate key "${hv(String(o.key.value))}": a key may appear only once in a map; remove or rename this one.`,span:r(o)}));return n.length>Fi&&i.push({message:`${n.length-Fi} more duplicate keys are not listed.`,span:r(n[Fi])}),i}function hv(e,n=60){return e.length>n?`${e.slice(0,n)}\u2026`:e}function mv(e){return(e.split(`
`)[0]??e).replace(/ at line \d+, column \d+:?$/,"")}function gv(e,n){let t=new Map,r=[...new Set(n)].sort((l,c)=>l-c),i=[],o=0,s=0,a=l=>{for(;s<r.length&&r[s]<=l;)t.set(r[s++],i[i.length-1])};for(let l=0;l<e.length&&s<r.length&&(a(l),!(s>=r.length));l++){let c=e.charCodeAt(l);if(o){o===34&&c===92?l++:c===o&&(o=0);continue}if(c===35&&(l===0||/\s/.test(e[l-1]))){let u=e.indexOf(`
`,l);if(u<0)break;a(u-1),l=u}else(c===34||c===39)&&i.length>0?o=c:c===123||c===91?i.push(l):(c===125||c===93)&&i.length&&i.pop()}return a(Number.POSITIVE_INFINITY),t}function yv(e){let n=0,t=!1,r=!1,i=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||e.charCodeAt(o-1)===32||e.charCodeAt(o-1)===9))i=!0;else if(s===34&&n>0)r=!0;else if(s===91||s===123){if(n++,n>mn)return wv(e)}else(s===93||s===125)&&n>0&&n--}}}function wv(e){let n=0,t=0;for(let r of new W.Lexer().lex(e)){if(r==="["||r==="{"){if(++n>mn)return{message:`Nesting deeper than ${mn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&n>0&&n--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function bv(e){let n=!1;for(let t=0;t<e.length&&!n;){let r=t;for(;e.charCodeAt(r)===32;)r++;let i=r-t;for(;;){let s=e.charCodeAt(r),a=e.charCodeAt(r+1);if((s===45||s===63)&&(a===32||a===9))for(i++,r+=2;e.charCodeAt(r)===32||e.charCodeAt(r)===9;)r++;else break}i+2>mn&&(n=!0);let o=e.indexOf(`
`,r);t=o<0?e.length:o+1}return n?vv(e):void 0}function vv(e){let n=[];for(let t of new W.Parser().parse(e))n.push([t,0]);for(n.reverse();n.length;){let[t,r]=n.pop();if(!t||typeof t!="object")continue;let i=t;if(i.type==="document"){n.push([i.value,r]);continue}if(i.type==="block-map"||i.type==="block-seq"||i.type==="flow-collection"){if(r+1>mn){let o=Math.min(i.offset??0,e.length);return{message:`Nesting deeper than ${mn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:o,end:Math.min(o+1,e.length)}}}for(let o of[...i.items??[]].reverse())n.push([o.value,r+1]),n.push([o.key,r+1])}}}function kv(e){let n=new Uint32Array(Math.max(16,Math.ceil(e.length/24))),t=1;for(let i=e.indexOf(`
`);i>=0;i=e.indexOf(`
`,i+1)){if(t===n.length){let o=new Uint32Array(t*2);o.set(n),n=o}n[t++]=i+1}let r=new W.LineCounter;return r.lineStarts=n.slice(0,t),r}function yf(e,n){let t=e.linePos(n.start),r=e.linePos(n.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function or(e){return(0,W.isScalar)(e)?String(e.value):e!=null?String(e):void 0}function Nn(e,n){if((0,W.isMap)(e)){for(let t of e.items)if(or(t.key)===n)return t}}function J(e,n){return Nn(e,n)?.value??void 0}var mf=new WeakMap;function Rn(e,n){let t=mf.get(e);if(!t){let r=new Map,i=new Map;(0,W.visit)(e,{Node:(o,s)=>{if((0,W.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,mf.set(e,t)}return t.get(n)}function Sv(e){return typeof e=="object"&&e!==null?JSON.stringify(e):String(e)}var lt=class extends Error{constructor(t,r){super(t);this.node=r}};function xv(e,n){let t=uv,r=(i,o,s=!1)=>{if(s&&--t<0)throw new lt("Aliases expand to too many nodes (an alias bomb?).",i);if(o>mn)throw new lt(`Nesting deeper than ${mn} levels.`,i);if((0,W.isAlias)(i)){let a=Rn(e,i);if(!a)throw new lt(`Unresolved alias *${i.source}.`,i);return r(a,o+1,!0)}if((0,W.isScalar)(i))return i.value===0&&i.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(i.source??"")?new ke(String(i.source)):i.value;if((0,W.isMap)(i)){let a=Object.create(null);for(let l of i.items){let c=(0,W.isAlias)(l.key)?Rn(e,l.key):l.key,u=(0,W.isScalar)(c)?c.value:c==null?null:String(c);Object.defineProperty(a,Sv(u),{value:r(l.value,o+1,s),enumerable:!0,writable:!0,configurable:!0})}return a}return(0,W.isSeq)(i)?i.items.map(a=>r(a,o+1,s)):i==null?null:void 0};return r(n,0)}function $v(e,n){let t=[{node:e.contents??void 0,pair:void 0}],r=e.contents;for(let i of n)if((0,gn.isAlias)(r)&&(r=Rn(e,r)),typeof i=="number"&&(0,gn.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,gn.isMap)(r)){let o=Nn(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function za(e){let n=ka;for(let t of e){n=wf(n);let r=n?._zod?.def;if(!r)return;if(r.type==="object")n=r.shape[t];else if(r.type==="array")n=r.element;else if(r.type==="record")n=r.valueType;else return}return wf(n)}function wf(e){for(;e?._zod?.def&&(e._zod.def.type==="optional"||e._zod.def.type==="nullable");)e=e._zod.def.innerType;return e}function bf(e){return e?rt.get(e)?.description:void 0}function Av(e){let n=za(e);return n?._zod?.def?.type==="object"?Object.keys(n._zod.def.shape):[]}function _v(e){return e==null?"nothing":e instanceof ke?`${e.literal} (a number too close to 0 to be represented: it would read as 0)`:typeof e=="number"&&!Number.isFinite(e)?Number.isNaN(e)?".nan (not a number)":`${e>0?"":"-"}.inf (infinity, not a usable number)`:typeof e=="string"?`"${e.length>40?`${e.slice(0,40)}\u2026`:e}" (text)`:typeof e=="number"||typeof e=="boolean"?`${e} (${typeof e=="number"?"a number":"true/false"})`:Array.isArray(e)?"a list":"a map"}function Na(e,n){if(e.length===0)return"the file";let t=[],r=n;for(let i=0;i<e.length;i++){let o=e[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,l=e[i-1],c=l==="plans"?"plan":l==="features"?"feature":l==="addOns"?"add-on":"item";c!=="item"&&t.pop(),t.push(`${c}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function Ov(e,n){if(!e)return;let r=(n&&e.pair?e.pair.key:e.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=e.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function Bi(e,n){for(let r=e.length-1;r>=0;r--){let i=e[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,gn.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=n.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function vf(e,n){if(n==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=ka.safeParse(n,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...Mv(e,n,i));return{data:void 0,problems:r}}function Pv(e){let n=new Map;if(!(0,gn.isMap)(e))return n;for(let t of e.items){let r=t.key,i=or(r)??"null";n.has(i)||n.set(i,t)}return n}function Mv(e,n,t){let r=t.path,i=$v(e,r),o=i.length===r.length+1,s=Na(r,n),a=r[r.length-1],l=r.length>1?` in ${Na(r.slice(0,-1),n)}`:"",c=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${l}`;if(t.code==="unrecognized_keys"){let y=a==="accept",v=Av(r),k=o?i[i.length-1].node:void 0,S=Pv(k),x=v.filter(O=>!S.has(O));return t.keys.map(O=>{let I=S.get(O)?.key?.range,A=y&&Ai.includes(O),D=A?void 0:un(O,x),F=D?` Did you mean \`${D}\`?`:y?"":` Known keys: ${v.join(", ")}.`;return{message:A?`\`${O}\` findings cannot be accepted: ${O==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:y?`Unknown rule \`${O}\` in ${s}: an \`accept\` entry names a rule id.${F}`:a==="rules"&&r.length===1?`Unknown rule \`${O}\` in \`rules\`.${F}`:`Unknown key \`${O}\` in ${s}.${F}`,span:I?{start:I[0],end:I[1]}:Bi(i,e),path:[...r,O],...D?{suggestion:D}:{}}})}let u=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:Bi(i,e),path:r}];if(!o||t.code==="invalid_type"&&u===void 0){let y=o?i.slice(0,-1):i,v=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${Na(v,n)}${Tv(bf(za(r)))}.`,span:Bi(y,e),path:r}]}let f=Ov(i[i.length-1],!1)??Bi(i,e),p=bf(za(r)),m=_v(u),g,h;switch(t.code){case"invalid_value":{let y=t.values.map(String);r[0]==="rules"&&ot.includes(String(a))?g=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${m}. Lower it in the editor settings or on the command line instead.`:y.length===1?g=`${c} must be ${y[0]}; got ${m}.`:(h=typeof u=="string"?un(u,y):void 0,g=`${c} must be one of ${y.join(", ")}; got ${m}.${h?` Did you mean \`${h}\`?`:""}`);break}case"invalid_format":if(g=`${c} is not valid: ${t.message}; got ${m}.`,typeof u=="string"&&/^[A-Za-z]/.test(u)){let y=u.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(y)&&(h=y,g+=` Try \`${y}\`.`)}break;case"too_small":g=t.origin==="array"?`${c} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${c} must not be empty.`:`${c} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${m}.`;break;case"custom":g=`${t.message}.`;break;case"invalid_type":g=`${c} must be ${Cv[t.expected]??t.expected}; got ${m}.`;break;default:g=`${c} must be ${kf(p)??"of another type"}; got ${m}.`}return[{message:g,span:f,path:r,...h?{suggestion:h}:{}}]}var Cv={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function Tv(e){let n=e?.trim().replace(/\.$/,"");return n?` (${kf(n)})`:""}function kf(e){return e&&e[0].toLowerCase()+e.slice(1)}d();var Se=be(ze());d();var Fe=["virality","universality","ahaMoment","habitLoop","friction","expansion"],zn=["virality","universality","ahaMoment","habitLoop"];d();function Sf(e){if(!e)return{recommendation:"unclassified",reasons:[]};let n=zn.filter(r=>e[r]===!0),t=[];return e.friction===!0&&t.push("friction"),e.expansion===!0&&t.push("expansion"),n.length>0?t.length>0?{recommendation:"free-limited",reasons:[...n,...t]}:{recommendation:"free",reasons:n}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function ji(e){if(e==="free"||e==="free-limited")return"free";if(e==="paid")return"paid"}function xf(e,n){let t=ji(e);return t!==void 0&&n!==null&&t!==n}d();var Ev=["b","kb","mb","gb","tb","byte","kilobyte","megabyte","gigabyte","terabyte"],Iv=["second","minute","min","hour","h","day","week","month","year"],Rv=new Set([...Ev,...Iv].flatMap(e=>[e,`${e}s`]));function $f(e){if(e===void 0)return!1;let n=e.trim().split(/[\s/]+/)[0]??"";return Rv.has(n.toLowerCase())}function Nv(e,n){let t=e.limits[n.id];return t!==void 0?t:e.placement&&n.rank>=e.placement.rank?"unlimited":void 0}function zv(e,n){if(e.lowerIsBetter)return;let t=e.limits[n];return typeof t=="number"?t:void 0}function Zi(e,n,t){let r=zv(e,t.id);if(r===void 0)return!1;let i=Nv(e,n);return i==="unlimited"||typeof i=="number"&&i>r}function Af(e){let n=e.features.every(s=>s.side!=="free"||s.signals!==void 0),t=e.hasGrowth?e.growth.valueMetric:void 0,r=t===void 0?void 0:e.idEntries.features.find(s=>s.id===t),i=r?.node?e.features.find(s=>s.idNode===r.node):void 0,o=i&&i.side!==null?i:void 0;return{freeSideClassified:n,...o?{valueMetric:o}:{},valueMetricWalledOnFree:o!==void 0&&o.side==="free"&&o.walledOnFree}}var Lv=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy","valueMetric"],yn=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);function sr(e,n){for(let t=n.rank+1;t<e.length;t++){let r=e[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var ct=(e,n)=>Mf(e.limits,n),Mf=(e,n)=>e[n]??"unlimited";function Cf(e,n,t){let r=e.contents,i=P=>(0,Se.isAlias)(P)?Rn(e,P):P??void 0,o=new Set;for(let P of t)for(let R=1;R<=Math.min(2,P.path.length);R++)o.add(P.path.slice(0,R).join("\0"));let s=(...P)=>o.has(P.join("\0")),a=P=>{let R=i(J(r,P)),w=n[P];return!(0,Se.isSeq)(R)||!Array.isArray(w)?[]:w.map(($,L)=>({node:i(R.items[L]),plain:$,ok:!s(P,L)}))},l=P=>{let R=yn(P)?P.id:void 0;return typeof R=="string"&&Cn.test(R)?R:void 0},c=P=>{let R=[];for(let w of P){let $=l(w.plain);$!==void 0&&R.push({id:$,node:i(J(w.node,"id"))})}return R},u=P=>typeof P=="string"?P:void 0,f=a("plans"),p=a("addOns"),m=a("features"),g={plans:c(f),addOns:c(p),features:c(m)},h=s("plans")&&!Array.isArray(n.plans),y=[],v=new Map;f.forEach((P,R)=>{if(h||!P.ok||!P.node||!yn(P.plain))return;let w=P.plain,$=w.price,L=w.per,B=w.minSeats,G=w.salesAssisted===!0,K={id:w.id,name:u(w.name)||w.id,price:$,...L!==void 0?{per:L}:{},...w.period!==void 0?{period:w.period}:{},...B!==void 0?{minSeats:B}:{},salesAssisted:G,free:$===0,sales:$==="contact-sales"||G,...typeof $=="number"?{entryPrice:L==="seat"&&B?$*B:$}:{},index:R,rank:y.length,node:P.node,idNode:i(J(P.node,"id")),priceNode:i(J(P.node,"price"))};y.push(K),v.has(K.id)||v.set(K.id,K)});let k=l(f[0]?.plain),S=[],x=new Map,O=s("addOns")&&!Array.isArray(n.addOns);p.forEach((P,R)=>{if(O||!P.ok||!P.node||!yn(P.plain))return;let w=P.plain,$=u(w.from)??k??"",L=v.get($),B=i(J(P.node,"from")),G=Oe=>{let X=i(J(P.node,Oe)),Q=w[Oe];if(!(0,Se.isSeq)(X)||!Array.isArray(Q)||!Q.length)return[];let ae=[];return Q.forEach((xe,ge)=>{let ye=i(X.items[ge]);typeof xe=="string"&&ye&&ae.push({id:xe,node:ye})}),ae},K={id:w.id,name:u(w.name)||w.id,price:w.price,...w.per!==void 0?{per:w.per}:{},...w.period!==void 0?{period:w.period}:{},from:$,...L?{fromPlan:L}:{},index:R,node:P.node,idNode:i(J(P.node,"id")),priceNode:i(J(P.node,"price")),...B&&w.from!==void 0?{fromNode:B}:{},freeTier:w.price===0&&L?.free===!0,requires:G("requires"),excludes:G("excludes")};S.push(K),x.has(K.id)||x.set(K.id,K)});let M=[];m.forEach((P,R)=>{if(!P.ok||!P.node||!yn(P.plain))return;let w=P.plain,$=w.signals,L=u(w.addOn),B=L!==void 0?x.get(L):void 0,G=u(w.plan),K=G===void 0&&L!==void 0,Oe=K?B?.from??"":G??"",X=K?B?.fromPlan:v.get(Oe),Q=K?B?B.freeTier?"free":"paid":null:X?X.free?"free":"paid":null,ae=K?void 0:B?.fromPlan,xe=ae&&X&&ae.rank<X.rank?ae:X,ge=w.lowerIsBetter===!0,ye=yn(w.limits)?w.limits:Bv,Je=qv(P.node,i),Un=La,mo=Je.limits;if((0,Se.isMap)(mo)&&mo.items.length){Un=new Map;for(let we of mo.items){let Xe=i(we.key);if(Xe&&Xe.value!==void 0&&!Un.has(String(Xe.value))){let kn=i(we.value);Un.set(String(Xe.value),kn===we.value?we:{...we,value:kn})}}Un.size||(Un=La)}let yr=Uv;if(X&&Q==="free"){let we=[];for(let Xe=X.rank;Xe<y.length;Xe++){let kn=y[Xe];if(!kn.free)continue;let wr=Mf(ye,kn.id);we.push(typeof wr=="number"&&!ge?{plan:kn,limit:wr,wall:wr}:{plan:kn,limit:wr})}we.length&&(yr=we.slice())}let rl=Zv($);M.push({id:w.id,name:u(w.name)||w.id,description:w.description,category:w.category,plan:Oe,addOn:L,addOnModel:B,addOnOnly:K,lowerIsBetter:ge,unitIsMeasure:$f(u(w.unit)),unit:w.unit,limits:ye,signals:$,status:w.status??"shipped",requestedBy:w.requestedBy,rationale:w.rationale,accept:Pf(e,Je.accept,w.accept),side:Q,placement:X,availableFrom:xe,freeLimits:yr,reachesFree:yr.some(we=>ge||we.limit!==0),walledOnFree:yr.some(we=>we.wall!==void 0),recommendation:rl.recommendation,reasons:rl.reasons,index:R,node:P.node,idNode:Je.id,planNode:K?Je.addOn:Je.plan,addOnNode:L!==void 0?Je.addOn:void 0,signalsNode:Je.signals,requestedByNode:Je.requestedBy,limitPairs:Un})});let I=Nn(r,"growth"),A=i(I?.value),D=I!==void 0&&!s("growth")&&(0,Se.isMap)(A),F=D&&yn(n.growth)?n.growth:{},re=new Map,N=[];if(D&&(0,Se.isMap)(A)){for(let R of Lv){let w=i(J(A,R));w&&F[R]!==void 0&&re.set(R,w)}let P=re.get("freemiumGoals");(0,Se.isSeq)(P)&&Array.isArray(F.freemiumGoals)&&P.items.forEach((R,w)=>{let $=i(R);$&&N.push({goal:F.freemiumGoals[w],node:$})})}let ie={acquisition:F.acquisition??"product-led",retention:F.retention??"product-led",monetization:F.monetization??"self-serve",relationship:F.relationship??"one-to-many",freeOffer:F.freeOffer??"freemium",...F.trialDays!==void 0?{trialDays:F.trialDays}:{},...F.freemiumGoals!==void 0?{freemiumGoals:F.freemiumGoals}:{},...F.qualifiedBy!==void 0?{qualifiedBy:F.qualifiedBy}:{},...typeof F.valueMetric=="string"?{valueMetric:F.valueMetric}:{},written:re,goalItems:N,...D&&I?{keyNode:I.key}:{}},Ae=yn(n.product)?n.product:{},T=y.find(P=>P.free),V=T?sr(y,T):void 0,_e=Af({growth:ie,hasGrowth:D,features:M,idEntries:g});return{rootNode:r,...typeof Ae.name=="string"?{productName:Ae.name}:{},...typeof Ae.url=="string"?{productUrl:Ae.url}:{},plans:y,addOns:S,features:M,growth:ie,hasGrowth:D,planIds:new Set(g.plans.map(P=>P.id)),addOnIds:new Set(g.addOns.map(P=>P.id)),featureIds:new Set(g.features.map(P=>P.id)),...k!==void 0?{lowestPlanId:k}:{},hasFreePlan:T!==void 0,idEntries:g,productLed:ie.acquisition==="product-led"||ie.retention==="product-led",freemium:ie.freeOffer==="freemium"||ie.freeOffer==="freemium-and-trial",planById:v,addOnById:x,...T?{firstFreePlan:T}:{},...Fv("lowestPaidPlan",y.find(P=>typeof P.price=="number"&&P.price>0)),...V?{upgradePlan:V}:{},hasSalesPlan:y.some(P=>P.sales),..._e,accept:Pf(e,i(J(r,"accept")),n.accept)}}var Dv=["id","plan","addOn","signals","requestedBy","limits","accept"];function qv(e,n){let t={id:void 0,plan:void 0,addOn:void 0,signals:void 0,requestedBy:void 0,limits:void 0,accept:void 0};if(!(0,Se.isMap)(e))return t;let r=0;for(let i of e.items){let o=or(i.key),s=Dv.indexOf(o);s<0||r&1<<s||(r|=1<<s,t[o]=n(i.value))}return t}function Fv(e,n){return n?{[e]:n}:{}}var Bv=Object.freeze(Object.setPrototypeOf({},null)),_f=new Map;function jv(e){let n=e.join(),t=_f.get(n);return t||(t=Object.freeze(e.slice()),_f.set(n,t)),t}var Of=new Array(65).fill(void 0);function Zv(e){let n=64;if(e){n=0;for(let r=0;r<Fe.length;r++)e[Fe[r]]===!0&&(n|=1<<r)}let t=Of[n];if(!t){let r=Sf(e);t={recommendation:r.recommendation,reasons:jv(r.reasons)},Of[n]=t}return t}var Uv=Object.freeze([]),La=new class extends Map{set(){throw new Error("a shared empty map: build a new one")}};function Pf(e,n,t){if(!(0,Se.isMap)(n)||!yn(t))return La;let r=new Map;for(let i of n.items){let o=(0,Se.isAlias)(i.key)?Rn(e,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!Xt.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}d();d();function Wv(e,n){let t=new Map,r=new Map,i=new Map,o=[],s=new Set,a=0,l=0;for(let c of e){if(t.has(c))continue;let u=[{v:c,i:0}];for(t.set(c,a),r.set(c,a++),o.push(c),s.add(c);u.length;){let f=u[u.length-1],p=n.get(f.v)??[];if(f.i<p.length){let g=p[f.i++];t.has(g)?s.has(g)&&r.set(f.v,Math.min(r.get(f.v),t.get(g))):(t.set(g,a),r.set(g,a++),o.push(g),s.add(g),u.push({v:g,i:0}));continue}u.pop();let m=u[u.length-1];if(m&&r.set(m.v,Math.min(r.get(m.v),r.get(f.v))),r.get(f.v)===t.get(f.v)){let g;do g=o.pop(),s.delete(g),i.set(g,l);while(g!==f.v);l++}}}return i}function Gv(e,n,t){let r=new Map([[e,null]]),i=[e];for(let s=0;s<i.length&&!r.has(n);s++)for(let a of t.get(i[s])??[])r.has(a)||(r.set(a,i[s]),i.push(a));let o=[];for(let s=n;s;s=r.get(s))o.unshift(s);return o}var Tf=6,Kv=50,Ef={id:"add-on-conflict",severity:"warning",category:"structure",scope:"feature",description:"An add-on requires itself, an add-on it excludes, or a cycle of add-ons; or an add-on sells a feature only where its plan already includes it.",check(e){let{model:n}=e,t=new Map;for(let o of n.addOns)t.set(o,o.requires.flatMap(s=>{let a=n.addOnById.get(s.id);return a?[a]:[]}));let r=Wv(n.addOns,t),i=new Map;for(let o of r.values())i.set(o,(i.get(o)??0)+1);for(let o of n.addOns){let s=new Set(o.excludes.map(a=>a.id));for(let a of o.requires){let l=n.addOnById.get(a.id);if(!l)continue;let c;if(l===o)c=`The ${e.name(o)} add-on requires itself. Remove "${a.id}" from its \`requires\`.`;else if(r.get(l)===r.get(o)){let u=i.get(r.get(o))>Kv,f=u?[]:[o,...Gv(l,o,t)],p=u?`a cycle of ${i.get(r.get(o))} add-ons`:f.length>Tf?`${f.slice(0,Tf-1).map(m=>e.name(m)).join(" \u2192 ")} \u2192 \u2026 \u2192 ${e.name(o)} (${f.length-1} add-ons)`:f.map(m=>e.name(m)).join(" \u2192 ");c=`The ${e.name(o)} add-on requires ${e.name(l)}, which requires it back: ${p}. A cycle of \`requires\` means none of them can be bought on its own: sell them as one add-on, or remove one link of the cycle.`}else s.has(a.id)&&(c=`The ${e.name(o)} add-on both requires and excludes ${e.name(l)}: no customer can buy it. Keep ${e.name(l)} in only one of \`requires\` and \`excludes\`.`);c&&e.report({node:a.node,message:c})}}for(let o of n.features){let s=o.addOnModel,a=s?.fromPlan;o.addOnOnly||!s||!a||!o.placement||a.rank<o.placement.rank||!o.addOnNode||e.report({node:o.addOnNode,feature:o,message:`${e.name(o)} is included from ${e.name(o.placement)} and sold as the ${e.name(s)} add-on, but that add-on is sold only from ${e.name(a)}${a===o.placement?"":", higher up"}: no customer can buy the feature as an add-on. Sell the add-on from a plan below ${e.name(o.placement)} (its \`from\`), or remove \`addOn\` from the feature.`})}}};d();var If={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(e){let n=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}e.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=e.model.idEntries;n(t.plans,"plan",!1),n(t.addOns,"add-on",!1),n(t.features,"feature",!0)}};d();var Rf={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(e){let{model:n}=e,t=n.plans;if(t.length<2)return;let r=n.features.filter(l=>l.status==="planned"&&l.placement);if(r.length<2)return;let i=t[t.length-1],o=n.lowestPaidPlan,s=l=>l===i.rank||o!==void 0&&l>o.rank;if(!r.every(l=>s(l.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${e.name(o)}`:e.name(i);e.report({node:e.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};d();d();function zf(e){return e.model.features.filter(n=>n.side!==null)}function ue(e){let n=e.model.features,t=Nf.get(n);return t||(t=n.filter(r=>r.side==="free"),Nf.set(n,t)),t}var Nf=new WeakMap,U=(e,n)=>e.signals?.[n]===!0;function Ui(e,n){return n.addOnModel&&n.addOnOnly?`the ${e.name(n.addOnModel)} add-on`:n.placement?e.name(n.placement):`"${n.plan}"`}function ut(e,n){return n.addOnOnly&&n.addOnModel?`the free ${e.name(n.addOnModel)} add-on`:n.placement?e.name(n.placement):`"${n.plan}"`}var Lf={id:"free-expansion",severity:"info",category:"packaging-test",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(e){let{model:n}=e;if(n.valueMetricWalledOnFree)return;let t=n.upgradePlan??n.lowestPaidPlan;for(let r of ue(e)){if(r===n.valueMetric||r.recommendation!=="paid"||r.reasons.length!==1||r.reasons[0]!=="expansion"||r.walledOnFree)continue;let i=r.placement,o=ut(e,r);e.report({node:r.planNode,feature:r,message:`${e.name(r)} grows with the value a customer gets (expansion), and ${o} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${e.name(i)} under \`limits:\`, or start it on ${t?e.name(t):"a paid plan"}.`,data:{recommendedSide:"paid",...t?{recommendedPlan:t.id}:{}}})}}};d();var Df={id:"free-friction",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that creates friction for the growth model is given away free.",check(e){let n=e.model.upgradePlan??e.model.lowestPaidPlan;for(let t of ue(e))t.recommendation!=="paid"||!t.reasons.includes("friction")||e.report({node:t.planNode,feature:t,message:`${e.name(t)} creates friction for the growth model and drives no growth signal, yet it is free ${t.addOnOnly?"with":"on"} ${ut(e,t)}. Gate it in ${n?e.name(n):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...n?{recommendedPlan:n.id}:{}}})}};d();var qf={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(e){let{model:n}=e,t=n.growth.written.get("freeOffer");!n.hasGrowth||!t||!n.freemium||n.plans.length===0||n.firstFreePlan||e.report({node:t,message:`The free offer is ${n.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};d();var Ff={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("freeOffer");!n.hasGrowth||!r||!n.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||e.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};d();d();var Da={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function Ye(e){let n=e.map(t=>Da[t]);return n.length<=1?n.join(""):`${n.slice(0,-1).join(", ")} and ${n[n.length-1]}`}var Ie={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var Vv={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},Bf={id:"gated-growth-driver",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that drives growth is gated in a paid plan or an add-on while a free plan exists.",check(e){let n=e.model.firstFreePlan;if(e.model.hasFreePlan)for(let t of zf(e)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>zn.includes(a)),i=t.reasons.filter(a=>!zn.includes(a)),o=n?e.name(n):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${Ye(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;e.report({node:t.planNode,feature:t,severity:e.model.productLed?"warning":"info",message:`${e.name(t)} drives growth (${Ye(r)}) but is gated in ${Ui(e,t)}: ${r.map(a=>Vv[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...n?{recommendedPlan:n.id}:{}}})}}};d();var Yv={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},Hv={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},jf={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(e){let{model:n}=e;if(!n.hasGrowth||n.growth.goalItems.length===0||!n.freeSideClassified)return;let t=n.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of n.growth.goalItems){let s=Yv[i];!s||r.has(i)||(r.add(i),!t.some(a=>U(a,s.signal))&&e.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${Hv[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};d();var Jv=["universality","ahaMoment","habitLoop"],Zf={id:"growth-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(e){for(let n of ue(e)){if(U(n,"virality")||n.reachesFree)continue;let t=Jv.filter(i=>U(n,i));if(t.length===0)continue;let r=n.freeLimits.find(i=>i.wall===0);r&&e.report({node:n.limitPairs.get(r.plan.id)?.value,feature:n,message:`${e.name(n)} drives growth (${Ye(t)}), but ${e.name(r.plan)} allows 0 ${n.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};d();var Uf={id:"limit-outside-plan",severity:"error",category:"structure",scope:"feature",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(e){for(let n of e.model.features){let t=n.availableFrom;if(!t||!n.placement)continue;let r=t!==n.placement;if(n.limitPairs.size!==0)for(let[i,o]of n.limitPairs){let s=e.model.planById.get(i);if(!s||s.rank>=t.rank)continue;let a=r?`is included from ${e.name(n.placement)} and sold as the ${e.name(n.addOnModel)} add-on from ${e.name(t)}`:`starts on ${Ui(e,n)}${n.addOnOnly&&n.addOnModel?` (from ${e.name(t)})`:""}`;e.report({node:o.key,feature:n,message:`${e.name(n)} ${a}, so ${e.name(s)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${e.name(s)}.`})}}}};d();var Wf={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(e){if(e.topKey("growth"))return;let n=e.topKey("version");e.report({node:n,...n?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};d();var Gf={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&U(r,"ahaMoment"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};d();var Kf={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&U(r,"habitLoop"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};d();var Vf={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(e){let n=e.model.growth,t=n.written.get("freeOffer");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.freeOffer!=="none"||e.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};d();var Yf={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(e){let n=e.model.growth.monetization;n!=="self-serve"&&n!=="product-led-sales"||e.model.plans.length!==0&&(e.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||e.report({node:e.topKey("plans"),message:`Monetization is ${n}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};d();var Hf={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(e){let{model:n}=e,t=n.firstFreePlan;if(!n.productLed||!n.freemium||!t||n.valueMetricWalledOnFree)return;let r=n.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=n.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(U(a,"friction")||U(a,"expansion"))&&(a.walledOnFree||i(a)))||e.report({node:t.idNode,message:`Nothing makes a growing ${e.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${e.name(t)}${r?` or starts on ${e.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?e.name(r):"a self-serve paid plan"}.`})}};d();var Xv=e=>e==="unlimited"?Number.POSITIVE_INFINITY:e,Wi=e=>e===Number.POSITIVE_INFINITY?"unlimited":String(e),Jf={id:"non-monotonic-limit",severity:"warning",category:"structure",scope:"feature",description:"A higher plan has a worse usage limit than a lower plan (lower, or higher when lower is better).",check(e){let n=e.model.plans;for(let t of e.model.features){let r=t.availableFrom;if(!r||!t.placement)continue;let i=t.placement.rank,o=t.unit?` ${t.unit}`:"",s;for(let a=r.rank;a<n.length;a++){let l=n[a],c=t.limits[l.id];if(c===void 0&&(t.lowerIsBetter||a<i))continue;let u=Xv(c??"unlimited"),f=s!==void 0&&(t.lowerIsBetter?u>s.limit:u<s.limit);s&&f&&c!==void 0&&e.report({node:t.limitPairs.get(l.id)?.value,feature:t,message:t.lowerIsBetter?`${e.name(t)} is ${Wi(u)}${o} on ${e.name(l)} but ${Wi(s.limit)} on the lower ${s.name}, and lower is better here: upgrading would make it worse. Lower the ${e.name(l)} value to at most the ${s.name} one.`:`${e.name(t)} allows ${Wi(u)}${o} on ${e.name(l)} but ${Wi(s.limit)} on the lower ${s.name}: upgrading would take something away. Raise the ${e.name(l)} limit to at least the ${s.name} one.`}),(!s||(t.lowerIsBetter?u<s.limit:u>s.limit))&&(s={name:e.name(l),limit:u})}}}};d();var Qv=(e,n)=>e.per===n.per&&(e.period===void 0||n.period===void 0||e.period===n.period),Xf=e=>e.minSeats&&e.per==="seat"?`${e.entryPrice} (${e.price} \xD7 ${e.minSeats} seats minimum)`:String(e.entryPrice),Qf={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(e){let n=[];for(let t of e.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of n)Qv(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&e.report({node:t.priceNode,message:`${e.name(t)} costs ${Xf(t)}, less than the lower plan ${e.name(r)} (${Xf(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=n.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?n.push(t):n[i].entryPrice<t.entryPrice&&(n[i]=t)}}};d();function ek(e,n,t){let r=e.placement.rank;return t.rank>=r&&!e.lowerIsBetter?ct(e,n.id)!==ct(e,t.id):e.availableFrom&&t.rank>=e.availableFrom.rank?e.limits[n.id]!==e.limits[t.id]:!1}var ep={id:"plan-adds-nothing",severity:"warning",category:"structure",description:"A plan includes exactly what the plan directly below it includes.",check(e){let{model:n}=e,t=new Map(n.plans.map(o=>[o.index,o])),r=n.features.filter(o=>o.side!==null&&o.placement),i=new Set([...r.map(o=>o.placement),...n.addOns.map(o=>o.fromPlan)]);for(let o of n.plans){let s=t.get(o.index-1);o.index===0||!s||o.sales||i.has(o)||r.some(a=>ek(a,o,s))||e.report({node:o.idNode,message:`${e.name(o)} includes exactly what ${e.name(s)} includes: no feature starts on it, no add-on is sold from it and no limit is different. A buyer cannot tell the two plans apart, whatever their prices. Give ${e.name(o)} something of its own (a feature, a higher wall) or remove it.`})}}};d();var np={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||n.qualifiedBy&&n.qualifiedBy.length>0||e.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};d();var tp={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||e.model.hasSalesPlan||e.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};d();var rp={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(e){let n=e.model.growth,t=n.written.get("retention");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.retention==="product-led"||e.report({node:t,message:`Acquisition is product-led but retention is ${n.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};d();var ip={id:"sales-led-only",severity:"info",category:"growth-model",description:"Sales-led with nothing product-led layered on: no product-led stage and no free plan.",check(e){let{model:n}=e,t=n.growth;if(!n.hasGrowth||!t.written.has("acquisition")||!t.written.has("retention")||!t.written.has("monetization")||t.monetization!=="sales-led"||t.acquisition==="product-led"||t.retention==="product-led")return;let r=t.acquisition==="sales-led"&&t.retention==="sales-led",i=t.written.has("freeOffer")&&n.freemium;!r&&(n.hasFreePlan||i)||e.report({node:e.topKey("growth"),message:r?"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales.":"Monetization is sales-led, neither acquisition nor retention is product-led, and there is no free plan: nothing product-led is layered on sales. You do not need to switch models, but a free plan or a self-serve entry beside sales lets users find value before a seller calls."})}};d();var op={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};d();var sp={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("trialDays");if(!n.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!n.hasSalesPlan&&!i)return;let o=n.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;e.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};d();var ap={id:"single-customer-feature",severity:"info",category:"growth-model",scope:"feature",description:"A feature requested by one customer that drives no growth signal.",check(e){for(let n of e.model.features)n.requestedBy?.length!==1||!n.requestedByNode||zn.some(t=>n.signals?.[t]===!0)||e.report({node:n.requestedByNode,feature:n,message:`${e.name(n)} was asked for by one customer (${n.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};d();var lp={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("acquisition");!n.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||n.features.some(i=>i.reachesFree&&U(i,"virality"))||e.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};d();var cp={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};d();var up={id:"thin-step",severity:"info",category:"growth-model",description:"A paid plan adds features, but nothing a growing customer pays for: no friction or expansion.",check(e){let{model:n}=e,t=new Map;for(let o of n.plans)t.set(o.index,o);let r=new Map,i=new Set;for(let o of n.features){let s=o.placement;if(!s)continue;let a=U(o,"friction")||U(o,"expansion"),l=r.get(s);if(l?(l.features++,l.classified&&=o.signals!==void 0,l.capture||=a):r.set(s,{features:1,classified:o.signals!==void 0,capture:a}),!(!a||o.lowerIsBetter))for(let c of Object.keys(o.limits)){let u=n.planById.get(c);if(!u||typeof o.limits[c]!="number")continue;let f=t.get(u.index+1);f&&Zi(o,f,u)&&i.add(f)}}for(let o of n.plans){if(o.index===0||o.sales||typeof o.price!="number"||o.price<=0)continue;let s=t.get(o.index-1);if(!s)continue;let a=r.get(o);!a?.classified||a.capture||i.has(o)||e.report({node:o.idNode,message:`${e.name(o)} adds ${a.features===1?"a feature":`${a.features} features`} over ${e.name(s)}, but nothing a growing customer pays for: no feature on it has friction or expansion, and it raises no such wall. A step a buyer outgrows into sells what grows with use (seats, storage, history, runs) or what a larger team must control; move one of those here, or merge the plan with its neighbour.`})}}};d();var nk=["universality","ahaMoment","habitLoop"],tk=new Set(["workspace","workspaces","organization","organizations","organisation","organisations","account","accounts","team","teams","company","companies"]),rk=e=>e!==void 0&&tk.has(e.trim().toLowerCase()),dp={id:"tight-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A growth driver on the free side is capped at 1 on every free plan while a paid plan raises it.",check(e){let n=e.model.plans;for(let t of ue(e)){if(U(t,"virality")||t.unitIsMeasure||rk(t.unit))continue;let r=nk.filter(s=>U(t,s));if(r.length===0||t.freeLimits.length===0||!t.freeLimits.every(s=>s.wall===1))continue;let i=t.freeLimits[0].plan,o;for(let s=i.rank+1;s<n.length&&!o;s++)Zi(t,n[s],i)&&(o=n[s]);o&&e.report({node:t.limitPairs.get(i.id)?.value,feature:t,message:`${e.name(t)} drives growth (${Ye(r)}), but every free plan caps it at 1${t.unit?` (${t.unit.trim()})`:""} while ${e.name(o)} raises it: a habit or a first value capped at one rarely survives the first week. Give free users a few (enough to build the habit), and let the wall bite on what grows with a team.`,data:{recommendedPlan:i.id}})}}};d();var fp={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(e){let n=e.model.growth.written.get("freeOffer");!e.model.hasGrowth||!n||e.model.growth.freeOffer!=="trial"||e.report({node:n,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};d();var pp={id:"unclassified-feature",severity:"info",category:"packaging-test",scope:"feature",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(e){for(let n of e.model.features)n.signals||e.report({node:n.idNode,feature:n,message:`${e.name(n)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};d();var hp={id:"unknown-add-on",severity:"error",category:"structure",scope:"feature",description:"`addOn:`, or an add-on\u2019s `requires`/`excludes` item, names no add-on.",check(e){let{model:n}=e,t=[...n.addOnIds],r=i=>{let o=un(i,t);return{text:o?` Did you mean "${o}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}${t.length>12?`, \u2026 (${t.length} add-ons)`:""}.`:" Declare it under `addOns:`.",...o?{data:{suggestion:o}}:{}}};for(let i of n.addOns)for(let[o,s]of[["requires",i.requires],["excludes",i.excludes]])for(let a of s){if(n.addOnIds.has(a.id))continue;let{text:l,...c}=r(a.id);e.report({node:a.node,message:`The ${e.name(i)} add-on ${o} "${a.id}", which is not one of the add-ons.${l}`,...c})}for(let i of n.features){if(i.addOn===void 0||n.addOnIds.has(i.addOn))continue;let{text:o,...s}=r(i.addOn);e.report({node:i.addOnNode??i.planNode,feature:i,message:`${e.name(i)} comes with add-on "${i.addOn}", which is not one of the add-ons.${o}`,...s})}}};d();var mp={id:"unknown-feature",severity:"error",category:"structure",description:"`growth.valueMetric` names no feature.",check(e){let{model:n}=e,t=n.growth.valueMetric,r=n.growth.written.get("valueMetric");if(t===void 0||!r||n.featureIds.has(t))return;let i=[...n.featureIds],o=un(t,i);e.report({node:r,message:`The value metric is "${t}", which is not one of the features. The value metric names the feature whose amount the price scales with (seats, contacts, GB).${o?` Did you mean "${o}"?`:i.length?` Features: ${i.slice(0,12).join(", ")}${i.length>12?`, \u2026 (${i.length} features)`:""}.`:" Declare it under `features:`."}`,...o?{data:{suggestion:o}}:{}})}};d();var gp={id:"unknown-plan",severity:"error",category:"structure",scope:"feature",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(e){let{model:n}=e,t=[...n.planIds],r=yi(t),i=t.length>12?`${t.slice(0,12).join(", ")}, \u2026 (${t.length} plans)`:t.join(", "),o=s=>{let a=r(s);return{s:a,text:a?` Did you mean "${a}"?`:` Plans: ${i}.`}};for(let s of n.addOns){if(!s.fromNode||n.planIds.has(s.from))continue;let{s:a,text:l}=o(s.from);e.report({node:s.fromNode,message:`The ${e.name(s)} add-on is sold from plan "${s.from}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}for(let s of n.features){if(!s.addOnOnly&&!n.planIds.has(s.plan)){let{s:a,text:l}=o(s.plan);e.report({node:s.planNode,feature:s,message:`${e.name(s)} is placed on plan "${s.plan}", which is not one of the plans.${l}`,...a?{data:{suggestion:a}}:{}})}if(s.limitPairs.size!==0)for(let[a,l]of s.limitPairs){if(n.planIds.has(a))continue;let{s:c,text:u}=o(a);e.report({node:l.key,feature:s,message:`${e.name(s)} has a usage limit for plan "${a}", which is not one of the plans.${u}`,...c?{data:{suggestion:c}}:{}})}}}};d();var yp={id:"unmetered-value-metric",severity:"warning",category:"growth-model",description:"The value metric, the wall the price scales with, has no wall on the free plan.",check(e){let{model:n}=e,t=n.growth.written.get("valueMetric"),r=n.valueMetric;if(!n.hasGrowth||!t||!r||r.lowerIsBetter||!n.freemium||r.side!=="free"||r.walledOnFree)return;let i=r.freeLimits[0]?.plan??n.firstFreePlan,o=i?e.name(i):"the free plan";e.report({node:t,feature:r,message:`${e.name(r)} is the value metric, the amount the price scales with, but ${o} gives it away with no limit: free users never meet the wall a growing customer should pay to lift, so growth does not turn into revenue. Put a wall on ${o} under its \`limits:\` (sized so one user gets value and a growing team meets it), or name another value metric.`,...i?{data:{recommendedPlan:i.id}}:{}})}};d();var wp={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};d();var bp={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",scope:"feature",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(e){for(let n of ue(e)){if(n.recommendation!=="free-limited"||n.walledOnFree)continue;let t=n.placement,r=n.reasons.filter(i=>i==="friction"||i==="expansion");e.report({node:n.planNode,feature:n,message:`${e.name(n)} drives growth but also has ${Ye(r)}, and ${ut(e,n)} gives it away without limit. Add a usage wall for ${e.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};d();var vp={id:"viral-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A viral feature is walled at 0 or 1 on a free plan.",check(e){for(let n of ue(e))if(U(n,"virality"))for(let{plan:t,wall:r}of n.freeLimits)r!==0&&r!==1||r===1&&n.unitIsMeasure||e.report({node:n.limitPairs.get(t.id)?.value,feature:n,message:`${e.name(n)} spreads the product (virality), but ${e.name(t)} caps ${n.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};d();var kp={id:"wall-not-lifted",severity:"warning",category:"growth-model",scope:"feature",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(e){let n=e.model.plans;for(let t of ue(e)){if(!U(t,"friction")&&!U(t,"expansion"))continue;let r=new Set;for(let{plan:i,wall:o}of t.freeLimits){if(o===void 0)continue;let s=sr(n,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=n.slice(s.rank+1).find(l=>{let c=ct(t,l.id);return c==="unlimited"||c>o});a&&(r.add(s.id),e.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${e.name(t)} stops at ${o} ${t.unit??"uses"} on ${e.name(i)}, and ${e.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${e.name(a)} does. Raise the ${e.name(s)} limit.`,data:{recommendedPlan:s.id,suggestedLimit:ct(t,a.id)}}))}}}};d();var Sp={id:"weak-lift",severity:"warning",category:"growth-model",scope:"feature",description:"The self-serve upgrade raises the free wall by less than double: paying barely moves it.",check(e){let n=e.model.plans,t=new Map,r=i=>(t.has(i)||t.set(i,sr(n,i)),t.get(i));for(let i of ue(e))if(!(!U(i,"friction")&&!U(i,"expansion")))for(let{plan:o,wall:s}of i.freeLimits){if(s===void 0||s<=0)continue;let a=r(o),l=a?i.limits[a.id]:void 0;if(!(!a||typeof l!="number"||l<=s||l>=2*s)){e.report({node:i.limitPairs.get(a.id)?.value,feature:i,message:`${e.name(i)} stops at ${s} ${i.unit??"uses"} on ${e.name(o)}, and ${e.name(a)}, the plan a user upgrades to on their own, allows only ${l}: the user who hit the wall pays and hits it again soon after. Raise the ${e.name(a)} limit to at least ${2*s} (double), or lift it.`,data:{recommendedPlan:a.id,suggestedLimit:2*s}});break}}}};var dt=[cp,op,If,gp,hp,mp,Uf,Jf,Qf,ep,Ef,qf,Bf,Df,Lf,bp,vp,Zf,dp,pp,Wf,fp,sp,Ff,jf,Vf,rp,lp,Gf,Kf,Yf,kp,Sp,Hf,yp,up,tp,np,ip,Rf,ap,wp],xp=new Map(dt.map(e=>[e.id,e]));d();function $p(e,n=1e3){let t=new Map,r=new Map,i=[];for(let o of e){let s=(t.get(o.rule)??0)+1;t.set(o.rule,s),s<=n?i.push(o):r.has(o.rule)||r.set(o.rule,o)}if(r.size===0)return e;for(let[o,s]of r){let a=t.get(o)-n;i.push({rule:o,severity:s.severity,message:`${a} more \`${o}\` finding${a===1?"":"s"} in this file (only the first ${n} are listed; this is the next one).`,range:s.range,span:s.span})}return i.sort((o,s)=>o.span.start-s.span.start||o.span.end-s.span.end)}var qa=e=>{let n=e?.range;return n?{start:n[0],end:n[1]}:{start:0,end:0}};function Gi(e,n={}){return ok(gf(e),n)}function ik(e){return n=>yf(e,n)}function ok(e,n={},t={}){let r=ik(e.lineCounter),i=(p,m,g={})=>uk(p,m,n,g,e.syntaxError,r,t.memo);if(e.syntaxError||!e.doc)return i(e.problems.map(p=>({severity:"error",rule:"syntax",message:p.message,span:p.span})));let{doc:o,plain:s}=e,a=t.problems??vf(o,s).problems,l=a.map(p=>{let m=ak(s,p.path);return{severity:"error",rule:"schema",message:p.message,span:p.span,...m!==void 0?{feature:m}:{},...p.suggestion?{data:{suggestion:p.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(l):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:qa(o.contents)}]);let c=s,u=(t.buildModel??Cf)(o,c,a),f=p=>Nn(o.contents,p)?.key??void 0;if(t.runRules)for(let p of t.runRules(u,f))l.push(p);else for(let p of dt)p.check&&pk(p,u,f,l);return sk(o.contents,c,a,u,l),i(l,u,lk(c.rules))}function sk(e,n,t,r,i){let o=Array.isArray(n.features)?n.features:[],s=new Set,a=new Set;for(let p of t)p.path[0]!=="features"||typeof p.path[1]!="number"||(s.add(p.path[1]),(p.path[2]==="plan"||p.path[2]==="addOn"||p.path.length===2)&&a.add(p.path[1]));if(s.size===0)return;let l=J(e,"features"),c=[...r.planIds],u=yi(c),f=c.length>12?`${c.slice(0,12).join(", ")}, \u2026 (${c.length} plans)`:c.join(", ");for(let p of s){let m=o[p];if(a.has(p)||!m||typeof m!="object"||m.addOn!==void 0)continue;let g=m.plan;if(typeof g!="string"||!Cn.test(g)||r.planIds.has(g))continue;let h=(0,Ap.isSeq)(l)?J(l.items[p],"plan"):void 0;if(!h?.range)continue;let y=u(g),v=typeof m.id=="string"&&Cn.test(m.id)?m.id:void 0,k=typeof m.name=="string"?m.name:v??`Feature #${p+1}`;i.push({severity:"error",rule:"unknown-plan",message:`"${k}" is placed on plan "${g}", which is not one of the plans.${y?` Did you mean "${y}"?`:` Plans: ${f}.`}`,span:{start:h.range[0],end:h.range[1]},...v!==void 0?{feature:v}:{},...y?{data:{suggestion:y}}:{}})}}function ak(e,n){if(n[0]!=="features"||typeof n[1]!="number"||n.length<3)return;let t=e&&typeof e=="object"?e.features:void 0,r=Array.isArray(t)?t[n[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&Cn.test(i)?i:void 0}function lk(e){let n=Object.create(null);if(!e||typeof e!="object"||Array.isArray(e))return n;for(let[t,r]of Object.entries(e))!xp.has(t)||typeof r!="string"||!$i.includes(r)||ot.includes(t)&&r!=="error"||(n[t]=r);return n}var ck=new Set(Xt);function uk(e,n,t,r,i,o,s){let a=h=>r[h]??fk(t.rules?.[h]),l=[];if(s){let h=JSON.stringify(r);s.rulesKey!==h&&(s.map=new WeakMap,s.rulesKey=h)}let c=new Set,u=h=>{let y=a(h.rule);if(y==="off")return;let v=ck.has(h.rule)?h.element?h.element.accept.get(h.rule):h.feature===void 0?n?.accept.get(h.rule):void 0:void 0;v&&c.add(v);let k=s?.map.get(h);if(k&&h.span.end<=s.stableBefore){l.push(k);return}let S={rule:h.rule,severity:y??h.severity,message:h.message,range:o(h.span),span:h.span};h.feature!==void 0&&(S.feature=h.feature),h.data&&(S.data=h.data),v&&(S.accepted=v.reason),l.push(S),s?.map.set(h,S)};for(let h of e)u(h);if(n)for(let h of dk(n,c))u(h);l.sort((h,y)=>h.span.start-y.span.start||h.span.end-y.span.end||(h.rule<y.rule?-1:h.rule>y.rule?1:0)||(h.message<y.message?-1:h.message>y.message?1:0));let f=$p(l),p=s?.featuresFrom,m=s?.featureResults,g=(n?.features??[]).map((h,y)=>{if(p&&p[y]===h)return m[y];let{id:v,plan:k,side:S,recommendation:x,reasons:O}=h,M=h.addOn!==void 0?{id:v,plan:k,addOn:h.addOn,side:S,recommendation:x,reasons:O}:{id:v,plan:k,side:S,recommendation:x,reasons:O};return h.rationale!==void 0&&(M.rationale=h.rationale),M});return s&&(s.featuresFrom=n?.features??[],s.featureResults=g),{diagnostics:f,...f!==l?{uncapped:l}:{},features:g,...n?{model:n}:{},syntaxError:i,toRange:o}}function dk(e,n){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:qa(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of e.features)for(let o of i.accept.values())n.has(o)||t.push(r(o,i));for(let i of e.accept.values())n.has(i)||t.push(r(i));return t}function fk(e){return e!==void 0&&$i.includes(e)?e:void 0}function pk(e,n,t,r=[]){return e.check?.({model:n,topKey:t,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;r.push({severity:i.severity??e.severity,rule:e.id,message:i.message,span:i.span??qa(i.node),feature:o===void 0||typeof o=="string"?o:o.id,element:o===void 0||typeof o=="string"?void 0:o,data:i.data||void 0})}}),r}d();d();function _p(e){return e.signals?Fe.filter(n=>e.signals?.[n]===!0):null}function Op(e,n){let t=_p(e),r=_p(n);if(!(t===null&&r===null)&&!(t!==null&&r!==null&&t.join()===r.join()))return{id:n.id,name:n.name,fromSignals:t,toSignals:r,turnedOn:(r??[]).filter(i=>!(t??[]).includes(i)),turnedOff:(t??[]).filter(i=>!(r??[]).includes(i)),fromRecommendation:e.recommendation,toRecommendation:n.recommendation,fromReasons:[...e.reasons],toReasons:[...n.reasons]}}function Pp(e,n,t){if(t(e.plan)!==n.plan||e.addOn!==n.addOn)return!1;let r=(s,a)=>{let l=new Map;for(let[c,u]of Object.entries(s.limits))l.set(a(c),u);return l},i=r(e,t),o=r(n,s=>s);if(i.size!==o.size)return!1;for(let[s,a]of o)if(i.get(s)!==a)return!1;return(e.unit??"")===(n.unit??"")}var Mp=e=>({id:e.id,name:e.name,plan:e.plan,...e.addOn!==void 0?{addOn:e.addOn}:{},side:e.side,recommendation:e.recommendation});function Cp(e,n){let t=ji(e);if(!(t===void 0||n===null))return t===n}function hk(e,n,t){let r=Cp(e,n),i=Cp(e,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}var mk=(e,n)=>Object.hasOwn(e,n)?e[n]:void 0;function Tp(e,n){let t=new Map,r=e.placement?.rank;for(let i of n)t.set(i.id,r===void 0||i.rank<r?null:mk(e.limits,i.id)??"unlimited");return t}function Ki(e){return{rule:e.rule,severity:e.severity,message:e.message,...e.feature!==void 0?{feature:e.feature}:{},line:e.range.start.line,...e.accepted!==void 0?{accepted:e.accepted}:{}}}function ar(e){return`${e.rule}\0${e.feature??""}\0${e.message}`}function Fa(e,n){let t=new Map;for(let i of n)t.set(ar(i),(t.get(ar(i))??0)+1);let r=[];for(let i of e){let o=ar(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}var Ln=e=>{let n=new Map;for(let t of e)n.has(t.id)||n.set(t.id,t);return n},Vi=(e,n)=>e>0?Math.round((n-e)/e*1e3)/10:void 0,me=e=>({direction:"neutral",why:e}),he=(e,n,t)=>({direction:e,basis:n,why:t});function gk(e,n){let t=new Set(e.map(c=>c.id)),r=new Set(n.map(c=>c.id)),i=(c,u)=>{let f=new Map,p="",m=0;for(let g of c)u.has(g.id)?(p=g.id,m=0):f.set(`${p}\0${m++}`,g);return f},o=i(e,r),s=i(n,t),a=[];for(let[c,u]of o){let f=s.get(c);f&&a.push({fromId:u.id,toId:f.id,fromName:u.name,toName:f.name,rank:f.rank})}let l=Ln(n);for(let c of e){let u=l.get(c.id);u&&u.name!==c.name&&a.push({fromId:c.id,toId:u.id,fromName:c.name,toName:u.name,rank:u.rank})}return a.sort((c,u)=>c.rank-u.rank)}function yk(e,n,t,r,i,o,s){if(e==="unit-changed")return me(`the unit changed (${o??"none"} \u2192 ${s??"none"}): the numbers are not comparable; check the wall by hand`);let a=e==="tightened"||e==="wall-added",l=n.recommendation,c=`recommended ${Ie[l]}`,u=i.productLed&&i.freemium;return t?l==="free"?a?he("against","packaging test",`${n.name} should be free without a wall (${c})`):he("with","packaging test",`${n.name} should be free without a wall (${c})`):l==="free-limited"?e==="wall-added"?he("with","packaging test",`the test wants ${n.name} free behind a usage wall`):e==="wall-removed"?he("against","packaging test",`the test wants ${n.name} free behind a usage wall, not unlimited`):r===0?he("against","packaging test",`a wall of 0 takes ${n.name} out of the free plan (${c})`):u?he(a?"against":"with","growth model",`a product-led freemium model needs free users to reach value before the wall; ${n.name} is a growth driver (${c})`):me(`the wall stays (${c}); the growth model is not product-led freemium`):l==="paid"?he(a?"with":"against","packaging test",`${a?"less":"more"} of ${n.name} is free, and it is ${c}`):l==="either"?me(`nothing argues for a side on ${n.name} (${c})`):u?he(a?"against":"with","growth model",`a product-led freemium model wants free users to reach value; ${n.name} has no signals, so the packaging test cannot judge it`):me(`${n.name} has no signals: add them to judge this wall`):l==="free"&&(e==="wall-added"||e==="wall-removed")?he(e==="wall-added"?"against":"with","packaging test",`${n.name} is a growth driver with nothing arguing for a wall (${c})`):me(`a wall on a paid plan (${c})`)}function wk(e,n,t){if(!(e===n&&t))return e==="unlimited"?n==="unlimited"?void 0:"wall-added":n==="unlimited"?"wall-removed":t?n<e?"tightened":"loosened":"unit-changed"}function Ep(e,n,t,r,i){if(n===null)return me("a new plan");if(t===null)return me("the plan is gone");if(n===0&&t!==0&&r.freemium)return he("against","growth model",`${e.name} was the free plan: the freemium model loses it`);if(n!==0&&t===0)return he("with","growth model",`${e.name} is free now`);let o=i??(typeof n=="number"&&typeof t=="number"?t>n:t==="contact-sales");return r.upgradePlan?.id===e.id&&r.productLed?he(o?"against":"with","growth model",`${e.name} is the self-serve upgrade: a product-led model wants the first paywall ${o?"low":"low, and it is lower now"}`):me("the packaging test does not judge prices on this plan")}function Ba(e,n){let t=e?.model,r=n.model,i=t?.plans??[],o=r?.plans??[],s=Ln(t?.features??[]),a=Ln(r?.features??[]),l=Ln(i),c=Ln(o),u=Ln(t?.addOns??[]),f=Ln(r?.addOns??[]),p=e?gk(i,o):[],m=new Map(p.map(w=>[w.fromId,w.toId])),g=w=>m.get(w)??w,h=[...a.values()].filter(w=>!s.has(w.id)).map(Mp),y=[...s.values()].filter(w=>!a.has(w.id)).map(Mp),v=[],k=[],S=[],x=[],O=new Set;for(let w of a.values()){let $=s.get(w.id);if(!$||!r)continue;let L=Op($,w);L&&(x.push(L),Pp($,w,g)&&O.add(w.id));let B=g($.plan);if(B!==w.plan||$.addOn!==w.addOn){let Q=hk(w.recommendation,$.side,w.side),ae=`recommended ${Ie[w.recommendation]}`,xe=w.addOn!==void 0&&$.addOn!==w.addOn?`into the add-on ${w.addOn}`:void 0,ge=$.addOn!==void 0&&w.addOn===void 0?`out of the add-on ${$.addOn}`:void 0,ye=[xe,ge].filter(Boolean).join(", ");v.push({id:w.id,name:w.name,fromPlan:B,toPlan:w.plan,...$.addOn!==void 0?{fromAddOn:$.addOn}:{},...w.addOn!==void 0?{toAddOn:w.addOn}:{},fromSide:$.side,toSide:w.side,recommendation:w.recommendation,verdict:Q,judgement:Q==="neutral"?me(`${ye?`${ye}; `:""}the side ${$.side===w.side?"stays":"changes"} (${ae})`):he(Q,"packaging test",`${ye?`${ye}: `:""}${$.side??"?"} \u2192 ${w.side??"?"} side, ${ae}`)})}($.rationale??null)!==(w.rationale??null)&&S.push({feature:w.id,name:w.name,from:$.rationale??null,to:w.rationale??null});let G=Tp($,i),K=Tp(w,o),Oe=($.unit??"")===(w.unit??""),X=new Map;for(let[Q,ae]of G)X.set(g(Q),ae);for(let Q of o){if(!X.has(Q.id))continue;let ae=X.get(Q.id),xe=K.get(Q.id);if(ae===null||xe===null)continue;let ge=wk(ae,xe,Oe);if(!ge)continue;let ye=ge==="tightened"||ge==="loosened"?Vi(ae,xe):void 0;k.push({feature:w.id,name:w.name,plan:Q.id,from:ae,to:xe,...w.unit?{unit:w.unit}:{},...!Oe&&$.unit?{fromUnit:$.unit}:{},kind:ge,...ye!==void 0?{percent:ye}:{},free:Q.free,verdict:yk(ge,w,Q.free,xe,r,$.unit,w.unit)})}}let M=[],I=new Set(p.map(w=>w.toId)),A=new Set(p.map(w=>w.fromId)),D=new Map(p.map(w=>[w.toId,w.fromId]));for(let w of c.values()){let $=l.get(D.get(w.id)??w.id);if(!$){!I.has(w.id)&&r&&M.push({plan:w.id,name:w.name,from:null,to:w.price,verdict:Ep(w,null,w.price,r)});continue}let L=($.minSeats!==void 0||w.minSeats!==void 0)&&$.entryPrice!==w.entryPrice;if($.price===w.price&&!L)continue;let B=typeof $.price=="number"&&typeof w.price=="number"?Vi($.price,w.price):void 0,G=L&&$.entryPrice!==void 0&&w.entryPrice!==void 0?Vi($.entryPrice,w.entryPrice):void 0,K=L&&$.entryPrice!==void 0&&w.entryPrice!==void 0?w.entryPrice>$.entryPrice:void 0;M.push({plan:w.id,name:w.name,from:$.price,to:w.price,...B!==void 0&&$.price!==w.price?{percent:B}:{},...L?{entryFrom:$.entryPrice??null,entryTo:w.entryPrice??null}:{},...G!==void 0?{entryPercent:G}:{},verdict:Ep(w,$.price,w.price,r,K)})}for(let w of l.values())!c.has(w.id)&&!A.has(w.id)&&M.push({plan:w.id,name:w.name,from:w.price,to:null,verdict:me("the plan is gone")});let F=[],re=(w,$)=>(w?.features??[]).filter(L=>L.addOn===$);for(let w of f.values()){let $=u.get(w.id),L=re(r,w.id);if(!$){let B=L.filter(G=>ji(G.recommendation)==="free");F.push({kind:"added",id:w.id,name:w.name,from:null,to:w.price,features:L.map(G=>G.id),verdict:B.length?he("against","packaging test",`it sells ${B.map(G=>G.name).join(", ")}, which the test recommends free`):me("a new add-on")});continue}if($.price!==w.price){let B=typeof $.price=="number"&&typeof w.price=="number"?Vi($.price,w.price):void 0;F.push({kind:"repriced",id:w.id,name:w.name,from:$.price,to:w.price,...B!==void 0?{percent:B}:{},features:L.map(G=>G.id),verdict:me("the packaging test does not judge add-on prices")})}g($.from)!==w.from&&F.push({kind:"from-changed",id:w.id,name:w.name,from:g($.from),to:w.from,features:L.map(B=>B.id),verdict:me("sold from another plan")})}for(let w of u.values())f.has(w.id)||F.push({kind:"removed",id:w.id,name:w.name,from:w.price,to:null,features:re(t,w.id).map($=>$.id),verdict:me("the add-on is gone (its features show as moved or removed)")});let N=e?.diagnostics??[],ie=n.diagnostics,Ae={errors:0,warnings:0,infos:0};for(let w of ie)w.accepted===void 0&&(w.severity==="error"?Ae.errors++:w.severity==="warning"?Ae.warnings++:Ae.infos++);let T=w=>w.filter($=>$.accepted===void 0),V=w=>w.filter($=>$.accepted!==void 0),_e=new Set(V(ie).map(ar)),P=Fa(T(N),T(ie)).filter(w=>!_e.has(ar(w))),R=w=>w.feature!==void 0&&O.has(w.feature);return{baseMissing:e===void 0,added:h,removed:y,moved:v,limits:k,prices:M,renamed:p,addOns:F,rationale:S,accepted:Fa(V(ie),V(N)).map(Ki),reclassified:x,newDiagnostics:Fa(T(ie),T(N)).map(Ki),resolvedDiagnostics:P.filter(w=>!R(w)).map(Ki),resolvedByReclassifying:P.filter(R).map(Ki),head:Ae}}function Yi(e){return e.added.length+e.removed.length+e.moved.length+e.limits.length+e.prices.length+e.renamed.length+e.addOns.length+e.rationale.length+e.reclassified.length+e.accepted.length===0&&e.newDiagnostics.length+e.resolvedDiagnostics.length+e.resolvedByReclassifying.length===0}d();d();var bk={included:"Included",excluded:"Not included"};function Ip(e){return e.kind==="limit"||e.kind==="addOn"?e.label:bk[e.kind]}function Rp(e){return e.invalid?"not read (schema)":e.side??(e.addOn!==void 0?"unknown add-on":"unknown plan")}function Np(e){return Ie[e.recommendation]}function zp(e){return e.reasons.map(n=>Da[n]).join(", ")}function Lp(e){return!xf(e.recommendation,e.side)}var lr={error:"\u2716",warning:"\u26A0",info:"\u2139"};function Dp(e){if(!e.flag)return"";let n=[...new Set(e.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${lr[e.flag]} ${n.join(", ")}`}function qp(e){return e.findings.filter(n=>n.accepted!==void 0).map(n=>`accepted ${n.rule}: ${n.accepted}`)}function Fp(e){let n=new Map(e.plans.map(t=>[t.id,t.name]));return e.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${n.get(t.from)??t.from}`)}function E(e){return Hi(e).replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~!]/g,"\\$&").replace(/([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,(n,t,r,i)=>t?`${t}&#8203;`:r?`${r}&#8203;://`:i?`${i}&#8203;.`:`\\${n}`).trim()}function ft(e){return/^[\p{L}\p{N}._/@+ -]+$/u.test(e)?`\`${e}\``:E(e)}function Hi(e){return e.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"\uFFFD")}function cr(e){return Hi(e.replace(/\r\n|\n|\r(?!\n)/g," ").replace(/[\u2028\u2029]/g," "))}function Dn(e,n,t){let r=e.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(e),i(r),...n.map(i)].join(`
`)}function Bp(e,n={}){let t=[],r=n.heading??"##";if(t.push(`${r} Free/paid matrix${e.product?` \u2014 ${E(e.product)}`:""}`,""),e.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${E(e.growth.summary)}`,"");let i=e.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=Fp(e);if(o.length&&t.push(`Add-ons: ${o.map(E).join("; ")}.`,""),e.fileFindings.length&&t.push(vk(e),""),n.note&&t.push(`_${E(n.note)}_`,""),e.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...e.plans.map(a=>a.priceLabel===a.name?E(a.name):`${E(a.name)}<br>${E(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of e.groups){t.push(`${r}# ${E(a.category)}`,"");let l=a.rows.map(c=>{let u=zp(c),f=`${Np(c)}${u?` (${u})`:""}`,p=[Dp(c),...qp(c)].filter(Boolean).map(E).join("<br>");return[`${E(c.name)}${c.status==="planned"?" _(planned)_":""}${c.rationale?`<br>_${E(c.rationale)}_`:""}`,...c.cells.map(m=>m.kind==="excluded"?"\u2014":E(Ip(m))),E(Rp(c)),Lp(c)?E(f):`**${E(f)}**`,p]});t.push(Dn(s,l),"")}return t.join(`
`)}function vk(e){return["File findings:","",...e.fileFindings.map(n=>n.accepted===void 0?`- ${lr[n.severity]} \`${n.rule}\` (line ${n.range.start.line+1}): ${E(n.message)}`:`- accepted \`${n.rule}\`: ${E(n.accepted)}`)].join(`
`)}d();var Ji=class extends Error{constructor(){super(...arguments);this.name="UsageError"}};function jp(e){if(e===void 0||e===""||e==="-1")return-1;if(!/^\d+$/.test(e))throw new Ji(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${e}"`);return Number(e)}d();var lh=require("node:child_process"),pr=be(require("node:path"));d();var te=be(ze());d();function Xi(e){let n={errors:0,warnings:0,infos:0,accepted:0,open:0};for(let t of e.diagnostics)t.accepted!==void 0?n.accepted++:t.severity==="error"?n.errors++:t.severity==="warning"?n.warnings++:n.infos++;return n.open=n.errors+n.warnings+n.infos,n}var Zp=e=>e.toLocaleString("en-US");function kk(e){return`${Zp(e)} finding${e===1?"":"s"}`}function Up(e,n){if(!(n===void 0||e.open<=n))return`${kk(e.open)}; the Problems panel shows the first ${Zp(n)}.`}var Wp={error:3,warning:2,info:1};function Za(e){if(e.price==="contact-sales")return"Contact sales";if(e.price===0)return"Free";let t=[`$${Number.isInteger(e.price)?String(e.price):e.price.toFixed(2)}`,e.per?`${e.per}`:"",e.period?`${e.period}`:""].filter(Boolean).join(" / ");return e.minSeats&&e.per==="seat"?`${t} (min ${e.minSeats} seats)`:t}var Qi=new Map;function Sk(e){let n=String(Math.abs(e)),t="";for(let r=n.length;r>0;r-=3)t=n.slice(Math.max(0,r-3),r)+(t?`,${t}`:"");return e<0?`-${t}`:t}function Ga(e,n){let t=e==="unlimited"?"Unlimited":Object.is(e,-0)?"-0":Qi.get(e);if(t===void 0&&(t=Number.isSafeInteger(e)?Sk(e):e.toLocaleString("en-US"),Qi.size>1e4&&Qi.clear(),Qi.set(e,t)),!n)return t;let r=e===1?n.replace(/^([A-Za-z]+[^s])s\b/,"$1"):n;return`${t} ${r}`}var Ua=e=>({rule:e.rule,severity:e.severity,message:e.message,range:e.range,...e.accepted!==void 0?{accepted:e.accepted}:{}}),ja={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function Gp(e,n={}){let{slotOf:t,lines:r}=n,i=e.model,o=(i?.plans??[]).map(T=>({id:T.id,name:T.name,priceLabel:Za(T),price:T.price,free:T.free})),s=(i?.addOns??[]).map(T=>({id:T.id,name:T.name,priceLabel:Za(T),from:T.from})),a=new Map,l=[];for(let T of e.diagnostics)if(T.feature===void 0)l.push(T);else{let V=a.get(T.feature)??[];V.push(T),a.set(T.feature,V)}let c=new Map,u=T=>{let V=c.get(T.category)??[];V.push(T),c.set(T.category,V)},f=0,p=0,m=0,g=0,h=new Set,y=new Set,v=i!==void 0&&Ak(i),k=t?JSON.stringify([o,s]):"",S=T=>{let V=y.size;v||y.add(T.id);let _e=!v&&y.size===V?[]:a.get(T.id)??[],P=t?.(T),R=P?.shape===k?P.row:void 0,w=T.idNode.range,$=T.planNode.range,L=R?.range,B=R?.planRange,G=L&&B&&r&&eo(r,L.start,w[0])&&eo(r,L.end,w[1])&&eo(r,B.start,$[0])&&eo(r,B.end,$[1]),K=G?L:e.toRange({start:w[0],end:w[1]}),Oe=G?B:e.toRange({start:$[0],end:$[1]}),X=R&&Wa(R.range,K)&&Wa(R.planRange,Oe)&&_k(R.findings,_e)&&R.suggestion===P?.suggestion&&Ok(R.market,P?.market)?R:x(T,_e,K,Oe,P);return P&&(P.row=X,P.shape=k),T.side==="free"?f++:T.side==="paid"&&p++,X.flag&&m++,X},x=(T,V,_e,P,R)=>{let w=$k(T,o),$=Kp(V.map(Ua)),L=Vp($);return{id:T.id,name:T.name,...T.description!==void 0?{description:T.description}:{},category:T.category??"Uncategorized",plan:T.plan,...T.addOn!==void 0?{addOn:T.addOn}:{},side:T.side,recommendation:T.recommendation,reasons:T.reasons,signals:Fe.filter(B=>T.signals?.[B]===!0),answered:Fe.filter(B=>typeof T.signals?.[B]=="boolean"),status:T.status,...T.unit!==void 0?{unit:T.unit}:{},...T.rationale!==void 0?{rationale:T.rationale}:{},cells:w,findings:$,...L?{flag:L}:{},range:_e,planRange:P,...R?.suggestion?{suggestion:R.suggestion}:{},...R?.market?{market:R.market}:{}}},O=i?J(i.rootNode,"features"):void 0,M=xk(i?.features??[],(0,te.isSeq)(O)?O.items:[]);i&&(0,te.isSeq)(O)&&O.items.forEach((T,V)=>{if((0,te.isAlias)(T))return;let _e=M.take(T,V);if(_e){u(S(_e));return}let P=Pk(e,T,V,o.length,h);P&&(g++,P.flag&&m++,u(P))});for(let T of M.rest())u(S(T));let I=l.filter(T=>!h.has(T)).map(Ua),A=i?.growth,D=Xi(e),F={features:(i?.features.length??0)+g,free:f,paid:p,flagged:m,errors:D.errors,warnings:D.warnings,infos:D.infos,accepted:D.accepted,...g?{invalid:g}:{}},re=Up(D,n.listLimit),N={present:i?.hasGrowth??!1,acquisition:A?.acquisition??"product-led",retention:A?.retention??"product-led",monetization:A?.monetization??"self-serve",relationship:A?.relationship??"one-to-many",freeOffer:A?.freeOffer??"freemium",...A?.trialDays!==void 0?{trialDays:A.trialDays}:{},freemiumGoals:[...A?.freemiumGoals??[]],summary:""},ie=N.acquisition===N.retention?`${ja[N.acquisition]} acquisition and retention`:`${ja[N.acquisition]} acquisition, ${ja[N.retention]} retention`,Ae=N.freeOffer==="none"?"no free offer":N.trialDays?`${N.freeOffer} (${N.trialDays}-day trial)`:N.freeOffer;return N.summary=`${ie} \xB7 ${N.monetization} \xB7 ${Ae}${N.present?"":" (assumed: no growth block)"}`,{product:i?.productName??"",plans:o,addOns:s,groups:[...c].map(([T,V])=>({category:T,rows:V})),growth:N,counts:F,fileFindings:I,syntaxError:e.syntaxError,...re?{notice:re}:{}}}function xk(e,n){let t=[],r=!0;for(let o of e){if(n[o.index]!==o.node||t[o.index]!==void 0){r=!1;break}t[o.index]=o}if(r)return{take(o,s){let a=t[s];return t[s]=void 0,a},rest:()=>e.filter(o=>t[o.index]===o)};let i=new Map;for(let o of e)i.set(o.node,o);return{take(o){let s=i.get(o);return s&&i.delete(o),s},rest:()=>[...i.values()]}}function $k(e,n){let t=e.placement?.rank,r=e.addOnModel,i=r?e.availableFrom?.rank:void 0,o=e.addOnOnly?void 0:t,s=r?`add-on: ${r.name}, ${r.price===0?"free":Za(r)}`:"";return n.map((a,l)=>{let c=o!==void 0&&l>=o,u=!c&&r!==void 0&&i!==void 0&&l>=i;if(!c&&!u)return{kind:"excluded"};let f=e.limits[a.id];return f!==void 0?{kind:"limit",limit:f,...e.unit?{unit:e.unit}:{},label:Ga(f,e.unit)}:u?{kind:"addOn",addOn:r.id,label:s}:{kind:"included"}})}var Ak=e=>e.featureIds.size===e.idEntries.features.length;var eo=(e,n,t)=>n.character>=0&&n.line<e.length&&e[n.line]+n.character===t&&(n.line+1===e.length||e[n.line+1]>t),Wa=(e,n)=>e===n||e!==void 0&&e.start.line===n.start.line&&e.start.character===n.start.character&&e.end.line===n.end.line&&e.end.character===n.end.character;function _k(e,n){if(e.length!==n.length)return!1;let t=0;for(let r of[!0,!1])for(let i of n){if(i.accepted===void 0!==r)continue;let o=e[t++];if(o.rule!==i.rule||o.severity!==i.severity||o.message!==i.message||o.accepted!==i.accepted||!Wa(o.range,i.range))return!1}return!0}function Ok(e,n){return e===n?!0:!e||!n?!1:e.sameAs===n.sameAs&&e.capability===n.capability&&e.placement===n.placement&&e.count===n.count&&e.sample===n.sample&&e.years===n.years&&e.label===n.label}function Kp(e){return[...e.filter(n=>n.accepted===void 0),...e.filter(n=>n.accepted!==void 0)]}function Vp(e){let n;for(let t of e)t.accepted===void 0&&(!n||Wp[t.severity]>Wp[n])&&(n=t.severity);return n}var no=(e,n)=>{let t=J(e,n);return(0,te.isScalar)(t)&&typeof t.value=="string"&&t.value.trim()!==""?t.value:void 0};function Pk(e,n,t,r,i){if(!n?.range)return;let[o,s]=n.range,a=e.diagnostics.filter(v=>v.span.start>=o&&v.span.start<s);for(let v of a)v.feature===void 0&&i.add(v);let l=Kp(a.map(Ua)),c=(0,te.isMap)(n)?no(n,"id"):void 0,u=(0,te.isMap)(n)?J(n,"id"):void 0,f=(0,te.isMap)(n)?J(n,"plan"):void 0,p=Vp(l)??"error",m=v=>e.toRange(v?.range?{start:v.range[0],end:v.range[1]}:{start:o,end:o}),g=(0,te.isMap)(n)?J(n,"signals"):void 0,h=(0,te.isMap)(g)?g.items.filter(v=>(0,te.isScalar)(v.key)&&(0,te.isScalar)(v.value)):[],y=v=>h.find(k=>k.key.value===v)?.value?.value;return{id:c??`#${t+1}`,name:((0,te.isMap)(n)?no(n,"name"):void 0)??c??`Feature #${t+1}`,category:((0,te.isMap)(n)?no(n,"category"):void 0)??"Uncategorized",plan:((0,te.isMap)(n)?no(n,"plan"):void 0)??"",side:null,recommendation:"unclassified",reasons:[],signals:Fe.filter(v=>y(v)===!0),answered:Fe.filter(v=>typeof y(v)=="boolean"),status:"shipped",cells:Array.from({length:r},()=>({kind:"excluded"})),findings:l,flag:p,invalid:!0,range:m(u??void 0),planRange:m(f??void 0)}}d();var se=require("node:fs"),He=be(require("node:path"));d();function Ka(e){let n=e.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(n)}var wn=class extends Error{},Yp=32<<20,Hp=/^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;function Mk(e){let n;try{n=(0,se.statSync)(e)}catch{return}if(n.isFIFO()&&!Hp.test(e))return"is a named pipe (FIFO), not a file: refused, since reading it could wait forever";if(n.isSocket())return"is a socket, not a file";if((n.isCharacterDevice()||n.isBlockDevice())&&e!=="/dev/null"&&!Hp.test(e))return"is a device, not a file"}function Va(e){let n,t,r=Mk(e);if(r)return{ok:!1,reason:r};try{t=(0,se.openSync)(e,"r");let o=(0,se.fstatSync)(t);if(o.isDirectory())return{ok:!1,reason:"is a directory"};if(o.isFile()&&o.size>Yp)return{ok:!1,reason:`too large (${Math.round(o.size/2**20)} MiB; the limit is 32 MiB)`};let s=[],a=0;for(;;){let l=Buffer.allocUnsafe(65536),c=(0,se.readSync)(t,l,0,l.length,null);if(c===0)break;if(s.push(l.subarray(0,c)),a+=c,a>Yp)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}n=Buffer.concat(s,a)}catch(o){let s=o;return{ok:!1,reason:s.code==="ENOENT"?"no such file":s.code==="EACCES"?"permission denied":s.code==="EISDIR"?"is a directory":s.message}}finally{t!==void 0&&(0,se.closeSync)(t)}let i=n.indexOf(0);if(i>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${Jp(n,i)})`};try{let o=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}).decode(n),s=o.charCodeAt(0)===65279;return s&&(o=o.slice(1)),{ok:!0,text:o,...s?{bom:s}:{}}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${Jp(n,Ck(n))})`}}}function Jp(e,n){let t=1,r=0;for(let i=0;i<n;i++)e[i]===10&&(t++,r=i+1);return`line ${t}, column ${n-r+1}`}function Ck(e){for(let n=0;n<e.length;){let t=e[n];if(t<128){n++;continue}let r,i=128,o=191;if(t>=194&&t<=223)r=2;else if(t>=224&&t<=239)r=3,t===224?i=160:t===237&&(o=159);else if(t>=240&&t<=244)r=4,t===240?i=144:t===244&&(o=143);else return n;if(n+r>e.length)return n;let s=e[n+1];if(s<i||s>o)return n;for(let a=2;a<r;a++)if(e[n+a]>>6!==2)return n;n+=r}return e.length}var Xp=e=>/[*?[\]{}]/.test(e),Qp=256;function nh(e){let n=e.indexOf("{"),t=n<0?-1:e.indexOf("}",n);if(t<0)return[e];let r=e.slice(0,n),i=nh(e.slice(t+1)),o=[];for(let s of e.slice(n+1,t).split(","))for(let a of i)if(o.push(r+s+a),o.length>Qp)throw new wn(`${e}: the braces expand to more than ${Qp} patterns`);return o}function Tk(e){let n=[];for(let t=0;t<e.length;t++){let r=e[t];r==="*"?e[t+1]==="*"?(t++,e[t+1]==="/"?(t++,n.push({kind:"**/"})):n.push({kind:"**"})):n[n.length-1]?.kind!=="*"&&n.push({kind:"*"}):r==="?"?n.push({kind:"?"}):n.push({kind:"char",c:r})}return n}function Ek(e){let n=nh(e).map(Tk);return t=>n.some(r=>Ik(r,t))}function Ik(e,n){let t=e.length,r=new Uint8Array(t+1),i=new Uint8Array(t+1),o=s=>{for(let a=0;a<t;a++)s[a]&&e[a].kind!=="char"&&e[a].kind!=="?"&&(s[a+1]=1)};r[0]=1,o(r);for(let s=0;s<n.length;s++){let a=n[s];i.fill(0);let l=!1;for(let c=0;c<t;c++){if(!r[c])continue;let u=e[c];u.kind==="char"?u.c===a&&(i[c+1]=1):u.kind==="?"?a!=="/"&&(i[c+1]=1):u.kind==="*"?a!=="/"&&(i[c]=1):u.kind==="**"?i[c]=1:(i[c]=1,a==="/"&&(i[c+1]=1))}o(i);for(let c=0;c<=t;c++)i[c]&&(l=!0);if(!l)return!1;[r,i]=[i,r]}return r[t]===1}function to(e,n,t=e,r=()=>{},i=new Set){let o=[],s;try{s=(0,se.realpathSync)(e)}catch{return o}if(i.has(s))return r(`${e}: a symbolic link loop (back to ${s}); not followed`),o;i.add(s);let a;try{a=(0,se.readdirSync)(e,{withFileTypes:!0})}catch{return i.delete(s),o}a.sort((l,c)=>l.name<c.name?-1:l.name>c.name?1:0);for(let l of a){let c=He.default.join(e,l.name),u=l.isDirectory(),f=l.isFile();if(l.isSymbolicLink())try{let p=(0,se.statSync)(c);u=p.isDirectory(),f=p.isFile()}catch{continue}if(u){if(l.name==="node_modules"||l.name.startsWith("."))continue;o.push(...to(c,n,t,r,i))}else f&&n(He.default.relative(t,c).split(He.default.sep).join("/"))&&o.push(c)}return i.delete(s),o}function th(e,n,t=()=>{}){if(e.length===0){let i=to(n,o=>Ka(o),n,t);if(i.length===0)throw new wn("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return eh(i)}let r=[];for(let i of e){let o=He.default.resolve(n,i),s;try{s=(0,se.statSync)(o)}catch{s=void 0}if(s?.isDirectory()){let a=to(o,l=>Ka(l),o,t);if(a.length===0)throw new wn(`${i}: no packaging files in this directory`);r.push(...a)}else if(!s&&Xp(i)){let a=i.split(He.default.sep).join("/").replace(/^\.\//,""),l=a.split("/").findIndex(m=>Xp(m)),c=a.split("/").slice(0,l).join("/"),u=He.default.resolve(n,c||"."),f=Ek(a.split("/").slice(l).join("/")),p=to(u,f,u,t);if(p.length===0)throw new wn(`${i}: the pattern matched no files`);r.push(...p)}else r.push(o)}return eh(r)}function eh(e){let n=new Set;return e.filter(t=>{let r=t;try{r=(0,se.realpathSync)(t)}catch{}return n.has(r)?!1:(n.add(r),!0)})}function Ya(e,n){let t=He.default.relative(n,e);return(t&&!t.startsWith("..")?t:e).split(He.default.sep).join("/")}d();var pt=(e,n)=>t=>`\x1B[${e}m${t}\x1B[${n}m`;function Ha(e){if(!e){let n=t=>t;return{red:n,yellow:n,blue:n,dim:n,bold:n,underline:n}}return{red:pt(31,39),yellow:pt(33,39),blue:pt(34,39),dim:pt(2,22),bold:pt(1,22),underline:pt(4,24)}}d();d();var Ja="packaging-planner",Xa="0.1.0",rh="PACKAGING_PLANNER_DOCS_URL";function Qa(e){let n=e[rh]?.trim();if(!n)return;let t;try{t=new URL(n)}catch{t=void 0}if(!t||t.protocol!=="https:"&&t.protocol!=="http:")throw new ur(`${rh} must be an http(s) address of the docs/ folder, not "${n}"`);return n.replace(/\/+$/,"")}var ur=class extends Error{constructor(){super(...arguments);this.name="DocsUrlError"}};function ro(e,n){return n?`${n}/rules/${encodeURIComponent(e)}.md`:void 0}function io(e){return`${Ja} explain ${e}`}d();function dr(e){let n=Xi({diagnostics:e});return{errorCount:n.errors,warningCount:n.warnings,infoCount:n.infos,acceptedCount:n.accepted}}function ht(e){return dr(e.flatMap(n=>n.diagnostics))}function bn(e){return{line:e.line+1,column:e.character+1}}var oo=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function fr(e,n){let t=ro(e,n);return t?`[${e}](${t})`:`\`${e}\``}function el(e){return e?[]:[`Each rule is explained by \`${io("RULE")}\`.`,""]}function so(e,n={}){let t=["## Packaging Planner",""],r=ht(e),i=r.errorCount+r.warningCount+r.infoCount,o=oo(e.length,"file"),s=r.acceptedCount?` ${r.acceptedCount} accepted (not counted).`:"";if(t.push(i===0?`\u2714 ${o} checked, no problems.${s}`:`${r.errorCount>0?"\u2716":"\u26A0"} ${oo(r.errorCount,"error")}, ${oo(r.warningCount,"warning")}, ${oo(r.infoCount,"info")} in ${o}.${s}`,""),e.length===0)return`${t.join(`
`)}
`;t.push(Dn(["File","Errors","Warnings","Infos","Features (free / paid)"],e.map(a=>{let l=dr(a.diagnostics),c=a.result.features.filter(f=>f.side==="free").length,u=a.result.features.filter(f=>f.side==="paid").length;return[ft(a.file),String(l.errorCount),String(l.warningCount),String(l.infoCount),`${a.result.features.length} (${c} / ${u})`]}),["l","r","r","r","r"]),""),i>0&&t.push(...el(n.docsUrl));for(let a of e){t.push(`### ${E(a.file)}`,"");let l=a.diagnostics.filter(u=>u.accepted===void 0),c=a.diagnostics.filter(u=>u.accepted!==void 0);l.length===0?t.push("No problems.",""):t.push(Dn(["Line","Severity","Rule","Message"],l.map(u=>{let f=bn(u.range.start);return[`${f.line}:${f.column}`,`${lr[u.severity]} ${u.severity}`,fr(u.rule,n.docsUrl),E(u.message)]}),["r","l","l","l"]),""),c.length&&t.push(`<details><summary>Accepted findings (${c.length})</summary>`,"",Dn(["Line","Rule","Reason","Finding"],c.map(u=>{let f=bn(u.range.start);return[`${f.line}:${f.column}`,fr(u.rule,n.docsUrl),E(u.accepted),E(u.message)]}),["r","l","l","l"]),"","</details>",""),!a.result.syntaxError&&a.result.model&&t.push("<details><summary>Free/paid matrix</summary>","",Bp(Gp(a.result),{heading:"####"}),"</details>","")}return`${t.join(`
`)}
`}d();function ih(){return{cwd:process.cwd(),stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTTY:!!process.stdout.isTTY,env:process.env,...process.stdout.isTTY&&process.stdout.columns?{columns:process.stdout.columns}:{}}}var qn={ok:0,findings:1,usage:2};d();var Fn=class extends Error{};function ch(e,n){let t=pr.default.dirname(e),r=s=>(0,lh.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new Fn(a.code==="ENOENT"?"git is not installed":`${e}: not inside a git repository`)}if(n.startsWith("-"))throw new Fn(`--base ${n}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${n}^{commit}`])}catch{throw new Fn(`--base ${n}: no such git ref (commit, branch or tag)`)}let o=pr.default.relative(i,pr.default.resolve(e)).split(pr.default.sep).join("/");try{return r(["show",`${n}:${o}`])}catch{return}}function vn(e){return e==null?"\u2014":e==="contact-sales"?"Contact sales":e===0?"Free":`$${Number.isInteger(e)?e:e.toFixed(2)}`}function oh(e,n){return e===null?"not included":Ga(e,n)}var nl=e=>e===void 0?"":` (${e>0?"+":""}${e}%)`;function Rk(e){return e.direction==="neutral"?`no verdict: ${e.why}`:`${e.direction} the ${e.basis}: ${e.why}`}var Nk={tightened:"wall tightened",loosened:"wall loosened","wall-added":"wall added","wall-removed":"wall removed","unit-changed":"unit changed"};function zk(e){let n=e.features.length?` (sells ${e.features.join(", ")})`:"";return e.kind==="added"?`${e.name}: added at ${vn(e.to)}${n}`:e.kind==="removed"?`${e.name}: removed (was ${vn(e.from)})${n}`:e.kind==="from-changed"?`${e.name}: sold from ${e.from} \u2192 ${e.to}`:`${e.name}: ${vn(e.from)} \u2192 ${vn(e.to)}${nl(e.percent)}`}var sh=e=>e===null?"no signals":e.length===0?"none true":e.join(", ");var ah=e=>e!==void 0?"unknown add-on":"unknown plan",ao=(e,n)=>n?`add-on ${n}`:e;var mt=(e,n)=>`${e} ${n}${e===1?"":"s"}`,Lk=e=>`${mt(e.errors,"error")}, ${mt(e.warnings,"warning")}, ${mt(e.infos,"info")}`;var Dk=e=>e.direction==="with"?"\u2705 ":e.direction==="against"?"\u26A0\uFE0F ":"",lo=e=>`${Dk(e)}${E(Rk(e))}`;function uh(e,n,t){let r=[`## Packaging changes: ${E(n.head)}`,"",`Compared with ${ft(n.base)}${e.baseMissing?" (does not exist: a new file)":""}. Head: ${Lk(e.head)}.`,""];if(Yi(e))return r.push("No packaging changes.",""),`${r.join(`
`)}
`;let i=(l,c,u,f)=>u.length===0?[]:[`### ${l}`,"",...f?[f,""]:[],Dn(c,u),""],o=[...e.moved.map(l=>l.judgement),...e.limits.map(l=>l.verdict),...e.prices.map(l=>l.verdict),...e.addOns.map(l=>l.verdict)].filter(l=>l.direction==="against").length;(o>0||e.accepted.length>0)&&r.push(`**${mt(o,"change")} against the packaging test or the growth model**${e.accepted.length?`; ${mt(e.accepted.length,"finding")} newly accepted`:""}.`,""),e.resolvedByReclassifying.length>0&&r.push(`**${mt(e.resolvedByReclassifying.length,"finding")} resolved by reclassifying**: the feature's signals changed, not its plan or limits. Check the new answers.`,""),r.push(...i("Plans renamed",["Before","After","Place in the ladder"],e.renamed.map(l=>[E(`${l.fromName} (${l.fromId})`),E(`${l.toName} (${l.toId})`),String(l.rank+1)])),...i("Moved between plans",["Feature","From","To","Side","Verdict"],e.moved.map(l=>[E(l.name),E(ao(l.fromPlan,l.fromAddOn)),E(ao(l.toPlan,l.toAddOn)),E(l.fromSide===l.toSide?`${l.toSide??"unknown"} side`:`${l.fromSide??"unknown"} \u2192 ${l.toSide??"unknown"}`),lo(l.judgement)])),...i("Features added or removed",["","Feature","Plan","Side","Recommendation"],[...e.added.map(l=>["\u2795",E(l.name),E(ao(l.plan,l.addOn)),E(l.side??ah(l.addOn)),E(Ie[l.recommendation])]),...e.removed.map(l=>["\u2796",E(l.name),E(ao(l.plan,l.addOn)),E(l.side??ah(l.addOn)),E(Ie[l.recommendation])])]),...i("Limits changed",["Feature","Plan","Before","After","Change","Verdict"],e.limits.map(l=>[E(l.name),E(l.plan),E(oh(l.from,l.fromUnit??l.unit)),E(oh(l.to,l.unit)),E(`${Nk[l.kind]}${nl(l.percent)}`),lo(l.verdict)])),...i("Plans and prices",["Plan","Before","After","Change","Verdict"],e.prices.map(l=>[E(l.name),E(vn(l.from)),E(vn(l.to)),E(`${l.percent!==void 0?`${l.percent>0?"+":""}${l.percent}%`:""}${l.entryFrom!==void 0||l.entryTo!==void 0?` entry ${vn(l.entryFrom)} \u2192 ${vn(l.entryTo)}${nl(l.entryPercent)}`:""}`.trim()),lo(l.verdict)])),...i("Add-ons",["Add-on","Change","Verdict"],e.addOns.map(l=>[E(l.name),E(zk(l)),lo(l.verdict)])),...i("Rationale changed",["Feature","Before","After"],e.rationale.map(l=>[E(l.name),E(l.from??"(none)"),E(l.to??"(none)")])),...i("Reclassified (signals changed)",["Feature","Signals before","Signals after","Recommendation","Reasons"],e.reclassified.map(l=>[E(l.name),E(sh(l.fromSignals)),E(sh(l.toSignals)),E(l.fromRecommendation===l.toRecommendation?Ie[l.toRecommendation]:`${Ie[l.fromRecommendation]} \u2192 ${Ie[l.toRecommendation]}`),E(`${l.fromReasons.join(", ")||"none"} \u2192 ${l.toReasons.join(", ")||"none"}`)])),...i("Newly accepted findings",["Severity","Rule","Feature","Finding","Reason"],e.accepted.map(l=>[l.severity,fr(l.rule,t),E(l.feature??""),E(l.message),E(l.accepted??"")]),"These findings are waved through by an `accept` entry: they no longer count. Check the reasons."));let s=(l,c)=>l.map(u=>[c,`${u.severity}`,fr(u.rule,t),E(u.message)]),a=i("Findings",["","Severity","Rule","Message"],[...s(e.newDiagnostics,"\u{1F195} new"),...s(e.resolvedDiagnostics,"\u2705 resolved"),...s(e.resolvedByReclassifying,"\u{1F3F7}\uFE0F resolved by reclassifying")]);return a.length>0&&r.push(...a,...el(t)),`${r.join(`
`)}
`}d();d();var qk={error:"error",warning:"warning",info:"notice"};function Bn(e){return Hi(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Fk(e){return Bn(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}function co(e,n,t){let r=Object.entries(n).map(([i,o])=>`${i}=${Fk(String(o))}`).join(",");return`::${e}${r?` ${r}`:""}::${Bn(t)}`}function uo(e){let n=[];for(let t of e)for(let r of t.diagnostics)r.accepted===void 0&&n.push(co(qk[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return n.length>0?`${n.join(`
`)}
`:""}d();function Bk(e){return{files:e.map(n=>({file:n.file,...dr(n.diagnostics),diagnostics:n.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:bn(t.range.start),end:bn(t.range.end)}})),features:n.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function dh(e){return`${JSON.stringify(Bk(e),null,2)}
`}d();d();var tl=require("node:fs"),fo=be(require("node:path")),hr;function jk(){return hr||(typeof b<"u"?hr=b:typeof __ASSETS_FILE__<"u"&&(hr=JSON.parse((0,tl.readFileSync)(fo.default.join(__dirname,__ASSETS_FILE__),"utf8"))),hr)}var Zk=()=>fo.default.resolve(__dirname,"..","..");function Uk(e){try{return(0,tl.readFileSync)(e,"utf8")}catch{return}}function fh(e){if(!/^[a-z][a-z0-9-]*$/.test(e))return;let n=jk();return n?Object.hasOwn(n.docs,e)?n.docs[e]:void 0:Uk(fo.default.join(Zk(),"docs","rules",`${e}.md`))}d();function ph(e,n){let t=e.replace(/\r\n?/g,`
`).split(`
`),r=t.findIndex(a=>a.trim()===`## ${n}`);if(r<0)return[];let i=[],o=[],s=!1;for(let a of t.slice(r+1)){if(!s&&a.startsWith("## "))break;a.startsWith("```")&&(s=!s),!s&&a.trim()===""?(o.length&&i.push(o.join(`
`)),o=[]):o.push(a)}return o.length&&i.push(o.join(`
`)),i}function Wk(e){return e.replace(/\s*\n\s*/g," ").replace(/`([^`]*)`/g,"$1").replace(/\*\*([^*]+)\*\*/g,"$1").replace(/\[([^\]]+)\]\([^)]*\)/g,"$1").trim()}function hh(e){let n=ph(e,"What it checks").filter(i=>!/^Anchor:/.test(i)),t=ph(e,"Why").slice(0,1),r=[...n,...t].filter(i=>!i.startsWith("```"));if(r.length!==0)return{text:r.map(Wk).join(`

`),markdown:r.map(i=>i.replace(/\s*\n\s*/g," ").trim()).join(`

`)}}var Gk=e=>require("node:crypto").createHash("sha256").update(e).digest("hex"),Kk="https://json.schemastore.org/sarif-2.1.0.json",mh={error:"error",warning:"warning",info:"note"},Vk=e=>e.split("-").map(n=>n.charAt(0).toUpperCase()+n.slice(1)).join("");function Yk(e){let n=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(e)?{uri:`file:///${n(e.replace(/\\/g,"/"))}`}:e.startsWith("/")?{uri:`file://${n(e)}`}:{uri:n(e),uriBaseId:"%SRCROOT%"}}function Hk(e,n={}){let t=new Map(dt.map((o,s)=>[o.id,s])),r=dt.map(o=>{let s=fh(o.id),a=s?hh(s):void 0,l=ro(o.id,n.docsUrl);return{id:o.id,name:Vk(o.id),shortDescription:{text:o.description},fullDescription:a??{text:o.description},help:s?{text:s,markdown:s}:{text:`${o.description}

Run \`${io(o.id)}\` for the rule's page.`},...l?{helpUri:l}:{},defaultConfiguration:{level:mh[o.severity]},properties:{tags:["packaging",o.category],precision:"very-high"}}}),i=e.flatMap(o=>{let s=new Map;return o.diagnostics.map(a=>{let l=t.get(a.rule),c=[o.file,a.rule,a.feature??"",a.message].join("\0"),u=(s.get(c)??0)+1;s.set(c,u);let f=`${Gk(c).slice(0,32)}:${u}`;return{ruleId:a.rule,...l!==void 0?{ruleIndex:l}:{},level:mh[a.severity],message:{text:a.message},locations:[{physicalLocation:{artifactLocation:Yk(o.file),region:{startLine:a.range.start.line+1,startColumn:a.range.start.character+1,endLine:a.range.end.line+1,endColumn:a.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":f},...a.accepted!==void 0?{suppressions:[{kind:"inSource",justification:a.accepted}]}:{},...a.feature!==void 0?{properties:{feature:a.feature}}:{}}})});return{$schema:Kk,version:"2.1.0",runs:[{tool:{driver:{name:Ja,version:Xa,semanticVersion:Xa,...n.docsUrl?{informationUri:n.docsUrl}:{},rules:r}},columnKind:"utf16CodeUnits",results:i}]}}function po(e,n={}){return`${JSON.stringify(Hk(e,n),null,2)}
`}d();var mr=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function gh(e,n){let t=Ha(n.color);if(e.length===0)return"";let r=[];for(let c of e){let u=n.showAccepted?c.diagnostics:c.diagnostics.filter(m=>m.accepted===void 0);if(u.length===0)continue;r.push(t.underline(cr(c.file)));let f=u.map(m=>{let g=bn(m.range.start);return{pos:`${g.line}:${g.column}`,d:m}}),p=Math.max(...f.map(m=>m.pos.length));for(let{pos:m,d:g}of f){let h=g.accepted!==void 0?t.dim("accepted"):g.severity==="error"?t.red("error  "):g.severity==="warning"?t.yellow("warning"):t.blue("info   "),y=g.accepted!==void 0?` ${t.dim(`(accepted: ${cr(g.accepted.replace(/\s*\n\s*/g," "))})`)}`:"";r.push(`  ${t.dim(m.padEnd(p))}  ${h}  ${cr(g.message.replace(/\s*\n\s*/g," "))}${y}  ${t.dim(g.rule)}`)}r.push("")}let i=ht(e),o=i.errorCount+i.warningCount+i.infoCount,s=mr(e.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${n.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let c=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${c}`:c}let l=`\u2716 ${mr(o,"problem")} (${mr(i.errorCount,"error")}, ${mr(i.warningCount,"warning")}, ${mr(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(l)):t.yellow(t.bold(l))),`${r.join(`
`)}
`}var ho={stylish:gh,json:dh,sarif:po,github:uo,markdown:so};function jn(e,n){return(e[`INPUT_${n.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function gr(e,n){return e.stdout(`::error title=packaging-planner::${Bn(n)}
`),{exitCode:qn.usage,errors:0,warnings:0,infos:0}}function yh(e){let n=e.env,t=n.GITHUB_WORKSPACE&&Zn.default.isAbsolute(n.GITHUB_WORKSPACE)?n.GITHUB_WORKSPACE:e.cwd,r=jn(n,"paths").split(/\r?\n/).flatMap(x=>x.trim().split(/\s+/)).filter(Boolean),i=jn(n,"format")||"stylish";if(!(i in ho))return gr(e,`input format: unknown "${i}"; use one of ${Object.keys(ho).join(", ")}`);let o=jn(n,"max-warnings"),s;try{s=jp(o)}catch(x){return gr(e,`input max-warnings: ${x.message.replace(/^--max-warnings takes/,"takes")}`)}let a=jn(n,"sarif"),l=jn(n,"annotate")!=="false",c=jn(n,"diff-base"),u=jn(n,"diff-file")||"packaging-diff.md",f;try{f=Qa(n)}catch(x){if(x instanceof ur)return gr(e,x.message);throw x}let p;try{p=th(r,t,x=>e.stdout(`${co("warning",{title:"packaging-planner"},x)}
`))}catch(x){if(x instanceof wn)return gr(e,x.message);throw x}let m=[],g=!1;for(let x of p){let O=Ya(x,t),M=Va(x);if(!M.ok){e.stdout(`${co("error",{file:O,title:"packaging-planner"},`${O}: ${M.reason}`)}
`),g=!0;continue}let I=Gi(M.text);m.push({file:O,text:M.text,result:I,diagnostics:I.diagnostics})}if(e.stdout(ho[i](m,{color:!1,docsUrl:f})),l&&i!=="github"&&e.stdout(uo(m)),n.GITHUB_STEP_SUMMARY&&(0,Be.appendFileSync)(n.GITHUB_STEP_SUMMARY,so(m,{docsUrl:f})),a){let x=Zn.default.resolve(t,a);(0,Be.mkdirSync)(Zn.default.dirname(x),{recursive:!0}),(0,Be.writeFileSync)(x,po(m,{docsUrl:f}))}let h="";if(c){let x=[];try{for(let M of m){let I=ch(Zn.default.resolve(t,M.file),c),A=Ba(I===void 0?void 0:Gi(I),M.result);Yi(A)||x.push(uh(A,{base:`${c}:${M.file}`,head:M.file},f))}}catch(M){if(M instanceof Fn)return gr(e,`input diff-base: ${M.message}`);throw M}let O=x.length>0?x.join(`
`):`## Packaging changes

No packaging changes since ${ft(c)}.
`;h=Zn.default.resolve(t,u),(0,Be.mkdirSync)(Zn.default.dirname(h),{recursive:!0}),(0,Be.writeFileSync)(h,O),n.GITHUB_STEP_SUMMARY&&(0,Be.appendFileSync)(n.GITHUB_STEP_SUMMARY,`
${O}`)}let{errorCount:y,warningCount:v,infoCount:k}=ht(m);n.GITHUB_OUTPUT&&(0,Be.appendFileSync)(n.GITHUB_OUTPUT,`errors=${y}
warnings=${v}
infos=${k}
files=${m.length}
${a?`sarif=${a}
`:""}${h?`diff=${u}
`:""}`);let S=qn.ok;return g?S=qn.usage:y>0?S=qn.findings:s>=0&&v>s&&(e.stdout(`::error title=packaging-planner::${Bn(`${v} warning${v===1?"":"s"}, more than max-warnings ${s}`)}
`),S=qn.findings),{exitCode:S,errors:y,warnings:v,infos:k}}try{process.exitCode=yh(ih()).exitCode}catch(e){process.stdout.write(`::error title=packaging-planner::${Bn(`internal error: ${e?.message??String(e)}`)}
`),process.exitCode=2}
