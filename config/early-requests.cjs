// H5 only. The first screen's data is asked for by index.html itself, before a byte of the app's
// code has arrived: on a slow phone evaluating the app's scripts takes most of a second, and a
// request sent only after that keeps the home page waiting on the network as well. This writes
// that script; the app's transport takes the answers (src/api/early-requests.ts) when it makes the
// very same calls, and test/components/early-requests.test.tsx holds the two sides together.

/**
 * The inline script: when the visit opens on one of `routes` (hash router), it sends each request
 * at once, exactly as the transport would (same URL, headers and body), and leaves the pending
 * response under "<fn> <body>" in window.__wpEarlyRequests. It also opens the page's storage.
 */
function earlyRequestScript(requests, routes) {
  // Written inside a <script>: no "<" may close it early.
  const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c')
  const calls = requests.map((r) => [r.fn, JSON.stringify({ action: r.action, input: r.input })])
  return [
    '!function(w){',
    "var route=w.location.hash.replace(/^#\\/?/,'').split('?')[0];",
    `if(${json(routes)}.indexOf(route)<0||!w.fetch)return;`,
    // The home page reads this phone's draft as it first renders: the browser opens its storage
    // now, while the scripts download, rather than then.
    'try{w.localStorage.getItem("")}catch(e){}',
    'var pending=w.__wpEarlyRequests={};',
    `${json(calls)}.forEach(function(c){`,
    "var p=w.fetch('/api/'+encodeURIComponent(c[0]),{method:'POST',headers:{'content-type':'application/json'},credentials:'same-origin',body:c[1]});",
    // Handled here so a failure nobody takes is not reported as unhandled; the taker still sees it.
    'p.catch(function(){});',
    "pending[c[0]+' '+c[1]]=p",
    '})}(window);',
  ].join('')
}

module.exports = { earlyRequestScript }
