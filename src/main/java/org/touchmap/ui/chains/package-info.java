/**
 * The chain panel beside the canvas: the open map's chains with their colour, name and number of
 * links, and the active chain's links in order, to reorder or remove them. The active chain is the
 * chain of the editor's selection: highlighted on the canvas, extended by fast entry, its name,
 * colour and next chain edited in the property panel.
 *
 * <p>{@link org.touchmap.ui.chains.ChainPanel} is the panel, built by
 * {@link org.touchmap.ui.structure.StructureEditing} and shown below the catalog.
 * {@link org.touchmap.ui.chains.ChainLinking} links two cards into the active chain, starting one
 * when none is active, as one undo step; {@link org.touchmap.ui.chains.LinkSelection} holds the
 * selected arrow. The connect gestures and arrow picking are in {@code org.touchmap.ui.structure};
 * the arrows are drawn in {@code org.touchmap.ui.canvas}.
 */
package org.touchmap.ui.chains;
