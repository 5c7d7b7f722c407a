// The CLI's entry point (package.json bin `model-governance` -> dist/cli.js).
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env
})
