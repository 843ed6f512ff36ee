// The capability taxonomy: features that recur across SaaS packaging, how to recognise them, and the
// packaging test's usual answer for each (spec section 3) with the reason in plain words.
// Order matters: the first capability whose phrase matches wins, so specific ones come before generic
// ones ("password protected link" is a sharing control before "password" is basic security).

import { SIGNALS, type Signal } from '../../types';

/** The format's signal names (spec section 3, revision 2), in the order reasons are listed. */
export const SIGNAL_NAMES = SIGNALS;
export type SignalName = Signal;

export interface Capability {
  id: string;
  name: string;
  /**
   * Phrases recognised as whole words in a feature's id or name, and then in its description. Written in
   * the normalised form `normalise()` produces: lower case, camelCase and punctuation split into words,
   * a plural `s` dropped.
   */
  phrases: string[];
  /** Phrases that count only when they are the whole name (after filler words): "Notes", "Unlimited tasks". */
  wholeName?: string[];
  /**
   * Pricing2Yaml types (or the categories the importer makes of them) the feature must have when it has
   * one: "support" in a Guarantees row is a language, not a help desk.
   */
  types?: string[];
  /** The true signals and why; signals left out are false. Empty: nothing argues for a side (`either`). */
  signals: Partial<Record<SignalName, string>>;
  /**
   * No suggestion for this capability: the usual answer depends too much on the product (measured on the
   * labelled set). It still gets a market figure.
   */
  noSuggestion?: true;
}

const ENFORCED = 'an enforced control: it restricts who can join or do what, which slows the spread';
const ADMIN_AT_SCALE = 'needed once many people share the account: admin at scale';
const METERED = 'use is metered and grows with the work the customer puts through it';

export const CAPABILITIES: readonly Capability[] = [
  {
    id: 'single-sign-on',
    name: 'Single sign-on',
    phrases: ['single sign on', 'sign on', 'sso', 'saml', 'identity provider', 'enterprise login'],
    signals: {
      friction: 'sign-in goes through the company’s identity provider: IT decides who gets in',
      expansion: ADMIN_AT_SCALE,
    },
  },
  {
    id: 'provisioning',
    name: 'User provisioning (SCIM)',
    phrases: [
      'scim',
      'provisioning',
      'deprovisioning',
      'directory sync',
      'active directory',
      'ldap',
      'deactivate account',
      'deactivate',
      'user lifecycle',
    ],
    signals: { friction: ENFORCED, expansion: ADMIN_AT_SCALE },
  },
  {
    id: 'audit-log',
    name: 'Audit log',
    phrases: ['audit', 'activity log', 'activity tracking', 'user activity', 'access log', 'event log'],
    signals: { expansion: 'an audit trail matters once many people work in the account' },
  },
  {
    id: 'security-controls',
    name: 'Advanced security controls',
    phrases: [
      'dlp',
      'data loss',
      'ip',
      'ip allowlist',
      'device management',
      'endpoint',
      'mobility',
      'emm',
      'mdm',
      'threat',
      'ddos',
      'bot protection',
      'password protected',
      'suspicious',
      'retention policy',
      'legal hold',
      'ediscovery',
      'watermark',
      'restricted',
      'restriction',
      'restricted shared',
      'restricted sharing',
      'sharing control',
      'encryption key',
      'byok',
      'session control',
      'advanced security',
      'enterprise security',
      'security center',
    ],
    signals: {
      friction: ENFORCED,
      expansion: 'an enterprise-scale need: the larger the account, the more is at risk',
    },
  },
  {
    id: 'data-residency',
    name: 'Data residency',
    phrases: [
      'data residency',
      'data residence',
      'data region',
      'data location',
      'zone',
      'region',
      'on premise',
      'self hosted',
    ],
    signals: { expansion: 'choosing where data lives is a need of larger, regulated customers' },
  },
  {
    id: 'compliance',
    name: 'Compliance (SOC 2, HIPAA, GDPR)',
    phrases: [
      'soc 2',
      'soc2',
      'soc2 type ii',
      'hipaa',
      'gdpr',
      'iso 27001',
      'compliance',
      'compliant',
      'fedramp',
      'pci',
    ],
    signals: { expansion: 'compliance is what regulated, larger customers must show' },
  },
  {
    id: 'sla',
    name: 'Uptime SLA',
    phrases: ['sla', 'uptime', 'service level', 'business continuity', 'disaster recovery'],
    signals: { expansion: 'a guarantee matters more as more of the business runs on the product' },
  },
  {
    id: 'guests',
    name: 'Guests and external collaborators',
    phrases: ['guest', 'external', 'non github user', 'outside collaborator', 'client portal'],
    signals: { virality: 'guests are people outside the account: each one meets the product' },
  },
  {
    id: 'roles-permissions',
    name: 'Roles and permissions',
    phrases: [
      'role',
      'permission',
      'access control',
      'rbac',
      'access level',
      'observer',
      'element locking',
      'creation control',
    ],
    signals: { friction: ENFORCED, expansion: ADMIN_AT_SCALE },
  },
  {
    id: 'admin-console',
    name: 'Central administration',
    phrases: [
      'admin',
      'administration',
      'user management',
      'centralized',
      'centralised',
      'domain claiming',
      'claim domain',
      'domain verification',
      'domain capture',
      'user group',
      'governance',
      'certify',
    ],
    signals: { expansion: ADMIN_AT_SCALE },
  },
  {
    id: 'approvals',
    name: 'Approval workflows',
    phrases: ['approval', 'approve', 'sign off'],
    signals: { friction: 'an approval step slows work moving between people' },
  },
  {
    id: 'premium-compute',
    name: 'Bigger or faster machines',
    phrases: [
      'gpu',
      'vm',
      'xlarge',
      'macos',
      'resource class',
      'compile',
      'fast',
      'server',
      'cpu',
      'ram',
      'runner',
      'concurrency',
      'parallel',
    ],
    signals: { expansion: 'heavier workloads need more machine: use grows with the value the customer gets' },
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
      'meeting',
      'product',
      'guide',
      'tracking',
    ],
    signals: {
      universality: 'it is what the product is: every user needs it',
      ahaMoment: 'first value comes from making the first one',
    },
  },
  {
    id: 'private-content',
    name: 'Private content',
    phrases: ['private', 'privacy', 'visibility', 'visible'],
    signals: { friction: 'a privacy wall keeps work from reaching other people' },
  },
  {
    id: 'version-history',
    name: 'Version history',
    phrases: [
      'version',
      'history',
      'revision',
      'archive',
      'archived',
      'backup',
      'restore',
      'snapshot',
      'undo',
      'message access',
    ],
    signals: {
      expansion: 'history grows with the work kept: the longer they use it, the further back they want to go',
    },
  },
  {
    id: 'storage',
    name: 'Storage',
    phrases: ['storage', 'gb', 'tb', 'upload', 'file size', 'attachment', 'disk'],
    signals: {
      universality: 'every user stores something from day one',
      expansion: 'the need grows with what they keep',
    }, // what is stored decides it: the files themselves (free, walled) or recordings and uploads (paid)
    noSuggestion: true,
  },
  {
    id: 'seats',
    name: 'Seats and members',
    phrases: [
      'user',
      'seat',
      'member',
      'team member',
      'people',
      'collaborator',
      'editor seat',
      'staff account',
      'invite',
      'user count',
      'viewer',
    ],
    signals: {
      virality: 'inviting teammates brings new people into the product',
      expansion: 'seats grow with the team that gets value from it',
    },
  },
  {
    id: 'realtime-collaboration',
    name: 'Real-time collaboration',
    phrases: [
      'real time collaboration',
      'multiplayer',
      'collaborative',
      'collaboration',
      'co editing',
      'coediting',
      'live collaboration',
    ],
    signals: {
      virality: 'working together brings the others into the product',
      ahaMoment: 'seeing others edit live is when a team product clicks',
    },
  },
  {
    id: 'sharing',
    name: 'Sharing links',
    phrases: [
      'share',
      'sharing',
      'shared link',
      'shared channel',
      'shared folder',
      'shared workspace',
      'file request',
      'file transfer',
    ],
    signals: { virality: 'a sharing link reaches people outside the account' },
  },
  {
    id: 'public-pages',
    name: 'Public pages and embeds',
    phrases: [
      'public',
      'publish to',
      'website',
      'site',
      'embed',
      'widget',
      'seo',
      'portfolio',
      'landing page',
      'showcase',
    ],
    signals: { virality: 'public output is seen by people who are not users yet: it brings the next user' },
  },
  {
    id: 'forms',
    name: 'Forms and surveys',
    phrases: ['form', 'survey', 'questionnaire', 'poll'],
    signals: { virality: 'a form collects answers from people outside the account' },
  },
  {
    id: 'comments',
    name: 'Comments and mentions',
    phrases: ['comment', 'mention', 'annotation', 'reaction'],
    signals: { habitLoop: 'a reply or a mention pulls people back into the product' },
  },
  {
    id: 'notifications',
    name: 'Notifications and alerts',
    phrases: ['notification', 'reminder', 'alert', 'digest', 'push notification'],
    signals: { habitLoop: 'a notification brings the user back' },
  },
  {
    id: 'ai-assistant',
    name: 'AI assistant',
    phrases: [
      'ai',
      'artificial intelligence',
      'copilot',
      'co pilot',
      'assistant',
      'gpt',
      'generative',
      'intelligence',
      'einstein',
      'machine learning',
      'ml',
      'postbot',
      'chatbot',
      'translator',
      'translation',
      'autotag',
      'auto tag',
    ],
    signals: { expansion: `each use costs compute; ${METERED}` },
  },
  {
    id: 'chat-integration',
    name: 'Chat integration (Slack, Teams)',
    phrases: ['slack', 'microsoft team', 'ms team', 'discord'],
    signals: { habitLoop: 'updates posted where the team already talks bring people back' },
  },
  {
    id: 'crm-integration',
    name: 'CRM integration',
    phrases: ['salesforce', 'sales force', 'hubspot', 'crm', 'pipedrive', 'zoho'],
    signals: { expansion: 'CRM ties matter to sales teams as they grow' },
  },
  {
    id: 'webhooks',
    name: 'Webhooks',
    phrases: ['webhook'],
    signals: { expansion: METERED },
  },
  {
    id: 'api-access',
    name: 'API access',
    phrases: ['api', 'rest api', 'graphql', 'sdk', 'programmatic', 'api call'],
    signals: { expansion: 'programmatic use grows with what the customer builds on the product' },
  },
  {
    id: 'automation',
    name: 'Automation and workflows',
    phrases: ['automation', 'automate', 'automated', 'automating', 'workflow', 'rule', 'recipe', 'trigger'],
    signals: { expansion: 'runs grow with how much work moves into the product' },
  },
  {
    id: 'analytics',
    name: 'Analytics and reporting',
    phrases: [
      'analytic',
      'report',
      'reporting',
      'insight',
      'dashboard',
      'metric',
      'statistic',
      'velocity',
      'correlation',
    ],
    signals: { expansion: 'reporting matters as the volume and the team grow: managers pay for the view' },
  },
  {
    id: 'templates',
    name: 'Templates',
    phrases: ['template', 'starter', 'ready to use', 'preset'],
    signals: { ahaMoment: 'a ready-made start gets a new user to first value faster' },
  },
  {
    id: 'export',
    name: 'Export and download',
    phrases: ['export', 'download', 'csv', 'pdf', 'print'],
    signals: {},
  },
  {
    id: 'search',
    name: 'Search',
    phrases: ['search', 'searchable'],
    signals: { universality: 'everyone needs to find their own work' }, // basic search is universal, search across tools or history is sold as the account grows
    noSuggestion: true,
  },
  {
    id: 'mobile-app',
    name: 'Mobile app',
    phrases: ['mobile', 'ios', 'android', 'iphone', 'ipad'],
    signals: {
      universality: 'nearly every user has a phone',
      habitLoop: 'the app on the phone brings users back',
    },
  },
  {
    id: 'desktop-app',
    name: 'Desktop app',
    phrases: ['desktop', 'mac', 'window', 'linux', 'browser extension'],
    signals: { universality: 'a desktop app serves nearly every user' },
  },
  {
    id: 'priority-support',
    name: 'Priority support',
    phrases: [
      'priority support',
      'premium support',
      'priority',
      'dedicated',
      '24 7',
      'phone support',
      'customer success',
      'success manager',
      'account manager',
      'technical account',
    ],
    signals: { expansion: 'faster help matters more as more of the business depends on the product' },
  },
  {
    id: 'self-help',
    name: 'Self-serve help',
    phrases: [
      'community',
      'help center',
      'forum',
      'tutorial',
      'knowledge base',
      'documentation',
      'academy',
      'troubleshooting',
    ],
    signals: { universality: 'self-serve help serves every user at no cost per user' },
  },
  {
    id: 'standard-support',
    name: 'Standard support',
    phrases: ['support', 'email support', 'chat support', 'ticket', 'help desk'],
    types: ['SUPPORT', 'Support'],
    signals: {},
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
      'encryption',
      'spam',
      'password',
      'passcode',
      'security',
      'otp',
    ],
    signals: { universality: 'every user needs their account safe: hygiene, not a tier' },
  },
  {
    id: 'branding',
    name: 'Branding removal and custom branding',
    phrases: ['branding', 'white label', 'whitelabel', 'remove logo', 'powered by', 'custom logo'],
    signals: {
      friction: 'the product’s own mark on shared output advertises it; removing it cuts that spread',
    },
  },
  {
    id: 'custom-domain',
    name: 'Custom domain',
    phrases: ['custom domain', 'own domain', 'domain name', 'connect domain', 'custom url', 'vanity url'],
    signals: {
      friction: 'the product’s address on published work advertises it; an own domain removes that',
    },
  },
  {
    id: 'payments',
    name: 'Payments and transaction fees',
    phrases: ['payment', 'stripe', 'paypal', 'transaction fee', 'checkout', 'invoicing'],
    types: ['PAYMENT', 'Payment', 'DOMAIN', 'Core', 'INTEGRATION', 'Integrations'],
    signals: { expansion: 'it grows with the customer’s own sales' },
  },
  {
    id: 'usage-quota',
    name: 'Usage quota of the main action',
    phrases: ['credit', 'quota', 'bandwidth', 'build minute', 'monthly active', 'email send'],
    wholeName: [
      'contact',
      'subscriber',
      'credit',
      'minute',
      'build',
      'channel',
      'data source',
      'run',
      'send',
      'network',
    ],
    signals: {
      ahaMoment: 'a first small amount is how a new user reaches first value',
      expansion: 'the amount grows with the value the customer gets',
    },
  },
  {
    id: 'integrations',
    name: 'Integrations',
    phrases: [
      'integration',
      'integrate',
      'app',
      'power up',
      'plugin',
      'zapier',
      'ifttt',
      'iftt',
      'google drive',
      'dropbox',
      'google',
      'connector',
      'marketplace',
      'sync',
      'git',
      'zotero',
      'unsplash',
      'lti',
    ],
    signals: {},
  },
];

/** Pricing2Yaml `type`s (and the importer's categories) that fall back to a capability when no phrase matched. */
export const TYPE_FALLBACK: Record<string, string> = {
  INTEGRATION: 'integrations',
  Integrations: 'integrations',
  SUPPORT: 'standard-support',
  Support: 'standard-support',
  PAYMENT: 'payments',
  Payment: 'payments',
};

export const CAPABILITY_BY_ID: ReadonlyMap<string, Capability> = new Map(CAPABILITIES.map((c) => [c.id, c]));
