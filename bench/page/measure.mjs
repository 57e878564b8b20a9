// The customer page benchmark's measuring half (run.sh starts the two pages and calls this):
//   node measure.mjs --ours URL --baseline URL [--lighthouse-runs 3] [--greeting-runs 5] [--out DIR] [--commit SHA]
// For each page: Lighthouse mobile (the default config: mobile screen, simulated slow 4G, 4x CPU), N runs, median
// of each metric; and the time from navigation to the first bot message in Web Chat's transcript, in Chromium over
// loopback and under CDP network throttling ("slow 4G"), a fresh browser context (empty cache, new customer) per run.
// Prints a markdown table and writes every run to DIR/page-<timestamp>.json. Numbers, never pass/fail.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const options = parseArgs(process.argv.slice(2));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--lang=ja-JP'];
// Chrome DevTools' "slow 4G" as the issue states it: 150 ms round trip, 1.6 Mbps down, 750 kbps up (bytes per second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const GREETING_TIMEOUT_MS = 90_000;
// A bot's message bubble in Web Chat 4.18's transcript (the user's carry webchat__bubble--from-user), with text.
const WEB_CHAT_BUBBLE = '.webchat__basic-transcript__transcript .webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
// Or a bot message in our page's early view (shown before Web Chat has loaded): what the customer reads either way.
const BOT_BUBBLE = WEB_CHAT_BUBBLE + ', #early-log .from-bot';

// What is running, so that a TERM (run.sh stopping) or a Ctrl-C stops the browsers too, not only node.
const running = { chrome: null, browser: null };
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    try { running.chrome?.kill(); } catch { /* already gone */ }
    try { await running.browser?.close(); } catch { /* already gone */ }
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  });
}

const targets = [
  { name: 'ours', url: options.ours },
  { name: 'baseline', url: options.baseline },
];

const started = new Date();
const environment = {
  started: started.toISOString(),
  commit: options.commit,
  node: process.version,
  chromium: execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  lighthouse: packageVersion('lighthouse'),
  playwrightCore: packageVersion('playwright-core'),
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  loadAverage: os.loadavg(),
  lighthouseRuns: options.lighthouseRuns,
  greetingRuns: options.greetingRuns,
  slow4G: SLOW_4G,
};
console.log(`Page benchmark ${environment.started}, commit ${options.commit ?? '?'}, ${environment.chromium}, ` +
  `Lighthouse ${environment.lighthouse}, ${environment.cores} cores, load ${environment.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);

const results = Object.fromEntries(targets.map((t) => [t.name, { url: t.url, lighthouse: [], greeting: { loopback: [], slow4G: [] } }]));

// Lighthouse: the two pages in turn, so machine noise falls on both alike.
for (let run = 1; run <= options.lighthouseRuns; run++) {
  for (const target of targets) {
    const measured = await lighthouseRun(target.url);
    results[target.name].lighthouse.push(measured);
    console.log(`  lighthouse ${target.name} #${run}: ${measured.error ?? `perf ${measured.performance}, FCP ${fmt(measured.fcpMs / 1000, 2)} s, TTI ${fmt(measured.ttiMs / 1000, 2)} s, ${measured.totalBytes} B`}`);
  }
}

// Greeting: one browser, a fresh context (own cache, cookies, storage) per run.
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
running.browser = browser;
try {
  for (const [condition, throttle] of [['loopback', null], ['slow4G', SLOW_4G]]) {
    for (let run = 1; run <= options.greetingRuns; run++) {
      for (const target of targets) {
        const measured = await greetingRun(browser, target.url, throttle);
        results[target.name].greeting[condition].push(measured);
        console.log(`  greeting ${condition} ${target.name} #${run}: ${measured.error ?? `${fmt(measured.greetingMs, 0)} ms (FCP ${fmt(measured.fcpMs, 0)} ms, "${measured.text}")`}`);
      }
    }
  }
} finally {
  await browser.close();
}

for (const target of targets) {
  results[target.name].summary = summarize(results[target.name]);
}

const table = markdownTable(results.ours.summary, results.baseline.summary);
console.log('');
console.log(table);
const elapsedS = (Date.now() - started.getTime()) / 1000;
console.log(`\nmeasured in ${elapsedS.toFixed(0)} s`);

if (options.out) {
  mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `page-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ environment, elapsedS, results, table }, null, 2));
  console.log(`full results: ${file}`);
}

const failed = targets.some((t) => {
  const r = results[t.name];
  return r.lighthouse.some((x) => x.error) || Object.values(r.greeting).flat().some((x) => x.error);
});
process.exitCode = failed ? 1 : 0;

// ---------------------------------------------------------------------------------------------------------------

async function lighthouseRun(url) {
  // A new Chromium (new temporary profile) per run; Lighthouse also clears the origin's cache and storage itself.
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
  running.chrome = chrome;
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result.lhr;
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
      warnings: lhr.runWarnings,
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      ttiMs: audit('interactive'),
      speedIndexMs: audit('speed-index'),
      cls: audit('cumulative-layout-shift'),
      totalBytes: audit('total-byte-weight'),
      failedA11yAudits: Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0)
        .map((a) => a.id),
    };
  } catch (e) {
    return { error: String(e?.stack ?? e) };
  } finally {
    running.chrome = null;
    await chrome.kill();
  }
}

async function greetingRun(browser, url, throttle) {
  const context = await browser.newContext({ locale: 'ja-JP' });
  try {
    // Injected before any of the page's scripts: notes performance.now() (navigation-relative) when the first bot
    // bubble with text is in the DOM, and after the next frame (roughly when it was painted).
    // Also notes when Web Chat itself shows a bot bubble (the page is then fully interactive).
    await context.addInitScript(([selector, webChatSelector]) => {
      const bench = (window.__pageBench = { greetingMs: null, paintedMs: null, text: null, webChatMs: null });
      const observer = new MutationObserver(() => {
        if (bench.greetingMs == null) {
          const bubble = document.querySelector(selector);
          if (bubble && bubble.textContent.trim()) {
            bench.greetingMs = performance.now();
            bench.text = bubble.textContent.trim().slice(0, 40);
            requestAnimationFrame(() => setTimeout(() => { bench.paintedMs = performance.now(); }, 0));
          }
        }
        const webChat = document.querySelector(webChatSelector);
        if (webChat && webChat.textContent.trim()) {
          bench.webChatMs = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, [BOT_BUBBLE, WEB_CHAT_BUBBLE]);
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', throttle);
    }
    await page.goto(url, { waitUntil: 'commit', timeout: GREETING_TIMEOUT_MS });
    await page.waitForFunction(() => window.__pageBench?.paintedMs != null && window.__pageBench?.webChatMs != null, null, { timeout: GREETING_TIMEOUT_MS, polling: 50 });
    return await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const navigation = performance.getEntriesByType('navigation')[0];
      const bundle = resources.find((r) => /webchat(-minimal)?\.js(\?|$)/.test(r.name));
      return {
        greetingMs: window.__pageBench.greetingMs,
        paintedMs: window.__pageBench.paintedMs,
        webChatMs: window.__pageBench.webChatMs,
        text: window.__pageBench.text,
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? null,
        bundleLoadedMs: bundle?.responseEnd ?? null,
        bundleTransferBytes: bundle?.transferSize ?? null,
        transferBytes: (navigation?.transferSize ?? 0) + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0),
        requests: resources.map((r) => ({ name: r.name, startMs: Math.round(r.startTime), endMs: Math.round(r.responseEnd), transferBytes: r.transferSize })),
      };
    });
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

function summarize(result) {
  const ok = result.lighthouse.filter((r) => !r.error);
  const pick = (key) => median(ok.map((r) => r[key]).filter((v) => v != null));
  const greeting = (runs, key = 'greetingMs') => {
    const values = runs.filter((r) => !r.error && r[key] != null).map((r) => r[key]);
    return { median: median(values), max: values.length ? Math.max(...values) : null, ok: values.length, runs: runs.length };
  };
  return {
    lighthouseOk: ok.length,
    lighthouseRuns: result.lighthouse.length,
    performance: pick('performance'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    ttiMs: pick('ttiMs'),
    totalBytes: pick('totalBytes'),
    accessibility: pick('accessibility'),
    greetingLoopback: greeting(result.greeting.loopback),
    greetingSlow4G: greeting(result.greeting.slow4G),
    webChatLoopback: greeting(result.greeting.loopback, 'webChatMs'),
    webChatSlow4G: greeting(result.greeting.slow4G, 'webChatMs'),
  };
}

function markdownTable(ours, base) {
  const rows = [
    ['Lighthouse performance score', ours.performance, base.performance, (v) => fmt(v, 2), { min: 0.9, text: '≥ 0.90' }],
    ['First Contentful Paint, s', sec(ours.fcpMs), sec(base.fcpMs), (v) => fmt(v, 2), { max: 1.8, text: '≤ 1.8' }],
    ['Largest Contentful Paint, s', sec(ours.lcpMs), sec(base.lcpMs), (v) => fmt(v, 2)],
    ['Total Blocking Time, ms', ours.tbtMs, base.tbtMs, (v) => fmt(v, 0)],
    ['Time to Interactive, s', sec(ours.ttiMs), sec(base.ttiMs), (v) => fmt(v, 2)],
    ['total bytes (transferred)', ours.totalBytes, base.totalBytes, (v) => (v == null ? '–' : Math.round(v).toLocaleString('en-US'))],
    ['Lighthouse accessibility score', ours.accessibility, base.accessibility, (v) => fmt(v, 2)],
    ['greeting, loopback, median ms', ours.greetingLoopback.median, base.greetingLoopback.median, (v) => fmt(v, 0), { max: 1000, text: '≤ 1000' }],
    ['greeting, loopback, max ms', ours.greetingLoopback.max, base.greetingLoopback.max, (v) => fmt(v, 0)],
    ['greeting, slow 4G, median ms', ours.greetingSlow4G.median, base.greetingSlow4G.median, (v) => fmt(v, 0), { max: 2500, text: '≤ 2500' }],
    ['greeting, slow 4G, max ms', ours.greetingSlow4G.max, base.greetingSlow4G.max, (v) => fmt(v, 0)],
    ['Web Chat shows it, loopback, median ms', ours.webChatLoopback.median, base.webChatLoopback.median, (v) => fmt(v, 0)],
    ['Web Chat shows it, slow 4G, median ms', ours.webChatSlow4G.median, base.webChatSlow4G.median, (v) => fmt(v, 0)],
  ];
  const lines = [
    `| measure (Lighthouse: median of ${ours.lighthouseOk}/${ours.lighthouseRuns} and ${base.lighthouseOk}/${base.lighthouseRuns} runs; greeting: ${ours.greetingLoopback.ok}+${ours.greetingSlow4G.ok} and ${base.greetingLoopback.ok}+${base.greetingSlow4G.ok} runs) | ours | baseline | ours / baseline | target | ours vs target |`,
    '|---|---:|---:|---:|---|---|',
  ];
  for (const [label, a, b, format, target] of rows) {
    const ratio = a != null && b ? fmt(a / b, 2) : '–';
    let verdict = '';
    if (target && a != null) verdict = (target.min != null ? a >= target.min : a <= target.max) ? 'met' : '**missed**';
    lines.push(`| ${label} | ${format(a)} | ${format(b)} | ${ratio} | ${target?.text ?? ''} | ${verdict} |`);
  }
  return lines.join('\n');
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sec(ms) {
  return ms == null ? null : ms / 1000;
}

function fmt(value, digits) {
  return value == null || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function packageVersion(name) {
  const file = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

function parseArgs(args) {
  const parsed = { lighthouseRuns: 3, greetingRuns: 5, out: null, commit: null, ours: null, baseline: null };
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    switch (args[i]) {
      case '--ours': parsed.ours = value; i++; break;
      case '--baseline': parsed.baseline = value; i++; break;
      case '--lighthouse-runs': parsed.lighthouseRuns = Number(value); i++; break;
      case '--greeting-runs': parsed.greetingRuns = Number(value); i++; break;
      case '--out': parsed.out = value; i++; break;
      case '--commit': parsed.commit = value; i++; break;
      default: throw new Error(`unknown option ${args[i]} (--ours URL --baseline URL --lighthouse-runs N --greeting-runs N --out DIR --commit SHA)`);
    }
  }
  if (!parsed.ours || !parsed.baseline) throw new Error('--ours URL and --baseline URL are required (run.sh passes them)');
  if (!(parsed.lighthouseRuns >= 0) || !(parsed.greetingRuns >= 0)) throw new Error('run counts must be numbers ≥ 0');
  return parsed;
}
