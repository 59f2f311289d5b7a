/**
 * The embed page's own words (dist/embed.html: the problems with an embed link, its example, the
 * page's title), prefixed `embed`. The iframe page is ours, not the host's: these are not among the
 * strings a host replaces with setLadderStrings, but they live here with every other string.
 */
export const embedStrings = {
  embedProblemHeading: 'This embed link has a problem',
  embedFallbackTitle: 'Career ladder',
  embedExample: (url: string) => `Example: ${url}`,
  embedView: (views: string, value: string | null) => `"view" must be one of: ${views} (it is "${value}").`,
  embedPageUrl: (value: string) => `"page-url" must be the http(s) address of the page showing this embed (it is "${value}").`,
  embedSwitch: (name: string) => `"${name}" is a switch: use ${name}=true or leave it out.`,
  embedTheme: (value: string) => `"theme" must be light or dark (it is "${value}").`,
  embedMode: (value: string) => `"mode" must be delta or cumulative (it is "${value}").`,
  embedLevel: (value: string) => `"level" must be a level id such as L4 (it is "${value}").`,
  embedLevels: (value: string) => `"levels" must be level ids separated by commas, such as L3,L4 (it is "${value}").`,
  embedStoreUrlHttp: 'it must be an https: URL (or http: on this page’s own origin)',
  embedStoreUrl: (problem: string, value: string) => `"store-url" cannot be used: ${problem} (it is "${value}").`,
  embedSrc: (value: string) => `"src" must be an http(s) URL of a ladder JSON file (it is "${value}").`,
  embedNeedsLevel: (view: string) => `view=${view} needs a level, e.g. &level=L4.`,
  embedIgnored: (names: string) => `ladder-elements embed: ignored parameters this view does not know: ${names}`,
} as const;
