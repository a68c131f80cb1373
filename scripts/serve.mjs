// A small static server for the built site, as a static host would serve it:
// directory URLs → index.html, unknown paths → 404.html with status 404, the base path honoured,
// text files gzipped when the browser accepts it (as nginx, Netlify or GitHub Pages do: the bench
// and Lighthouse then see the bytes a reader would download).
// Usage: node scripts/serve.mjs [dir=dist] [port=4391] [base=/]
// (astro preview allows one server per project; tests and screenshots need several at once.)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = process.env.OUT_DIR || 'dist', port = '4391', rawBase = process.env.BASE_PATH || '/'] = process.argv.slice(2);
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

function resolve(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  let rel;
  try { rel = decodeURIComponent(urlPath.slice(base.length)); } catch { return undefined; }
  const file = normalize(join(dir, rel));
  if (!file.startsWith(normalize(dir))) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return urlPath.endsWith('/') ? join(file, 'index.html') : { redirect: `${urlPath}/` };
  return undefined;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = resolve(url.pathname);
  if (found && typeof found === 'object') {
    res.writeHead(301, { location: found.redirect + url.search });
    return res.end();
  }
  const file = found ?? join(dir, '404.html');
  const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(found ? 200 : 404, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
