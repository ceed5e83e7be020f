// Order matters: Taro's build-time constants must exist before the Taro fake (and the real H5
// API layer it re-exports) is imported.
import './globals'
import '@testing-library/jest-dom'
import { cleanup } from '@testing-library/react'
import { resetTaroFake } from './taro'
import { cloud } from './fake-api'
import { resetServerClock } from '@/api/server-clock'

beforeEach(() => {
  resetTaroFake()
  cloud.reset()
  // Each test starts on the phone's clock until its fake cloud answers with a `now`.
  resetServerClock()
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  // Spies on Taro APIs (showModal, showActionSheet, pageScrollTo) never leak into the next test.
  jest.restoreAllMocks()
})

// Six engineers share two cores: `findBy…` waits up to 5 s (not 1 s) before calling a screen wrong.

require('@testing-library/react').configure({ asyncUtilTimeout: 5000 })
