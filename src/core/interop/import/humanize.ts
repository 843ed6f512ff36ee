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
function words(key: string): string[] {
  return (
    key
      .trim()
      .match(
        /\d+\/\d+|\d+x\d+|[A-Z]{2,}s(?![a-z])|[A-Z]+\d+(?![a-z\d])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+[a-z]?(?![a-z])|\d+/g,
      ) ?? []
  );
}

/** A display name from a key: `realTimeSupport` -> "Real time support", `BUSINESS_PLUS` -> "Business Plus". */
export function humanize(key: string): string {
  const trimmed = key.trim();
  if (trimmed === '') return key;
  if (/\s/.test(trimmed)) return trimmed;
  const snake = /^[A-Z0-9_]+$/.test(trimmed) && /[A-Z]/.test(trimmed);
  const raw = snake
    ? trimmed.split('_').filter(Boolean)
    : trimmed.split(/[_-]+/).filter(Boolean).flatMap(words);
  if (raw.length === 0) return trimmed;
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    for (let n = Math.min(3, raw.length - i); n >= 1; n--) {
      const joined = raw
        .slice(i, i + n)
        .join('')
        .toLowerCase();
      const spelled = WORDS[joined];
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
    else if (/^([A-Z]{2,}s?|[A-Z]+\d+)$/.test(w)) out.push(w);
    else out.push(w.toLowerCase());
    i++;
  }
  // "2 FA" style splits are merged above; a digit word glued to the next ("24/7 support") keeps a space.
  const s = out.join(' ');
  const first = out[0]!;
  // A brand spelled with a lowercase start (iOS, eDiscovery) keeps it at the start of the name.
  if (/^[a-z]/.test(first) && Object.values(WORDS).includes(first) && first !== first.toLowerCase()) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
