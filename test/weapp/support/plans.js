// The plan the weapp tests serve: a version as the API sends it (answers, release, clock), with the
// content the page must compute from them kept beside it for the assertions.
const { computedPlan } = require('./core')

const NOW = Date.UTC(2026, 10, 24, 1, 30)
const DAY = 24 * 60 * 60 * 1000

function planView(extra = {}) {
  const { answers, content } = computedPlan()
  return {
    id: 'p1',
    name: answers.name,
    industry: answers.industry,
    industryLabel: null,
    answers,
    content,
    targets: {},
    rev: 3,
    version: 3,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW,
    rulebaseVersion: content.rulebaseVersion,
    // The page computes the content from these, with the same engine: it must match `content`.
    computedAt: content.computedAt,
    savedAt: NOW,
    cause: 'edit',
    restoredFrom: null,
    snapshot: null,
    previous: null,
    events: [],
    ...extra,
  }
}

/** What the API sends: no content (the tests keep it to know what the page must show). */
const wire = (view) => {
  const sent = { ...view }
  delete sent.content
  return sent
}

module.exports = { planView, wire, NOW, DAY }
