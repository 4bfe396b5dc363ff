#!/usr/bin/env node
// Opens every page of a built site in Debian's Chromium, as readers meet it: served under a
// sub-path, at a phone's and a laptop's size, in the light and the dark theme. A page fails on
// an axe violation of impact serious or critical (colour contrast included), a page wider than
// the screen, an image that did not load, a console error, a request leaving the machine, a
// chart whose smallest text is shown under 9 CSS px, or a chart missing from its printed PDF.
//
//   node browser-test.js SITE_DIR [--base /report-site/] [--port N]   test a built site
//     (a site built with --base-url http://127.0.0.1:N/report-site/ is also asked for a missing
//     page two folders deep, where the 404 page must still load its styles)
//   node browser-test.js --self-test                        check that planted faults are caught
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = [{ name: 'phone', width: 360, height: 740 }, { name: 'desktop', width: 1280, height: 800 }];
const SCHEMES = ['light', 'dark'];
const FAILING_IMPACTS_LIST = ['serious', 'critical'];
const FAILING_IMPACTS = new Set(FAILING_IMPACTS_LIST);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.json': 'application/json',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && fs.existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian\'s chromium package, or set CHROMIUM');
}

/** A static server for `root` under the sub-path `base`, on the loopback interface only. */
function serve(root, base, port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) return notFound(res);
    rel = rel.slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return notFound(res);
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  function notFound(res) {
    // As GitHub Pages does: the site's own 404 page, at whatever depth was asked for.
    const page = path.join(root, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'not found');
  }
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function htmlPages(root) {
  const out = [];
  (function walk(dir) {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  })(root);
  return out;
}

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'report-site-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, offline: false, timeout: 120000,
  });
  context.setDefaultTimeout(60000);
  return { context, profile };
}

/** Checks one page at one size in one theme; returns the problems found and the axe results. */
async function checkView(context, url, size, scheme) {
  const problems = [];
  const page = await context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
  page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', e => problems.push('script error: ' + e.message));
  page.on('requestfailed', r => {
    if (!r.url().startsWith('http://127.0.0.1')) return; // reported by the route below
    problems.push('request failed: ' + r.url() + ' (' + (r.failure() || {}).errorText + ')');
  });
  page.on('response', r => {
    if (r.status() >= 400 && r.url() !== url) problems.push('HTTP ' + r.status() + ': ' + r.url());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Lazy images load only near the screen: ask for all of them now, then see which did not load.
    const broken = await page.evaluate(async () => {
      const imgs = Array.from(document.images);
      imgs.forEach(i => { i.loading = 'eager'; });
      await Promise.all(imgs.map(i => i.decode().catch(() => null)));
      return imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src);
    });
    broken.forEach(src => problems.push('image did not load: ' + src));
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      // Name the outermost element that sticks out, to say what to fix.
      const culprit = Array.from(document.body.querySelectorAll('*')).find(e => e.getBoundingClientRect().right > width + 1
        && getComputedStyle(e).position !== 'absolute');
      const name = culprit ? culprit.tagName.toLowerCase() + (culprit.id ? '#' + culprit.id : '')
        + (culprit.className && typeof culprit.className === 'string' ? '.' + culprit.className.trim().split(/\s+/).join('.') : '') : '?';
      return document.documentElement.scrollWidth + ' px of content on a ' + width + ' px screen (' + name + ')';
    });
    if (wide) problems.push('wider than the screen: ' + wide);
    // Every chart's smallest text, as shown: the drawing's smallest font (data-min-font of the
    // source the browser picked, in the drawing's CSS pixels) times its displayed share of them.
    const small = await page.evaluate(() => Array.from(document.querySelectorAll('figure.chart img')).map(img => {
      const picked = Array.from(img.parentElement.querySelectorAll('source'))
        .find(s => s.srcset.split(',').some(c => img.currentSrc.endsWith(c.trim().split(/\s+/)[0])));
      const font = parseFloat((picked || img).dataset.minFont);
      const shown = font * img.clientWidth / img.naturalWidth;
      return { src: img.currentSrc.split('/').pop(), font, shown };
    }).filter(c => !(c.shown >= 9)));
    small.forEach(c => problems.push('chart text at ' + (Number.isFinite(c.shown) ? c.shown.toFixed(1) : '?') + ' CSS px (under 9): '
      + c.src + (Number.isFinite(c.font) ? '' : ' has no data-min-font')));
    if (size.name === 'phone') {
      // The header and its menu may take about a third of a phone's screen, no more.
      const header = await page.evaluate(() => {
        const h = document.querySelector('body > header');
        return h ? Math.round(h.getBoundingClientRect().height) : 0;
      });
      if (header > size.height * 0.34) problems.push('the header takes ' + header + ' px of a ' + size.height + ' px screen');
    }
    await page.addScriptTag({ content: AXE });
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) }));
    });
    axe.filter(v => FAILING_IMPACTS.has(v.impact)).forEach(v =>
      problems.push('axe ' + v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).join(', ') + (v.nodes.length > 3 ? ' …' : '')));
    return { problems, axe };
  } finally {
    await page.close();
  }
}

/** Prints the page as Chromium does and checks that every chart of the page is in the PDF. */
async function checkPrint(context, url, workDir) {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url, { waitUntil: 'load' });
    const charts = await page.evaluate(async () => {
      const imgs = Array.from(document.querySelectorAll('figure.chart img'));
      imgs.forEach(i => { i.loading = 'eager'; });
      await Promise.all(imgs.map(i => i.decode().catch(() => null)));
      return new Set(imgs.map(i => i.getAttribute('src'))).size;
    });
    if (charts === 0) return { problems: [], charts, images: 0 };
    const pdf = path.join(workDir, 'print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    // pdfimages lists each image drawn, and its soft mask on a line of its own.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2)
      .filter(l => /^\s*\d+\s+\d+\s+image\s/.test(l)).length;
    const problems = images < charts ? ['print: ' + charts + ' charts on the page, ' + images + ' images in the PDF'] : [];
    return { problems, charts, images };
  } finally {
    await page.close();
  }
}

/**
 * Uses the search box as a keyboard user would: types `query`, expects a result whose text has
 * `expect`, moves into the results with the arrow key, closes them with Escape, and follows the
 * first result. Returns the problems found.
 */
async function checkSearch(context, url, query, expect) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', e => problems.push('script error: ' + e.message));
  try {
    await page.goto(url, { waitUntil: 'load' });
    const input = page.locator('.site-search input');
    if (!(await input.isVisible())) return ['search box not shown'];
    await input.focus();
    await page.keyboard.type(query);
    const results = page.locator('.search-results a');
    try {
      await results.filter({ hasText: expect }).first().waitFor({ timeout: 10000 });
    } catch (e) {
      return problems.concat(['search for "' + query + '" shows no result with "' + expect + '": '
        + JSON.stringify(await page.locator('.search-results').innerText().catch(() => ''))]);
    }
    // The open results in both themes: contrast and names, as axe sees them (served only: from
    // disk, axe's reading of the style sheets is refused and logged as an error).
    if (url.startsWith('http')) await page.addScriptTag({ content: AXE });
    for (const scheme of url.startsWith('http') ? SCHEMES : []) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) })));
      axe.filter(v => FAILING_IMPACTS_LIST.includes(v.impact)).forEach(v =>
        problems.push(scheme + ': axe ' + v.impact + ' ' + v.id + ' with the results open: ' + v.nodes.slice(0, 3).join(', ')));
    }
    const status = await page.locator('.site-search [role=status]').innerText();
    if (!/result|结果/.test(status)) problems.push('search status says "' + status + '"');
    await page.keyboard.press('ArrowDown');
    if (!(await page.evaluate(() => document.activeElement && document.activeElement.closest('.search-results') !== null))) {
      problems.push('ArrowDown does not move into the search results');
    }
    await page.keyboard.press('Escape');
    if (await page.locator('.search-results').isVisible()) problems.push('Escape does not close the search results');
    const first = await results.first().evaluate(a => a.href);
    try {
      await Promise.all([page.waitForEvent('framenavigated', { predicate: f => f === page.mainFrame() && f.url() === first, timeout: 10000 }),
        page.keyboard.press('Enter')]);
      // Closing the tab while that navigation is still loading has hung Chromium here.
      await page.waitForLoadState('load', { timeout: 10000 });
    } catch (e) {
      problems.push('Enter in the search box does not open the first result');
    }
    return problems;
  } finally {
    // A tab that will not close must not stall the run; the context is closed at the end anyway.
    await Promise.race([page.close(), new Promise(resolve => setTimeout(resolve, 5000))]);
  }
}

/** Tests every page of `root` served under `base`; returns {passed, failed, results}. */
async function testSite(root, base, options = {}) {
  const server = await serve(root, base, options.port || 0);
  const origin = 'http://127.0.0.1:' + server.address().port;
  const { context, profile } = await launch();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-site-print-'));
  const offsite = [];
  await context.route('**/*', route => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'file:') return route.continue();
    offsite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const results = [];
  try {
    for (const rel of options.pages || htmlPages(root)) {
      const url = origin + base + rel;
      const problems = new Set();
      const axeByView = [];
      const before = offsite.length;
      for (const size of SIZES) {
        for (const scheme of SCHEMES) {
          const r = await within(120000, rel + ' ' + size.name + '/' + scheme, checkView(context, url, size, scheme))
            .catch(e => ({ problems: [e.message], axe: [] }));
          r.problems.forEach(p => problems.add(size.name + '/' + scheme + ': ' + p));
          axeByView.push({ view: size.name + '/' + scheme, axe: r.axe });
        }
      }
      const print = await within(120000, rel + ' print', checkPrint(context, url, workDir))
        .catch(e => ({ problems: [e.message], charts: 0, images: 0 }));
      print.problems.forEach(p => problems.add(p));
      offsite.slice(before).forEach(u => problems.add('request leaving the machine: ' + u));
      results.push({ page: rel, problems: Array.from(problems), axe: axeByView, print });
    }
    const home = path.join(root, 'index.html');
    const canonical = ((fs.existsSync(home) ? fs.readFileSync(home, 'utf8') : '').match(/<link rel="canonical" href="([^"]*)"/) || [])[1];
    if (canonical === origin + base && fs.existsSync(path.join(root, '404.html'))) {
      // Built for this address: GitHub Pages answers a missing page at any depth with 404.html.
      const url = origin + base + 'no/such/folder/page.html';
      const problems = [];
      for (const size of SIZES) {
        const r = await checkView(context, url, size, 'light');
        // The page's own answer is a 404, which Chromium logs; a 404 of anything it loads is reported as HTTP 404.
        r.problems.filter(p => !/^console error: Failed to load resource: .* status of 404/.test(p)).forEach(p => problems.push(size.name + ': ' + p));
      }
      const styled = await (async () => {
        const page = await context.newPage();
        await page.goto(url);
        const ok = await page.evaluate(() => Array.from(document.styleSheets).some(s => { try { return s.cssRules.length > 0; } catch (e) { return false; } }));
        await page.close();
        return ok;
      })();
      if (!styled) problems.push('the 404 page two folders deep has no styles');
      results.push({ page: 'missing page two folders deep (404.html)', problems, axe: [], print: {} });
    }
    for (const s of options.searches || []) {
      // Served under the sub-path, and opened from disk, where a script may load but fetch() may not.
      for (const url of [origin + base + s.page, 'file://' + path.join(root, s.page)]) {
        const problems = await within(120000, 'search', checkSearch(context, url, s.query, s.expect)).catch(e => [e.message]);
        results.push({ page: 'search "' + s.query + '" from ' + url.split(':')[0], problems, axe: [], print: {} });
      }
    }
  } finally {
    // Chromium sometimes goes before it is asked to; the checks above have their results by then.
    await context.close().catch(e => { if (!/has been closed/.test(e.message)) throw e; });
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return results;
}

function summarize(results) {
  for (const r of results) {
    const counts = {};
    r.axe.forEach(v => v.axe.forEach(x => { counts[x.impact] = (counts[x.impact] || 0) + 1; }));
    if (r.axe.length === 0) {
      console.log((r.problems.length ? 'FAIL ' : 'ok   ') + r.page);
      r.problems.forEach(p => console.log('       ' + p));
      continue;
    }
    const ids = Array.from(new Set([].concat(...r.axe.map(v => v.axe.map(x => x.id + ' (' + x.impact + ')'))))).sort();
    const axeText = ids.length === 0 ? 'axe: no violations in 4 views' : 'axe: ' + ids.join(', ');
    const printText = r.print.charts ? ', print: ' + r.print.images + ' images for ' + r.print.charts + ' charts' : '';
    console.log((r.problems.length ? 'FAIL ' : 'ok   ') + r.page + ' — ' + axeText + printText);
    r.problems.forEach(p => console.log('       ' + p));
  }
}

/** Pages with one planted fault each; the self-test asserts that each is caught by its check. */
const FAULTS = {
  'control.html': { expect: null, body: '<h1>Control</h1><p>Plain text with an <a href="control.html">underlined link</a>.</p>' },
  'wide-table.html': {
    expect: /wider than the screen/,
    body: '<h1>Wide table</h1><table><tr>' + '<td>cell&nbsp;with&nbsp;long&nbsp;content</td>'.repeat(8) + '</tr></table>',
  },
  'broken-image.html': {
    expect: /image did not load/,
    body: '<h1>Broken image</h1><img src="charts/no-such-chart.png" alt="a chart" width="100" height="50">',
  },
  'colour-only-link.html': {
    expect: /axe serious link-in-text-block/,
    body: '<h1>Colour-only link</h1><p style="color:#333">Text around <a href="control.html" style="color:#335;text-decoration:none">'
      + 'a link told apart by colour alone</a> and more text after it.</p>',
  },
  'low-contrast.html': {
    expect: /axe serious color-contrast/,
    body: '<h1>Low contrast</h1><p style="color:#bbb">Pale grey text on white.</p>',
  },
  'tall-menu.html': {
    expect: /the header takes \d+ px of a 740 px screen/,
    body: '</main><header><nav aria-label="Menu"><ul>' + Array.from({ length: 14 }, (_, i) => '<li><a href="control.html">Section ' + i + '</a></li>').join('')
      + '</ul></nav></header><main><h1>Tall menu</h1>',
  },
  'console-error.html': {
    expect: /console error/,
    body: '<h1>Console error</h1><script>console.error("planted error")</script>',
  },
  'offsite-request.html': {
    expect: /request leaving the machine/,
    body: '<h1>Off-site request</h1><img src="https://example.org/tracker.png" alt="" width="1" height="1">',
  },
  'chart-text-too-small.html': {
    expect: /phone\/light: chart text at \d\.\d CSS px \(under 9\): wide\.svg/,
    body: '<h1>A wide chart on a phone</h1><figure class="chart"><picture><img src="charts/wide.svg" alt="a chart" width="720" height="405"'
      + ' data-min-font="9.5" style="width:100%;max-width:720px;height:auto"></picture></figure>',
  },
  'chart-not-printed.html': {
    expect: /print: 1 charts on the page, 0 images in the PDF/,
    body: '<h1>Chart hidden in print</h1><style>@media print { figure { display: none } }</style>'
      + '<figure class="chart"><img src="charts/ok.png" alt="a chart" width="100" height="50"></figure>',
  },
};

function writeFaultSite(dir) {
  fs.mkdirSync(path.join(dir, 'charts'), { recursive: true });
  // A 1×1 PNG, so that the print check has a real chart image.
  fs.writeFileSync(path.join(dir, 'charts', 'ok.png'), Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  // A chart drawn 720 px wide, with nothing for phones.
  fs.writeFileSync(path.join(dir, 'charts', 'wide.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="405">'
    + '<rect width="720" height="405" fill="#eee"/></svg>');
  for (const [name, f] of Object.entries(FAULTS)) {
    fs.writeFileSync(path.join(dir, name), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
      + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + name + '</title>'
      + '<link rel="icon" href="data:,"></head><body><main>' + f.body + '</main></body></html>');
  }
}

/** A page with the site's search box and an index of English and Chinese documents. */
function writeSearchSite(dir) {
  const assets = path.join(__dirname, '..', 'templates', 'assets');
  fs.mkdirSync(path.join(dir, 'assets', 'minisearch'), { recursive: true });
  fs.copyFileSync(path.join(assets, 'search.js'), path.join(dir, 'assets', 'search.js'));
  fs.copyFileSync(path.join(assets, 'minisearch', 'minisearch.js'), path.join(dir, 'assets', 'minisearch', 'minisearch.js'));
  const layout = fs.readFileSync(path.join(__dirname, '..', 'templates', 'layout.ftlh'), 'utf8');
  const form = fillTemplate(layout.match(/<form class="site-search"[\s\S]*?<\/form>/)[0]);
  const ui = englishStrings();
  const words = { kinds: ui['search.kinds'], kindSep: ui['search.kind_sep'], none: ui['search.none'], one: ui['search.one'],
    many: ui['search.many'], first: ui['search.first'], for: ui['search.for'] };
  fs.writeFileSync(path.join(dir, 'search-index.js'), 'window.reportSiteSearchIndex = ' + JSON.stringify({
    words,
    pages: [['search.html', 'Search', '', []], ['capex.html', '资本支出', '阿里巴巴的季度资本支出', ['cloud', '云计算收入']]],
    docs: [[2, 1, 'capex', 'Acme · capital expenditure · 2025', 'US$1 bn']],
  }) + ';');
  fs.writeFileSync(path.join(dir, 'capex.html'), '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>资本支出</title></head>'
    + '<body><main><h1 id="cloud">资本支出</h1></main></body></html>');
  fs.writeFileSync(path.join(dir, 'search.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title>'
    + '<link rel="icon" href="data:,"><script src="assets/search.js" defer></script></head><body><header>' + form + '</header>'
    + '<main><h1>Search</h1></main></body></html>');
}

/** The English edition's interface strings (templates/i18n/en.yaml) by dotted key. */
function englishStrings() {
  const strings = {};
  let section = '';
  for (const line of fs.readFileSync(path.join(__dirname, '..', 'templates', 'i18n', 'en.yaml'), 'utf8').split('\n')) {
    const m = line.match(/^(\s*)([\w-]+):\s*(.*?)\s*(#.*)?$/);
    if (!m || line.trim().startsWith('#')) continue;
    if (!m[1]) { section = m[2]; continue; }
    let value = m[3];
    if (value.startsWith('"')) value = JSON.parse(value);
    strings[section + '.' + m[2]] = value;
  }
  return strings;
}

/** The layout's form as the build writes it for the English edition: its ${ui.…} strings from templates/i18n/en.yaml. */
function fillTemplate(text) {
  const strings = englishStrings();
  const escape = v => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return text.replace(/\$\{searchIndex\}/g, 'search-index.js').replace(/\$\{ui\.([\w.-]+)\}/g, (all, key) => escape(strings[key] ?? all));
}

async function selfTest() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-site-faults-'));
  let passed = 0;
  let failed = 0;
  try {
    writeFaultSite(dir);
    writeSearchSite(dir);
    const searches = [{ page: 'search.html', query: '资本', expect: '资本支出' }, { page: 'search.html', query: '季度', expect: '资本支出' },
      { page: 'search.html', query: 'capital expend', expect: 'Acme' }];
    const found = await testSite(dir, '/planted/', { pages: [], searches });
    found.forEach(r => {
      console.log((r.problems.length ? 'FAIL ' : 'ok   ') + 'self-test ' + r.page + (r.problems.length ? ': ' + r.problems.join('; ') : ''));
      r.problems.length ? failed++ : passed++;
    });
    const results = await testSite(dir, '/planted/', { pages: Object.keys(FAULTS) });
    for (const r of results) {
      const f = FAULTS[r.page];
      const ok = f.expect === null ? r.problems.length === 0 : r.problems.some(p => f.expect.test(p));
      console.log((ok ? 'ok   ' : 'FAIL ') + 'self-test ' + r.page + ': '
        + (f.expect === null ? 'no problem expected' : 'expected ' + f.expect) + (ok ? '' : '; found ' + JSON.stringify(r.problems)));
      ok ? passed++ : failed++;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { passed, failed };
}

/**
 * For each edition (the root, and each folder with its own index: zh/), a search from its home
 * page for a word of another of its pages' titles: the first long word, or in Chinese, which has
 * no spaces, its first two characters.
 */
function searchChecks(root) {
  const index = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  if (!index.includes('class="site-search"')) return [];
  const folders = [''].concat(fs.readdirSync(root).filter(f => fs.existsSync(path.join(root, f, 'search-index.js'))).map(f => f + '/'));
  return folders.filter(f => fs.existsSync(path.join(root, f, 'search-index.js'))).flatMap(folder => {
    const sandbox = {};
    new Function('window', fs.readFileSync(path.join(root, folder, 'search-index.js'), 'utf8'))(sandbox);
    const pages = sandbox.reportSiteSearchIndex.pages.filter(p => p[0] !== folder + 'index.html');
    const title = pages.length ? pages[0][1] : '';
    const cjk = title.match(/[\u4e00-\u9fff]{2}/u);
    const word = cjk ? cjk[0] : (title.match(/[\p{L}\p{N}]{4,}/u) || [])[0];
    return word ? [{ page: folder + 'index.html', query: word.toLowerCase(), expect: title }] : [];
  });
}

/** A check that does not finish in `ms` fails instead of hanging the run. */
function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(what + ' took more than ' + ms / 1000 + ' s')), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(argv) {
  // Whatever Chromium does, the run ends: CI must not wait on a browser that hangs.
  setTimeout(() => { console.error('browser tests took more than 20 minutes; stopping'); process.exit(1); }, 20 * 60 * 1000).unref();
  if (argv.includes('--self-test')) {
    const { passed, failed } = await selfTest();
    console.log(passed + ' passed, ' + failed + ' failed');
    return failed === 0 ? 0 : 1;
  }
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--base' && argv[i - 1] !== '--port');
  const baseAt = argv.indexOf('--base');
  let base = baseAt >= 0 ? argv[baseAt + 1] : '/report-site/';
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('usage: node browser-test.js SITE_DIR [--base /SUBPATH/] | --self-test');
    return 2;
  }
  const searches = searchChecks(path.resolve(dir));
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  const results = await testSite(path.resolve(dir), base, { searches, port });
  summarize(results);
  const failed = results.filter(r => r.problems.length).length;
  console.log((results.length - failed) + ' passed, ' + failed + ' failed');
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => process.exit(code), e => {
  console.error(e && e.stack || e);
  process.exit(1);
});
