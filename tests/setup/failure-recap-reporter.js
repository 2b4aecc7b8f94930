// A jest reporter next to the default one: it writes every failed test (suite,
// name, the first lines of its message) to the file named by JEST_FAILURE_RECAP.
// `npm test` prints that file after the browser tests, so the last lines of a
// long run say what failed even when the log in between is cut or scrolled away.
const fs = require("node:fs")

const MESSAGE_LINES = 25
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g
// Stack frames of jest itself and of Node's internals say nothing about the failure.
const RUNNER_FRAME = /^\s*at .*(node_modules[\\/](jest-|@jest[\\/])|node:internal)/

function excerpt(message) {
  const lines = String(message)
    .replace(ANSI, "")
    .split("\n")
    .filter((line) => !RUNNER_FRAME.test(line))
  const kept = lines.slice(0, MESSAGE_LINES).map((line) => `    ${line}`)
  if (lines.length > MESSAGE_LINES) kept.push(`    … ${lines.length - MESSAGE_LINES} more lines`)
  return kept.join("\n")
}

class FailureRecapReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
  }

  onRunComplete(_contexts, results) {
    const file = process.env.JEST_FAILURE_RECAP
    if (!file) return
    const out = []
    for (const suite of results.testResults) {
      const name = suite.testFilePath.startsWith(this.rootDir) ? suite.testFilePath.slice(this.rootDir.length + 1) : suite.testFilePath
      if (suite.testExecError) {
        out.push(`✕ ${name} did not run\n${excerpt(suite.testExecError.message || suite.failureMessage)}`)
        continue
      }
      for (const test of suite.testResults) {
        if (test.status !== "failed") continue
        out.push(`✕ ${name} › ${test.fullName.trim()}\n${test.failureMessages.map(excerpt).join("\n")}`)
      }
      if (suite.failureMessage && !suite.testResults.some((t) => t.status === "failed")) {
        out.push(`✕ ${name} (outside any test, e.g. a hook)\n${excerpt(suite.failureMessage)}`)
      }
    }
    const summary = `${results.numFailedTests} failed, ${results.numPassedTests} passed of ${results.numTotalTests} tests in ${results.numTotalTestSuites} suites`
    fs.writeFileSync(file, out.length ? `${summary}\n\n${out.join("\n\n")}\n` : "")
  }
}

module.exports = FailureRecapReporter
