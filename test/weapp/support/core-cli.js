// Run by core.js in a child process (esbuild cannot run inside jest's jsdom realm): bundles the
// questionnaire from src/core, answers it validly, checks the answers with the core's parser and
// prints { questions, answers, errors, plan } as JSON, where `plan` is { answers, content }: the
// parsed answers and what the engine computes from them (at a fixed time), for plan fixtures.
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '../../..')
const out = esbuild.buildSync({
  stdin: {
    contents:
      "export { QUESTIONS } from './src/core/wizard/questions'\nexport { parseAnswers } from './src/core/wizard/answers'\n" +
      "export { computePlan } from './src/core/plan/engine'\n",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  write: false,
  logLevel: 'silent',
})
const mod = { exports: {} }
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require)
const { QUESTIONS, parseAnswers, computePlan } = mod.exports

function validAnswerFor(q) {
  switch (q.kind) {
    case 'text':
      return q.id === 'name' ? '老街面馆' : '测'.repeat(Math.max(1, q.minLength))
    case 'single':
      return q.options[0].value
    case 'multi':
      return q.options.slice(0, Math.max(1, q.minItems)).map((o) => o.value)
    case 'number':
      return Math.max(q.min, 1)
    case 'boolean':
      return true
    default:
      throw new Error(`unknown question kind ${q.kind}`)
  }
}

const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, validAnswerFor(q)]))
const parsed = parseAnswers(answers)
const PLAN_TIME = Date.UTC(2026, 10, 24, 1, 30)
const plan = parsed.ok ? { answers: parsed.value, content: computePlan(parsed.value, PLAN_TIME) } : null
process.stdout.write(JSON.stringify({ questions: QUESTIONS, answers, errors: parsed.ok ? [] : parsed.errors, plan }))
