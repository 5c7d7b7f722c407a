import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'evals')

export const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(join(root, path)))
export const text = (s: string): Uint8Array => new TextEncoder().encode(s)
