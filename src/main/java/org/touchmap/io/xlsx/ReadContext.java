package org.touchmap.io.xlsx;

import java.util.Locale;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * What reading a cell may need to know besides the cell.
 *
 * @param map      the map the sheet is read against
 * @param original the card the row belongs to, or {@code null} for a new card
 * @param language the language the sheet's headers are in; problems list the valid words in it
 */
record ReadContext(JourneyMap map, Touchpoint original, Locale language) {
}
