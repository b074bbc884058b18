export * from './axis-ticks';
export * from './density-strip';
export * from './financial-year-bands';
export * from './journey-layout';
export * from './lanes';
export * from './layout-dims';
export * from './time-scale';
export * from './visible-items';
