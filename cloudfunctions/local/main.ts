import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { StartupRefused } from './database'
import { startLocalCloud } from './server'

/** `npm run local:cloud`: WP_PORT (8787), WP_DB_FILE (.data/local.sqlite), WP_STATIC_DIR (optional, e.g. dist/h5). */
async function main(): Promise<void> {
  const port = Number(process.env.WP_PORT ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`WP_PORT is not a port: ${process.env.WP_PORT}`)
  const dbFile = resolve(process.env.WP_DB_FILE ?? '.data/local.sqlite')
  mkdirSync(dirname(dbFile), { recursive: true })
  const staticDir = process.env.WP_STATIC_DIR ? resolve(process.env.WP_STATIC_DIR) : undefined
  // WP_WRITES_PER_MINUTE=off lifts the per-user write limit, for load benchmarks only.
  const limit = process.env.WP_WRITES_PER_MINUTE
  const writesPerMinute = limit === 'off' ? false : limit ? Number(limit) : undefined
  if (typeof writesPerMinute === 'number' && !(writesPerMinute > 0))
    throw new Error(`WP_WRITES_PER_MINUTE is not a positive number: ${limit}`)
  const cloud = await startLocalCloud({ port, dbFile, staticDir, writesPerMinute })
  console.log(`WePosition local cloud: ${cloud.url}  (db ${dbFile}${staticDir ? `, app ${staticDir}` : ''})`)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: closing`)
    cloud.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  // A refused start-up is the owner's to fix: the message says what and how, no stack needed.
  if (error instanceof StartupRefused) console.error(`Local cloud not started: ${error.message}`)
  else console.error(error)
  process.exit(1)
})
