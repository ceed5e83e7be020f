/**
 * The few token colours that WeChat / Taro APIs need as literal strings (modal buttons, progress
 * bars, navigation bar). They mirror src/app.scss; a component test keeps the two equal.
 */
export const THEME = {
  primary: '#07c160',
  danger: '#fa5151',
  bg: '#ededed',
} as const
