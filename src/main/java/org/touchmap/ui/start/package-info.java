/**
 * File → New from template: {@link org.touchmap.ui.start.StartPage} is the dialog that lists the
 * stage sets and industry starters a new map can start from, the maps opened lately and the bundled
 * samples, with a preview of the pick and links to the help for a new user. It only returns what the
 * person picked, a {@link org.touchmap.ui.start.StartChoice}; acting on it is left to the caller.
 *
 * <p>The templates and the making of a map from one are in the model
 * ({@link org.touchmap.model.MapTemplates}); the lists it shows come from
 * {@link org.touchmap.ui.document.RecentFiles} and {@link org.touchmap.ui.document.Samples}, and the file actions in
 * {@code org.touchmap.ui} open the page and act on its choice. Its help links
 * ({@link org.touchmap.ui.start.HelpLinks}) lead to {@code org.touchmap.ui.help}.
 */
package org.touchmap.ui.start;
