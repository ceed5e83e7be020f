/**
 * The few token colours that WeChat / Taro APIs need as literal strings (modal buttons, progress
 * bars, navigation bar). They mirror src/app.scss; a component test keeps the two equal.
 */
export const THEME = {
  primary: '#07c160',
  danger: '#fa5151',
  bg: '#ededed',
  // The results chart draws on a canvas, which takes colours as strings, not CSS variables.
  warning: '#fa9d3b',
  link: '#576b95',
  text: 'rgba(0, 0, 0, 0.9)',
  'text-2': 'rgba(0, 0, 0, 0.55)',
  line: 'rgba(0, 0, 0, 0.1)',
} as const
