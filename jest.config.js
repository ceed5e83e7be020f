// One jest run, one project per test layer (see README "Tests"). `npm test` runs them all
// after the builds the weapp and browser layers need.
const babel = { '^.+\\.[jt]sx?$': 'babel-jest' }
const alias = { '^@/(.*)$': '<rootDir>/src/$1' }
// Packages shipped as ESM only must go through babel too.
const esm = ['@tarojs', '@stencil', 'zustand', 'valibot', 'mingo', 'fast-check', 'pure-rand'].join('|')

// Built function folders carry package.json files that would collide with their sources.
// tools/deploy/node_modules is miniprogram-ci's own install, never imported by tests.
const base = { modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tools/deploy/node_modules/'] }

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...base,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/core/**/*.test.ts'],
      transform: babel,
      transformIgnorePatterns: [`node_modules/(?!(${esm})/)`],
      moduleNameMapper: alias,
    },
    {
      ...base,
      displayName: 'cloud',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud/**/*.test.ts'],
      transform: babel,
      transformIgnorePatterns: [`node_modules/(?!(${esm})/)`],
      moduleNameMapper: alias,
    },
    {
      ...base,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      // Taro's H5 components and API layer also import ESM-only helpers (lodash-es, swiper's .mjs, …).
      transform: { '^.+\\.m?[jt]sx?$': 'babel-jest' },
      transformIgnorePatterns: [
        `node_modules/(?!(${esm}|lodash-es|swiper|ssr-window|dom7|query-string|decode-uri-component|split-on-first|filter-obj|nanoid|style-inject|tslib|\\.pnpm)/)`,
      ],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/components/support/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/components/support/style.js',
        ...alias,
      },
      setupFilesAfterEnv: ['<rootDir>/test/components/support/setup.ts'],
    },
    {
      // Boots the built dist/weapp with miniprogram-simulate: plain JS, no transform.
      displayName: 'weapp',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/weapp/**/*.test.js'],
      transform: {},
      // One time limit for every weapp test file (Jest 29 reads `testTimeout` only globally, so a
      // setup file sets it for this project alone).
      setupFilesAfterEnv: ['<rootDir>/test/weapp/support/timeout.js'],
    },
    {
      // The WeChat tooling in tools/deploy: configuration, deploy dry-run, WeChat's offline checks.
      ...base,
      displayName: 'deploy',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/deploy/**/*.test.ts'],
      transform: babel,
      transformIgnorePatterns: [`node_modules/(?!(${esm})/)`],
      moduleNameMapper: alias,
    },
    {
      ...base,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      transform: babel,
      transformIgnorePatterns: [`node_modules/(?!(${esm})/)`],
      moduleNameMapper: alias,
    },
  ],
}
