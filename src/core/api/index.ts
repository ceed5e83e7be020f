/**
 * The API contract shared by the mini program, the H5 client, the cloud functions and the local
 * runtime: request schemas, response types and limits. Pure TypeScript, no I/O.
 */
export * from './common'
export * from './plan'
export * from './draft'
export * from './share'
export * from './copy'
export * from './results'
export * from './reminder'
export * from './contract'
export * from './request'
