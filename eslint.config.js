import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    files: [
      'src/engine/**',
      'src/rules/**',
      'src/manifest/**',
      'src/policy/**',
      'src/yaml/**',
      'src/report/**'
    ],
    rules: {
      // The core is pure: no I/O and no GitHub toolkit.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The core never imports the GitHub toolkit.' },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'node:child_process',
                'fs',
                'child_process',
                'node:http',
                'node:https'
              ],
              message: 'The core does no I/O.'
            }
          ]
        }
      ]
    }
  },
  prettier
)
