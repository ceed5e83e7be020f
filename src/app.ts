import type { PropsWithChildren } from 'react'
import { h5OpensOnHome, startHomeRequests } from './pages/home/first-load'
import './app.scss'

// In H5 the router asks for a page's code only once the app has mounted, and a page's code is a
// chunk of its own. The home page, where most visits open, is built into the app's own bundle
// instead ("eager": no second download), and a visit that opens on it asks for its data now, unless
// index.html already has (config/early-requests.cjs). So both are there when the router first
// renders the page (bench:first-screen).
if (process.env.TARO_ENV === 'h5' && h5OpensOnHome(window.location.hash)) {
  startHomeRequests()
  void import(/* webpackMode: "eager" */ './pages/home/index')
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
