package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RoundedPolylineTest {

    @Test
    void straightLineHasNoCurves() {
        List<PathCommand> commands = RoundedPolyline.commands(List.of(new Point(0, 0), new Point(100, 0)), 8);
        assertEquals(List.of(new PathCommand.MoveTo(new Point(0, 0)), new PathCommand.LineTo(new Point(100, 0))),
                commands);
    }

    @Test
    void cornerBecomesACurveThroughTheCornerPoint() {
        List<PathCommand> commands = RoundedPolyline.commands(
                List.of(new Point(0, 0), new Point(100, 0), new Point(100, 50)), 8);
        assertEquals(new PathCommand.LineTo(new Point(92, 0)), commands.get(1));
        assertEquals(new PathCommand.QuadTo(new Point(100, 0), new Point(100, 8)), commands.get(2));
        assertEquals(new PathCommand.LineTo(new Point(100, 50)), commands.get(3));
    }

    @Test
    void shortSegmentsGetSmallerCorners() {
        List<PathCommand> commands = RoundedPolyline.commands(
                List.of(new Point(0, 0), new Point(6, 0), new Point(6, 50)), 8);
        assertEquals(new PathCommand.LineTo(new Point(3, 0)), commands.get(1));
    }
}
