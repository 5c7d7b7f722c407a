// `model-governance init`: write the starter manifest, never over an existing file unless --force.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { STARTER_MANIFEST } from './starter-manifest.js'
import { UsageError } from './usage.js'

export async function init(path: string, force: boolean): Promise<string> {
  const target = resolve(path)
  try {
    await writeFile(target, STARTER_MANIFEST, { flag: force ? 'w' : 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${path} already exists; edit it, or pass --force to replace it.`)
    }
    throw error
  }
  return `Wrote ${path}. Replace the example values, then run: model-governance check\n`
}
