// Order matters: Taro's build-time constants must exist before the Taro fake (and the real H5
// API layer it re-exports) is imported.
import './globals'
import '@testing-library/jest-dom'
import { cleanup } from '@testing-library/react'
import { resetTaroFake } from './taro'
import { cloud } from './fake-api'

beforeEach(() => {
  resetTaroFake()
  cloud.reset()
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  // Spies on Taro APIs (showModal, showActionSheet, pageScrollTo) never leak into the next test.
  jest.restoreAllMocks()
})

// Six engineers share two cores: `findBy…` waits up to 5 s (not 1 s) before calling a screen wrong.

require('@testing-library/react').configure({ asyncUtilTimeout: 5000 })
