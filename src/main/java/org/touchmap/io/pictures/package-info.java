/**
 * Pictures of storyboard frames on their way into a map: read with their size checked before a
 * single pixel is decoded, made small, and encoded as the file keeps them (ADR 0026).
 */
package org.touchmap.io.pictures;
