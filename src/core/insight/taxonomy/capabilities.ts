// The capability taxonomy: features that recur across SaaS packaging, how to recognise them, and which of the
// six questions of spec §3.1 the capability itself answers yes (with the question's reason). The suggester
// (../suggest-signals.ts) combines this with the feature's own evidence (variant words, unit and limits, the
// two patterns of §3.1); a capability alone never decides a question a name qualifies ("advanced", a quota).
// Order matters: the first capability whose phrase matches wins, so specific ones come before generic ones
// ("password protected link" is a sharing control before "password" is account security).
// Phrases are whole words of the normalised name (`normalise()`: lower case, camelCase and punctuation split,
// a plural `s` dropped). A bare keyword that names several things ("private", "public", "version", "mac",
// "windows", "dashboard", "integration", "app") is never a phrase on its own.

import { SIGNALS, type Signal } from '../../types';

/** The format's signal names, in the order reasons are listed. */
export const SIGNAL_NAMES = SIGNALS;
export type SignalName = Signal;

export interface Capability {
  id: string;
  name: string;
  /** phrases recognised as whole words in a feature's id or name */
  phrases: string[];
  /** phrases that count only as the whole name (after filler words): "Notes", "Unlimited tasks" */
  wholeName?: string[];
  /** Pricing2Yaml types (or the importer's categories) the feature must have when it has one */
  types?: string[];
  /** the questions this capability answers yes, with the reason in the question's terms */
  yes: Partial<Record<SignalName, string>>;
  /**
   * The spec names it among what a larger organisation needs but does not use more of, or as a plain no to
   * every question (support tiers, SLAs, audit logs, admin consoles, compliance, data residency, an integration
   * with one named system): `either`, placed by tier. The reason says why each question is no.
   */
  byTier?: string;
}

const ENFORCED = 'it enforces an admin policy on who can join, see or do what';
const PEOPLE_IN = 'people who are not users yet are brought into the product';

export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'single-sign-on',
    name: 'Single sign-on',
    phrases: ['single sign on', 'sso', 'saml', 'identity provider', 'enterprise login'],
    yes: { friction: 'sign-in goes through the company’s identity provider: IT decides who gets in' },
  },
  {
    id: 'provisioning',
    name: 'User provisioning (SCIM)',
    phrases: ['scim', 'provisioning', 'deprovisioning', 'directory sync', 'active directory', 'ldap', 'deactivate'],
    yes: { friction: 'accounts are created and removed by the company’s directory, not by users' },
  },
  {
    id: 'domain-claiming',
    name: 'Domain claiming',
    phrases: ['domain claiming', 'domain claim', 'claim domain', 'domain verification', 'domain capture'],
    yes: { friction: 'claiming the domain decides who may join and where they work' },
  },
  {
    id: 'audit-log',
    name: 'Audit log',
    phrases: ['audit', 'activity log', 'activity tracking', 'user activity', 'access log', 'event log'],
    yes: {},
    byTier: 'audit logs: a larger organisation needs them but does not use more of them (spec §3.1)',
  },
  {
    id: 'security-controls',
    name: 'Sharing and access controls',
    phrases: [
      'dlp',
      'data loss',
      'ip allowlist',
      'ip range',
      'ip restriction',
      'ip zone',
      'device management',
      'endpoint security',
      'mobility management',
      'mobility security',
      'emm',
      'mdm',
      'password protected',
      'sharing control',
      'restricted sharing',
      'restricted shared',
      'share restriction',
      'session control',
      'watermark',
      'legal hold',
      'ediscovery',
      'retention policy',
      'byok',
      'encryption key',
    ],
    yes: { friction: ENFORCED },
  },
  {
    id: 'threat-protection',
    name: 'Threat protection',
    phrases: ['threat', 'ddos', 'bot protection', 'malware'],
    yes: {},
    byTier: 'security that restricts no one and is not used more as the customer grows (spec §3.1)',
  },
  {
    id: 'data-residency',
    name: 'Data residency',
    phrases: ['data residency', 'data residence', 'data region', 'data location', 'data center', 'on premise', 'self hosted'],
    yes: {},
    byTier: 'data residency: a larger organisation needs it but does not use more of it (spec §3.1)',
  },
  {
    id: 'compliance',
    name: 'Compliance (SOC 2, HIPAA, GDPR)',
    phrases: ['soc 2', 'soc2', 'hipaa', 'gdpr', 'iso 27001', 'compliance', 'compliant', 'fedramp', 'pci'],
    yes: {},
    byTier: 'a compliance certificate or control: it restricts no one and is not used more (spec §3.1)',
  },
  {
    id: 'sla',
    name: 'Uptime SLA',
    phrases: ['sla', 'uptime', 'service level', 'business continuity', 'disaster recovery'],
    yes: {},
    byTier: 'an SLA: a larger organisation needs it but does not use more of it (spec §3.1)',
  },
  {
    id: 'priority-support',
    name: 'Support tiers',
    phrases: [
      'priority support',
      'premium support',
      'dedicated support',
      'phone support',
      'email support',
      'chat support',
      'technical support',
      '24 7 support',
      'customer success',
      'success manager',
      'account manager',
      'technical account',
      'support ticket',
    ],
    yes: {},
    byTier: 'a support tier: it restricts no one and is not used more as the customer grows (spec §3.1)',
  },
  {
    id: 'self-help',
    name: 'Self-serve help',
    phrases: ['community', 'help center', 'help centre', 'forum', 'tutorial', 'knowledge base', 'academy', 'troubleshooting'],
    types: ['SUPPORT', 'Support'],
    yes: { universality: 'self-serve help serves the solo user and the large company alike' },
  },
  {
    id: 'standard-support',
    name: 'Standard support',
    phrases: ['support'],
    types: ['SUPPORT', 'Support'],
    yes: {},
    byTier: 'a support tier: it restricts no one and is not used more as the customer grows (spec §3.1)',
  },
  {
    id: 'guests',
    name: 'Guests and external collaborators',
    phrases: [
      'guest',
      'external collaborator',
      'external user',
      'external partner',
      'outside collaborator',
      'non github user',
      'client portal',
      'invite',
    ],
    yes: { virality: `guests and invitees come from outside the account: ${PEOPLE_IN}` },
  },
  {
    id: 'approvals',
    name: 'Approval workflows',
    phrases: ['approval', 'approve', 'sign off'],
    yes: { friction: 'an approval step stops work reaching others until someone signs it off' },
  },
  {
    id: 'roles-permissions',
    name: 'Roles and permissions',
    phrases: [
      'permission',
      'access control',
      'rbac',
      'role based',
      'custom role',
      'admin role',
      'access level',
      'element locking',
      'creation control',
      'observer',
    ],
    yes: { friction: ENFORCED },
  },
  {
    id: 'admin-console',
    name: 'Central administration',
    phrases: ['admin', 'administration', 'user management', 'user group', 'centralized', 'centralised', 'governance', 'certify'],
    yes: {},
    byTier: 'an admin console: a larger organisation needs it but does not use more of it (spec §3.1)',
  },
  {
    id: 'branding',
    name: 'Branding removal and custom branding',
    phrases: ['branding', 'white label', 'whitelabel', 'remove logo', 'powered by', 'custom logo'],
    yes: { friction: 'it removes the product’s branding from what non-users see' },
  },
  {
    id: 'custom-domain',
    name: 'Custom domain',
    phrases: ['custom domain', 'own domain', 'connect domain', 'custom url', 'vanity url'],
    yes: { friction: 'an own domain removes the product’s address from what non-users see' },
  },
  {
    id: 'premium-compute',
    name: 'Bigger or faster machines',
    phrases: ['gpu', 'vm', 'xlarge', 'resource class', 'cpu', 'ram', 'runner', 'concurrency', 'parallel job'],
    yes: { expansion: 'compute minutes on bigger machines grow with the customer’s workload' },
  },
  {
    id: 'message-history',
    name: 'Message history',
    phrases: ['message history', 'messages access', 'message access', 'chat history'],
    yes: {
      universality: 'every user reads back their conversations',
      habitLoop: 'messages are the trigger that brings the team back',
      expansion: 'history kept grows with the team and can be walled',
    },
  },
  {
    id: 'version-history',
    name: 'Version history',
    phrases: ['version history', 'revision history', 'document history', 'file history', 'versioning', 'archive', 'archived'],
    yes: { expansion: 'history kept grows with the work and can be walled in days or versions' },
  },
  {
    id: 'meetings',
    name: 'Meetings, calls and live events',
    phrases: ['video call', 'voice call', 'voice meeting', 'group call', '1 to 1 meeting', 'one on one', 'live stream', 'webinar', 'calling'],
    wholeName: ['meeting', 'call', 'event'],
    yes: {
      virality: 'attendees who are not users join the meeting and see the product',
      universality: 'the solo user and the large company’s employee both meet',
    },
  },
  {
    id: 'core',
    name: 'The core object',
    phrases: [],
    wholeName: [
      'note',
      'task',
      'doc',
      'document',
      'page',
      'board',
      'card',
      'project',
      'spreadsheet',
      'design',
      'repository',
      'repo',
      'workspace',
      'tracking',
      'queue',
      'product',
    ],
    yes: {
      universality: 'it is what the product is: every user, solo or in a large company, uses it',
      ahaMoment: 'the core object: a new user makes the first one in the first session',
    },
  },
  {
    id: 'usage-quota',
    name: 'Usage quota of the main action',
    phrases: ['build minute', 'monthly active', 'email send'],
    wholeName: ['contact', 'subscriber', 'contact profile', 'data source', 'send'],
    yes: {
      universality: 'the main action every user takes',
      ahaMoment: 'a first small amount is how a new user reaches first value',
      expansion: 'the amount grows with the value the customer gets',
    },
  },
  {
    id: 'file-storage',
    name: 'File storage',
    phrases: [],
    wholeName: ['storage', 'cloud storage', 'file storage'],
    yes: {
      universality: 'every user, solo or in a large company, stores files',
      expansion: 'storage grows with what the customer keeps',
    },
  },
  {
    id: 'storage',
    name: 'Storage',
    phrases: ['storage', 'gb', 'tb', 'file upload', 'file size', 'disk'],
    yes: { expansion: 'storage grows with what the customer keeps' },
  },
  {
    id: 'seats',
    name: 'Seats and members',
    phrases: ['user', 'seat', 'member', 'team member', 'editor seat', 'staff account', 'user count', 'included user'],
    yes: { expansion: 'seats an admin provisions grow with the team' },
  },
  {
    id: 'realtime-collaboration',
    name: 'Real-time collaboration',
    phrases: ['real time collaboration', 'multiplayer', 'collaborative', 'co editing', 'coediting', 'live collaboration', 'collaborator'],
    yes: {
      virality: 'collaborators are pulled into the work: people who are not users yet join',
      universality: 'the solo user and the large company’s employee both work with others',
    },
  },
  {
    id: 'sharing',
    name: 'Sharing links',
    phrases: ['sharing', 'share link', 'shared link', 'sharing link', 'shared folder', 'file request', 'file transfer'],
    yes: { virality: 'a shared link reaches people outside the account' },
  },
  {
    id: 'public-pages',
    name: 'Public pages and embeds',
    phrases: [
      'public page',
      'public site',
      'public profile',
      'public link',
      'public repository',
      'public board',
      'public api',
      'publish to',
      'publish design',
      'publish site',
      'website',
      'online store',
      'embed',
      'widget',
      'seo',
      'landing page',
      'portfolio',
    ],
    yes: { virality: 'public output is seen by visitors who are not users yet' },
  },
  {
    id: 'forms',
    name: 'Forms and surveys',
    phrases: ['form', 'survey', 'questionnaire', 'poll', 'nps', 'review collection', 'feedback collection'],
    yes: { virality: 'people outside the account fill it in and see the product' },
  },
  {
    id: 'comments',
    name: 'Comments and mentions',
    phrases: ['comment', 'mention', 'annotation', 'reaction'],
    yes: {
      universality: 'everyone comments, solo or in a large company',
      habitLoop: 'a reply or a mention notifies the account’s users and brings them back',
    },
  },
  {
    id: 'notifications',
    name: 'Notifications and alerts',
    phrases: ['notification', 'reminder', 'alert', 'digest'],
    yes: { habitLoop: 'a notification brings the account’s own users back' },
  },
  {
    id: 'ai-assistant',
    name: 'AI assistant',
    phrases: [
      'ai',
      'artificial intelligence',
      'copilot',
      'co pilot',
      'gpt',
      'generative',
      'atlassian intelligence',
      'einstein',
      'machine learning',
      'chatbot',
      'translator',
      'translation',
    ],
    yes: { expansion: 'each AI use costs compute: credits grow with the work put through it' },
  },
  {
    id: 'export',
    name: 'Export and download',
    phrases: ['export', 'download', 'csv', 'print'],
    yes: {},
    byTier: 'an export: not the basic form, restricts no one, not counted (spec §3.1: exports)',
  },
  {
    id: 'chat-integration',
    name: 'Chat integration (Slack, Teams)',
    phrases: ['slack', 'microsoft team', 'ms team', 'discord'],
    yes: { habitLoop: 'updates posted where the team already talks bring its users back' },
  },
  {
    id: 'payments',
    name: 'Payments and transaction fees',
    phrases: ['payment', 'stripe', 'paypal', 'transaction fee', 'checkout'],
    types: ['PAYMENT', 'Payment', 'DOMAIN', 'Core', 'INTEGRATION', 'Integrations'],
    yes: { expansion: 'payments and their fees grow with the customer’s own sales' },
  },
  {
    id: 'webhooks',
    name: 'Webhooks',
    phrases: ['webhook'],
    yes: {},
  },
  {
    id: 'api-access',
    name: 'API access',
    phrases: ['api access', 'api call', 'api request', 'rest api', 'graphql', 'to api', 'through api', 'via api', 'programmatic'],
    wholeName: ['api'],
    yes: { expansion: 'API calls grow with what the customer builds on the product' },
  },
  {
    id: 'automation',
    name: 'Automation and workflows',
    phrases: ['automation', 'automate', 'automated', 'automating', 'workflow', 'rule', 'recipe'],
    yes: { expansion: 'automation runs grow with the work the customer moves into the product' },
  },
  {
    id: 'analytics',
    name: 'Analytics and reporting',
    phrases: ['analytic', 'report', 'reporting', 'insight', 'metric', 'statistic', 'velocity', 'correlation'],
    yes: {},
  },
  {
    id: 'integrations',
    name: 'Integration with a named system',
    phrases: [
      'google drive',
      'google workspace',
      'google',
      'gmail',
      'dropbox',
      'zapier',
      'ifttt',
      'iftt',
      'unsplash',
      'zotero',
      'git',
      'github',
      'lti',
      'tripadvisor',
      'salesforce',
      'sales force',
      'hubspot',
      'pipedrive',
      'zoho',
      'crm',
      'jira',
      'microsoft 365',
    ],
    yes: {},
    byTier: 'an integration with one named system: not the basic form, restricts no one, not counted (spec §3.1)',
  },
  {
    id: 'messaging',
    name: 'Messages and channels',
    phrases: ['message', 'messaging', 'direct message', 'channel', 'chat'],
    yes: {
      universality: 'everyone messages, solo or in a large company',
      habitLoop: 'a new message is the trigger that brings the account’s users back',
    },
  },
  {
    id: 'templates',
    name: 'Templates',
    phrases: ['template', 'starter', 'ready to use', 'preset'],
    yes: {},
  },
  {
    id: 'search',
    name: 'Search',
    phrases: ['search', 'searchable'],
    yes: { universality: 'everyone searches their own work, solo or in a large company' },
  },
  {
    id: 'mobile-app',
    name: 'Mobile app',
    phrases: ['mobile app', 'mobile access', 'app for io', 'ios app', 'android app', 'iphone', 'ipad', 'word mobile'],
    yes: { universality: 'the mobile app: the solo user and the large company’s employee both carry it' },
  },
  {
    id: 'desktop-app',
    name: 'Desktop app',
    phrases: ['desktop app', 'desktop access', 'app for mac', 'mac app', 'app for window', 'window app', 'linux app', 'browser extension'],
    yes: { universality: 'the desktop app serves the solo user and the large company alike' },
  },
  {
    id: 'basic-security',
    name: 'Basic account security',
    phrases: [
      'two factor',
      '2fa',
      'two step',
      'mfa',
      'multi factor',
      'otp',
      'password reset',
      'passcode',
      'spam filter',
      'data encryption',
      'industry leading security',
    ],
    yes: { universality: 'baseline security every account needs (spec §3.1: 2FA)' },
  },
];

/** Pricing2Yaml `type`s (and the importer's categories) that name a capability when no phrase matched. */
export const TYPE_FALLBACK: Record<string, string> = {
  SUPPORT: 'standard-support',
  Support: 'standard-support',
};

export const CAPABILITY_BY_ID: ReadonlyMap<string, Capability> = new Map(CAPABILITIES.map((c) => [c.id, c]));
