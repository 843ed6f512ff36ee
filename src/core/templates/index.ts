// Starting files for `packaging-planner init` and "Packaging: New Packaging File": one per archetype,
// each with a growth block, a ladder and typical features classified with the reason in a comment.
// Every template passes `check` with no finding (test/unit/templates.test.ts).

export interface Template {
  name: string;
  title: string;
  description: string;
  text: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    name: 'collaboration',
    title: 'Collaboration tool',
    description: 'whiteboards, docs, project boards: teams adopt it bottom-up',
    text: `# Template: a collaboration tool (whiteboards, docs, project boards).
# Teams adopt it bottom-up: one person starts, invites the team, the team invites guests.
# The free plan must carry the spread (sharing, guests, live editing) and the habit
# (comments, notifications); the walls sit on what grows with the team's value
# (boards, history, storage), and enterprise controls are paid.
# Replace the names, prices and limits with yours; keep the reasons honest.
# Check it:  npx packaging-planner check packaging.yaml
version: 1
product:
  name: Your collaboration tool

growth:
  acquisition: product-led      # people find it through a shared board, not an ad
  retention: product-led        # comments and notifications bring them back
  monetization: self-serve      # teams upgrade by card; Enterprise goes through sales
  relationship: one-to-many     # collaboration is the point
  freeOffer: freemium
  freemiumGoals:
    - indirect-monetization     # free users share boards with people who will pay
    - poc                       # a team proves it on a real project before buying

plans:
  - id: free
    name: Free
    price: 0
  - id: team
    name: Team
    price: 8
    per: seat
    period: month
  - id: business
    name: Business
    price: 16
    per: seat
    period: month
  - id: enterprise
    name: Enterprise
    price: contact-sales

features:
  # --- The core: free, because it is what every user needs to reach first value
  - id: boards
    name: Boards
    category: Core
    plan: free
    unit: boards
    limits:
      free: 3                   # the wall a growing team hits: Team lifts it
    signals:
      universality: true        # every user needs a board
      ahaMoment: true           # first value is the first board filled in
      expansion: true           # more boards as more of the team's work moves in
  - id: templates
    name: Templates
    category: Core
    plan: free
    signals:
      ahaMoment: true           # a ready-made start gets a new user to first value faster

  # --- The spread: free, because every share brings the next user
  - id: share-links
    name: Share links
    category: Collaboration
    plan: free
    signals:
      virality: true            # a sharing link reaches people outside the account
  - id: guests
    name: Guests
    category: Collaboration
    plan: free
    unit: guests per board
    limits:
      free: 10                  # enough to work with a client; never 0 or 1 (viral-wall)
    signals:
      virality: true            # guests are people outside the account: each one meets the product
  - id: live-editing
    name: Real-time collaboration
    category: Collaboration
    plan: free
    signals:
      virality: true            # working together brings the others into the product
      ahaMoment: true           # seeing others edit live is when a team product clicks

  # --- The habit: free, because it brings people back
  - id: comments
    name: Comments and mentions
    category: Collaboration
    plan: free
    signals:
      habitLoop: true           # a reply or a mention pulls people back
  - id: notifications
    name: Notifications
    category: Collaboration
    plan: free
    signals:
      habitLoop: true           # a notification brings the user back

  # --- What grows with the value: a free taste, paid as the team grows
  - id: version-history
    name: Version history
    category: Core
    plan: free
    unit: days
    limits:
      free: 7
      team: 90                  # Business and Enterprise: unlimited
    signals:
      expansion: true           # the longer they use it, the further back they want to go
  - id: storage
    name: Storage
    category: Core
    plan: free
    unit: GB
    limits:
      free: 1
      team: 100
    signals:
      universality: true        # every user stores something from day one
      expansion: true           # the need grows with what they keep
  - id: integrations
    name: Integrations
    category: Integrations
    plan: free
    signals: {}                 # nothing argues for a side: placed on free to fit in the team's tools
  - id: analytics
    name: Team analytics
    category: Insights
    plan: business
    signals:
      expansion: true           # reporting matters as the team grows: managers pay for the view

  # --- Control: paid, because enforcing it slows the spread and only large accounts need it
  - id: roles-permissions
    name: Roles and permissions
    category: Admin
    plan: business
    signals:
      friction: true            # restricting who can do what slows the spread
      expansion: true           # needed once many people share the account
  - id: sso
    name: Single sign-on (SAML)
    category: Admin
    plan: enterprise
    signals:
      friction: true            # IT decides who gets in
      expansion: true
  - id: audit-log
    name: Audit log
    category: Admin
    plan: enterprise
    signals:
      expansion: true           # an audit trail matters once many people work in the account
`,
  },
  {
    name: 'developer-platform',
    title: 'Developer platform / API',
    description: 'a free key and a first call; walls on production volume',
    text: `# Template: a developer platform / API (payments, messaging, search, hosting APIs).
# A developer signs up, gets a key and makes a first call in minutes: the free tier is
# for building and testing, and the walls sit on production volume. Teams and
# enterprise controls come later, when the integration carries real traffic.
# Replace the names, prices and limits with yours; keep the reasons honest.
# Check it:  npx packaging-planner check packaging.yaml
version: 1
product:
  name: Your API

growth:
  acquisition: product-led      # docs, a free key, a first call
  retention: product-led        # once integrated, usage keeps it
  monetization: self-serve
  relationship: one-to-many     # a developer brings the team once it goes to production
  freeOffer: freemium
  freemiumGoals:
    - poc                       # prove the integration on free, pay for production
    - product-discovery         # what people build on free shapes the roadmap

plans:
  - id: hobby
    name: Hobby
    price: 0
  - id: pro
    name: Pro
    price: 25
    per: account
    period: month
  - id: scale
    name: Scale
    price: 99
    per: account
    period: month
  - id: enterprise
    name: Enterprise
    price: contact-sales

features:
  # --- First value: the first successful call
  - id: api-requests
    name: API requests
    category: Usage
    plan: hobby
    unit: thousand requests per month
    limits:
      hobby: 10                 # enough to build and test, not to run production
      pro: 1000
      scale: 10000              # Enterprise: unlimited
    signals:
      ahaMoment: true           # the first successful call is first value
      expansion: true           # volume grows with the value the customer gets
  - id: sdks
    name: SDKs and client libraries
    category: Developer
    plan: hobby
    signals:
      universality: true        # every developer needs one in their language
      ahaMoment: true           # they shorten the way to the first call
  - id: api-docs
    name: Docs and API reference
    category: Developer
    plan: hobby
    signals:
      universality: true        # self-serve help serves every user at no cost per user
  - id: public-status
    name: Public showcase page
    category: Developer
    plan: hobby
    signals:
      virality: true            # public output is seen by people who are not users yet
  - id: usage-alerts
    name: Usage alerts
    category: Developer
    plan: hobby
    signals:
      habitLoop: true           # an alert brings the developer back to the dashboard

  # --- Production: grows with the value, paid
  - id: webhooks
    name: Webhooks
    category: Developer
    plan: pro
    signals:
      expansion: true           # event volume grows with the integration's traffic
  - id: team-members
    name: Team members
    category: Team
    plan: hobby
    unit: members
    limits:
      hobby: 2                  # a second developer can join: never 0 or 1 (viral-wall)
      pro: 10                   # Scale and Enterprise: unlimited
    signals:
      virality: true            # inviting teammates brings new people into the product
      expansion: true           # seats grow with the team that gets value from it
  - id: analytics
    name: Usage analytics
    category: Insights
    plan: pro
    signals:
      expansion: true           # reporting matters as volume grows
  - id: log-retention
    name: Request log history
    category: Insights
    plan: hobby
    unit: days
    limits:
      hobby: 1
      pro: 7
      scale: 30                 # Enterprise: unlimited
    signals:
      expansion: true           # the longer they run, the further back they want to look
  - id: priority-support
    name: Priority support
    category: Support
    plan: scale
    signals:
      expansion: true           # faster help matters more as more of the business depends on it

  # --- Enterprise: control and guarantees
  - id: sso
    name: Single sign-on (SAML)
    category: Admin
    plan: enterprise
    signals:
      friction: true            # IT decides who gets in
      expansion: true
  - id: sla
    name: Uptime SLA
    category: Guarantees
    plan: enterprise
    signals:
      expansion: true           # a guarantee matters more as more of the business runs on it
  - id: data-residency
    name: Data residency
    category: Guarantees
    plan: enterprise
    signals:
      expansion: true           # a need of larger, regulated customers
`,
  },
  {
    name: 'creator-tool',
    title: 'Single-player creator tool',
    description: 'one creator, public output as the channel; branding removal is paid',
    text: `# Template: a single-player creator tool (design, video, writing, photo editing).
# One person makes something and shows it to the world: the output is the channel.
# Every public piece carries the product's mark and brings the next creator; the
# paid plans sell removing that mark, professional output and room to grow.
# Replace the names, prices and limits with yours; keep the reasons honest.
# Check it:  npx packaging-planner check packaging.yaml
version: 1
product:
  name: Your creator tool

growth:
  acquisition: product-led      # people see a piece made with it and try it
  retention: product-led        # templates and a growing library bring them back
  monetization: self-serve
  relationship: single-player   # one creator, one audience
  freeOffer: freemium
  freemiumGoals:
    - indirect-monetization     # free pieces shown in public bring the paying creators
    - poc                       # a creator makes a first real piece before paying

plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 12
    per: seat
    period: month

addOns:
  - id: ai
    name: AI assistant
    price: 10
    per: seat
    period: month
    from: pro

features:
  # --- Making: free, it is the product
  - id: editor
    name: Editor
    category: Create
    plan: free
    signals:
      universality: true        # every user needs it
      ahaMoment: true           # first value is the first finished piece
  - id: templates
    name: Templates
    category: Create
    plan: free
    signals:
      ahaMoment: true           # a ready-made start gets a new creator to first value faster
      habitLoop: true           # new templates each week bring creators back

  # --- Showing: free, the public output is the acquisition channel
  - id: publish-link
    name: Public link and portfolio
    category: Share
    plan: free
    signals:
      virality: true            # public output is seen by people who are not users yet
  - id: embed
    name: Embeds
    category: Share
    plan: free
    signals:
      virality: true            # an embed shows the piece, and the product, on other sites

  # --- Professional output: paid
  - id: remove-branding
    name: Remove the product's branding
    category: Share
    plan: pro
    signals:
      friction: true            # the mark on free pieces advertises the product; removing it cuts that spread
  - id: custom-domain
    name: Custom domain
    category: Share
    plan: pro
    signals:
      friction: true            # the product's address on published work advertises it
  - id: hd-export
    name: HD export
    category: Create
    plan: pro
    signals: {}                 # nothing argues for a side: professionals need it, so it is on Pro
  - id: storage
    name: Storage
    category: Create
    plan: free
    unit: GB
    limits:
      free: 5
      pro: 100
    signals:
      universality: true        # every creator stores something from day one
      expansion: true           # the library grows with the work
  - id: version-history
    name: Version history
    category: Create
    plan: free
    unit: days
    limits:
      free: 7                   # Pro: unlimited
    signals:
      expansion: true           # the longer they create, the further back they want to go

  # --- Sold on top: it costs per use
  - id: ai-assistant
    name: AI assistant
    category: Create
    addOn: ai
    signals:
      expansion: true           # each use costs compute; heavy creators get the most from it
`,
  },
  {
    name: 'marketing-tool',
    title: 'Marketing tool',
    description: 'campaigns to an own audience; walls on contacts and sends',
    text: `# Template: a marketing tool (email campaigns, social scheduling, forms, reviews).
# A small business signs up, sends a first campaign to its own list and sees the
# results. The audience it reaches sees the product's badge on every email and
# form. The walls sit on the audience size and the sends: they grow with the value.
# Replace the names, prices and limits with yours; keep the reasons honest.
# Check it:  npx packaging-planner check packaging.yaml
version: 1
product:
  name: Your marketing tool

growth:
  acquisition: marketing-led    # content, search and ads bring most sign-ups
  retention: product-led        # results after each send bring them back
  monetization: self-serve
  relationship: single-player   # usually one marketer per account
  freeOffer: freemium-and-trial
  trialDays: 14                 # the paid plans can be tried for two weeks
  freemiumGoals:
    - indirect-monetization     # every free email and form carries the badge
    - poc                       # a first campaign proves it before paying

plans:
  - id: free
    name: Free
    price: 0
  - id: essentials
    name: Essentials
    price: 15
    per: account
    period: month
  - id: standard
    name: Standard
    price: 25
    per: account
    period: month
  - id: premium
    name: Premium
    price: 350
    per: account
    period: month

features:
  # --- First value: the first campaign to their own list
  - id: contacts
    name: Contacts
    category: Audience
    plan: free
    unit: contacts
    limits:
      free: 500
      essentials: 5000
      standard: 10000
      premium: 200000
    signals:
      ahaMoment: true           # importing the list and sending to it is first value
      expansion: true           # the audience grows with the business
  - id: email-sends
    name: Email sends
    category: Campaigns
    plan: free
    unit: sends per month
    limits:
      free: 1000
      essentials: 50000
      standard: 120000          # Premium: unlimited
    signals:
      universality: true        # every user sends
      expansion: true           # sends grow with the audience
  - id: templates
    name: Email templates
    category: Campaigns
    plan: free
    signals:
      ahaMoment: true           # a ready-made email gets the first campaign out faster

  # --- The spread: what the audience sees
  - id: signup-forms
    name: Signup forms and landing pages
    category: Audience
    plan: free
    signals:
      virality: true            # a form is filled in by people outside the account, next to the badge
  - id: campaign-reports
    name: Campaign results
    category: Insights
    plan: free
    signals:
      habitLoop: true           # seeing opens and clicks brings the marketer back after each send

  # --- What grows with the value
  - id: automation
    name: Automated journeys
    category: Campaigns
    plan: standard
    signals:
      expansion: true           # runs grow with how much marketing moves into the product
  - id: ab-testing
    name: A/B testing
    category: Campaigns
    plan: standard
    signals:
      expansion: true           # experiments need volume: a need of larger senders
  - id: advanced-analytics
    name: Advanced analytics
    category: Insights
    plan: premium
    signals:
      expansion: true           # reporting matters as volume grows
  - id: seats
    name: Team members
    category: Team
    plan: free
    unit: members
    limits:
      free: 2                   # a colleague can join; never 0 or 1 (viral-wall)
      essentials: 4             # paying at least doubles the wall the team hit (weak-lift)
      standard: 5               # Premium: unlimited
    signals:
      virality: true            # inviting a colleague brings a new person into the product
      expansion: true           # seats grow with the team

  # --- Paid: the badge is the channel
  - id: remove-branding
    name: Remove the product's badge
    category: Campaigns
    plan: essentials
    signals:
      friction: true            # the badge on free emails and forms advertises the product
  - id: phone-support
    name: Phone support
    category: Support
    plan: premium
    signals:
      expansion: true           # faster help matters more as more of the business depends on it
`,
  },
  {
    name: 'sales-led-suite',
    title: 'Sales-led suite layering product-led',
    description: 'free plan and trial on top of sales; product-qualified leads',
    text: `# Template: a sales-led suite layering product-led growth (CRM, HR, finance, service desk).
# Large accounts still buy through sales, but a free plan and a trial let teams start
# on their own; the product tells sales which accounts are ready (product-qualified
# leads). The self-serve plans carry the team; the sales plan carries control,
# compliance and scale.
# Replace the names, prices and limits with yours; keep the reasons honest.
# Check it:  npx packaging-planner check packaging.yaml
version: 1
product:
  name: Your suite

growth:
  acquisition: product-led      # teams start on their own: the layer on top of sales
  retention: product-led        # daily use keeps them, not the contract
  monetization: product-led-sales  # self-serve up to Business, then sales
  relationship: one-to-many
  freeOffer: freemium-and-trial
  trialDays: 14                 # Business can be tried for two weeks
  freemiumGoals:
    - strategic-land            # a free team inside a large company is the foothold
    - poc                       # the team proves it before procurement gets involved
  qualifiedBy:                  # what makes an account worth a salesperson's call
    - team-spread               # several teams of one company on the product
    - usage-volume              # records and automations at paid-plan levels
    - feature-breadth           # they use admin and reporting, not only the core

plans:
  - id: free
    name: Free
    price: 0
  - id: team
    name: Team
    price: 12
    per: seat
    minSeats: 3                 # a team, not one person: the entry price is 36
    period: month
  - id: business
    name: Business
    price: 40
    per: seat
    period: month
  - id: enterprise
    name: Enterprise
    price: 90
    per: seat
    period: month
    salesAssisted: true         # listed, but bought through sales: the hand-raisers' plan

addOns:
  - id: ai
    name: AI assistant
    price: 20
    per: seat
    period: month
    from: business

features:
  # --- The core a team starts with
  - id: records
    name: Records
    category: Core
    plan: free
    unit: records
    limits:
      free: 1000
      team: 50000               # Business and Enterprise: unlimited
    signals:
      universality: true        # every user needs it
      ahaMoment: true           # first value is the first pipeline (or case, or payroll) filled in
      expansion: true           # records grow with the business
  - id: mobile-app
    name: Mobile app
    category: Core
    plan: free
    signals:
      universality: true        # nearly every user has a phone
      habitLoop: true           # the app on the phone brings users back
  - id: seats
    name: Users
    category: Team
    plan: free
    unit: users
    limits:
      free: 3                   # a small team can start; the Team plan lifts it
    signals:
      virality: true            # inviting teammates brings new people into the product
      expansion: true           # seats grow with the team
  - id: shared-views
    name: Shared views and dashboards
    category: Team
    plan: free
    signals:
      virality: true            # a shared view reaches colleagues who are not users yet
      habitLoop: true           # a dashboard people open every morning

  # --- What grows with the value: self-serve plans
  - id: automation
    name: Workflow automation
    category: Automation
    plan: team
    signals:
      expansion: true           # runs grow with how much work moves into the product
  - id: reporting
    name: Custom reports
    category: Insights
    plan: business
    signals:
      expansion: true           # reporting matters as the team grows: managers pay for the view
  - id: api
    name: API access
    category: Platform
    plan: business
    signals:
      expansion: true           # programmatic use grows with what the customer builds on it
  - id: ai-assistant
    name: AI assistant
    category: Automation
    addOn: ai
    signals:
      expansion: true           # each use costs compute; heavy users get the most from it

  # --- Control and guarantees: the sales plan
  - id: roles-permissions
    name: Roles and permissions
    category: Admin
    plan: business
    signals:
      friction: true            # restricting who can do what slows the spread
      expansion: true
  - id: sso
    name: Single sign-on (SAML)
    category: Admin
    plan: enterprise
    signals:
      friction: true            # IT decides who gets in
      expansion: true
  - id: scim
    name: User provisioning (SCIM)
    category: Admin
    plan: enterprise
    signals:
      friction: true
      expansion: true           # central control of who has an account, at scale
  - id: audit-log
    name: Audit log
    category: Admin
    plan: enterprise
    signals:
      expansion: true           # an audit trail matters once many people work in the account
  - id: sandbox
    name: Sandbox environments
    category: Platform
    plan: enterprise
    signals:
      expansion: true           # testing changes safely matters once the business runs on it
  - id: compliance
    name: Compliance (SOC 2, HIPAA)
    category: Guarantees
    plan: enterprise
    signals:
      expansion: true           # what regulated, larger customers must show
`,
  },
];

export function templateByName(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name);
}
