// Display names from Pricing2Yaml keys, as a person would write them: "oAuthGoogle" -> "OAuth Google",
// "customSLAs" -> "Custom SLAs", "enforce2FA" -> "Enforce 2FA", "iosApp" -> "iOS app".

/** lowercase spelling -> how it is written; matched on one word or on 2-3 adjacent key words joined. */
const WORDS: Record<string, string> = Object.assign(Object.create(null), {
  oauth: 'OAuth',
  '2fa': '2FA',
  mfa: 'MFA',
  sso: 'SSO',
  saml: 'SAML',
  scim: 'SCIM',
  ldap: 'LDAP',
  ios: 'iOS',
  ipados: 'iPadOS',
  iphone: 'iPhone',
  ipad: 'iPad',
  macos: 'macOS',
  api: 'API',
  apis: 'APIs',
  sla: 'SLA',
  slas: 'SLAs',
  ediscovery: 'eDiscovery',
  ai: 'AI',
  crm: 'CRM',
  ui: 'UI',
  ux: 'UX',
  url: 'URL',
  urls: 'URLs',
  ip: 'IP',
  cms: 'CMS',
  seo: 'SEO',
  pdf: 'PDF',
  csv: 'CSV',
  sms: 'SMS',
  mms: 'MMS',
  mp4: 'MP4',
  mp3: 'MP3',
  png: 'PNG',
  jpg: 'JPG',
  gif: 'GIF',
  svg: 'SVG',
  gpu: 'GPU',
  e911: 'E911',
  restapi: 'REST API',
  restapis: 'REST APIs',
  aes: 'AES',
  sdr: 'SDR',
  vpn: 'VPN',
  hipaa: 'HIPAA',
  gdpr: 'GDPR',
  soc: 'SOC',
  soc2: 'SOC 2',
  cdn: 'CDN',
  dns: 'DNS',
  ssl: 'SSL',
  sdk: 'SDK',
  sdks: 'SDKs',
  cli: 'CLI',
  ci: 'CI',
  cd: 'CD',
  gb: 'GB',
  tb: 'TB',
  mb: 'MB',
  byok: 'BYOK',
  ekm: 'EKM',
  dlp: 'DLP',
  iam: 'IAM',
  rbac: 'RBAC',
  json: 'JSON',
  xml: 'XML',
  html: 'HTML',
  css: 'CSS',
  http: 'HTTP',
  https: 'HTTPS',
  graphql: 'GraphQL',
  faq: 'FAQ',
  kpi: 'KPI',
  kpis: 'KPIs',
  qa: 'QA',
  hd: 'HD',
  '4k': '4K',
  vip: 'VIP',
  ivr: 'IVR',
  voip: 'VoIP',
  ocr: 'OCR',
  rss: 'RSS',
  ftp: 'FTP',
  sftp: 'SFTP',
  rtmp: 'RTMP',
  github: 'GitHub',
  gitlab: 'GitLab',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  hubspot: 'HubSpot',
  wordpress: 'WordPress',
  javascript: 'JavaScript',
  paypal: 'PayPal',
  quickbooks: 'QuickBooks',
  chatgpt: 'ChatGPT',
  openai: 'OpenAI',
  onedrive: 'OneDrive',
  sharepoint: 'SharePoint',
  powerpoint: 'PowerPoint',
  bigquery: 'BigQuery',
  devops: 'DevOps',
  salesforce: 'Salesforce',
  google: 'Google',
  microsoft: 'Microsoft',
  slack: 'Slack',
  zoom: 'Zoom',
  zapier: 'Zapier',
  jira: 'Jira',
  okta: 'Okta',
  figma: 'Figma',
  notion: 'Notion',
  dropbox: 'Dropbox',
  trello: 'Trello',
  shopify: 'Shopify',
  canva: 'Canva',
  mailchimp: 'Mailchimp',
  android: 'Android',
  windows: 'Windows',
  linux: 'Linux',
  apple: 'Apple',
  facebook: 'Facebook',
  instagram: 'Instagram',
  twitter: 'Twitter',
  pinterest: 'Pinterest',
  outlook: 'Outlook',
  gmail: 'Gmail',
  excel: 'Excel',
  twofa: '2FA',
  googledrive: 'Google Drive',
  googlecalendar: 'Google Calendar',
  googlesheets: 'Google Sheets',
  googleworkspace: 'Google Workspace',
  googleanalytics: 'Google Analytics',
  microsoftteams: 'Microsoft Teams',
  msteams: 'MS Teams',
});

/** Words of a key: camelCase humps, acronym runs (with a plural s), digit runs, "24/7". */
const WORD =
  /\d+\/\d+|\d+x\d+|[A-Z]{2,}s(?![a-z])|[A-Z]+\d+(?![a-z\d])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+[a-z]?(?![a-z])|\d+/g;

function words(key: string): string[] {
  return key.trim().match(WORD) ?? [];
}

/** Spellings that start lowercase on purpose (iOS, eDiscovery): kept at the start of a name. */
const LOWER_BRANDS = new Set(Object.values(WORDS).filter((w) => /^[a-z]/.test(w) && w !== w.toLowerCase()));
const SNAKE = /^[A-Z0-9_]+$/;
const UPPER = /[A-Z]/;
const SPACE = /\s/;
const SEPARATORS = /[_-]+/;
const ACRONYM = /^([A-Z]{2,}s?|[A-Z]+\d+)$/;

// The same keys come back many times (plan keys in every text tier, feature keys across files): a corpus run
// spent a fifth of its time here before the cache. Bounded, and long keys are not kept.
const CACHE_MAX = 20_000;
const CACHE_KEY_MAX = 200;
const cache = new Map<string, string>();

/** A display name from a key: `realTimeSupport` -> "Real time support", `BUSINESS_PLUS` -> "Business Plus". */
export function humanize(key: string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const name = compute(key);
  if (key.length <= CACHE_KEY_MAX) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, name);
  }
  return name;
}

function compute(key: string): string {
  const trimmed = key.trim();
  if (trimmed === '') return key;
  if (SPACE.test(trimmed)) return trimmed;
  const snake = SNAKE.test(trimmed) && UPPER.test(trimmed);
  const raw = snake
    ? trimmed.split('_').filter(Boolean)
    : trimmed.split(SEPARATORS).filter(Boolean).flatMap(words);
  if (raw.length === 0) return trimmed;
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    let joined = '';
    const lower: string[] = [];
    for (let n = 1; n <= Math.min(3, raw.length - i); n++) {
      joined += raw[i + n - 1]!.toLowerCase();
      lower.push(joined);
    }
    for (let n = lower.length; n >= 1; n--) {
      const spelled = WORDS[lower[n - 1]!];
      if (spelled !== undefined) {
        out.push(spelled);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = raw[i]!;
    // Title Case for SNAKE plan keys (BUSINESS_PLUS), sentence case for camelCase feature keys;
    // an acronym run from the source (SMS, CRM) stays upper case.
    if (snake) out.push(w[0]! + w.slice(1).toLowerCase());
    else if (ACRONYM.test(w)) out.push(w);
    else out.push(w.toLowerCase());
    i++;
  }
  // "2 FA" style splits are merged above; a digit word glued to the next ("24/7 support") keeps a space.
  const s = out.join(' ');
  const first = out[0]!;
  // A brand spelled with a lowercase start (iOS, eDiscovery) keeps it at the start of the name.
  if (LOWER_BRANDS.has(first)) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
