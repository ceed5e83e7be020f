import type { PropsWithChildren } from 'react'
import { h5OpensOnHome, startHomeRequests } from './pages/home/first-load'
import './app.scss'

// In H5 a page's code is downloaded only after the app's: a visit that opens on the home page asks
// for its data now, so the answer is there when the page first renders (bench:first-screen).
if (process.env.TARO_ENV === 'h5' && h5OpensOnHome(window.location.hash)) startHomeRequests()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
