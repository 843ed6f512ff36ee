"use strict";var Vp=Object.create;var za=Object.defineProperty;var Yp=Object.getOwnPropertyDescriptor;var Hp=Object.getOwnPropertyNames;var Jp=Object.getPrototypeOf,Xp=Object.prototype.hasOwnProperty;var Qp=(e,n,t)=>()=>{if(t)throw t[0];try{return e&&(n=e(e=0)),n}catch(r){throw t=[r],r}};var P=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}};var eh=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let i of Hp(n))!Xp.call(e,i)&&i!==t&&za(e,i,{get:()=>n[i],enumerable:!(r=Yp(n,i))||r.enumerable});return e};var $e=(e,n,t)=>(t=e!=null?Vp(Jp(e)):{},eh(n||!e||!e.__esModule?za(t,"default",{value:e,enumerable:!0}):t,e));var w,f=Qp(()=>{w={schema:`{
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
`}}});var L=P(ee=>{"use strict";f();var Yi=Symbol.for("yaml.alias"),La=Symbol.for("yaml.document"),lr=Symbol.for("yaml.map"),Da=Symbol.for("yaml.pair"),Hi=Symbol.for("yaml.scalar"),cr=Symbol.for("yaml.seq"),Le=Symbol.for("yaml.node.type"),th=e=>!!e&&typeof e=="object"&&e[Le]===Yi,rh=e=>!!e&&typeof e=="object"&&e[Le]===La,ih=e=>!!e&&typeof e=="object"&&e[Le]===lr,oh=e=>!!e&&typeof e=="object"&&e[Le]===Da,qa=e=>!!e&&typeof e=="object"&&e[Le]===Hi,sh=e=>!!e&&typeof e=="object"&&e[Le]===cr;function Fa(e){if(e&&typeof e=="object")switch(e[Le]){case lr:case cr:return!0}return!1}function ah(e){if(e&&typeof e=="object")switch(e[Le]){case Yi:case lr:case Hi:case cr:return!0}return!1}var lh=e=>(qa(e)||Fa(e))&&!!e.anchor;ee.ALIAS=Yi;ee.DOC=La;ee.MAP=lr;ee.NODE_TYPE=Le;ee.PAIR=Da;ee.SCALAR=Hi;ee.SEQ=cr;ee.hasAnchor=lh;ee.isAlias=th;ee.isCollection=Fa;ee.isDocument=rh;ee.isMap=ih;ee.isNode=ah;ee.isPair=oh;ee.isScalar=qa;ee.isSeq=sh});var ut=P(Ji=>{"use strict";f();var X=L(),ue=Symbol("break visit"),Ba=Symbol("skip children"),Te=Symbol("remove node");function ur(e,n){let t=Za(n);X.isDocument(e)?Fn(null,e.contents,t,Object.freeze([e]))===Te&&(e.contents=null):Fn(null,e,t,Object.freeze([]))}ur.BREAK=ue;ur.SKIP=Ba;ur.REMOVE=Te;function Fn(e,n,t,r){let i=ja(e,n,t,r);if(X.isNode(i)||X.isPair(i))return Ua(e,r,i),Fn(e,i,t,r);if(typeof i!="symbol"){if(X.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=Fn(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===ue)return ue;s===Te&&(n.items.splice(o,1),o-=1)}}}else if(X.isPair(n)){r=Object.freeze(r.concat(n));let o=Fn("key",n.key,t,r);if(o===ue)return ue;o===Te&&(n.key=null);let s=Fn("value",n.value,t,r);if(s===ue)return ue;s===Te&&(n.value=null)}}return i}async function dr(e,n){let t=Za(n);X.isDocument(e)?await Bn(null,e.contents,t,Object.freeze([e]))===Te&&(e.contents=null):await Bn(null,e,t,Object.freeze([]))}dr.BREAK=ue;dr.SKIP=Ba;dr.REMOVE=Te;async function Bn(e,n,t,r){let i=await ja(e,n,t,r);if(X.isNode(i)||X.isPair(i))return Ua(e,r,i),Bn(e,i,t,r);if(typeof i!="symbol"){if(X.isCollection(n)){r=Object.freeze(r.concat(n));for(let o=0;o<n.items.length;++o){let s=await Bn(o,n.items[o],t,r);if(typeof s=="number")o=s-1;else{if(s===ue)return ue;s===Te&&(n.items.splice(o,1),o-=1)}}}else if(X.isPair(n)){r=Object.freeze(r.concat(n));let o=await Bn("key",n.key,t,r);if(o===ue)return ue;o===Te&&(n.key=null);let s=await Bn("value",n.value,t,r);if(s===ue)return ue;s===Te&&(n.value=null)}}return i}function Za(e){return typeof e=="object"&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function ja(e,n,t,r){if(typeof t=="function")return t(e,n,r);if(X.isMap(n))return t.Map?.(e,n,r);if(X.isSeq(n))return t.Seq?.(e,n,r);if(X.isPair(n))return t.Pair?.(e,n,r);if(X.isScalar(n))return t.Scalar?.(e,n,r);if(X.isAlias(n))return t.Alias?.(e,n,r)}function Ua(e,n,t){let r=n[n.length-1];if(X.isCollection(r))r.items[e]=t;else if(X.isPair(r))e==="key"?r.key=t:r.value=t;else if(X.isDocument(r))r.contents=t;else{let i=X.isAlias(r)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}Ji.visit=ur;Ji.visitAsync=dr});var Xi=P(Ga=>{"use strict";f();var Wa=L(),ch=ut(),uh={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},dh=e=>e.replace(/[!,[\]{}]/g,n=>uh[n]),dt=class e{constructor(n,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,n),this.tags=Object.assign({},e.defaultTags,t)}clone(){let n=new e(this.yaml,this.tags);return n.docStart=this.docStart,n}atDocument(){let n=new e(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},e.defaultTags);break}return n}add(n,t){this.atNextDocument&&(this.yaml={explicit:e.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},e.defaultTags),this.atNextDocument=!1);let r=n.trim().split(/[ \t]+/),i=r.shift();switch(i){case"%TAG":{if(r.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),r.length<2))return!1;let[o,s]=r;return this.tags[o]=s,!0}case"%YAML":{if(this.yaml.explicit=!0,r.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[o]=r;if(o==="1.1"||o==="1.2")return this.yaml.version=o,!0;{let s=/^\d+\.\d+$/.test(o);return t(6,`Unsupported YAML version ${o}`,s),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(n,t){if(n==="!")return"!";if(n[0]!=="!")return t(`Not a valid tag: ${n}`),null;if(n[1]==="<"){let s=n.slice(2,-1);return s==="!"||s==="!!"?(t(`Verbatim tags aren't resolved, so ${n} is invalid.`),null):(n[n.length-1]!==">"&&t("Verbatim tags must end with a >"),s)}let[,r,i]=n.match(/^(.*!)([^!]*)$/s);i||t(`The ${n} tag has no suffix`);let o=this.tags[r];if(o)try{return o+decodeURIComponent(i)}catch(s){return t(String(s)),null}return r==="!"?n:(t(`Could not resolve tag: ${n}`),null)}tagString(n){for(let[t,r]of Object.entries(this.tags))if(n.startsWith(r))return t+dh(n.substring(r.length));return n[0]==="!"?n:`!<${n}>`}toString(n){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],r=Object.entries(this.tags),i;if(n&&r.length>0&&Wa.isNode(n.contents)){let o={};ch.visit(n.contents,(s,a)=>{Wa.isNode(a)&&a.tag&&(o[a.tag]=!0)}),i=Object.keys(o)}else i=[];for(let[o,s]of r)o==="!!"&&s==="tag:yaml.org,2002:"||(!n||i.some(a=>a.startsWith(s)))&&t.push(`%TAG ${o} ${s}`);return t.join(`
`)}};dt.defaultYaml={explicit:!1,version:"1.2"};dt.defaultTags={"!!":"tag:yaml.org,2002:"};Ga.Directives=dt});var fr=P(ft=>{"use strict";f();var Ka=L(),fh=ut();function ph(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw new Error(t)}return!0}function Va(e){let n=new Set;return fh.visit(e,{Value(t,r){r.anchor&&n.add(r.anchor)}}),n}function Ya(e,n){for(let t=1;;++t){let r=`${e}${t}`;if(!n.has(r))return r}}function hh(e,n){let t=[],r=new Map,i=null;return{onAnchor:o=>{t.push(o),i??(i=Va(e));let s=Ya(n,i);return i.add(s),s},setAnchors:()=>{for(let o of t){let s=r.get(o);if(typeof s=="object"&&s.anchor&&(Ka.isScalar(s.node)||Ka.isCollection(s.node)))s.node.anchor=s.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=o,a}}},sourceObjects:r}}ft.anchorIsValid=ph;ft.anchorNames=Va;ft.createNodeAnchors=hh;ft.findNewAnchor=Ya});var Qi=P(Ha=>{"use strict";f();function pt(e,n,t,r){if(r&&typeof r=="object")if(Array.isArray(r))for(let i=0,o=r.length;i<o;++i){let s=r[i],a=pt(e,r,String(i),s);a===void 0?delete r[i]:a!==s&&(r[i]=a)}else if(r instanceof Map)for(let i of Array.from(r.keys())){let o=r.get(i),s=pt(e,r,i,o);s===void 0?r.delete(i):s!==o&&r.set(i,s)}else if(r instanceof Set)for(let i of Array.from(r)){let o=pt(e,r,i,i);o===void 0?r.delete(i):o!==i&&(r.delete(i),r.add(o))}else for(let[i,o]of Object.entries(r)){let s=pt(e,r,i,o);s===void 0?delete r[i]:s!==o&&(r[i]=s)}return e.call(n,t,r)}Ha.applyReviver=pt});var Ve=P(Xa=>{"use strict";f();var mh=L();function Ja(e,n,t){if(Array.isArray(e))return e.map((r,i)=>Ja(r,String(i),t));if(e&&typeof e.toJSON=="function"){if(!t||!mh.hasAnchor(e))return e.toJSON(n,t);let r={aliasCount:0,count:1,res:void 0};t.anchors.set(e,r),t.onCreate=o=>{r.res=o,delete t.onCreate};let i=e.toJSON(n,t);return t.onCreate&&t.onCreate(i),i}return typeof e=="bigint"&&!t?.keep?Number(e):e}Xa.toJS=Ja});var pr=P(el=>{"use strict";f();var gh=Qi(),Qa=L(),yh=Ve(),eo=class{constructor(n){Object.defineProperty(this,Qa.NODE_TYPE,{value:n})}clone(){let n=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(n.range=this.range.slice()),n}toJS(n,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!Qa.isDocument(n))throw new TypeError("A document argument is required");let s={anchors:new Map,doc:n,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof r=="number"?r:100},a=yh.toJS(this,"",s);if(typeof i=="function")for(let{count:c,res:l}of s.anchors.values())i(l,c);return typeof o=="function"?gh.applyReviver(o,{"":a},"",a):a}};el.NodeBase=eo});var ht=P(nl=>{"use strict";f();var wh=fr(),bh=ut(),Zn=L(),vh=pr(),kh=Ve(),no=class extends vh.NodeBase{constructor(n){super(Zn.ALIAS),this.source=n,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(n,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;t?.aliasResolveCache?r=t.aliasResolveCache:(r=[],bh.visit(n,{Node:(o,s)=>{(Zn.isAlias(s)||Zn.hasAnchor(s))&&r.push(s)}}),t&&(t.aliasResolveCache=r));let i;for(let o of r){if(o===this)break;o.anchor===this.source&&(i=o)}if(i&&t){let{anchors:o,doc:s,maxAliasCount:a}=t,c=o.get(i);if(c||(kh.toJS(i,null,t),c=o.get(i)),c?.res===void 0){let l="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(l)}if(a>=0&&(c.count+=1,c.aliasCount===0&&(c.aliasCount=hr(s,i,o)),c.count*c.aliasCount>a)){let l="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(l)}}return i}toJSON(n,t){if(!t)return{source:this.source};let r=this.resolve(t.doc,t);if(!r){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(r).res}toString(n,t,r){let i=`*${this.source}`;if(n){if(wh.anchorIsValid(this.source),n.options.verifyAliasOrder&&!n.anchors.has(this.source)){let o=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(o)}if(n.implicitKey)return`${i} `}return i}};function hr(e,n,t){if(Zn.isAlias(n)){let r=n.resolve(e),i=t&&r&&t.get(r);return i?i.count*i.aliasCount:0}else if(Zn.isCollection(n)){let r=0;for(let i of n.items){let o=hr(e,i,t);o>r&&(r=o)}return r}else if(Zn.isPair(n)){let r=hr(e,n.key,t),i=hr(e,n.value,t);return Math.max(r,i)}return 1}nl.Alias=no});var Y=P(to=>{"use strict";f();var Sh=L(),xh=pr(),$h=Ve(),Ah=e=>!e||typeof e!="function"&&typeof e!="object",Ye=class extends xh.NodeBase{constructor(n){super(Sh.SCALAR),this.value=n}toJSON(n,t){return t?.keep?this.value:$h.toJS(this.value,n,t)}toString(){return String(this.value)}};Ye.BLOCK_FOLDED="BLOCK_FOLDED";Ye.BLOCK_LITERAL="BLOCK_LITERAL";Ye.PLAIN="PLAIN";Ye.QUOTE_DOUBLE="QUOTE_DOUBLE";Ye.QUOTE_SINGLE="QUOTE_SINGLE";to.Scalar=Ye;to.isScalarValue=Ah});var mt=P(rl=>{"use strict";f();var _h=ht(),wn=L(),tl=Y(),Ph="tag:yaml.org,2002:";function Oh(e,n,t){if(n){let r=t.filter(o=>o.tag===n),i=r.find(o=>!o.format)??r[0];if(!i)throw new Error(`Tag ${n} not found`);return i}return t.find(r=>r.identify?.(e)&&!r.format)}function Mh(e,n,t){if(wn.isDocument(e)&&(e=e.contents),wn.isNode(e))return e;if(wn.isPair(e)){let p=t.schema[wn.MAP].createNode?.(t.schema,null,t);return p.items.push(e),p}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<"u"&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:o,schema:s,sourceObjects:a}=t,c;if(r&&e&&typeof e=="object"){if(c=a.get(e),c)return c.anchor??(c.anchor=i(e)),new _h.Alias(c.anchor);c={anchor:null,node:null},a.set(e,c)}n?.startsWith("!!")&&(n=Ph+n.slice(2));let l=Oh(e,n,s.tags);if(!l){if(e&&typeof e.toJSON=="function"&&(e=e.toJSON()),!e||typeof e!="object"){let p=new tl.Scalar(e);return c&&(c.node=p),p}l=e instanceof Map?s[wn.MAP]:Symbol.iterator in Object(e)?s[wn.SEQ]:s[wn.MAP]}o&&(o(l),delete t.onTagObj);let u=l?.createNode?l.createNode(t.schema,e,t):typeof l?.nodeClass?.from=="function"?l.nodeClass.from(t.schema,e,t):new tl.Scalar(e);return n?u.tag=n:l.default||(u.tag=l.tag),c&&(c.node=u),u}rl.createNode=Mh});var gr=P(mr=>{"use strict";f();var Ch=mt(),Ie=L(),Th=pr();function ro(e,n,t){let r=t;for(let i=n.length-1;i>=0;--i){let o=n[i];if(typeof o=="number"&&Number.isInteger(o)&&o>=0){let s=[];s[o]=r,r=s}else r=new Map([[o,r]])}return Ch.createNode(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}var il=e=>e==null||typeof e=="object"&&!!e[Symbol.iterator]().next().done,io=class extends Th.NodeBase{constructor(n,t){super(n),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(n){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return n&&(t.schema=n),t.items=t.items.map(r=>Ie.isNode(r)||Ie.isPair(r)?r.clone(n):r),this.range&&(t.range=this.range.slice()),t}addIn(n,t){if(il(n))this.add(t);else{let[r,...i]=n,o=this.get(r,!0);if(Ie.isCollection(o))o.addIn(i,t);else if(o===void 0&&this.schema)this.set(r,ro(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(n){let[t,...r]=n;if(r.length===0)return this.delete(t);let i=this.get(t,!0);if(Ie.isCollection(i))return i.deleteIn(r);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(n,t){let[r,...i]=n,o=this.get(r,!0);return i.length===0?!t&&Ie.isScalar(o)?o.value:o:Ie.isCollection(o)?o.getIn(i,t):void 0}hasAllNullValues(n){return this.items.every(t=>{if(!Ie.isPair(t))return!1;let r=t.value;return r==null||n&&Ie.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(n){let[t,...r]=n;if(r.length===0)return this.has(t);let i=this.get(t,!0);return Ie.isCollection(i)?i.hasIn(r):!1}setIn(n,t){let[r,...i]=n;if(i.length===0)this.set(r,t);else{let o=this.get(r,!0);if(Ie.isCollection(o))o.setIn(i,t);else if(o===void 0&&this.schema)this.set(r,ro(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}};mr.Collection=io;mr.collectionFromPath=ro;mr.isEmptyPath=il});var gt=P(yr=>{"use strict";f();var Ih=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function oo(e,n){return/^\n+$/.test(e)?e.substring(1):n?e.replace(/^(?! *$)/gm,n):e}var Nh=(e,n,t)=>e.endsWith(`
`)?oo(t,n):t.includes(`
`)?`
`+oo(t,n):(e.endsWith(" ")?"":" ")+t;yr.indentComment=oo;yr.lineComment=Nh;yr.stringifyComment=Ih});var sl=P(yt=>{"use strict";f();var Eh="flow",so="block",wr="quoted";function Rh(e,n,t="flow",{indentAtStart:r,lineWidth:i=80,minContentWidth:o=20,onFold:s,onOverflow:a}={}){if(!i||i<0)return e;i<o&&(o=0);let c=Math.max(1+o,1+i-n.length);if(e.length<=c)return e;let l=[],u={},p=i-n.length;typeof r=="number"&&(r>i-Math.max(2,o)?l.push(0):p=i-r);let d,h,g=!1,m=-1,b=-1,v=-1;t===so&&(m=ol(e,m,n.length),m!==-1&&(p=m+c));for(let A;A=e[m+=1];){if(t===wr&&A==="\\"){switch(b=m,e[m+1]){case"x":m+=3;break;case"u":m+=5;break;case"U":m+=9;break;default:m+=1}v=m}if(A===`
`)t===so&&(m=ol(e,m,n.length)),p=m+n.length+c,d=void 0;else{if(A===" "&&h&&h!==" "&&h!==`
`&&h!=="	"){let x=e[m+1];x&&x!==" "&&x!==`
`&&x!=="	"&&(d=m)}if(m>=p)if(d)l.push(d),p=d+c,d=void 0;else if(t===wr){for(;h===" "||h==="	";)h=A,A=e[m+=1],g=!0;let x=m>v+1?m-2:b-1;if(u[x])return e;l.push(x),u[x]=!0,p=x+c,d=void 0}else g=!0}h=A}if(g&&a&&a(),l.length===0)return e;s&&s();let S=e.slice(0,l[0]);for(let A=0;A<l.length;++A){let x=l[A],O=l[A+1]||e.length;x===0?S=`
${n}${e.slice(0,O)}`:(t===wr&&u[x]&&(S+=`${e[x]}\\`),S+=`
${n}${e.slice(x+1,O)}`)}return S}function ol(e,n,t){let r=n,i=n+1,o=e[i];for(;o===" "||o==="	";)if(n<i+t)o=e[++n];else{do o=e[++n];while(o&&o!==`
`);r=n,i=n+1,o=e[i]}return r}yt.FOLD_BLOCK=so;yt.FOLD_FLOW=Eh;yt.FOLD_QUOTED=wr;yt.foldFlowLines=Rh});var bt=P(al=>{"use strict";f();var Ae=Y(),He=sl(),vr=(e,n)=>({indentAtStart:n?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),kr=e=>/^(%|---|\.\.\.)/m.test(e);function zh(e,n,t){if(!n||n<0)return!1;let r=n-t,i=e.length;if(i<=r)return!1;for(let o=0,s=0;o<i;++o)if(e[o]===`
`){if(o-s>r)return!0;if(s=o+1,i-s<=r)return!1}return!0}function wt(e,n){let t=JSON.stringify(e);if(n.options.doubleQuotedAsJSON)return t;let{implicitKey:r}=n,i=n.options.doubleQuotedMinMultiLineLength,o=n.indent||(kr(e)?"  ":""),s="",a=0;for(let c=0,l=t[c];l;l=t[++c])if(l===" "&&t[c+1]==="\\"&&t[c+2]==="n"&&(s+=t.slice(a,c)+"\\ ",c+=1,a=c,l="\\"),l==="\\")switch(t[c+1]){case"u":{s+=t.slice(a,c);let u=t.substr(c+2,4);switch(u){case"0000":s+="\\0";break;case"0007":s+="\\a";break;case"000b":s+="\\v";break;case"001b":s+="\\e";break;case"0085":s+="\\N";break;case"00a0":s+="\\_";break;case"2028":s+="\\L";break;case"2029":s+="\\P";break;default:u.substr(0,2)==="00"?s+="\\x"+u.substr(2):s+=t.substr(c,6)}c+=5,a=c+1}break;case"n":if(r||t[c+2]==='"'||t.length<i)c+=1;else{for(s+=t.slice(a,c)+`

`;t[c+2]==="\\"&&t[c+3]==="n"&&t[c+4]!=='"';)s+=`
`,c+=2;s+=o,t[c+2]===" "&&(s+="\\"),c+=1,a=c+1}break;default:c+=1}return s=a?s+t.slice(a):t,r?s:He.foldFlowLines(s,o,He.FOLD_QUOTED,vr(n,!1))}function ao(e,n){if(n.options.singleQuote===!1||n.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return wt(e,n);let t=n.indent||(kr(e)?"  ":""),r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return n.implicitKey?r:He.foldFlowLines(r,t,He.FOLD_FLOW,vr(n,!1))}function jn(e,n){let{singleQuote:t}=n.options,r;if(t===!1)r=wt;else{let i=e.includes('"'),o=e.includes("'");i&&!o?r=ao:o&&!i?r=wt:r=t?ao:wt}return r(e,n)}var lo;try{lo=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{lo=/\n+(?!\n|$)/g}function br({comment:e,type:n,value:t},r,i,o){let{blockQuote:s,commentString:a,lineWidth:c}=r.options;if(!s||/\n[\t ]+$/.test(t))return jn(t,r);let l=r.indent||(r.forceBlockIndent||kr(t)?"  ":""),u=s==="literal"?!0:s==="folded"||n===Ae.Scalar.BLOCK_FOLDED?!1:n===Ae.Scalar.BLOCK_LITERAL?!0:!zh(t,c,l.length);if(!t)return u?`|
`:`>
`;let p,d;for(d=t.length;d>0;--d){let O=t[d-1];if(O!==`
`&&O!=="	"&&O!==" ")break}let h=t.substring(d),g=h.indexOf(`
`);g===-1?p="-":t===h||g!==h.length-1?(p="+",o&&o()):p="",h&&(t=t.slice(0,-h.length),h[h.length-1]===`
`&&(h=h.slice(0,-1)),h=h.replace(lo,`$&${l}`));let m=!1,b,v=-1;for(b=0;b<t.length;++b){let O=t[b];if(O===" ")m=!0;else if(O===`
`)v=b;else break}let S=t.substring(0,v<b?v+1:b);S&&(t=t.substring(S.length),S=S.replace(/\n+/g,`$&${l}`));let x=(m?l?"2":"1":"")+p;if(e&&(x+=" "+a(e.replace(/ ?[\r\n]+/g," ")),i&&i()),!u){let O=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${l}`),C=!1,k=vr(r,!0);s!=="folded"&&n!==Ae.Scalar.BLOCK_FOLDED&&(k.onOverflow=()=>{C=!0});let $=He.foldFlowLines(`${S}${O}${h}`,l,He.FOLD_BLOCK,k);if(!C)return`>${x}
${l}${$}`}return t=t.replace(/\n+/g,`$&${l}`),`|${x}
${l}${S}${t}${h}`}function Lh(e,n,t,r){let{type:i,value:o}=e,{actualString:s,implicitKey:a,indent:c,indentStep:l,inFlow:u}=n;if(a&&o.includes(`
`)||u&&/[[\]{},]/.test(o))return jn(o,n);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))return a||u||!o.includes(`
`)?jn(o,n):br(e,n,t,r);if(!a&&!u&&i!==Ae.Scalar.PLAIN&&o.includes(`
`))return br(e,n,t,r);if(kr(o)){if(c==="")return n.forceBlockIndent=!0,br(e,n,t,r);if(a&&c===l)return jn(o,n)}let p=o.replace(/\n+/g,`$&
${c}`);if(s){let d=m=>m.default&&m.tag!=="tag:yaml.org,2002:str"&&m.test?.test(p),{compat:h,tags:g}=n.doc.schema;if(g.some(d)||h?.some(d))return jn(o,n)}return a?p:He.foldFlowLines(p,c,He.FOLD_FLOW,vr(n,!1))}function Dh(e,n,t,r){let{implicitKey:i,inFlow:o}=n,s=typeof e.value=="string"?e:Object.assign({},e,{value:String(e.value)}),{type:a}=e;a!==Ae.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(s.value)&&(a=Ae.Scalar.QUOTE_DOUBLE);let c=u=>{switch(u){case Ae.Scalar.BLOCK_FOLDED:case Ae.Scalar.BLOCK_LITERAL:return i||o?jn(s.value,n):br(s,n,t,r);case Ae.Scalar.QUOTE_DOUBLE:return wt(s.value,n);case Ae.Scalar.QUOTE_SINGLE:return ao(s.value,n);case Ae.Scalar.PLAIN:return Lh(s,n,t,r);default:return null}},l=c(a);if(l===null){let{defaultKeyType:u,defaultStringType:p}=n.options,d=i&&u||p;if(l=c(d),l===null)throw new Error(`Unsupported default string type ${d}`)}return l}al.stringifyString=Dh});var vt=P(co=>{"use strict";f();var qh=fr(),Je=L(),Fh=gt(),Bh=bt();function Zh(e,n){let t=Object.assign({blockQuote:!0,commentString:Fh.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,n),r;switch(t.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:r,options:t}}function jh(e,n){if(n.tag){let i=e.filter(o=>o.tag===n.tag);if(i.length>0)return i.find(o=>o.format===n.format)??i[0]}let t,r;if(Je.isScalar(n)){r=n.value;let i=e.filter(o=>o.identify?.(r));if(i.length>1){let o=i.filter(s=>s.test);o.length>0&&(i=o)}t=i.find(o=>o.format===n.format)??i.find(o=>!o.format)}else r=n,t=e.find(i=>i.nodeClass&&r instanceof i.nodeClass);if(!t){let i=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${i} value`)}return t}function Uh(e,n,{anchors:t,doc:r}){if(!r.directives)return"";let i=[],o=(Je.isScalar(e)||Je.isCollection(e))&&e.anchor;o&&qh.anchorIsValid(o)&&(t.add(o),i.push(`&${o}`));let s=e.tag??(n.default?null:n.tag);return s&&i.push(r.directives.tagString(s)),i.join(" ")}function Wh(e,n,t,r){if(Je.isPair(e))return e.toString(n,t,r);if(Je.isAlias(e)){if(n.doc.directives)return e.toString(n);if(n.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");n.resolvedAliases?n.resolvedAliases.add(e):n.resolvedAliases=new Set([e]),e=e.resolve(n.doc)}let i,o=Je.isNode(e)?e:n.doc.createNode(e,{onTagObj:c=>i=c});i??(i=jh(n.doc.schema.tags,o));let s=Uh(o,i,n);s.length>0&&(n.indentAtStart=(n.indentAtStart??0)+s.length+1);let a=typeof i.stringify=="function"?i.stringify(o,n,t,r):Je.isScalar(o)?Bh.stringifyString(o,n,t,r):o.toString(n,t,r);return s?Je.isScalar(o)||a[0]==="{"||a[0]==="["?`${s} ${a}`:`${s}
${n.indent}${a}`:a}co.createStringifyContext=Zh;co.stringify=Wh});var dl=P(ul=>{"use strict";f();var De=L(),ll=Y(),cl=vt(),kt=gt();function Gh({key:e,value:n},t,r,i){let{allNullValues:o,doc:s,indent:a,indentStep:c,options:{commentString:l,indentSeq:u,simpleKeys:p}}=t,d=De.isNode(e)&&e.comment||null;if(p){if(d)throw new Error("With simple keys, key nodes cannot have comments");if(De.isCollection(e)||!De.isNode(e)&&typeof e=="object"){let k="With simple keys, collection cannot be used as a key value";throw new Error(k)}}let h=!p&&(!e||d&&n==null&&!t.inFlow||De.isCollection(e)||(De.isScalar(e)?e.type===ll.Scalar.BLOCK_FOLDED||e.type===ll.Scalar.BLOCK_LITERAL:typeof e=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!h&&(p||!o),indent:a+c});let g=!1,m=!1,b=cl.stringify(e,t,()=>g=!0,()=>m=!0);if(!h&&!t.inFlow&&b.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");h=!0}if(t.inFlow){if(o||n==null)return g&&r&&r(),b===""?"?":h?`? ${b}`:b}else if(o&&!p||n==null&&h)return b=`? ${b}`,d&&!g?b+=kt.lineComment(b,t.indent,l(d)):m&&i&&i(),b;g&&(d=null),h?(d&&(b+=kt.lineComment(b,t.indent,l(d))),b=`? ${b}
${a}:`):(b=`${b}:`,d&&(b+=kt.lineComment(b,t.indent,l(d))));let v,S,A;De.isNode(n)?(v=!!n.spaceBefore,S=n.commentBefore,A=n.comment):(v=!1,S=null,A=null,n&&typeof n=="object"&&(n=s.createNode(n))),t.implicitKey=!1,!h&&!d&&De.isScalar(n)&&(t.indentAtStart=b.length+1),m=!1,!u&&c.length>=2&&!t.inFlow&&!h&&De.isSeq(n)&&!n.flow&&!n.tag&&!n.anchor&&(t.indent=t.indent.substring(2));let x=!1,O=cl.stringify(n,t,()=>x=!0,()=>m=!0),C=" ";if(d||v||S){if(C=v?`
`:"",S){let k=l(S);C+=`
${kt.indentComment(k,t.indent)}`}O===""&&!t.inFlow?C===`
`&&A&&(C=`

`):C+=`
${t.indent}`}else if(!h&&De.isCollection(n)){let k=O[0],$=O.indexOf(`
`),N=$!==-1,E=t.inFlow??n.flow??n.items.length===0;if(N||!E){let re=!1;if(N&&(k==="&"||k==="!")){let F=O.indexOf(" ");k==="&"&&F!==-1&&F<$&&O[F+1]==="!"&&(F=O.indexOf(" ",F+1)),(F===-1||$<F)&&(re=!0)}re||(C=`
${t.indent}`)}}else(O===""||O[0]===`
`)&&(C="");return b+=C+O,t.inFlow?x&&r&&r():A&&!x?b+=kt.lineComment(b,t.indent,l(A)):m&&i&&i(),b}ul.stringifyPair=Gh});var fo=P(uo=>{"use strict";f();var fl=require("process");function Kh(e,...n){e==="debug"&&console.log(...n)}function Vh(e,n){(e==="debug"||e==="warn")&&(typeof fl.emitWarning=="function"?fl.emitWarning(n):console.warn(n))}uo.debug=Kh;uo.warn=Vh});var _r=P(Ar=>{"use strict";f();var $r=L(),pl=Y(),Sr="<<",xr={identify:e=>e===Sr||typeof e=="symbol"&&e.description===Sr,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new pl.Scalar(Symbol(Sr)),{addToJSMap:hl}),stringify:()=>Sr},Yh=(e,n)=>(xr.identify(n)||$r.isScalar(n)&&(!n.type||n.type===pl.Scalar.PLAIN)&&xr.identify(n.value))&&e?.doc.schema.tags.some(t=>t.tag===xr.tag&&t.default);function hl(e,n,t){let r=ml(e,t);if($r.isSeq(r))for(let i of r.items)po(e,n,i);else if(Array.isArray(r))for(let i of r)po(e,n,i);else po(e,n,r)}function po(e,n,t){let r=ml(e,t);if(!$r.isMap(r))throw new Error("Merge sources must be maps or map aliases");let i=r.toJSON(null,e,Map);for(let[o,s]of i)n instanceof Map?n.has(o)||n.set(o,s):n instanceof Set?n.add(o):Object.prototype.hasOwnProperty.call(n,o)||Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0});return n}function ml(e,n){return e&&$r.isAlias(n)?n.resolve(e.doc,e):n}Ar.addMergeToJSMap=hl;Ar.isMergeKey=Yh;Ar.merge=xr});var mo=P(wl=>{"use strict";f();var Hh=fo(),gl=_r(),Jh=vt(),yl=L(),ho=Ve();function Xh(e,n,{key:t,value:r}){if(yl.isNode(t)&&t.addToJSMap)t.addToJSMap(e,n,r);else if(gl.isMergeKey(e,t))gl.addMergeToJSMap(e,n,r);else{let i=ho.toJS(t,"",e);if(n instanceof Map)n.set(i,ho.toJS(r,i,e));else if(n instanceof Set)n.add(i);else{let o=Qh(t,i,e),s=ho.toJS(r,o,e);o in n?Object.defineProperty(n,o,{value:s,writable:!0,enumerable:!0,configurable:!0}):n[o]=s}}return n}function Qh(e,n,t){if(n===null)return"";if(typeof n!="object")return String(n);if(yl.isNode(e)&&t?.doc){let r=Jh.createStringifyContext(t.doc,{});r.anchors=new Set;for(let o of t.anchors.keys())r.anchors.add(o.anchor);r.inFlow=!0,r.inStringifyKey=!0;let i=e.toString(r);if(!t.mapKeyWarned){let o=JSON.stringify(i);o.length>40&&(o=o.substring(0,36)+'..."'),Hh.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(n)}wl.addPairToJSMap=Xh});var Xe=P(go=>{"use strict";f();var bl=mt(),em=dl(),nm=mo(),Pr=L();function tm(e,n,t){let r=bl.createNode(e,void 0,t),i=bl.createNode(n,void 0,t);return new Or(r,i)}var Or=class e{constructor(n,t=null){Object.defineProperty(this,Pr.NODE_TYPE,{value:Pr.PAIR}),this.key=n,this.value=t}clone(n){let{key:t,value:r}=this;return Pr.isNode(t)&&(t=t.clone(n)),Pr.isNode(r)&&(r=r.clone(n)),new e(t,r)}toJSON(n,t){let r=t?.mapAsMap?new Map:{};return nm.addPairToJSMap(t,r,this)}toString(n,t,r){return n?.doc?em.stringifyPair(this,n,t,r):JSON.stringify(this)}};go.Pair=Or;go.createPair=tm});var yo=P(kl=>{"use strict";f();var bn=L(),vl=vt(),Mr=gt();function rm(e,n,t){return(n.inFlow??e.flow?om:im)(e,n,t)}function im({comment:e,items:n},t,{blockItemPrefix:r,flowChars:i,itemIndent:o,onChompKeep:s,onComment:a}){let{indent:c,options:{commentString:l}}=t,u=Object.assign({},t,{indent:o,type:null}),p=!1,d=[];for(let g=0;g<n.length;++g){let m=n[g],b=null;if(bn.isNode(m))!p&&m.spaceBefore&&d.push(""),Cr(t,d,m.commentBefore,p),m.comment&&(b=m.comment);else if(bn.isPair(m)){let S=bn.isNode(m.key)?m.key:null;S&&(!p&&S.spaceBefore&&d.push(""),Cr(t,d,S.commentBefore,p))}p=!1;let v=vl.stringify(m,u,()=>b=null,()=>p=!0);b&&(v+=Mr.lineComment(v,o,l(b))),p&&b&&(p=!1),d.push(r+v)}let h;if(d.length===0)h=i.start+i.end;else{h=d[0];for(let g=1;g<d.length;++g){let m=d[g];h+=m?`
${c}${m}`:`
`}}return e?(h+=`
`+Mr.indentComment(l(e),c),a&&a()):p&&s&&s(),h}function om({items:e},n,{flowChars:t,itemIndent:r}){let{indent:i,indentStep:o,flowCollectionPadding:s,options:{commentString:a}}=n;r+=o;let c=Object.assign({},n,{indent:r,inFlow:!0,type:null}),l=!1,u=0,p=[];for(let g=0;g<e.length;++g){let m=e[g],b=null;if(bn.isNode(m))m.spaceBefore&&p.push(""),Cr(n,p,m.commentBefore,!1),m.comment&&(b=m.comment);else if(bn.isPair(m)){let S=bn.isNode(m.key)?m.key:null;S&&(S.spaceBefore&&p.push(""),Cr(n,p,S.commentBefore,!1),S.comment&&(l=!0));let A=bn.isNode(m.value)?m.value:null;A?(A.comment&&(b=A.comment),A.commentBefore&&(l=!0)):m.value==null&&S?.comment&&(b=S.comment)}b&&(l=!0);let v=vl.stringify(m,c,()=>b=null);l||(l=p.length>u||v.includes(`
`)),g<e.length-1?v+=",":n.options.trailingComma&&(n.options.lineWidth>0&&(l||(l=p.reduce((S,A)=>S+A.length+2,2)+(v.length+2)>n.options.lineWidth)),l&&(v+=",")),b&&(v+=Mr.lineComment(v,r,a(b))),p.push(v),u=p.length}let{start:d,end:h}=t;if(p.length===0)return d+h;if(!l){let g=p.reduce((m,b)=>m+b.length+2,2);l=n.options.lineWidth>0&&g>n.options.lineWidth}if(l){let g=d;for(let m of p)g+=m?`
${o}${i}${m}`:`
`;return`${g}
${i}${h}`}else return`${d}${s}${p.join(" ")}${s}${h}`}function Cr({indent:e,options:{commentString:n}},t,r,i){if(r&&i&&(r=r.replace(/^\n+/,"")),r){let o=Mr.indentComment(n(r),e);t.push(o.trimStart())}}kl.stringifyCollection=rm});var en=P(bo=>{"use strict";f();var sm=yo(),am=mo(),lm=gr(),Qe=L(),Tr=Xe(),cm=Y();function St(e,n){let t=Qe.isScalar(n)?n.value:n;for(let r of e)if(Qe.isPair(r)&&(r.key===n||r.key===t||Qe.isScalar(r.key)&&r.key.value===t))return r}var wo=class extends lm.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(n){super(Qe.MAP,n),this.items=[]}static from(n,t,r){let{keepUndefined:i,replacer:o}=r,s=new this(n),a=(c,l)=>{if(typeof o=="function")l=o.call(t,c,l);else if(Array.isArray(o)&&!o.includes(c))return;(l!==void 0||i)&&s.items.push(Tr.createPair(c,l,r))};if(t instanceof Map)for(let[c,l]of t)a(c,l);else if(t&&typeof t=="object")for(let c of Object.keys(t))a(c,t[c]);return typeof n.sortMapEntries=="function"&&s.items.sort(n.sortMapEntries),s}add(n,t){let r;Qe.isPair(n)?r=n:!n||typeof n!="object"||!("key"in n)?r=new Tr.Pair(n,n?.value):r=new Tr.Pair(n.key,n.value);let i=St(this.items,r.key),o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);Qe.isScalar(i.value)&&cm.isScalarValue(r.value)?i.value.value=r.value:i.value=r.value}else if(o){let s=this.items.findIndex(a=>o(r,a)<0);s===-1?this.items.push(r):this.items.splice(s,0,r)}else this.items.push(r)}delete(n){let t=St(this.items,n);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(n,t){let i=St(this.items,n)?.value;return(!t&&Qe.isScalar(i)?i.value:i)??void 0}has(n){return!!St(this.items,n)}set(n,t){this.add(new Tr.Pair(n,t),!0)}toJSON(n,t,r){let i=r?new r:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let o of this.items)am.addPairToJSMap(t,i,o);return i}toString(n,t,r){if(!n)return JSON.stringify(this);for(let i of this.items)if(!Qe.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!n.allNullValues&&this.hasAllNullValues(!1)&&(n=Object.assign({},n,{allNullValues:!0})),sm.stringifyCollection(this,n,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:n.indent||"",onChompKeep:r,onComment:t})}};bo.YAMLMap=wo;bo.findPair=St});var Un=P(xl=>{"use strict";f();var um=L(),Sl=en(),dm={collection:"map",default:!0,nodeClass:Sl.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,n){return um.isMap(e)||n("Expected a mapping for this tag"),e},createNode:(e,n,t)=>Sl.YAMLMap.from(e,n,t)};xl.map=dm});var nn=P($l=>{"use strict";f();var fm=mt(),pm=yo(),hm=gr(),Nr=L(),mm=Y(),gm=Ve(),vo=class extends hm.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(n){super(Nr.SEQ,n),this.items=[]}add(n){this.items.push(n)}delete(n){let t=Ir(n);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(n,t){let r=Ir(n);if(typeof r!="number")return;let i=this.items[r];return!t&&Nr.isScalar(i)?i.value:i}has(n){let t=Ir(n);return typeof t=="number"&&t<this.items.length}set(n,t){let r=Ir(n);if(typeof r!="number")throw new Error(`Expected a valid index, not ${n}.`);let i=this.items[r];Nr.isScalar(i)&&mm.isScalarValue(t)?i.value=t:this.items[r]=t}toJSON(n,t){let r=[];t?.onCreate&&t.onCreate(r);let i=0;for(let o of this.items)r.push(gm.toJS(o,String(i++),t));return r}toString(n,t,r){return n?pm.stringifyCollection(this,n,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(n.indent||"")+"  ",onChompKeep:r,onComment:t}):JSON.stringify(this)}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t)){let s=0;for(let a of t){if(typeof i=="function"){let c=t instanceof Set?a:String(s++);a=i.call(t,c,a)}o.items.push(fm.createNode(a,void 0,r))}}return o}};function Ir(e){let n=Nr.isScalar(e)?e.value:e;return n&&typeof n=="string"&&(n=Number(n)),typeof n=="number"&&Number.isInteger(n)&&n>=0?n:null}$l.YAMLSeq=vo});var Wn=P(_l=>{"use strict";f();var ym=L(),Al=nn(),wm={collection:"seq",default:!0,nodeClass:Al.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,n){return ym.isSeq(e)||n("Expected a sequence for this tag"),e},createNode:(e,n,t)=>Al.YAMLSeq.from(e,n,t)};_l.seq=wm});var xt=P(Pl=>{"use strict";f();var bm=bt(),vm={identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,n,t,r){return n=Object.assign({actualString:!0},n),bm.stringifyString(e,n,t,r)}};Pl.string=vm});var Er=P(Cl=>{"use strict";f();var Ol=Y(),Ml={identify:e=>e==null,createNode:()=>new Ol.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Ol.Scalar(null),stringify:({source:e},n)=>typeof e=="string"&&Ml.test.test(e)?e:n.options.nullStr};Cl.nullTag=Ml});var ko=P(Il=>{"use strict";f();var km=Y(),Tl={identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new km.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:n},t){if(e&&Tl.test.test(e)){let r=e[0]==="t"||e[0]==="T";if(n===r)return e}return n?t.options.trueStr:t.options.falseStr}};Il.boolTag=Tl});var Gn=P(Nl=>{"use strict";f();function Sm({format:e,minFractionDigits:n,tag:t,value:r}){if(typeof r=="bigint")return String(r);let i=typeof r=="number"?r:Number(r);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&n&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let s=o.indexOf(".");s<0&&(s=o.length,o+=".");let a=n-(o.length-s-1);for(;a-- >0;)o+="0"}return o}Nl.stringifyNumber=Sm});var xo=P(Rr=>{"use strict";f();var xm=Y(),So=Gn(),$m={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:So.stringifyNumber},Am={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():So.stringifyNumber(e)}},_m={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let n=new xm.Scalar(parseFloat(e)),t=e.indexOf(".");return t!==-1&&e[e.length-1]==="0"&&(n.minFractionDigits=e.length-t-1),n},stringify:So.stringifyNumber};Rr.float=_m;Rr.floatExp=Am;Rr.floatNaN=$m});var Ao=P(Lr=>{"use strict";f();var El=Gn(),zr=e=>typeof e=="bigint"||Number.isInteger(e),$o=(e,n,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(n),t);function Rl(e,n,t){let{value:r}=e;return zr(r)&&r>=0?t+r.toString(n):El.stringifyNumber(e)}var Pm={identify:e=>zr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,n,t)=>$o(e,2,8,t),stringify:e=>Rl(e,8,"0o")},Om={identify:zr,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,n,t)=>$o(e,0,10,t),stringify:El.stringifyNumber},Mm={identify:e=>zr(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,n,t)=>$o(e,2,16,t),stringify:e=>Rl(e,16,"0x")};Lr.int=Om;Lr.intHex=Mm;Lr.intOct=Pm});var Ll=P(zl=>{"use strict";f();var Cm=Un(),Tm=Er(),Im=Wn(),Nm=xt(),Em=ko(),_o=xo(),Po=Ao(),Rm=[Cm.map,Im.seq,Nm.string,Tm.nullTag,Em.boolTag,Po.intOct,Po.int,Po.intHex,_o.floatNaN,_o.floatExp,_o.float];zl.schema=Rm});var Fl=P(ql=>{"use strict";f();var zm=Y(),Lm=Un(),Dm=Wn();function Dl(e){return typeof e=="bigint"||Number.isInteger(e)}var Dr=({value:e})=>JSON.stringify(e),qm=[{identify:e=>typeof e=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:Dr},{identify:e=>e==null,createNode:()=>new zm.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Dr},{identify:e=>typeof e=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:Dr},{identify:Dl,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,n,{intAsBigInt:t})=>t?BigInt(e):parseInt(e,10),stringify:({value:e})=>Dl(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:Dr}],Fm={default:!0,tag:"",test:/^/,resolve(e,n){return n(`Unresolved plain scalar ${JSON.stringify(e)}`),e}},Bm=[Lm.map,Dm.seq].concat(qm,Fm);ql.schema=Bm});var Mo=P(Bl=>{"use strict";f();var $t=require("buffer"),Oo=Y(),Zm=bt(),jm={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,n){if(typeof $t.Buffer=="function")return $t.Buffer.from(e,"base64");if(typeof atob=="function"){let t=atob(e.replace(/[\n\r]/g,"")),r=new Uint8Array(t.length);for(let i=0;i<t.length;++i)r[i]=t.charCodeAt(i);return r}else return n("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:n,value:t},r,i,o){if(!t)return"";let s=t,a;if(typeof $t.Buffer=="function")a=s instanceof $t.Buffer?s.toString("base64"):$t.Buffer.from(s.buffer).toString("base64");else if(typeof btoa=="function"){let c="";for(let l=0;l<s.length;++l)c+=String.fromCharCode(s[l]);a=btoa(c)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(n??(n=Oo.Scalar.BLOCK_LITERAL),n!==Oo.Scalar.QUOTE_DOUBLE){let c=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),l=Math.ceil(a.length/c),u=new Array(l);for(let p=0,d=0;p<l;++p,d+=c)u[p]=a.substr(d,c);a=u.join(n===Oo.Scalar.BLOCK_LITERAL?`
`:" ")}return Zm.stringifyString({comment:e,type:n,value:a},r,i,o)}};Bl.binary=jm});var Br=P(Fr=>{"use strict";f();var qr=L(),Co=Xe(),Um=Y(),Wm=nn();function Zl(e,n){if(qr.isSeq(e))for(let t=0;t<e.items.length;++t){let r=e.items[t];if(!qr.isPair(r)){if(qr.isMap(r)){r.items.length>1&&n("Each pair must have its own sequence indicator");let i=r.items[0]||new Co.Pair(new Um.Scalar(null));if(r.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${r.commentBefore}
${i.key.commentBefore}`:r.commentBefore),r.comment){let o=i.value??i.key;o.comment=o.comment?`${r.comment}
${o.comment}`:r.comment}r=i}e.items[t]=qr.isPair(r)?r:new Co.Pair(r)}}else n("Expected a sequence for this tag");return e}function jl(e,n,t){let{replacer:r}=t,i=new Wm.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let o=0;if(n&&Symbol.iterator in Object(n))for(let s of n){typeof r=="function"&&(s=r.call(n,String(o++),s));let a,c;if(Array.isArray(s))if(s.length===2)a=s[0],c=s[1];else throw new TypeError(`Expected [key, value] tuple: ${s}`);else if(s&&s instanceof Object){let l=Object.keys(s);if(l.length===1)a=l[0],c=s[a];else throw new TypeError(`Expected tuple with one key, not ${l.length} keys`)}else a=s;i.items.push(Co.createPair(a,c,t))}return i}var Gm={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:Zl,createNode:jl};Fr.createPairs=jl;Fr.pairs=Gm;Fr.resolvePairs=Zl});var No=P(Io=>{"use strict";f();var Ul=L(),To=Ve(),At=en(),Km=nn(),Wl=Br(),vn=class e extends Km.YAMLSeq{constructor(){super(),this.add=At.YAMLMap.prototype.add.bind(this),this.delete=At.YAMLMap.prototype.delete.bind(this),this.get=At.YAMLMap.prototype.get.bind(this),this.has=At.YAMLMap.prototype.has.bind(this),this.set=At.YAMLMap.prototype.set.bind(this),this.tag=e.tag}toJSON(n,t){if(!t)return super.toJSON(n);let r=new Map;t?.onCreate&&t.onCreate(r);for(let i of this.items){let o,s;if(Ul.isPair(i)?(o=To.toJS(i.key,"",t),s=To.toJS(i.value,o,t)):o=To.toJS(i,"",t),r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,s)}return r}static from(n,t,r){let i=Wl.createPairs(n,t,r),o=new this;return o.items=i.items,o}};vn.tag="tag:yaml.org,2002:omap";var Vm={collection:"seq",identify:e=>e instanceof Map,nodeClass:vn,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,n){let t=Wl.resolvePairs(e,n),r=[];for(let{key:i}of t.items)Ul.isScalar(i)&&(r.includes(i.value)?n(`Ordered maps must not include duplicate keys: ${i.value}`):r.push(i.value));return Object.assign(new vn,t)},createNode:(e,n,t)=>vn.from(e,n,t)};Io.YAMLOMap=vn;Io.omap=Vm});var Hl=P(Eo=>{"use strict";f();var Gl=Y();function Kl({value:e,source:n},t){return n&&(e?Vl:Yl).test.test(n)?n:e?t.options.trueStr:t.options.falseStr}var Vl={identify:e=>e===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new Gl.Scalar(!0),stringify:Kl},Yl={identify:e=>e===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new Gl.Scalar(!1),stringify:Kl};Eo.falseTag=Yl;Eo.trueTag=Vl});var Jl=P(Zr=>{"use strict";f();var Ym=Y(),Ro=Gn(),Hm={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:Ro.stringifyNumber},Jm={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){let n=Number(e.value);return isFinite(n)?n.toExponential():Ro.stringifyNumber(e)}},Xm={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let n=new Ym.Scalar(parseFloat(e.replace(/_/g,""))),t=e.indexOf(".");if(t!==-1){let r=e.substring(t+1).replace(/_/g,"");r[r.length-1]==="0"&&(n.minFractionDigits=r.length)}return n},stringify:Ro.stringifyNumber};Zr.float=Xm;Zr.floatExp=Jm;Zr.floatNaN=Hm});var Ql=P(Pt=>{"use strict";f();var Xl=Gn(),_t=e=>typeof e=="bigint"||Number.isInteger(e);function jr(e,n,t,{intAsBigInt:r}){let i=e[0];if((i==="-"||i==="+")&&(n+=1),e=e.substring(n).replace(/_/g,""),r){switch(t){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}let s=BigInt(e);return i==="-"?BigInt(-1)*s:s}let o=parseInt(e,t);return i==="-"?-1*o:o}function zo(e,n,t){let{value:r}=e;if(_t(r)){let i=r.toString(n);return r<0?"-"+t+i.substr(1):t+i}return Xl.stringifyNumber(e)}var Qm={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,n,t)=>jr(e,2,2,t),stringify:e=>zo(e,2,"0b")},eg={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,n,t)=>jr(e,1,8,t),stringify:e=>zo(e,8,"0")},ng={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,n,t)=>jr(e,0,10,t),stringify:Xl.stringifyNumber},tg={identify:_t,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,n,t)=>jr(e,2,16,t),stringify:e=>zo(e,16,"0x")};Pt.int=ng;Pt.intBin=Qm;Pt.intHex=tg;Pt.intOct=eg});var Do=P(Lo=>{"use strict";f();var Gr=L(),Ur=Xe(),Wr=en(),kn=class e extends Wr.YAMLMap{constructor(n){super(n),this.tag=e.tag}add(n){let t;Gr.isPair(n)?t=n:n&&typeof n=="object"&&"key"in n&&"value"in n&&n.value===null?t=new Ur.Pair(n.key,null):t=new Ur.Pair(n,null),Wr.findPair(this.items,t.key)||this.items.push(t)}get(n,t){let r=Wr.findPair(this.items,n);return!t&&Gr.isPair(r)?Gr.isScalar(r.key)?r.key.value:r.key:r}set(n,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let r=Wr.findPair(this.items,n);r&&!t?this.items.splice(this.items.indexOf(r),1):!r&&t&&this.items.push(new Ur.Pair(n))}toJSON(n,t){return super.toJSON(n,t,Set)}toString(n,t,r){if(!n)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},n,{allNullValues:!0}),t,r);throw new Error("Set items must all have null values")}static from(n,t,r){let{replacer:i}=r,o=new this(n);if(t&&Symbol.iterator in Object(t))for(let s of t)typeof i=="function"&&(s=i.call(t,s,s)),o.items.push(Ur.createPair(s,null,r));return o}};kn.tag="tag:yaml.org,2002:set";var rg={collection:"map",identify:e=>e instanceof Set,nodeClass:kn,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,n,t)=>kn.from(e,n,t),resolve(e,n){if(Gr.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new kn,e);n("Set items must all have null values")}else n("Expected a mapping for this tag");return e}};Lo.YAMLSet=kn;Lo.set=rg});var Fo=P(Kr=>{"use strict";f();var ig=Gn();function qo(e,n){let t=e[0],r=t==="-"||t==="+"?e.substring(1):e,i=s=>n?BigInt(s):Number(s),o=r.replace(/_/g,"").split(":").reduce((s,a)=>s*i(60)+i(a),i(0));return t==="-"?i(-1)*o:o}function ec(e){let{value:n}=e,t=s=>s;if(typeof n=="bigint")t=s=>BigInt(s);else if(isNaN(n)||!isFinite(n))return ig.stringifyNumber(e);let r="";n<0&&(r="-",n*=t(-1));let i=t(60),o=[n%i];return n<60?o.unshift(0):(n=(n-o[0])/i,o.unshift(n%i),n>=60&&(n=(n-o[0])/i,o.unshift(n))),r+o.map(s=>String(s).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var og={identify:e=>typeof e=="bigint"||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,n,{intAsBigInt:t})=>qo(e,t),stringify:ec},sg={identify:e=>typeof e=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>qo(e,!1),stringify:ec},nc={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){let n=e.match(nc.test);if(!n)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,r,i,o,s,a]=n.map(Number),c=n[7]?Number((n[7]+"00").substr(1,3)):0,l=Date.UTC(t,r-1,i,o||0,s||0,a||0,c),u=n[8];if(u&&u!=="Z"){let p=qo(u,!1);Math.abs(p)<30&&(p*=60),l-=6e4*p}return new Date(l)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};Kr.floatTime=sg;Kr.intTime=og;Kr.timestamp=nc});var ic=P(rc=>{"use strict";f();var ag=Un(),lg=Er(),cg=Wn(),ug=xt(),dg=Mo(),tc=Hl(),Bo=Jl(),Vr=Ql(),fg=_r(),pg=No(),hg=Br(),mg=Do(),Zo=Fo(),gg=[ag.map,cg.seq,ug.string,lg.nullTag,tc.trueTag,tc.falseTag,Vr.intBin,Vr.intOct,Vr.int,Vr.intHex,Bo.floatNaN,Bo.floatExp,Bo.float,dg.binary,fg.merge,pg.omap,hg.pairs,mg.set,Zo.intTime,Zo.floatTime,Zo.timestamp];rc.schema=gg});var hc=P(Wo=>{"use strict";f();var lc=Un(),yg=Er(),cc=Wn(),wg=xt(),bg=ko(),jo=xo(),Uo=Ao(),vg=Ll(),kg=Fl(),uc=Mo(),Ot=_r(),dc=No(),fc=Br(),oc=ic(),pc=Do(),Yr=Fo(),sc=new Map([["core",vg.schema],["failsafe",[lc.map,cc.seq,wg.string]],["json",kg.schema],["yaml11",oc.schema],["yaml-1.1",oc.schema]]),ac={binary:uc.binary,bool:bg.boolTag,float:jo.float,floatExp:jo.floatExp,floatNaN:jo.floatNaN,floatTime:Yr.floatTime,int:Uo.int,intHex:Uo.intHex,intOct:Uo.intOct,intTime:Yr.intTime,map:lc.map,merge:Ot.merge,null:yg.nullTag,omap:dc.omap,pairs:fc.pairs,seq:cc.seq,set:pc.set,timestamp:Yr.timestamp},Sg={"tag:yaml.org,2002:binary":uc.binary,"tag:yaml.org,2002:merge":Ot.merge,"tag:yaml.org,2002:omap":dc.omap,"tag:yaml.org,2002:pairs":fc.pairs,"tag:yaml.org,2002:set":pc.set,"tag:yaml.org,2002:timestamp":Yr.timestamp};function xg(e,n,t){let r=sc.get(n);if(r&&!e)return t&&!r.includes(Ot.merge)?r.concat(Ot.merge):r.slice();let i=r;if(!i)if(Array.isArray(e))i=[];else{let o=Array.from(sc.keys()).filter(s=>s!=="yaml11").map(s=>JSON.stringify(s)).join(", ");throw new Error(`Unknown schema "${n}"; use one of ${o} or define customTags array`)}if(Array.isArray(e))for(let o of e)i=i.concat(o);else typeof e=="function"&&(i=e(i.slice()));return t&&(i=i.concat(Ot.merge)),i.reduce((o,s)=>{let a=typeof s=="string"?ac[s]:s;if(!a){let c=JSON.stringify(s),l=Object.keys(ac).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${c}; use one of ${l}`)}return o.includes(a)||o.push(a),o},[])}Wo.coreKnownTags=Sg;Wo.getTags=xg});var Vo=P(mc=>{"use strict";f();var Go=L(),$g=Un(),Ag=Wn(),_g=xt(),Hr=hc(),Pg=(e,n)=>e.key<n.key?-1:e.key>n.key?1:0,Ko=class e{constructor({compat:n,customTags:t,merge:r,resolveKnownTags:i,schema:o,sortMapEntries:s,toStringDefaults:a}){this.compat=Array.isArray(n)?Hr.getTags(n,"compat"):n?Hr.getTags(null,n):null,this.name=typeof o=="string"&&o||"core",this.knownTags=i?Hr.coreKnownTags:{},this.tags=Hr.getTags(t,this.name,r),this.toStringOptions=a??null,Object.defineProperty(this,Go.MAP,{value:$g.map}),Object.defineProperty(this,Go.SCALAR,{value:_g.string}),Object.defineProperty(this,Go.SEQ,{value:Ag.seq}),this.sortMapEntries=typeof s=="function"?s:s===!0?Pg:null}clone(){let n=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return n.tags=this.tags.slice(),n}};mc.Schema=Ko});var yc=P(gc=>{"use strict";f();var Og=L(),Yo=vt(),Mt=gt();function Mg(e,n){let t=[],r=n.directives===!0;if(n.directives!==!1&&e.directives){let c=e.directives.toString(e);c?(t.push(c),r=!0):e.directives.docStart&&(r=!0)}r&&t.push("---");let i=Yo.createStringifyContext(e,n),{commentString:o}=i.options;if(e.commentBefore){t.length!==1&&t.unshift("");let c=o(e.commentBefore);t.unshift(Mt.indentComment(c,""))}let s=!1,a=null;if(e.contents){if(Og.isNode(e.contents)){if(e.contents.spaceBefore&&r&&t.push(""),e.contents.commentBefore){let u=o(e.contents.commentBefore);t.push(Mt.indentComment(u,""))}i.forceBlockIndent=!!e.comment,a=e.contents.comment}let c=a?void 0:()=>s=!0,l=Yo.stringify(e.contents,i,()=>a=null,c);a&&(l+=Mt.lineComment(l,"",o(a))),(l[0]==="|"||l[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${l}`:t.push(l)}else t.push(Yo.stringify(e.contents,i));if(e.directives?.docEnd)if(e.comment){let c=o(e.comment);c.includes(`
`)?(t.push("..."),t.push(Mt.indentComment(c,""))):t.push(`... ${c}`)}else t.push("...");else{let c=e.comment;c&&s&&(c=c.replace(/^\n+/,"")),c&&((!s||a)&&t[t.length-1]!==""&&t.push(""),t.push(Mt.indentComment(o(c),"")))}return t.join(`
`)+`
`}gc.stringifyDocument=Mg});var Ct=P(wc=>{"use strict";f();var Cg=ht(),Kn=gr(),ke=L(),Tg=Xe(),Ig=Ve(),Ng=Vo(),Eg=yc(),Ho=fr(),Rg=Qi(),zg=mt(),Jo=Xi(),Xo=class e{constructor(n,t,r){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,ke.NODE_TYPE,{value:ke.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:r===void 0&&t&&(r=t,t=void 0);let o=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},r);this.options=o;let{version:s}=o;r?._directives?(this.directives=r._directives.atDocument(),this.directives.yaml.explicit&&(s=this.directives.yaml.version)):this.directives=new Jo.Directives({version:s}),this.setSchema(s,r),this.contents=n===void 0?null:this.createNode(n,i,r)}clone(){let n=Object.create(e.prototype,{[ke.NODE_TYPE]:{value:ke.DOC}});return n.commentBefore=this.commentBefore,n.comment=this.comment,n.errors=this.errors.slice(),n.warnings=this.warnings.slice(),n.options=Object.assign({},this.options),this.directives&&(n.directives=this.directives.clone()),n.schema=this.schema.clone(),n.contents=ke.isNode(this.contents)?this.contents.clone(n.schema):this.contents,this.range&&(n.range=this.range.slice()),n}add(n){Vn(this.contents)&&this.contents.add(n)}addIn(n,t){Vn(this.contents)&&this.contents.addIn(n,t)}createAlias(n,t){if(!n.anchor){let r=Ho.anchorNames(this);n.anchor=!t||r.has(t)?Ho.findNewAnchor(t||"a",r):t}return new Cg.Alias(n.anchor)}createNode(n,t,r){let i;if(typeof t=="function")n=t.call({"":n},"",n),i=t;else if(Array.isArray(t)){let b=S=>typeof S=="number"||S instanceof String||S instanceof Number,v=t.filter(b).map(String);v.length>0&&(t=t.concat(v)),i=t}else r===void 0&&t&&(r=t,t=void 0);let{aliasDuplicateObjects:o,anchorPrefix:s,flow:a,keepUndefined:c,onTagObj:l,tag:u}=r??{},{onAnchor:p,setAnchors:d,sourceObjects:h}=Ho.createNodeAnchors(this,s||"a"),g={aliasDuplicateObjects:o??!0,keepUndefined:c??!1,onAnchor:p,onTagObj:l,replacer:i,schema:this.schema,sourceObjects:h},m=zg.createNode(n,u,g);return a&&ke.isCollection(m)&&(m.flow=!0),d(),m}createPair(n,t,r={}){let i=this.createNode(n,null,r),o=this.createNode(t,null,r);return new Tg.Pair(i,o)}delete(n){return Vn(this.contents)?this.contents.delete(n):!1}deleteIn(n){return Kn.isEmptyPath(n)?this.contents==null?!1:(this.contents=null,!0):Vn(this.contents)?this.contents.deleteIn(n):!1}get(n,t){return ke.isCollection(this.contents)?this.contents.get(n,t):void 0}getIn(n,t){return Kn.isEmptyPath(n)?!t&&ke.isScalar(this.contents)?this.contents.value:this.contents:ke.isCollection(this.contents)?this.contents.getIn(n,t):void 0}has(n){return ke.isCollection(this.contents)?this.contents.has(n):!1}hasIn(n){return Kn.isEmptyPath(n)?this.contents!==void 0:ke.isCollection(this.contents)?this.contents.hasIn(n):!1}set(n,t){this.contents==null?this.contents=Kn.collectionFromPath(this.schema,[n],t):Vn(this.contents)&&this.contents.set(n,t)}setIn(n,t){Kn.isEmptyPath(n)?this.contents=t:this.contents==null?this.contents=Kn.collectionFromPath(this.schema,Array.from(n),t):Vn(this.contents)&&this.contents.setIn(n,t)}setSchema(n,t={}){typeof n=="number"&&(n=String(n));let r;switch(n){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Jo.Directives({version:"1.1"}),r={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=n:this.directives=new Jo.Directives({version:n}),r={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,r=null;break;default:{let i=JSON.stringify(n);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new Ng.Schema(Object.assign(r,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:n,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:s}={}){let a={anchors:new Map,doc:this,keep:!n,mapAsMap:r===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},c=Ig.toJS(this.contents,t??"",a);if(typeof o=="function")for(let{count:l,res:u}of a.anchors.values())o(u,l);return typeof s=="function"?Rg.applyReviver(s,{"":c},"",c):c}toJSON(n,t){return this.toJS({json:!0,jsonArg:n,mapAsMap:!1,onAnchor:t})}toString(n={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in n&&(!Number.isInteger(n.indent)||Number(n.indent)<=0)){let t=JSON.stringify(n.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return Eg.stringifyDocument(this,n)}};function Vn(e){if(ke.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}wc.Document=Xo});var Nt=P(It=>{"use strict";f();var Tt=class extends Error{constructor(n,t,r,i){super(),this.name=n,this.code=r,this.message=i,this.pos=t}},Qo=class extends Tt{constructor(n,t,r){super("YAMLParseError",n,t,r)}},es=class extends Tt{constructor(n,t,r){super("YAMLWarning",n,t,r)}},Lg=(e,n)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>n.linePos(a));let{line:r,col:i}=t.linePos[0];t.message+=` at line ${r}, column ${i}`;let o=i-1,s=e.substring(n.lineStarts[r-1],n.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&s.length>80){let a=Math.min(o-39,s.length-79);s="\u2026"+s.substring(a),o-=a-1}if(s.length>80&&(s=s.substring(0,79)+"\u2026"),r>1&&/^ *$/.test(s.substring(0,o))){let a=e.substring(n.lineStarts[r-2],n.lineStarts[r-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),s=a+s}if(/[^ ]/.test(s)){let a=1,c=t.linePos[1];c?.line===r&&c.col>i&&(a=Math.max(1,Math.min(c.col-i,80-o)));let l=" ".repeat(o)+"^".repeat(a);t.message+=`:

${s}
${l}
`}};It.YAMLError=Tt;It.YAMLParseError=Qo;It.YAMLWarning=es;It.prettifyError=Lg});var Et=P(bc=>{"use strict";f();function Dg(e,{flow:n,indicator:t,next:r,offset:i,onError:o,parentIndent:s,startOnNewline:a}){let c=!1,l=a,u=a,p="",d="",h=!1,g=!1,m=null,b=null,v=null,S=null,A=null,x=null,O=null;for(let $ of e)switch(g&&($.type!=="space"&&$.type!=="newline"&&$.type!=="comma"&&o($.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),g=!1),m&&(l&&$.type!=="comment"&&$.type!=="newline"&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),m=null),$.type){case"space":!n&&(t!=="doc-start"||r?.type!=="flow-collection")&&$.source.includes("	")&&(m=$),u=!0;break;case"comment":{u||o($,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let N=$.source.substring(1)||" ";p?p+=d+N:p=N,d="",l=!1;break}case"newline":l?p?p+=$.source:(!x||t!=="seq-item-ind")&&(c=!0):d+=$.source,l=!0,h=!0,(b||v)&&(S=$),u=!0;break;case"anchor":b&&o($,"MULTIPLE_ANCHORS","A node can have at most one anchor"),$.source.endsWith(":")&&o($.offset+$.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),b=$,O??(O=$.offset),l=!1,u=!1,g=!0;break;case"tag":{v&&o($,"MULTIPLE_TAGS","A node can have at most one tag"),v=$,O??(O=$.offset),l=!1,u=!1,g=!0;break}case t:(b||v)&&o($,"BAD_PROP_ORDER",`Anchors and tags must be after the ${$.source} indicator`),x&&o($,"UNEXPECTED_TOKEN",`Unexpected ${$.source} in ${n??"collection"}`),x=$,l=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(n){A&&o($,"UNEXPECTED_TOKEN",`Unexpected , in ${n}`),A=$,l=!1,u=!1;break}default:o($,"UNEXPECTED_TOKEN",`Unexpected ${$.type} token`),l=!1,u=!1}let C=e[e.length-1],k=C?C.offset+C.source.length:i;return g&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")&&o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),m&&(l&&m.indent<=s||r?.type==="block-map"||r?.type==="block-seq")&&o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:A,found:x,spaceBefore:c,comment:p,hasNewline:h,anchor:b,tag:v,newlineAfterProp:S,end:k,start:O??k}}bc.resolveProps=Dg});var Jr=P(vc=>{"use strict";f();function ns(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes(`
`))return!0;if(e.end){for(let n of e.end)if(n.type==="newline")return!0}return!1;case"flow-collection":for(let n of e.items){for(let t of n.start)if(t.type==="newline")return!0;if(n.sep){for(let t of n.sep)if(t.type==="newline")return!0}if(ns(n.key)||ns(n.value))return!0}return!1;default:return!0}}vc.containsNewline=ns});var ts=P(kc=>{"use strict";f();var qg=Jr();function Fg(e,n,t){if(n?.type==="flow-collection"){let r=n.end[0];r.indent===e&&(r.source==="]"||r.source==="}")&&qg.containsNewline(n)&&t(r,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}kc.flowIndentCheck=Fg});var rs=P(xc=>{"use strict";f();var Sc=L();function Bg(e,n,t){let{uniqueKeys:r}=e.options;if(r===!1)return!1;let i=typeof r=="function"?r:(o,s)=>o===s||Sc.isScalar(o)&&Sc.isScalar(s)&&o.value===s.value;return n.some(o=>i(o.key,t))}xc.mapIncludes=Bg});var Mc=P(Oc=>{"use strict";f();var $c=Xe(),Zg=en(),Ac=Et(),jg=Jr(),_c=ts(),Ug=rs(),Pc="All mapping items must start at the same column";function Wg({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??Zg.YAMLMap,a=new s(t.schema);t.atRoot&&(t.atRoot=!1);let c=r.offset,l=null;for(let u of r.items){let{start:p,key:d,sep:h,value:g}=u,m=Ac.resolveProps(p,{indicator:"explicit-key-ind",next:d??h?.[0],offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0}),b=!m.found;if(b){if(d&&(d.type==="block-seq"?i(c,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in d&&d.indent!==r.indent&&i(c,"BAD_INDENT",Pc)),!m.anchor&&!m.tag&&!h){l=m.end,m.comment&&(a.comment?a.comment+=`
`+m.comment:a.comment=m.comment);continue}(m.newlineAfterProp||jg.containsNewline(d))&&i(d??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else m.found?.indent!==r.indent&&i(c,"BAD_INDENT",Pc);t.atKey=!0;let v=m.end,S=d?e(t,d,m,i):n(t,v,p,null,m,i);t.schema.compat&&_c.flowIndentCheck(r.indent,d,i),t.atKey=!1,Ug.mapIncludes(t,a.items,S)&&i(v,"DUPLICATE_KEY","Map keys must be unique");let A=Ac.resolveProps(h??[],{indicator:"map-value-ind",next:g,offset:S.range[2],onError:i,parentIndent:r.indent,startOnNewline:!d||d.type==="block-scalar"});if(c=A.end,A.found){b&&(g?.type==="block-map"&&!A.hasNewline&&i(c,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&m.start<A.found.offset-1024&&i(S.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let x=g?e(t,g,A,i):n(t,c,h,null,A,i);t.schema.compat&&_c.flowIndentCheck(r.indent,g,i),c=x.range[2];let O=new $c.Pair(S,x);t.options.keepSourceTokens&&(O.srcToken=u),a.items.push(O)}else{b&&i(S.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),A.comment&&(S.comment?S.comment+=`
`+A.comment:S.comment=A.comment);let x=new $c.Pair(S);t.options.keepSourceTokens&&(x.srcToken=u),a.items.push(x)}}return l&&l<c&&i(l,"IMPOSSIBLE","Map comment with trailing content"),a.range=[r.offset,c,l??c],a}Oc.resolveBlockMap=Wg});var Tc=P(Cc=>{"use strict";f();var Gg=nn(),Kg=Et(),Vg=ts();function Yg({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=o?.nodeClass??Gg.YAMLSeq,a=new s(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let c=r.offset,l=null;for(let{start:u,value:p}of r.items){let d=Kg.resolveProps(u,{indicator:"seq-item-ind",next:p,offset:c,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!d.found)if(d.anchor||d.tag||p)p?.type==="block-seq"?i(d.end,"BAD_INDENT","All sequence items must start at the same column"):i(c,"MISSING_CHAR","Sequence item without - indicator");else{l=d.end,d.comment&&(a.comment=d.comment);continue}let h=p?e(t,p,d,i):n(t,d.end,u,null,d,i);t.schema.compat&&Vg.flowIndentCheck(r.indent,p,i),c=h.range[2],a.items.push(h)}return a.range=[r.offset,c,l??c],a}Cc.resolveBlockSeq=Yg});var Yn=P(Ic=>{"use strict";f();function Hg(e,n,t,r){let i="";if(e){let o=!1,s="";for(let a of e){let{source:c,type:l}=a;switch(l){case"space":o=!0;break;case"comment":{t&&!o&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=c.substring(1)||" ";i?i+=s+u:i=u,s="";break}case"newline":i&&(s+=c),o=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${l} at node end`)}n+=c.length}}return{comment:i,offset:n}}Ic.resolveEnd=Hg});var zc=P(Rc=>{"use strict";f();var Jg=L(),Xg=Xe(),Nc=en(),Qg=nn(),ey=Yn(),Ec=Et(),ny=Jr(),ty=rs(),is="Block collections are not allowed within flow collections",os=e=>e&&(e.type==="block-map"||e.type==="block-seq");function ry({composeNode:e,composeEmptyNode:n},t,r,i,o){let s=r.start.source==="{",a=s?"flow map":"flow sequence",c=o?.nodeClass??(s?Nc.YAMLMap:Qg.YAMLSeq),l=new c(t.schema);l.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=r.offset+r.start.source.length;for(let b=0;b<r.items.length;++b){let v=r.items[b],{start:S,key:A,sep:x,value:O}=v,C=Ec.resolveProps(S,{flow:a,indicator:"explicit-key-ind",next:A??x?.[0],offset:p,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!C.found){if(!C.anchor&&!C.tag&&!x&&!O){b===0&&C.comma?i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):b<r.items.length-1&&i(C.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),C.comment&&(l.comment?l.comment+=`
`+C.comment:l.comment=C.comment),p=C.end;continue}!s&&t.options.strict&&ny.containsNewline(A)&&i(A,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(b===0)C.comma&&i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(C.comma||i(C.start,"MISSING_CHAR",`Missing , between ${a} items`),C.comment){let k="";e:for(let $ of S)switch($.type){case"comma":case"space":break;case"comment":k=$.source.substring(1);break e;default:break e}if(k){let $=l.items[l.items.length-1];Jg.isPair($)&&($=$.value??$.key),$.comment?$.comment+=`
`+k:$.comment=k,C.comment=C.comment.substring(k.length+1)}}if(!s&&!x&&!C.found){let k=O?e(t,O,C,i):n(t,C.end,x,null,C,i);l.items.push(k),p=k.range[2],os(O)&&i(k.range,"BLOCK_IN_FLOW",is)}else{t.atKey=!0;let k=C.end,$=A?e(t,A,C,i):n(t,k,S,null,C,i);os(A)&&i($.range,"BLOCK_IN_FLOW",is),t.atKey=!1;let N=Ec.resolveProps(x??[],{flow:a,indicator:"map-value-ind",next:O,offset:$.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(N.found){if(!s&&!C.found&&t.options.strict){if(x)for(let F of x){if(F===N.found)break;if(F.type==="newline"){i(F,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}C.start<N.found.offset-1024&&i(N.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else O&&("source"in O&&O.source?.[0]===":"?i(O,"MISSING_CHAR",`Missing space after : in ${a}`):i(N.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let E=O?e(t,O,N,i):N.found?n(t,N.end,x,null,N,i):null;E?os(O)&&i(E.range,"BLOCK_IN_FLOW",is):N.comment&&($.comment?$.comment+=`
`+N.comment:$.comment=N.comment);let re=new Xg.Pair($,E);if(t.options.keepSourceTokens&&(re.srcToken=v),s){let F=l;ty.mapIncludes(t,F.items,$)&&i(k,"DUPLICATE_KEY","Map keys must be unique"),F.items.push(re)}else{let F=new Nc.YAMLMap(t.schema);F.flow=!0,F.items.push(re);let H=(E??$).range;F.range=[$.range[0],H[1],H[2]],l.items.push(F)}p=E?E.range[2]:N.end}}let d=s?"}":"]",[h,...g]=r.end,m=p;if(h?.source===d)m=h.offset+h.source.length;else{let b=a[0].toUpperCase()+a.substring(1),v=u?`${b} must end with a ${d}`:`${b} in block collection must be sufficiently indented and end with a ${d}`;i(p,u?"MISSING_CHAR":"BAD_INDENT",v),h&&h.source.length!==1&&g.unshift(h)}if(g.length>0){let b=ey.resolveEnd(g,m,t.options.strict,i);b.comment&&(l.comment?l.comment+=`
`+b.comment:l.comment=b.comment),l.range=[r.offset,m,b.offset]}else l.range=[r.offset,m,m];return l}Rc.resolveFlowCollection=ry});var Dc=P(Lc=>{"use strict";f();var iy=L(),oy=Y(),sy=en(),ay=nn(),ly=Mc(),cy=Tc(),uy=zc();function ss(e,n,t,r,i,o){let s=t.type==="block-map"?ly.resolveBlockMap(e,n,t,r,o):t.type==="block-seq"?cy.resolveBlockSeq(e,n,t,r,o):uy.resolveFlowCollection(e,n,t,r,o),a=s.constructor;return i==="!"||i===a.tagName?(s.tag=a.tagName,s):(i&&(s.tag=i),s)}function dy(e,n,t,r,i){let o=r.tag,s=o?n.directives.tagName(o.source,d=>i(o,"TAG_RESOLVE_FAILED",d)):null;if(t.type==="block-seq"){let{anchor:d,newlineAfterProp:h}=r,g=d&&o?d.offset>o.offset?d:o:d??o;g&&(!h||h.offset<g.offset)&&i(g,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!o||!s||s==="!"||s===sy.YAMLMap.tagName&&a==="map"||s===ay.YAMLSeq.tagName&&a==="seq")return ss(e,n,t,i,s);let c=n.schema.tags.find(d=>d.tag===s&&d.collection===a);if(!c){let d=n.schema.knownTags[s];if(d?.collection===a)n.schema.tags.push(Object.assign({},d,{default:!1})),c=d;else return d?i(o,"BAD_COLLECTION_TYPE",`${d.tag} used for ${a} collection, but expects ${d.collection??"scalar"}`,!0):i(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${s}`,!0),ss(e,n,t,i,s)}let l=ss(e,n,t,i,s,c),u=c.resolve?.(l,d=>i(o,"TAG_RESOLVE_FAILED",d),n.options)??l,p=iy.isNode(u)?u:new oy.Scalar(u);return p.range=l.range,p.tag=s,c?.format&&(p.format=c.format),p}Lc.composeCollection=dy});var ls=P(qc=>{"use strict";f();var as=Y();function fy(e,n,t){let r=n.offset,i=py(n,e.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[r,r,r]};let o=i.mode===">"?as.Scalar.BLOCK_FOLDED:as.Scalar.BLOCK_LITERAL,s=n.source?hy(n.source):[],a=s.length;for(let m=s.length-1;m>=0;--m){let b=s[m][1];if(b===""||b==="\r")a=m;else break}if(a===0){let m=i.chomp==="+"&&s.length>0?`
`.repeat(Math.max(1,s.length-1)):"",b=r+i.length;return n.source&&(b+=n.source.length),{value:m,type:o,comment:i.comment,range:[r,b,b]}}let c=n.indent+i.indent,l=n.offset+i.length,u=0;for(let m=0;m<a;++m){let[b,v]=s[m];if(v===""||v==="\r")i.indent===0&&b.length>c&&(c=b.length);else{b.length<c&&t(l+b.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(c=b.length),u=m,c===0&&!e.atRoot&&t(l,"BAD_INDENT","Block scalar values in collections must be indented");break}l+=b.length+v.length+1}for(let m=s.length-1;m>=a;--m)s[m][0].length>c&&(a=m+1);let p="",d="",h=!1;for(let m=0;m<u;++m)p+=s[m][0].slice(c)+`
`;for(let m=u;m<a;++m){let[b,v]=s[m];l+=b.length+v.length+1;let S=v[v.length-1]==="\r";if(S&&(v=v.slice(0,-1)),v&&b.length<c){let x=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(l-v.length-(S?2:1),"BAD_INDENT",x),b=""}o===as.Scalar.BLOCK_LITERAL?(p+=d+b.slice(c)+v,d=`
`):b.length>c||v[0]==="	"?(d===" "?d=`
`:!h&&d===`
`&&(d=`

`),p+=d+b.slice(c)+v,d=`
`,h=!0):v===""?d===`
`?p+=`
`:d=`
`:(p+=d+v,d=" ",h=!1)}switch(i.chomp){case"-":break;case"+":for(let m=a;m<s.length;++m)p+=`
`+s[m][0].slice(c);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let g=r+i.length+n.source.length;return{value:p,type:o,comment:i.comment,range:[r,g,g]}}function py({offset:e,props:n},t,r){if(n[0].type!=="block-scalar-header")return r(n[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=n[0],o=i[0],s=0,a="",c=-1;for(let d=1;d<i.length;++d){let h=i[d];if(!a&&(h==="-"||h==="+"))a=h;else{let g=Number(h);!s&&g?s=g:c===-1&&(c=e+d)}}c!==-1&&r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let l=!1,u="",p=i.length;for(let d=1;d<n.length;++d){let h=n[d];switch(h.type){case"space":l=!0;case"newline":p+=h.source.length;break;case"comment":t&&!l&&r(h,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=h.source.length,u=h.source.substring(1);break;case"error":r(h,"UNEXPECTED_TOKEN",h.message),p+=h.source.length;break;default:{let g=`Unexpected token in block scalar header: ${h.type}`;r(h,"UNEXPECTED_TOKEN",g);let m=h.source;m&&typeof m=="string"&&(p+=m.length)}}}return{mode:o,indent:s,chomp:a,comment:u,length:p}}function hy(e){let n=e.split(/\n( *)/),t=n[0],r=t.match(/^( *)/),o=[r?.[1]?[r[1],t.slice(r[1].length)]:["",t]];for(let s=1;s<n.length;s+=2)o.push([n[s],n[s+1]]);return o}qc.resolveBlockScalar=fy});var us=P(Bc=>{"use strict";f();var cs=Y(),my=Yn();function gy(e,n,t){let{offset:r,type:i,source:o,end:s}=e,a,c,l=(d,h,g)=>t(r+d,h,g);switch(i){case"scalar":a=cs.Scalar.PLAIN,c=yy(o,l);break;case"single-quoted-scalar":a=cs.Scalar.QUOTE_SINGLE,c=wy(o,l);break;case"double-quoted-scalar":a=cs.Scalar.QUOTE_DOUBLE,c=by(o,l);break;default:return t(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[r,r+o.length,r+o.length]}}let u=r+o.length,p=my.resolveEnd(s,u,n,t);return{value:c,type:a,comment:p.comment,range:[r,u,p.offset]}}function yy(e,n){let t="";switch(e[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${e[0]}`;break}case"@":case"`":{t=`reserved character ${e[0]}`;break}}return t&&n(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Fc(e)}function wy(e,n){return(e[e.length-1]!=="'"||e.length===1)&&n(e.length,"MISSING_CHAR","Missing closing 'quote"),Fc(e.slice(1,-1)).replace(/''/g,"'")}function Fc(e){let n=/(.*?)\r?\n/sy,t=n.exec(e);if(!t)return e;let r,i;try{r=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let o=t[1].replace(r,""),s=" ",a=n.lastIndex;for(;t=n.exec(e);){let l=t[1].replace(i,"");l===""?s===`
`?o+=s:s=`
`:(o+=s+l,s=" "),a=n.lastIndex}let c=/[ \t]*(.*)/sy;return c.lastIndex=a,t=c.exec(e),o+s+(t?.[1]??"")}function by(e,n){let t="";for(let r=1;r<e.length-1;++r){let i=e[r];if(!(i==="\r"&&e[r+1]===`
`))if(i===`
`){let{fold:o,offset:s}=vy(e,r);t+=o,r=s}else if(i==="\\"){let o=e[++r],s=ky[o];if(s)t+=s;else if(o===`
`)for(o=e[r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="\r"&&e[r+1]===`
`)for(o=e[++r+1];o===" "||o==="	";)o=e[++r+1];else if(o==="x"||o==="u"||o==="U"){let a=o==="x"?2:o==="u"?4:8;t+=Sy(e,r+1,a,n),r+=a}else{let a=e.substr(r-1,2);n(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let o=r,s=e[r+1];for(;s===" "||s==="	";)s=e[++r+1];s!==`
`&&!(s==="\r"&&e[r+2]===`
`)&&(t+=r>o?e.slice(o,r+1):i)}else t+=i}return(e[e.length-1]!=='"'||e.length===1)&&n(e.length,"MISSING_CHAR",'Missing closing "quote'),t}function vy(e,n){let t="",r=e[n+1];for(;(r===" "||r==="	"||r===`
`||r==="\r")&&!(r==="\r"&&e[n+2]!==`
`);)r===`
`&&(t+=`
`),n+=1,r=e[n+1];return t||(t=" "),{fold:t,offset:n}}var ky={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function Sy(e,n,t,r){let i=e.substr(n,t),s=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(s)}catch{let a=e.substr(n-2,t+2);return r(n-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}Bc.resolveFlowScalar=gy});var Uc=P(jc=>{"use strict";f();var Sn=L(),Zc=Y(),xy=ls(),$y=us();function Ay(e,n,t,r){let{value:i,type:o,comment:s,range:a}=n.type==="block-scalar"?xy.resolveBlockScalar(e,n,r):$y.resolveFlowScalar(n,e.options.strict,r),c=t?e.directives.tagName(t.source,p=>r(t,"TAG_RESOLVE_FAILED",p)):null,l;e.options.stringKeys&&e.atKey?l=e.schema[Sn.SCALAR]:c?l=_y(e.schema,i,c,t,r):n.type==="scalar"?l=Py(e,i,n,r):l=e.schema[Sn.SCALAR];let u;try{let p=l.resolve(i,d=>r(t??n,"TAG_RESOLVE_FAILED",d),e.options);u=Sn.isScalar(p)?p:new Zc.Scalar(p)}catch(p){let d=p instanceof Error?p.message:String(p);r(t??n,"TAG_RESOLVE_FAILED",d),u=new Zc.Scalar(i)}return u.range=a,u.source=i,o&&(u.type=o),c&&(u.tag=c),l.format&&(u.format=l.format),s&&(u.comment=s),u}function _y(e,n,t,r,i){if(t==="!")return e[Sn.SCALAR];let o=[];for(let a of e.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)o.push(a);else return a;for(let a of o)if(a.test?.test(n))return a;let s=e.knownTags[t];return s&&!s.collection?(e.tags.push(Object.assign({},s,{default:!1,test:void 0})),s):(i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),e[Sn.SCALAR])}function Py({atKey:e,directives:n,schema:t},r,i,o){let s=t.tags.find(a=>(a.default===!0||e&&a.default==="key")&&a.test?.test(r))||t[Sn.SCALAR];if(t.compat){let a=t.compat.find(c=>c.default&&c.test?.test(r))??t[Sn.SCALAR];if(s.tag!==a.tag){let c=n.tagString(s.tag),l=n.tagString(a.tag),u=`Value may be parsed as either ${c} or ${l}`;o(i,"TAG_RESOLVE_FAILED",u,!0)}}return s}jc.composeScalar=Ay});var Gc=P(Wc=>{"use strict";f();function Oy(e,n,t){if(n){t??(t=n.length);for(let r=t-1;r>=0;--r){let i=n[r];switch(i.type){case"space":case"comment":case"newline":e-=i.source.length;continue}for(i=n[++r];i?.type==="space";)e+=i.source.length,i=n[++r];break}}return e}Wc.emptyScalarPosition=Oy});var Yc=P(fs=>{"use strict";f();var My=ht(),Cy=L(),Ty=Dc(),Kc=Uc(),Iy=Yn(),Ny=Gc(),Ey={composeNode:Vc,composeEmptyNode:ds};function Vc(e,n,t,r){let i=e.atKey,{spaceBefore:o,comment:s,anchor:a,tag:c}=t,l,u=!0;switch(n.type){case"alias":l=Ry(e,n,r),(a||c)&&r(n,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":l=Kc.composeScalar(e,n,c,r),a&&(l.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{l=Ty.composeCollection(Ey,e,n,t,r),a&&(l.anchor=a.source.substring(1))}catch(p){let d=p instanceof Error?p.message:String(p);r(n,"RESOURCE_EXHAUSTION",d)}break;default:{let p=n.type==="error"?n.message:`Unsupported token (type: ${n.type})`;r(n,"UNEXPECTED_TOKEN",p),u=!1}}return l??(l=ds(e,n.offset,void 0,null,t,r)),a&&l.anchor===""&&r(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&e.options.stringKeys&&(!Cy.isScalar(l)||typeof l.value!="string"||l.tag&&l.tag!=="tag:yaml.org,2002:str")&&r(c??n,"NON_STRING_KEY","With stringKeys, all keys must be strings"),o&&(l.spaceBefore=!0),s&&(n.type==="scalar"&&n.source===""?l.comment=s:l.commentBefore=s),e.options.keepSourceTokens&&u&&(l.srcToken=n),l}function ds(e,n,t,r,{spaceBefore:i,comment:o,anchor:s,tag:a,end:c},l){let u={type:"scalar",offset:Ny.emptyScalarPosition(n,t,r),indent:-1,source:""},p=Kc.composeScalar(e,u,a,l);return s&&(p.anchor=s.source.substring(1),p.anchor===""&&l(s,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),o&&(p.comment=o,p.range[2]=c),p}function Ry({options:e},{offset:n,source:t,end:r},i){let o=new My.Alias(t.substring(1));o.source===""&&i(n,"BAD_ALIAS","Alias cannot be an empty string"),o.source.endsWith(":")&&i(n+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let s=n+t.length,a=Iy.resolveEnd(r,s,e.strict,i);return o.range=[n,s,a.offset],a.comment&&(o.comment=a.comment),o}fs.composeEmptyNode=ds;fs.composeNode=Vc});var Xc=P(Jc=>{"use strict";f();var zy=Ct(),Hc=Yc(),Ly=Yn(),Dy=Et();function qy(e,n,{offset:t,start:r,value:i,end:o},s){let a=Object.assign({_directives:n},e),c=new zy.Document(void 0,a),l={atKey:!1,atRoot:!0,directives:c.directives,options:c.options,schema:c.schema},u=Dy.resolveProps(r,{indicator:"doc-start",next:i??o?.[0],offset:t,onError:s,parentIndent:0,startOnNewline:!0});u.found&&(c.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!u.hasNewline&&s(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),c.contents=i?Hc.composeNode(l,i,u,s):Hc.composeEmptyNode(l,u.end,r,null,u,s);let p=c.contents.range[2],d=Ly.resolveEnd(o,p,!1,s);return d.comment&&(c.comment=d.comment),c.range=[t,p,d.offset],c}Jc.composeDoc=qy});var hs=P(nu=>{"use strict";f();var Fy=require("process"),By=Xi(),Zy=Ct(),Rt=Nt(),Qc=L(),jy=Xc(),Uy=Yn();function zt(e){if(typeof e=="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:n,source:t}=e;return[n,n+(typeof t=="string"?t.length:1)]}function eu(e){let n="",t=!1,r=!1;for(let i=0;i<e.length;++i){let o=e[i];switch(o[0]){case"#":n+=(n===""?"":r?`

`:`
`)+(o.substring(1)||" "),t=!0,r=!1;break;case"%":e[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(r=!0),t=!1}}return{comment:n,afterEmptyLine:r}}var ps=class{constructor(n={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,r,i,o)=>{let s=zt(t);o?this.warnings.push(new Rt.YAMLWarning(s,r,i)):this.errors.push(new Rt.YAMLParseError(s,r,i))},this.directives=new By.Directives({version:n.version||"1.2"}),this.options=n}decorate(n,t){let{comment:r,afterEmptyLine:i}=eu(this.prelude);if(r){let o=n.contents;if(t)n.comment=n.comment?`${n.comment}
${r}`:r;else if(i||n.directives.docStart||!o)n.commentBefore=r;else if(Qc.isCollection(o)&&!o.flow&&o.items.length>0){let s=o.items[0];Qc.isPair(s)&&(s=s.key);let a=s.commentBefore;s.commentBefore=a?`${r}
${a}`:r}else{let s=o.commentBefore;o.commentBefore=s?`${r}
${s}`:r}}if(t){for(let o=0;o<this.errors.length;++o)n.errors.push(this.errors[o]);for(let o=0;o<this.warnings.length;++o)n.warnings.push(this.warnings[o])}else n.errors=this.errors,n.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:eu(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(n,t=!1,r=-1){for(let i of n)yield*this.next(i);yield*this.end(t,r)}*next(n){switch(Fy.env.LOG_STREAM&&console.dir(n,{depth:null}),n.type){case"directive":this.directives.add(n.source,(t,r,i)=>{let o=zt(n);o[0]+=t,this.onError(o,"BAD_DIRECTIVE",r,i)}),this.prelude.push(n.source),this.atDirectives=!0;break;case"document":{let t=jy.composeDoc(this.options,this.directives,n,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(n,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(n.source);break;case"error":{let t=n.source?`${n.message}: ${JSON.stringify(n.source)}`:n.message,r=new Rt.YAMLParseError(zt(n),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(r):this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){let r="Unexpected doc-end without preceding document";this.errors.push(new Rt.YAMLParseError(zt(n),"UNEXPECTED_TOKEN",r));break}this.doc.directives.docEnd=!0;let t=Uy.resolveEnd(n.end,n.offset+n.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let r=this.doc.comment;this.doc.comment=r?`${r}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new Rt.YAMLParseError(zt(n),"UNEXPECTED_TOKEN",`Unsupported token ${n.type}`))}}*end(n=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(n){let r=Object.assign({_directives:this.directives},this.options),i=new Zy.Document(void 0,r);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};nu.Composer=ps});var iu=P(Xr=>{"use strict";f();var Wy=ls(),Gy=us(),Ky=Nt(),tu=bt();function Vy(e,n=!0,t){if(e){let r=(i,o,s)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,o,s);else throw new Ky.YAMLParseError([a,a+1],o,s)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return Gy.resolveFlowScalar(e,n,r);case"block-scalar":return Wy.resolveBlockScalar({options:{strict:n}},e,r)}}return null}function Yy(e,n){let{implicitKey:t=!1,indent:r,inFlow:i=!1,offset:o=-1,type:s="PLAIN"}=n,a=tu.stringifyString({type:s,value:e},{implicitKey:t,indent:r>0?" ".repeat(r):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),c=n.end??[{type:"newline",offset:-1,indent:r,source:`
`}];switch(a[0]){case"|":case">":{let l=a.indexOf(`
`),u=a.substring(0,l),p=a.substring(l+1)+`
`,d=[{type:"block-scalar-header",offset:o,indent:r,source:u}];return ru(d,c)||d.push({type:"newline",offset:-1,indent:r,source:`
`}),{type:"block-scalar",offset:o,indent:r,props:d,source:p}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:a,end:c};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:a,end:c};default:return{type:"scalar",offset:o,indent:r,source:a,end:c}}}function Hy(e,n,t={}){let{afterKey:r=!1,implicitKey:i=!1,inFlow:o=!1,type:s}=t,a="indent"in e?e.indent:null;if(r&&typeof a=="number"&&(a+=2),!s)switch(e.type){case"single-quoted-scalar":s="QUOTE_SINGLE";break;case"double-quoted-scalar":s="QUOTE_DOUBLE";break;case"block-scalar":{let l=e.props[0];if(l.type!=="block-scalar-header")throw new Error("Invalid block scalar header");s=l.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:s="PLAIN"}let c=tu.stringifyString({type:s,value:n},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:o,options:{blockQuote:!0,lineWidth:-1}});switch(c[0]){case"|":case">":Jy(e,c);break;case'"':ms(e,c,"double-quoted-scalar");break;case"'":ms(e,c,"single-quoted-scalar");break;default:ms(e,c,"scalar")}}function Jy(e,n){let t=n.indexOf(`
`),r=n.substring(0,t),i=n.substring(t+1)+`
`;if(e.type==="block-scalar"){let o=e.props[0];if(o.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o.source=r,e.source=i}else{let{offset:o}=e,s="indent"in e?e.indent:-1,a=[{type:"block-scalar-header",offset:o,indent:s,source:r}];ru(a,"end"in e?e.end:void 0)||a.push({type:"newline",offset:-1,indent:s,source:`
`});for(let c of Object.keys(e))c!=="type"&&c!=="offset"&&delete e[c];Object.assign(e,{type:"block-scalar",indent:s,props:a,source:i})}}function ru(e,n){if(n)for(let t of n)switch(t.type){case"space":case"comment":e.push(t);break;case"newline":return e.push(t),!0}return!1}function ms(e,n,t){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=t,e.source=n;break;case"block-scalar":{let r=e.props.slice(1),i=n.length;e.props[0].type==="block-scalar-header"&&(i-=e.props[0].source.length);for(let o of r)o.offset+=i;delete e.props,Object.assign(e,{type:t,source:n,end:r});break}case"block-map":case"block-seq":{let i={type:"newline",offset:e.offset+n.length,indent:e.indent,source:`
`};delete e.items,Object.assign(e,{type:t,source:n,end:[i]});break}default:{let r="indent"in e?e.indent:-1,i="end"in e&&Array.isArray(e.end)?e.end.filter(o=>o.type==="space"||o.type==="comment"||o.type==="newline"):[];for(let o of Object.keys(e))o!=="type"&&o!=="offset"&&delete e[o];Object.assign(e,{type:t,indent:r,source:n,end:i})}}}Xr.createScalarToken=Yy;Xr.resolveAsScalar=Vy;Xr.setScalarValue=Hy});var su=P(ou=>{"use strict";f();var Xy=e=>"type"in e?ei(e):Qr(e);function ei(e){switch(e.type){case"block-scalar":{let n="";for(let t of e.props)n+=ei(t);return n+e.source}case"block-map":case"block-seq":{let n="";for(let t of e.items)n+=Qr(t);return n}case"flow-collection":{let n=e.start.source;for(let t of e.items)n+=Qr(t);for(let t of e.end)n+=t.source;return n}case"document":{let n=Qr(e);if(e.end)for(let t of e.end)n+=t.source;return n}default:{let n=e.source;if("end"in e&&e.end)for(let t of e.end)n+=t.source;return n}}}function Qr({start:e,key:n,sep:t,value:r}){let i="";for(let o of e)i+=o.source;if(n&&(i+=ei(n)),t)for(let o of t)i+=o.source;return r&&(i+=ei(r)),i}ou.stringify=Xy});var uu=P(cu=>{"use strict";f();var gs=Symbol("break visit"),Qy=Symbol("skip children"),au=Symbol("remove item");function xn(e,n){"type"in e&&e.type==="document"&&(e={start:e.start,value:e.value}),lu(Object.freeze([]),e,n)}xn.BREAK=gs;xn.SKIP=Qy;xn.REMOVE=au;xn.itemAtPath=(e,n)=>{let t=e;for(let[r,i]of n){let o=t?.[r];if(o&&"items"in o)t=o.items[i];else return}return t};xn.parentCollection=(e,n)=>{let t=xn.itemAtPath(e,n.slice(0,-1)),r=n[n.length-1][0],i=t?.[r];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function lu(e,n,t){let r=t(n,e);if(typeof r=="symbol")return r;for(let i of["key","value"]){let o=n[i];if(o&&"items"in o){for(let s=0;s<o.items.length;++s){let a=lu(Object.freeze(e.concat([[i,s]])),o.items[s],t);if(typeof a=="number")s=a-1;else{if(a===gs)return gs;a===au&&(o.items.splice(s,1),s-=1)}}typeof r=="function"&&i==="key"&&(r=r(n,e))}}return typeof r=="function"?r(n,e):r}cu.visit=xn});var ni=P(de=>{"use strict";f();var ys=iu(),ew=su(),nw=uu(),ws="\uFEFF",bs="",vs="",ks="",tw=e=>!!e&&"items"in e,rw=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function iw(e){switch(e){case ws:return"<BOM>";case bs:return"<DOC>";case vs:return"<FLOW_END>";case ks:return"<SCALAR>";default:return JSON.stringify(e)}}function ow(e){switch(e){case ws:return"byte-order-mark";case bs:return"doc-mode";case vs:return"flow-error-end";case ks:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}de.createScalarToken=ys.createScalarToken;de.resolveAsScalar=ys.resolveAsScalar;de.setScalarValue=ys.setScalarValue;de.stringify=ew.stringify;de.visit=nw.visit;de.BOM=ws;de.DOCUMENT=bs;de.FLOW_END=vs;de.SCALAR=ks;de.isCollection=tw;de.isScalar=rw;de.prettyToken=iw;de.tokenType=ow});var $s=P(fu=>{"use strict";f();var Lt=ni();function _e(e){switch(e){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var du=new Set("0123456789ABCDEFabcdef"),sw=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),ti=new Set(",[]{}"),aw=new Set(` ,[]{}
\r	`),Ss=e=>!e||aw.has(e),xs=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(n,t=!1){if(n){if(typeof n!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+n:n,this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";for(;r&&(t||this.hasChars(1));)r=yield*this.parseNext(r)}atLineEnd(){let n=this.pos,t=this.buffer[n];for(;t===" "||t==="	";)t=this.buffer[++n];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[n+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(n){let t=this.buffer[n];if(this.indentNext>0){let r=0;for(;t===" ";)t=this.buffer[++r+n];if(t==="\r"){let i=this.buffer[r+n+1];if(i===`
`||!i&&!this.atEnd)return n+r+1}return t===`
`||r>=this.indentNext||!t&&!this.atEnd?n+r:-1}if(t==="-"||t==="."){let r=this.buffer.substr(n,3);if((r==="---"||r==="...")&&_e(this.buffer[n+3]))return-1}return n}getLine(){let n=this.lineEndPos;return(typeof n!="number"||n!==-1&&n<this.pos)&&(n=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=n),n===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[n-1]==="\r"&&(n-=1),this.buffer.substring(this.pos,n))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(n){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=n,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(n){switch(n){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let n=this.getLine();if(n===null)return this.setNext("stream");if(n[0]===Lt.BOM&&(yield*this.pushCount(1),n=n.substring(1)),n[0]==="%"){let t=n.length,r=n.indexOf("#");for(;r!==-1;){let o=n[r-1];if(o===" "||o==="	"){t=r-1;break}else r=n.indexOf("#",r+1)}for(;;){let o=n[t-1];if(o===" "||o==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(n.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(n.length-t),yield*this.pushNewline(),"stream"}return yield Lt.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let n=this.charAt(0);if(!n&&!this.atEnd)return this.setNext("line-start");if(n==="-"||n==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&_e(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!_e(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[n,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((n==="-"||n==="?"||n===":")&&_e(t)){let r=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=r,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let n=this.getLine();if(n===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(n[t]){case"#":yield*this.pushCount(n.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(Ss),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(n.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let n,t,r=-1;do n=yield*this.pushNewline(),n>0?(t=yield*this.pushSpaces(!1),this.indentValue=r=t):t=0,t+=yield*this.pushSpaces(!0);while(n+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&_e(i[3]))&&!(r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield Lt.FLOW_END,yield*this.parseLineStart();let o=0;for(;i[o]===",";)o+=yield*this.pushCount(1),o+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(o+=yield*this.pushIndicators(),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(Ss),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let s=this.charAt(1);if(this.flowKey||_e(s)||s===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let n=this.charAt(0),t=this.buffer.indexOf(n,this.pos+1);if(n==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let o=0;for(;this.buffer[t-1-o]==="\\";)o+=1;if(o%2===0)break;t=this.buffer.indexOf('"',t+1)}let r=this.buffer.substring(0,t),i=r.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let o=this.continueScalar(i+1);if(o===-1)break;i=r.indexOf(`
`,o)}i!==-1&&(t=i-(r[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let n=this.pos;for(;;){let t=this.buffer[++n];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>_e(t)||t==="#")}*parseBlockScalar(){let n=this.pos-1,t=0,r;e:for(let o=this.pos;r=this.buffer[o];++o)switch(r){case" ":t+=1;break;case`
`:n=o,t=0;break;case"\r":{let s=this.buffer[o+1];if(!s&&!this.atEnd)return this.setNext("block-scalar");if(s===`
`)break}default:break e}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let o=this.continueScalar(n+1);if(o===-1)break;n=this.buffer.indexOf(`
`,o)}while(n!==-1);if(n===-1){if(!this.atEnd)return this.setNext("block-scalar");n=this.buffer.length}}let i=n+1;for(r=this.buffer[i];r===" ";)r=this.buffer[++i];if(r==="	"){for(;r==="	"||r===" "||r==="\r"||r===`
`;)r=this.buffer[++i];n=i-1}else if(!this.blockScalarKeep)do{let o=n-1,s=this.buffer[o];s==="\r"&&(s=this.buffer[--o]);let a=o;for(;s===" ";)s=this.buffer[--o];if(s===`
`&&o>=this.pos&&o+1+t>a)n=o;else break}while(!0);return yield Lt.SCALAR,yield*this.pushToIndex(n+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let n=this.flowLevel>0,t=this.pos-1,r=this.pos-1,i;for(;i=this.buffer[++r];)if(i===":"){let o=this.buffer[r+1];if(_e(o)||n&&ti.has(o))break;t=r}else if(_e(i)){let o=this.buffer[r+1];if(i==="\r"&&(o===`
`?(r+=1,i=`
`,o=this.buffer[r+1]):t=r),o==="#"||n&&ti.has(o))break;if(i===`
`){let s=this.continueScalar(r+1);if(s===-1)break;r=Math.max(r,s-2)}}else{if(n&&ti.has(i))break;t=r}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield Lt.SCALAR,yield*this.pushToIndex(t+1,!0),n?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(n,t){let r=this.buffer.slice(this.pos,n);return r?(yield r,this.pos+=r.length,r.length):(t&&(yield""),0)}*pushIndicators(){let n=0;e:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue e;case"&":n+=yield*this.pushUntil(Ss),n+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,r=this.charAt(1);if(_e(r)||t&&ti.has(r)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue e}}}break e}return n}*pushTag(){if(this.charAt(1)==="<"){let n=this.pos+2,t=this.buffer[n];for(;!_e(t)&&t!==">";)t=this.buffer[++n];return yield*this.pushToIndex(t===">"?n+1:n,!1)}else{let n=this.pos+1,t=this.buffer[n];for(;t;)if(sw.has(t))t=this.buffer[++n];else if(t==="%"&&du.has(this.buffer[n+1])&&du.has(this.buffer[n+2]))t=this.buffer[n+=3];else break;return yield*this.pushToIndex(n,!1)}}*pushNewline(){let n=this.buffer[this.pos];return n===`
`?yield*this.pushCount(1):n==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(n){let t=this.pos-1,r;do r=this.buffer[++t];while(r===" "||n&&r==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(n){let t=this.pos,r=this.buffer[t];for(;!n(r);)r=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};fu.Lexer=xs});var _s=P(pu=>{"use strict";f();var As=class{constructor(){this.lineStarts=[],this.addNewLine=n=>this.lineStarts.push(n),this.linePos=n=>{let t=0,r=this.lineStarts.length;for(;t<r;){let o=t+r>>1;this.lineStarts[o]<n?t=o+1:r=o}if(this.lineStarts[t]===n)return{line:t+1,col:1};if(t===0)return{line:0,col:n};let i=this.lineStarts[t-1];return{line:t,col:n-i+1}}}};pu.LineCounter=As});var Os=P(wu=>{"use strict";f();var lw=require("process"),hu=ni(),cw=$s();function tn(e,n){for(let t=0;t<e.length;++t)if(e[t].type===n)return!0;return!1}function mu(e){for(let n=0;n<e.length;++n)switch(e[n].type){case"space":case"comment":case"newline":break;default:return n}return-1}function yu(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function ri(e){switch(e.type){case"document":return e.start;case"block-map":{let n=e.items[e.items.length-1];return n.sep??n.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function Hn(e){if(e.length===0)return[];let n=e.length;e:for(;--n>=0;)switch(e[n].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;e[++n]?.type==="space";);return e.splice(n,e.length)}function ii(e,n){if(n.length<1e5)Array.prototype.push.apply(e,n);else for(let t=0;t<n.length;++t)e.push(n[t])}function gu(e){if(e.start.type==="flow-seq-start")for(let n of e.items)n.sep&&!n.value&&!tn(n.start,"explicit-key-ind")&&!tn(n.sep,"map-value-ind")&&(n.key&&(n.value=n.key),delete n.key,yu(n.value)?n.value.end?ii(n.value.end,n.sep):n.value.end=n.sep:ii(n.start,n.sep),delete n.sep)}var Ps=class{constructor(n){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new cw.Lexer,this.onNewLine=n}*parse(n,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let r of this.lexer.lex(n,t))yield*this.next(r);t||(yield*this.end())}*next(n){if(this.source=n,lw.env.LOG_TOKENS&&console.log("|",hu.prettyToken(n)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=n.length;return}let t=hu.tokenType(n);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+n.length);break;case"space":this.atNewLine&&n[0]===" "&&(this.indent+=n.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=n.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=n.length}else{let r=`Not a YAML token: ${n}`;yield*this.pop({type:"error",offset:this.offset,message:r,source:n}),this.offset+=n.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let n=this.peek(1);if(this.type==="doc-end"&&n?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!n)return yield*this.stream();switch(n.type){case"document":return yield*this.document(n);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(n);case"block-scalar":return yield*this.blockScalar(n);case"block-map":return yield*this.blockMap(n);case"block-seq":return yield*this.blockSequence(n);case"flow-collection":return yield*this.flowCollection(n);case"doc-end":return yield*this.documentEnd(n)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(n){let t=n??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let r=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in r?r.indent:0:t.type==="flow-collection"&&r.type==="document"&&(t.indent=0),t.type==="flow-collection"&&gu(t),r.type){case"document":r.value=t;break;case"block-scalar":r.props.push(t);break;case"block-map":{let i=r.items[r.items.length-1];if(i.value){r.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=r.items[r.items.length-1];i.value?r.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=r.items[r.items.length-1];!i||i.value?r.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((r.type==="document"||r.type==="block-map"||r.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&mu(i.start)===-1&&(t.indent===0||i.start.every(o=>o.type!=="comment"||o.indent<t.indent))&&(r.type==="document"?r.end=i.start:r.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let n={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&n.start.push(this.sourceToken),this.stack.push(n);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(n){if(n.value)return yield*this.lineEnd(n);switch(this.type){case"doc-start":{mu(n.start)!==-1?(yield*this.pop(),yield*this.step()):n.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":n.start.push(this.sourceToken);return}let t=this.startBlockValue(n);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(n){if(this.type==="map-value-ind"){let t=ri(this.peek(2)),r=Hn(t),i;n.end?(i=n.end,i.push(this.sourceToken),delete n.end):i=[this.sourceToken];let o={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:r,key:n,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=o}else yield*this.lineEnd(n)}*blockScalar(n){switch(this.type){case"space":case"comment":case"newline":n.props.push(this.sourceToken);return;case"scalar":if(n.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){ii(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=n.indent){let r=!this.onKeyLine&&this.indent===n.indent,i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",o=[];if(i&&t.sep&&!t.value){let s=[];for(let a=0;a<t.sep.length;++a){let c=t.sep[a];switch(c.type){case"newline":s.push(a);break;case"space":break;case"comment":c.indent>n.indent&&(s.length=0);break;default:s.length=0}}s.length>=2&&(o=t.sep.splice(s[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(o.push(this.sourceToken),n.items.push({start:o}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(o.push(this.sourceToken),n.items.push({start:o,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)n.items.push({start:[],key:null,sep:[this.sourceToken]});else if(tn(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]});else if(yu(t.key)&&!tn(t.sep,"newline")){let s=Hn(t.start),a=t.key,c=t.sep;c.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:a,sep:c}]})}else o.length>0?t.sep=t.sep.concat(o,this.sourceToken):t.sep.push(this.sourceToken);else if(tn(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let s=Hn(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?n.items.push({start:o,key:null,sep:[this.sourceToken]}):tn(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let s=this.flowScalar(this.type);i||t.value?(n.items.push({start:o,key:s,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(s):(Object.assign(t,{key:s,sep:[]}),this.onKeyLine=!0);return}default:{let s=this.startBlockValue(n);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!tn(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else r&&n.items.push({start:o});this.stack.push(s);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(n){let t=n.items[n.items.length-1];switch(this.type){case"newline":if(t.value){let r="end"in t.value?t.value.end:void 0;(Array.isArray(r)?r[r.length-1]:void 0)?.type==="comment"?r?.push(this.sourceToken):n.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)n.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,n.indent)){let i=n.items[n.items.length-2]?.value?.end;if(Array.isArray(i)){ii(i,t.start),i.push(this.sourceToken),n.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=n.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==n.indent)break;t.value||tn(t.start,"seq-item-ind")?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>n.indent){let r=this.startBlockValue(n);if(r){this.stack.push(r);return}}yield*this.pop(),yield*this.step()}*flowCollection(n){let t=n.items[n.items.length-1];if(this.type==="flow-error-end"){let r;do yield*this.pop(),r=this.peek(1);while(r?.type==="flow-collection")}else if(n.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?n.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?n.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?n.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?n.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":n.end.push(this.sourceToken);return}let r=this.startBlockValue(n);r?this.stack.push(r):(yield*this.pop(),yield*this.step())}else{let r=this.peek(2);if(r.type==="block-map"&&(this.type==="map-value-ind"&&r.indent===n.indent||this.type==="newline"&&!r.items[r.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&r.type!=="flow-collection"){let i=ri(r),o=Hn(i);gu(n);let s=n.end.splice(1,n.end.length);s.push(this.sourceToken);let a={type:"block-map",offset:n.offset,indent:n.indent,items:[{start:o,key:n,sep:s}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(n)}}flowScalar(n){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:n,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(n){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=ri(n),r=Hn(t);return r.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=ri(n),r=Hn(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(n,t){return this.type!=="comment"||this.indent<=t?!1:n.every(r=>r.type==="newline"||r.type==="space")}*documentEnd(n){this.type!=="doc-mode"&&(n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(n){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:n.end?n.end.push(this.sourceToken):n.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};wu.Parser=Ps});var xu=P(qt=>{"use strict";f();var bu=hs(),uw=Ct(),Dt=Nt(),dw=fo(),fw=L(),pw=_s(),vu=Os();function ku(e){let n=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||n&&new pw.LineCounter||null,prettyErrors:n}}function hw(e,n={}){let{lineCounter:t,prettyErrors:r}=ku(n),i=new vu.Parser(t?.addNewLine),o=new bu.Composer(n),s=Array.from(o.compose(i.parse(e)));if(r&&t)for(let a of s)a.errors.forEach(Dt.prettifyError(e,t)),a.warnings.forEach(Dt.prettifyError(e,t));return s.length>0?s:Object.assign([],{empty:!0},o.streamInfo())}function Su(e,n={}){let{lineCounter:t,prettyErrors:r}=ku(n),i=new vu.Parser(t?.addNewLine),o=new bu.Composer(n),s=null;for(let a of o.compose(i.parse(e),!0,e.length))if(!s)s=a;else if(s.options.logLevel!=="silent"){s.errors.push(new Dt.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return r&&t&&(s.errors.forEach(Dt.prettifyError(e,t)),s.warnings.forEach(Dt.prettifyError(e,t))),s}function mw(e,n,t){let r;typeof n=="function"?r=n:t===void 0&&n&&typeof n=="object"&&(t=n);let i=Su(e,t);if(!i)return null;if(i.warnings.forEach(o=>dw.warn(i.options.logLevel,o)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:r},t))}function gw(e,n,t){let r=null;if(typeof n=="function"||Array.isArray(n)?r=n:t===void 0&&n&&(t=n),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(e===void 0){let{keepUndefined:i}=t??n??{};if(!i)return}return fw.isDocument(e)&&!r?e.toString(t):new uw.Document(e,r,t).toString(t)}qt.parse=mw;qt.parseAllDocuments=hw;qt.parseDocument=Su;qt.stringify=gw});var on=P(q=>{"use strict";f();var yw=hs(),ww=Ct(),bw=Vo(),Ms=Nt(),vw=ht(),rn=L(),kw=Xe(),Sw=Y(),xw=en(),$w=nn(),Aw=ni(),_w=$s(),Pw=_s(),Ow=Os(),oi=xu(),$u=ut();q.Composer=yw.Composer;q.Document=ww.Document;q.Schema=bw.Schema;q.YAMLError=Ms.YAMLError;q.YAMLParseError=Ms.YAMLParseError;q.YAMLWarning=Ms.YAMLWarning;q.Alias=vw.Alias;q.isAlias=rn.isAlias;q.isCollection=rn.isCollection;q.isDocument=rn.isDocument;q.isMap=rn.isMap;q.isNode=rn.isNode;q.isPair=rn.isPair;q.isScalar=rn.isScalar;q.isSeq=rn.isSeq;q.Pair=kw.Pair;q.Scalar=Sw.Scalar;q.YAMLMap=xw.YAMLMap;q.YAMLSeq=$w.YAMLSeq;q.CST=Aw;q.Lexer=_w.Lexer;q.LineCounter=Pw.LineCounter;q.Parser=Ow.Parser;q.parse=oi.parse;q.parseAllDocuments=oi.parseAllDocuments;q.parseDocument=oi.parseDocument;q.stringify=oi.stringify;q.visit=$u.visit;q.visitAsync=$u.visitAsync});f();f();var ze=require("node:fs"),qn=$e(require("node:path"));f();var tp=$e(on());f();function Mw(e,n,t=Number.POSITIVE_INFINITY){if(e===n)return 0;if(Math.abs(e.length-n.length)>t)return t+1;let r=new Array(n.length+1);for(let i=0;i<=n.length;i++)r[i]=i;for(let i=1;i<=e.length;i++){let o=r[0];r[0]=i;let s=i;for(let a=1;a<=n.length;a++){let c=r[a];r[a]=Math.min(r[a]+1,r[a-1]+1,o+(e[i-1]===n[a-1]?0:1)),r[a]<s&&(s=r[a]),o=c}if(s>t)return t+1}return r[n.length]}var Cs=64;function sn(e,n){if(e.length>Cs)return;let t=e.toLowerCase(),r,i=Number.POSITIVE_INFINITY;for(let o of n){if(o.length>Cs)continue;let s=o.toLowerCase(),a=Math.max(2,Math.floor(Math.max(t.length,s.length)/3)),c=Math.min(a,Math.floor(i/2)),l=Mw(t,s,c),u=l<=a?2*l:Number.POSITIVE_INFINITY;s!==t&&(s.startsWith(t)||t.startsWith(s))&&Math.min(t.length,s.length)>=2&&(u=Math.min(u,3)),u<i&&(i=u,r=o)}return r}function si(e,n=2e6){let t=new Map,r=n;return i=>{if(t.has(i))return t.get(i);r-=e.length*Math.min(i.length+1,Cs);let o=r>=0?sn(i,e):void 0;return t.set(i,o),o}}f();f();f();f();function Ns(e){let n=Object.values(e).filter(r=>typeof r=="number");return Object.entries(e).filter(([r,i])=>n.indexOf(+r)===-1).map(([r,i])=>i)}function Au(e,n){return typeof n=="bigint"?n.toString():n}var Is=class{constructor(n){this._getter=n,this._value=void 0}get value(){let n=this._getter;return n!==void 0&&(this._value=n(),this._getter=void 0),this._value}};function _u(e){return new Is(e)}function Pu(e){return e==null}function Es(e){let n=e.startsWith("^")?1:0,t=e.endsWith("$")?e.length-1:e.length;return e.slice(n,t)}function Ou(e,n,t){Object.defineProperty(e,n,{value:t,writable:!0,enumerable:!0,configurable:!0})}var Rs="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function ai(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Mu(e){if(ai(e)===!1)return!1;let n=e.constructor;if(n===void 0||typeof n!="function")return!0;let t=n.prototype;return!(ai(t)===!1||Object.prototype.hasOwnProperty.call(t,"isPrototypeOf")===!1)}var Cu=new Set(["string","number","symbol"]);function Bt(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Zt(e,n,t){let r=new e._zod.constr(n??e._zod.def);return(!n||t?.parent)&&(r._zod.parent=e),r}function Q(e){let n=e;if(!n)return{};if(typeof n=="string")return{error:()=>n};if(n?.message!==void 0){if(n?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");n.error=n.message}return delete n.message,typeof n.error=="string"?{...n,error:()=>n.error}:n}function Tu(e){return Object.keys(e).filter(n=>e[n]._zod.optin!==void 0&&e[n]._zod.optout==="optional")}var Iu={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function qe(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue!==!0)return!0;return!1}function Nu(e,n=0){if(e.aborted===!0)return!0;for(let t=n;t<e.issues.length;t++)if(e.issues[t]?.continue===!1)return!0;return!1}function ln(e,n){return n.map(t=>{var r;return(r=t).path??(r.path=[]),t.path.unshift(e),t})}function Ft(e){return typeof e=="string"?e:e?.message}function zs(e){let n=[];for(let t of e??[]){let r=t._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&n.push([i,t])}return n}function li(e,n,t){var r;for(let i=n;i<e.length;i++)(r=e[i]).schema??(r.schema=t)}function Fe(e,n,t){var r;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:Ft(e.inst?._zod.def?.error?.(e))??Ft(o?.(e))??Ft(n?.error?.(e))??Ft(t.customError?.(e))??Ft(t.localeError?.(e))??"Invalid input",a={};for(let c of Object.keys(e))c==="inst"||c==="schema"||c==="continue"||c==="input"||c==="__proto__"||(a[c]=e[c]);return a.path??(a.path=[]),a.message=s,n?.reportInput&&(a.input=e.input),a}var Cw=/[\uD800-\uDBFF]/;function Eu(e){let n=e.length;if(!Cw.test(e))return n;let t=n;for(let r=0;r<n-1;r++)(e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320&&(t--,r++);return t}function Ru(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function ci(...e){let[n,t,r]=e;return typeof n=="string"?{message:n,code:"custom",input:t,inst:r}:{...n}}function zu(e,n){for(let t in n){let r=Object.getOwnPropertyDescriptor(n,t);r.get?Object.defineProperty(e,t,{...r,enumerable:!1}):Tw(e,t,r.value)}}function $n(e,n,t,r=!0){return Object.defineProperty(e,n,{configurable:!0,writable:!0,enumerable:r,value:t}),t}function Ls(e,n,t){return $n(e,n,t,!1)}function Tw(e,n,t){Object.defineProperty(e,n,{configurable:!0,get(){return this==null?t:$n(this,n,t.bind(this))},set(r){$n(this,n,r)}})}function Iw(e,n){let t=Object.getPrototypeOf(e);return n in t?void 0:t}var Ts,an=!1,Nw={configurable:!0,get(){an=!0}};function Pe(e,n,t){let r=Object.getPrototypeOf(e._zod);if(n in r&&Ts!==e._zod){Ts=void 0;return}Ts=e._zod,Object.defineProperty(r,n,{configurable:!0,get(){Object.defineProperty(this,n,Nw);let i=an;an=!1;try{let o=t(this);return an?delete this[n]:Object.defineProperty(this,n,{configurable:!0,writable:!0,value:o}),an=an||i,o}catch(o){throw delete this[n],an=an||i,o}},set(i){Object.defineProperty(this,n,{configurable:!0,writable:!0,value:i})}})}function Lu(e,n,t,r){let i=Iw(e,n);i&&Object.defineProperty(i,n,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,n,o),o.value=t(this),Object.defineProperty(this,n,o),o.value},set(o){Object.defineProperty(this,n,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var Du;var Ds={value:void 0,enumerable:!1},qu="captureStackTrace"in Error?Error:null;function Ew(e){let n=qu;if(n){let t=n.stackTraceLimit;if(typeof t=="number"){try{n.stackTraceLimit=0}catch{return qu=null,new e}try{return new e}finally{n.stackTraceLimit=t}}}return new e}function z(e,n,t,r){let i={};function o(d){this.def=d,this.constr=p,this.traits=new Set}o.prototype=i;let s=t,a=s&&new WeakSet;function c(d,h){if(d._zod){if(d._zod.traits.has(e))return}else{Ds.value=new o(h);try{Object.defineProperty(d,"_zod",Ds)}finally{Ds.value=void 0}}if(d._zod.traits.add(e),n(d,h),a){let m=Object.getPrototypeOf(d),b=d._zod.constr.prototype,v=m;for(;v&&v!==b;)v=Object.getPrototypeOf(v);let S=v??m;a.has(S)||(a.add(S),zu(S,s))}let g=p.prototype;for(let m in g)Object.prototype.hasOwnProperty.call(g,m)&&(m in d||(d[m]=g[m].bind(d)))}let l=r?.Parent??Object;class u extends l{}Object.defineProperty(u,"name",{value:e});function p(d){let h=r?.Parent?Ew(u):this;c(h,d);let g=h._zod.deferred;if(g){for(let b of g)b();h._zod.deferred=void 0}let m=globalThis.__zod_globalConfig?.postProcessor;return m&&m(h),h}return Object.defineProperty(p,"init",{value:c}),Object.defineProperty(p,Symbol.hasInstance,{value:d=>r?.Parent&&d instanceof r.Parent?!0:d?._zod?.traits?.has(e)}),Object.defineProperty(p,"name",{value:e}),p}var Be=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Du=globalThis).__zod_globalConfig??(Du.__zod_globalConfig={});var Jn=globalThis.__zod_globalConfig;function Ne(e){return e&&Object.assign(Jn,e),Jn}f();f();function Rw(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,Au,2)),e.message}function zw(e){this._zod.message=e}var Lw={get:Rw,set:zw,enumerable:!0,configurable:!0},Fs={value:void 0,enumerable:!1},Fu=new WeakSet([Object.prototype,Error.prototype]),Bu=(e,n)=>{e.name="$ZodError",Fs.value=n,Object.defineProperty(e,"issues",Fs),Fs.value=void 0,Object.defineProperty(e,"message",Lw);let t=Object.getPrototypeOf(e);Fu.has(t)||(Fu.add(t),Object.defineProperty(t,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},r0=z("$ZodError",Bu),jt=z("$ZodError",Bu,void 0,{Parent:Error});var qw=e=>{let n=(t,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new Be;if(a.issues.length){let c=new(o?.Err??e)(a.issues.map(l=>Fe(l,s,Ne())));throw Rs(c,o?.callee??n),c}return a.value};return n},Bs=qw(jt),Fw=e=>{let n=async(t,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=t._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let c=new(o?.Err??e)(a.issues.map(l=>Fe(l,s,Ne())));throw Rs(c,o?.callee??n),c}return a.value};return n},Zs=Fw(jt),Bw=e=>(n,t,r)=>{let i=r?{...r,async:!1}:{async:!1},o=n._zod.run({value:t,issues:[]},i);if(o instanceof Promise)throw new Be;return o.issues.length?Zu(e,o.issues,i):{success:!0,data:o.value}},js=Bw(jt);function Zu(e,n,t){let r;return{success:!1,get error(){return r||(r=new e(n.map(i=>Fe(i,t,Ne()))),n=void 0,t=void 0),r},set error(i){r=i,n=void 0,t=void 0}}}var Zw=e=>async(n,t,r)=>{let i=r?{...r,async:!0}:{async:!0},o=n._zod.run({value:t,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?Zu(e,o.issues,i):{success:!0,data:o.value}},Us=Zw(jt);f();f();f();var ju=/^[\s\S]{0,}$/;var Ws=/^-?\d+(?:\.\d+)?$/,Uu=/^(?:true|false)$/i;var un=z("$ZodCheck",(e,n)=>{var t;e._zod??(e._zod={}),e._zod.def=n,(t=e._zod).onattach??(t.onattach=[])});var jw=e=>{let n=e.value;return!Pu(n)&&n.length!==void 0},Wu={number:"number",bigint:"bigint",object:"date"};var Ks=z("$ZodCheckGreaterThan",(e,n)=>{un.init(e,n);let t=Wu[typeof n.value];e._zod.check=r=>{(n.inclusive?r.value>=n.value:r.value>n.value)||r.issues.push({origin:Wu[typeof r.value]??t,code:"too_small",minimum:typeof n.value=="object"?n.value.getTime():n.value,input:r.value,inclusive:n.inclusive,inst:e,continue:!n.abort})}});var Gu=z("$ZodCheckNumberFormat",(e,n)=>{un.init(e,n),n.format=n.format||"float64";let t=n.format?.includes("int"),r=t?"int":"number",[i,o]=Iu[n.format];e._zod.check=s=>{let a=s.value;if(t){if(!Number.isInteger(a)){s.issues.push({expected:r,format:n.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!n.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!n.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!n.abort})}});var Ku=z("$ZodCheckMinLength",(e,n)=>{var t;un.init(e,n),(t=e._zod.def).when??(t.when=jw),e._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=n.minimum&&o<n.minimum*2?Eu(i):o)>=n.minimum)return;let a=Ru(i);r.issues.push({origin:a,code:"too_small",minimum:n.minimum,inclusive:!0,input:i,inst:e,continue:!n.abort})}});var Vu=z("$ZodCheckStringFormat",(e,n)=>{var t,r;un.init(e,n),n.pattern?(t=e._zod).check??(t.check=i=>{n.pattern.lastIndex=0,!n.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:n.format,input:i.value,...n.pattern?{pattern:n.pattern.toString()}:{},inst:e,continue:!n.abort})}):(r=e._zod).check??(r.check=()=>{})}),Yu=z("$ZodCheckRegex",(e,n)=>{Vu.init(e,n),e._zod.check=t=>{n.pattern.lastIndex=0,!n.pattern.test(t.value)&&t.issues.push({origin:"string",code:"invalid_format",format:"regex",input:t.value,pattern:n.pattern.toString(),inst:e,continue:!n.abort})}});f();var Ju={major:4,minor:6,patch:7};var be=z("$ZodType",(e,n)=>{var t;e??(e={}),e._zod.def=n,e._zod.bag=e._zod.bag||{},e._zod.version=Ju;let r=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,c,l)=>{if(a.memo)return a;let u=qe(a),p;for(let d of c){if(d._zod.def.when){if(Nu(a)||!d._zod.def.when(a))continue}else if(u)continue;let h=a.issues.length,g=d._zod.check(a);if(g instanceof Promise&&l?.async===!1)throw new Be;if(p||g instanceof Promise)p=(p??Promise.resolve()).then(async()=>{await g,a.issues.length!==h&&(li(a.issues,h,e),u||(u=qe(a,h)))});else{if(a.issues.length===h)continue;li(a.issues,h,e),u||(u=qe(a,h))}}return p?p.then(()=>a):a},s=(a,c,l)=>{if(qe(a))return a.aborted=!0,a;let u=o(c,i,l);if(u instanceof Promise){if(l.async===!1)throw new Be;return u.then(p=>e._zod.parse(p,l))}return e._zod.parse(u,l)};e._zod.run=(a,c)=>{if(c.skipChecks)return e._zod.parse(a,c);if(c.direction==="backward"){let u=e._zod.parse({value:a.value,issues:[]},{...c,skipChecks:!0});return u instanceof Promise?u.then(p=>s(p,a,c)):s(u,a,c)}let l=e._zod.parse(a,c);if(l instanceof Promise){if(c.async===!1)throw new Be;return l.then(u=>o(u,i,c))}return o(l,i,c)}}},{get"~standard"(){return Ls(this,"~standard",Ww(this))},set"~standard"(e){$n(this,"~standard",e)}}),nd=(e,n)=>e.issues.length?{issues:e.issues.map(t=>Fe(t,n,Ne()))}:{value:e.value};async function Uw(e,n){let t={async:!0};return nd(await e._zod.run({value:n,issues:[]},t),t)}function Ww(e){return{validate:n=>{let t={async:!1};try{let r=e._zod.run({value:n,issues:[]},t);if(!(r instanceof Promise))return nd(r,t)}catch{}return Uw(e,n)},vendor:"zod",version:1}}var td=z("$ZodString",(e,n)=>{be.init(e,n),e._zod.pattern=n.pattern??ju,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=String(t.value)}catch{}return typeof t.value=="string"||t.issues.push({expected:"string",code:"invalid_type",input:t.value,inst:e}),t}});var Vs=z("$ZodNumber",(e,n)=>{be.init(e,n),e._zod.pattern=Ws,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=Number(t.value)}catch{}let i=t.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return t;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return t.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),t}}),rd=z("$ZodNumberFormat",(e,n)=>{Gu.init(e,n),Vs.init(e,n)}),id=z("$ZodBoolean",(e,n)=>{be.init(e,n),e._zod.pattern=Uu,e._zod.parse=(t,r)=>{if(n.coerce)try{t.value=!!t.value}catch{}let i=t.value;return typeof i=="boolean"||t.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),t}});var od=z("$ZodNever",(e,n)=>{be.init(e,n),e._zod.parse=(t,r)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)});function Gw(e,n){let t=zs(e._zod.def.checks);if(!t.length)return;let r=Math.min(...t.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=n(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[c,l]of zs(e._zod.def.checks))if(a>c&&l._zod.def.when(o)){let u=o.issues.length;return l._zod.check(o),o.issues[u].continue=!1,li(o.issues,u,e),o}}return i(o,s)}}var Kw=e=>Array.isArray(e)?e.length:-1;function Xu(e,n,t){e.issues.length&&n.issues.push(...ln(t,e.issues)),n.value[t]=e.value}var sd=z("$ZodArray",(e,n)=>{be.init(e,n);let t=Jn.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),r;r.value=t?t.alloc(e,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let c=0;c<o.length;c++){let l=o[c],u=n.element._zod.run({value:l,issues:[]},i);if(u instanceof Promise)s.push(u.then(p=>Xu(p,r,c)));else if(Xu(u,r,c),a&&u.issues.length!==0&&qe(u))break}return s.length?Promise.all(s).then(()=>r):r},Gw(e,Kw)});function ui(e,n,t,r,i,o){let s=t in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;n.issues.push(...ln(t,e.issues))}if(!s&&i===void 0){e.issues.length||n.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[t]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(n.value[t]=void 0):n.value[t]=e.value}}var Vw=[];function Yw(e){let n=Object.keys(e.shape),t=Object.getOwnPropertySymbols(e.shape),r=t.length?t:Vw,i=r.length?[...n,...r]:n;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Tu(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(n),numKeys:n.length,optionalKeys:new Set(o)}}function Hw(e,n,t,r,i,o,s){let a=[],c=i.keySet,l=i.catchall._zod,u=l.def.type,p=l.optin,d=l.optout,h=0;for(let g in n){if(s&&t.issues.length!==h){if(qe(t,h))break;h=t.issues.length}if(c.has(g))continue;if(g==="__proto__"){u==="never"&&a.push(g);continue}if(u==="never"){a.push(g);continue}let m=l.run({value:n[g],issues:[]},r);m instanceof Promise?e.push(m.then(b=>ui(b,t,g,n,p,d))):ui(m,t,g,n,p,d)}return a.length&&t.issues.push({code:"unrecognized_keys",keys:a,input:n,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>t):t}var ad=z("$ZodObject",(e,n)=>{be.init(e,n);let t=Object.getOwnPropertyDescriptor(n,"shape"),r=t?.get?t.get.raw:n.shape??{};if(r){let l=()=>{let u={...r};return Object.defineProperty(n,"shape",{value:u}),l.raw=u,u};l.raw=r,Object.defineProperty(n,"shape",{get:l})}let i=_u(()=>Yw(n));Pe(e,"propValues",l=>{let u=l.def.shape,p={};for(let d in u){let h=u[d]._zod;if(h.values){Object.prototype.hasOwnProperty.call(p,d)||Ou(p,d,new Set);for(let g of h.values)p[d].add(g);h.optin!==void 0&&p[d].add(void 0)}}return p});let o=ai,s=n.catchall,a,c=Jn.memoizer;c?.attach(e),e._zod.parse=(l,u)=>{a??(a=i.value);let p=l.value;if(!o(p))return l.issues.push({expected:"object",code:"invalid_type",input:p,inst:e}),l;l.value=c?c.alloc(e,l,{},u):{};let d=[],h=a.shape,g=u?.abortEarly,m=l.issues.length;for(let b of a.allKeys){if(g&&l.issues.length!==m){if(qe(l,m))break;m=l.issues.length}if(b==="__proto__")continue;let v=h[b],S=v._zod.optin,A=v._zod.optout,x=v._zod.run({value:p[b],issues:[]},u);x instanceof Promise?d.push(x.then(O=>ui(O,l,b,p,S,A))):ui(x,l,b,p,S,A)}return s?Hw(d,p,l,u,i.value,e,g===!0):d.length?Promise.all(d).then(()=>l):l}});function Qu(e,n,t,r){for(let o of e)if(o.issues.length===0)return n.value=o.value,n;let i=e.filter(o=>!qe(o));return i.length===1?(n.value=i[0].value,i[0]):(n.issues.push({code:"invalid_union",input:n.value,inst:t,errors:e.map(o=>o.issues.map(s=>Fe(s,r,Ne())))}),n)}var ld=z("$ZodUnion",(e,n)=>{be.init(e,n),Pe(e,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),Pe(e,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),Pe(e,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),Pe(e,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>Es(o.source)).join("|")})$`)}});let t=n.options.length===1?n.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(t)return t(r,i);let o=!1,s=[];for(let a of n.options){let c=a._zod.run({value:r.value,issues:[]},i);if(c instanceof Promise)s.push(c),o=!0;else{if(c.issues.length===0)return c;s.push(c)}}return o?Promise.all(s).then(a=>Qu(a,r,e,i)):Qu(s,r,e,i)}});var cd=z("$ZodRecord",(e,n)=>{be.init(e,n);let t=Jn.memoizer;t?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Mu(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),r;let s=[],a=n.keyType._zod.values;if(a&&!n.partial){r.value=t?t.alloc(e,r,{},i):{};let c=new Set;for(let u of a)if(typeof u=="string"||typeof u=="number"||typeof u=="symbol"){if(c.add(typeof u=="number"?u.toString():u),u==="__proto__")continue;let p=n.keyType._zod.run({value:u,issues:[]},i);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(p.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:p.issues.map(g=>Fe(g,i,Ne())),input:u,path:[u],inst:e});continue}let d=p.value;if(d==="__proto__")continue;let h=n.valueType._zod.run({value:o[u],issues:[]},i);h instanceof Promise?s.push(h.then(g=>{g.issues.length&&r.issues.push(...ln(u,g.issues)),r.value[d]=g.value})):(h.issues.length&&r.issues.push(...ln(u,h.issues)),r.value[d]=h.value)}let l;for(let u in o)if(!c.has(u))if(n.mode==="loose"){if(u==="__proto__")continue;r.value[u]=o[u]}else l=l??[],l.push(u);l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:l,continue:!0})}else{r.value=t?t.alloc(e,r,{},i):{};let c;for(let l of Reflect.ownKeys(o)){if(l==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,l))continue;let u=n.keyType._zod.run({value:l,issues:[]},i);if(u instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof l=="string"&&Ws.test(l)&&u.issues.length){let g=n.keyType._zod.run({value:Number(l),issues:[]},i);if(g instanceof Promise)throw new Error("Async schemas not supported in object keys currently");g.issues.length===0&&(u=g)}if(u.issues.length){n.mode==="loose"?r.value[l]=o[l]:a?(c=c??[],c.push(l)):r.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(g=>Fe(g,i,Ne())),input:l,path:[l],inst:e});continue}let d=u.value;if(d==="__proto__")continue;let h=n.valueType._zod.run({value:o[l],issues:[]},i);h instanceof Promise?s.push(h.then(g=>{g.issues.length&&r.issues.push(...ln(l,g.issues)),r.value[d]=g.value})):(h.issues.length&&r.issues.push(...ln(l,h.issues)),r.value[d]=h.value)}c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}});var ud=z("$ZodEnum",(e,n)=>{be.init(e,n);let t=Ns(n.entries),r=new Set(t);e._zod.values=r,Pe(e,"pattern",i=>{let o=Ns(i.def.entries).filter(s=>Cu.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Bt(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:t,input:s,inst:e}),i}}),dd=z("$ZodLiteral",(e,n)=>{be.init(e,n);let t=new Set(n.values);e._zod.values=t,Pe(e,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Bt(o):o?Bt(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,i)=>{let o=r.value;return t.has(o)||r.issues.push({code:"invalid_value",values:n.values,input:o,inst:e}),r}});function ed(e,n){return e.value=n.issues.length?void 0:n.value,e}var fd=z("$ZodOptional",(e,n)=>{be.init(e,n),Pe(e,"optin",t=>t.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",Pe(e,"values",t=>{let r=t.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),Pe(e,"pattern",t=>{let r=t.def.innerType._zod.pattern;return r?new RegExp(`^(${Es(r.source)})?$`):void 0}),e._zod.parse=(t,r)=>{if(t.value===void 0){if(n.innerType._zod.optin!=="defaulted")return t;let i=n.innerType._zod.run({value:t.value,issues:[]},r);return i instanceof Promise?i.then(o=>ed(t,o)):ed(t,i)}return n.innerType._zod.run(t,r)}});f();var pd;var Ys=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(n,...t){let r=t[0];return this._map.set(n,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,n),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(n){let t=this._map.get(n);return t&&typeof t=="object"&&"id"in t&&this._idmap.delete(t.id),this._map.delete(n),this}get(n){let t=n._zod.parent;if(t){let r={...this.get(t)??{}};delete r.id;let i={...r,...this._map.get(n)};return Object.keys(i).length?i:void 0}return this._map.get(n)}has(n){return this._map.has(n)}};function hd(){return new Ys}(pd=globalThis).__zod_globalRegistry??(pd.__zod_globalRegistry=hd());var Xn=globalThis.__zod_globalRegistry;f();function md(e){return e.checks&&(e.checks=[...e.checks]),e}function gd(e,n){return new e(md({type:"string",...Q(n)}))}function yd(e,n){return new e(md({type:"number",checks:[],...Q(n)}))}function wd(e,n){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...Q(n)})}function bd(e,n){return new e({type:"boolean",...Q(n)})}function vd(e,n){return new e({type:"never",...Q(n)})}function kd(e,n){return new Ks({check:"greater_than",...Q(n),value:e,inclusive:!1})}function Qn(e,n){return new Ks({check:"greater_than",...Q(n),value:e,inclusive:!0})}function Hs(e){return kd(0,e)}function di(e,n){return new Ku({check:"min_length",...Q(n),minimum:e})}function Ut(e,n){return new Yu({check:"string_format",format:"regex",...Q(n),pattern:e})}function Sd(e,n){let t=Xw(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(ci(i,r.value,t._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=t),o.continue??(o.continue=!t._zod.def.abort),r.issues.push(ci(o))}},e(r.value,r)),n);return t}function Xw(e,n){let t=new un({check:"custom",...Q(n)});return t._zod.check=e,t}f();f();var Oe=z("ZodMiniType",(e,n)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");be.init(e,n),e.def=n,e.type=n.type},{get with(){return this.check},set with(e){$n(this,"with",e)},parse(e,n){return Bs(this,e,n,{callee:this.parse})},parseAsync(e,n){return Zs(this,e,n,{callee:this.parseAsync})},safeParse(e,n){return js(this,e,n)},safeParseAsync(e,n){return Us(this,e,n)},check(...e){let n=this.def;return this.clone({...n,checks:[...n.checks??[],...e.map(t=>typeof t=="function"?{_zod:{check:t,def:{check:"custom"},onattach:[]}}:t)]},{parent:!0})},clone(e,n){return Zt(this,e,n)},brand(){return this},register(e,n){return e.add(this,n),this},apply(e,...n){return n.length===0?e(this):e(this,...n)}}),nb=z("ZodMiniString",(e,n)=>{td.init(e,n),Oe.init(e,n)});function K(e){return gd(nb,e)}var $d=z("ZodMiniNumber",(e,n)=>{Vs.init(e,n),Oe.init(e,n)});function Js(e){return yd($d,e)}var tb=z("ZodMiniNumberFormat",(e,n)=>{rd.init(e,n),$d.init(e,n)});function Xs(e){return wd(tb,e)}var rb=z("ZodMiniBoolean",(e,n)=>{id.init(e,n),Oe.init(e,n)});function Ze(e){return bd(rb,e)}var ib=z("ZodMiniNever",(e,n)=>{od.init(e,n),Oe.init(e,n)});function ob(e){return vd(ib,e)}var sb=z("ZodMiniArray",(e,n)=>{sd.init(e,n),Oe.init(e,n)});function je(e,n){return new sb({type:"array",element:e,...Q(n)})}var ab=z("ZodMiniObject",(e,n)=>{ad.init(e,n),Oe.init(e,n),Lu(e,"shape",t=>t._zod.def.shape,!1)});function Ee(e,n){return new ab({type:"object",shape:e,catchall:ob(),...Q(n)})}var lb=z("ZodMiniUnion",(e,n)=>{ld.init(e,n),Oe.init(e,n)});function Qs(e,n){return new lb({type:"union",options:e,...Q(n)})}var xd=z("ZodMiniRecord",(e,n)=>{cd.init(e,n),Oe.init(e,n)});function Ad(e,n,t){return!n||!n._zod?new xd({type:"record",keyType:K(),valueType:e,...Q(n)}):new xd({type:"record",keyType:e,valueType:n,...Q(t)})}var cb=z("ZodMiniEnum",(e,n)=>{ud.init(e,n),Oe.init(e,n),e.options=[...e._zod.values]});function fe(e,n){let t=Array.isArray(e)?Object.fromEntries(e.map(r=>[r,r])):e;return new cb({type:"enum",entries:t,...Q(n)})}var ub=z("ZodMiniLiteral",(e,n)=>{dd.init(e,n),Oe.init(e,n)});function Wt(e,n){return new ub({type:"literal",values:Array.isArray(e)?e:[e],...Q(n)})}var db=z("ZodMiniOptional",(e,n)=>{fd.init(e,n),Oe.init(e,n)});function An(e){return new db({type:"optional",innerType:e})}function fi(e,n){return Sd(e,n)}f();var _n=/^[a-z][a-z0-9-]*$/;function se(e,n){return Xn.add(e,{description:n}),e}var R=(e,n)=>An(se(e,n)),ea=e=>se(K().check(Ut(_n,{error:"lowercase letters, digits and dashes, starting with a letter"})),`${e} id: lowercase letters, digits and dashes, starting with a letter`),_d=["product-led","marketing-led","sales-led"],hb=["self-serve","product-led-sales","sales-led"],mb=["one-to-many","single-player"],gb=["freemium","trial","freemium-and-trial","none"],yb=["poc","indirect-monetization","strategic-land","commoditization","product-discovery","data-collection"],pi=["error","warning","info","off"],hi=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","unknown-feature","limit-outside-plan","non-monotonic-limit","non-monotonic-price","plan-adds-nothing","add-on-conflict","freemium-without-free-plan","gated-growth-driver","free-friction","free-expansion","unwalled-growth-driver","viral-wall","growth-wall","tight-wall","unclassified-feature","missing-growth-model","trial-only","short-trial","freemium-without-goal","goal-without-feature","no-free-offer","retention-first","single-player-acquisition","no-free-aha","no-free-habit-loop","no-self-serve-upgrade","wall-not-lifted","weak-lift","no-upgrade-trigger","unmetered-value-metric","thin-step","pls-without-sales-plan","pls-without-pql","sales-led-only","enterprise-only-roadmap","single-customer-feature","unused-accept"],et=["syntax","schema","duplicate-id","unknown-plan","unknown-add-on","unknown-feature","limit-outside-plan"],Gt=hi.filter(e=>e!=="unused-accept"&&!et.includes(e)),wb=["usage-volume","usage-velocity","feature-breadth","team-spread","demographics","use-case"],Pd=["seat","workspace","account","usage"],Od=["month","year"],bb=e=>se(K().check(Ut(/\S/,{error:"must not be empty"})),e),vb=se(Ee({name:se(K().check(di(1)),"The product name"),url:R(K(),"The product web site")}),"The product this file packages"),kb=se(Ee({acquisition:R(fe(_d),"How users find the product (default product-led)"),retention:R(fe(_d),"What keeps users coming back (default product-led)"),monetization:R(fe(hb),"How revenue is collected (default self-serve)"),relationship:R(fe(mb),"one-to-many when collaboration is at the core, else single-player (default one-to-many)"),freeOffer:R(fe(gb),"The free offer (default freemium)"),trialDays:R(Xs().check(Hs()),"Trial length in days; only with freeOffer trial or freemium-and-trial"),freemiumGoals:R(je(fe(yb)),"Why there is a free offer at all"),qualifiedBy:R(je(fe(wb)),"The product signals that qualify an account for sales (product-qualified leads)"),valueMetric:R(K(),"The feature whose amount the price scales with: the wall a growing customer should pay to lift")}).check(fi((e,n)=>{typeof e.trialDays=="number"&&e.freeOffer!=="trial"&&e.freeOffer!=="freemium-and-trial"&&n.addIssue({code:"custom",path:["trialDays"],input:e.trialDays,message:`trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${e.freeOffer??"freemium, the default"})`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"The growth model; fields left out take the assumed product-led defaults"),Md=se(Qs([Js().check(Qn(0)),Wt("contact-sales")]),"A number >= 0, or contact-sales"),Cd=se(Ee({id:ea("Plan"),name:R(K(),"Display name (default: id)"),price:Md,per:R(fe(Pd),"What the price is per"),period:R(fe(Od),"Billing period"),minSeats:R(Xs().check(Qn(1)),"The fewest seats a customer can buy; only with per: seat"),salesAssisted:R(Ze(),"Bought through sales even when it has a list price")}).check(fi((e,n)=>{typeof e.minSeats=="number"&&e.per!=="seat"&&n.addIssue({code:"custom",path:["minSeats"],input:e.minSeats,message:`minSeats only goes with per: seat (per is ${e.per??"not written"})`}),e.salesAssisted===!0&&e.price===0&&n.addIssue({code:"custom",path:["salesAssisted"],input:e.salesAssisted,message:"A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price"})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A plan; plans are ordered from lowest to highest"),Td=se(Ee({id:ea("Add-on"),name:R(K(),"Display name (default: id)"),price:Md,per:R(fe(Pd),"What the price is per"),period:R(fe(Od),"Billing period"),from:R(K(),"The lowest plan that can buy it (default: the lowest plan)"),requires:R(je(K()),"Add-on ids that must be bought with it"),excludes:R(je(K()),"Add-on ids that cannot be bought with it")}),"An add-on, sold on top of a plan"),Sb=se(Qs([Js().check(Qn(0)),Wt("unlimited")]),"A number >= 0 (decimals allowed), or unlimited"),Id=e=>R(Ee(Object.fromEntries(Gt.map(n=>[n,An(bb("Why the team accepts it"))]))),e),xb=se(Ee({virality:R(Ze(),"Sharing, invites, public output: network effects"),universality:R(Ze(),"Enough for nearly every user, whatever their complexity"),ahaMoment:R(Ze(),"Needed to reach first value"),habitLoop:R(Ze(),"Brings users back: notifications, channels, reminders"),friction:R(Ze(),"Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls"),expansion:R(Ze(),"Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow")}),"The packaging test: which signals this feature has"),Nd=se(Ee({id:ea("Feature"),name:R(K(),"Display name (default: id)"),description:R(K(),"What the feature does"),category:R(K(),"Groups rows in the matrix"),plan:R(K(),"The lowest plan that includes it; every higher plan includes it too"),addOn:R(K(),"The add-on this feature comes with; beside plan: sold as this add-on below plan"),unit:R(K(),"What `limits` counts"),limits:R(Ad(K(),Sb),"Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited"),lowerIsBetter:R(Ze(),"The limit is better when lower (a polling interval, a response time): not a usage wall"),signals:An(xb),status:R(fe(["shipped","planned"]),"shipped (default) or planned"),requestedBy:R(je(K()),"The customers who asked for it"),rationale:R(K().check(Ut(/\S/,{error:"must not be empty"})),"Why it sits where it does"),accept:Id("Findings on this feature the team accepted: rule id -> reason")}).check(fi((e,n)=>{if(e.plan===void 0&&e.addOn===void 0&&n.addIssue({code:"custom",path:["id"],input:e.id,message:`Feature${typeof e.id=="string"?` "${e.id}"`:""} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`}),e.lowerIsBetter===!0&&e.limits&&typeof e.limits=="object")for(let[t,r]of Object.entries(e.limits))r==="unlimited"&&n.addIssue({code:"custom",path:["limits",t],input:r,message:`\`unlimited\` does not go with \`lowerIsBetter: true\`: a lower-is-better limit (an interval, a response time) needs a number on plan "${t}", or no entry`})},{when:e=>typeof e.value=="object"&&e.value!==null})),"A feature"),$b=fe(pi),Ab=Wt("error"),_b=se(Ee(Object.fromEntries(hi.map(e=>[e,An(et.includes(e)?Ab:$b)]))),"Severity overrides: rule id -> error | warning | info | off (structure rules stay error)"),na=Ee({version:se(Wt(1),"The format version: 1"),product:vb,growth:An(kb),plans:se(je(Cd).check(di(1)),"The plans, from lowest to highest"),addOns:R(je(Td),"Add-ons sold on top of a plan"),features:se(je(Nd),"The features"),accept:Id("Findings that name no feature, accepted by the team: rule id -> reason"),rules:An(_b)}).register(Xn,{title:"packaging.yaml",description:"Packaging Planner: plans, features, usage limits and the growth model of one product"});f();var Re=$e(on());f();var W=$e(on());f();var Kt=$e(on());f();var Se=$e(on());var mi=32767,ta=new WeakMap;function Pn(e,n,t,r){let i=t-n,o=r-t;e._r0=n,i>=0&&o>=0&&i<=mi&&o<=mi?e._rl=i|o<<15:(e._rl=-1,ta.set(e,[i,o]))}function Pb(e){let n=e._r0,t=e._rl;if(t>=0){let o=n+(t&mi);return[n,o,o+(t>>>15)]}let[r,i]=ta.get(e);return[n,n+r,n+r+i]}var Ed=Symbol("compact node: virtual keys"),Ob=Symbol.for("yaml.node.type");function gi(e){Object.defineProperty(e,"range",{get(){return this._r0<0?void 0:Pb(this)},set(n){n?Pn(this,n[0],n[1],n[2]):this._r0=-1},configurable:!0})}function yi(e,n,t){Object.defineProperty(e,n,{get(){return t(this)},set(r){Object.defineProperty(this,n,{value:r,writable:!0,enumerable:!0,configurable:!0})},configurable:!0})}function wi(e,n,t){let r=Object.create(e.prototype);return Object.defineProperty(r,"constructor",{value:e,writable:!0,configurable:!0}),n&&Object.defineProperty(r,Ob,{value:n}),Object.defineProperty(r,Ed,{value:t}),r}var ra=Symbol.for("yaml.scalar"),Mb=Symbol.for("yaml.pair"),bi=wi(Se.Scalar,ra,["range","source","type"]);gi(bi);yi(bi,"source",e=>e.value);yi(bi,"type",()=>"PLAIN");var ia=wi(Se.Scalar,ra,["range","source"]);gi(ia);yi(ia,"source",e=>e.value);var oa=wi(Se.Scalar,ra,["range","type"]);gi(oa);yi(oa,"type",()=>"PLAIN");var Cb=wi(Se.Pair,Mb,[]);function Rd(e,n,t,r){this.value=e,this._r0=0,this._rl=0,Pn(this,n,t,r)}function zd(e,n,t,r,i){this.value=e,this._r0=0,this._rl=0,Pn(this,n,t,r),this.type=i}function Ld(e,n,t,r,i){this.value=e,this._r0=0,this._rl=0,Pn(this,n,t,r),this.source=i}function Dd(e,n){this.key=e,this.value=n}Rd.prototype=bi;zd.prototype=ia;Ld.prototype=oa;Dd.prototype=Cb;var Tb=Rd,Ib=zd,Nb=Ld,qd=(e,n,t,r)=>new Tb(e,n,t,r),sa=(e,n,t,r,i)=>new Ib(e,n,t,r,i),vi=(e,n,t,r,i)=>new Nb(e,n,t,r,i),aa=(e,n)=>new Dd(e,n),nt=class extends Se.YAMLMap{constructor(n,t,r=0,i=0){super(n);let o=this;o._r0=0,o._rl=0,Pn(o,t,r,i)}},tt=class extends Se.YAMLSeq{constructor(n,t,r=0,i=0){super(n);let o=this;o._r0=0,o._rl=0,Pn(o,t,r,i)}};for(let[e,n]of[[nt,Se.YAMLMap],[tt,Se.YAMLSeq]])gi(e.prototype),Object.defineProperty(e.prototype,"constructor",{value:n,writable:!0,configurable:!0}),Object.defineProperty(e.prototype,Ed,{value:["range"]});function la(e,n,t,r){let i=e;typeof i._r0=="number"?Pn(i,n,t,r):e.range=[n,t,r]}function ki(e){let n=e;if(typeof n._r0!="number")return e.range[2];let t=n._rl;if(t>=0)return n._r0+(t&mi)+(t>>>15);let[r,i]=ta.get(n);return n._r0+r+i}function Fd(e){let n=e;return typeof n._r0=="number"?n._r0:e.range[0]}var da={prettyErrors:!1,uniqueKeys:!1,keepSourceTokens:!1},ca=class{},Ud=new ca,Bd={trace:!1,last:""};function I(){return Bd.trace&&(Bd.last=new Error().stack?.split(`
`)[2]?.trim()??""),Ud}var Eb=64,Rb=new Kt.Document().directives.constructor,Si=new Uint8Array(128);for(let e of"[]{},#&*!|>'\"%@`")Si[e.charCodeAt(0)]=1;var fa=new Uint8Array(128);for(let e=65;e<=122;e++)(e<=90||e>=97)&&(fa[e]=1);for(let e of"nNtTfF")fa[e.charCodeAt(0)]=0;function Wd(e){if(!/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029\ud800-\udfff]|\r(?!\n)/.test(e))try{return new ua(e).run()}catch(n){if(n===Ud)return;throw n}}var ua=class{constructor(n){this.text=n;this.pos=0;this.nextIndent=-1;this.nextOffset=0;this.regionMaxComment=-1;this.regionConsumed=!1;this.depth=0;this.lastEmpty=!1;this.strings=new Map;this.len=n.length;let t=Object.assign({_directives:new Rb({version:"1.2"})},da);this.doc=new Kt.Document(void 0,t);let r=this.doc.schema;if(r.compat)throw I();this.schema=r,this.options=this.doc.options,this.tags=r.tags.filter(i=>i.test!==void 0&&i.default!==!1),this.strTag=r[Symbol.for("yaml.scalar")]}run(){if(this.scanRegion(Number.POSITIVE_INFINITY),this.nextIndent!==0)throw I();let n=this.nextOffset,[t,r]=this.parseMap(0,n);if(this.nextIndent!==-1)throw I();let i=this.doc;i.contents=t;let o=ki(t);return i.range=[n,o,this.regionConsumed||this.lastEmpty?o:this.len],{doc:i,plain:r}}lineEnd(n){let t=this.text.indexOf(`
`,n);return t<0?this.len:this.text.charCodeAt(t-1)===13&&t-1>=n?t-1:t}after(n){return n>=this.len?this.len:this.text.charCodeAt(n)===13?n+2:n+1}scanRegion(n){let t=this.text,r=this.pos,i=!0;for(this.regionMaxComment=-1,this.regionConsumed=!1;;){let o=r;for(;t.charCodeAt(o)===32;)o++;if(o>=this.len){this.nextIndent=-1,this.nextOffset=this.len,this.pos=this.len;return}let s=t.charCodeAt(o);if(s===10||s===13){r=this.after(o);continue}if(s===35){let a=o-r;if(i&&a>n)throw I();i=!1,a>this.regionMaxComment&&(this.regionMaxComment=a),r=this.after(this.lineEnd(o));continue}this.nextIndent=o-r,this.nextOffset=o,this.pos=r;return}}closeRange(n,t,r){let i=r;!this.lastEmpty&&!this.regionConsumed&&t>0&&this.regionMaxComment>=t&&(i=this.nextOffset,this.regionConsumed=!0),la(n,Fd(n),r,i)}enter(){if(++this.depth>Eb)throw I()}parseMap(n,t){this.enter();let r=this.text,i=new nt(this.schema,t),o=Zd(),s=i.items,a=t,c=t;for(;;){let l=this.lineEnd(a),u,p,d=r.charCodeAt(a);if(d===34||d===39){let S=this.quoted(a,l,d);if(u=this.quotedScalar(a,S.end,S.value,d,S.end),p=S.end,r.charCodeAt(p)!==58||!dn(r,p+1))throw I()}else{if(d<128&&Si[d]||(d===45||d===63||d===58)&&dn(r,a+1))throw I();p=-1;for(let S=a;S<l;S++){let A=r.charCodeAt(S);if(A===58){let x=r.charCodeAt(S+1);if(S+1>=l||x===32){p=S;break}}else if(A===35&&r.charCodeAt(S-1)===32)throw I()}if(p<0||r.charCodeAt(p-1)===32||p-a>1e3)throw I();u=this.plainScalar(a,p,p,!0)}let h=u.value,g=h===null||typeof h!="object"?String(h):JSON.stringify(h);if(g in o)throw I();let[m,b]=this.parseValue(n,p+1,l,!0);s.push(aa(u,m)),o[g]=b,c=ki(m);let v=this.nextIndent;if(v===n){if(r.charCodeAt(this.nextOffset)===45&&dn(r,this.nextOffset+1))throw I();a=this.nextOffset;continue}if(v>n)throw I();break}return i.items=s.slice(),this.closeRange(i,n,c),this.depth--,[i,o]}parseSeq(n,t){this.enter();let r=this.text,i=new tt(this.schema,t),o=[],s=i.items,a=t,c=t,l=!1;for(;;){let u=this.lineEnd(a),[p,d]=this.parseValue(n,a+1,u,!1,l);if(s.push(p),o.push(d),c=ki(p),this.nextIndent===n){if(r.charCodeAt(this.nextOffset)===45&&dn(r,this.nextOffset+1)){a=this.nextOffset,l=this.regionMaxComment>=0;continue}break}if(this.nextIndent>n)throw I();break}return i.items=s.slice(),this.closeRange(i,n,c),this.depth--,[i,o]}parseValue(n,t,r,i,o=!1){let s=this.text,a=t;for(;s.charCodeAt(a)===32;)a++;if(!(a>t||a>=r))throw I();let c=a<r?s.charCodeAt(a):10;if(c===10||c===35){this.pos=this.after(r),this.scanRegion(Number.POSITIVE_INFINITY);let d=this.nextIndent,h=this.nextOffset,g=d>=0&&s.charCodeAt(h)===45&&dn(s,h+1);if(d>n||i&&d===n&&g)return g?this.parseSeq(d,h):this.parseMap(d,h);if(c===35||o||this.regionMaxComment>=0)throw I();let m=vi(null,a,a,a,"");return this.lastEmpty=!0,[m,null]}if(!i){if(c===45&&dn(s,a+1))throw I();if(this.startsKey(a,r))return this.parseMap(a-this.lineStart(a),a)}let l,u,p;if(c===34||c===39){let d=this.quoted(a,r,c);p=this.lineTail(d.end,r),l=this.quotedScalar(a,d.end,d.value,c,p),u=d.value}else if(c===91||c===123)[l,u,p]=this.flowCollection(a,r);else{if(c===124||c===62)return this.blockScalar(n,a,r);{if(c<128&&Si[c]||(c===45||c===63||c===58)&&dn(s,a+1))throw I();let d=r;for(let h=a;h<r;h++){let g=s.charCodeAt(h);if(g===35&&s.charCodeAt(h-1)===32){d=h;break}if(g===58&&(h+1>=r||s.charCodeAt(h+1)===32))throw I()}for(;s.charCodeAt(d-1)===32;)d--;p=this.after(r),l=this.plainScalar(a,d,p,!1),u=jd(l)}}return this.pos=this.after(r),this.lastEmpty=!1,this.scanRegion(n),[l,u]}lineStart(n){return this.text.lastIndexOf(`
`,n-1)+1}startsKey(n,t){let r=this.text,i=r.charCodeAt(n);if(i===34||i===39){let o=this.quoted(n,t,i);return r.charCodeAt(o.end)===58}if(i===91||i===123)return!1;for(let o=n;o<t;o++){let s=r.charCodeAt(o);if(s===58&&(o+1>=t||r.charCodeAt(o+1)===32))return!0;if(s===35&&r.charCodeAt(o-1)===32)return!1}return!1}lineTail(n,t){let r=this.text,i=n;for(;r.charCodeAt(i)===32;)i++;if(i<t&&!(r.charCodeAt(i)===35&&i>n))throw I();return this.after(t)}quoted(n,t,r){let i=this.text;if(r===34){let a=i.indexOf('"',n+1);if(a<0||a>t)throw I();let c=n+1;for(;c<a&&i.charCodeAt(c)!==92;)c++;if(c===a)return{value:i.slice(n+1,a),end:a+1};let l="",u=n+1;for(let p=n+1;;p++){if(p>=t)throw I();let d=i.charCodeAt(p);if(d===34){a=p;break}if(d!==92)continue;l+=i.slice(u,p);let h=i[p+1],g=zb[h];if(g!==void 0)l+=g,p++;else{let m=h==="x"?2:h==="u"?4:h==="U"?8:0,b=i.slice(p+2,p+2+m);if(m===0||p+2+m>t||!/^[0-9a-fA-F]+$/.test(b))throw I();let v=Number.parseInt(b,16);if(v>1114111)throw I();l+=String.fromCodePoint(v),p+=1+m}u=p+1}return{value:l+i.slice(u,a),end:a+1}}let o="",s=n+1;for(;;){let a=i.indexOf("'",s);if(a<0||a>t)throw I();if(i.charCodeAt(a+1)===39){o+=i.slice(s,a+1),s=a+2;continue}return o+=i.slice(s,a),{value:o,end:a+1}}}intern(n){if(n.length>24)return n;let t=this.strings.get(n);return t!==void 0?t:(this.strings.set(n,n),n)}quotedScalar(n,t,r,i,o){let s=this.intern(r);return sa(s,n,t,o,i===34?"QUOTE_DOUBLE":"QUOTE_SINGLE")}plainScalar(n,t,r,i){let o=this.intern(this.text.slice(n,t)),s=o.charCodeAt(0),a=this.strTag;if(!(s<128&&fa[s])){for(let p of this.tags)if((p.default===!0||i&&p.default==="key")&&p.test.test(o)){a=p;break}}let c=!1,l=a.resolve(o,()=>{c=!0},this.options);if(c)throw I();let u;if((0,Kt.isScalar)(l)){u=vi(l.value,n,t,r,o);let p=l.minFractionDigits;p!==void 0&&(u.minFractionDigits=p)}else l===o?u=qd(o,n,t,r):u=vi(l,n,t,r,o);return a.format&&(u.format=a.format),u}flowScalar(n,t,r){let i=this.text,o=i.charCodeAt(n);if(o===34||o===39){let l=this.quoted(n,t,o),u=l.end;for(;i.charCodeAt(u)===32;)u++;return[this.quotedScalar(n,l.end,l.value,o,r?l.end:u),l.value,r?l.end:u]}if(o<128&&Si[o]||(o===45||o===63||o===58)&&dn(i,n+1))throw I();let s=n;for(;s<t;s++){let l=i.charCodeAt(s);if(l===58){if(r&&i.charCodeAt(s+1)===32)break;throw I()}if(l===44||l===93||l===125){if(r)throw I();break}if(l===91||l===123||l===35&&i.charCodeAt(s-1)===32)throw I()}let a=s;for(;i.charCodeAt(a-1)===32;)a--;if(r&&a!==s)throw I();let c=this.plainScalar(n,a,s,r);return[c,jd(c),s]}flowCollection(n,t){let r=this.text,i=r.charCodeAt(n)===123,o=i?125:93,s=i?new nt(this.schema,n):new tt(this.schema,n);s.flow=!0;let a=[],c=Zd(),l=s.items,u=n+1;for(;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o)u++;else for(;;){if(u>=t)throw I();if(i){let[h,g,m]=this.flowScalar(u,t,!0);if(r.charCodeAt(m)!==58||r.charCodeAt(m+1)!==32)throw I();let b=g===null||typeof g!="object"?String(g):JSON.stringify(g);if(b in c)throw I();for(u=m+1;r.charCodeAt(u)===32;)u++;let[v,S,A]=this.flowScalar(u,t,!1);l.push(aa(h,v)),c[b]=S,u=A}else{let[h,g,m]=this.flowScalar(u,t,!1);l.push(h),a.push(g),u=m}let d=r.charCodeAt(u);if(d===o){u++;break}if(d!==44)throw I();for(u++;r.charCodeAt(u)===32;)u++;if(r.charCodeAt(u)===o||r.charCodeAt(u)===44)throw I()}let p=this.lineTail(u,t);return s.items=l.slice(),la(s,n,u,p),[s,i?c:a,p]}blockScalar(n,t,r){let i=this.text,o=i.charCodeAt(t)===62,s=t+1,a=i.charCodeAt(s)===45;for(a&&s++;i.charCodeAt(s)===32;)s++;if(s<r)throw I();let c=this.after(r),l=-1,u=[],p=c;for(;!(c>=this.len);){let m=c;for(;i.charCodeAt(m)===32;)m++;let b=this.lineEnd(m);if(m===b){if(m>c||l<0)throw I();u.push(""),c=this.after(b);continue}let v=m-c;if(l<0){if(v<=n)throw I();l=v}else if(v<l){if(v>n)throw I();break}else if(v>l)throw I();u.push(i.slice(m,b)),c=this.after(b),p=c}for(;u.length&&u[u.length-1]==="";)u.pop();let d="",h="";for(let m of u)o?m===""?h===`
`?d+=`
`:h=`
`:(d+=h+m,h=" "):(d+=h+m,h=`
`);if(l<0)throw I();a||(d+=`
`);let g=sa(d,t,p,p,o?"BLOCK_FOLDED":"BLOCK_LITERAL");return this.pos=p,this.lastEmpty=!1,this.scanRegion(n),[g,d]}},On=class{constructor(n){this.literal=n}};function Zd(){return Object.setPrototypeOf({},null)}var zb=Object.assign(Object.create(null),{0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\"});function dn(e,n){let t=e.charCodeAt(n);return t===32||t===10||t===13||Number.isNaN(t)}function jd(e){let n=e.value;return n===0&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(e.source??"")?new On(String(e.source)):n}var fn=200,Lb=2e5;function Kd(e){let{parsed:n,plain:t}=qb(e);if(!n.doc)return{...n,plain:void 0,syntaxError:!0};if(t!==Vd)return{...n,plain:t,syntaxError:!1};try{return{...n,plain:Hb(n.doc,n.doc.contents),syntaxError:!1}}catch(r){if(!(r instanceof rt))throw r;let i=r.node?.range,o={message:r.message,span:i?{start:i[0],end:i[1]}:{start:0,end:0}};return{...n,doc:void 0,problems:[o],plain:void 0,syntaxError:!0}}}var Vd=Symbol("not read"),Db={fast:!0};function qb(e){let n=l=>({parsed:l,plain:Vd}),t=Vb(e),r=[],i=e.indexOf("\0");if(i>=0)return r.push({message:"This file is binary (it contains a NUL byte), not YAML text.",span:{start:i,end:i+1}}),n({text:e,doc:void 0,lineCounter:t,problems:r});let o=e.indexOf("\r");if(o>=0&&!e.includes(`
`)&&o<e.length-1)return r.push({message:"The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.",span:{start:o,end:o+1}}),n({text:e,doc:void 0,lineCounter:t,problems:r});let s=Db.fast?Wd(e):void 0;if(s)return{parsed:{text:e,doc:s.doc,lineCounter:t,problems:r},plain:s.plain};let a=Ub(e)??Gb(e);if(a)return r.push(a),n({text:e,doc:void 0,lineCounter:t,problems:r});let c;try{c=(0,W.parseDocument)(e,da)}catch(l){return r.push({message:`The YAML parser gave up: ${l.message}`,span:{start:0,end:0}}),n({text:e,doc:void 0,lineCounter:t,problems:r})}for(let l of c.errors){let u=Math.min(l.pos[0],e.length),p=Math.min(Math.max(l.pos[0],l.pos[1]),e.length);if(/call stack/i.test(l.message)){r.push({message:"Nesting too deep for the YAML parser to follow: a packaging file never needs this.",span:{start:u,end:p}});break}if(l.code==="MULTIPLE_DOCS"){r.push({message:"A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.",span:{start:u,end:p}});continue}let d=(l.code==="MISSING_CHAR"||l.code==="BAD_INDENT")&&/must be sufficiently indented and end with a [}\]]/.test(l.message)?jb(e,u):void 0;if(d!==void 0){r.push({message:`This \`${e[d]}\` is never closed: end the ${e[d]==="{"?"map with `}`":"list with `]`"} (a flow collection written over several lines must be indented more than its key).`,span:{start:d,end:d+1}});continue}r.push({message:Zb(l.message),span:{start:u,end:p}})}return r.length===0&&r.push(...Fb(c)),n({text:e,doc:r.length?void 0:c,lineCounter:t,problems:r})}var xi=100;function Fb(e){let n=[],t=[e.contents];for(;t.length;){let o=t.pop();if((0,W.isMap)(o)){let s=new Set;for(let a of o.items){let c=a.key;if((0,W.isScalar)(c)){let l=`${typeof c.value}:${String(c.value)}`;s.has(l)?n.push(a):s.add(l)}t.push(a.value)}}else if((0,W.isSeq)(o))for(let s of o.items)t.push(s)}let r=o=>{let s=o.key.range;return s?{start:s[0],end:s[1]}:{start:0,end:0}};n.sort((o,s)=>r(o).start-r(s).start);let i=n.slice(0,xi).map(o=>({message:`Duplicate key "${Bb(String(o.key.value))}": a key may appear only once in a map; remove or rename this one.`,span:r(o)}));return n.length>xi&&i.push({message:`${n.length-xi} more duplicate keys are not listed.`,span:r(n[xi])}),i}function Bb(e,n=60){return e.length>n?`${e.slice(0,n)}\u2026`:e}function Zb(e){return(e.split(`
`)[0]??e).replace(/ at line \d+, column \d+:?$/,"")}function jb(e,n){let t=[],r=0;for(let i=0;i<n;i++){let o=e.charCodeAt(i);if(r){r===34&&o===92?i++:o===r&&(r=0);continue}if(o===35&&(i===0||/\s/.test(e[i-1]))){let s=e.indexOf(`
`,i);if(s<0)break;i=s}else(o===34||o===39)&&t.length>0?r=o:o===123||o===91?t.push(i):(o===125||o===93)&&t.length&&t.pop()}return t.length?t[t.length-1]:void 0}function Ub(e){let n=0,t=!1,r=!1,i=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(s===10){i=!1;continue}if(!i){if(r){s===92?o++:s===34&&(r=!1);continue}if(t){s===39&&(t=!1);continue}if(s===35&&(o===0||e.charCodeAt(o-1)===32||e.charCodeAt(o-1)===9))i=!0;else if(s===34&&n>0)r=!0;else if(s===91||s===123){if(n++,n>fn)return Wb(e)}else(s===93||s===125)&&n>0&&n--}}}function Wb(e){let n=0,t=0;for(let r of new W.Lexer().lex(e)){if(r==="["||r==="{"){if(++n>fn)return{message:`Nesting deeper than ${fn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:t,end:t+1}}}else(r==="]"||r==="}")&&n>0&&n--;r!==""&&r!==""&&r!==""&&(t+=r.length)}}function Gb(e){let n=!1;for(let t=0;t<e.length&&!n;){let r=t;for(;e.charCodeAt(r)===32;)r++;let i=r-t;for(;;){let s=e.charCodeAt(r),a=e.charCodeAt(r+1);if((s===45||s===63)&&(a===32||a===9))for(i++,r+=2;e.charCodeAt(r)===32||e.charCodeAt(r)===9;)r++;else break}i+2>fn&&(n=!0);let o=e.indexOf(`
`,r);t=o<0?e.length:o+1}return n?Kb(e):void 0}function Kb(e){let n=[];for(let t of new W.Parser().parse(e))n.push([t,0]);for(n.reverse();n.length;){let[t,r]=n.pop();if(!t||typeof t!="object")continue;let i=t;if(i.type==="document"){n.push([i.value,r]);continue}if(i.type==="block-map"||i.type==="block-seq"||i.type==="flow-collection"){if(r+1>fn){let o=Math.min(i.offset??0,e.length);return{message:`Nesting deeper than ${fn} levels: a packaging file never needs this, so the file is not read further.`,span:{start:o,end:Math.min(o+1,e.length)}}}for(let o of[...i.items??[]].reverse())n.push([o.value,r+1]),n.push([o.key,r+1])}}}function Vb(e){let n=1;for(let o=e.indexOf(`
`);o>=0;o=e.indexOf(`
`,o+1))n++;let t=new Uint32Array(n),r=1;for(let o=e.indexOf(`
`);o>=0;o=e.indexOf(`
`,o+1))t[r++]=o+1;let i=new W.LineCounter;return i.lineStarts=t,i}function Yd(e,n){let t=e.linePos(n.start),r=e.linePos(n.end);return{start:{line:t.line-1,character:t.col-1},end:{line:r.line-1,character:r.col-1}}}function Cn(e,n){if((0,W.isMap)(e)){for(let t of e.items)if((0,W.isScalar)(t.key)?String(t.key.value)===n:t.key!=null&&String(t.key)===n)return t}}function U(e,n){return Cn(e,n)?.value??void 0}var Gd=new WeakMap;function Mn(e,n){let t=Gd.get(e);if(!t){let r=new Map,i=new Map;(0,W.visit)(e,{Node:(o,s)=>{if((0,W.isAlias)(s))r.set(s,i.get(s.source));else{let a=s.anchor;a&&i.set(a,s)}}}),t=r,Gd.set(e,t)}return t.get(n)}function Yb(e){return typeof e=="object"&&e!==null?JSON.stringify(e):String(e)}var rt=class extends Error{constructor(t,r){super(t);this.node=r}};function Hb(e,n){let t=Lb,r=(i,o,s=!1)=>{if(s&&--t<0)throw new rt("Aliases expand to too many nodes (an alias bomb?).",i);if(o>fn)throw new rt(`Nesting deeper than ${fn} levels.`,i);if((0,W.isAlias)(i)){let a=Mn(e,i);if(!a)throw new rt(`Unresolved alias *${i.source}.`,i);return r(a,o+1,!0)}if((0,W.isScalar)(i))return i.value===0&&i.type==="PLAIN"&&/^[-+]?(?:\d*\.)?\d*[1-9]/.test(i.source??"")?new On(String(i.source)):i.value;if((0,W.isMap)(i)){let a=Object.create(null);for(let c of i.items){let l=(0,W.isAlias)(c.key)?Mn(e,c.key):c.key,u=(0,W.isScalar)(l)?l.value:l==null?null:String(l);Object.defineProperty(a,Yb(u),{value:r(c.value,o+1,s),enumerable:!0,writable:!0,configurable:!0})}return a}return(0,W.isSeq)(i)?i.items.map(a=>r(a,o+1,s)):i==null?null:void 0};return r(n,0)}function Jb(e,n){let t=[{node:e.contents??void 0,pair:void 0}],r=e.contents;for(let i of n)if((0,Re.isAlias)(r)&&(r=Mn(e,r)),typeof i=="number"&&(0,Re.isSeq)(r))r=r.items[i],t.push({node:r,pair:void 0});else if((0,Re.isMap)(r)){let o=Cn(r,String(i));if(!o)break;r=o.value,t.push({node:o.value??void 0,pair:o})}else break;return t}function ha(e){let n=na;for(let t of e){n=Hd(n);let r=n?._zod?.def;if(!r)return;if(r.type==="object")n=r.shape[t];else if(r.type==="array")n=r.element;else if(r.type==="record")n=r.valueType;else return}return Hd(n)}function Hd(e){for(;e?._zod?.def&&(e._zod.def.type==="optional"||e._zod.def.type==="nullable");)e=e._zod.def.innerType;return e}function Jd(e){return e?Xn.get(e)?.description:void 0}function Xb(e){let n=ha(e);return n?._zod?.def?.type==="object"?Object.keys(n._zod.def.shape):[]}function Qb(e){return e==null?"nothing":e instanceof On?`${e.literal} (a number too close to 0 to be represented: it would read as 0)`:typeof e=="number"&&!Number.isFinite(e)?Number.isNaN(e)?".nan (not a number)":`${e>0?"":"-"}.inf (infinity, not a usable number)`:typeof e=="string"?`"${e.length>40?`${e.slice(0,40)}\u2026`:e}" (text)`:typeof e=="number"||typeof e=="boolean"?`${e} (${typeof e=="number"?"a number":"true/false"})`:Array.isArray(e)?"a list":"a map"}function pa(e,n){if(e.length===0)return"the file";let t=[],r=n;for(let i=0;i<e.length;i++){let o=e[i],s=r&&typeof r=="object"?r[o]:void 0;if(typeof o=="number"){let a=s&&typeof s=="object"&&typeof s.id=="string"?` "${s.id}"`:` #${o+1}`,c=e[i-1],l=c==="plans"?"plan":c==="features"?"feature":c==="addOns"?"add-on":"item";l!=="item"&&t.pop(),t.push(`${l}${a}`)}else t.push(String(o));r=s}return t.join(" \u203A ")}function ev(e,n){if(!e)return;let r=(n&&e.pair?e.pair.key:e.node)?.range;if(r&&r[1]>r[0])return{start:r[0],end:r[1]};let i=e.pair?.key;if(i?.range)return{start:i.range[0],end:i.range[1]}}function $i(e,n){for(let r=e.length-1;r>=0;r--){let i=e[r];if(i.pair?.key&&i.pair.key.range){let o=i.pair.key.range;return{start:o[0],end:o[1]}}if((0,Re.isMap)(i.node)&&i.node.items.length>0){let o=i.node.items[0].key;if(o?.range)return{start:o.range[0],end:o.range[1]}}if(i.node?.range)return{start:i.node.range[0],end:i.node.range[0]}}let t=n.contents?.range;return t?{start:t[0],end:t[0]}:{start:0,end:0}}function Xd(e,n){if(n==null)return{data:void 0,problems:[{message:"The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.",span:{start:0,end:0},path:[]}]};let t=na.safeParse(n,{reportInput:!0});if(t.success)return{data:t.data,problems:[]};let r=[];for(let i of t.error.issues)r.push(...tv(e,n,i));return{data:void 0,problems:r}}function nv(e){let n=new Map;if(!(0,Re.isMap)(e))return n;for(let t of e.items){let r=t.key,i=(0,Re.isScalar)(r)?String(r.value):r!=null?String(r):"null";n.has(i)||n.set(i,t)}return n}function tv(e,n,t){let r=t.path,i=Jb(e,r),o=i.length===r.length+1,s=pa(r,n),a=r[r.length-1],c=r.length>1?` in ${pa(r.slice(0,-1),n)}`:"",l=a===void 0?"The file":typeof a=="number"?s:`\`${a}\`${c}`;if(t.code==="unrecognized_keys"){let b=a==="accept",v=Xb(r),S=o?i[i.length-1].node:void 0,A=nv(S),x=v.filter(O=>!A.has(O));return t.keys.map(O=>{let k=A.get(O)?.key?.range,$=b&&hi.includes(O),N=$?void 0:sn(O,x),E=N?` Did you mean \`${N}\`?`:b?"":` Known keys: ${v.join(", ")}.`;return{message:$?`\`${O}\` findings cannot be accepted: ${O==="unused-accept"?"remove the unused entry instead":"a structure error keeps the file from being read as written, so fix it"}.`:b?`Unknown rule \`${O}\` in ${s}: an \`accept\` entry names a rule id.${E}`:a==="rules"&&r.length===1?`Unknown rule \`${O}\` in \`rules\`.${E}`:`Unknown key \`${O}\` in ${s}.${E}`,span:k?{start:k[0],end:k[1]}:$i(i,e),path:[...r,O],...N?{suggestion:N}:{}}})}let u=t.input;if(t.code==="custom"&&!o)return[{message:`${t.message}.`,span:$i(i,e),path:r}];if(!o||t.code==="invalid_type"&&u===void 0){let b=o?i.slice(0,-1):i,v=r.slice(0,-1);return[{message:`Missing required key \`${String(a)}\` in ${pa(v,n)}${iv(Jd(ha(r)))}.`,span:$i(b,e),path:r}]}let p=ev(i[i.length-1],!1)??$i(i,e),d=Jd(ha(r)),h=Qb(u),g,m;switch(t.code){case"invalid_value":{let b=t.values.map(String);r[0]==="rules"&&et.includes(String(a))?g=`\`${String(a)}\` keeps the file readable, so the file cannot set it below error; got ${h}. Lower it in the editor settings or on the command line instead.`:b.length===1?g=`${l} must be ${b[0]}; got ${h}.`:(m=typeof u=="string"?sn(u,b):void 0,g=`${l} must be one of ${b.join(", ")}; got ${h}.${m?` Did you mean \`${m}\`?`:""}`);break}case"invalid_format":if(g=`${l} is not valid: ${t.message}; got ${h}.`,typeof u=="string"&&/^[A-Za-z]/.test(u)){let b=u.toLowerCase().replace(/[^a-z0-9-]+/g,"-").replace(/^-+|-+$/g,"");/^[a-z][a-z0-9-]*$/.test(b)&&(m=b,g+=` Try \`${b}\`.`)}break;case"too_small":g=t.origin==="array"?`${l} needs at least ${t.minimum} item${t.minimum===1?"":"s"}.`:t.origin==="string"?`${l} must not be empty.`:`${l} must be ${t.inclusive?"at least":"more than"} ${t.minimum}; got ${h}.`;break;case"custom":g=`${t.message}.`;break;case"invalid_type":g=`${l} must be ${rv[t.expected]??t.expected}; got ${h}.`;break;default:g=`${l} must be ${Qd(d)??"of another type"}; got ${h}.`}return[{message:g,span:p,path:r,...m?{suggestion:m}:{}}]}var rv={boolean:"true or false",number:"a number",int:"a whole number",string:"text",object:"a map",array:"a list"};function iv(e){let n=e?.trim().replace(/\.$/,"");return n?` (${Qd(n)})`:""}function Qd(e){return e&&e[0].toLowerCase()+e.slice(1)}f();var xe=$e(on());f();f();var Tn=["virality","universality","ahaMoment","habitLoop","friction","expansion"],In=["virality","universality","ahaMoment","habitLoop"];function ef(e){if(!e)return{recommendation:"unclassified",reasons:[]};let n=In.filter(r=>e[r]===!0),t=[];return e.friction===!0&&t.push("friction"),e.expansion===!0&&t.push("expansion"),n.length>0?t.length>0?{recommendation:"free-limited",reasons:[...n,...t]}:{recommendation:"free",reasons:n}:t.length>0?{recommendation:"paid",reasons:t}:{recommendation:"either",reasons:[]}}function Ai(e){if(e==="free"||e==="free-limited")return"free";if(e==="paid")return"paid"}function nf(e,n){let t=Ai(e);return t!==void 0&&n!==null&&t!==n}f();var ov=["b","kb","mb","gb","tb","byte","kilobyte","megabyte","gigabyte","terabyte"],sv=["second","minute","min","hour","h","day","week","month","year"],av=new Set([...ov,...sv].flatMap(e=>[e,`${e}s`]));function tf(e){if(e===void 0)return!1;let n=e.trim().split(/[\s/]+/)[0]??"";return av.has(n.toLowerCase())}function lv(e,n){let t=e.limits[n.id];return t!==void 0?t:e.placement&&n.rank>=e.placement.rank?"unlimited":void 0}function cv(e,n){if(e.lowerIsBetter)return;let t=e.limits[n];return typeof t=="number"?t:void 0}function _i(e,n,t){let r=cv(e,t.id);if(r===void 0)return!1;let i=lv(e,n);return i==="unlimited"||typeof i=="number"&&i>r}function rf(e){let n=e.features.every(s=>s.side!=="free"||s.signals!==void 0),t=e.hasGrowth?e.growth.valueMetric:void 0,r=t===void 0?void 0:e.idEntries.features.find(s=>s.id===t),i=r?.node?e.features.find(s=>s.idNode===r.node):void 0,o=i&&i.side!==null?i:void 0;return{freeSideClassified:n,...o?{valueMetric:o}:{},valueMetricWalledOnFree:o!==void 0&&o.side==="free"&&o.walledOnFree}}var uv=["acquisition","retention","monetization","relationship","freeOffer","trialDays","freemiumGoals","qualifiedBy","valueMetric"],pn=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);function Vt(e,n){for(let t=n.rank+1;t<e.length;t++){let r=e[t];if(typeof r.price=="number"&&r.price>0&&!r.sales)return r}}var Nn=(e,n)=>e.limits[n]??"unlimited";function af(e,n,t){let r=e.contents,i=M=>(0,xe.isAlias)(M)?Mn(e,M):M??void 0,o=new Set;for(let M of t)for(let Z=1;Z<=Math.min(2,M.path.length);Z++)o.add(M.path.slice(0,Z).join("\0"));let s=(...M)=>o.has(M.join("\0")),a=M=>{let Z=i(U(r,M)),y=n[M];return!(0,xe.isSeq)(Z)||!Array.isArray(y)?[]:y.map((_,D)=>({node:i(Z.items[D]),plain:_,ok:!s(M,D)}))},c=M=>{let Z=pn(M)?M.id:void 0;return typeof Z=="string"&&_n.test(Z)?Z:void 0},l=M=>{let Z=[];for(let y of M){let _=c(y.plain);_!==void 0&&Z.push({id:_,node:i(U(y.node,"id"))})}return Z},u=M=>typeof M=="string"?M:void 0,p=a("plans"),d=a("addOns"),h=a("features"),g={plans:l(p),addOns:l(d),features:l(h)},m=s("plans")&&!Array.isArray(n.plans),b=[],v=new Map;p.forEach((M,Z)=>{if(m||!M.ok||!M.node||!pn(M.plain))return;let y=M.plain,_=y.price,D=y.per,B=y.minSeats,G=y.salesAssisted===!0,V={id:y.id,name:u(y.name)||y.id,price:_,...D!==void 0?{per:D}:{},...y.period!==void 0?{period:y.period}:{},...B!==void 0?{minSeats:B}:{},salesAssisted:G,free:_===0,sales:_==="contact-sales"||G,...typeof _=="number"?{entryPrice:D==="seat"&&B?_*B:_}:{},index:Z,rank:b.length,node:M.node,idNode:i(U(M.node,"id")),priceNode:i(U(M.node,"price"))};b.push(V),v.has(V.id)||v.set(V.id,V)});let S=c(p[0]?.plain),A=[],x=new Map,O=s("addOns")&&!Array.isArray(n.addOns);d.forEach((M,Z)=>{if(O||!M.ok||!M.node||!pn(M.plain))return;let y=M.plain,_=u(y.from)??S??"",D=v.get(_),B=i(U(M.node,"from")),G=Ge=>{let ie=i(U(M.node,Ge)),J=y[Ge];if(!(0,xe.isSeq)(ie)||!Array.isArray(J)||!J.length)return[];let oe=[];return J.forEach((me,ge)=>{let ye=i(ie.items[ge]);typeof me=="string"&&ye&&oe.push({id:me,node:ye})}),oe},V={id:y.id,name:u(y.name)||y.id,price:y.price,...y.per!==void 0?{per:y.per}:{},...y.period!==void 0?{period:y.period}:{},from:_,...D?{fromPlan:D}:{},index:Z,node:M.node,idNode:i(U(M.node,"id")),priceNode:i(U(M.node,"price")),...B&&y.from!==void 0?{fromNode:B}:{},freeTier:y.price===0&&D?.free===!0,requires:G("requires"),excludes:G("excludes")};A.push(V),x.has(V.id)||x.set(V.id,V)});let C=[];h.forEach((M,Z)=>{if(!M.ok||!M.node||!pn(M.plain))return;let y=M.plain,_=y.signals,D=u(y.addOn),B=D!==void 0?x.get(D):void 0,G=u(y.plan),V=G===void 0&&D!==void 0,Ge=V?B?.from??"":G??"",ie=V?B?.fromPlan:v.get(Ge),J=V?B?B.freeTier?"free":"paid":null:ie?ie.free?"free":"paid":null,oe=V?void 0:B?.fromPlan,me=oe&&ie&&oe.rank<ie.rank?oe:ie,ge=y.lowerIsBetter===!0,ye=pn(y.limits)?y.limits:fv,or=new Map,Ea=i(U(M.node,"limits"));if((0,xe.isMap)(Ea))for(let we of Ea.items){let Ke=i(we.key);if(Ke&&Ke.value!==void 0&&!or.has(String(Ke.value))){let yn=i(we.value);or.set(String(Ke.value),yn===we.value?we:{...we,value:yn})}}let sr=hv;if(ie&&J==="free"){let we=[];for(let Ke=ie.rank;Ke<b.length;Ke++){let yn=b[Ke];if(!yn.free)continue;let ar=Nn({limits:ye},yn.id);we.push(typeof ar=="number"&&!ge?{plan:yn,limit:ar,wall:ar}:{plan:yn,limit:ar})}we.length&&(sr=we.slice())}let Ra=ef(_);C.push({id:y.id,name:u(y.name)||y.id,...y.description!==void 0?{description:y.description}:{},...y.category!==void 0?{category:y.category}:{},plan:Ge,...D!==void 0?{addOn:D}:{},...B?{addOnModel:B}:{},addOnOnly:V,lowerIsBetter:ge,unitIsMeasure:tf(u(y.unit)),...y.unit!==void 0?{unit:y.unit}:{},limits:ye,..._?{signals:_}:{},status:y.status??"shipped",...y.requestedBy!==void 0?{requestedBy:y.requestedBy}:{},...y.rationale!==void 0?{rationale:y.rationale}:{},accept:sf(e,i(U(M.node,"accept")),y.accept),side:J,...ie?{placement:ie}:{},...me?{availableFrom:me}:{},freeLimits:sr,reachesFree:sr.some(we=>ge||we.limit!==0),walledOnFree:sr.some(we=>we.wall!==void 0),recommendation:Ra.recommendation,reasons:pv(Ra.reasons),index:Z,node:M.node,idNode:i(U(M.node,"id")),planNode:i(U(M.node,V?"addOn":"plan")),...ma("addOnNode",D!==void 0?i(U(M.node,"addOn")):void 0),...ma("signalsNode",i(U(M.node,"signals"))),...ma("requestedByNode",i(U(M.node,"requestedBy"))),limitPairs:or.size?or:lf})});let k=Cn(r,"growth"),$=i(k?.value),N=k!==void 0&&!s("growth")&&(0,xe.isMap)($),E=N&&pn(n.growth)?n.growth:{},re=new Map,F=[];if(N&&(0,xe.isMap)($)){for(let Z of uv){let y=i(U($,Z));y&&E[Z]!==void 0&&re.set(Z,y)}let M=re.get("freemiumGoals");(0,xe.isSeq)(M)&&Array.isArray(E.freemiumGoals)&&M.items.forEach((Z,y)=>{let _=i(Z);_&&F.push({goal:E.freemiumGoals[y],node:_})})}let H={acquisition:E.acquisition??"product-led",retention:E.retention??"product-led",monetization:E.monetization??"self-serve",relationship:E.relationship??"one-to-many",freeOffer:E.freeOffer??"freemium",...E.trialDays!==void 0?{trialDays:E.trialDays}:{},...E.freemiumGoals!==void 0?{freemiumGoals:E.freemiumGoals}:{},...E.qualifiedBy!==void 0?{qualifiedBy:E.qualifiedBy}:{},...typeof E.valueMetric=="string"?{valueMetric:E.valueMetric}:{},written:re,goalItems:F,...N&&k?{keyNode:k.key}:{}},ce=pn(n.product)?n.product:{},ve=b.find(M=>M.free),Ce=ve?Vt(b,ve):void 0,Vi=rf({growth:H,hasGrowth:N,features:C,idEntries:g});return{rootNode:r,...typeof ce.name=="string"?{productName:ce.name}:{},...typeof ce.url=="string"?{productUrl:ce.url}:{},plans:b,addOns:A,features:C,growth:H,hasGrowth:N,planIds:new Set(g.plans.map(M=>M.id)),addOnIds:new Set(g.addOns.map(M=>M.id)),featureIds:new Set(g.features.map(M=>M.id)),...S!==void 0?{lowestPlanId:S}:{},hasFreePlan:ve!==void 0,idEntries:g,productLed:H.acquisition==="product-led"||H.retention==="product-led",freemium:H.freeOffer==="freemium"||H.freeOffer==="freemium-and-trial",planById:v,addOnById:x,...ve?{firstFreePlan:ve}:{},...dv("lowestPaidPlan",b.find(M=>typeof M.price=="number"&&M.price>0)),...Ce?{upgradePlan:Ce}:{},hasSalesPlan:b.some(M=>M.sales),...Vi,accept:sf(e,i(U(r,"accept")),n.accept)}}function ma(e,n){return n?{[e]:n}:{}}function dv(e,n){return n?{[e]:n}:{}}var fv=Object.freeze(Object.setPrototypeOf({},null)),of=new Map;function pv(e){let n=e.join(),t=of.get(n);return t||(t=Object.freeze(e.slice()),of.set(n,t)),t}var hv=Object.freeze([]),lf=new class extends Map{set(){throw new Error("a shared empty map: build a new one")}};function sf(e,n,t){if(!(0,xe.isMap)(n)||!pn(t))return lf;let r=new Map;for(let i of n.items){let o=(0,xe.isAlias)(i.key)?Mn(e,i.key):i.key,s=o?.value;if(typeof s!="string"||r.has(s)||!Gt.includes(s))continue;let a=t[s];typeof a=="string"&&/\S/.test(a)&&o&&r.set(s,{rule:s,reason:a,keyNode:o})}return r}f();f();function mv(e,n){let t=new Map,r=new Map,i=new Map,o=[],s=new Set,a=0,c=0;for(let l of e){if(t.has(l))continue;let u=[{v:l,i:0}];for(t.set(l,a),r.set(l,a++),o.push(l),s.add(l);u.length;){let p=u[u.length-1],d=n.get(p.v)??[];if(p.i<d.length){let g=d[p.i++];t.has(g)?s.has(g)&&r.set(p.v,Math.min(r.get(p.v),t.get(g))):(t.set(g,a),r.set(g,a++),o.push(g),s.add(g),u.push({v:g,i:0}));continue}u.pop();let h=u[u.length-1];if(h&&r.set(h.v,Math.min(r.get(h.v),r.get(p.v))),r.get(p.v)===t.get(p.v)){let g;do g=o.pop(),s.delete(g),i.set(g,c);while(g!==p.v);c++}}}return i}function gv(e,n,t){let r=new Map([[e,null]]),i=[e];for(let s=0;s<i.length&&!r.has(n);s++)for(let a of t.get(i[s])??[])r.has(a)||(r.set(a,i[s]),i.push(a));let o=[];for(let s=n;s;s=r.get(s))o.unshift(s);return o}var cf=6,yv=50,uf={id:"add-on-conflict",severity:"warning",category:"structure",scope:"feature",description:"An add-on requires itself, an add-on it excludes, or a cycle of add-ons; or an add-on sells a feature only where its plan already includes it.",check(e){let{model:n}=e,t=new Map;for(let o of n.addOns)t.set(o,o.requires.flatMap(s=>{let a=n.addOnById.get(s.id);return a?[a]:[]}));let r=mv(n.addOns,t),i=new Map;for(let o of r.values())i.set(o,(i.get(o)??0)+1);for(let o of n.addOns){let s=new Set(o.excludes.map(a=>a.id));for(let a of o.requires){let c=n.addOnById.get(a.id);if(!c)continue;let l;if(c===o)l=`The ${e.name(o)} add-on requires itself. Remove "${a.id}" from its \`requires\`.`;else if(r.get(c)===r.get(o)){let u=i.get(r.get(o))>yv,p=u?[]:[o,...gv(c,o,t)],d=u?`a cycle of ${i.get(r.get(o))} add-ons`:p.length>cf?`${p.slice(0,cf-1).map(h=>e.name(h)).join(" \u2192 ")} \u2192 \u2026 \u2192 ${e.name(o)} (${p.length-1} add-ons)`:p.map(h=>e.name(h)).join(" \u2192 ");l=`The ${e.name(o)} add-on requires ${e.name(c)}, which requires it back: ${d}. A cycle of \`requires\` means none of them can be bought on its own: sell them as one add-on, or remove one link of the cycle.`}else s.has(a.id)&&(l=`The ${e.name(o)} add-on both requires and excludes ${e.name(c)}: no customer can buy it. Keep ${e.name(c)} in only one of \`requires\` and \`excludes\`.`);l&&e.report({node:a.node,message:l})}}for(let o of n.features){let s=o.addOnModel,a=s?.fromPlan;o.addOnOnly||!s||!a||!o.placement||a.rank<o.placement.rank||!o.addOnNode||e.report({node:o.addOnNode,feature:o,message:`${e.name(o)} is included from ${e.name(o.placement)} and sold as the ${e.name(s)} add-on, but that add-on is sold only from ${e.name(a)}${a===o.placement?"":", higher up"}: no customer can buy the feature as an add-on. Sell the add-on from a plan below ${e.name(o.placement)} (its \`from\`), or remove \`addOn\` from the feature.`})}}};f();var df={id:"duplicate-id",severity:"error",category:"structure",description:"A plan, add-on or feature id is used twice among its kind.",check(e){let n=(r,i,o)=>{let s=new Set;for(let a of r){if(!s.has(a.id)){s.add(a.id);continue}e.report({node:a.node,message:`The ${i} id "${a.id}" is used twice. Ids must be unique among ${i}s: references go to the first one, so rename this one.`,...o?{feature:a.id}:{}})}},t=e.model.idEntries;n(t.plans,"plan",!1),n(t.addOns,"add-on",!1),n(t.features,"feature",!0)}};f();var ff={id:"enterprise-only-roadmap",severity:"warning",category:"growth-model",description:"Every planned feature goes to the top of the ladder.",check(e){let{model:n}=e,t=n.plans;if(t.length<2)return;let r=n.features.filter(c=>c.status==="planned"&&c.placement);if(r.length<2)return;let i=t[t.length-1],o=n.lowestPaidPlan,s=c=>c===i.rank||o!==void 0&&c>o.rank;if(!r.every(c=>s(c.placement.rank)))return;let a=o&&o.rank<i.rank?`plans above ${e.name(o)}`:e.name(i);e.report({node:e.topKey("features"),message:`All ${r.length} planned features go to ${a}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`})}};f();f();function pf(e){return e.model.features.filter(n=>n.side!==null)}function ae(e){return e.model.features.filter(n=>n.side==="free")}var j=(e,n)=>e.signals?.[n]===!0;function Pi(e,n){return n.addOnModel&&n.addOnOnly?`the ${e.name(n.addOnModel)} add-on`:n.placement?e.name(n.placement):`"${n.plan}"`}function it(e,n){return n.addOnOnly&&n.addOnModel?`the free ${e.name(n.addOnModel)} add-on`:n.placement?e.name(n.placement):`"${n.plan}"`}var hf={id:"free-expansion",severity:"info",category:"packaging-test",description:"A feature whose use grows with a customer\u2019s value is free with no usage wall.",check(e){let{model:n}=e;if(n.valueMetricWalledOnFree)return;let t=n.upgradePlan??n.lowestPaidPlan;for(let r of ae(e)){if(r===n.valueMetric||r.recommendation!=="paid"||r.reasons.length!==1||r.reasons[0]!=="expansion"||r.walledOnFree)continue;let i=r.placement,o=it(e,r);e.report({node:r.planNode,feature:r,message:`${e.name(r)} grows with the value a customer gets (expansion), and ${o} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${e.name(i)} under \`limits:\`, or start it on ${t?e.name(t):"a paid plan"}.`,data:{recommendedSide:"paid",...t?{recommendedPlan:t.id}:{}}})}}};f();var mf={id:"free-friction",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that creates friction for the growth model is given away free.",check(e){let n=e.model.upgradePlan??e.model.lowestPaidPlan;for(let t of ae(e))t.recommendation!=="paid"||!t.reasons.includes("friction")||e.report({node:t.planNode,feature:t,message:`${e.name(t)} creates friction for the growth model and drives no growth signal, yet it is free ${t.addOnOnly?"with":"on"} ${it(e,t)}. Gate it in ${n?e.name(n):"a paid plan"}, or record the growth signal it has.`,data:{recommendedSide:"paid",...n?{recommendedPlan:n.id}:{}}})}};f();var gf={id:"freemium-without-free-plan",severity:"error",category:"structure",description:"The free offer is freemium but no plan is free.",check(e){let{model:n}=e,t=n.growth.written.get("freeOffer");!n.hasGrowth||!t||!n.freemium||n.plans.length===0||n.firstFreePlan||e.report({node:t,message:`The free offer is ${n.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`})}};f();var yf={id:"freemium-without-goal",severity:"warning",category:"growth-model",description:"There is a freemium offer but no strategic reason for it.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("freeOffer");!n.hasGrowth||!r||!n.freemium||t.freemiumGoals&&t.freemiumGoals.length>0||e.report({node:r,message:"There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal."})}};f();f();var ga={virality:"virality",universality:"universality",ahaMoment:"aha moment",habitLoop:"habit loop",friction:"friction",expansion:"expansion"};function Ue(e){let n=e.map(t=>ga[t]);return n.length<=1?n.join(""):`${n.slice(0,-1).join(", ")} and ${n[n.length-1]}`}var Me={free:"free","free-limited":"free behind a usage wall",paid:"paid",either:"either (nothing argues for a side)",unclassified:"unclassified"};var wv={virality:"behind a paywall it cannot spread the product to new users",universality:"nearly every user needs it, so gating it turns users away",ahaMoment:"free users never reach the first value that makes them stay",habitLoop:"free users lose the loop that brings them back"},wf={id:"gated-growth-driver",severity:"warning",category:"packaging-test",scope:"feature",description:"A feature that drives growth is gated in a paid plan or an add-on while a free plan exists.",check(e){let n=e.model.firstFreePlan;if(e.model.hasFreePlan)for(let t of pf(e)){if(t.side!=="paid"||t.recommendation!=="free"&&t.recommendation!=="free-limited")continue;let r=t.reasons.filter(a=>In.includes(a)),i=t.reasons.filter(a=>!In.includes(a)),o=n?e.name(n):"a free plan",s=t.recommendation==="free-limited"?`Offer it on ${o} behind a usage wall (it also has ${Ue(i)}), so it still pulls users in and heavy use pays.`:`Move it to ${o} so it can pull users in.`;e.report({node:t.planNode,feature:t,severity:e.model.productLed?"warning":"info",message:`${e.name(t)} drives growth (${Ue(r)}) but is gated in ${Pi(e,t)}: ${r.map(a=>wv[a]).join("; ")}. ${s}`,data:{recommendedSide:"free",...n?{recommendedPlan:n.id}:{}}})}}};f();var bv={"indirect-monetization":{signal:"virality",why:"free users are worth it when they bring in paying users, which takes a viral feature they can use"},poc:{signal:"ahaMoment",why:"a proof of concept works when free users reach first value, which takes an aha-moment feature they can use"},commoditization:{signal:"universality",why:"commoditizing a market takes giving away what nearly every user needs, a universal feature"}},vv={virality:"virality",ahaMoment:"ahaMoment",universality:"universality"},bf={id:"goal-without-feature",severity:"warning",category:"growth-model",description:"A freemium goal has no feature that free users reach serving it.",check(e){let{model:n}=e;if(!n.hasGrowth||n.growth.goalItems.length===0||!n.freeSideClassified)return;let t=n.features.filter(i=>i.reachesFree),r=new Set;for(let{goal:i,node:o}of n.growth.goalItems){let s=bv[i];!s||r.has(i)||(r.add(i),!t.some(a=>j(a,s.signal))&&e.report({node:o,message:`The free offer's goal is ${i}, but no feature that free users reach has \`${vv[s.signal]}: true\`: ${s.why}. Make such a feature free (with a wall above 0), or change the goal.`}))}}};f();var kv=["universality","ahaMoment","habitLoop"],vf={id:"growth-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A growth driver on the free side is walled at 0 on every free plan, so free users never get it.",check(e){for(let n of ae(e)){if(j(n,"virality")||n.reachesFree)continue;let t=kv.filter(i=>j(n,i));if(t.length===0)continue;let r=n.freeLimits.find(i=>i.wall===0);r&&e.report({node:n.limitPairs.get(r.plan.id)?.value,feature:n,message:`${e.name(n)} drives growth (${Ue(t)}), but ${e.name(r.plan)} allows 0 ${n.unit??"uses"}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,data:{recommendedPlan:r.plan.id}})}}};f();var kf={id:"limit-outside-plan",severity:"error",category:"structure",scope:"feature",description:"A `limits:` key names a plan below the one the feature starts on, which does not include it.",check(e){for(let n of e.model.features){let t=n.availableFrom;if(!t||!n.placement)continue;let r=t!==n.placement;for(let[i,o]of n.limitPairs){let s=e.model.planById.get(i);if(!s||s.rank>=t.rank)continue;let a=r?`is included from ${e.name(n.placement)} and sold as the ${e.name(n.addOnModel)} add-on from ${e.name(t)}`:`starts on ${Pi(e,n)}${n.addOnOnly&&n.addOnModel?` (from ${e.name(t)})`:""}`;e.report({node:o.key,feature:n,message:`${e.name(n)} ${a}, so ${e.name(s)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${e.name(s)}.`})}}}};f();var Sf={id:"missing-growth-model",severity:"info",category:"growth-model",description:"No `growth` block: a product-led freemium, self-serve model is assumed.",check(e){if(e.topKey("growth"))return;let n=e.topKey("version");e.report({node:n,...n?{}:{span:{start:0,end:0}},message:"No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it."})}};f();var xf={id:"no-free-aha",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach delivers the aha moment.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&j(r,"ahaMoment"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`})}};f();var $f={id:"no-free-habit-loop",severity:"warning",category:"growth-model",description:"Under a product-led model, no feature free users reach builds a habit loop.",check(e){let{model:n}=e,t=n.firstFreePlan;!n.productLed||!t||!n.freeSideClassified||n.features.some(r=>r.reachesFree&&j(r,"habitLoop"))||e.report({node:t.idNode,message:`No feature that ${e.name(t)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`})}};f();var Af={id:"no-free-offer",severity:"warning",category:"growth-model",description:"Product-led acquisition with no free offer.",check(e){let n=e.model.growth,t=n.written.get("freeOffer");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.freeOffer!=="none"||e.report({node:t,message:"Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led."})}};f();var _f={id:"no-self-serve-upgrade",severity:"warning",category:"growth-model",description:"Self-serve monetization without any plan a user can buy on their own.",check(e){let n=e.model.growth.monetization;n!=="self-serve"&&n!=="product-led-sales"||e.model.plans.length!==0&&(e.model.plans.some(t=>!t.sales&&typeof t.price=="number"&&t.price>0)||e.report({node:e.topKey("plans"),message:`Monetization is ${n}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`}))}};f();var Pf={id:"no-upgrade-trigger",severity:"warning",category:"growth-model",description:"A freemium plan with nothing that makes a growing team upgrade on its own.",check(e){let{model:n}=e,t=n.firstFreePlan;if(!n.productLed||!n.freemium||!t||n.valueMetricWalledOnFree)return;let r=n.upgradePlan,i=a=>r!==void 0&&a.placement===r,o=n.features.filter(a=>a.side==="free"||a.side!==null&&i(a));o.some(a=>!a.signals)||o.some(a=>(j(a,"friction")||j(a,"expansion"))&&(a.walledOnFree||i(a)))||e.report({node:t.idNode,message:`Nothing makes a growing ${e.name(t)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${e.name(t)}${r?` or starts on ${e.name(r)}`:""}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${r?e.name(r):"a self-serve paid plan"}.`})}};f();var Sv=e=>e==="unlimited"?Number.POSITIVE_INFINITY:e,Oi=e=>e===Number.POSITIVE_INFINITY?"unlimited":String(e),Of={id:"non-monotonic-limit",severity:"warning",category:"structure",scope:"feature",description:"A higher plan has a worse usage limit than a lower plan (lower, or higher when lower is better).",check(e){let n=e.model.plans;for(let t of e.model.features){let r=t.availableFrom;if(!r||!t.placement)continue;let i=t.placement.rank,o=t.unit?` ${t.unit}`:"",s;for(let a=r.rank;a<n.length;a++){let c=n[a],l=t.limits[c.id];if(l===void 0&&(t.lowerIsBetter||a<i))continue;let u=Sv(l??"unlimited"),p=s!==void 0&&(t.lowerIsBetter?u>s.limit:u<s.limit);s&&p&&l!==void 0&&e.report({node:t.limitPairs.get(c.id)?.value,feature:t,message:t.lowerIsBetter?`${e.name(t)} is ${Oi(u)}${o} on ${e.name(c)} but ${Oi(s.limit)} on the lower ${s.name}, and lower is better here: upgrading would make it worse. Lower the ${e.name(c)} value to at most the ${s.name} one.`:`${e.name(t)} allows ${Oi(u)}${o} on ${e.name(c)} but ${Oi(s.limit)} on the lower ${s.name}: upgrading would take something away. Raise the ${e.name(c)} limit to at least the ${s.name} one.`}),(!s||(t.lowerIsBetter?u<s.limit:u>s.limit))&&(s={name:e.name(c),limit:u})}}}};f();var xv=(e,n)=>e.per===n.per&&(e.period===void 0||n.period===void 0||e.period===n.period),Mf=e=>e.minSeats&&e.per==="seat"?`${e.entryPrice} (${e.price} \xD7 ${e.minSeats} seats minimum)`:String(e.entryPrice),Cf={id:"non-monotonic-price",severity:"warning",category:"structure",description:"A plan\u2019s entry price is lower than a lower plan\u2019s, priced the same way.",check(e){let n=[];for(let t of e.model.plans){if(t.entryPrice===void 0)continue;let r;for(let o of n)xv(t,o)&&o.entryPrice>t.entryPrice&&(!r||o.entryPrice>r.entryPrice)&&(r=o);r&&e.report({node:t.priceNode,message:`${e.name(t)} costs ${Mf(t)}, less than the lower plan ${e.name(r)} (${Mf(r)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`});let i=n.findIndex(o=>o.per===t.per&&o.period===t.period);i<0?n.push(t):n[i].entryPrice<t.entryPrice&&(n[i]=t)}}};f();function $v(e,n,t){let r=e.placement.rank;return t.rank>=r&&!e.lowerIsBetter?Nn(e,n.id)!==Nn(e,t.id):e.availableFrom&&t.rank>=e.availableFrom.rank?e.limits[n.id]!==e.limits[t.id]:!1}var Tf={id:"plan-adds-nothing",severity:"warning",category:"structure",description:"A plan includes exactly what the plan directly below it includes.",check(e){let{model:n}=e,t=new Map(n.plans.map(o=>[o.index,o])),r=n.features.filter(o=>o.side!==null&&o.placement),i=new Set([...r.map(o=>o.placement),...n.addOns.map(o=>o.fromPlan)]);for(let o of n.plans){let s=t.get(o.index-1);o.index===0||!s||o.sales||i.has(o)||r.some(a=>$v(a,o,s))||e.report({node:o.idNode,message:`${e.name(o)} includes exactly what ${e.name(s)} includes: no feature starts on it, no add-on is sold from it and no limit is different. A buyer cannot tell the two plans apart, whatever their prices. Give ${e.name(o)} something of its own (a feature, a higher wall) or remove it.`})}}};f();var If={id:"pls-without-pql",severity:"info",category:"growth-model",description:"Product-led sales with no product signal that qualifies an account.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||n.qualifiedBy&&n.qualifiedBy.length>0||e.report({node:t,message:"Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case."})}};f();var Nf={id:"pls-without-sales-plan",severity:"warning",category:"growth-model",description:"Product-led sales with no plan bought through sales.",check(e){let n=e.model.growth,t=n.written.get("monetization");!e.model.hasGrowth||!t||n.monetization!=="product-led-sales"||e.model.hasSalesPlan||e.report({node:t,message:"Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`."})}};f();var Ef={id:"retention-first",severity:"warning",category:"growth-model",description:"Acquisition is product-led but retention is not.",check(e){let n=e.model.growth,t=n.written.get("retention");!e.model.hasGrowth||!t||!n.written.has("acquisition")||n.acquisition!=="product-led"||n.retention==="product-led"||e.report({node:t,message:`Acquisition is product-led but retention is ${n.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`})}};f();var Rf={id:"sales-led-only",severity:"info",category:"growth-model",description:"Sales-led with nothing product-led layered on: no product-led stage and no free plan.",check(e){let{model:n}=e,t=n.growth;if(!n.hasGrowth||!t.written.has("acquisition")||!t.written.has("retention")||!t.written.has("monetization")||t.monetization!=="sales-led"||t.acquisition==="product-led"||t.retention==="product-led")return;let r=t.acquisition==="sales-led"&&t.retention==="sales-led",i=t.written.has("freeOffer")&&n.freemium;!r&&(n.hasFreePlan||i)||e.report({node:e.topKey("growth"),message:r?"Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales.":"Monetization is sales-led, neither acquisition nor retention is product-led, and there is no free plan: nothing product-led is layered on sales. You do not need to switch models, but a free plan or a self-serve entry beside sales lets users find value before a seller calls."})}};f();var zf={id:"schema",severity:"error",category:"structure",description:"A value or key breaks the packaging.yaml format."};f();var Lf={id:"short-trial",severity:"warning",category:"growth-model",description:"A trial shorter than 14 days for a product that sells to larger organisations.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("trialDays");if(!n.hasGrowth||!r||t.trialDays===void 0||t.trialDays>=14)return;let i=t.written.has("monetization")&&(t.monetization==="product-led-sales"||t.monetization==="sales-led");if(!n.hasSalesPlan&&!i)return;let o=n.hasSalesPlan?"a sales plan":`${t.monetization} monetization`;e.report({node:r,message:`A ${t.trialDays}-day trial, but the product sells to larger organisations (${o}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least 14 days, or lean on a usage-based free plan.`})}};f();var Df={id:"single-customer-feature",severity:"info",category:"growth-model",scope:"feature",description:"A feature requested by one customer that drives no growth signal.",check(e){for(let n of e.model.features)n.requestedBy?.length!==1||!n.requestedByNode||In.some(t=>n.signals?.[t]===!0)||e.report({node:n.requestedByNode,feature:n,message:`${e.name(n)} was asked for by one customer (${n.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`})}};f();var qf={id:"single-player-acquisition",severity:"info",category:"growth-model",description:"Product-led acquisition in a single-player product with nothing viral for free users.",check(e){let{model:n}=e,t=n.growth,r=t.written.get("acquisition");!n.hasGrowth||!r||!t.written.has("relationship")||t.acquisition!=="product-led"||t.relationship!=="single-player"||n.features.some(i=>i.reachesFree&&j(i,"virality"))||e.report({node:r,message:"Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition."})}};f();var Ff={id:"syntax",severity:"error",category:"structure",description:"The YAML does not parse."};f();var Bf={id:"thin-step",severity:"info",category:"growth-model",description:"A paid plan adds features, but nothing a growing customer pays for: no friction or expansion.",check(e){let{model:n}=e,t=new Map;for(let o of n.plans)t.set(o.index,o);let r=new Map,i=new Set;for(let o of n.features){let s=o.placement;if(!s)continue;let a=j(o,"friction")||j(o,"expansion"),c=r.get(s);if(c?(c.features++,c.classified&&=o.signals!==void 0,c.capture||=a):r.set(s,{features:1,classified:o.signals!==void 0,capture:a}),!(!a||o.lowerIsBetter))for(let l of Object.keys(o.limits)){let u=n.planById.get(l);if(!u||typeof o.limits[l]!="number")continue;let p=t.get(u.index+1);p&&_i(o,p,u)&&i.add(p)}}for(let o of n.plans){if(o.index===0||o.sales||typeof o.price!="number"||o.price<=0)continue;let s=t.get(o.index-1);if(!s)continue;let a=r.get(o);!a?.classified||a.capture||i.has(o)||e.report({node:o.idNode,message:`${e.name(o)} adds ${a.features===1?"a feature":`${a.features} features`} over ${e.name(s)}, but nothing a growing customer pays for: no feature on it has friction or expansion, and it raises no such wall. A step a buyer outgrows into sells what grows with use (seats, storage, history, runs) or what a larger team must control; move one of those here, or merge the plan with its neighbour.`})}}};f();var Av=["universality","ahaMoment","habitLoop"],_v=new Set(["workspace","workspaces","organization","organizations","organisation","organisations","account","accounts","team","teams","company","companies"]),Pv=e=>e!==void 0&&_v.has(e.trim().toLowerCase()),Zf={id:"tight-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A growth driver on the free side is capped at 1 on every free plan while a paid plan raises it.",check(e){let n=e.model.plans;for(let t of ae(e)){if(j(t,"virality")||t.unitIsMeasure||Pv(t.unit))continue;let r=Av.filter(s=>j(t,s));if(r.length===0||t.freeLimits.length===0||!t.freeLimits.every(s=>s.wall===1))continue;let i=t.freeLimits[0].plan,o;for(let s=i.rank+1;s<n.length&&!o;s++)_i(t,n[s],i)&&(o=n[s]);o&&e.report({node:t.limitPairs.get(i.id)?.value,feature:t,message:`${e.name(t)} drives growth (${Ue(r)}), but every free plan caps it at 1${t.unit?` (${t.unit.trim()})`:""} while ${e.name(o)} raises it: a habit or a first value capped at one rarely survives the first week. Give free users a few (enough to build the habit), and let the wall bite on what grows with a team.`,data:{recommendedPlan:i.id}})}}};f();var jf={id:"trial-only",severity:"warning",category:"growth-model",description:"The only free offer is a time-bound trial.",check(e){let n=e.model.growth.written.get("freeOffer");!e.model.hasGrowth||!n||e.model.growth.freeOffer!=="trial"||e.report({node:n,message:"The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial."})}};f();var Uf={id:"unclassified-feature",severity:"info",category:"packaging-test",scope:"feature",description:"A feature has no `signals` block, so the packaging test cannot place it.",check(e){for(let n of e.model.features)n.signals||e.report({node:n.idNode,feature:n,message:`${e.name(n)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`})}};f();var Wf={id:"unknown-add-on",severity:"error",category:"structure",scope:"feature",description:"`addOn:`, or an add-on\u2019s `requires`/`excludes` item, names no add-on.",check(e){let{model:n}=e,t=[...n.addOnIds],r=i=>{let o=sn(i,t);return{text:o?` Did you mean "${o}"?`:t.length?` Add-ons: ${t.slice(0,12).join(", ")}${t.length>12?`, \u2026 (${t.length} add-ons)`:""}.`:" Declare it under `addOns:`.",...o?{data:{suggestion:o}}:{}}};for(let i of n.addOns)for(let[o,s]of[["requires",i.requires],["excludes",i.excludes]])for(let a of s){if(n.addOnIds.has(a.id))continue;let{text:c,...l}=r(a.id);e.report({node:a.node,message:`The ${e.name(i)} add-on ${o} "${a.id}", which is not one of the add-ons.${c}`,...l})}for(let i of n.features){if(i.addOn===void 0||n.addOnIds.has(i.addOn))continue;let{text:o,...s}=r(i.addOn);e.report({node:i.addOnNode??i.planNode,feature:i,message:`${e.name(i)} comes with add-on "${i.addOn}", which is not one of the add-ons.${o}`,...s})}}};f();var Gf={id:"unknown-feature",severity:"error",category:"structure",description:"`growth.valueMetric` names no feature.",check(e){let{model:n}=e,t=n.growth.valueMetric,r=n.growth.written.get("valueMetric");if(t===void 0||!r||n.featureIds.has(t))return;let i=[...n.featureIds],o=sn(t,i);e.report({node:r,message:`The value metric is "${t}", which is not one of the features. The value metric names the feature whose amount the price scales with (seats, contacts, GB).${o?` Did you mean "${o}"?`:i.length?` Features: ${i.slice(0,12).join(", ")}${i.length>12?`, \u2026 (${i.length} features)`:""}.`:" Declare it under `features:`."}`,...o?{data:{suggestion:o}}:{}})}};f();var Kf={id:"unknown-plan",severity:"error",category:"structure",scope:"feature",description:"`plan:`, an add-on\u2019s `from:` or a `limits:` key names no plan.",check(e){let{model:n}=e,t=[...n.planIds],r=si(t),i=t.length>12?`${t.slice(0,12).join(", ")}, \u2026 (${t.length} plans)`:t.join(", "),o=s=>{let a=r(s);return{s:a,text:a?` Did you mean "${a}"?`:` Plans: ${i}.`}};for(let s of n.addOns){if(!s.fromNode||n.planIds.has(s.from))continue;let{s:a,text:c}=o(s.from);e.report({node:s.fromNode,message:`The ${e.name(s)} add-on is sold from plan "${s.from}", which is not one of the plans.${c}`,...a?{data:{suggestion:a}}:{}})}for(let s of n.features){if(!s.addOnOnly&&!n.planIds.has(s.plan)){let{s:a,text:c}=o(s.plan);e.report({node:s.planNode,feature:s,message:`${e.name(s)} is placed on plan "${s.plan}", which is not one of the plans.${c}`,...a?{data:{suggestion:a}}:{}})}for(let[a,c]of s.limitPairs){if(n.planIds.has(a))continue;let{s:l,text:u}=o(a);e.report({node:c.key,feature:s,message:`${e.name(s)} has a usage limit for plan "${a}", which is not one of the plans.${u}`,...l?{data:{suggestion:l}}:{}})}}}};f();var Vf={id:"unmetered-value-metric",severity:"warning",category:"growth-model",description:"The value metric, the wall the price scales with, has no wall on the free plan.",check(e){let{model:n}=e,t=n.growth.written.get("valueMetric"),r=n.valueMetric;if(!n.hasGrowth||!t||!r||r.lowerIsBetter||!n.freemium||r.side!=="free"||r.walledOnFree)return;let i=r.freeLimits[0]?.plan??n.firstFreePlan,o=i?e.name(i):"the free plan";e.report({node:t,feature:r,message:`${e.name(r)} is the value metric, the amount the price scales with, but ${o} gives it away with no limit: free users never meet the wall a growing customer should pay to lift, so growth does not turn into revenue. Put a wall on ${o} under its \`limits:\` (sized so one user gets value and a growing team meets it), or name another value metric.`,...i?{data:{recommendedPlan:i.id}}:{}})}};f();var Yf={id:"unused-accept",severity:"info",category:"decision",description:"An `accept` entry accepted no finding."};f();var Hf={id:"unwalled-growth-driver",severity:"info",category:"packaging-test",scope:"feature",description:"A free growth driver that should sit behind a usage wall has none on the free plan.",check(e){for(let n of ae(e)){if(n.recommendation!=="free-limited"||n.walledOnFree)continue;let t=n.placement,r=n.reasons.filter(i=>i==="friction"||i==="expansion");e.report({node:n.planNode,feature:n,message:`${e.name(n)} drives growth but also has ${Ue(r)}, and ${it(e,n)} gives it away without limit. Add a usage wall for ${e.name(t)} under \`limits:\` so heavy use leads to an upgrade.`,data:{recommendedSide:"free",recommendedPlan:t.id}})}}};f();var Jf={id:"viral-wall",severity:"warning",category:"packaging-test",scope:"feature",description:"A viral feature is walled at 0 or 1 on a free plan.",check(e){for(let n of ae(e))if(j(n,"virality"))for(let{plan:t,wall:r}of n.freeLimits)r!==0&&r!==1||r===1&&n.unitIsMeasure||e.report({node:n.limitPairs.get(t.id)?.value,feature:n,message:`${e.name(n)} spreads the product (virality), but ${e.name(t)} caps ${n.unit??"it"} at ${r}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,data:{recommendedPlan:t.id}})}};f();var Xf={id:"wall-not-lifted",severity:"warning",category:"growth-model",scope:"feature",description:"Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.",check(e){let n=e.model.plans;for(let t of ae(e)){if(!j(t,"friction")&&!j(t,"expansion"))continue;let r=new Set;for(let{plan:i,wall:o}of t.freeLimits){if(o===void 0)continue;let s=Vt(n,i);if(!s||r.has(s.id)||t.limits[s.id]!==o)continue;let a=n.slice(s.rank+1).find(c=>{let l=Nn(t,c.id);return l==="unlimited"||l>o});a&&(r.add(s.id),e.report({node:t.limitPairs.get(s.id)?.value,feature:t,message:`${e.name(t)} stops at ${o} ${t.unit??"uses"} on ${e.name(i)}, and ${e.name(s)}, the plan a user upgrades to on their own, keeps the same ${o}: paying does not lift the wall they hit, only ${e.name(a)} does. Raise the ${e.name(s)} limit.`,data:{recommendedPlan:s.id,suggestedLimit:Nn(t,a.id)}}))}}}};f();var Qf={id:"weak-lift",severity:"warning",category:"growth-model",scope:"feature",description:"The self-serve upgrade raises the free wall by less than double: paying barely moves it.",check(e){let n=e.model.plans,t=new Map,r=i=>(t.has(i)||t.set(i,Vt(n,i)),t.get(i));for(let i of ae(e))if(!(!j(i,"friction")&&!j(i,"expansion")))for(let{plan:o,wall:s}of i.freeLimits){if(s===void 0||s<=0)continue;let a=r(o),c=a?i.limits[a.id]:void 0;if(!(!a||typeof c!="number"||c<=s||c>=2*s)){e.report({node:i.limitPairs.get(a.id)?.value,feature:i,message:`${e.name(i)} stops at ${s} ${i.unit??"uses"} on ${e.name(o)}, and ${e.name(a)}, the plan a user upgrades to on their own, allows only ${c}: the user who hit the wall pays and hits it again soon after. Raise the ${e.name(a)} limit to at least ${2*s} (double), or lift it.`,data:{recommendedPlan:a.id,suggestedLimit:2*s}});break}}}};var ot=[Ff,zf,df,Kf,Wf,Gf,kf,Of,Cf,Tf,uf,gf,wf,mf,hf,Hf,Jf,vf,Zf,Uf,Sf,jf,Lf,yf,bf,Af,Ef,qf,xf,$f,_f,Xf,Qf,Pf,Vf,Bf,Nf,If,Rf,ff,Df,Yf],ep=new Map(ot.map(e=>[e.id,e]));f();function np(e,n=1e3){let t=new Map,r=new Map,i=[];for(let o of e){let s=(t.get(o.rule)??0)+1;t.set(o.rule,s),s<=n?i.push(o):r.has(o.rule)||r.set(o.rule,o)}if(r.size===0)return e;for(let[o,s]of r){let a=t.get(o)-n;i.push({rule:o,severity:s.severity,message:`${a} more \`${o}\` finding${a===1?"":"s"} in this file (only the first ${n} are listed; this is the next one).`,range:s.range,span:s.span})}return i.sort((o,s)=>o.span.start-s.span.start||o.span.end-s.span.end)}var ya=e=>{let n=e?.range;return n?{start:n[0],end:n[1]}:{start:0,end:0}};function Mi(e,n={}){return Mv(Kd(e),n)}function Ov(e){return n=>Yd(e,n)}function Mv(e,n={},t={}){let r=Ov(e.lineCounter),i=(d,h,g={})=>Ev(d,h,n,g,e.syntaxError,r);if(e.syntaxError||!e.doc)return i(e.problems.map(d=>({severity:"error",rule:"syntax",message:d.message,span:d.span})));let{doc:o,plain:s}=e,a=t.problems??Xd(o,s).problems,c=a.map(d=>{let h=Tv(s,d.path);return{severity:"error",rule:"schema",message:d.message,span:d.span,...h!==void 0?{feature:h}:{},...d.suggestion?{data:{suggestion:d.suggestion}}:{}}});if(s===null||typeof s!="object"||Array.isArray(s))return s==null?i(c):i([{severity:"error",rule:"schema",message:`The file must be a map with version, product, plans and features; it is ${Array.isArray(s)?"a list":"a single value"}.`,span:ya(o.contents)}]);let l=s,u=(t.buildModel??af)(o,l,a),p=d=>Cn(o.contents,d)?.key??void 0;if(t.runRules)for(let d of t.runRules(u,p))c.push(d);else for(let d of ot)d.check&&Lv(d,u,p,c);return Cv(o.contents,l,a,u,c),i(c,u,Iv(l.rules))}function Cv(e,n,t,r,i){let o=Array.isArray(n.features)?n.features:[],s=new Set,a=new Set;for(let d of t)d.path[0]!=="features"||typeof d.path[1]!="number"||(s.add(d.path[1]),(d.path[2]==="plan"||d.path[2]==="addOn"||d.path.length===2)&&a.add(d.path[1]));if(s.size===0)return;let c=U(e,"features"),l=[...r.planIds],u=si(l),p=l.length>12?`${l.slice(0,12).join(", ")}, \u2026 (${l.length} plans)`:l.join(", ");for(let d of s){let h=o[d];if(a.has(d)||!h||typeof h!="object"||h.addOn!==void 0)continue;let g=h.plan;if(typeof g!="string"||!_n.test(g)||r.planIds.has(g))continue;let m=(0,tp.isSeq)(c)?U(c.items[d],"plan"):void 0;if(!m?.range)continue;let b=u(g),v=typeof h.id=="string"&&_n.test(h.id)?h.id:void 0,S=typeof h.name=="string"?h.name:v??`Feature #${d+1}`;i.push({severity:"error",rule:"unknown-plan",message:`"${S}" is placed on plan "${g}", which is not one of the plans.${b?` Did you mean "${b}"?`:` Plans: ${p}.`}`,span:{start:m.range[0],end:m.range[1]},...v!==void 0?{feature:v}:{},...b?{data:{suggestion:b}}:{}})}}function Tv(e,n){if(n[0]!=="features"||typeof n[1]!="number"||n.length<3)return;let t=e&&typeof e=="object"?e.features:void 0,r=Array.isArray(t)?t[n[1]]:void 0,i=r&&typeof r=="object"?r.id:void 0;return typeof i=="string"&&_n.test(i)?i:void 0}function Iv(e){let n=Object.create(null);if(!e||typeof e!="object"||Array.isArray(e))return n;for(let[t,r]of Object.entries(e))!ep.has(t)||typeof r!="string"||!pi.includes(r)||et.includes(t)&&r!=="error"||(n[t]=r);return n}var Nv=new Set(Gt);function Ev(e,n,t,r,i,o){let s=d=>r[d]??zv(t.rules?.[d]),a=[],c=new Set,l=d=>{let h=s(d.rule);if(h==="off")return;let g=Nv.has(d.rule)?d.element?d.element.accept.get(d.rule):d.feature===void 0?n?.accept.get(d.rule):void 0:void 0;g&&c.add(g),a.push({rule:d.rule,severity:h??d.severity,message:d.message,range:o(d.span),span:d.span,...d.feature!==void 0?{feature:d.feature}:{},...d.data?{data:d.data}:{},...g?{accepted:g.reason}:{}})};for(let d of e)l(d);if(n)for(let d of Rv(n,c))l(d);a.sort((d,h)=>d.span.start-h.span.start||d.span.end-h.span.end||(d.rule<h.rule?-1:d.rule>h.rule?1:0)||(d.message<h.message?-1:d.message>h.message?1:0));let u=np(a),p=(n?.features??[]).map(d=>({id:d.id,plan:d.plan,...d.addOn!==void 0?{addOn:d.addOn}:{},side:d.side,recommendation:d.recommendation,reasons:d.reasons,...d.rationale!==void 0?{rationale:d.rationale}:{}}));return{diagnostics:u,...u!==a?{uncapped:a}:{},features:p,...n?{model:n}:{},syntaxError:i,toRange:o}}function Rv(e,n){let t=[],r=(i,o)=>({severity:"info",rule:"unused-accept",message:`This \`accept\` entry for ${i.rule} accepts nothing: ${o?`${o.name} has no ${i.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`:`there is no ${i.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`} Remove it so the file only records live decisions.`,span:ya(i.keyNode),...o?{feature:o.id}:{},data:{acceptedRule:i.rule}});for(let i of e.features)for(let o of i.accept.values())n.has(o)||t.push(r(o,i));for(let i of e.accept.values())n.has(i)||t.push(r(i));return t}function zv(e){return e!==void 0&&pi.includes(e)?e:void 0}function Lv(e,n,t,r=[]){return e.check?.({model:n,topKey:t,name:i=>`"${i.name}"`,report:i=>{let o=i.feature;r.push({severity:i.severity??e.severity,rule:e.id,message:i.message,span:i.span??ya(i.node),...o!==void 0?{feature:typeof o=="string"?o:o.id}:{},...o!==void 0&&typeof o!="string"?{element:o}:{},...i.data?{data:i.data}:{}})}}),r}f();f();function rp(e){return e.signals?Tn.filter(n=>e.signals?.[n]===!0):null}function ip(e,n){let t=rp(e),r=rp(n);if(!(t===null&&r===null)&&!(t!==null&&r!==null&&t.join()===r.join()))return{id:n.id,name:n.name,fromSignals:t,toSignals:r,turnedOn:(r??[]).filter(i=>!(t??[]).includes(i)),turnedOff:(t??[]).filter(i=>!(r??[]).includes(i)),fromRecommendation:e.recommendation,toRecommendation:n.recommendation,fromReasons:[...e.reasons],toReasons:[...n.reasons]}}function op(e,n,t){if(t(e.plan)!==n.plan||e.addOn!==n.addOn)return!1;let r=(s,a)=>{let c=new Map;for(let[l,u]of Object.entries(s.limits))c.set(a(l),u);return c},i=r(e,t),o=r(n,s=>s);if(i.size!==o.size)return!1;for(let[s,a]of o)if(i.get(s)!==a)return!1;return(e.unit??"")===(n.unit??"")}var sp=e=>({id:e.id,name:e.name,plan:e.plan,...e.addOn!==void 0?{addOn:e.addOn}:{},side:e.side,recommendation:e.recommendation});function ap(e,n){let t=Ai(e);if(!(t===void 0||n===null))return t===n}function Dv(e,n,t){let r=ap(e,n),i=ap(e,t);return r===void 0||i===void 0||r===i?"neutral":i?"with":"against"}var qv=(e,n)=>Object.hasOwn(e,n)?e[n]:void 0;function lp(e,n){let t=new Map,r=e.placement?.rank;for(let i of n)t.set(i.id,r===void 0||i.rank<r?null:qv(e.limits,i.id)??"unlimited");return t}function Ci(e){return{rule:e.rule,severity:e.severity,message:e.message,...e.feature!==void 0?{feature:e.feature}:{},line:e.range.start.line,...e.accepted!==void 0?{accepted:e.accepted}:{}}}function Yt(e){return`${e.rule}\0${e.feature??""}\0${e.message}`}function wa(e,n){let t=new Map;for(let i of n)t.set(Yt(i),(t.get(Yt(i))??0)+1);let r=[];for(let i of e){let o=Yt(i),s=t.get(o)??0;s>0?t.set(o,s-1):r.push(i)}return r}var En=e=>{let n=new Map;for(let t of e)n.has(t.id)||n.set(t.id,t);return n},Ti=(e,n)=>e>0?Math.round((n-e)/e*1e3)/10:void 0,he=e=>({direction:"neutral",why:e}),pe=(e,n,t)=>({direction:e,basis:n,why:t});function Fv(e,n){let t=new Set(e.map(l=>l.id)),r=new Set(n.map(l=>l.id)),i=(l,u)=>{let p=new Map,d="",h=0;for(let g of l)u.has(g.id)?(d=g.id,h=0):p.set(`${d}\0${h++}`,g);return p},o=i(e,r),s=i(n,t),a=[];for(let[l,u]of o){let p=s.get(l);p&&a.push({fromId:u.id,toId:p.id,fromName:u.name,toName:p.name,rank:p.rank})}let c=En(n);for(let l of e){let u=c.get(l.id);u&&u.name!==l.name&&a.push({fromId:l.id,toId:u.id,fromName:l.name,toName:u.name,rank:u.rank})}return a.sort((l,u)=>l.rank-u.rank)}function Bv(e,n,t,r,i,o,s){if(e==="unit-changed")return he(`the unit changed (${o??"none"} \u2192 ${s??"none"}): the numbers are not comparable; check the wall by hand`);let a=e==="tightened"||e==="wall-added",c=n.recommendation,l=`recommended ${Me[c]}`,u=i.productLed&&i.freemium;return t?c==="free"?a?pe("against","packaging test",`${n.name} should be free without a wall (${l})`):pe("with","packaging test",`${n.name} should be free without a wall (${l})`):c==="free-limited"?e==="wall-added"?pe("with","packaging test",`the test wants ${n.name} free behind a usage wall`):e==="wall-removed"?pe("against","packaging test",`the test wants ${n.name} free behind a usage wall, not unlimited`):r===0?pe("against","packaging test",`a wall of 0 takes ${n.name} out of the free plan (${l})`):u?pe(a?"against":"with","growth model",`a product-led freemium model needs free users to reach value before the wall; ${n.name} is a growth driver (${l})`):he(`the wall stays (${l}); the growth model is not product-led freemium`):c==="paid"?pe(a?"with":"against","packaging test",`${a?"less":"more"} of ${n.name} is free, and it is ${l}`):c==="either"?he(`nothing argues for a side on ${n.name} (${l})`):u?pe(a?"against":"with","growth model",`a product-led freemium model wants free users to reach value; ${n.name} has no signals, so the packaging test cannot judge it`):he(`${n.name} has no signals: add them to judge this wall`):c==="free"&&(e==="wall-added"||e==="wall-removed")?pe(e==="wall-added"?"against":"with","packaging test",`${n.name} is a growth driver with nothing arguing for a wall (${l})`):he(`a wall on a paid plan (${l})`)}function Zv(e,n,t){if(!(e===n&&t))return e==="unlimited"?n==="unlimited"?void 0:"wall-added":n==="unlimited"?"wall-removed":t?n<e?"tightened":"loosened":"unit-changed"}function cp(e,n,t,r,i){if(n===null)return he("a new plan");if(t===null)return he("the plan is gone");if(n===0&&t!==0&&r.freemium)return pe("against","growth model",`${e.name} was the free plan: the freemium model loses it`);if(n!==0&&t===0)return pe("with","growth model",`${e.name} is free now`);let o=i??(typeof n=="number"&&typeof t=="number"?t>n:t==="contact-sales");return r.upgradePlan?.id===e.id&&r.productLed?pe(o?"against":"with","growth model",`${e.name} is the self-serve upgrade: a product-led model wants the first paywall ${o?"low":"low, and it is lower now"}`):he("the packaging test does not judge prices on this plan")}function ba(e,n){let t=e?.model,r=n.model,i=t?.plans??[],o=r?.plans??[],s=En(t?.features??[]),a=En(r?.features??[]),c=En(i),l=En(o),u=En(t?.addOns??[]),p=En(r?.addOns??[]),d=e?Fv(i,o):[],h=new Map(d.map(y=>[y.fromId,y.toId])),g=y=>h.get(y)??y,m=[...a.values()].filter(y=>!s.has(y.id)).map(sp),b=[...s.values()].filter(y=>!a.has(y.id)).map(sp),v=[],S=[],A=[],x=[],O=new Set;for(let y of a.values()){let _=s.get(y.id);if(!_||!r)continue;let D=ip(_,y);D&&(x.push(D),op(_,y,g)&&O.add(y.id));let B=g(_.plan);if(B!==y.plan||_.addOn!==y.addOn){let J=Dv(y.recommendation,_.side,y.side),oe=`recommended ${Me[y.recommendation]}`,me=y.addOn!==void 0&&_.addOn!==y.addOn?`into the add-on ${y.addOn}`:void 0,ge=_.addOn!==void 0&&y.addOn===void 0?`out of the add-on ${_.addOn}`:void 0,ye=[me,ge].filter(Boolean).join(", ");v.push({id:y.id,name:y.name,fromPlan:B,toPlan:y.plan,..._.addOn!==void 0?{fromAddOn:_.addOn}:{},...y.addOn!==void 0?{toAddOn:y.addOn}:{},fromSide:_.side,toSide:y.side,recommendation:y.recommendation,verdict:J,judgement:J==="neutral"?he(`${ye?`${ye}; `:""}the side ${_.side===y.side?"stays":"changes"} (${oe})`):pe(J,"packaging test",`${ye?`${ye}: `:""}${_.side??"?"} \u2192 ${y.side??"?"} side, ${oe}`)})}(_.rationale??null)!==(y.rationale??null)&&A.push({feature:y.id,name:y.name,from:_.rationale??null,to:y.rationale??null});let G=lp(_,i),V=lp(y,o),Ge=(_.unit??"")===(y.unit??""),ie=new Map;for(let[J,oe]of G)ie.set(g(J),oe);for(let J of o){if(!ie.has(J.id))continue;let oe=ie.get(J.id),me=V.get(J.id);if(oe===null||me===null)continue;let ge=Zv(oe,me,Ge);if(!ge)continue;let ye=ge==="tightened"||ge==="loosened"?Ti(oe,me):void 0;S.push({feature:y.id,name:y.name,plan:J.id,from:oe,to:me,...y.unit?{unit:y.unit}:{},...!Ge&&_.unit?{fromUnit:_.unit}:{},kind:ge,...ye!==void 0?{percent:ye}:{},free:J.free,verdict:Bv(ge,y,J.free,me,r,_.unit,y.unit)})}}let C=[],k=new Set(d.map(y=>y.toId)),$=new Set(d.map(y=>y.fromId)),N=new Map(d.map(y=>[y.toId,y.fromId]));for(let y of l.values()){let _=c.get(N.get(y.id)??y.id);if(!_){!k.has(y.id)&&r&&C.push({plan:y.id,name:y.name,from:null,to:y.price,verdict:cp(y,null,y.price,r)});continue}let D=(_.minSeats!==void 0||y.minSeats!==void 0)&&_.entryPrice!==y.entryPrice;if(_.price===y.price&&!D)continue;let B=typeof _.price=="number"&&typeof y.price=="number"?Ti(_.price,y.price):void 0,G=D&&_.entryPrice!==void 0&&y.entryPrice!==void 0?Ti(_.entryPrice,y.entryPrice):void 0,V=D&&_.entryPrice!==void 0&&y.entryPrice!==void 0?y.entryPrice>_.entryPrice:void 0;C.push({plan:y.id,name:y.name,from:_.price,to:y.price,...B!==void 0&&_.price!==y.price?{percent:B}:{},...D?{entryFrom:_.entryPrice??null,entryTo:y.entryPrice??null}:{},...G!==void 0?{entryPercent:G}:{},verdict:cp(y,_.price,y.price,r,V)})}for(let y of c.values())!l.has(y.id)&&!$.has(y.id)&&C.push({plan:y.id,name:y.name,from:y.price,to:null,verdict:he("the plan is gone")});let E=[],re=(y,_)=>(y?.features??[]).filter(D=>D.addOn===_);for(let y of p.values()){let _=u.get(y.id),D=re(r,y.id);if(!_){let B=D.filter(G=>Ai(G.recommendation)==="free");E.push({kind:"added",id:y.id,name:y.name,from:null,to:y.price,features:D.map(G=>G.id),verdict:B.length?pe("against","packaging test",`it sells ${B.map(G=>G.name).join(", ")}, which the test recommends free`):he("a new add-on")});continue}if(_.price!==y.price){let B=typeof _.price=="number"&&typeof y.price=="number"?Ti(_.price,y.price):void 0;E.push({kind:"repriced",id:y.id,name:y.name,from:_.price,to:y.price,...B!==void 0?{percent:B}:{},features:D.map(G=>G.id),verdict:he("the packaging test does not judge add-on prices")})}g(_.from)!==y.from&&E.push({kind:"from-changed",id:y.id,name:y.name,from:g(_.from),to:y.from,features:D.map(B=>B.id),verdict:he("sold from another plan")})}for(let y of u.values())p.has(y.id)||E.push({kind:"removed",id:y.id,name:y.name,from:y.price,to:null,features:re(t,y.id).map(_=>_.id),verdict:he("the add-on is gone (its features show as moved or removed)")});let F=e?.diagnostics??[],H=n.diagnostics,ce={errors:0,warnings:0,infos:0};for(let y of H)y.accepted===void 0&&(y.severity==="error"?ce.errors++:y.severity==="warning"?ce.warnings++:ce.infos++);let ve=y=>y.filter(_=>_.accepted===void 0),Ce=y=>y.filter(_=>_.accepted!==void 0),Vi=new Set(Ce(H).map(Yt)),M=wa(ve(F),ve(H)).filter(y=>!Vi.has(Yt(y))),Z=y=>y.feature!==void 0&&O.has(y.feature);return{baseMissing:e===void 0,added:m,removed:b,moved:v,limits:S,prices:C,renamed:d,addOns:E,rationale:A,accepted:wa(Ce(H),Ce(F)).map(Ci),reclassified:x,newDiagnostics:wa(ve(H),ve(F)).map(Ci),resolvedDiagnostics:M.filter(y=>!Z(y)).map(Ci),resolvedByReclassifying:M.filter(Z).map(Ci),head:ce}}function Ii(e){return e.added.length+e.removed.length+e.moved.length+e.limits.length+e.prices.length+e.renamed.length+e.addOns.length+e.rationale.length+e.reclassified.length+e.accepted.length===0&&e.newDiagnostics.length+e.resolvedDiagnostics.length+e.resolvedByReclassifying.length===0}f();f();var jv={included:"Included",excluded:"Not included"};function up(e){return e.kind==="limit"||e.kind==="addOn"?e.label:jv[e.kind]}function dp(e){return e.invalid?"not read (schema)":e.side??(e.addOn!==void 0?"unknown add-on":"unknown plan")}function fp(e){return Me[e.recommendation]}function pp(e){return e.reasons.map(n=>ga[n]).join(", ")}function hp(e){return!nf(e.recommendation,e.side)}var Ht={error:"\u2716",warning:"\u26A0",info:"\u2139"};function mp(e){if(!e.flag)return"";let n=[...new Set(e.findings.filter(t=>t.accepted===void 0).map(t=>t.rule))];return`${Ht[e.flag]} ${n.join(", ")}`}function gp(e){return e.findings.filter(n=>n.accepted!==void 0).map(n=>`accepted ${n.rule}: ${n.accepted}`)}function yp(e){let n=new Map(e.plans.map(t=>[t.id,t.name]));return e.addOns.map(t=>`${t.name}: ${t.priceLabel}, from ${n.get(t.from)??t.from}`)}function T(e){return Ni(e).replace(/[\r\n\u2028\u2029]+/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~!]/g,"\\$&").replace(/([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,(n,t,r,i)=>t?`${t}&#8203;`:r?`${r}&#8203;://`:i?`${i}&#8203;.`:`\\${n}`).trim()}function st(e){return/^[\p{L}\p{N}._/@+ -]+$/u.test(e)?`\`${e}\``:T(e)}function Ni(e){return e.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,"\uFFFD")}function Jt(e){return Ni(e.replace(/\r\n|\n|\r(?!\n)/g," ").replace(/[\u2028\u2029]/g," "))}function le(e,n,t){let r=e.map((o,s)=>t?.[s]==="r"?"---:":t?.[s]==="c"?":---:":"---"),i=o=>`| ${o.join(" | ")} |`;return[i(e),i(r),...n.map(i)].join(`
`)}function wp(e,n={}){let t=[],r=n.heading??"##";if(t.push(`${r} Free/paid matrix${e.product?` \u2014 ${T(e.product)}`:""}`,""),e.syntaxError)return t.push("The file has YAML syntax errors; fix them to see the matrix.",""),t.join(`
`);t.push(`Growth model: ${T(e.growth.summary)}`,"");let i=e.counts;t.push(`${i.features} feature${i.features===1?"":"s"}: ${i.free} free, ${i.paid} paid, ${i.flagged} flagged by the rules.`,"");let o=yp(e);if(o.length&&t.push(`Add-ons: ${o.map(T).join("; ")}.`,""),e.fileFindings.length&&t.push(Uv(e),""),n.note&&t.push(`_${T(n.note)}_`,""),e.plans.length===0||i.features===0)return t.push("No plans or features to show.",""),t.join(`
`);let s=["Feature",...e.plans.map(a=>a.priceLabel===a.name?T(a.name):`${T(a.name)}<br>${T(a.priceLabel)}`),"Side","Recommendation","Flags"];for(let a of e.groups){t.push(`${r}# ${T(a.category)}`,"");let c=a.rows.map(l=>{let u=pp(l),p=`${fp(l)}${u?` (${u})`:""}`,d=[mp(l),...gp(l)].filter(Boolean).map(T).join("<br>");return[`${T(l.name)}${l.status==="planned"?" _(planned)_":""}${l.rationale?`<br>_${T(l.rationale)}_`:""}`,...l.cells.map(h=>h.kind==="excluded"?"\u2014":T(up(h))),T(dp(l)),hp(l)?T(p):`**${T(p)}**`,d]});t.push(le(s,c),"")}return t.join(`
`)}function Uv(e){return["File findings:","",...e.fileFindings.map(n=>n.accepted===void 0?`- ${Ht[n.severity]} \`${n.rule}\` (line ${n.range.start.line+1}): ${T(n.message)}`:`- accepted \`${n.rule}\`: ${T(n.accepted)}`)].join(`
`)}f();var Ei=class extends Error{};function bp(e){if(e===void 0||e===""||e==="-1")return-1;if(!/^\d+$/.test(e))throw new Ei(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${e}"`);return Number(e)}f();var Lp=require("node:child_process"),nr=$e(require("node:path"));f();var ne=$e(on());var vp={error:3,warning:2,info:1};function va(e){if(e.price==="contact-sales")return"Contact sales";if(e.price===0)return"Free";let t=[`$${Number.isInteger(e.price)?String(e.price):e.price.toFixed(2)}`,e.per?`${e.per}`:"",e.period?`${e.period}`:""].filter(Boolean).join(" / ");return e.minSeats&&e.per==="seat"?`${t} (min ${e.minSeats} seats)`:t}function xa(e,n){let t=e==="unlimited"?"Unlimited":e.toLocaleString("en-US");if(!n)return t;let r=e===1?n.replace(/^([A-Za-z]+[^s])s\b/,"$1"):n;return`${t} ${r}`}var Sa=e=>({rule:e.rule,severity:e.severity,message:e.message,range:e.range,...e.accepted!==void 0?{accepted:e.accepted}:{}}),ka={"product-led":"product-led","marketing-led":"marketing-led","sales-led":"sales-led"};function kp(e){let n=e.model,t=(n?.plans??[]).map(k=>({id:k.id,name:k.name,priceLabel:va(k),price:k.price,free:k.free})),r=(n?.addOns??[]).map(k=>({id:k.id,name:k.name,priceLabel:va(k),from:k.from})),i=new Map,o=[];for(let k of e.diagnostics)if(k.feature===void 0)o.push(k);else{let $=i.get(k.feature)??[];$.push(k),i.set(k.feature,$)}let s=new Map,a=k=>{let $=s.get(k.category)??[];$.push(k),s.set(k.category,$)},c=0,l=0,u=0,p=0,d=new Set,h=new Set,g=k=>{let $=k.placement?.rank,N=k.addOnModel,E=N?`add-on: ${N.name}, ${va(N)}`:"",re=t.map((ce,ve)=>{if($===void 0||ve<$)return{kind:"excluded"};let Ce=k.limits[ce.id];return Ce!==void 0?{kind:"limit",limit:Ce,...k.unit?{unit:k.unit}:{},label:xa(Ce,k.unit)}:N?{kind:"addOn",addOn:N.id,label:E}:{kind:"included"}}),F=Sp(h.has(k.id)?[]:(i.get(k.id)??[]).map(Sa));h.add(k.id);let H=xp(F);return k.side==="free"?c++:k.side==="paid"&&l++,H&&u++,{id:k.id,name:k.name,...k.description!==void 0?{description:k.description}:{},category:k.category??"Uncategorized",plan:k.plan,...k.addOn!==void 0?{addOn:k.addOn}:{},side:k.side,recommendation:k.recommendation,reasons:k.reasons,signals:Tn.filter(ce=>k.signals?.[ce]===!0),answered:Tn.filter(ce=>typeof k.signals?.[ce]=="boolean"),status:k.status,...k.unit!==void 0?{unit:k.unit}:{},...k.rationale!==void 0?{rationale:k.rationale}:{},cells:re,findings:F,...H?{flag:H}:{},range:e.toRange({start:k.idNode.range[0],end:k.idNode.range[1]}),planRange:e.toRange({start:k.planNode.range[0],end:k.planNode.range[1]})}},m=new Map;for(let k of n?.features??[])m.set(k.node,k);let b=n?U(n.rootNode,"features"):void 0;n&&(0,ne.isSeq)(b)&&b.items.forEach((k,$)=>{if((0,ne.isAlias)(k))return;let N=m.get(k);if(N){m.delete(k),a(g(N));return}let E=Wv(e,k,$,t.length,d);E&&(p++,E.flag&&u++,a(E))});for(let k of m.values())a(g(k));let v=o.filter(k=>!d.has(k)).map(Sa),S=n?.growth,A={features:(n?.features.length??0)+p,free:c,paid:l,flagged:u,errors:0,warnings:0,infos:0,accepted:0,...p?{invalid:p}:{}};for(let k of e.diagnostics)k.accepted!==void 0?A.accepted++:k.severity==="error"?A.errors++:k.severity==="warning"?A.warnings++:A.infos++;let x={present:n?.hasGrowth??!1,acquisition:S?.acquisition??"product-led",retention:S?.retention??"product-led",monetization:S?.monetization??"self-serve",relationship:S?.relationship??"one-to-many",freeOffer:S?.freeOffer??"freemium",...S?.trialDays!==void 0?{trialDays:S.trialDays}:{},freemiumGoals:[...S?.freemiumGoals??[]],summary:""},O=x.acquisition===x.retention?`${ka[x.acquisition]} acquisition and retention`:`${ka[x.acquisition]} acquisition, ${ka[x.retention]} retention`,C=x.freeOffer==="none"?"no free offer":x.trialDays?`${x.freeOffer} (${x.trialDays}-day trial)`:x.freeOffer;return x.summary=`${O} \xB7 ${x.monetization} \xB7 ${C}${x.present?"":" (assumed: no growth block)"}`,{product:n?.productName??"",plans:t,addOns:r,groups:[...s].map(([k,$])=>({category:k,rows:$})),growth:x,counts:A,fileFindings:v,syntaxError:e.syntaxError}}function Sp(e){return[...e.filter(n=>n.accepted===void 0),...e.filter(n=>n.accepted!==void 0)]}function xp(e){let n;for(let t of e)t.accepted===void 0&&(!n||vp[t.severity]>vp[n])&&(n=t.severity);return n}var Ri=(e,n)=>{let t=U(e,n);return(0,ne.isScalar)(t)&&typeof t.value=="string"&&t.value.trim()!==""?t.value:void 0};function Wv(e,n,t,r,i){if(!n?.range)return;let[o,s]=n.range,a=e.diagnostics.filter(v=>v.span.start>=o&&v.span.start<s);for(let v of a)v.feature===void 0&&i.add(v);let c=Sp(a.map(Sa)),l=(0,ne.isMap)(n)?Ri(n,"id"):void 0,u=(0,ne.isMap)(n)?U(n,"id"):void 0,p=(0,ne.isMap)(n)?U(n,"plan"):void 0,d=xp(c)??"error",h=v=>e.toRange(v?.range?{start:v.range[0],end:v.range[1]}:{start:o,end:o}),g=(0,ne.isMap)(n)?U(n,"signals"):void 0,m=(0,ne.isMap)(g)?g.items.filter(v=>(0,ne.isScalar)(v.key)&&(0,ne.isScalar)(v.value)):[],b=v=>m.find(S=>S.key.value===v)?.value?.value;return{id:l??`#${t+1}`,name:((0,ne.isMap)(n)?Ri(n,"name"):void 0)??l??`Feature #${t+1}`,category:((0,ne.isMap)(n)?Ri(n,"category"):void 0)??"Uncategorized",plan:((0,ne.isMap)(n)?Ri(n,"plan"):void 0)??"",side:null,recommendation:"unclassified",reasons:[],signals:Tn.filter(v=>b(v)===!0),answered:Tn.filter(v=>typeof b(v)=="boolean"),status:"shipped",cells:Array.from({length:r},()=>({kind:"excluded"})),findings:c,flag:d,invalid:!0,range:h(u??void 0),planRange:h(p??void 0)}}f();var te=require("node:fs"),We=$e(require("node:path"));f();function $a(e){let n=e.split(/[\\/]/).pop()??"";return/^(?:.+\.)?packaging\.ya?ml$/.test(n)}var hn=class extends Error{},$p=32<<20,Ap=/^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;function Gv(e){let n;try{n=(0,te.statSync)(e)}catch{return}if(n.isFIFO()&&!Ap.test(e))return"is a named pipe (FIFO), not a file: refused, since reading it could wait forever";if(n.isSocket())return"is a socket, not a file";if((n.isCharacterDevice()||n.isBlockDevice())&&e!=="/dev/null"&&!Ap.test(e))return"is a device, not a file"}function Aa(e){let n,t,r=Gv(e);if(r)return{ok:!1,reason:r};try{t=(0,te.openSync)(e,"r");let o=(0,te.fstatSync)(t);if(o.isDirectory())return{ok:!1,reason:"is a directory"};if(o.isFile()&&o.size>$p)return{ok:!1,reason:`too large (${Math.round(o.size/2**20)} MiB; the limit is 32 MiB)`};let s=[],a=0;for(;;){let c=Buffer.allocUnsafe(65536),l=(0,te.readSync)(t,c,0,c.length,null);if(l===0)break;if(s.push(c.subarray(0,l)),a+=l,a>$p)return{ok:!1,reason:"too large (the limit is 32 MiB)"}}n=Buffer.concat(s,a)}catch(o){let s=o;return{ok:!1,reason:s.code==="ENOENT"?"no such file":s.code==="EACCES"?"permission denied":s.code==="EISDIR"?"is a directory":s.message}}finally{t!==void 0&&(0,te.closeSync)(t)}let i=n.indexOf(0);if(i>=0)return{ok:!1,reason:`binary file, not YAML text (NUL byte at ${_p(n,i)})`};try{let o=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}).decode(n),s=o.charCodeAt(0)===65279;return s&&(o=o.slice(1)),{ok:!0,text:o,...s?{bom:s}:{}}}catch{return{ok:!1,reason:`not UTF-8 text (invalid byte at ${_p(n,Kv(n))})`}}}function _p(e,n){let t=1,r=0;for(let i=0;i<n;i++)e[i]===10&&(t++,r=i+1);return`line ${t}, column ${n-r+1}`}function Kv(e){for(let n=0;n<e.length;){let t=e[n];if(t<128){n++;continue}let r,i=128,o=191;if(t>=194&&t<=223)r=2;else if(t>=224&&t<=239)r=3,t===224?i=160:t===237&&(o=159);else if(t>=240&&t<=244)r=4,t===240?i=144:t===244&&(o=143);else return n;if(n+r>e.length)return n;let s=e[n+1];if(s<i||s>o)return n;for(let a=2;a<r;a++)if(e[n+a]>>6!==2)return n;n+=r}return e.length}var Pp=e=>/[*?[\]{}]/.test(e),Op=256;function Cp(e){let n=e.indexOf("{"),t=n<0?-1:e.indexOf("}",n);if(t<0)return[e];let r=e.slice(0,n),i=Cp(e.slice(t+1)),o=[];for(let s of e.slice(n+1,t).split(","))for(let a of i)if(o.push(r+s+a),o.length>Op)throw new hn(`${e}: the braces expand to more than ${Op} patterns`);return o}function Vv(e){let n=[];for(let t=0;t<e.length;t++){let r=e[t];r==="*"?e[t+1]==="*"?(t++,e[t+1]==="/"?(t++,n.push({kind:"**/"})):n.push({kind:"**"})):n[n.length-1]?.kind!=="*"&&n.push({kind:"*"}):r==="?"?n.push({kind:"?"}):n.push({kind:"char",c:r})}return n}function Yv(e){let n=Cp(e).map(Vv);return t=>n.some(r=>Hv(r,t))}function Hv(e,n){let t=e.length,r=new Uint8Array(t+1),i=new Uint8Array(t+1),o=s=>{for(let a=0;a<t;a++)s[a]&&e[a].kind!=="char"&&e[a].kind!=="?"&&(s[a+1]=1)};r[0]=1,o(r);for(let s=0;s<n.length;s++){let a=n[s];i.fill(0);let c=!1;for(let l=0;l<t;l++){if(!r[l])continue;let u=e[l];u.kind==="char"?u.c===a&&(i[l+1]=1):u.kind==="?"?a!=="/"&&(i[l+1]=1):u.kind==="*"?a!=="/"&&(i[l]=1):u.kind==="**"?i[l]=1:(i[l]=1,a==="/"&&(i[l+1]=1))}o(i);for(let l=0;l<=t;l++)i[l]&&(c=!0);if(!c)return!1;[r,i]=[i,r]}return r[t]===1}function zi(e,n,t=e,r=()=>{},i=new Set){let o=[],s;try{s=(0,te.realpathSync)(e)}catch{return o}if(i.has(s))return r(`${e}: a symbolic link loop (back to ${s}); not followed`),o;i.add(s);let a;try{a=(0,te.readdirSync)(e,{withFileTypes:!0})}catch{return i.delete(s),o}a.sort((c,l)=>c.name<l.name?-1:c.name>l.name?1:0);for(let c of a){let l=We.default.join(e,c.name),u=c.isDirectory(),p=c.isFile();if(c.isSymbolicLink())try{let d=(0,te.statSync)(l);u=d.isDirectory(),p=d.isFile()}catch{continue}if(u){if(c.name==="node_modules"||c.name.startsWith("."))continue;o.push(...zi(l,n,t,r,i))}else p&&n(We.default.relative(t,l).split(We.default.sep).join("/"))&&o.push(l)}return i.delete(s),o}function Tp(e,n,t=()=>{}){if(e.length===0){let i=zi(n,o=>$a(o),n,t);if(i.length===0)throw new hn("no packaging files (packaging.yaml, *.packaging.yaml \u2026) under the current directory");return Mp(i)}let r=[];for(let i of e){let o=We.default.resolve(n,i),s;try{s=(0,te.statSync)(o)}catch{s=void 0}if(s?.isDirectory()){let a=zi(o,c=>$a(c),o,t);if(a.length===0)throw new hn(`${i}: no packaging files in this directory`);r.push(...a)}else if(!s&&Pp(i)){let a=i.split(We.default.sep).join("/").replace(/^\.\//,""),c=a.split("/").findIndex(h=>Pp(h)),l=a.split("/").slice(0,c).join("/"),u=We.default.resolve(n,l||"."),p=Yv(a.split("/").slice(c).join("/")),d=zi(u,p,u,t);if(d.length===0)throw new hn(`${i}: the pattern matched no files`);r.push(...d)}else r.push(o)}return Mp(r)}function Mp(e){let n=new Set;return e.filter(t=>{let r=t;try{r=(0,te.realpathSync)(t)}catch{}return n.has(r)?!1:(n.add(r),!0)})}function _a(e,n){let t=We.default.relative(n,e);return(t&&!t.startsWith("..")?t:e).split(We.default.sep).join("/")}f();var at=(e,n)=>t=>`\x1B[${e}m${t}\x1B[${n}m`;function Pa(e){if(!e){let n=t=>t;return{red:n,yellow:n,blue:n,dim:n,bold:n,underline:n}}return{red:at(31,39),yellow:at(33,39),blue:at(34,39),dim:at(2,22),bold:at(1,22),underline:at(4,24)}}f();f();var Oa="packaging-planner",Ma="0.1.0",Ip="PACKAGING_PLANNER_DOCS_URL";function Ca(e){let n=e[Ip]?.trim();if(!n)return;let t;try{t=new URL(n)}catch{t=void 0}if(!t||t.protocol!=="https:"&&t.protocol!=="http:")throw new Xt(`${Ip} must be an http(s) address of the docs/ folder, not "${n}"`);return n.replace(/\/+$/,"")}var Xt=class extends Error{};function Li(e,n){return n?`${n}/rules/${encodeURIComponent(e)}.md`:void 0}function Di(e){return`${Oa} explain ${e}`}f();function Qt(e){let n=0,t=0,r=0,i=0;for(let o of e)o.accepted!==void 0?i++:o.severity==="error"?n++:o.severity==="warning"?t++:r++;return{errorCount:n,warningCount:t,infoCount:r,acceptedCount:i}}function lt(e){return Qt(e.flatMap(n=>n.diagnostics))}function mn(e){return{line:e.line+1,column:e.character+1}}var qi=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function er(e,n){let t=Li(e,n);return t?`[${e}](${t})`:`\`${e}\``}function Ta(e){return e?[]:[`Each rule is explained by \`${Di("RULE")}\`.`,""]}function Fi(e,n={}){let t=["## Packaging Planner",""],r=lt(e),i=r.errorCount+r.warningCount+r.infoCount,o=qi(e.length,"file"),s=r.acceptedCount?` ${r.acceptedCount} accepted (not counted).`:"";if(t.push(i===0?`\u2714 ${o} checked, no problems.${s}`:`${r.errorCount>0?"\u2716":"\u26A0"} ${qi(r.errorCount,"error")}, ${qi(r.warningCount,"warning")}, ${qi(r.infoCount,"info")} in ${o}.${s}`,""),e.length===0)return`${t.join(`
`)}
`;t.push(le(["File","Errors","Warnings","Infos","Features (free / paid)"],e.map(a=>{let c=Qt(a.diagnostics),l=a.result.features.filter(p=>p.side==="free").length,u=a.result.features.filter(p=>p.side==="paid").length;return[st(a.file),String(c.errorCount),String(c.warningCount),String(c.infoCount),`${a.result.features.length} (${l} / ${u})`]}),["l","r","r","r","r"]),""),i>0&&t.push(...Ta(n.docsUrl));for(let a of e){t.push(`### ${T(a.file)}`,"");let c=a.diagnostics.filter(u=>u.accepted===void 0),l=a.diagnostics.filter(u=>u.accepted!==void 0);c.length===0?t.push("No problems.",""):t.push(le(["Line","Severity","Rule","Message"],c.map(u=>{let p=mn(u.range.start);return[`${p.line}:${p.column}`,`${Ht[u.severity]} ${u.severity}`,er(u.rule,n.docsUrl),T(u.message)]}),["r","l","l","l"]),""),l.length&&t.push(`<details><summary>Accepted findings (${l.length})</summary>`,"",le(["Line","Rule","Reason","Finding"],l.map(u=>{let p=mn(u.range.start);return[`${p.line}:${p.column}`,er(u.rule,n.docsUrl),T(u.accepted),T(u.message)]}),["r","l","l","l"]),"","</details>",""),!a.result.syntaxError&&a.result.model&&t.push("<details><summary>Free/paid matrix</summary>","",wp(kp(a.result),{heading:"####"}),"</details>","")}return`${t.join(`
`)}
`}f();function Np(){return{cwd:process.cwd(),stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTTY:!!process.stdout.isTTY,env:process.env,...process.stdout.isTTY&&process.stdout.columns?{columns:process.stdout.columns}:{}}}var Rn={ok:0,findings:1,usage:2};f();var zn=class extends Error{};function Dp(e,n){let t=nr.default.dirname(e),r=s=>(0,Lp.execFileSync)("git",s,{cwd:t,encoding:"utf8",stdio:["ignore","pipe","pipe"],maxBuffer:64<<20}),i;try{i=r(["rev-parse","--show-toplevel"]).trim()}catch(s){let a=s;throw new zn(a.code==="ENOENT"?"git is not installed":`${e}: not inside a git repository`)}if(n.startsWith("-"))throw new zn(`--base ${n}: not a git ref`);try{r(["rev-parse","--verify","--quiet",`${n}^{commit}`])}catch{throw new zn(`--base ${n}: no such git ref (commit, branch or tag)`)}let o=nr.default.relative(i,nr.default.resolve(e)).split(nr.default.sep).join("/");try{return r(["show",`${n}:${o}`])}catch{return}}function gn(e){return e==null?"\u2014":e==="contact-sales"?"Contact sales":e===0?"Free":`$${Number.isInteger(e)?e:e.toFixed(2)}`}function Ep(e,n){return e===null?"not included":xa(e,n)}var Ia=e=>e===void 0?"":` (${e>0?"+":""}${e}%)`;function Jv(e){return e.direction==="neutral"?`no verdict: ${e.why}`:`${e.direction} the ${e.basis}: ${e.why}`}var Xv={tightened:"wall tightened",loosened:"wall loosened","wall-added":"wall added","wall-removed":"wall removed","unit-changed":"unit changed"};function Qv(e){let n=e.features.length?` (sells ${e.features.join(", ")})`:"";return e.kind==="added"?`${e.name}: added at ${gn(e.to)}${n}`:e.kind==="removed"?`${e.name}: removed (was ${gn(e.from)})${n}`:e.kind==="from-changed"?`${e.name}: sold from ${e.from} \u2192 ${e.to}`:`${e.name}: ${gn(e.from)} \u2192 ${gn(e.to)}${Ia(e.percent)}`}var Rp=e=>e===null?"no signals":e.length===0?"none true":e.join(", ");var zp=e=>e!==void 0?"unknown add-on":"unknown plan",Bi=(e,n)=>n?`add-on ${n}`:e;var ct=(e,n)=>`${e} ${n}${e===1?"":"s"}`,ek=e=>`${ct(e.errors,"error")}, ${ct(e.warnings,"warning")}, ${ct(e.infos,"info")}`;var nk=e=>e.direction==="with"?"\u2705 ":e.direction==="against"?"\u26A0\uFE0F ":"",Zi=e=>`${nk(e)}${T(Jv(e))}`;function qp(e,n,t){let r=[`## Packaging changes: ${T(n.head)}`,"",`Compared with ${st(n.base)}${e.baseMissing?" (does not exist: a new file)":""}. Head: ${ek(e.head)}.`,""];if(Ii(e))return r.push("No packaging changes.",""),`${r.join(`
`)}
`;let i=[...e.moved.map(s=>s.judgement),...e.limits.map(s=>s.verdict),...e.prices.map(s=>s.verdict),...e.addOns.map(s=>s.verdict)].filter(s=>s.direction==="against").length;(i>0||e.accepted.length>0)&&r.push(`**${ct(i,"change")} against the packaging test or the growth model**${e.accepted.length?`; ${ct(e.accepted.length,"finding")} newly accepted`:""}.`,""),e.resolvedByReclassifying.length>0&&r.push(`**${ct(e.resolvedByReclassifying.length,"finding")} resolved by reclassifying**: the feature's signals changed, not its plan or limits. Check the new answers.`,""),e.renamed.length>0&&r.push("### Plans renamed","",le(["Before","After","Place in the ladder"],e.renamed.map(s=>[T(`${s.fromName} (${s.fromId})`),T(`${s.toName} (${s.toId})`),String(s.rank+1)])),""),e.moved.length>0&&r.push("### Moved between plans","",le(["Feature","From","To","Side","Verdict"],e.moved.map(s=>[T(s.name),T(Bi(s.fromPlan,s.fromAddOn)),T(Bi(s.toPlan,s.toAddOn)),T(s.fromSide===s.toSide?`${s.toSide??"unknown"} side`:`${s.fromSide??"unknown"} \u2192 ${s.toSide??"unknown"}`),Zi(s.judgement)])),""),e.added.length+e.removed.length>0&&r.push("### Features added or removed","",le(["","Feature","Plan","Side","Recommendation"],[...e.added.map(s=>["\u2795",T(s.name),T(Bi(s.plan,s.addOn)),T(s.side??zp(s.addOn)),T(Me[s.recommendation])]),...e.removed.map(s=>["\u2796",T(s.name),T(Bi(s.plan,s.addOn)),T(s.side??zp(s.addOn)),T(Me[s.recommendation])])]),""),e.limits.length>0&&r.push("### Limits changed","",le(["Feature","Plan","Before","After","Change","Verdict"],e.limits.map(s=>[T(s.name),T(s.plan),T(Ep(s.from,s.fromUnit??s.unit)),T(Ep(s.to,s.unit)),T(`${Xv[s.kind]}${Ia(s.percent)}`),Zi(s.verdict)])),""),e.prices.length>0&&r.push("### Plans and prices","",le(["Plan","Before","After","Change","Verdict"],e.prices.map(s=>[T(s.name),T(gn(s.from)),T(gn(s.to)),T(`${s.percent!==void 0?`${s.percent>0?"+":""}${s.percent}%`:""}${s.entryFrom!==void 0||s.entryTo!==void 0?` entry ${gn(s.entryFrom)} \u2192 ${gn(s.entryTo)}${Ia(s.entryPercent)}`:""}`.trim()),Zi(s.verdict)])),""),e.addOns.length>0&&r.push("### Add-ons","",le(["Add-on","Change","Verdict"],e.addOns.map(s=>[T(s.name),T(Qv(s)),Zi(s.verdict)])),""),e.rationale.length>0&&r.push("### Rationale changed","",le(["Feature","Before","After"],e.rationale.map(s=>[T(s.name),T(s.from??"(none)"),T(s.to??"(none)")])),""),e.reclassified.length>0&&r.push("### Reclassified (signals changed)","",le(["Feature","Signals before","Signals after","Recommendation","Reasons"],e.reclassified.map(s=>[T(s.name),T(Rp(s.fromSignals)),T(Rp(s.toSignals)),T(s.fromRecommendation===s.toRecommendation?Me[s.toRecommendation]:`${Me[s.fromRecommendation]} \u2192 ${Me[s.toRecommendation]}`),T(`${s.fromReasons.join(", ")||"none"} \u2192 ${s.toReasons.join(", ")||"none"}`)])),""),e.accepted.length>0&&r.push("### Newly accepted findings","","These findings are waved through by an `accept` entry: they no longer count. Check the reasons.","",le(["Severity","Rule","Feature","Finding","Reason"],e.accepted.map(s=>[s.severity,er(s.rule,t),T(s.feature??""),T(s.message),T(s.accepted??"")])),"");let o=(s,a)=>s.map(c=>[a,`${c.severity}`,er(c.rule,t),T(c.message)]);return e.newDiagnostics.length+e.resolvedDiagnostics.length+e.resolvedByReclassifying.length>0&&r.push("### Findings","",le(["","Severity","Rule","Message"],[...o(e.newDiagnostics,"\u{1F195} new"),...o(e.resolvedDiagnostics,"\u2705 resolved"),...o(e.resolvedByReclassifying,"\u{1F3F7}\uFE0F resolved by reclassifying")]),"",...Ta(t)),`${r.join(`
`)}
`}f();f();var tk={error:"error",warning:"warning",info:"notice"};function Ln(e){return Ni(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function rk(e){return Ln(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}function ji(e,n,t){let r=Object.entries(n).map(([i,o])=>`${i}=${rk(String(o))}`).join(",");return`::${e}${r?` ${r}`:""}::${Ln(t)}`}function Ui(e){let n=[];for(let t of e)for(let r of t.diagnostics)r.accepted===void 0&&n.push(ji(tk[r.severity],{file:t.file,line:r.range.start.line+1,col:r.range.start.character+1,endLine:r.range.end.line+1,endColumn:r.range.end.character+1,title:r.rule},r.message));return n.length>0?`${n.join(`
`)}
`:""}f();function ik(e){return{files:e.map(n=>({file:n.file,...Qt(n.diagnostics),diagnostics:n.diagnostics.map(t=>({rule:t.rule,severity:t.severity,message:t.message,...t.feature!==void 0?{feature:t.feature}:{},...t.accepted!==void 0?{accepted:t.accepted}:{},range:{start:mn(t.range.start),end:mn(t.range.end)}})),features:n.result.features.map(t=>({id:t.id,plan:t.plan===""?null:t.plan,...t.addOn!==void 0?{addOn:t.addOn}:{},side:t.side,recommendation:t.recommendation,reasons:t.reasons,...t.rationale!==void 0?{rationale:t.rationale}:{}}))}))}}function Fp(e){return`${JSON.stringify(ik(e),null,2)}
`}f();var Wp=require("node:crypto");f();var Na=require("node:fs"),Wi=$e(require("node:path")),tr;function ok(){return tr||(typeof w<"u"?tr=w:typeof __ASSETS_FILE__<"u"&&(tr=JSON.parse((0,Na.readFileSync)(Wi.default.join(__dirname,__ASSETS_FILE__),"utf8"))),tr)}var sk=()=>Wi.default.resolve(__dirname,"..","..");function ak(e){try{return(0,Na.readFileSync)(e,"utf8")}catch{return}}function Bp(e){if(!/^[a-z][a-z0-9-]*$/.test(e))return;let n=ok();return n?Object.hasOwn(n.docs,e)?n.docs[e]:void 0:ak(Wi.default.join(sk(),"docs","rules",`${e}.md`))}f();function Zp(e,n){let t=e.replace(/\r\n?/g,`
`).split(`
`),r=t.findIndex(a=>a.trim()===`## ${n}`);if(r<0)return[];let i=[],o=[],s=!1;for(let a of t.slice(r+1)){if(!s&&a.startsWith("## "))break;a.startsWith("```")&&(s=!s),!s&&a.trim()===""?(o.length&&i.push(o.join(`
`)),o=[]):o.push(a)}return o.length&&i.push(o.join(`
`)),i}function lk(e){return e.replace(/\s*\n\s*/g," ").replace(/`([^`]*)`/g,"$1").replace(/\*\*([^*]+)\*\*/g,"$1").replace(/\[([^\]]+)\]\([^)]*\)/g,"$1").trim()}function jp(e){let n=Zp(e,"What it checks").filter(i=>!/^Anchor:/.test(i)),t=Zp(e,"Why").slice(0,1),r=[...n,...t].filter(i=>!i.startsWith("```"));if(r.length!==0)return{text:r.map(lk).join(`

`),markdown:r.map(i=>i.replace(/\s*\n\s*/g," ").trim()).join(`

`)}}var ck="https://json.schemastore.org/sarif-2.1.0.json",Up={error:"error",warning:"warning",info:"note"},uk=e=>e.split("-").map(n=>n.charAt(0).toUpperCase()+n.slice(1)).join("");function dk(e){let n=t=>t.split("/").map(encodeURIComponent).join("/");return/^[A-Za-z]:[\\/]/.test(e)?{uri:`file:///${n(e.replace(/\\/g,"/"))}`}:e.startsWith("/")?{uri:`file://${n(e)}`}:{uri:n(e),uriBaseId:"%SRCROOT%"}}function fk(e,n={}){let t=new Map(ot.map((o,s)=>[o.id,s])),r=ot.map(o=>{let s=Bp(o.id),a=s?jp(s):void 0,c=Li(o.id,n.docsUrl);return{id:o.id,name:uk(o.id),shortDescription:{text:o.description},fullDescription:a??{text:o.description},help:s?{text:s,markdown:s}:{text:`${o.description}

Run \`${Di(o.id)}\` for the rule's page.`},...c?{helpUri:c}:{},defaultConfiguration:{level:Up[o.severity]},properties:{tags:["packaging",o.category],precision:"very-high"}}}),i=e.flatMap(o=>{let s=new Map;return o.diagnostics.map(a=>{let c=t.get(a.rule),l=[o.file,a.rule,a.feature??"",a.message].join("\0"),u=(s.get(l)??0)+1;s.set(l,u);let p=`${(0,Wp.createHash)("sha256").update(l).digest("hex").slice(0,32)}:${u}`;return{ruleId:a.rule,...c!==void 0?{ruleIndex:c}:{},level:Up[a.severity],message:{text:a.message},locations:[{physicalLocation:{artifactLocation:dk(o.file),region:{startLine:a.range.start.line+1,startColumn:a.range.start.character+1,endLine:a.range.end.line+1,endColumn:a.range.end.character+1}}}],partialFingerprints:{"packagingPlanner/v1":p},...a.accepted!==void 0?{suppressions:[{kind:"inSource",justification:a.accepted}]}:{},...a.feature!==void 0?{properties:{feature:a.feature}}:{}}})});return{$schema:ck,version:"2.1.0",runs:[{tool:{driver:{name:Oa,version:Ma,semanticVersion:Ma,...n.docsUrl?{informationUri:n.docsUrl}:{},rules:r}},columnKind:"utf16CodeUnits",results:i}]}}function Gi(e,n={}){return`${JSON.stringify(fk(e,n),null,2)}
`}f();var rr=(e,n)=>`${e} ${n}${e===1?"":"s"}`;function Gp(e,n){let t=Pa(n.color);if(e.length===0)return"";let r=[];for(let l of e){let u=n.showAccepted?l.diagnostics:l.diagnostics.filter(h=>h.accepted===void 0);if(u.length===0)continue;r.push(t.underline(Jt(l.file)));let p=u.map(h=>{let g=mn(h.range.start);return{pos:`${g.line}:${g.column}`,d:h}}),d=Math.max(...p.map(h=>h.pos.length));for(let{pos:h,d:g}of p){let m=g.accepted!==void 0?t.dim("accepted"):g.severity==="error"?t.red("error  "):g.severity==="warning"?t.yellow("warning"):t.blue("info   "),b=g.accepted!==void 0?` ${t.dim(`(accepted: ${Jt(g.accepted.replace(/\s*\n\s*/g," "))})`)}`:"";r.push(`  ${t.dim(h.padEnd(d))}  ${m}  ${Jt(g.message.replace(/\s*\n\s*/g," "))}${b}  ${t.dim(g.rule)}`)}r.push("")}let i=lt(e),o=i.errorCount+i.warningCount+i.infoCount,s=rr(e.length,"file"),a=i.acceptedCount?`; ${i.acceptedCount} accepted${n.showAccepted?"":" (--show-accepted lists them)"}`:"";if(o===0){let l=`${t.bold(`\u2714 ${s} checked, no problems`)}${a?t.dim(a):""}
`;return r.length?`${r.join(`
`)}
${l}`:l}let c=`\u2716 ${rr(o,"problem")} (${rr(i.errorCount,"error")}, ${rr(i.warningCount,"warning")}, ${rr(i.infoCount,"info")}) in ${s}${a}`;return r.push(i.errorCount>0?t.red(t.bold(c)):t.yellow(t.bold(c))),`${r.join(`
`)}
`}var Ki={stylish:Gp,json:Fp,sarif:Gi,github:Ui,markdown:Fi};function Dn(e,n){return(e[`INPUT_${n.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function ir(e,n){return e.stdout(`::error title=packaging-planner::${Ln(n)}
`),{exitCode:Rn.usage,errors:0,warnings:0,infos:0}}function Kp(e){let n=e.env,t=n.GITHUB_WORKSPACE&&qn.default.isAbsolute(n.GITHUB_WORKSPACE)?n.GITHUB_WORKSPACE:e.cwd,r=Dn(n,"paths").split(/\r?\n/).flatMap(x=>x.trim().split(/\s+/)).filter(Boolean),i=Dn(n,"format")||"stylish";if(!(i in Ki))return ir(e,`input format: unknown "${i}"; use one of ${Object.keys(Ki).join(", ")}`);let o=Dn(n,"max-warnings"),s;try{s=bp(o)}catch(x){return ir(e,`input max-warnings: ${x.message.replace(/^--max-warnings takes/,"takes")}`)}let a=Dn(n,"sarif"),c=Dn(n,"annotate")!=="false",l=Dn(n,"diff-base"),u=Dn(n,"diff-file")||"packaging-diff.md",p;try{p=Ca(n)}catch(x){if(x instanceof Xt)return ir(e,x.message);throw x}let d;try{d=Tp(r,t,x=>e.stdout(`${ji("warning",{title:"packaging-planner"},x)}
`))}catch(x){if(x instanceof hn)return ir(e,x.message);throw x}let h=[],g=!1;for(let x of d){let O=_a(x,t),C=Aa(x);if(!C.ok){e.stdout(`${ji("error",{file:O,title:"packaging-planner"},`${O}: ${C.reason}`)}
`),g=!0;continue}let k=Mi(C.text);h.push({file:O,text:C.text,result:k,diagnostics:k.diagnostics})}if(e.stdout(Ki[i](h,{color:!1,docsUrl:p})),c&&i!=="github"&&e.stdout(Ui(h)),n.GITHUB_STEP_SUMMARY&&(0,ze.appendFileSync)(n.GITHUB_STEP_SUMMARY,Fi(h,{docsUrl:p})),a){let x=qn.default.resolve(t,a);(0,ze.mkdirSync)(qn.default.dirname(x),{recursive:!0}),(0,ze.writeFileSync)(x,Gi(h,{docsUrl:p}))}let m="";if(l){let x=[];try{for(let C of h){let k=Dp(qn.default.resolve(t,C.file),l),$=ba(k===void 0?void 0:Mi(k),C.result);Ii($)||x.push(qp($,{base:`${l}:${C.file}`,head:C.file},p))}}catch(C){if(C instanceof zn)return ir(e,`input diff-base: ${C.message}`);throw C}let O=x.length>0?x.join(`
`):`## Packaging changes

No packaging changes since ${st(l)}.
`;m=qn.default.resolve(t,u),(0,ze.mkdirSync)(qn.default.dirname(m),{recursive:!0}),(0,ze.writeFileSync)(m,O),n.GITHUB_STEP_SUMMARY&&(0,ze.appendFileSync)(n.GITHUB_STEP_SUMMARY,`
${O}`)}let{errorCount:b,warningCount:v,infoCount:S}=lt(h);n.GITHUB_OUTPUT&&(0,ze.appendFileSync)(n.GITHUB_OUTPUT,`errors=${b}
warnings=${v}
infos=${S}
files=${h.length}
${a?`sarif=${a}
`:""}${m?`diff=${u}
`:""}`);let A=Rn.ok;return g?A=Rn.usage:b>0?A=Rn.findings:s>=0&&v>s&&(e.stdout(`::error title=packaging-planner::${Ln(`${v} warning${v===1?"":"s"}, more than max-warnings ${s}`)}
`),A=Rn.findings),{exitCode:A,errors:b,warnings:v,infos:S}}try{process.exitCode=Kp(Np()).exitCode}catch(e){process.stdout.write(`::error title=packaging-planner::${Ln(`internal error: ${e?.message??String(e)}`)}
`),process.exitCode=2}
