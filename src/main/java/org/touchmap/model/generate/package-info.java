/**
 * Made-up maps of any size for trying Touchmap on large maps and for measuring it: the same
 * settings and seed always give the same map.
 */
package org.touchmap.model.generate;
