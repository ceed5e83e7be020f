// Taro picks transport.weapp.ts or transport.h5.ts at build time; this file gives TypeScript
// and jest one implementation to see.
export { invoke } from './transport.h5'
