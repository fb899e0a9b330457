export {
  cachedEdgeIdentifier,
  cachedLinkConfiguration,
  cachedLogicalId,
  customerCacheEntry,
  type CachedEdgeIdentifier,
  type CachedLinkConfiguration,
  type CachedLogicalId,
  type CustomerCacheEntry,
} from './customer-cache-entry.js';
export { cacheStillBuilding, customerCacheGet } from './customer-cache-get.js';
