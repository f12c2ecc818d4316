export * from './common';
export * from './events';
export * from './site';
export * from './infrastructure';
export * from './municipality';
export * from './region';
export * from './derived';
