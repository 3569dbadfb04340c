package org.touchmap.model;

import java.util.List;
import java.util.Locale;

/** Something a new map can be made from: a bare set of stages, or an industry starter with cards. */
public interface MapTemplate {
    /** Stable id, written into maps made from it. */
    String id();

    /** The stages the map gets. */
    StageTemplate stageTemplate();

    String name(Locale locale);

    String description(Locale locale);

    /** Channels a map of this kind usually has at the stage, in the catalog's ids; none for a stage it lacks. */
    List<String> typicalChannels(String stageId);
}
