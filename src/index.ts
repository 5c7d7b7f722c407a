// The action's entry point (action.yml `main: dist/index.js`).
import { runAction } from './action/main.js'

await runAction()
