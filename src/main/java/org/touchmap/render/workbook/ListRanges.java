package org.touchmap.render.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.touchmap.io.xlsx.ListSource;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;

/**
 * Where the drop-down lists of stage, lane and channel names live: too long for a list typed
 * into a validation (Excel allows 255 characters), they are ranges of the {@code Stages} sheet,
 * reached through workbook names. The stage names are that sheet's first column; lanes and
 * channels are two hidden columns to the right of its table.
 */
final class ListRanges {
    static final int LANE_COLUMN = 15;
    static final int CHANNEL_COLUMN = 16;
    /** The lists start under their headers in the first row. */
    static final int FIRST_ROW = 1;

    private final Map<ListSource, String> names = new EnumMap<>(ListSource.class);
    private final List<String> laneNames;
    private final List<String> channelNames;

    ListRanges(Workbook workbook, JourneyMap map, Locale locale) {
        laneNames = map.lanes().stream().map(MapElement::name).toList();
        channelNames = ChannelCatalog.all().stream().map(c -> c.displayName(locale)).toList();
        define(workbook, ListSource.STAGES, "TouchmapStages", 0, map.stages().size());
        define(workbook, ListSource.LANES, "TouchmapLanes", LANE_COLUMN, laneNames.size());
        define(workbook, ListSource.CHANNELS, "TouchmapChannels", CHANNEL_COLUMN, channelNames.size());
    }

    /** The workbook name of a list, or {@code null} when the list is empty and gets no drop-down. */
    String name(ListSource source) {
        return names.get(source);
    }

    List<String> laneNames() {
        return laneNames;
    }

    List<String> channelNames() {
        return channelNames;
    }

    private void define(Workbook workbook, ListSource source, String name, int column, int count) {
        if (count == 0) {
            return;
        }
        String letter = CellReference.convertNumToColString(column);
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(WorkbookSheets.STAGES + "!$" + letter + "$" + (FIRST_ROW + 1) + ":$" + letter + "$"
                + (FIRST_ROW + count));
        names.put(source, name);
    }
}
