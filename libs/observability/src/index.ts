export { counter, gauge, histogram } from './metric-factories.js';
