// Taro picks surface.weapp.tsx or surface.h5.tsx at build time; this file gives TypeScript and
// jest one implementation to see.
export { PLATFORM, PosterSurface, envVersion } from './surface.h5'
