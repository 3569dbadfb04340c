package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StageSlotsTest {
    private static final Rect HEADER = new Rect(0, 0, 10, 10);
    private static final List<StageColumn> COLUMNS = List.of(column("a", 0, 100, 300), column("b", 1, 400, 200));

    @Test
    void aLonePointInAStageSitsInTheMiddleOfTheStage() {
        assertArrayEquals(new double[] {250, 500}, StageSlots.across(List.of("a", "b"), COLUMNS, new double[2]));
    }

    @Test
    void pointsOfOneStageShareItsWidthInTheOrderWalked() {
        assertArrayEquals(new double[] {150, 250, 350, 500},
                StageSlots.across(List.of("a", "a", "a", "b"), COLUMNS, new double[4]));
    }

    @Test
    void aWalkBackToAnEarlierStageTakesTheNextSlotThere() {
        assertArrayEquals(new double[] {175, 500, 325},
                StageSlots.across(List.of("a", "b", "a"), COLUMNS, new double[3]));
    }

    @Test
    void aPointWhoseStageHasNoColumnKeepsItsFallback() {
        assertArrayEquals(new double[] {250, 42}, StageSlots.across(List.of("a", "gone"), COLUMNS, new double[] {0, 42}));
    }

    private static StageColumn column(String stageId, int index, double x, double width) {
        Rect body = new Rect(x, 20, width, 400);
        return new StageColumn(stageId, index, HEADER, HEADER, HEADER, HEADER, body);
    }
}
