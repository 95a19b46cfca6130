/** The cost model: pure, imports only schema types and format helpers (never the pair engine). */
export * from './routes';
export * from './compare';
export * from './estimate';
export * from './table';
export * from './workloads';
export * from './slice';
