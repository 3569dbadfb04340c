package org.touchmap.analysis;

/** How a touchpoint differs between two maps; the order is the order changes of one card are listed in. */
public enum ChangeKind {
    /** Only in the map after. */
    ADDED,
    /** Only in the map before. */
    REMOVED,
    /** In both maps, in another stage. */
    MOVED_STAGE,
    /** In both maps, with another rating. */
    RERATED,
    /** Matched by id, with another name. */
    RENAMED,
    /** In both maps, with another text in one of the described fields ({@link org.touchmap.model.TouchpointText}). */
    EDITED
}
