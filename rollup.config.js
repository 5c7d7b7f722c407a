// Bundles the two faces, the action and the CLI, into the committed dist/.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
  commonjs(),
  json()
]

/** @type {import('rollup').RollupOptions['onwarn']} */
const onwarn = (warning, warn) => {
  // Circular imports inside @actions/core and zod are known and harmless.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return
  // zod's sources carry comments that rollup cannot attach; they change nothing in the bundle.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return
  // TypeScript-compiled CommonJS helpers in @actions/* test `this` at the top level; undefined is fine.
  if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('node_modules')) return
  warn(warning)
}

/** @type {import('rollup').RollupOptions[]} */
const config = [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', esModule: true, sourcemap: false },
    plugins,
    onwarn
  },
  {
    input: 'src/cli.ts',
    output: {
      file: 'dist/cli.js',
      format: 'es',
      esModule: true,
      sourcemap: false,
      banner: '#!/usr/bin/env node'
    },
    plugins,
    onwarn
  }
]

export default config
