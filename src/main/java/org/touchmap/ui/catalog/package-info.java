/**
 * The channel catalog on the left of the canvas: every channel of
 * {@link org.touchmap.model.ChannelCatalog} with its icon and name, searchable and filtered by
 * family, as the quickest way to a new card of the right channel.
 *
 * <p>The entry point is {@link org.touchmap.ui.catalog.CatalogPanel}: a double-click or Enter adds
 * a card of that channel to the selected stage and lane as one
 * {@link org.touchmap.edit.AddTouchpoint} on the document's stack. Dragging an entry carries the
 * channel's id ({@link org.touchmap.ui.catalog.ChannelDrag}); the canvas accepts the drop and adds
 * the card in the cell under the pointer ({@code ChannelDrop} in {@code org.touchmap.ui.canvas}). A
 * card's channel is changed later in the property panel, {@code org.touchmap.ui.properties}.
 */
package org.touchmap.ui.catalog;
