package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;

import org.touchmap.layout.Connector;

/** A chain's arrow as the canvas draws it: the route stroked in the chain's colour and a filled head. */
final class ConnectorPainter {
    static final float LINE_WIDTH = 2;
    private static final BasicStroke LINE = new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke NEXT_CHAIN_LINE = new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10, new float[] {7, 5}, 0);
    private static final BasicStroke HEAD = new BasicStroke(1, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ConnectorPainter() {
    }

    static void paint(Graphics2D g, Connector connector) {
        Color color = Shapes.color(connector.color());
        g.setColor(color);
        g.setStroke(connector.nextChain() ? NEXT_CHAIN_LINE : LINE);
        g.draw(Shapes.path(connector.path(), 0, 0));
        var head = Shapes.polygon(connector.arrowHead());
        g.fill(head);
        g.setStroke(HEAD);
        g.draw(head);
    }
}
