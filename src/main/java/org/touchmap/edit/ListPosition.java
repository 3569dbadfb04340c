package org.touchmap.edit;

/**
 * Where an added element goes in its list: at a fixed index, or at the end as the list is when
 * the command runs, so that several additions in one composite keep their order.
 */
record ListPosition(int index) {
    static final ListPosition END = new ListPosition(-1);

    static ListPosition at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("A list index cannot be negative: " + index);
        }
        return new ListPosition(index);
    }

    boolean fits(int listSize) {
        return index <= listSize;
    }

    int resolve(int listSize) {
        return index < 0 ? listSize : index;
    }
}
