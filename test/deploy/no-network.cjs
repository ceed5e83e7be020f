// Preloaded into the deploy dry-run by the tests: any attempt to open a connection or resolve a
// name is reported on stderr and fails, so "the dry run stays offline" is checked, not assumed.
const net = require('node:net')
const dns = require('node:dns')
function refuse(what) {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`)
  throw new Error(`network is off in this test (${what})`)
}
net.Socket.prototype.connect = function connect() {
  refuse('net.Socket.connect')
}
dns.lookup = () => refuse('dns.lookup')
dns.promises.lookup = async () => refuse('dns.promises.lookup')
