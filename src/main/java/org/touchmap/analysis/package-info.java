/**
 * Pure computations over a journey map: numbers the workbook export and the analysis panel show
 * alike, such as the ratings per stage and the funnel conversion. Nothing here changes a map.
 */
package org.touchmap.analysis;
