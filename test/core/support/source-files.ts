import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/** The repository root and its app sources, for the static checks that read our code as text. */
export const ROOT = resolve(__dirname, '../../..')
export const SRC = join(ROOT, 'src')

/** TypeScript sources; declaration files describe other code and hold no code of ours. */
const TYPESCRIPT = /(?<!\.d)\.tsx?$/

export interface SourceWalk {
  /** Which file names count (default: .ts and .tsx, not .d.ts). */
  readonly name?: RegExp
  /** Folders or files left out, by absolute path (a frozen release, a generated binding). */
  readonly skip?: readonly string[]
}

/**
 * Every matching file below `dir`, depth-first in directory order. Installed and built folders
 * (node_modules, dist) are never ours, wherever they sit.
 */
export function sourceFiles(dir: string, { name = TYPESCRIPT, skip = [] }: SourceWalk = {}): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === 'node_modules' || entry === 'dist') return []
    const path = join(dir, entry)
    if (skip.includes(path)) return []
    if (statSync(path).isDirectory()) return sourceFiles(path, { name, skip })
    return name.test(entry) ? [path] : []
  })
}

/** A path as the allow-lists and failure messages write it: from `base`, with forward slashes. */
export function shortPath(path: string, base: string = SRC): string {
  return relative(base, path).split('\\').join('/')
}
