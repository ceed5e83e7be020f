import type { PropsWithChildren } from 'react'
import { h5OpensOnHome, startHomeRequests } from './pages/home/first-load'
import './app.scss'

// In H5 the router asks for a page's code only once the app has mounted. A visit that opens on the
// home page asks for its data and its code now, so both are there when the page first renders
// (bench:first-screen); the router's own import then finds the code already loaded.
if (process.env.TARO_ENV === 'h5' && h5OpensOnHome(window.location.hash)) {
  startHomeRequests()
  void import('./pages/home/index')
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
