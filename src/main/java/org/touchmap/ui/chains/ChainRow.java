package org.touchmap.ui.chains;

import org.touchmap.model.Chain;

/** What the chain list shows of a chain. */
record ChainRow(String id, String name, String color, int linkCount) {
    static ChainRow of(Chain chain) {
        return new ChainRow(chain.id(), chain.name(), chain.color(), chain.linkCount());
    }
}
