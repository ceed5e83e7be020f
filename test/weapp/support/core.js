/**
 * The questionnaire from src/core, so fixtures follow the questions as they change. This jest
 * project runs plain JS (no transform) and esbuild refuses to run inside jest's jsdom realm, so
 * core-cli.js bundles it in a child process and hands back JSON.
 */
const path = require('path')
const { execFileSync } = require('child_process')

let cached
function loadCore() {
  if (!cached) {
    const json = execFileSync(process.execPath, [path.join(__dirname, 'core-cli.js')], { encoding: 'utf8' })
    cached = JSON.parse(json)
  }
  return cached
}

/** The questions, as data (id, section, kind, title, options, limits). */
function questions() {
  return loadCore().questions
}

/** A valid answer to every question; throws if the core's parser no longer accepts them. */
function validAnswers() {
  const { answers, errors } = loadCore()
  if (errors.length) throw new Error(`test answers no longer valid: ${JSON.stringify(errors)}`)
  return answers
}

/** The plan the engine computes from those answers: { answers (parsed), content }. */
function computedPlan() {
  const { plan, errors } = loadCore()
  if (!plan) throw new Error(`test answers no longer valid: ${JSON.stringify(errors)}`)
  return JSON.parse(JSON.stringify(plan))
}

module.exports = { questions, validAnswers, computedPlan }
