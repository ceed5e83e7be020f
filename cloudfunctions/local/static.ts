import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

async function fileAt(path: string): Promise<number | null> {
  try {
    const s = await stat(path)
    return s.isFile() ? s.size : null
  } catch {
    return null
  }
}

/**
 * Serves the built H5 app; unknown paths get index.html so client-side routes survive a reload.
 * `onPage` runs before an HTML page's headers are written (the dev login rides along with it).
 */
export async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  onPage?: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<boolean> {
  const base = resolve(root)
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return false
  }
  if (decoded.includes('\0')) return false
  const candidate = resolve(join(base, normalize(decoded)))
  // Never outside the root, whatever "../" or encoded separators the path holds.
  if (candidate !== base && !candidate.startsWith(base + sep)) return false
  let path = candidate
  let size = await fileAt(path)
  if (size === null && (await fileAt(join(candidate, 'index.html'))) !== null) {
    path = join(candidate, 'index.html')
    size = await fileAt(path)
  }
  if (size === null) {
    path = join(base, 'index.html')
    size = await fileAt(path)
    if (size === null) return false
  }
  if (path.endsWith('.html')) onPage?.(req, res)
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': path.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
  })
  if (req.method === 'HEAD') {
    res.end()
    return true
  }
  createReadStream(path).pipe(res)
  return true
}
