/**
 * Pictures of a journey map: PNG, SVG, PDF and a PDF poster, all drawn by one painter onto
 * {@link java.awt.Graphics2D} from the same layout the canvas shows, so an export looks like the
 * screen. Everything runs without a display and without JavaFX.
 *
 * <p>The public entry points are {@link org.touchmap.render.PngExport},
 * {@link org.touchmap.render.SvgExport} and {@link org.touchmap.render.PdfExport}, steered by
 * {@link org.touchmap.render.PictureOptions}. Inside, a {@code Picture} adds the legend and the
 * emotion strip below the layout's grid, and {@code MapPainter} draws it with the bundled DejaVu
 * Sans faces and icon outlines from Ikonli's icon packs. Files are written whole or not at all.
 */
package org.touchmap.render;
